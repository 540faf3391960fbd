"""Mail credentials and mail alarms in the templates (issue 20 items 2 and 5; the function itself:
tests/lambdas). A site that sends through SES gets Custom::MailCredentials from the stage's one
function; nothing of its key is in any template; alarms read its configuration set's metrics."""

from __future__ import annotations

import fnmatch
import json

from drupal_platform import contracts
from drupal_platform.constructs import stage_parameters as params
from drupal_platform.constructs.platform.mail_credentials import CODE
from drupal_platform.lambdas.mail_credentials import index
from tests.tenant.helpers import of_type

SENDING = "prod/Tenant-alpha"  # prod is a production stage: mail mode ses
CATCHING = "dev/Tenant-alpha"  # dev catches (no opt-in)


def _param_ref(template: dict, value, key: str) -> bool:
    """value is a Ref to the template parameter that reads SSM parameter `key` of the stage."""
    ref = value.get("Ref") if isinstance(value, dict) else None
    return ref is not None and template["Parameters"][ref]["Default"] == params.parameter_name("prod", key)


def test_a_sending_site_gets_one_credential_resource_with_names_only(assembly):
    t = assembly.template(SENDING)
    [(logical_id, cr)] = of_type(t, "Custom::MailCredentials").items()
    props = cr["Properties"]
    assert set(props) == {"ServiceToken", "UserName", "SecretName"}
    assert _param_ref(t, props["ServiceToken"], params.MAIL_CREDENTIALS_SERVICE_TOKEN)
    assert props["SecretName"] == contracts.mail_secret_name("prod", "alpha")
    [(user_id, user)] = of_type(t, "AWS::IAM::User").items()
    assert props["UserName"] == {"Ref": user_id} and user["Properties"]["UserName"] == contracts.mail_user_name("prod", "alpha")
    # Created after (deleted before) the secret it writes and the user whose keys it makes.
    [secret_id] = [k for k, s in of_type(t, "AWS::SecretsManager::Secret").items()
                   if s["Properties"]["Name"] == contracts.mail_secret_name("prod", "alpha")]
    assert {secret_id, user_id} <= set(cr["DependsOn"])
    # Nothing reads the resource's attributes, and the stack has no output: no key can surface.
    assert f'"Fn::GetAtt": ["{logical_id}"' not in json.dumps(t)
    assert "Outputs" not in t or not any("Mail" in k for k in t["Outputs"])
    assert not of_type(t, "AWS::IAM::AccessKey")


def test_a_catching_site_has_no_mail_user_secret_or_alarm(assembly):
    t = assembly.template(CATCHING)
    for kind in ("Custom::MailCredentials", "AWS::IAM::User", "AWS::CloudWatch::Alarm"):
        assert not of_type(t, kind), kind
    names = {s["Properties"]["Name"] for s in of_type(t, "AWS::SecretsManager::Secret").values()}
    assert contracts.mail_secret_name("dev", "alpha") not in names


def test_bounce_and_complaint_rate_alarms_over_a_day_on_the_sites_configuration_set(assembly):
    t = assembly.template(SENDING)
    alarms = {a["Properties"]["AlarmName"]: a["Properties"] for a in of_type(t, "AWS::CloudWatch::Alarm").values()}
    cs = contracts.mail_configuration_set_name("prod", "alpha")
    expected = {f"{cs}-mail-bounced-rate": ("Bounce", 0.05), f"{cs}-mail-complained-rate": ("Complaint", 0.001)}
    assert set(alarms) == set(expected)
    for name, (event_metric, threshold) in expected.items():
        a = alarms[name]
        assert a["Threshold"] == threshold and a["ComparisonOperator"] == "GreaterThanThreshold"
        assert a["EvaluationPeriods"] == 1 and a["TreatMissingData"] == "notBreaching"
        assert len(a["AlarmActions"]) == 1 and _param_ref(t, a["AlarmActions"][0], params.MAIL_ALARM_TOPIC_ARN)
        metrics = {m["Id"]: m for m in a["Metrics"]}
        [expr] = [m for m in metrics.values() if "Expression" in m]
        assert expr["ReturnData"] is True and "FILL(events, 0) / FILL(sent, 0)" in expr["Expression"]
        for mid, metric_name in (("sent", "Send"), ("events", event_metric)):
            stat = metrics[mid]["MetricStat"]
            assert metrics[mid]["ReturnData"] is False
            assert stat["Period"] == 86400 and stat["Stat"] == "Sum"
            assert stat["Metric"] == {"Namespace": "AWS/SES", "MetricName": metric_name,
                                      "Dimensions": [{"Name": "ses:configuration-set", "Value": cs}]}


# --- the stage's function ----------------------------------------------------------------------
def test_one_function_per_stage_with_the_contracts_settings(assembly):
    for stage in ("dev", "prod"):
        t = assembly.template(f"{stage}/Platform-Data")
        functions = {f["Properties"].get("FunctionName"): f["Properties"] for f in of_type(t, "AWS::Lambda::Function").values()}
        fn = functions[contracts.mail_credentials_function_name(stage)]
        assert fn["Handler"] == "index.on_event" and fn["Runtime"].startswith("python3")
        assert fn["Environment"]["Variables"] == {
            "ROTATE_AFTER_DAYS": "90", "RETIRE_AFTER_HOURS": str(contracts.MAIL_KEY_RETIRE_AFTER_HOURS),
            "SECRET_PREFIX": f"drupal/{stage}/"}
        rules = [r["Properties"] for r in of_type(t, "AWS::Events::Rule").values()]
        assert [r["ScheduleExpression"] for r in rules] == ["rate(6 hours)"]
        names = {p["Properties"]["Name"] for p in of_type(t, "AWS::SSM::Parameter").values()}
        assert {params.parameter_name(stage, params.MAIL_CREDENTIALS_SERVICE_TOKEN),
                params.parameter_name(stage, params.MAIL_ALARM_TOPIC_ARN)} <= names
        [board] = of_type(t, "AWS::CloudWatch::Dashboard").values()
        assert board["Properties"]["DashboardName"] == f"drupal-{stage}-mail"
        body = json.loads("".join(p if isinstance(p, str) else "REGION" for p in board["Properties"]["DashboardBody"]["Fn::Join"][1]))
        [site] = body["variables"]
        assert site["property"] == "ses:configuration-set" and site["populateFrom"] == "ses:configuration-set"
        shown = {m[1] for w in body["widgets"] for m in w["properties"]["metrics"] if m[0] == "AWS/SES"}
        assert shown == {"Send", "Bounce", "Complaint"}
    # The tenant stacks hold no function: 1,000 sites, still one function per stage.
    for name in assembly.names():
        if "/Tenant-" in name:
            assert not of_type(assembly.template(name), "AWS::Lambda::Function"), name


def _role_statements(t: dict) -> list[dict]:
    fn = next(f for f in of_type(t, "AWS::Lambda::Function").values()
              if f["Properties"].get("FunctionName") == contracts.mail_credentials_function_name("prod"))
    role_id = fn["Properties"]["Role"]["Fn::GetAtt"][0]
    return [s for p in of_type(t, "AWS::IAM::Policy").values() if {"Ref": role_id} in p["Properties"]["Roles"]
            for s in p["Properties"]["PolicyDocument"]["Statement"]]


def _allows(statements: list[dict], action: str, resource: str) -> bool:
    def listed(value, pattern_of):
        return any(fnmatch.fnmatchcase(pattern_of, v) for v in (value if isinstance(value, list) else [value]))
    return any(s["Effect"] == "Allow" and listed(s["Action"], action) and listed(s["Resource"], resource) for s in statements)


def test_the_function_may_touch_only_mail_users_and_mail_secrets(assembly):
    """Evaluated per statement: the role's wildcards match every site's mail user and secret, and
    nothing else a tenant owns (its database secret, its IRSA role, another stage's users)."""
    statements = _role_statements(assembly.template("prod/Platform-Data"))
    iam_arn, sm_arn = "arn:aws:iam::222222222222:", "arn:aws:secretsmanager:eu-west-1:222222222222:secret:"
    for action in ("iam:CreateAccessKey", "iam:DeleteAccessKey", "iam:ListAccessKeys"):
        assert _allows(statements, action, f"{iam_arn}user/drupal-prod-alpha-mail")
        assert not _allows(statements, action, f"{iam_arn}user/drupal-dev-alpha-mail")
        assert not _allows(statements, action, f"{iam_arn}user/platform-admin")
    assert not _allows(statements, "iam:CreateUser", f"{iam_arn}user/drupal-prod-alpha-mail")
    assert not _allows(statements, "iam:AttachUserPolicy", f"{iam_arn}user/drupal-prod-alpha-mail")
    for action in ("secretsmanager:PutSecretValue", "secretsmanager:GetSecretValue"):
        assert _allows(statements, action, f"{sm_arn}drupal/prod/alpha/mail-AbC123")
        assert not _allows(statements, action, f"{sm_arn}drupal/prod/alpha/db-AbC123")
        assert not _allows(statements, action, f"{sm_arn}drupal/prod/alpha/mysql-AbC123")
    assert not _allows(statements, "secretsmanager:DeleteSecret", f"{sm_arn}drupal/prod/alpha/mail-AbC123")


def test_function_asset_is_the_code_directory_and_agrees_on_the_tag(assembly):
    assert index.MAIL_USER_TAG == contracts.MAIL_USER_TAG
    t = assembly.template("prod/Platform-Data")
    fn = next(f for f in of_type(t, "AWS::Lambda::Function").values()
              if f["Properties"].get("FunctionName") == contracts.mail_credentials_function_name("prod"))
    asset_hash = fn["Properties"]["Code"]["S3Key"].removesuffix(".zip")
    [staged] = {p.name: p for p in assembly.outdir.rglob(f"asset.{asset_hash}") if p.is_dir()}.values()
    # Only the handler: no __init__.py or bytecode (a stale .pyc would change the asset hash).
    assert sorted(p.name for p in staged.iterdir()) == ["index.py"]
    assert (staged / "index.py").read_text() == (CODE / "index.py").read_text()
