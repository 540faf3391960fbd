"""Settings a tenant's state leaves unused, and the rule that refuses them where that is final.

A decommissioned tenant keeps only what holds or guards its data (charts/tenant/chart.py;
stacks/tenant.py): no Deployment, HPA, Ingress, CronJob, database CR, dedicated nodes or
access entries. A setting that shapes only those would be silently ignored, so validation
refuses it with the reason (issue 13, item 4).

A suspended tenant keeps every object at zero: its replica count and autoscaler are ignored
while it is suspended, but they are exactly what resuming (`state: active`) restores, so
nothing is refused for it — the list records what the renderer ignores, not a mistake.

`tests/foundation/test_unused_settings.py` renders each listed setting with different values
in its state (chart and tenant stack: same output) and every other setting (output changes),
so this list cannot drift from the renderer. Paths are as written in tenants.yaml; `*` is one
key (a stage under `overrides`); a listed path covers everything under it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from drupal_platform.config import Problem, TenantConfig, _tenant_problem
from drupal_platform.rules import RuleContext, rule

NO_WORKLOADS = "a decommissioned tenant runs nothing (no Deployment, HPA, CronJob or database)"
NO_INGRESS = "a decommissioned tenant has no Ingress"

IGNORED: dict[str, dict[str, str]] = {
    "decommissioned": {
        "client.replicaCount": NO_WORKLOADS,
        "client.autoscaling": NO_WORKLOADS,
        "client.cron": NO_WORKLOADS,
        "client.overrides": f"{NO_WORKLOADS} and no Ingress: a stage's tag, replicas and hosts are unused",
        "client.image.tag": NO_WORKLOADS,
        "client.ingress.hosts": NO_INGRESS,
        "platform.placement": "a decommissioned tenant's dedicated node groups are removed",
        "platform.database.storage": "a decommissioned tenant has no database CR (its volumes are retained as they are)",
        "platform.image.webRoot": "a decommissioned tenant runs no Apache",
        "platform.loadBalancer": NO_INGRESS,
        "platform.certificateArns": NO_INGRESS,
        "platform.access": "a decommissioned tenant's access entries and client roles are removed",
        "client.image.digest": NO_WORKLOADS,
        "client.deploy": "a decommissioned tenant is not deployed (no deploy step)",
    },
    "suspended": {
        "client.replicaCount": "scaled to zero while suspended; resuming restores it",
        "client.overrides.*.replicaCount": "scaled to zero while suspended; resuming restores it",
        "client.autoscaling": "no autoscaler while suspended; resuming restores it",
        "platform.placement.minSize": "dedicated node groups shrink to zero while suspended; resuming restores it",
        "client.deploy": "no deploy step while suspended (its database is paused); the first deploy after resuming uses it",
    },
}

# States whose ignored settings are refused: a suspended tenant keeps what resuming needs.
REFUSED_IN = ("decommissioned",)

# The schema requires these (the tenant's record: its image and hosts), so they stay written.
REQUIRED = frozenset({"client.image.tag", "client.ingress.hosts"})


def matches(pattern: str, path: str) -> bool:
    """`pattern` covers `path`: segment by segment (`*` = any one key), `path` at or below it."""
    want, have = pattern.split("."), path.split(".")
    return len(have) >= len(want) and all(w in ("*", h) for w, h in zip(want, have))


def ignored_entry(state: str, path: str) -> str | None:
    """The listed path of `state` that covers `path`, if any."""
    return next((p for p in IGNORED.get(state, {}) if matches(p, path)), None)


def written(model: BaseModel, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """(path as written, value) of every field set in the file, nested models and override stages included."""
    for name in sorted(model.model_fields_set):
        info = type(model).model_fields[name]
        path = f"{prefix}{info.alias or _camel(name)}"
        value = getattr(model, name)
        yield path, value
        if isinstance(value, BaseModel):
            yield from written(value, path + ".")
        elif isinstance(value, dict):
            for key, item in value.items():
                yield f"{path}.{key}", item
                if isinstance(item, BaseModel):
                    yield from written(item, f"{path}.{key}.")


def _camel(snake: str) -> str:
    head, *rest = snake.split("_")
    return head + "".join(w.title() for w in rest)


def _shown(value: Any) -> Any:
    return value.model_dump(by_alias=True, exclude_unset=True) if isinstance(value, BaseModel) else value


@rule("tenant")
def settings_the_state_uses(t: TenantConfig, ctx: RuleContext) -> list[Problem]:
    """A decommissioned tenant carries no setting it cannot use (each would be silently ignored)."""
    state = t.platform.state
    if state not in REFUSED_IN:
        return []
    out = []
    for path, value in written(t):
        entry = ignored_entry(state, path)
        if entry is None or entry != path or path in REQUIRED:
            continue  # only the listed path itself is reported, not each key under it
        out.append(_tenant_problem(ctx, t, path, _shown(value),
                                   f"{IGNORED[state][entry]}: with state: {state} it would be ignored (remove it)"))
    return out


def remove_unused(body: dict, state: str) -> dict:
    """A tenants.yaml entry moved to `state`: the state set and every setting it would refuse removed
    (what the operator does by hand with the state change; the tests use it to build their variants)."""
    body.setdefault("platform", {})["state"] = state
    if state not in REFUSED_IN:
        return body
    for path in IGNORED[state]:
        if path in REQUIRED:
            continue
        *parents, leaf = path.split(".")
        node = body
        for key in parents:
            node = node.get(key) if isinstance(node, dict) else None
        if isinstance(node, dict):
            node.pop(leaf, None)
    return body
