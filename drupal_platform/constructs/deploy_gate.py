"""The deploy gate's provider: one per stage, in the cluster stack; every tenant stack's
`Custom::DeployGate` (constructs/tenant_deploy_gate.py) is served by it.

aws-cdk-lib's custom-resource Provider (2.275, custom-resources/lib/provider-framework) runs the
handler (lambdas/deploy_gate/handler.py): its onEvent framework function calls ours, which
starts the deploy Job, then starts a Step Functions waiter that calls our isComplete every
QUERY_INTERVAL until it answers complete, raises (the tenant's stack fails with our message) or
TOTAL_TIMEOUT passes. No single Lambda waits for the Job, so a long `updatedb` is not cut at
15 minutes; CloudFormation itself waits at most an hour for a custom resource (ServiceTimeout's
maximum, contracts.DEPLOY_GATE_TIMEOUT_SECONDS), which bounds the whole deploy step.

The framework's onEvent function has a fixed name, `drupal-<stage>-deploy-gate`, so tenant
stacks compute its ARN (the service token, which CloudFormation never lets change) exactly as
they do the kubectl provider's (kubectl_provider.py). Our handler functions run with the pinned
kubectl layer and their own role, which an EKS access entry maps to contracts.DEPLOY_GATE_GROUP
(bound by the platform services' deploy-gate ClusterRole to exactly what the gate does) - not
the kubectl provider's cluster-admin role.
"""

from __future__ import annotations

from pathlib import Path

from aws_cdk import ArnFormat, Duration, RemovalPolicy, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import custom_resources as cr
from constructs import Construct

from drupal_platform import contracts, nag
from drupal_platform.config import StageConfig

HANDLER_CODE = Path(__file__).resolve().parents[1] / "lambdas" / "deploy_gate"
QUERY_INTERVAL = Duration.seconds(20)  # a failed Job fails the deploy within ~20 s (the issue: within a minute)
# A minute before CloudFormation stops waiting, so the framework's "Operation timed out" is what it reports.
TOTAL_TIMEOUT = Duration.seconds(contracts.DEPLOY_GATE_TIMEOUT_SECONDS - 60)
KUBECTL = "/opt/kubectl/kubectl"  # where the kubectl layer's zip puts the binary (kubectl/kubectl)
RESOURCE_TYPE = "Custom::DeployGate"
# The newest Python runtime aws-cdk-lib 2.275 knows (the handler needs only the runtime's boto3).
HANDLER_RUNTIME = lambda_.Runtime.PYTHON_3_14


def provider_function_name(stage: StageConfig) -> str:
    return f"drupal-{stage.name}-deploy-gate"


def handler_function_name(stage: StageConfig, entry: str) -> str:
    return f"{provider_function_name(stage)}-{entry}"


def deploy_log_group_name(stage: StageConfig) -> str:
    """Where a failed deploy's log tail is kept after its Job is gone (stream <tenant>/<job>)."""
    return f"/drupal-platform/{stage.name}/deploys"


def deploy_gate_service_token(scope: Construct, stage: StageConfig) -> str:
    return Stack.of(scope).format_arn(service="lambda", region=stage.region, account=stage.account, resource="function",
                                      resource_name=provider_function_name(stage), arn_format=ArnFormat.COLON_RESOURCE_NAME)


class DeployGateProvider(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, stage: StageConfig, cluster: eks.Cluster,
                 kubectl_layer: lambda_.ILayerVersion, subnets: list[ec2.ISubnet] | None) -> None:
        super().__init__(scope, construct_id)
        stack = Stack.of(self)
        self.log_group = logs.LogGroup(self, "DeployLogs", log_group_name=deploy_log_group_name(stage),
                                       retention=logs.RetentionDays.ONE_YEAR, removal_policy=RemovalPolicy.RETAIN)
        self.log_group.node.default_child.add_metadata("checkov", {"skip": [{"id": "CKV_AWS_158", "comment": (
            "deploy-step log tails (drush output), encrypted with CloudWatch Logs' own key; the stage key's policy delegates "
            "to IAM and does not admit the logs service")}]})

        self.role = iam.Role(self, "HandlerRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
                             description=f"deploy gate of {stage.name}: runs deploy-step Jobs as Kubernetes group {contracts.DEPLOY_GATE_GROUP}")
        names = [handler_function_name(stage, e) for e in ("on-event", "is-complete")]
        own_logs = [stack.format_arn(service="logs", resource="log-group", resource_name=f"/aws/lambda/{n}:*",
                                     arn_format=ArnFormat.COLON_RESOURCE_NAME) for n in names]
        self.role.add_to_policy(iam.PolicyStatement(
            sid="OwnLogs", actions=["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"], resources=own_logs))
        self.role.add_to_policy(iam.PolicyStatement(
            sid="DeployLogs", actions=["logs:CreateLogStream", "logs:PutLogEvents"], resources=[self.log_group.log_group_arn]))
        # A rollback must run no deploy step: the handler reads the tenant stack's status.
        tenant_stacks = stack.format_arn(service="cloudformation", resource="stack", resource_name=f"{stage.name}-Tenant-*/*")
        self.role.add_to_policy(iam.PolicyStatement(sid="TenantStackStatus", actions=["cloudformation:DescribeStacks"],
                                                    resources=[tenant_stacks]))
        in_vpc = subnets is not None
        if in_vpc:
            self.role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaVPCAccessExecutionRole"))
            nag.managed_policy(self.role, "service-role/AWSLambdaVPCAccessExecutionRole",
                               "AWS-managed policy Lambda documents for functions in a VPC (network interfaces, whose IDs are not known in advance)")
        for arn in own_logs:
            nag.acknowledge(self.role, f"AwsSolutions-IAM5[Resource::{stack.resolve(arn)}]", "the function's own log group, any stream in it")
        nag.acknowledge(self.role, f"AwsSolutions-IAM5[Resource::{stack.resolve(tenant_stacks)}]",
                        "DescribeStacks (read-only status) of this stage's tenant stacks, whose names share the prefix; the stack id "
                        "suffix is generated")

        environment = {
            "CLUSTER_NAME": cluster.cluster_name,
            "CLUSTER_ENDPOINT": cluster.cluster_endpoint,
            "CLUSTER_CA": cluster.cluster_certificate_authority_data,
            "KUBECTL": KUBECTL,
        }
        self.handlers = {
            entry: lambda_.Function(
                self, entry.title().replace("-", ""), function_name=handler_function_name(stage, entry),
                description=f"deploy gate of {stage.name}: {entry} of Custom::DeployGate (runs and follows deploy-step Jobs)",
                runtime=HANDLER_RUNTIME, handler=f"handler.{entry.replace('-', '_')}",
                code=lambda_.Code.from_asset(str(HANDLER_CODE), exclude=["__pycache__", "*.pyc"]),
                layers=[kubectl_layer], memory_size=512, timeout=Duration.minutes(5), role=self.role,
                environment=environment,
                vpc=cluster.vpc if in_vpc else None,
                vpc_subnets=ec2.SubnetSelection(subnets=subnets) if in_vpc else None,
                security_groups=[cluster.cluster_security_group] if in_vpc else None,
            )
            for entry in ("on-event", "is-complete")
        }
        for fn in self.handlers.values():
            fn.node.default_child.add_metadata("checkov", {"skip": [
                {"id": "CKV_AWS_115", "comment": "invoked only by the deploy gate's provider framework during tenant deploys, at most "
                 "once per deploying tenant stack (the rollout's concurrency bounds those); reserved concurrency would only throttle deploys"},
                {"id": "CKV_AWS_116", "comment": "invoked synchronously by the provider framework, which reports its errors to "
                 "CloudFormation; a DLQ only receives failed asynchronous invocations"},
                {"id": "CKV_AWS_173", "comment": "its environment holds the cluster's name, endpoint and public CA certificate, no secret"},
                *([] if in_vpc else [{"id": "CKV_AWS_117", "comment": "this stage's cluster endpoint is public only (no private access), "
                                      "as for aws-cdk-lib's kubectl provider"}]),
            ]})
        self.provider = cr.Provider(
            self, "Provider", on_event_handler=self.handlers["on-event"], is_complete_handler=self.handlers["is-complete"],
            query_interval=QUERY_INTERVAL, total_timeout=TOTAL_TIMEOUT, provider_function_name=provider_function_name(stage),
        )
        self._acknowledge_framework_findings()
        # Kubernetes identity: group DEPLOY_GATE_GROUP, no EKS access policy (the ClusterRole is all it gets).
        self.access_entry = eks.CfnAccessEntry(self, "AccessEntry", cluster_name=cluster.cluster_name,
                                               principal_arn=self.role.role_arn, type="STANDARD",
                                               kubernetes_groups=[contracts.DEPLOY_GATE_GROUP])

    def _acknowledge_framework_findings(self) -> None:
        """Findings on what aws-cdk-lib's Provider creates and configures itself."""
        provider = self.provider
        nag.managed_policy(provider, "service-role/AWSLambdaBasicExecutionRole",
                           "attached by aws-cdk-lib's Provider to its framework functions' roles (their own logs only)")
        for fn in (*self.handlers.values(), *(provider.node.find_child(f"framework-{e}") for e in ("isComplete", "onTimeout"))):
            nag.acknowledge(provider, f"AwsSolutions-IAM5[Resource::<{Stack.of(self).resolve(Stack.of(self).get_logical_id(fn.node.default_child))}.Arn>:*]",
                            "the provider framework may invoke any version of this one function; scoped to it")
        nag.acknowledge(provider, "AwsSolutions-SF1", "the waiter state machine only re-invokes isComplete every 20 s; each poll is "
                        "logged by the handler, and a failure reaches CloudFormation and the deploy log group")
        nag.acknowledge(provider, "AwsSolutions-SF2", "the waiter state machine calls one function in a retry loop: a trace would "
                        "show only that loop; the handler's logs carry the detail")
