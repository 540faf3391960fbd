"""Which part of the app to synthesise: everything, or one stage's shared stacks plus one tenant.

`make diff|deploy STAGE=<s> TENANT=<name>` passes `-c stage=<s> -c tenant=<name>`; app.py turns
the two context values into a `Selection` and `build_app` builds only that stage, its shared
stacks and that tenant's stack. A tenant stack reads everything shared through SSM parameters
and its construct tree does not depend on the other tenants, so its template is byte-identical
to the one a full synthesis writes, and the shared templates are the same as well
(tests/tenant/test_one_tenant.py). That is what makes `cdk deploy --exclusively` of one tenant
safe at any number of tenants.

A tenant that is in the stage's shared configuration no longer (removed from the tenants file,
or from the stage's `stages` list) selects no tenant stack: the synthesis holds the shared
stacks only and `removed` is true, so the Makefile deletes that tenant's stack instead.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from drupal_platform.config import DNS1123_LABEL, ConfigError, PlatformConfig, Problem

CONTEXT_STAGE = "stage"
CONTEXT_TENANT = "tenant"


@dataclass(frozen=True)
class Selection:
    """None/None = the whole app; stage only = one stage; stage and tenant = one tenant.
    `shard` narrows any of them to a block of tenants (sharding.py: a synthesis in several processes);
    `stand_ins` builds empty stacks in place of the shared ones (a shard's other than the first,
    which writes the shared stacks: the tenant stacks need only their dependencies on them)."""

    stage: str | None = None
    tenant: str | None = None
    shard: frozenset[str] | None = None
    stand_ins: bool = False

    def includes_stage(self, stage: str) -> bool:
        return self.stage is None or self.stage == stage

    def includes_tenant(self, tenant: str) -> bool:
        return (self.tenant is None or self.tenant == tenant) and (self.shard is None or tenant in self.shard)

    @property
    def is_whole_app(self) -> bool:
        return self.stage is None and self.tenant is None and self.shard is None

    def removed(self, config: PlatformConfig) -> bool:
        """A selected tenant that the configuration no longer places in the selected stage."""
        if self.stage is None or self.tenant is None:
            return False
        return all(t.name != self.tenant for t in config.tenants_in(self.stage))


def from_context(stage: object, tenant: object, config: PlatformConfig, file: str = "cdk.json") -> Selection:
    """Validate the two context values against the configuration; ConfigError lists what is wrong."""
    problems: list[Problem] = []
    stage = None if stage in (None, "") else stage
    tenant = None if tenant in (None, "") else tenant
    if stage is not None and (not isinstance(stage, str) or stage not in config.stages):
        problems.append(Problem(file, "context", CONTEXT_STAGE, stage, f"must be one of the stages: {', '.join(sorted(config.stages))}"))
    if tenant is not None:
        if stage is None:
            problems.append(Problem(file, "context", CONTEXT_TENANT, tenant, "needs a stage as well: -c stage=<stage> -c tenant=<name>"))
        if not isinstance(tenant, str) or not DNS1123_LABEL.fullmatch(tenant):
            problems.append(Problem(file, "context", CONTEXT_TENANT, tenant, "must be a tenant name (lower-case letters, digits and hyphens)"))
    if problems:
        raise ConfigError(problems)
    return Selection(stage=stage, tenant=tenant)


def stack_in_assembly(out: Path, stage: str, tenant: str) -> tuple[bool, str, str]:
    """(present, CloudFormation stack name, region) of `<stage>/Tenant-<tenant>` in a synthesised assembly.
    A stack in a Stage is named `<stage>-<id>`; the region is the stage's (from its shared stacks)."""
    manifest = json.loads((out / f"assembly-{stage}" / "manifest.json").read_text())
    stacks = [a for a in manifest["artifacts"].values() if a["type"] == "aws:cloudformation:stack"]
    display = f"{stage}/Tenant-{tenant}"
    for art in stacks:
        if art.get("displayName") == display:
            return True, art["properties"]["stackName"], art["environment"].rsplit("/", 1)[1]
    return False, f"{stage}-Tenant-{tenant}", stacks[0]["environment"].rsplit("/", 1)[1]


def main(argv: list[str]) -> int:
    """`python -m drupal_platform.selection <diff|deploy> <cdk.out> <stage> <tenant>` (the Makefile's
    one-tenant path): exit 0 when the tenant's stack is in the assembly; otherwise say what removing
    it means and exit 3, so the Makefile deletes the stack (deploy) or stops (diff)."""
    command, out, stage, tenant = argv
    present, stack_name, region = stack_in_assembly(Path(out), stage, tenant)
    if present:
        return 0
    print(
        f"tenant '{tenant}' is not in stage '{stage}' any more: "
        + ("deleting" if command == "deploy" else "`make deploy` deletes")
        + f" its stack {stack_name} in {region}. Its secrets, image repository, volumes and backups are"
        " retained (docs/tenant-lifecycle.md); nothing else changes.",
        file=sys.stderr,
    )
    print(f"{stack_name} {region}")
    return 3


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
