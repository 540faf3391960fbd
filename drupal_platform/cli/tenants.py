"""`tenants list | add | set-tag`: read and change the tenant registry."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from drupal_platform import contracts
from drupal_platform.cli import common
from drupal_platform.cli.common import (
    DEFAULT_CONTEXT_FILE,
    DEFAULT_TENANTS_FILE,
    ContextFileOption,
    StageFilterOption,
    TenantsOption,
)
from drupal_platform.cli.tenants_file import (
    OFFICIAL_REPOSITORY,
    OFFICIAL_TAG,
    EditError,
    NewTenant,
    UnknownTenant,
    add_tenant_text,
    set_tag_text,
    validate_candidate,
    write_atomically,
)
from drupal_platform.config import StageConfig, TenantConfig
from drupal_platform.tiers import TierName

app = typer.Typer(help="List the tenants, add one, or change a tenant's image tag.", no_args_is_help=True, rich_markup_mode="markdown")


# --- list -------------------------------------------------------------------------------
def _placement(t: TenantConfig) -> str:
    p = t.platform.placement
    if not p.dedicated:
        return "shared"
    types = ",".join(p.instance_types) if p.instance_types else "shared types"
    return f"dedicated {types} {p.min_size if p.min_size is not None else '-'}..{p.max_size if p.max_size is not None else '-'}/zone"


def _image(t: TenantConfig, stage: StageConfig | None) -> str:
    kind = "custom" if t.custom_image else "official"
    if stage is not None:
        return f"{kind} :{t.image_tag(stage.name)}"
    return kind


def _database(t: TenantConfig) -> str:
    db = t.platform.database
    return f"HA 3x{db.storage}" if db.high_availability else f"single {db.storage}"


def _hosts(t: TenantConfig, stages: list[StageConfig], one: bool) -> str:
    if one:
        return "\n".join(t.hosts(stages[0].name))
    return "\n".join(f"{s.name}: {', '.join(t.hosts(s.name))}" for s in stages if t.in_stage(s.name))


@app.command("list")
def list_(
    stage: StageFilterOption = None,
    context_file: ContextFileOption = DEFAULT_CONTEXT_FILE,
    tenants: TenantsOption = DEFAULT_TENANTS_FILE,
) -> None:
    """A table of tenants: name, stages, tier, placement, image kind, database shape, state, hosts.

    With --stage, only the tenants of that stage, with that stage's image tag and hosts.
    """
    config = common.load(context_file, tenants)
    stages = common.stages_of(config, stage)
    one = stage is not None
    rows = config.tenants_in(stages[0].name) if one else list(config.tenants.values())
    title = f"Tenants in stage {stages[0].name}" if one else "Tenants"
    table = Table(title=f"{title} ({config.tenants_file})", title_justify="left")
    for col in ("Name", "Stages", "Tier", "Placement", "Image", "Database", "State", "Hosts"):
        # Nothing is cut off with an ellipsis: in a narrow terminal long values fold.
        table.add_column(col, overflow="fold")
    for t in sorted(rows, key=lambda t: t.name):
        table.add_row(
            t.name,
            ",".join(s for s in config.stages if t.in_stage(s)),
            t.platform.tier.value,
            _placement(t),
            _image(t, stages[0] if one else None),
            _database(t),
            t.platform.state,
            _hosts(t, stages, one),
        )
    common.out().print(table)
    common.say(f"{len(rows)} tenant{'s' if len(rows) != 1 else ''}")


# --- add --------------------------------------------------------------------------------
@app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Tenant name: a DNS label (namespace drupal-site-NAME).", metavar="NAME", show_default=False)],
    host: Annotated[list[str], typer.Option("--host", "-H", help="Host name of the site (repeat for several).", show_default=False)],
    tier: Annotated[TierName, typer.Option("--tier", help="Resource tier.")] = TierName.medium,
    dedicated: Annotated[bool, typer.Option("--dedicated", help="Own node groups (taint dedicated=client-NAME).")] = False,
    custom_image: Annotated[
        str | None,
        typer.Option(
            "--custom-image",
            metavar="REPO",
            help="The client builds its own image (recommended-project layout, client kit). REPO is the image "
            "repository, or 'ecr' for the tenant's own ECR repository drupal-site-NAME in the image-owning stage.",
            show_default=False,
        ),
    ] = None,
    ha: Annotated[bool, typer.Option("--ha", help="Highly available database (three nodes; large tier only).")] = False,
    tag: Annotated[
        str | None,
        typer.Option("--tag", help=f"First image tag (default for the official image: {OFFICIAL_TAG}; required with --custom-image).", show_default=False),
    ] = None,
    stage: Annotated[
        list[str] | None,
        typer.Option("--stage", "-s", help="Run only in this stage (repeat for several; default: every stage).", show_default=False),
    ] = None,
    certificate_arn: Annotated[
        list[str] | None,
        typer.Option("--certificate-arn", help="ACM certificate (issued) for hosts outside the stage's base domain; repeat for several.",
                     show_default=False),
    ] = None,
    digest: Annotated[
        str | None,
        typer.Option("--digest", metavar="sha256:HEX",
                     help="The tag's image digest (`aws ecr describe-images`): the site runs TAG@DIGEST. Required in production stages.",
                     show_default=False),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the new entry and validate it; write nothing.")] = False,
    context_file: ContextFileOption = DEFAULT_CONTEXT_FILE,
    tenants: TenantsOption = DEFAULT_TENANTS_FILE,
) -> None:
    """Add a tenant to the registry, keeping every comment and existing line as it is.

    The new entry is appended after the last tenant. The whole would-be registry is
    validated (every configuration rule and the capacity guard) before the file is
    replaced; a taken name or host, or any other problem, leaves the file untouched
    and exits 1.
    """
    stages = common.read_stages(context_file)
    stages_raw = stages.raw
    common.refuse_unreadable(tenants)
    if custom_image is not None and tag is None:
        common.usage_error("a custom-image tenant needs --tag: the first tag its CI pushes to the repository", "--tag")
    if custom_image is None:
        repository: str | None = OFFICIAL_REPOSITORY
    else:
        repository = None if custom_image == "ecr" else custom_image
    new = NewTenant(
        name=name,
        hosts=host,
        tier=tier.value,
        dedicated=dedicated,
        ha=ha,
        custom_image=custom_image is not None,
        repository=repository,
        tag=tag or OFFICIAL_TAG,
        stages=stage or None,
        certificate_arns=tuple(certificate_arn or ()),
        digest=digest,
    )
    try:
        original, text = add_tenant_text(tenants, new)
    except EditError as exc:
        common.print_problems([str(exc)])
        common.exit_with(common.EXIT_PROBLEMS)
    problems = validate_candidate(stages_raw, str(context_file), tenants, tenants, text, stages.positions)
    added = text[len(original):] if text.startswith(original) else text
    if problems:
        common.print_problems(problems, heading=f"tenant '{name}' was not added; {tenants} is unchanged:")
        common.exit_with(common.EXIT_PROBLEMS)
    if dry_run:
        common.say(f"would append to {tenants}:")
        typer.echo(added, nl=False)
        return
    write_atomically(tenants, text)
    common.say(f"added tenant '{name}' to {tenants}:")
    typer.echo(added, nl=False)
    if new.custom_image:
        common.say(f"next: deploy the image-owning stage (it creates the ECR repository {contracts.image_repository_name(name)} "
            f"and the CI role), then `drupal-platform client-kit {name}` for the client team")


# --- set-tag ----------------------------------------------------------------------------
@app.command("set-tag")
def set_tag(
    name: Annotated[str, typer.Argument(help="Tenant name.", metavar="NAME", show_default=False)],
    tag: Annotated[str, typer.Argument(help="Image tag, e.g. the one the client CI just pushed.", metavar="TAG", show_default=False)],
    stage: Annotated[
        str | None,
        typer.Option("--stage", "-s", help="Set client.overrides.STAGE.image.tag instead of client.image.tag.", show_default=False),
    ] = None,
    digest: Annotated[
        str | None,
        typer.Option("--digest", metavar="sha256:HEX",
                     help="The tag's image digest (`aws ecr describe-images`): the site runs TAG@DIGEST. Without it a changed tag drops the old tag's digest.",
                     show_default=False),
    ] = None,
    context_file: ContextFileOption = DEFAULT_CONTEXT_FILE,
    tenants: TenantsOption = DEFAULT_TENANTS_FILE,
) -> None:
    """Change a tenant's image tag (where its client block lives: tenants.yaml or clients/NAME.yaml).

    This is what the client kit's CI workflow runs in the pull request it opens against the
    platform repository, with the digest ECR reports for the pushed tag. Only the tag's and
    digest's lines change (or lines are added for a new override); a new tag without
    --digest removes the old tag's digest. The result is validated before the file is replaced
    (production stages require a digest).
    """
    stages = common.read_stages(context_file)
    stages_raw = stages.raw
    common.refuse_unreadable(tenants)
    if stage is not None and isinstance(stages_raw, dict) and stage not in stages_raw:
        common.usage_error(f"unknown stage {stage!r} (stages in {context_file}: {', '.join(stages_raw)})", "--stage")
    try:
        target, original, text = set_tag_text(tenants, name, tag, stage, digest)
    except UnknownTenant as exc:
        common.usage_error(str(exc), "NAME")
    except EditError as exc:
        common.print_problems([str(exc)])
        common.exit_with(common.EXIT_PROBLEMS)
    problems = validate_candidate(stages_raw, str(context_file), tenants, target, text, stages.positions)
    if problems:
        common.print_problems(problems, heading=f"the tag of tenant '{name}' was not changed; {target} is unchanged:")
        common.exit_with(common.EXIT_PROBLEMS)
    where = f"client.overrides.{stage}.image" if stage else "client.image"
    shown = f"tag {tag!r}" + (f", digest {digest!r}" if digest else "")
    if text == original:
        common.say(f"tenant '{name}': {where} is already {shown} in {target}")
        return
    write_atomically(target, text)
    common.say(f"tenant '{name}': {where} = {shown} in {target}")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="tenants")

