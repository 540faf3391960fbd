"""Platform stacks of a stage.

Platform-Data holds the stateful and edge resources (stage KMS key, backup bucket, EFS,
wildcard certificate, WebACL, load balancers' security groups, pull-through cache) and
publishes their identifiers as SSM parameters for the tenant stacks. Platform-Services
installs the in-cluster services (EKS add-ons, Helm releases and our manifests).

Neither stack depends on the tenants: adding a tenant changes no platform template (tested).
Tenant stacks add a stack dependency on both (`tenant_prerequisites` lists the constructs
that must exist before any tenant manifest: CRDs, operators, webhooks, classes).
"""

from __future__ import annotations

from aws_cdk import Stack
from aws_cdk import aws_ec2 as ec2
from constructs import Construct

from drupal_platform.chart_cache import ChartCache
from drupal_platform.config import StageConfig
from drupal_platform.constructs import stage_parameters as params
from drupal_platform.constructs.kubectl_provider import imported_cluster
from drupal_platform.constructs.platform import ClusterRefs, DataRefs, ServiceContext, ServiceRegistry
from drupal_platform.constructs.platform.autoscaling import ClusterAutoscaler, MetricsServer
from drupal_platform.constructs.platform.backups import Backups
from drupal_platform.constructs.platform.mail import MailCatcher
from drupal_platform.constructs.platform.mail_credentials import MailCredentialsService
from drupal_platform.constructs.platform.data import BackupBucket, FilesFileSystem, StageKey
from drupal_platform.constructs.platform.deploy_gate import DeployGateAccess
from drupal_platform.constructs.platform.database_operator import DatabaseOperator
from drupal_platform.constructs.platform.dns import ExternalDns
from drupal_platform.constructs.platform.edge import LoadBalancerSecurityGroups, WebAcl, WildcardCertificate
from drupal_platform.constructs.platform.images import PullThroughCache
from drupal_platform.constructs.platform.load_balancing import LoadBalancerController
from drupal_platform.constructs.platform.namespaces import PlatformNamespaces
from drupal_platform.constructs.platform.observability import Monitoring, OpenTelemetry
from drupal_platform.constructs.platform.secrets import ExternalSecrets
from drupal_platform.constructs.platform.storage import Storage
from drupal_platform.constructs.platform.tenant_admission import TenantAdmission
from drupal_platform.constructs.stage_parameters import StageParameters, StageValues
from drupal_platform.stacks.cluster import ClusterStack, cluster_name


class PlatformDataStack(Stack):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        stage: StageConfig,
        vpc: ec2.IVpc,
        node_subnets: list[ec2.ISubnet],
        cluster_security_group_id: str,
        **kwargs,
    ) -> None:
        super().__init__(scope, construct_id, **kwargs)
        self._azs = list(stage.availability_zones)
        self.key = StageKey(self, "StageKey", stage=stage).key
        self.backups = BackupBucket(self, "Backups", stage=stage, key=self.key)
        self.files = FilesFileSystem(self, "Files", stage=stage, vpc=vpc, node_subnets=node_subnets)
        self.certificate = WildcardCertificate(self, "WildcardCertificate", stage=stage).certificate
        self.waf = WebAcl(self, "Waf", stage=stage)
        self.load_balancers = LoadBalancerSecurityGroups(self, "LoadBalancers", stage=stage, vpc=vpc)
        self.load_balancers.allow_to(self.load_balancers, target_security_group_id=cluster_security_group_id)
        self.images = PullThroughCache(self, "Images", stage=stage)
        self.mail = MailCredentialsService(self, "MailCredentials", stage=stage, key=self.key)

        values = {
            params.PLATFORM_KMS_KEY_ARN: self.key.key_arn,
            params.BACKUP_BUCKET_NAME: self.backups.bucket.bucket_name,
            params.BACKUP_BUCKET_ARN: self.backups.bucket.bucket_arn,
            params.WILDCARD_CERTIFICATE_ARN: self.certificate.certificate_arn,
            params.WAF_ACL_ARN: self.waf.acl.attr_arn,
            params.IMAGE_CACHE_PREFIX: stage.pull_through_cache_prefix,
            params.FILES_FILE_SYSTEM_ID: self.files.file_system.file_system_id,
            params.MAIL_CREDENTIALS_SERVICE_TOKEN: self.mail.service_token,
            params.MAIL_ALARM_TOPIC_ARN: self.mail.topic.topic_arn,
        }
        for group, sg in self.load_balancers.groups.items():
            values[params.LOAD_BALANCER_SECURITY_GROUP_PREFIX + group] = sg.security_group_id
        self.parameters = StageParameters(self, "StageParameters", stage=stage, values=values)

    @property
    def refs(self) -> DataRefs:
        return DataRefs(
            key_arn=self.key.key_arn,
            # The literal name, not a reference: Velero's IAM resources stay readable and exact.
            backup_bucket_name=self.backups.bucket_name,
            files_file_system_id=self.files.file_system.file_system_id,
            waf_acl_arn=self.waf.acl.attr_arn,
        )

    @property
    def availability_zones(self) -> list[str]:
        return self._azs


# Deployment order. Each service's `needs` must appear earlier (the registry refuses otherwise).
SERVICES = (
    PlatformNamespaces(),
    TenantAdmission(),
    DeployGateAccess(),
    Storage(),
    LoadBalancerController(),
    ExternalDns(),
    ExternalSecrets(),
    DatabaseOperator(),
    ClusterAutoscaler(),
    MetricsServer(),
    Monitoring(),
    OpenTelemetry(),
    Backups(),
    MailCatcher(),
)
# What tenant manifests use: the ingress class, storage classes, ESO and Percona CRDs/webhooks,
# ServiceMonitor CRD, the Instrumentation, metrics for HPAs; the client admission policies exist
# before any client access does.
TENANT_PREREQUISITE_SERVICES = (
    "namespaces", "tenant-admission", "deploy-gate", "storage", "aws-load-balancer-controller", "external-secrets", "ps-operator",
    "metrics-server", "monitoring", "opentelemetry",
)


class PlatformServicesStack(Stack):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        stage: StageConfig,
        cluster_stack: ClusterStack,
        data: PlatformDataStack,
        charts: ChartCache,
        **kwargs,
    ) -> None:
        super().__init__(scope, construct_id, **kwargs)
        self._azs = list(stage.availability_zones)
        cluster = cluster_stack.cluster
        cluster_values = StageValues(self, stage.name)
        ctx = ServiceContext(
            stage=stage,
            cluster=ClusterRefs(
                # Helm releases and manifests address the kubectl provider by its fixed ARN, not
                # by a cross-stack reference: the token of a custom resource can never change.
                cluster=imported_cluster(self, "ImportedCluster", stage=stage, cluster_name=cluster_name(stage), vpc=cluster.vpc,
                                         kubectl_role_arn=cluster.kubectl_provider.role.role_arn),
                cluster_name=cluster_name(stage),
                # Read from the cluster's SSM parameters (template parameters): a cross-stack output
                # inside Fn::Sub's variables is not valid CloudFormation (cfn-lint E1019). IrsaRole
                # removes the issuer's scheme, as IAM condition keys need.
                oidc_provider_arn=cluster_values.get(params.OIDC_PROVIDER_ARN),
                oidc_issuer=cluster_values.get(params.OIDC_ISSUER_URL),
                vpc=cluster.vpc,
                node_subnets=cluster_stack.node_subnets,
            ),
            data=data.refs,
            charts=charts,
        )
        self.registry = ServiceRegistry(self)
        for service in SERVICES:
            self.registry.deploy(service, ctx)
        self.tenant_prerequisites = self.registry.ready(*TENANT_PREREQUISITE_SERVICES)

    @property
    def availability_zones(self) -> list[str]:
        return self._azs
