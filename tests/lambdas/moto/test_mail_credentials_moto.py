"""The mail-credentials function against moto's IAM and Secrets Manager: create, rotate, delete.

Keys are aged by moving their CreateDate in moto's backend (the only way to make a key 90 days
old in a test); everything else goes through the boto3 API the function uses in AWS.
"""

from __future__ import annotations

import datetime as dt
import json
import logging

import boto3
import botocore.auth
import botocore.awsrequest
import botocore.credentials
import pytest
from moto import mock_aws
from moto.core import DEFAULT_ACCOUNT_ID
from moto.iam.models import iam_backends

import index

REGION = "eu-west-1"
STAGE = "prod"
ROTATE_DAYS = 90
RETIRE_HOURS = 2


def user_of(site: str) -> str:
    return f"drupal-{STAGE}-{site}-mail"


def secret_of(site: str) -> str:
    return f"drupal/{STAGE}/{site}/mail"


class Recording:
    """The IAM client, remembering every secret access key it handed out (to check the password
    and that none of them leaks)."""

    def __init__(self, client) -> None:
        self._client, self.issued, self.broken = client, [], set()

    def list_access_keys(self, **kwargs):
        if kwargs["UserName"] in self.broken:
            raise self._client.exceptions.ServiceFailureException({"Error": {"Code": "ServiceFailure", "Message": "test"}}, "ListAccessKeys")
        return self._client.list_access_keys(**kwargs)

    def get_paginator(self, name):
        if name == "list_access_keys":
            outer = self

            class Pages:
                def paginate(self, **kwargs):
                    return [outer.list_access_keys(**kwargs)]
            return Pages()
        return self._client.get_paginator(name)

    def create_access_key(self, **kwargs):
        out = self._client.create_access_key(**kwargs)
        self.issued.append(out["AccessKey"])
        return out

    def __getattr__(self, name):
        return getattr(self._client, name)


@pytest.fixture
def aws(monkeypatch):
    monkeypatch.setenv("AWS_REGION", REGION)
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("ROTATE_AFTER_DAYS", str(ROTATE_DAYS))
    monkeypatch.setenv("RETIRE_AFTER_HOURS", str(RETIRE_HOURS))
    monkeypatch.setenv("SECRET_PREFIX", f"drupal/{STAGE}/")
    with mock_aws():
        iam = Recording(boto3.client("iam"))
        secrets = boto3.client("secretsmanager", region_name=REGION)
        yield iam, secrets


def add_site(aws, site: str, *, tagged: bool = True) -> None:
    iam, secrets = aws
    iam.create_user(UserName=user_of(site))
    tags = [{"Key": index.MAIL_USER_TAG, "Value": user_of(site)}] if tagged else []
    # As the tenant stack creates it: a generated placeholder with an empty username.
    secrets.create_secret(Name=secret_of(site), SecretString=json.dumps({"username": "", "password": "generated"}), Tags=tags)


def keys(aws, site: str) -> list[dict]:
    return sorted(aws[0].list_access_keys(UserName=user_of(site))["AccessKeyMetadata"], key=lambda k: k["CreateDate"])


def secret(aws, site: str) -> dict:
    return json.loads(aws[1].get_secret_value(SecretId=secret_of(site))["SecretString"])


def age(site: str, by: dt.timedelta) -> None:
    for key in iam_backends[DEFAULT_ACCOUNT_ID]["global"].users[user_of(site)].access_keys:
        key.create_date = key.create_date - by


def request(kind: str, site: str, **extra) -> dict:
    event = {"RequestType": kind, "ResourceProperties": {"UserName": user_of(site), "SecretName": secret_of(site)}}
    event.update(extra)
    return event


def run(aws, event: dict):
    return index.on_event(event, clients=aws)


def schedule(aws):
    return run(aws, {"source": "aws.events", "detail-type": "Scheduled Event"})


# --- the password --------------------------------------------------------------------------
def botocore_smtp_password(secret_access_key: str, region: str) -> str:
    """An independent computation: botocore's SigV4 signer derives the same key chain
    (date 11111111, region, ses, aws4_request) and signs the string 'SendRawEmail'."""
    signer = botocore.auth.SigV4Auth(botocore.credentials.Credentials("AKIDEXAMPLE", secret_access_key), "ses", region)
    req = botocore.awsrequest.AWSRequest(method="POST", url=f"https://email.{region}.amazonaws.com/")
    req.context["timestamp"] = "11111111T000000Z"
    signature = bytes.fromhex(signer.signature("SendRawEmail", req))
    import base64

    return base64.b64encode(bytes([0x04]) + signature).decode()


@pytest.mark.parametrize("region", ["us-east-1", "eu-west-1", "ap-southeast-2"])
@pytest.mark.parametrize("secret_key", ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "x" * 40, "ab+/CD=="])
def test_password_matches_botocores_sigv4_signer(secret_key, region):
    assert index.smtp_password(secret_key, region) == botocore_smtp_password(secret_key, region)


# --- create ----------------------------------------------------------------------------------
def test_create_issues_one_key_and_writes_only_the_secret(aws, caplog):
    add_site(aws, "alpha")
    caplog.set_level(logging.DEBUG)
    response = run(aws, request("Create", "alpha"))
    [key] = keys(aws, "alpha")
    [issued] = aws[0].issued
    value = secret(aws, "alpha")
    assert value == {"username": key["AccessKeyId"], "password": index.smtp_password(issued["SecretAccessKey"], REGION)}
    # CloudFormation gets the user's name and nothing else; the logs name no key.
    assert response == {"PhysicalResourceId": user_of("alpha")}
    for leaked in (issued["AccessKeyId"], issued["SecretAccessKey"], value["password"]):
        assert leaked not in json.dumps(response) and leaked not in caplog.text


def test_create_never_makes_a_third_key(aws):
    """A user that already has two keys (none of them in the secret): the oldest goes first."""
    add_site(aws, "alpha")
    for _ in range(2):
        aws[0].create_access_key(UserName=user_of("alpha"))
    age("alpha", dt.timedelta(days=1))
    before = [k["AccessKeyId"] for k in keys(aws, "alpha")]
    run(aws, request("Create", "alpha"))
    after = [k["AccessKeyId"] for k in keys(aws, "alpha")]
    assert len(after) == 2 and before[0] not in after and before[1] in after
    assert secret(aws, "alpha")["username"] == after[1]


def test_create_again_keeps_the_live_key(aws):
    """A repeated Create (or an Update) with the secret already holding a live key issues nothing."""
    add_site(aws, "alpha")
    run(aws, request("Create", "alpha"))
    first = secret(aws, "alpha")
    run(aws, request("Update", "alpha", PhysicalResourceId=user_of("alpha")))
    assert secret(aws, "alpha") == first and len(keys(aws, "alpha")) == 1


def test_a_failed_write_leaves_no_key_behind_after_rollback(aws):
    iam, _ = aws
    iam.create_user(UserName=user_of("alpha"))  # no secret: the write fails
    with pytest.raises(Exception):
        run(aws, request("Create", "alpha"))
    assert len(keys(aws, "alpha")) == 1  # issued, never written
    run(aws, request("Delete", "alpha", PhysicalResourceId="a-failed-create"))
    assert keys(aws, "alpha") == []


# --- rotate ----------------------------------------------------------------------------------
def test_rotation_overlaps_two_keys_and_never_drops_to_zero(aws):
    add_site(aws, "alpha")
    run(aws, request("Create", "alpha"))
    [first] = keys(aws, "alpha")

    schedule(aws)  # young key: nothing to do
    assert [k["AccessKeyId"] for k in keys(aws, "alpha")] == [first["AccessKeyId"]]

    age("alpha", dt.timedelta(days=ROTATE_DAYS, minutes=1))
    schedule(aws)  # due: a successor, written to the secret; the old key still works
    old, new = keys(aws, "alpha")
    assert old["AccessKeyId"] == first["AccessKeyId"]
    assert secret(aws, "alpha")["username"] == new["AccessKeyId"]

    age("alpha", dt.timedelta(hours=RETIRE_HOURS - 1))
    schedule(aws)  # ESO and the pods may still hold the old key
    assert len(keys(aws, "alpha")) == 2

    age("alpha", dt.timedelta(hours=1, minutes=1))
    schedule(aws)  # the successor has been in the secret long enough
    assert [k["AccessKeyId"] for k in keys(aws, "alpha")] == [new["AccessKeyId"]]
    assert secret(aws, "alpha")["username"] == new["AccessKeyId"]


def test_rotation_never_makes_a_third_key_while_two_overlap(aws):
    add_site(aws, "alpha")
    run(aws, request("Create", "alpha"))
    age("alpha", dt.timedelta(days=ROTATE_DAYS + 1))
    schedule(aws)
    # Both keys look due (moto ages every key), but retiring comes first: one remains, none is added.
    age("alpha", dt.timedelta(days=ROTATE_DAYS + 1))
    schedule(aws)
    assert len(keys(aws, "alpha")) == 1
    schedule(aws)  # the survivor is now over the age: its successor
    assert len(keys(aws, "alpha")) == 2


def test_a_key_issued_but_never_written_is_deleted(aws):
    add_site(aws, "alpha")
    run(aws, request("Create", "alpha"))
    live = secret(aws, "alpha")["username"]
    aws[0].create_access_key(UserName=user_of("alpha"))  # as if a run died before writing
    schedule(aws)
    assert [k["AccessKeyId"] for k in keys(aws, "alpha")] == [live]


def test_one_broken_site_does_not_stop_the_others(aws):
    add_site(aws, "alpha")
    add_site(aws, "beta")
    add_site(aws, "untagged", tagged=False)
    for site in ("alpha", "beta", "untagged"):
        run(aws, request("Create", site))
    age("alpha", dt.timedelta(days=ROTATE_DAYS + 1))
    age("untagged", dt.timedelta(days=ROTATE_DAYS + 1))
    aws[0].broken.add(user_of("beta"))  # IAM fails for beta
    with pytest.raises(RuntimeError, match=user_of("beta")):
        schedule(aws)
    assert len(keys(aws, "alpha")) == 2  # rotated all the same
    assert len(keys(aws, "untagged")) == 1  # not a mail secret of the schedule's


def test_a_removed_site_whose_secret_is_retained_is_skipped(aws):
    """Decommissioned or removed: Delete removed the keys, CloudFormation the user; the tagged
    secret stays (RETAIN). The schedule passes it by without an error (no alarm every 6 hours)."""
    add_site(aws, "alpha")
    add_site(aws, "gone")
    run(aws, request("Create", "gone"))
    run(aws, request("Delete", "gone", PhysicalResourceId=user_of("gone")))
    aws[0].delete_user(UserName=user_of("gone"))
    assert schedule(aws) is None
    assert secret(aws, "gone")["username"]  # kept as it was


# --- delete ----------------------------------------------------------------------------------
def test_delete_removes_the_keys_and_keeps_the_secret(aws):
    add_site(aws, "alpha")
    run(aws, request("Create", "alpha"))
    age("alpha", dt.timedelta(days=ROTATE_DAYS + 1))
    schedule(aws)
    kept = secret(aws, "alpha")
    assert run(aws, request("Delete", "alpha", PhysicalResourceId=user_of("alpha"))) == {"PhysicalResourceId": user_of("alpha")}
    assert keys(aws, "alpha") == []
    aws[0].delete_user(UserName=user_of("alpha"))  # what CloudFormation does next: no key blocks it
    assert secret(aws, "alpha") == kept


def test_delete_of_a_user_that_is_gone_succeeds(aws):
    add_site(aws, "alpha")
    aws[0].delete_user(UserName=user_of("alpha"))
    assert run(aws, request("Delete", "alpha", PhysicalResourceId=user_of("alpha"))) == {"PhysicalResourceId": user_of("alpha")}


def test_a_change_of_user_moves_the_credential(aws):
    """Update to another user: the new user's key is written; CloudFormation then deletes the old
    physical resource, whose Delete carries the old properties."""
    add_site(aws, "alpha")
    run(aws, request("Create", "alpha"))
    aws[0].create_user(UserName="drupal-prod-alpha2-mail")
    update = {"RequestType": "Update", "PhysicalResourceId": user_of("alpha"),
              "ResourceProperties": {"UserName": "drupal-prod-alpha2-mail", "SecretName": secret_of("alpha")}}
    assert run(aws, update) == {"PhysicalResourceId": "drupal-prod-alpha2-mail"}
    [new] = aws[0].list_access_keys(UserName="drupal-prod-alpha2-mail")["AccessKeyMetadata"]
    assert secret(aws, "alpha")["username"] == new["AccessKeyId"]
    run(aws, request("Delete", "alpha", PhysicalResourceId=user_of("alpha")))
    assert keys(aws, "alpha") == []
