"""A tenant's `Custom::DeployGate`: runs its deploy-step Job once per code change, through the
stage's deploy gate provider (constructs/deploy_gate.py), and fails the tenant's deploy when it fails.

The Job (every chart object labelled contracts.DEPLOY_STEP_LABEL) travels in the gate's
properties, never in a KubernetesManifest: a manifest re-applies its Jobs on every update
(`kubectl apply` would re-create a deploy Job after its TTL removed it) and prunes by label. So
the Job's spec - which holds the image - is what changes the gate's properties: a tenant whose
code changes gets an Update of its own gate, and nothing in another tenant's stack changes.
"""

from __future__ import annotations

import json

from aws_cdk import CustomResource, Duration
from constructs import Construct

from drupal_platform import contracts
from drupal_platform.config import StageConfig, TenantConfig
from drupal_platform.constructs.deploy_gate import RESOURCE_TYPE, deploy_gate_service_token, deploy_log_group_name


def is_deploy_step(obj: dict) -> bool:
    return obj.get("metadata", {}).get("labels", {}).get(contracts.DEPLOY_STEP_LABEL) == "true"


def deploy_image(job: dict) -> str:
    """The image the Job deploys: its DEPLOY_CONTAINER's (the last container otherwise)."""
    containers = job["spec"]["template"]["spec"]["containers"]
    return next((c for c in containers if c["name"] == contracts.DEPLOY_CONTAINER), containers[-1])["image"]


class TenantDeployGate(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, stage: StageConfig, tenant: TenantConfig, jobs: list[dict]) -> None:
        super().__init__(scope, construct_id)
        if len(jobs) > 1:
            names = ", ".join(j["metadata"]["name"] for j in jobs)
            raise ValueError(f"tenant {tenant.name}: the chart renders {len(jobs)} deploy-step Jobs ({names}); the gate runs one")
        suspended = tenant.platform.state == "suspended"
        job = jobs[0] if jobs else None
        if job is None and not suspended:
            raise ValueError(f"tenant {tenant.name}: the chart renders no deploy-step Job ({contracts.DEPLOY_STEP_LABEL}=true)")
        self.job = job
        self.resource = CustomResource(
            self, "Resource", service_token=deploy_gate_service_token(self, stage), resource_type=RESOURCE_TYPE,
            # CloudFormation's longest wait for a custom resource; the gate gives up a little earlier itself.
            service_timeout=Duration.seconds(contracts.DEPLOY_GATE_TIMEOUT_SECONDS),
            properties={
                "Tenant": tenant.name,
                "Namespace": tenant.namespace,
                "Image": deploy_image(job) if job else "",
                "Job": json.dumps(job, separators=(",", ":"), sort_keys=True) if job else "",
                "Suspended": "true" if suspended else "false",
                "LogGroup": deploy_log_group_name(stage),
            },
        )
