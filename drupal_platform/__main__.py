"""`python -m drupal_platform`: the operator CLI (also installed as `drupal-platform`)."""

from drupal_platform.cli import app

if __name__ == "__main__":
    app(prog_name="drupal-platform")
