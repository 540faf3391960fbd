"""The mail-credentials function (drupal_platform/lambdas/mail_credentials): its SMTP password
derivation here, its AWS behaviour against moto in .venv-moto (tests/lambdas/moto/)."""

from __future__ import annotations

import base64
import subprocess
import sys

import pytest

from drupal_platform.lambdas.mail_credentials import index
from tests.conftest import IN_CI, ROOT
from tests.helpers.tools import require_tool

MOTO_PYTHON = ROOT / ".venv-moto" / "bin" / "python"


def openssl_hmac(key: bytes, message: str) -> bytes:
    """HMAC-SHA256 by the openssl CLI: an implementation that shares nothing with Python's hmac."""
    run = subprocess.run([require_tool("openssl"), "dgst", "-sha256", "-mac", "HMAC", "-macopt", f"hexkey:{key.hex()}", "-binary"],
                         input=message.encode(), capture_output=True, check=True)
    return run.stdout


def openssl_smtp_password(secret_access_key: str, region: str) -> str:
    """AWS's documented chain, step by step: 'AWS4'+key over 11111111, region, ses, aws4_request,
    SendRawEmail; version byte 0x04 in front; base64."""
    key = ("AWS4" + secret_access_key).encode()
    for part in ("11111111", region, "ses", "aws4_request", "SendRawEmail"):
        key = openssl_hmac(key, part)
    return base64.b64encode(b"\x04" + key).decode()


@pytest.mark.parametrize("region", ["us-east-1", "eu-west-1", "eu-central-1"])
def test_password_matches_the_documented_chain_computed_by_openssl(region):
    # AWS's documentation example secret access key.
    secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    assert index.smtp_password(secret, region) == openssl_smtp_password(secret, region)


def test_password_shape_version_and_region():
    password = index.smtp_password("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "eu-west-1")
    raw = base64.b64decode(password)
    assert len(raw) == 33 and raw[0] == 0x04 and len(password) == 44
    # A password is only good in the region it was derived for.
    assert password != index.smtp_password("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "eu-central-1")


def test_create_rotate_delete_against_moto():
    """tests/lambdas/moto/ in its own venv (moto's botocore pins clash with constraints.txt)."""
    if not MOTO_PYTHON.exists():
        message = "moto venv missing: run `make setup` (creates .venv-moto from requirements-moto.txt)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    run = subprocess.run([str(MOTO_PYTHON), "-m", "pytest", str(ROOT / "tests" / "lambdas" / "moto"), "-q", "-p", "no:cacheprovider",
                          "--confcutdir", str(ROOT / "tests" / "lambdas" / "moto"), "-W", "ignore::DeprecationWarning"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, (run.stdout + run.stderr)[-6000:]
    assert " passed" in run.stdout and "skipped" not in run.stdout, run.stdout[-2000:]
    print(run.stdout.strip().splitlines()[-1], file=sys.stderr)
