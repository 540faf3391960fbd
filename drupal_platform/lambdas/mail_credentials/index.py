"""SES SMTP credentials of every site of a stage: one function per stage (drupal-<stage>-mail-credentials).

Two callers:
- CloudFormation, through the stage's custom-resource Provider (Custom::MailCredentials in each
  tenant stack): Create/Update issue a key for the site's mail user and write {username, password}
  into the site's mail secret; Delete removes the user's keys (the user itself can then be
  deleted) and keeps the secret (RETAIN).
- The stage's schedule (EventBridge, hourly): every site whose mail secret carries MAIL_USER_TAG is
  brought one step towards its steady state - a key older than ROTATE_AFTER_DAYS gets a successor,
  and the older of two keys is deleted once its successor has been in the secret for
  RETIRE_AFTER_HOURS. So a user has one key, or two for a while, never none and never three
  (IAM allows two).

The secret access key and the SMTP password never leave this function except into Secrets
Manager: nothing is returned to CloudFormation (no Data), and nothing about a key is logged.
Standard library and the runtime's boto3 only: the asset is this directory.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import logging
import os
from dataclasses import dataclass

# --- the SMTP password (AWS: "Obtaining Amazon SES SMTP credentials", SigV4 version) ----------
SMTP_DATE = "11111111"
SMTP_SERVICE = "ses"
SMTP_TERMINAL = "aws4_request"
SMTP_MESSAGE = "SendRawEmail"
SMTP_VERSION = 0x04

# Tag on a site's mail secret naming its IAM user (set by the tenant stack): what the schedule lists.
MAIL_USER_TAG = "drupal-platform:mail-user"

log = logging.getLogger()
log.setLevel(logging.INFO)
# The SDK's DEBUG logs carry request and response bodies (the secret key, the password): never
# emitted, whatever level the Lambda's logging configuration sets.
for _sdk in ("botocore", "boto3", "urllib3"):
    logging.getLogger(_sdk).setLevel(logging.WARNING)


def _sign(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).digest()


def smtp_password(secret_access_key: str, region: str) -> str:
    """The SES SMTP password of an IAM secret access key in one region (it differs per region)."""
    signature = _sign(("AWS4" + secret_access_key).encode("utf-8"), SMTP_DATE)
    for part in (region, SMTP_SERVICE, SMTP_TERMINAL, SMTP_MESSAGE):
        signature = _sign(signature, part)
    return base64.b64encode(bytes([SMTP_VERSION]) + signature).decode("ascii")


# --- the keys of one user ---------------------------------------------------------------------
@dataclass(frozen=True)
class Policy:
    rotate_after: dt.timedelta
    retire_after: dt.timedelta

    @classmethod
    def from_environment(cls) -> Policy:
        return cls(rotate_after=dt.timedelta(days=int(os.environ["ROTATE_AFTER_DAYS"])),
                   retire_after=dt.timedelta(hours=int(os.environ["RETIRE_AFTER_HOURS"])))


class Credentials:
    """One site: its IAM user's access keys and its mail secret."""

    def __init__(self, iam, secrets, *, user: str, secret_id: str, region: str) -> None:
        self.iam, self.secrets, self.user, self.secret_id, self.region = iam, secrets, user, secret_id, region

    def keys(self) -> list[dict]:
        """The user's keys, oldest first."""
        pages = self.iam.get_paginator("list_access_keys").paginate(UserName=self.user)
        return sorted((k for page in pages for k in page["AccessKeyMetadata"]), key=lambda k: k["CreateDate"])

    def current_key_id(self) -> str | None:
        """The key id the secret holds (its SMTP username), None before the first write."""
        try:
            value = json.loads(self.secrets.get_secret_value(SecretId=self.secret_id)["SecretString"])
        except (ValueError, KeyError, self.secrets.exceptions.ResourceNotFoundException):
            return None
        username = value.get("username") if isinstance(value, dict) else None
        return username or None

    def issue(self) -> None:
        """A new key, written into the secret at once; the secret key lives only in this frame."""
        key = self.iam.create_access_key(UserName=self.user)["AccessKey"]
        value = {"username": key["AccessKeyId"], "password": smtp_password(key["SecretAccessKey"], self.region)}
        self.secrets.put_secret_value(SecretId=self.secret_id, SecretString=json.dumps(value))
        log.info("issued a new SMTP key for %s and wrote it to %s", self.user, self.secret_id)

    def delete(self, key: dict, why: str) -> None:
        self.iam.delete_access_key(UserName=self.user, AccessKeyId=key["AccessKeyId"])
        log.info("deleted a key of %s (%s)", self.user, why)

    def step(self, now: dt.datetime, policy: Policy, *, force: bool = False) -> None:
        """One step towards the steady state (one key in the secret, younger than rotate_after).
        force: issue a key unless the secret already holds a live one (custom resource Create)."""
        keys = self.keys()
        current = self.current_key_id()
        live = next((k for k in keys if k["AccessKeyId"] == current), None)
        if live is None:
            # The secret holds no key of this user: nobody reads the others from it. Keep the
            # newest (a pod started earlier may still hold it) and issue one: two keys at most.
            for key in keys[:-1]:
                self.delete(key, "not in the secret")
            self.issue()
            return
        others = [k for k in keys if k is not live]
        for key in others:
            if key["CreateDate"] > live["CreateDate"]:
                # Created by a run that failed before writing the secret: nobody ever received it.
                self.delete(key, "issued but never written to the secret")
            elif now - live["CreateDate"] >= policy.retire_after:
                self.delete(key, f"its successor has been in the secret for {policy.retire_after}")
        if not others and not force and now - live["CreateDate"] >= policy.rotate_after:
            self.issue()

    def remove_keys(self) -> None:
        """Every key of the user (before CloudFormation deletes the user); the secret stays."""
        try:
            keys = self.keys()
        except self.iam.exceptions.NoSuchEntityException:
            return
        for key in keys:
            self.delete(key, "the site's mail credentials were removed")


# --- entry points -----------------------------------------------------------------------------
def _clients():
    import boto3  # the Lambda runtime's; imported here so smtp_password needs no AWS SDK

    return boto3.client("iam"), boto3.client("secretsmanager")


def on_event(event: dict, context=None, *, clients=None, now: dt.datetime | None = None) -> dict | None:
    iam, secrets = clients or _clients()
    now = now or dt.datetime.now(dt.timezone.utc)
    region = os.environ["AWS_REGION"]
    policy = Policy.from_environment()
    if "RequestType" in event:
        return _custom_resource(event, iam, secrets, region, now, policy)
    return _rotate_all(iam, secrets, region, now, policy)


def _custom_resource(event: dict, iam, secrets, region: str, now: dt.datetime, policy: Policy) -> dict:
    props = event["ResourceProperties"]
    site = Credentials(iam, secrets, user=props["UserName"], secret_id=props["SecretName"], region=region)
    kind = event["RequestType"]
    if kind == "Delete":
        # The properties of the resource being deleted: after a change of user, the old one.
        site.remove_keys()
    else:
        site.step(now, policy, force=True)
    # The user's name, not the key id; no Data: nothing of the key reaches CloudFormation.
    return {"PhysicalResourceId": site.user}


def _rotate_all(iam, secrets, region: str, now: dt.datetime, policy: Policy) -> None:
    """The schedule: every site of this stage, one step each; a failing site does not stop the others."""
    prefix = os.environ["SECRET_PREFIX"]
    failed = []
    pages = secrets.get_paginator("list_secrets").paginate(
        Filters=[{"Key": "name", "Values": [prefix]}, {"Key": "tag-key", "Values": [MAIL_USER_TAG]}])
    for page in pages:
        for entry in page["SecretList"]:
            user = next((t["Value"] for t in entry.get("Tags", []) if t["Key"] == MAIL_USER_TAG), None)
            if not user:
                continue
            try:
                Credentials(iam, secrets, user=user, secret_id=entry["ARN"], region=region).step(now, policy)
            except iam.exceptions.NoSuchEntityException:
                # A decommissioned or removed site: its user is gone, its secret is retained.
                log.info("no user %s: nothing to rotate", user)
            except Exception as error:  # noqa: BLE001 - reported below, after every other site had its turn
                log.error("mail credentials of %s: %s", user, type(error).__name__)
                failed.append(user)
    if failed:
        # The function's Errors metric raises the stage alarm.
        raise RuntimeError(f"rotation failed for {len(failed)} site(s): {', '.join(failed)}")
    return None
