"""The kubectl provider's service token: one fixed ARN per stage, known at synth time.

CloudFormation refuses to change a custom resource's ServiceToken ("Modifying service token
is not allowed"). Every tenant manifest and every platform Helm release is such a custom
resource, so the token must never change while they exist. aws-cdk-lib's KubectlProvider
gives its provider-framework function a generated name; replacing that function would give it
a new ARN and break the next update of every stack that uses it.

Here the framework function gets a fixed name, `drupal-<stage>-kubectl-provider`, so its ARN
follows from the stage's account and region alone. The cluster stack pins the name; Platform-
Services and every tenant stack compute the same ARN themselves (no SSM parameter, no export).

Upgrading the provider (a new aws-cdk-lib or kubectl layer) updates both functions *in place*:
code, layers and environment change, the name and ARN do not. A change that would *replace*
the framework function (a new logical ID, a new name) fails the cluster stack's update with
"CloudFormation cannot update a stack when a custom-named resource requires replacing" before
any tenant is touched; tests pin the logical ID and the name. See docs/platform-services.md.
"""

from __future__ import annotations

from aws_cdk import ArnFormat, DefaultStackSynthesizer, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

from drupal_platform import nag
from drupal_platform.config import StageConfig

UNUSED_VPC_ID = "vpc-unused-by-importing-stacks"


def kubectl_provider_function_name(stage: StageConfig) -> str:
    return f"drupal-{stage.name}-kubectl-provider"


def kubectl_service_token(scope: Construct, stage: StageConfig) -> str:
    """arn:<partition>:lambda:<region>:<account>:function:drupal-<stage>-kubectl-provider."""
    return Stack.of(scope).format_arn(
        service="lambda",
        region=stage.region,
        account=stage.account,
        resource="function",
        resource_name=kubectl_provider_function_name(stage),
        arn_format=ArnFormat.COLON_RESOURCE_NAME,
    )


def pin_kubectl_provider(cluster: eks.Cluster, stage: StageConfig) -> lambda_.CfnFunction:
    """Give the cluster's provider-framework function (the service token) its fixed name."""
    framework = cluster.node.find_child("KubectlProvider").node.find_child("Provider").node.find_child("framework-onEvent")
    cfn = framework.node.default_child
    assert isinstance(cfn, lambda_.CfnFunction)
    cfn.function_name = kubectl_provider_function_name(stage)
    return cfn


def asset_bucket_name(stage: StageConfig) -> str:
    """The stage environment's CDK bootstrap asset bucket (default synthesizer and qualifier)."""
    name = DefaultStackSynthesizer.DEFAULT_FILE_ASSETS_BUCKET_NAME.replace("${Qualifier}", DefaultStackSynthesizer.DEFAULT_QUALIFIER)
    return name.replace("${AWS::AccountId}", stage.account).replace("${AWS::Region}", stage.region)


def grant_asset_read(cluster: eks.Cluster, stage: StageConfig) -> None:
    """Let the kubectl handler download the platform's Helm charts (S3 directory assets).

    HelmChart grants this itself only when it holds the provider's role; Platform-Services reaches
    the provider through its fixed ARN with an immutable role, so the cluster stack grants it here,
    exactly what `Asset.bucket.grantRead` would: the bootstrap bucket holds only CDK-published assets.
    """
    role = cluster.kubectl_provider.role
    bucket = Stack.of(cluster).format_arn(service="s3", region="", account="", resource=asset_bucket_name(stage))
    role.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject*", "s3:GetBucket*", "s3:List*"],
                                                     resources=[bucket, f"{bucket}/*"]))
    reason = ("the kubectl handler downloads the platform's chart assets from the environment's CDK asset bucket "
              "(bucket-wide, as Asset.bucket.grantRead does); the bucket holds only CDK-published assets, and the "
              "handler already administers the cluster")
    for finding in ("Action::s3:GetBucket*", "Action::s3:GetObject*", "Action::s3:List*",
                    f"Resource::arn:{Stack.of(cluster).partition}:s3:::{asset_bucket_name(stage)}/*"):
        nag.acknowledge(cluster.node.find_child("KubectlProvider"), f"AwsSolutions-IAM5[{finding}]", reason)


def imported_cluster(scope: Construct, construct_id: str, *, stage: StageConfig, cluster_name: str, vpc: ec2.IVpc | None = None,
                     kubectl_role_arn: str | None = None) -> eks.ICluster:
    """The stage's cluster as another stack sees it: manifests go through the fixed service token.

    Only the service token reaches the template: the handler already runs with the cluster
    stack's kubectl role, which is an access entry of the cluster. A stack with Helm releases
    passes that role's ARN: HelmChart grants it read on each chart asset, and the role is
    imported immutable, so nothing is added here (the cluster stack grants it: grant_asset_read).
    """
    role = iam.Role.from_role_arn(scope, f"{construct_id}KubectlRole", kubectl_role_arn, mutable=False) if kubectl_role_arn else None
    provider = eks.KubectlProvider.from_kubectl_provider_attributes(
        scope, f"{construct_id}KubectlProvider", service_token=kubectl_service_token(scope, stage), role=role
    )
    if vpc is None:
        # aws-cdk-lib's Nodegroup insists that the cluster has a VPC, but only calls
        # vpc.selectSubnets() with explicit subnets, which returns them unchanged: the VPC's
        # id never reaches the template (a test asserts it).
        vpc = ec2.Vpc.from_vpc_attributes(
            scope, f"{construct_id}Vpc", vpc_id=UNUSED_VPC_ID, availability_zones=list(stage.availability_zones)
        )
    return eks.Cluster.from_cluster_attributes(
        scope, construct_id, cluster_name=cluster_name, kubectl_provider=provider, prune=True, vpc=vpc
    )
