"""Client access to one tenant's namespace: an EKS access entry per principal.

`view` gets AmazonEKSViewPolicy scoped to the tenant namespace. `operate` gets the same and
is mapped to the Kubernetes group `contracts.client_access_group(name, "operate")`, which the
tenant chart's RoleBinding binds to a Role adding pod logs, `pods/exec` and creating Jobs —
never editing NetworkPolicies, Ingresses, quotas, Roles or the SecretStore (edit rights would
let a client open its network or claim another tenant's host on the shared load balancer).
Both levels carry their group, so the chart can grant `view` more than the EKS policy without
changing this stack.

The L1 resource is used because aws_eks_v2.AccessEntry (2.275) cannot set Kubernetes groups.
"""

from __future__ import annotations

from aws_cdk import Stack
from aws_cdk import aws_eks_v2 as eks
from constructs import Construct

from drupal_platform import contracts
from drupal_platform.config import TenantConfig

VIEW_POLICY = "AmazonEKSViewPolicy"


def access_entry_id(principal: str) -> str:
    """Construct ID from the principal's ARN (a name, never a list position)."""
    kind_and_name = principal.split(":", 5)[5]
    return "".join(ch if ch.isalnum() else "-" for ch in kind_and_name)


class TenantAccess(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, tenant: TenantConfig, cluster_name: str) -> None:
        super().__init__(scope, construct_id)
        partition = Stack.of(self).partition
        self.entries: dict[str, eks.CfnAccessEntry] = {}
        for grant in tenant.platform.access:
            self.entries[grant.principal] = eks.CfnAccessEntry(
                self,
                access_entry_id(grant.principal),
                cluster_name=cluster_name,
                principal_arn=grant.principal,
                type="STANDARD",
                kubernetes_groups=[contracts.client_access_group(tenant.name, grant.level)],
                access_policies=[
                    eks.CfnAccessEntry.AccessPolicyProperty(
                        policy_arn=f"arn:{partition}:eks::aws:cluster-access-policy/{VIEW_POLICY}",
                        access_scope=eks.CfnAccessEntry.AccessScopeProperty(type="namespace", namespaces=[tenant.namespace]),
                    )
                ],
            )
