"""The root command: registers every subcommand and sets the help text and exit-code contract."""

from __future__ import annotations

import typer

from drupal_platform.cli import checks, kit, mail, manifests, rollout, tenants

HELP = """Operate the drupal-platform: validate configuration, manage tenants, check capacity,
render maintenance and debug Jobs, scaffold a client repository, and roll a stage out in
health-checked waves.

Stages come from the CDK context file (--context-file, default ./cdk.json, key
context.stages); tenants from --tenants (default ./tenants.yaml).

Exit codes: 0 success; 1 configuration or capacity problems (nothing written);
2 usage error (unknown option, stage or tenant, or an argument the command refuses);
3 a rollout wave failed (run the same rollout again to resume).
"""

app = typer.Typer(
    name="drupal-platform",
    help=HELP,
    no_args_is_help=True,
    add_completion=False,
    # Expected failures are printed as located messages; an unexpected one is a bug and
    # shows a plain traceback without local variables (they may hold configuration values).
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["--help", "-h"]},
    # Markdown reflows each paragraph of a docstring to the terminal's width (Rich mode keeps
    # the docstring's own line breaks, which cut sentences in a narrow or wide terminal).
    rich_markup_mode="markdown",
)

app.command("validate")(checks.validate)
tenants.register(app)
app.command("capacity")(checks.capacity)
app.command("job")(manifests.job)
app.command("debug-pod")(manifests.debug_pod)
app.command("client-kit")(kit.client_kit_command)
app.command("mail-dns")(mail.mail_dns_command)
app.command("rollout")(rollout.rollout)
