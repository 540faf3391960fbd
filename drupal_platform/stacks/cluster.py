"""Cluster stack: EKS control plane, core add-ons, pod networking and the system/shared node groups."""

from __future__ import annotations

import json

from aws_cdk import RemovalPolicy, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from constructs import Construct

from drupal_platform import nag
from drupal_platform.images import UPSTREAMS
from drupal_platform.config import StageConfig
from drupal_platform.constructs import stage_parameters as params
from drupal_platform.constructs.deploy_gate import DeployGateProvider
from drupal_platform.constructs.irsa import IrsaRole
from drupal_platform.constructs.kubectl_provider import grant_asset_read, pin_kubectl_provider
from drupal_platform.constructs.node_groups import NodeGroupSet, NodeGroupSpec
from drupal_platform.constructs.pod_identity import pod_identity_principal
from drupal_platform.constructs.pod_networking import PodNetworking
from drupal_platform.constructs.stage_parameters import StageParameters
from drupal_platform.versions import EKS_ADDONS, eks_version, kubectl_layer_class

CLUSTER_ADMIN_POLICY = "AmazonEKSClusterAdminPolicy"


def cluster_name(stage: StageConfig) -> str:
    return f"drupal-{stage.name}"


def _endpoint_access(stage: StageConfig) -> eks.EndpointAccess:
    cidrs = stage.endpoint_access.public_cidrs
    if not cidrs:
        return eks.EndpointAccess.PRIVATE
    base = eks.EndpointAccess.PUBLIC_AND_PRIVATE if stage.endpoint_access.private else eks.EndpointAccess.PUBLIC
    return base.only_from(*cidrs)


def _private_endpoint(stage: StageConfig) -> bool:
    """aws-eks-v2 puts the kubectl provider in private subnets exactly when private access is on."""
    return stage.endpoint_access.private or not stage.endpoint_access.public_cidrs


class ClusterStack(Stack):
    """EKS with managed node groups (not Auto Mode): the design relies on taints and custom networking."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        stage: StageConfig,
        vpc: ec2.IVpc,
        node_subnets: list[ec2.ISubnet],
        pod_subnets: list[ec2.ISubnet],
        **kwargs,
    ) -> None:
        super().__init__(scope, construct_id, **kwargs)
        self._azs = list(stage.availability_zones)
        self.node_subnets = node_subnets
        name = cluster_name(stage)

        self.secrets_key = kms.Key(
            self,
            "SecretsKey",
            description=f"EKS secrets envelope encryption ({name})",
            enable_key_rotation=True,
            removal_policy=RemovalPolicy.RETAIN,
        )
        # One kubectl layer (the pinned one) for the kubectl provider and the deploy gate.
        kubectl_layer = kubectl_layer_class(stage.kubernetes_version)(self, "KubectlLayer")
        self.cluster = eks.Cluster(
            self,
            "Cluster",
            cluster_name=name,
            version=eks_version(stage.kubernetes_version),
            vpc=vpc,
            vpc_subnets=[ec2.SubnetSelection(subnets=node_subnets)],
            default_capacity_type=eks.DefaultCapacityType.NODEGROUP,
            default_capacity=0,
            kubectl_provider_options=eks.KubectlProviderOptions(
                kubectl_layer=kubectl_layer,
            ),
            secrets_encryption_key=self.secrets_key,
            cluster_logging=[
                eks.ClusterLoggingTypes.API,
                eks.ClusterLoggingTypes.AUDIT,
                eks.ClusterLoggingTypes.AUTHENTICATOR,
            ],
            endpoint_access=_endpoint_access(stage),
            # Only the configured admin principals get cluster access (no aws-auth ConfigMap).
            bootstrap_cluster_creator_admin_permissions=False,
        )
        # The service token of every manifest and Helm release: a fixed name, so a fixed ARN.
        self.kubectl_provider_function = pin_kubectl_provider(self.cluster, stage)
        grant_asset_read(self.cluster, stage)
        for principal in stage.admin_principals:
            eks.AccessEntry(
                self,
                "Admin" + principal.rsplit("/", 1)[-1].replace("-", "").replace("_", "")[:40],
                cluster=self.cluster,
                principal=principal,
                access_policies=[
                    eks.AccessPolicy.from_access_policy_name(CLUSTER_ADMIN_POLICY, access_scope_type=eks.AccessScopeType.CLUSTER)
                ],
            )
        # Native AWS::IAM::OIDCProvider (the cluster's default provider is a custom resource).
        self.oidc_provider = eks.OidcProviderNative(
            self, "OidcProvider", url=self.cluster.cluster_open_id_connect_issuer_url
        )
        self.oidc_provider.apply_removal_policy(RemovalPolicy.RETAIN)
        self._acknowledge_library_findings()

        # --- pod networking: ENIConfigs and vpc-cni, before any node launches -------------
        cni_role = IrsaRole(
            self,
            "VpcCniRole",
            oidc_provider_arn=self.oidc_provider.open_id_connect_provider_arn,
            oidc_issuer=self.cluster.cluster_open_id_connect_issuer_url,
            namespace="kube-system",
            service_accounts=["aws-node"],
            description="VPC CNI (aws-node): attaches ENIs and prefixes",
        ).role
        cni_role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("AmazonEKS_CNI_Policy"))
        nag.managed_policy(cni_role, "AmazonEKS_CNI_Policy")
        self.pod_networking = PodNetworking(
            self,
            "PodNetworking",
            cluster=self.cluster,
            pod_subnets=pod_subnets,
            availability_zones=self._azs,
            service_account_role_arn=cni_role.role_arn,
        )

        # --- node groups ----------------------------------------------------------------
        self.node_role = iam.Role(
            self,
            "NodeRole",
            assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"),
            description="EKS worker nodes; pods cannot use it (IMDS hop limit 1)",
            managed_policies=[
                iam.ManagedPolicy.from_aws_managed_policy_name("AmazonEKSWorkerNodePolicy"),
                iam.ManagedPolicy.from_aws_managed_policy_name("AmazonEC2ContainerRegistryPullOnly"),
                iam.ManagedPolicy.from_aws_managed_policy_name("AmazonSSMManagedInstanceCore"),
            ],
        )
        for policy in ("AmazonEKSWorkerNodePolicy", "AmazonEC2ContainerRegistryPullOnly", "AmazonSSMManagedInstanceCore"):
            nag.managed_policy(self.node_role, policy)
        # The ECR pull-through cache creates a repository on the first pull of an image.
        prefixes = sorted({u.prefix_in(stage) for u in UPSTREAMS.values()})
        self.node_role.add_to_policy(
            iam.PolicyStatement(
                sid="PullThroughCache",
                actions=["ecr:BatchImportUpstreamImage", "ecr:CreateRepository"],
                resources=[f"arn:{self.partition}:ecr:{stage.region}:{stage.account}:repository/{p}/*" for p in prefixes],
            )
        )
        for prefix in prefixes:
            nag.acknowledge(
                self.node_role,
                f"AwsSolutions-IAM5[Resource::arn:aws:ecr:{stage.region}:{stage.account}:repository/{prefix}/*]",
                "pull-through cache repositories are created on first pull, one per upstream image path, so their names "
                "are not known in advance; the wildcard is confined to one cache rule's prefix",
            )
        self.node_groups: dict[str, NodeGroupSet] = {}
        for group_name, taint in (("system", None), ("shared", "shared")):
            sizes = getattr(stage.node_groups, group_name)
            node_set = NodeGroupSet(
                self,
                group_name.title() + "Nodes",
                cluster=self.cluster,
                spec=NodeGroupSpec(
                    name=group_name,
                    role_label=group_name,
                    taint_value=taint,
                    instance_types=list(sizes.instance_types),
                    min_size=sizes.min_size,
                    max_size=sizes.max_size,
                ),
                subnets=node_subnets,
                availability_zones=self._azs,
                node_role=self.node_role,
                cluster_name_prefix=name,
            )
            for ng in node_set.nodegroups:
                # Custom networking applies only to nodes launched after it is configured:
                # earlier nodes would keep handing out node-subnet IPs until replaced.
                ng.node.add_dependency(*self.pod_networking.ready)
            self.node_groups[group_name] = node_set

        # --- remaining core add-ons -------------------------------------------------------
        self.addons: dict[str, eks.CfnAddon] = {}
        self.addons["kube-proxy"] = self._addon("kube-proxy")
        self.addons["eks-pod-identity-agent"] = self._addon("eks-pod-identity-agent")
        # CoreDNS needs a node to run on; created before the node groups it stays DEGRADED
        # and the add-on's creation fails.
        self.addons["coredns"] = self._addon(
            "coredns",
            configuration={"nodeSelector": {"role": "system"}, "replicaCount": 2},
        )
        self.addons["coredns"].node.add_dependency(*self.node_groups["system"].nodegroups)

        ebs_role = iam.Role(
            self,
            "EbsCsiRole",
            assumed_by=pod_identity_principal(partition=self.partition, region=stage.region, account=stage.account, cluster_name=name),
            description="EBS CSI controller (EKS Pod Identity)",
            managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AmazonEBSCSIDriverPolicy")],
        )
        nag.managed_policy(ebs_role, "service-role/AmazonEBSCSIDriverPolicy")
        # No grant on the secrets key: the gp3 classes encrypt with the account's aws/ebs key,
        # which the managed policy covers; the secrets key only envelopes Kubernetes Secrets.
        self.addons["aws-ebs-csi-driver"] = self._addon(
            "aws-ebs-csi-driver",
            # The node plugin must run on shared and dedicated nodes too, or tenant volumes never mount.
            configuration={"node": {"tolerateAllTaints": True}, "controller": {"nodeSelector": {"role": "system"}}},
            pod_identity=("ebs-csi-controller-sa", ebs_role.role_arn),
        )
        # Pod Identity credentials come from the agent on each node.
        self.addons["aws-ebs-csi-driver"].node.add_dependency(self.addons["eks-pod-identity-agent"])
        # Controllers run on the system group; without nodes the add-on cannot become ACTIVE.
        self.addons["aws-ebs-csi-driver"].node.add_dependency(*self.node_groups["system"].nodegroups)

        # Custom::DeployGate of every tenant stack: runs the deploy-step Job and fails the tenant's deploy
        # when it fails. Its functions reach the API server where the kubectl provider's do: in the node
        # subnets when the endpoint is private.
        self.deploy_gate = DeployGateProvider(
            self, "DeployGate", stage=stage, cluster=self.cluster, kubectl_layer=kubectl_layer,
            subnets=node_subnets if _private_endpoint(stage) else None,
        )

        self.parameters = self._publish(stage)

    def _publish(self, stage: StageConfig) -> StageParameters:
        """The cluster's identifiers for the tenant stacks (SSM parameters, not exports)."""
        values = {
            params.CLUSTER_NAME: self.cluster.cluster_name,
            params.KUBECTL_ROLE_ARN: self.cluster.kubectl_provider.role.role_arn,
            params.OIDC_PROVIDER_ARN: self.oidc_provider.open_id_connect_provider_arn,
            params.OIDC_ISSUER_URL: self.cluster.cluster_open_id_connect_issuer_url,
            params.CLUSTER_SECURITY_GROUP_ID: self.cluster.cluster_security_group_id,
            params.NODE_ROLE_ARN: self.node_role.role_arn,
        }
        for az, subnet in zip(stage.availability_zones, self.node_subnets):
            values[params.NODE_SUBNET_PREFIX + az] = subnet.subnet_id
        return StageParameters(self, "StageParameters", stage=stage, values=values)

    def _acknowledge_library_findings(self) -> None:
        """Findings on resources that aws-cdk-lib's Cluster construct creates and configures itself."""
        nag.managed_policy(self.cluster.role, "AmazonEKSClusterPolicy")
        provider = self.cluster.node.find_child("KubectlProvider")
        for policy in (
            "service-role/AWSLambdaBasicExecutionRole",
            "service-role/AWSLambdaVPCAccessExecutionRole",
            "AmazonEC2ContainerRegistryReadOnly",
        ):
            nag.managed_policy(provider, policy, "attached by aws-cdk-lib's KubectlProvider to its handler and framework roles")
        nag.acknowledge(
            provider,
            'AwsSolutions-IAM4[Policy::{"Fn::If":["ClusterKubectlProviderHandlerHasEcrPublic69E09706",{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::aws:policy/AmazonElasticContainerRegistryPublicReadOnly"]]},{"Ref":"AWS::NoValue"}]}]',
            "attached by aws-cdk-lib's KubectlProvider only in partitions with ECR Public, to pull its kubectl image",
        )
        nag.acknowledge(
            provider,
            "AwsSolutions-L1",
            "the kubectl handler's runtime is pinned by aws-cdk-lib together with the kubectl layer; it moves with aws-cdk-lib upgrades",
        )
        nag.acknowledge(
            provider,
            "AwsSolutions-IAM5[Resource::<ClusterKubectlProviderHandler2E05C68A.Arn>:*]",
            "the custom-resource framework may invoke any version of the kubectl handler function; scoped to that one function",
        )

    def _addon(self, name: str, *, configuration: dict | None = None, pod_identity: tuple[str, str] | None = None) -> eks.CfnAddon:
        addon = eks.CfnAddon(
            self,
            "Addon" + name.title().replace("-", ""),
            addon_name=name,
            cluster_name=self.cluster.cluster_name,
            addon_version=EKS_ADDONS[name],
            resolve_conflicts="OVERWRITE",
            configuration_values=json.dumps(configuration, sort_keys=True) if configuration else None,
            pod_identity_associations=[
                eks.CfnAddon.PodIdentityAssociationProperty(service_account=pod_identity[0], role_arn=pod_identity[1])
            ]
            if pod_identity
            else None,
        )
        return addon

    @property
    def availability_zones(self) -> list[str]:
        return self._azs

