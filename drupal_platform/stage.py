"""One deployable stage: its network, cluster, platform services and one stack per tenant."""

from __future__ import annotations


from aws_cdk import App, Aspects, Environment, Stack, Stage, Tags, Validations
from cdk_nag import AwsSolutionsChecks
from constructs import Construct

from drupal_platform.chart_cache import ChartCache
from drupal_platform.config import PlatformConfig, StageConfig
from drupal_platform.constructs.library_lambdas import LibraryLambdaSkips
from drupal_platform.selection import Selection
from drupal_platform.stacks.cluster import ClusterStack, cluster_name
from drupal_platform.stacks.network import NetworkStack
from drupal_platform.stacks.platform import PlatformDataStack, PlatformServicesStack
from drupal_platform.stacks.platform_image import PlatformImageStack
from drupal_platform.stacks.tenant import LIFECYCLE_DOC, TenantStack, chart_ref_needs, stack_id
from drupal_platform.constructs.tenant_rendering import Shape, TenantRenderer, shape_of
from drupal_platform.contracts import PlatformRefs
from drupal_platform.stacks.tenant_ci import GitHubOidcStack


class PlatformStage(Stage):
    """`cdk deploy '<stage>/*'` deploys exactly this stage."""

    def __init__(self, scope: Construct, *, config: PlatformConfig, stage: StageConfig, charts: ChartCache | None = None,
                 selection: Selection = Selection(), renderer: TenantRenderer | None = None) -> None:
        super().__init__(scope, stage.name, env=Environment(account=stage.account, region=stage.region))
        self.charts = charts or ChartCache()
        # Checks registered on the App do not reach into stages: register cdk-nag here.
        Validations.of(self).add_plugins(AwsSolutionsChecks(self))
        for key, value in sorted({"drupal-platform:stage": stage.name, **stage.tags}.items()):
            Tags.of(self).add(key, value)

        if selection.stand_ins:
            self._add_stand_ins(config, stage, selection, renderer)
            return
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
        self._add_platform(stage)
        self._add_tenants(config, stage, selection, renderer)
        # Only the shared stacks hold (library) Lambda functions; a Python aspect on the stage would
        # call back from the jsii kernel into Python for every construct of every tenant stack.
        for shared in (self.network, self.cluster, *self.platform_stacks, self.github_oidc):
            if shared is not None:
                Aspects.of(shared).add(LibraryLambdaSkips())

    def _add_stand_ins(self, config: PlatformConfig, stage: StageConfig, selection: Selection, renderer: TenantRenderer | None) -> None:
        """A shard's stage (sharding.py): empty stacks with the shared stacks' IDs, which the tenant
        stacks depend on exactly as on the real ones. The first process writes the real ones; the
        merge keeps only this process's tenant stacks (tests/tenant/test_sharding.py: byte for byte)."""
        self.network, self.cluster = Stack(self, "Network"), Stack(self, "Cluster")
        self.platform_stacks = [Stack(self, "Platform-Data"), Stack(self, "Platform-Services")]
        self._add_tenants(config, stage, selection, renderer, stand_in=Stack)

    def _add_platform(self, stage: StageConfig) -> None:
        """Platform services (issue 4): stateful and edge resources, then the in-cluster services."""
        self.platform_data = PlatformDataStack(
            self,
            "Platform-Data",
            stage=stage,
            vpc=self.network.vpc,
            node_subnets=self.network.node_subnets,
            cluster_security_group_id=self.cluster.cluster.cluster_security_group_id,
            description=f"drupal-platform {stage.name}: stage key, backup bucket, EFS, certificate, WAF, image cache",
        )
        self.platform_data.add_stack_dependency(self.network, "EFS mount targets and load-balancer security groups live in the VPC")
        self.platform_data.add_stack_dependency(self.cluster, "the load balancers are admitted to the cluster security group")
        self.platform_services = PlatformServicesStack(
            self,
            "Platform-Services",
            stage=stage,
            cluster_stack=self.cluster,
            data=self.platform_data,
            charts=self.charts,
            description=f"drupal-platform {stage.name}: EKS add-ons, controllers, operators, observability, backups",
        )
        self.platform_services.add_stack_dependency(self.cluster, "Helm releases and manifests go through the cluster's kubectl provider; add-ons need the system nodes")
        self.platform_services.add_stack_dependency(self.platform_data, "storage classes, Velero and the ingress class use the bucket, key, EFS and WebACL")
        # Tenant stacks depend on these (see _add_tenants): CRDs, operators and classes come first.
        self.platform_stacks = [self.platform_data, self.platform_services]

    def _add_tenants(self, config: PlatformConfig, stage: StageConfig, selection: Selection, renderer: TenantRenderer | None,
                     stand_in=None) -> None:
        """One stack per tenant (issue 5); created last so they can depend on every shared stack.
        A one-tenant selection builds only that tenant's stack: no stack reads another tenant.
        `stand_in`: what stands in for the account-wide shared stacks (see _add_stand_ins)."""
        self.github_oidc = None
        if stage.github.create_oidc_provider:
            self.github_oidc = stand_in(self, "GitHubOidc") if stand_in else GitHubOidcStack(
                self, "GitHubOidc", stage=stage, description=f"drupal-platform {stage.name}: the account's GitHub Actions OIDC provider")
        self.platform_image = None
        if stage.owns_image_repositories:
            self.platform_image = stand_in(self, "PlatformImage") if stand_in else PlatformImageStack(
                self, "PlatformImage", stage=stage, pull_accounts=[s.account for s in config.stages.values()],
                description=f"drupal-platform {stage.name}: the platform's standard Drupal image repository and its CI role")
            if self.github_oidc:
                self.platform_image.add_stack_dependency(self.github_oidc, "the CI role trusts the account's GitHub OIDC provider")
        self.tenants: dict[str, TenantStack] = {}
        for tenant in selected_tenants(config, stage, selection):
            stack = TenantStack(
                self,
                stack_id(tenant),
                config=config,
                stage=stage,
                tenant=tenant,
                cluster_name_prefix=cluster_name(stage),
                render=renderer,
                # Shown in the console beside a failed re-creation of retained resources.
                description=f"drupal-platform {stage.name}: tenant {tenant.name} (data is retained on removal; re-adding: {LIFECYCLE_DOC})",
            )
            # Reads the cluster's SSM parameters and applies its chart through the cluster's kubectl provider.
            stack.add_stack_dependency(self.cluster, "tenant reads the cluster's parameters and uses its kubectl provider")
            # The chart's custom resources need the platform's CRDs and operators; its secrets need the stage key.
            for platform_stack in getattr(self, "platform_stacks", []):
                stack.add_stack_dependency(platform_stack, "tenant chart needs the platform's CRDs, operators, key and bucket")
            if self.platform_image and tenant.runs_platform_image:
                # Its pods pull the platform image: the repository exists before the tenant's first deploy.
                stack.add_stack_dependency(self.platform_image, "the tenant runs the platform image from this repository")
            if stack.image and stack.image.ci_role and self.github_oidc:
                stack.add_stack_dependency(self.github_oidc, "the CI role trusts the account's GitHub OIDC provider")
            self.tenants[tenant.name] = stack


def selected_tenants(config: PlatformConfig, stage: StageConfig, selection: Selection) -> list:
    """The tenant stacks of a stage, in the order they are built."""
    return [t for t in sorted(config.tenants_in(stage.name), key=lambda t: t.name) if selection.includes_tenant(t.name)]


def chart_shape(tenant, stage: StageConfig, config: PlatformConfig) -> Shape:
    """Which refs the tenant stack will pass (StageImports.refs: the same conditions), so workers
    render ahead with the same branches; a wrong guess costs an inline render, never a different manifest."""
    needs = chart_ref_needs(tenant, stage, config)
    ingress = needs["ingress"]
    return shape_of(PlatformRefs(
        tenant_role_arn="value", wildcard_certificate_arn="value" if needs["wildcard"] and ingress else "",
        backup_bucket="value", waf_acl_arn="value" if ingress else None,
        image_registry="value" if needs["image_registry"] and ingress else None,
        load_balancer_security_group="value" if ingress else None,
    ))


def build_app(config: PlatformConfig, app: App | None = None, *, charts: ChartCache | None = None,
              selection: Selection = Selection(), renderer: TenantRenderer | None = None) -> App:
    """Every stage of the configuration in one CDK app (app.py and the tests both use this), or
    only the selected stage and tenant (`make diff|deploy STAGE=... TENANT=...`).
    `charts`: the chart cache the Helm releases deploy from (default: .charts in the repository)."""
    app = app or App()
    stages = [s for s in config.stages.values() if selection.includes_stage(s.name)]
    if renderer:
        renderer.prefetch([(t, s, chart_shape(t, s, config)) for s in stages for t in selected_tenants(config, s, selection)])
    try:
        for stage in stages:
            PlatformStage(app, config=config, stage=stage, charts=charts, selection=selection, renderer=renderer)
    finally:
        if renderer:
            renderer.close()
    return app
