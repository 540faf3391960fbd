"""`job` and `debug-pod`: print one-off Jobs the tenant chart renders, ready for `kubectl apply -f -`.

The manifests come from the chart module itself (charts.tenant.maintenance_job/debug_job),
so a maintenance Job has exactly the site's image, secrets, volumes, placement and security
context, and the debug pod carries the label the tenant's NetworkPolicies admit. The
AWS-side values are derived from naming conventions (cli/refs.py). YAML goes to stdout,
hints to stderr, so the output can be piped.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from drupal_platform.cli import common, refs
from drupal_platform.cli.common import DEFAULT_CONTEXT_FILE, DEFAULT_TENANTS_FILE, ContextFileOption, TenantsOption


class Maintenance(str, Enum):
    """drush commands a maintenance Job runs (the chart's MAINTENANCE_ARGS; a test keeps them equal)."""

    updb = "updb"
    cim = "cim"
    cr = "cr"
    status = "status"


StageArg = Annotated[str, typer.Argument(help="Stage (a key of context.stages).", metavar="STAGE", show_default=False)]
TenantArg = Annotated[str, typer.Argument(help="Tenant name.", metavar="TENANT", show_default=False)]
SuffixOption = Annotated[
    str | None,
    typer.Option("--suffix", help="Job name suffix (default: random, so every run gets a new Job).", show_default=False),
]


def _maintenance(value: str) -> str:
    """Our words for a command that is not one of the four (the library's would start 'Value error, ...')."""
    if value not in Maintenance.__members__:
        raise typer.BadParameter(f"{value!r} is not a maintenance command: choose one of {', '.join(Maintenance.__members__)}")
    return value


def _target(stage_name: str, tenant_name: str, context_file, tenants_file):
    """(config, stage, tenant, refs); exits 1 on configuration problems, 2 on an unknown stage or tenant."""
    config = common.load(context_file, tenants_file)
    stage = common.pick_stage(config, stage_name)
    tenant = common.pick_tenant(config, tenant_name, stage)
    return config, stage, tenant, refs.platform_refs(config, stage, tenant)


def _chart():
    # Imported on use: the chart pulls in cdk8s (a jsii runtime) only for the commands that need it.
    from drupal_platform.charts import tenant as chart

    return chart


def job(
    stage: StageArg,
    tenant: TenantArg,
    command: Annotated[str, typer.Argument(help="drush updatedb | config:import | cache:rebuild | status.",
                                           metavar="updb|cim|cr|status", show_default=False, callback=_maintenance)],
    suffix: SuffixOption = None,
    context_file: ContextFileOption = DEFAULT_CONTEXT_FILE,
    tenants: TenantsOption = DEFAULT_TENANTS_FILE,
) -> None:
    """Print a maintenance Job (drush updb, cim, cr or status) for one tenant in one stage.

    Same image, secrets, volumes, placement and security context as the site; restricted
    Pod Security compliant; a unique name per run. Apply it with
    `drupal-platform job prod alpha updb | kubectl apply -f -`.
    """
    _, s, t, r = _target(stage, tenant, context_file, tenants)
    if t.platform.state != "active":
        common.usage_error(f"tenant {tenant!r} is {t.platform.state}: its site and database are not running", "TENANT")
    manifest = _chart().maintenance_job(t, s, r, command, suffix=suffix)
    common.print_manifest(manifest)
    name, ns = manifest["metadata"]["name"], manifest["metadata"]["namespace"]
    common.echo_err(f"# apply: ... | kubectl apply -f -    follow: kubectl logs -n {ns} -f job/{name}")


def debug_pod(
    stage: StageArg,
    tenant: TenantArg,
    suffix: SuffixOption = None,
    context_file: ContextFileOption = DEFAULT_CONTEXT_FILE,
    tenants: TenantsOption = DEFAULT_TENANTS_FILE,
) -> None:
    """Print a debug Job: one pod with a mysql client and curl in the tenant's namespace.

    It passes the restricted Pod Security profile that rejects `kubectl run` (source design,
    problem 8): non-root, no privilege escalation, all capabilities dropped, seccomp
    RuntimeDefault, no service-account token. It carries the label the tenant's
    NetworkPolicies allow to reach its MySQL and Drupal, and removes itself after an hour.
    """
    _, s, t, r = _target(stage, tenant, context_file, tenants)
    manifest = _chart().debug_job(t, s, r, suffix=suffix)
    common.print_manifest(manifest)
    name, ns = manifest["metadata"]["name"], manifest["metadata"]["namespace"]
    if t.platform.state != "active":
        common.echo_err(f"# note: tenant '{t.name}' is {t.platform.state}: its database is not running")
    common.echo_err(f"# apply: ... | kubectl apply -f -    then: kubectl exec -it -n {ns} job/{name} -- bash")

