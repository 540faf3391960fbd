"""The stage's mail-credentials service (issue 20 items 2 and 5): one function for every site.

`drupal-<stage>-mail-credentials` (drupal_platform/lambdas/mail_credentials) issues each site's
SES SMTP key into its mail secret when the tenant stack's Custom::MailCredentials is created,
removes the keys when it is deleted, and rotates every site's key on a schedule with two keys
overlapping. One function and one custom-resource Provider per stage, not per tenant: 1,000
sites add no Lambda function and no IAM role. Tenant stacks reach the Provider through an SSM
parameter (its service token), and their mail alarms reach the stage's mail topic the same way.
"""

from __future__ import annotations

from pathlib import Path

from aws_cdk import ArnFormat, Duration, RemovalPolicy, Stack
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_cloudwatch_actions as actions
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_sns as sns
from aws_cdk import custom_resources as cr
from constructs import Construct

from drupal_platform import contracts, nag
from drupal_platform.config import StageConfig
from drupal_platform.constructs.mail_metrics import mail_metric, mail_rate

from .common import checkov_skip

CODE = Path(__file__).resolve().parents[2] / "lambdas" / "mail_credentials"
# Often enough that a retired key goes soon after MAIL_KEY_RETIRE_AFTER_HOURS; each run costs one
# ListSecrets page per 100 sites and a ListAccessKeys + GetSecretValue per site.
SCHEDULE = Duration.hours(6)
LOG_RETENTION = logs.RetentionDays.THREE_MONTHS

FUNCTION_SKIPS = (
    ("CKV_AWS_116", "invoked synchronously by the Provider (CloudFormation sees the failure) and by the schedule, "
                    "whose failures raise the stage's mail alarm through the function's Errors metric; a DLQ would hold nothing to replay"),
    ("CKV_AWS_117", "calls only the IAM and Secrets Manager APIs; outside the VPC it needs no NAT or endpoint"),
    ("CKV_AWS_173", "its environment holds only durations and a name prefix, no secret"),
)
PROVIDER_SKIPS = (
    ("CKV_AWS_115", "aws-cdk-lib provider function: invoked only by CloudFormation during deployments; reserved concurrency would only throttle deploys"),
    ("CKV_AWS_116", "aws-cdk-lib provider function: CloudFormation receives its failures synchronously; a DLQ would hold nothing actionable"),
    ("CKV_AWS_117", "aws-cdk-lib provider function: only invokes the mail-credentials function; it needs no VPC"),
    ("CKV_AWS_173", "aws-cdk-lib provider function: its environment holds the user function's name only"),
)


class MailCredentialsService(Construct):
    """The function, its Provider, the rotation schedule, and the stage's mail alarm topic."""

    def __init__(self, scope: Construct, construct_id: str, *, stage: StageConfig, key: kms.IKey) -> None:
        super().__init__(scope, construct_id)
        stack = Stack.of(self)
        name = contracts.mail_credentials_function_name(stage.name)
        self.topic = self._alarm_topic(stage)
        log_group = logs.LogGroup(self, "Logs", log_group_name=f"/aws/lambda/{name}", retention=LOG_RETENTION,
                                  removal_policy=RemovalPolicy.RETAIN)
        checkov_skip(log_group, ("CKV_AWS_158", "holds site and user names only (never a key: tests/lambdas), "
                                                "encrypted with CloudWatch Logs' own key; the stage key's policy does not admit the logs service"))
        role = iam.Role(self, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
                        description=f"drupal-platform {stage.name}: issues and rotates the sites' SES SMTP keys")
        role.add_to_policy(iam.PolicyStatement(actions=["logs:CreateLogStream", "logs:PutLogEvents"], resources=[log_group.log_group_arn]))
        users = stack.format_arn(service="iam", region="", resource="user", resource_name=contracts.mail_user_name(stage.name, "*"))
        secrets = stack.format_arn(service="secretsmanager", resource="secret", arn_format=ArnFormat.COLON_RESOURCE_NAME,
                                   resource_name=contracts.mail_secret_name(stage.name, "*") + "-??????")
        # Only the sites' mail users (contracts.mail_user_name) and only their access keys.
        role.add_to_policy(iam.PolicyStatement(
            sid="SiteMailUserKeys",
            actions=["iam:ListAccessKeys", "iam:CreateAccessKey", "iam:DeleteAccessKey"],
            resources=[users]))
        role.add_to_policy(iam.PolicyStatement(
            sid="SiteMailSecrets",
            actions=["secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue"],
            resources=[secrets]))
        # ListSecrets has no resource-level permissions; it returns names and tags, never values.
        role.add_to_policy(iam.PolicyStatement(sid="FindSiteMailSecrets", actions=["secretsmanager:ListSecrets"], resources=["*"]))
        role.add_to_policy(iam.PolicyStatement(
            sid="StageKeyThroughSecretsManager",
            actions=["kms:Decrypt", "kms:GenerateDataKey"],
            resources=[key.key_arn],
            conditions={"StringEquals": {"kms:ViaService": f"secretsmanager.{stage.region}.amazonaws.com"}}))
        nag.acknowledge(role, f"AwsSolutions-IAM5[Resource::{users}]",
                        "every site's mail user of this stage, by the naming contract: sites are added without changing this stack")
        nag.acknowledge(role, f"AwsSolutions-IAM5[Resource::{secrets}]",
                        "every site's mail secret of this stage, by the naming contract (plus Secrets Manager's random suffix)")
        nag.acknowledge(role, "AwsSolutions-IAM5[Resource::*]", "secretsmanager:ListSecrets supports no resource-level permission")

        self.function = lambda_.Function(
            self, "Function",
            function_name=name,
            description=f"drupal-platform {stage.name}: sites' SES SMTP keys into their mail secrets; rotation",
            runtime=lambda_.Runtime.PYTHON_3_13,
            handler="index.on_event",
            code=lambda_.Code.from_asset(str(CODE), exclude=["__pycache__", "*.pyc", "__init__.py"]),
            role=role,
            timeout=Duration.minutes(10),
            memory_size=256,
            # One rotation sweep and a deploy wave's custom resources at a time are plenty; a cap
            # keeps the IAM API (account-wide throttle) for everyone else.
            reserved_concurrent_executions=10,
            log_group=log_group,
            environment={
                "ROTATE_AFTER_DAYS": str(contracts.MAIL_KEY_ROTATION_DAYS),
                "RETIRE_AFTER_HOURS": str(contracts.MAIL_KEY_RETIRE_AFTER_HOURS),
                "SECRET_PREFIX": f"{contracts.secret_prefix(stage.name, '')}",
            },
        )
        checkov_skip(self.function, *FUNCTION_SKIPS)
        nag.acknowledge(self.function, "AwsSolutions-L1", "Python 3.13 is the newest runtime whose boto3 the function was tested against (moto, tests/lambdas)")

        provider_logs = logs.LogGroup(self, "ProviderLogs", retention=LOG_RETENTION, removal_policy=RemovalPolicy.DESTROY)
        checkov_skip(provider_logs, ("CKV_AWS_158", "the provider framework logs request envelopes (user and secret names, no Data), never a key"))
        # Its own role with inline grants (the library's default attaches AWSLambdaBasicExecutionRole).
        provider_role = iam.Role(self, "ProviderRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
                                 description=f"drupal-platform {stage.name}: custom-resource Provider of the mail-credentials function")
        provider_role.add_to_policy(iam.PolicyStatement(actions=["logs:CreateLogStream", "logs:PutLogEvents"],
                                                        resources=[provider_logs.log_group_arn]))
        self.provider = cr.Provider(self, "Provider", on_event_handler=self.function, log_group=provider_logs, framework_on_event_role=provider_role)
        for child in self.provider.node.find_all():
            if getattr(child, "cfn_resource_type", None) == "AWS::Lambda::Function":
                checkov_skip(child, *PROVIDER_SKIPS)
        function_id = stack.get_logical_id(self.function.node.default_child)
        nag.acknowledge(provider_role, f"AwsSolutions-IAM5[Resource::<{function_id}.Arn>:*]",
                        "aws-cdk-lib provider framework: invokes the mail-credentials function (any version/alias)")
        nag.acknowledge(self.provider, "AwsSolutions-L1", "aws-cdk-lib provider framework: its runtime is the library's choice")
        self.service_token = self.provider.service_token

        events.Rule(self, "Rotation", schedule=events.Schedule.rate(SCHEDULE),
                    description=f"drupal-platform {stage.name}: rotate the sites' SES SMTP keys (two overlap)",
                    targets=[targets.LambdaFunction(self.function, retry_attempts=0)])
        errors = self.function.metric_errors(period=Duration.hours(6), statistic="Sum")
        alarm = cloudwatch.Alarm(self, "Errors", metric=errors, threshold=1, evaluation_periods=1,
                                 comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
                                 treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING,
                                 alarm_description=f"drupal-platform {stage.name}: a site's SES SMTP key could not be issued or rotated (logs: {name})")
        alarm.add_alarm_action(actions.SnsAction(self.topic))
        self.dashboard = self._dashboard(stage)

    def _dashboard(self, stage: StageConfig) -> cloudwatch.Dashboard:
        """One dashboard per stage with a site picker (the configuration sets SES has published
        metrics for): sent, bounced and complained per hour, and the two daily rates against the
        alarm thresholds. One per site would cost $3 a month each and change with every tenant."""
        placeholder = contracts.mail_configuration_set_name(stage.name, "site")  # replaced by the picker
        hour = Duration.hours(1)
        counts = cloudwatch.GraphWidget(
            title="Mails per hour: sent, bounced, complained", width=24, height=6,
            left=[mail_metric(placeholder, event, hour) for event in ("sent", "bounced", "complained")])
        rates = [
            cloudwatch.GraphWidget(
                title=f"{event.capitalize()} rate over a day (alarm above {threshold:.1%})", width=12, height=6,
                left=[mail_rate(placeholder, event)],
                left_annotations=[cloudwatch.HorizontalAnnotation(value=threshold, label="alarm")])
            for event, threshold in (("bounced", contracts.MAIL_BOUNCE_RATE_ALARM), ("complained", contracts.MAIL_COMPLAINT_RATE_ALARM))
        ]
        site = cloudwatch.DashboardVariable(
            id="site", label="Site (configuration set)", type=cloudwatch.VariableType.PROPERTY,
            input_type=cloudwatch.VariableInputType.SELECT, value=contracts.MAIL_METRIC_DIMENSION,
            values=cloudwatch.Values.from_search_components(namespace=contracts.MAIL_METRIC_NAMESPACE,
                                                           dimensions=[contracts.MAIL_METRIC_DIMENSION],
                                                           metric_name=contracts.MAIL_METRICS["sent"],
                                                           populate_from=contracts.MAIL_METRIC_DIMENSION),
            default_value=cloudwatch.DefaultValue.FIRST, visible=True)
        return cloudwatch.Dashboard(self, "Dashboard", dashboard_name=f"drupal-{stage.name}-mail", variables=[site],
                                    widgets=[[counts], rates])

    def _alarm_topic(self, stage: StageConfig) -> sns.Topic:
        """The stage's mail alarms (per-site bounce and complaint rates, rotation failures).
        Encrypted with its own key: CloudWatch alarms publish only to topics whose key policy
        admits cloudwatch.amazonaws.com, and the stage key's policy delegates to IAM alone."""
        topic_key = kms.Key(self, "TopicKey", description=f"drupal-platform {stage.name}: mail alarm topic",
                            enable_key_rotation=True, removal_policy=RemovalPolicy.RETAIN)
        topic_key.add_to_resource_policy(iam.PolicyStatement(
            sid="CloudWatchAlarmsPublish",
            principals=[iam.ServicePrincipal("cloudwatch.amazonaws.com")],
            actions=["kms:Decrypt", "kms:GenerateDataKey*"],
            resources=["*"],
            conditions={"StringEquals": {"aws:SourceAccount": stage.account}}))
        return sns.Topic(self, "Alarms", topic_name=f"drupal-{stage.name}-mail-alarms", display_name=f"drupal-platform {stage.name} mail",
                         master_key=topic_key, enforce_ssl=True)



