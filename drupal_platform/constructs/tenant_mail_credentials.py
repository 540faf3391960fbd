"""A site's SES SMTP credential and its mail alarms (issue 20 items 2 and 5).

Custom::MailCredentials asks the stage's mail-credentials function (one per stage, through its
Provider's service token) to issue a key for the site's mail user and write {username, password}
into the site's mail secret; the function returns nothing of the key, so no template, output,
response or log holds it. Deleting the resource deletes the user's keys (before CloudFormation
deletes the user); the secret is RETAINed by TenantSecrets. Rotation is the stage's (schedule).

Alarms: bounce rate above 5 % and complaint rate above 0.1 % over a day, from the configuration
set's event metrics (contracts.MAIL_METRICS, dimension contracts.MAIL_METRIC_DIMENSION), to the
stage's mail topic. The user and configuration set come from TenantMail (h/20-ses).
"""

from __future__ import annotations

from aws_cdk import CustomResource
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_cloudwatch_actions as actions
from aws_cdk import aws_iam as iam
from aws_cdk import aws_secretsmanager as sm
from aws_cdk import aws_sns as sns
from constructs import Construct

from drupal_platform import contracts
from drupal_platform.constructs.mail_metrics import mail_rate

# Alarm construct id, metric event, threshold (a fraction of mails sent).
RATE_ALARMS = (("BounceRate", "bounced", contracts.MAIL_BOUNCE_RATE_ALARM), ("ComplaintRate", "complained", contracts.MAIL_COMPLAINT_RATE_ALARM))


class TenantMailCredentials(Construct):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        stage: str,
        tenant: str,
        user: iam.IUser,
        configuration_set_name: str,
        secret: sm.ISecret,
        service_token: str,
        alarm_topic: sns.ITopic,
    ) -> None:
        super().__init__(scope, construct_id)
        self.credentials = CustomResource(
            self, "Credentials",
            service_token=service_token,
            resource_type="Custom::MailCredentials",
            # Names only. The function writes the key into the secret and returns no Data.
            properties={"UserName": user.user_name, "SecretName": contracts.mail_secret_name(stage, tenant)},
        )
        # The secret must exist before the key is written into it, and outlive the Delete
        # (RETAIN anyway); the user must exist first and be deleted after its keys.
        self.credentials.node.add_dependency(secret)
        self.credentials.node.add_dependency(user)
        self.alarms: dict[str, cloudwatch.Alarm] = {}
        for construct_name, event, threshold in RATE_ALARMS:
            alarm = cloudwatch.Alarm(
                self, construct_name,
                alarm_name=f"{configuration_set_name}-mail-{event}-rate",
                alarm_description=f"drupal-platform {stage}/{tenant}: {event} mails over {threshold:.1%} of those sent in a day "
                                  f"(SES reviews the whole account near 10 % bounces / 0.5 % complaints; README \"Mail\": pause one site)",
                metric=mail_rate(configuration_set_name, event),
                threshold=threshold,
                evaluation_periods=1,
                comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
                treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING,
            )
            alarm.add_alarm_action(actions.SnsAction(alarm_topic))
            self.alarms[event] = alarm
