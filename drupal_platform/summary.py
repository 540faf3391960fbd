"""Prints what `make synth` produced: stages, stacks, resources per stack, tenants, capacity
headroom, images not pinned by digest (drupal_platform/pins.py), what each tenant costs a
month (drupal_platform/costs.py) and the DNS records clients must publish for their own mail
domains (drupal_platform/mail_dns.py).

It also gates the synth: cdk-nag findings that nobody acknowledged are reported by CDK's
policy-validation framework without failing `cdk synth`, so this step fails instead.
It also flags tenants whose placement differs from the committed tenants file.
Usage: python -m drupal_platform.summary [--tenants FILE] [cdk.out]
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import yaml


def stacks_by_stage(out: Path) -> dict[str, list[tuple[str, Path]]]:
    """{stage: [(display name, template path)]} read from the cloud assembly manifests."""
    result: dict[str, list[tuple[str, Path]]] = defaultdict(list)
    root = json.loads((out / "manifest.json").read_text())
    for name, art in root["artifacts"].items():
        if art["type"] != "cdk:cloud-assembly":
            continue
        sub = out / art["properties"]["directoryName"]
        manifest = json.loads((sub / "manifest.json").read_text())
        for art_name, stack in manifest["artifacts"].items():
            if stack["type"] == "aws:cloudformation:stack":
                display = stack.get("displayName", art_name)
                result[name.removeprefix("assembly-")].append((display, sub / stack["properties"]["templateFile"]))
    return result


def unacknowledged_findings(out: Path) -> list[str]:
    report = out / "validation-report.json"
    if not report.exists():
        return []
    data = json.loads(report.read_text())
    findings = []
    for plugin in data.get("pluginReports", []):
        for v in plugin.get("violations", []):
            for c in v.get("violatingConstructs", []):
                findings.append(f"{v['ruleName']} at {c['constructPath']}: {v['description']}")
    return findings


def _committed_yaml(path: Path, ref: str) -> dict | None:
    """The file as committed at `ref`, or None outside a git checkout or for a new file."""
    try:
        top = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=path.parent, capture_output=True, text=True, check=True).stdout.strip()
        rel = path.resolve().relative_to(Path(top).resolve())
        text = subprocess.run(["git", "show", f"{ref}:{rel.as_posix()}"], cwd=top, capture_output=True, text=True, check=True).stdout
        return yaml.safe_load(text) or {}
    except (subprocess.CalledProcessError, ValueError, OSError, yaml.YAMLError):
        return None


def placement_changes(tenants_file: Path, ref: str = "HEAD") -> list[str]:
    """Tenants whose node placement differs from the committed file.

    A StatefulSet keeps running its pod on the old nodes with the old toleration until the
    pod is deleted (source Problem 1), so a placement change needs one manual step.
    """
    old = _committed_yaml(tenants_file, ref)
    if old is None or not tenants_file.exists():
        return []
    new = yaml.safe_load(tenants_file.read_text()) or {}
    notes = []
    for name, body in sorted((new.get("tenants") or {}).items()):
        before = ((old.get("tenants") or {}).get(name) or {}).get("platform", {}) or {}
        if name not in (old.get("tenants") or {}):
            continue
        after = (body or {}).get("platform", {}) or {}
        was, now = before.get("placement") or {}, after.get("placement") or {}
        if bool(was.get("dedicated")) != bool(now.get("dedicated")):
            kinds = {True: "dedicated nodes", False: "shared nodes"}
            notes.append(
                f"tenant '{name}' moves from {kinds[bool(was.get('dedicated'))]} to {kinds[bool(now.get('dedicated'))]}: "
                f"after deploying, recreate its MySQL pods so they get the new toleration: "
                f"kubectl -n drupal-site-{name} delete pod -l app.kubernetes.io/instance=db,app.kubernetes.io/name=mysql"
            )
    return notes


def unpinned_warning(out: Path, stage: str) -> list[str]:
    """The stage's images that run by a bare tag (app.py writes unpinned-<stage>.txt, drupal_platform/pins.py):
    a tag can move without any template change, so no deploy step runs for the new code."""
    path = out / f"unpinned-{stage}.txt"
    lines = path.read_text().splitlines() if path.exists() else []
    if not lines:
        return []
    return [f"  warning: {len(lines)} unpinned image(s) (a tag can move: new code without a deploy; README \"Pinned images\"):",
            *(f"    {line}" for line in lines)]


def synth_selector(context_file: Path = Path("cdk.json")) -> str:
    """One stack for `cdk synth --exclusively`: the app always writes every stage into cdk.out, and with
    exactly one stack selected (and --quiet) the CDK CLI prints neither a template nor its list of stacks."""
    try:
        stages = json.loads(context_file.read_text())["context"]["stages"]
        return f"{next(iter(stages))}/Network"
    except (OSError, ValueError, KeyError, TypeError, StopIteration):
        return "*/Network"  # the app reports the broken file itself


def main(argv: list[str]) -> int:
    args = list(argv)
    if args == ["--synth-selector"]:
        print(synth_selector())
        return 0
    tenants_file = None
    if "--tenants" in args:
        i = args.index("--tenants")
        tenants_file = Path(args[i + 1])
        del args[i : i + 2]
    out = Path(args[0] if args else "cdk.out")
    stages = stacks_by_stage(out)
    for stage, stacks in sorted(stages.items()):
        tenants = sorted(d.split("/", 1)[1].removeprefix("Tenant-") for d, _ in stacks if "/Tenant-" in d)
        print(f"stage {stage}: {len(stacks)} stacks, {len(tenants)} tenants{': ' + ', '.join(tenants) if tenants else ''}")
        if tenants:
            print("  (a removed tenant's secrets, images and volumes are retained: read docs/tenant-lifecycle.md before re-adding one)")
        for display, template in sorted(stacks):
            body = json.loads(template.read_text())
            kib = template.stat().st_size / 1024
            print(f"  {display:<40} {len(body.get('Resources', {})):>4} resources  {kib:>8.1f} KiB")
        headroom = out / f"capacity-{stage}.txt"
        if headroom.exists():
            print("  capacity headroom:")
            for line in headroom.read_text().splitlines():
                print(f"    {line}")
        for line in unpinned_warning(out, stage):
            print(line)
        cost = out / f"cost-{stage}.txt"
        if cost.exists():
            lines = cost.read_text().splitlines()
            print(f"  {lines[0]}" if lines else "")
            for line in lines[1:]:
                print(f"    {line}")
        mail = out / f"mail-dns-{stage}.txt"
        if mail.exists():
            print("  mail DNS records clients must publish (drupal-platform mail-dns STAGE TENANT prints one site's):")
            for line in mail.read_text().splitlines():
                print(f"    {line}")
    for note in placement_changes(tenants_file) if tenants_file else []:
        print(f"placement change: {note}")
    findings = unacknowledged_findings(out)
    if findings:
        print(f"\ncdk-nag: {len(findings)} unacknowledged finding(s):", file=sys.stderr)
        for f in findings:
            print(f"  {f}", file=sys.stderr)
        return 1
    print("cdk-nag AwsSolutions: 0 unacknowledged findings")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
