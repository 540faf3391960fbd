"""One deployable stage: its network, cluster, platform services and one stack per tenant."""

from __future__ import annotations

from aws_cdk import App, Aspects, Environment, Stage, Tags, Validations
from cdk_nag import AwsSolutionsChecks
from constructs import Construct

from drupal_platform.config import PlatformConfig, StageConfig
from drupal_platform.constructs.library_lambdas import LibraryLambdaSkips
from drupal_platform.stacks.cluster import ClusterStack
from drupal_platform.stacks.network import NetworkStack


class PlatformStage(Stage):
    """`cdk deploy '<stage>/*'` deploys exactly this stage."""

    def __init__(self, scope: Construct, *, config: PlatformConfig, stage: StageConfig) -> None:
        super().__init__(scope, stage.name, env=Environment(account=stage.account, region=stage.region))
        # Checks registered on the App do not reach into stages: register cdk-nag here.
        Validations.of(self).add_plugins(AwsSolutionsChecks(self))
        Aspects.of(self).add(LibraryLambdaSkips())
        for key, value in sorted({"drupal-platform:stage": stage.name, **stage.tags}.items()):
            Tags.of(self).add(key, value)

        self.network = NetworkStack(self, "Network", stage=stage, description=f"drupal-platform {stage.name}: VPC and subnets")
        self.cluster = ClusterStack(
            self,
            "Cluster",
            stage=stage,
            vpc=self.network.vpc,
            node_subnets=self.network.node_subnets,
            pod_subnets=self.network.pod_subnets,
            description=f"drupal-platform {stage.name}: EKS cluster, add-ons and node groups",
        )
        # The cluster lives in the network's subnets.
        self.cluster.add_stack_dependency(self.network, "the cluster runs in the network stack's subnets")


def build_app(config: PlatformConfig, app: App | None = None) -> App:
    """Every stage of the configuration in one CDK app (app.py and the tests both use this)."""
    app = app or App()
    for stage in config.stages.values():
        PlatformStage(app, config=config, stage=stage)
    return app
