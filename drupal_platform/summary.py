"""Prints what `make synth` produced: stages, stacks, resources per stack, tenants.

It also gates the synth: cdk-nag findings that nobody acknowledged are reported by CDK's
policy-validation framework without failing `cdk synth`, so this step fails instead.
Usage: python -m drupal_platform.summary [cdk.out]
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path


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


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "cdk.out")
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
