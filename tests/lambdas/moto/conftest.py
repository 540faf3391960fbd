"""Run by .venv-moto/bin/python -m pytest (see tests/lambdas/test_mail_credentials.py): this venv has
moto, boto3 and pytest only, so the function is imported from its asset directory, not the package."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "drupal_platform" / "lambdas" / "mail_credentials"))
