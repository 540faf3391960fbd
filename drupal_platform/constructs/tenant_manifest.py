"""The tenant chart applied to the cluster through the cluster stack's kubectl provider.

The main manifest (construct "Chart", prune on) holds the namespace, its foundation and every
object kubectl prunes by default; each group of the other objects that can leave the chart
(the database CR, the HPA, the PDB, the ServiceMonitor, the HA router's policies, ...) has a
manifest of its own, so leaving the chart deletes that manifest and CloudFormation has the
handler `kubectl delete` it (manifest_groups.py says which object goes where, and why).

Group manifests are applied after the main one (they live in its namespace) with
`overwrite=True`: the handler creates a new manifest with `kubectl create` otherwise, which fails
with AlreadyExists for an object an earlier version applied from the main manifest.

The PerconaServerMySQL's manifest waits for its users Secret, which ESO writes: operator v1.2.0
fills a missing or incomplete users Secret with random passwords (pkg/secret
FillPasswordsSecret) and initialises MySQL with them, and ESO's later overwrite makes it rotate
every user. A KubernetesObjectValue reads the Secret's `.metadata.uid` - never `.data`, whose
value would land in CloudFormation - and the CR's manifest depends on it.

Each manifest travels in its custom resource's properties, which CloudFormation sends to the
kubectl handler as an asynchronous Lambda event; an update carries the old and the new
properties, so a manifest must stay well under half of the 256 KiB event limit
(MANIFEST_BUDGET_BYTES, asserted in the tests).
"""

from __future__ import annotations

import json
from collections.abc import Callable

from aws_cdk import Duration
from aws_cdk import aws_eks_v2 as eks
from constructs import Construct, Node

from drupal_platform.config import StageConfig, TenantConfig
from drupal_platform.constructs import manifest_groups
from drupal_platform.constructs.tenant_deploy_gate import is_deploy_step
from drupal_platform.contracts import PlatformRefs

# Lambda's limit for an asynchronous (Event) invocation, which is how CloudFormation invokes a
# custom resource's service token; the request holds ResourceProperties and, on update,
# OldResourceProperties, next to ~1 KiB of envelope.
LAMBDA_EVENT_PAYLOAD_LIMIT = 262_144
MANIFEST_BUDGET_BYTES = (LAMBDA_EVENT_PAYLOAD_LIMIT - 8_192) // 2
PRUNE_LABEL_PREFIX = "aws.cdk.eks/prune-"  # aws-cdk-lib KubernetesManifest's prune label

# The kubectl provider's handler Lambda and the provider framework's onEvent Lambda both time out
# after 15 minutes (aws-eks-v2 kubectl-provider.ts, custom-resources provider.ts). The get handler
# polls every 10 s until TimeoutSeconds has passed, after `aws eks update-kubeconfig`, and may
# overshoot by one sleep and one kubectl call: ten minutes leave that margin. ESO writes the
# Secret seconds after its ExternalSecret exists when Secrets Manager and IRSA work; if it has
# not after ten minutes the deploy fails and rolls back before the database exists.
USERS_SECRET_WAIT = Duration.minutes(10)
DATABASE_KIND = ("ps.percona.com", "PerconaServerMySQL")


class TenantManifest(Construct):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        cluster: eks.ICluster,
        tenant: TenantConfig,
        stage: StageConfig,
        refs: PlatformRefs,
        fast: bool = True,
        render: Callable[[TenantConfig, StageConfig, PlatformRefs], list[dict]] | None = None,
    ) -> None:
        super().__init__(scope, construct_id)
        if render is None:  # `render` = a TenantRenderer (constructs/tenant_rendering.py): same objects, rendered ahead
            from drupal_platform.charts.tenant import render_tenant as render

        # Not kept: once in the manifests' properties, a thousand tenants' objects would only hold memory.
        objects = render(tenant, stage, refs)
        # The deploy-step Job runs through the tenant's Custom::DeployGate (tenant_deploy_gate.py),
        # never from a manifest, which would re-create it on every apply after its TTL.
        self.deploy_jobs = [o for o in objects if is_deploy_step(o)]
        main, groups = manifest_groups.split(o for o in objects if not is_deploy_step(o))
        # Each `.node` read is a call into the jsii kernel: a manifest's Node is read once, here.
        self._nodes: dict[str, Node] = {}
        # The construct ID "Chart" and its prune label are the ones every deployed tenant has:
        # a new ID would re-create the manifest and delete the namespace with everything in it.
        self.manifest = self._manifest("Chart", cluster, main, fast, overwrite=False)
        self.groups: dict[str, eks.KubernetesManifest] = {}
        self.users_secret_uid: eks.KubernetesObjectValue | None = None  # one database per tenant
        for group, objects in groups.items():
            manifest = self._manifest(f"Group-{group}", cluster, objects, fast, overwrite=True)
            # Its objects live in the main manifest's namespace; the database CR also waits for its users Secret.
            deps = [self.manifest] + [self._users_secret(cluster, obj) for obj in objects if manifest_groups.group_kind(obj) == DATABASE_KIND]
            self._nodes[f"Group-{group}"].add_dependency(*deps)
            self.groups[group] = manifest
        self.database = next((m for g, m in self.groups.items() if any(
            manifest_groups.group_kind(o) == DATABASE_KIND for o in groups[g])), None)
        if self.database is not None:
            self.run_database_last(*(m for m in self.groups.values() if m is not self.database))

    def run_database_last(self, *others: Construct) -> None:
        """The database CR's manifest waits for `others` too. A rollback deletes the manifests the
        failed deploy created, and the handler deletes their objects - even objects that existed
        before (the first deploy after upgrading moves the CR out of the main manifest). Nothing
        can fail after the last request, and a Delete after a failed Create is ignored by the
        provider framework: as the last request, the CR's manifest is never rolled back that way."""
        deps = [other for other in others if other is not None]
        if self.database is not None and deps:
            self.database.node.add_dependency(*deps)  # one call into the jsii kernel for all of them

    def _manifest(self, construct_id: str, cluster: eks.ICluster, objects: list[dict], fast: bool, *, overwrite: bool) -> eks.KubernetesManifest:
        manifest = eks.KubernetesManifest(self, construct_id, cluster=cluster, manifest=[] if fast else objects,
                                          prune=True, overwrite=overwrite or None)
        node = self._nodes[construct_id] = manifest.node
        if fast:
            _set_manifest_json(node, objects)
        return manifest

    def _users_secret(self, cluster: eks.ICluster, database: dict) -> eks.KubernetesObjectValue:
        """Waits (at deploy time) until the Secret the CR names in spec.secretsName exists."""
        if self.users_secret_uid is None:  # the chart renders at most one PerconaServerMySQL
            self.users_secret_uid = eks.KubernetesObjectValue(
                self, "UsersSecretUid", cluster=cluster, object_type="secret",
                object_name=database["spec"]["secretsName"], object_namespace=database["metadata"]["namespace"],
                json_path=".metadata.uid", timeout=USERS_SECRET_WAIT,
            )
            # ESO writes the Secret from the ExternalSecret the main manifest applies.
            self.users_secret_uid.node.add_dependency(self.manifest)
        return self.users_secret_uid

    @staticmethod
    def payload_bytes(template_resource: dict) -> int:
        """Size of a synthesised manifest resource's Manifest property (tokens resolved)."""
        return len(json.dumps(template_resource["Properties"]["Manifest"], separators=(",", ":")))


def _set_manifest_json(node: Node, objects: list[dict]) -> None:
    """What KubernetesManifest does with its `manifest` (prune label first, then Stack.toJsonString),
    done in Python: handing a ~50 KB object graph to the jsii kernel, type-checked node by node,
    cost a third of a second per tenant (a test asserts both paths deploy the same manifest).

    The chart's values are plain strings or CloudFormation tokens for ARNs, names and host
    names, which never contain characters JSON must escape; CDK resolves the token markers
    inside the string into an Fn::Join, exactly as for any string with tokens.
    """
    label = PRUNE_LABEL_PREFIX + node.addr
    for obj in objects:
        metadata = obj.setdefault("metadata", {})
        metadata["labels"] = {label: "", **metadata.get("labels", {})}
    resource = node.find_child("Resource").node.default_child
    resource.add_property_override("Manifest", json.dumps(objects, separators=(",", ":")))
