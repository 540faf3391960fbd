"""What the deploy gate (constructs/deploy_gate.py) may do in the cluster, and nothing more.

Its Lambda role's access entry maps it to contracts.DEPLOY_GATE_GROUP; this ClusterRole grants
that group the deploy-step Job's life cycle, reading the Job's pods and their logs (the failing
step's termination message and the log tail), and the deploy-state ConfigMap - by name where
Kubernetes allows it (`create` cannot be limited to a name). No Secrets, no exec, no edits of
workloads: a compromised gate can start a Job in a tenant namespace, where the namespace's own
admission rules, quota and NetworkPolicies apply to it like to any tenant pod.
"""

from __future__ import annotations

from constructs import Construct

from drupal_platform import contracts
from drupal_platform.charts.platform.k8s import k8s
from drupal_platform.charts.platform.base import PlatformChart

NAME = "drupal-platform-deploy-gate"

RULES = (
    ("batch", "jobs", ("create", "get", "delete"), ()),
    ("", "pods", ("get", "list"), ()),
    ("", "pods/log", ("get",), ()),
    ("", "configmaps", ("create",), ()),
    ("", "configmaps", ("get", "patch"), (contracts.DEPLOY_STATE_CONFIGMAP,)),
)


class DeployGateChart(PlatformChart):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id, component="deploy-gate")
        role = k8s.KubeClusterRole(
            self, "role", metadata=k8s.ObjectMeta(name=NAME),
            rules=[k8s.PolicyRule(api_groups=[group], resources=[resource], verbs=list(verbs),
                                  resource_names=list(names) or None) for group, resource, verbs, names in RULES],
        )
        k8s.KubeClusterRoleBinding(
            self, "binding", metadata=k8s.ObjectMeta(name=NAME),
            role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="ClusterRole", name=role.name),
            subjects=[k8s.Subject(kind="Group", name=contracts.DEPLOY_GATE_GROUP, api_group="rbac.authorization.k8s.io")],
        )
