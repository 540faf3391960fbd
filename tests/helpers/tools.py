"""System tools the validators run for real: skip locally with install advice, fail in CI."""

from __future__ import annotations

import os
import shutil

import pytest

INSTALL_HINT = {
    "bwrap": "apt-get install -y bubblewrap",
    "mariadbd": "apt-get install -y mariadb-server",
    "mariadb-install-db": "apt-get install -y mariadb-server",
    "mariadb": "apt-get install -y mariadb-client",
    "apache2ctl": "apt-get install -y apache2",
    "php": "apt-get install -y php-cli",
    "checkov": "make setup (creates .venv-checkov from requirements-checkov.txt)",
}


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def require_tool(name: str, path: str | None = None) -> str:
    """Return the tool's path; skip (locally) or fail (CI=true) when it is missing."""
    found = path if path and os.access(path, os.X_OK) else shutil.which(name)
    if found:
        return found
    message = f"{name} is not installed: {INSTALL_HINT.get(name, 'install it')}"
    if in_ci():
        pytest.fail(message + " (CI=true: required)")
    pytest.skip(message)
