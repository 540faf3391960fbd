"""One chart rendering for many tenants: render a template once, stamp each tenant's name into it.

At 1,000 tenants most of a stage's tenants differ only by their name: the same tier, image and
features, hosts `<name>.<base domain>`. Their charts are the same text with a different name in
it, yet each cost a full cdk8s rendering (about 0.1 CPU-s, 145 jsii round trips). So tenants that
are equal once their name is replaced by a placeholder share one rendering (a `Template`), and
each tenant's manifests are that text with its name put back. The cdk8s chart stays the source
of every manifest; the result is what rendering the tenant gives, byte for byte
(tests/tenant/test_tenant_stamping.py compares every example and benchmark tenant).

What makes the swap exact:
- Only identity is replaced: the `name` field, a host label equal to the name, and the name
  inside an access principal (the chart reads only the grants' levels). Everything else stays the
  tenant's own, so tenants with other images, tiers or certificates get templates of their own.
- The placeholder has the name's length (any length rule acts the same) and neither it nor the
  name occurs elsewhere in the tenant's or the stage's configuration (so no other value is
  changed, and no comparison of a host with the base domain turns out differently).
- What the chart derives from the name by hashing (`NameHashes`: the backup and cron minutes, the
  load-balancer group) is rendered as markers and each tenant's own values replace them; the
  deploy Job's name, a hash of its rendered spec, is computed from the tenant's own spec; the
  label cdk8s-plus selects a workload's pods by (`cdk8s.io/metadata.addr`, a hash of the
  construct's path, which holds the name) is computed for the tenant's path by `label_value`,
  which the worker checks against cdk8s's own value for every workload of the template.
- Each template is rendered twice, with two different placeholders. Unless the two texts turn
  into each other by swapping the placeholders, something in the chart used the name otherwise
  than by placing it (a hash, a truncation, a placeholder that also occurs in the chart's own
  text); a map key holding the name could sort elsewhere under the real name; and a template the
  chart cannot render is an error in the configuration, best reported under the tenant's name:
  in each case every tenant of the template is rendered on its own.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, fields

import cdk8s

from drupal_platform import contracts
from drupal_platform.charts.tenant.chart import TenantChart
from drupal_platform.charts.tenant.drupal import deploy_job_name
from drupal_platform.charts.tenant.k8s import plus
from drupal_platform.charts.tenant.site import NameHashes, Site
from drupal_platform.config import StageConfig, TenantConfig
from drupal_platform.constructs.ref_markers import Shape, placeholders

HASH_MARKER = "%%drupal-platform-name-hash:{}%%"  # no '@': a cron schedule starting with '@' is a descriptor
DEPLOY_NAME_MARKER = HASH_MARKER.format("deploy_job_name")
ADDR_MARKER = "%%drupal-platform-addr:{}%%"  # a construct's path; stamp() puts its label value there
_ADDR_MARKERS = re.compile(re.escape(ADDR_MARKER).replace(re.escape("{}"), "([^%]+)"))
ADDR_LABEL = "cdk8s.io/metadata.addr"
MARKED_HASHES = NameHashes(**{f.name: HASH_MARKER.format(f.name) for f in fields(NameHashes)})
# Below this length a placeholder ('qzq') is likely to occur in the chart's own text: not worth it.
MIN_NAME_LENGTH = 4


@dataclass(frozen=True)
class Template:
    """Tenants with equal keys share one rendering; `tenant` and `check` are the tenant with its
    name replaced by `placeholder` and by `check_placeholder`."""

    key: str
    tenant: TenantConfig
    check: TenantConfig
    placeholder: str
    check_placeholder: str


def _placeholders(name: str) -> tuple[str, str]:
    """Two valid tenant names (and DNS labels) of the name's length that differ in every letter."""
    n = len(name)
    return ("qz" * n)[:n], ("zq" * n)[:n]


def _renamed(tenant: TenantConfig, new: str) -> TenantConfig:
    """The tenant with its identity (name, host labels, principals) under another name."""
    old = tenant.name

    def hosts(ingress):
        return ingress.model_copy(update={"hosts": [".".join(new if label == old else label for label in h.split(".")) for h in ingress.hosts]})

    client = tenant.client
    overrides = {stage: o.model_copy(update={"ingress": hosts(o.ingress)}) if o.ingress else o for stage, o in client.overrides.items()}
    access = [g.model_copy(update={"principal": g.principal.replace(old, new)}) for g in tenant.platform.access]
    return tenant.model_copy(update={
        "name": new,
        "client": client.model_copy(update={"ingress": hosts(client.ingress), "overrides": overrides}),
        "platform": tenant.platform.model_copy(update={"access": access}),
    })


_STAGE_TEXTS: dict[int, tuple[StageConfig, str]] = {}


def _stage_text(stage: StageConfig) -> str:
    """The stage's configuration as text, once per stage object (models are not hashable)."""
    kept = _STAGE_TEXTS.get(id(stage))
    if kept is None or kept[0] is not stage:
        if len(_STAGE_TEXTS) > 64:
            _STAGE_TEXTS.clear()
        kept = _STAGE_TEXTS[id(stage)] = (stage, json.dumps(stage.model_dump(mode="json")))
    return kept[1]


def template_of(tenant: TenantConfig, stage: StageConfig, shape: Shape) -> Template | None:
    """The tenant's template, or None when its name cannot be swapped safely (see the module)."""
    name = tenant.name
    placeholder, check = _placeholders(name)
    stage_text = _stage_text(stage)
    if len(name) < MIN_NAME_LENGTH or any(word in stage_text for word in (name, placeholder, check)):
        return None
    template = _renamed(tenant, placeholder)
    text = json.dumps(template.model_dump(mode="json"), sort_keys=True)
    original = json.dumps(tenant.model_dump(mode="json"), sort_keys=True)
    # The name only where it was replaced, the placeholders nowhere else, and the swap reversible.
    if name in text or placeholder in original or check in original or text.replace(placeholder, name) != original:
        return None
    key = hashlib.sha256(json.dumps([text, stage.name, shape]).encode()).hexdigest()
    return Template(key, template, _renamed(tenant, check), placeholder, check)


def _address(components: list[str]) -> str:
    """constructs 10's Node.addr: sha1 of the path's components, each followed by a newline,
    without 'Default' (constructs/lib/private/node-addr.js)."""
    digest = hashlib.sha1(usedforsecurity=False)
    for c in components:
        if c != "Default":
            digest.update(c.encode() + b"\n")
    return "c8" + digest.hexdigest()


def label_value(path: str, max_len: int = 63) -> str:
    """cdk8s 2's Names.toLabelValue(construct) with the default options (cdk8s/lib/names.js):
    the path's components joined by '-', trimmed from the front to `max_len`, and the first 8
    characters of the construct's address."""
    components = path.split("/")
    if len(components) == 1 and re.fullmatch(r"(([0-9a-zA-Z][0-9a-zA-Z_.\-]*)?[0-9a-zA-Z])?", components[0]) and len(components[0]) <= max_len:
        return components[0]
    # The address hashes every scope's id, the app's too: a root's id is empty and the path omits it.
    parts = [re.sub(r"[^0-9a-zA-Z_.\-]", "", c)[:max_len] for c in components] + [_address(["", *components])[:8]]
    reverse = parts[::-1]
    kept = "/".join(v for i, v in enumerate(reverse) if i == 0 or v != reverse[i - 1])[:max_len]
    words = [w for w in "-".join(x for x in kept.split("/")[::-1] if x).split("-") if w and w.lower() not in ("resource", "default")]
    return re.sub(r"^[^0-9a-zA-Z]+", "", "-".join(words))


def _marked_text(tenant: TenantConfig, stage: StageConfig, shape: Shape) -> str | None:
    """The chart as JSON with markers for the refs, the name hashes, the deploy Job's name and each
    workload's address label; None if an address label is not the one `label_value` computes."""
    chart = TenantChart(cdk8s.App(), f"tenant-{tenant.name}", tenant=tenant, stage=stage, refs=placeholders(shape), hashes=MARKED_HASHES)
    objects = list(chart.to_json())
    for obj in objects:
        if obj["metadata"].get("labels", {}).get(contracts.DEPLOY_STEP_LABEL) == "true":
            obj["metadata"]["name"] = DEPLOY_NAME_MARKER  # each tenant's own: stamp()
    text = json.dumps(objects, separators=(",", ":"))
    for construct in chart.node.find_all():
        if isinstance(construct, (plus.Workload, plus.Pod)):
            path, value = construct.node.path, cdk8s.Names.to_label_value(construct)
            if label_value(path) != value:
                return None
            text = text.replace(json.dumps(value), json.dumps(ADDR_MARKER.format(path)))
    if f'"{ADDR_LABEL}":"' in text.replace(f'"{ADDR_LABEL}":"%%', ""):
        return None  # an address label of something that is not a workload: not handled here
    return text


def render_template(template: Template, stage: StageConfig, shape: Shape) -> str | None:
    """In a worker: the template's text (the refs and name hashes as markers), or None when the
    two placeholders' renderings are not the same text up to the swap (render each tenant then)."""
    try:
        text = _marked_text(template.tenant, stage, shape)
        check = _marked_text(template.check, stage, shape)
    except Exception:  # noqa: BLE001 - e.g. no certificate covers a host: each tenant's own rendering says so under its name
        return None
    if text is None or check is None:
        return None
    # A key holding the name could sort differently under the tenant's own name (cdk8s sorts some maps).
    if re.search(r'"[^"]*' + re.escape(template.placeholder) + r'[^"]*":', text):
        return None
    swapped_ok = text.replace(template.placeholder, template.check_placeholder) == check
    return text if swapped_ok and check.replace(template.check_placeholder, template.placeholder) == text else None


def stamp(text: str, template: Template, tenant: TenantConfig, stage: StageConfig, shape: Shape) -> str:
    """The tenant's rendering (refs still as markers) from its template's text."""
    text = text.replace(template.placeholder, tenant.name)
    text = _ADDR_MARKERS.sub(lambda m: label_value(m.group(1)), text)
    hashes = NameHashes.of(tenant, stage)
    for f in fields(NameHashes):
        text = text.replace(HASH_MARKER.format(f.name), json.dumps(getattr(hashes, f.name))[1:-1])
    if DEPLOY_NAME_MARKER in text:
        site = Site(tenant, stage, placeholders(shape), hashes)
        (spec,) = [o["spec"] for o in json.loads(text) if o["metadata"]["name"] == DEPLOY_NAME_MARKER]
        text = text.replace(DEPLOY_NAME_MARKER, deploy_job_name(site, spec))
    return text
