"""The tenant chart applied to the cluster through the cluster stack's kubectl provider.

One KubernetesManifest per tenant with prune on: an object that leaves the chart (a Job
renamed when its inputs change, the workloads of a decommissioned tenant) is deleted by the
next deployment. Its whole manifest travels in the custom resource's properties, which
CloudFormation sends to the kubectl handler as an asynchronous Lambda event; an update
carries the old and the new properties, so a manifest must stay well under half of the
256 KiB event limit (MANIFEST_BUDGET_BYTES, asserted in the tests).
"""

from __future__ import annotations

import json
from collections.abc import Callable

from aws_cdk import aws_eks_v2 as eks
from constructs import Construct

from drupal_platform.config import StageConfig, TenantConfig
from drupal_platform.contracts import PlatformRefs

# Lambda's limit for an asynchronous (Event) invocation, which is how CloudFormation invokes a
# custom resource's service token; the request holds ResourceProperties and, on update,
# OldResourceProperties, next to ~1 KiB of envelope.
LAMBDA_EVENT_PAYLOAD_LIMIT = 262_144
MANIFEST_BUDGET_BYTES = (LAMBDA_EVENT_PAYLOAD_LIMIT - 8_192) // 2
PRUNE_LABEL_PREFIX = "aws.cdk.eks/prune-"  # aws-cdk-lib KubernetesManifest's prune label


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

        self.objects = render(tenant, stage, refs)
        self.manifest = eks.KubernetesManifest(self, "Chart", cluster=cluster, manifest=[] if fast else self.objects, prune=True)
        if fast:
            self._set_manifest_json()

    def _set_manifest_json(self) -> None:
        """What KubernetesManifest does with its `manifest` (prune label first, then Stack.toJsonString),
        done in Python: handing a ~50 KB object graph to the jsii kernel, type-checked node by node,
        cost a third of a second per tenant (a test asserts both paths deploy the same manifest).

        The chart's values are plain strings or CloudFormation tokens for ARNs, names and host
        names, which never contain characters JSON must escape; CDK resolves the token markers
        inside the string into an Fn::Join, exactly as for any string with tokens.
        """
        label = PRUNE_LABEL_PREFIX + self.manifest.node.addr
        for obj in self.objects:
            metadata = obj.setdefault("metadata", {})
            metadata["labels"] = {label: "", **metadata.get("labels", {})}
        resource = self.manifest.node.find_child("Resource").node.default_child
        resource.add_property_override("Manifest", json.dumps(self.objects, separators=(",", ":")))

    @staticmethod
    def payload_bytes(template_resource: dict) -> int:
        """Size of a synthesised manifest resource's Manifest property (tokens resolved)."""
        return len(json.dumps(template_resource["Properties"]["Manifest"], separators=(",", ":")))
