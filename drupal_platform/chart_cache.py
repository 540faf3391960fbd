"""The chart cache: every Helm chart pinned in `versions.HELM_CHARTS`, unpacked, dependencies included.

The repository commits pins, never chart content (it is not ours to copy). `make charts` fills a
git-ignored directory with one `<chart>-<version>/` per pin (Chart.yaml at its root, subcharts in
its `charts/`), from a mirror directory of `<chart>-<version>.tgz` when one is given
(`CHART_MIRROR`: an air-gapped or private mirror works the same way), else from the pinned Helm
repository with the `helm` binary of the kubectl layer. Synth deploys each directory as an S3
asset (`HelmChart.chart_asset`), so a deploy reaches no Helm repository and installs exactly the
bytes the tests render; the kubectl handler never runs `helm dependency build`, hence the check
that every declared dependency is present.

    python -m drupal_platform.chart_cache [--mirror DIR]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from drupal_platform.versions import DEFAULT_KUBERNETES_VERSION, HELM_CHARTS, KUBERNETES_PACKAGES, HelmChartPin

DEFAULT_ROOT = Path(__file__).resolve().parents[1] / ".charts"


class ChartUnavailable(Exception):
    """A pinned chart is neither in the cache nor obtainable; the message says how to get it."""


def how_to_get(pin: HelmChartPin) -> str:
    return (f"Helm chart {pin.chart} {pin.version} is not available: put {pin.chart}-{pin.version}.tgz in a directory "
            f"and run `make charts CHART_MIRROR=<that directory>`, or run `make charts` with access to {pin.repository}")


def dependency_problems(chart_dir: Path) -> list[str]:
    """Dependencies a chart declares that its `charts/` lacks (as a directory or a .tgz), recursively."""
    meta = yaml.safe_load((chart_dir / "Chart.yaml").read_text()) or {}
    present: dict[str, set[str]] = {}
    sub = chart_dir / "charts"
    for entry in sorted(sub.iterdir()) if sub.is_dir() else []:
        if entry.is_dir() and (entry / "Chart.yaml").is_file():
            m = yaml.safe_load((entry / "Chart.yaml").read_text())
            present.setdefault(m["name"], set()).add(str(m.get("version")))
        elif entry.name.endswith(".tgz"):
            with tarfile.open(entry) as tar:
                member = next(n for n in tar.getnames() if n.count("/") == 1 and n.endswith("/Chart.yaml"))
                m = yaml.safe_load(tar.extractfile(member).read())
            present.setdefault(m["name"], set()).add(str(m.get("version")))
    problems = []
    for dep in meta.get("dependencies") or []:
        name, version = dep["name"], str(dep.get("version", ""))
        if name not in present:
            problems.append(f"{meta['name']}: dependency {name} {version} missing from charts/")
        elif version and not any(c in version for c in "*^~<>=x| ,") and version not in present[name]:
            problems.append(f"{meta['name']}: dependency {name} is {sorted(present[name])}, Chart.yaml asks for {version}")
    for entry in sorted(sub.iterdir()) if sub.is_dir() else []:
        if entry.is_dir() and (entry / "Chart.yaml").is_file():
            problems += dependency_problems(entry)
    return problems


def chart_problems(chart_dir: Path, pin: HelmChartPin) -> list[str]:
    """Why a directory is not the pinned chart (empty when it is)."""
    chart_yaml = chart_dir / "Chart.yaml"
    if not chart_yaml.is_file():
        return [f"{chart_dir}: no Chart.yaml"]
    meta = yaml.safe_load(chart_yaml.read_text()) or {}
    problems = []
    if (meta.get("name"), str(meta.get("version"))) != (pin.chart, pin.version):
        problems.append(f"{chart_dir}: Chart.yaml says {meta.get('name')} {meta.get('version')}, the pin is {pin.chart} {pin.version}")
    return problems + dependency_problems(chart_dir)


@dataclass(frozen=True)
class ChartCache:
    """Where the unpacked charts live (git-ignored); synth reads it, `make charts` fills it."""

    root: Path = field(default=DEFAULT_ROOT)

    def path(self, pin: HelmChartPin) -> Path:
        return self.root / f"{pin.chart}-{pin.version}"

    def directory(self, pin: HelmChartPin) -> Path:
        """The cached chart's directory; ChartUnavailable (with how to fill the cache) when absent."""
        path = self.path(pin)
        if not (path / "Chart.yaml").is_file():
            raise ChartUnavailable(how_to_get(pin) + f" (looked for {path})")
        return path

    def missing(self) -> list[HelmChartPin]:
        return [pin for pin in HELM_CHARTS.values() if not (self.path(pin) / "Chart.yaml").is_file()]

    def fill(self, mirror: Path | None = None, log=print, helm: Path | None = None) -> list[HelmChartPin]:
        """Add every missing pinned chart; returns those added. Raises ChartUnavailable naming each one that failed.
        `helm`: the binary for `helm pull` (default: the kubectl layer's)."""
        added, failed = [], []
        for pin in self.missing():
            try:
                self._add(pin, mirror, helm)
            except ChartUnavailable as err:
                failed.append(str(err))
                continue
            log(f"chart cache: {pin.chart} {pin.version} from {mirror or pin.repository}")
            added.append(pin)
        if failed:
            raise ChartUnavailable("\n".join(failed))
        return added

    def _add(self, pin: HelmChartPin, mirror: Path | None, helm: Path | None) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=self.root, prefix=".incoming-") as tmp:
            staging = Path(tmp)
            if mirror is not None:
                archive = mirror / f"{pin.chart}-{pin.version}.tgz"
                if not archive.is_file():
                    raise ChartUnavailable(how_to_get(pin) + f" ({archive} does not exist)")
                with tarfile.open(archive) as tar:
                    tar.extractall(staging, filter="data")
            else:
                try:
                    helm = helm or helm_binary(self.root / ".bin")
                except ChartUnavailable as err:  # no helm to pull with on this platform
                    raise ChartUnavailable(how_to_get(pin) + f" ({err})") from None
                self._pull(pin, staging, helm)
            unpacked = staging / pin.chart
            problems = chart_problems(unpacked, pin)
            if problems:
                raise ChartUnavailable(how_to_get(pin) + " (the archive is not the pinned chart: " + "; ".join(problems) + ")")
            # Whole or nothing: a directory in the cache is a complete chart.
            unpacked.rename(self.path(pin))

    def _pull(self, pin: HelmChartPin, staging: Path, helm: Path) -> None:
        # A private Helm home: nothing read from or written to the user's helm configuration.
        env = {**os.environ, **{k: str(staging / ".helm" / k) for k in ("HELM_CACHE_HOME", "HELM_CONFIG_HOME", "HELM_DATA_HOME")}}
        result = subprocess.run(
            [str(helm), "pull", pin.chart, "--repo", pin.repository, "--version", pin.version, "--untar", "--untardir", str(staging)],
            capture_output=True, text=True, env=env,
        )
        if result.returncode != 0:
            raise ChartUnavailable(how_to_get(pin) + f" (helm pull: {result.stderr.strip() or result.stdout.strip()})")


# --- the helm binary of the kubectl layer ---------------------------------------------------
def layer_zip_source() -> tuple[Path, str]:
    """(the layer package's jsii tarball, its version): layer.zip holds helm/helm and kubectl/kubectl."""
    import importlib

    module = importlib.import_module(KUBERNETES_PACKAGES[DEFAULT_KUBERNETES_VERSION][0])
    (tgz,) = sorted((Path(module.__file__).parent / "_jsii").glob("*.jsii.tgz"))
    return tgz, tgz.name.removesuffix(".jsii.tgz").rsplit("@", 1)[-1]


def helm_supported() -> str | None:
    """None when the layer's helm runs here, else why not (it is built for linux x86_64)."""
    if sys.platform != "linux" or platform.machine() not in ("x86_64", "AMD64"):
        return f"the kubectl layer's helm is built for linux x86_64, this is {sys.platform} {platform.machine()}"
    return None


def layer_binary(name: str, bin_dir: Path) -> Path:
    """Extract `<name>/<name>` (helm or kubectl) from the kubectl layer into bin_dir, once per layer version."""
    reason = helm_supported()
    if reason:
        raise ChartUnavailable(reason)
    tgz, version = layer_zip_source()
    target = bin_dir / f"{name}-layer-{version}"
    if target.is_file() and os.access(target, os.X_OK):
        return target
    bin_dir.mkdir(parents=True, exist_ok=True)
    with tarfile.open(tgz) as tar:
        layer = tar.extractfile("package/lib/layer.zip").read()
    with tempfile.TemporaryDirectory(dir=bin_dir) as tmp:
        zpath = Path(tmp) / "layer.zip"
        zpath.write_bytes(layer)
        with zipfile.ZipFile(zpath) as z, z.open(f"{name}/{name}") as src, open(Path(tmp) / name, "wb") as dst:
            shutil.copyfileobj(src, dst)
        (Path(tmp) / name).chmod(0o755)
        (Path(tmp) / name).replace(target)
    return target


def helm_binary(bin_dir: Path = DEFAULT_ROOT / ".bin") -> Path:
    return layer_binary("helm", bin_dir)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m drupal_platform.chart_cache", description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirror", type=Path, help="a directory of <chart>-<version>.tgz (CHART_MIRROR); default: the pinned Helm repositories")
    parser.add_argument("--cache", type=Path, default=DEFAULT_ROOT, help="the cache directory (default: .charts in the repository)")
    args = parser.parse_args(argv)
    if args.mirror is not None and not args.mirror.is_dir():
        print(f"CHART_MIRROR {args.mirror} is not a directory", file=sys.stderr)
        return 1
    try:
        ChartCache(args.cache).fill(args.mirror.resolve() if args.mirror else None)
    except ChartUnavailable as err:
        print(err, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
