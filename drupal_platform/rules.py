"""The registry of configuration rules that look beyond one field.

Field-level rules are pydantic constraints and validators on the models in `config.py`;
everything else (a stage's subnets as a whole, a tenant against its stages, tenants against
each other, certificates, quotas, capacity) is a function registered here. The one
validation entry point (`drupal_platform.validation.validate`) runs the schema and then
every registered rule, so synth, `drupal-platform validate`, `tenants add`,
`tenants set-tag` and every other command apply exactly the same rules.

Register a rule by decorating a function that returns `Problem`s:

    @rule("tenant")
    def cron_needs_a_running_site(tenant, ctx):
        "A cron schedule on a decommissioned tenant does nothing."
        ...

`kind` says what the function receives: "stage" -> (StageConfig, RuleContext) for every
stage that passed the schema; "tenant" -> (TenantConfig, RuleContext) for every tenant
that passed the schema; "platform" -> (RuleContext) once, for rules across tenants or
stages. A stage or tenant with schema problems is left out of the rules, so a mistake is
reported once, not again as every problem that follows from it. The test
`tests/foundation/test_rule_coverage.py` requires a broken example for every rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["stage", "tenant", "platform"]


@dataclass
class RuleContext:
    """What rules may look at: the stages and tenants that passed the schema, and every stage name written."""

    stages: dict[str, Any]  # name -> StageConfig
    tenants: dict[str, Any]  # name -> TenantConfig
    known_stages: list[str]  # every stage key in the context file, valid or not
    stages_file: str
    tenants_file: str
    tenant_files: dict[str, str] = field(default_factory=dict)  # tenant -> file holding its client block


@dataclass(frozen=True)
class Rule:
    id: str
    kind: Kind
    check: Callable[..., Iterable[Any]]
    summary: str
    last: bool = False  # runs after the others and sees only the tenants they found nothing wrong with


RULES: dict[str, Rule] = {}


def rule(kind: Kind, rule_id: str | None = None, *, last: bool = False) -> Callable[[Callable], Callable]:
    """Register `fn` as a rule of `kind`; its id is its name with dashes, its summary its docstring.

    `last=True` is for sums over tenants (capacity): a tenant with another problem is left
    out rather than counted with a value that is about to change.
    """

    def register(fn: Callable) -> Callable:
        rid = rule_id or fn.__name__.strip("_").replace("_", "-")
        if rid in RULES and RULES[rid].check is not fn:
            raise ValueError(f"two configuration rules are called {rid!r}")
        RULES[rid] = Rule(rid, kind, fn, (fn.__doc__ or rid).strip().splitlines()[0], last)
        return fn

    return register
