# tests/lambdas/moto/ runs in .venv-moto (moto's botocore pins clash with constraints.txt);
# test_mail_credentials.py runs it there as a subprocess.
collect_ignore = ["moto"]
