"""Admission guards for what a tenant's client principals may do beyond RBAC.

The `operate` Role lets a client create Jobs (maintenance) and exec into pods (debugging).
RBAC cannot look inside a Job, so a client could otherwise run one as `db-backup` or
`secrets-reader` (the tenant's IAM role through IRSA), mount `mysql-users` (the database's
system users), or exec into a MySQL or backup pod. Two cluster-scoped ValidatingAdmissionPolicies
(admissionregistration.k8s.io/v1, GA since Kubernetes 1.30) close both doors for requests by a
tenant's client groups in tenant namespaces:

- `drupal-tenant-client-jobs`: Job create/update (the job controller, not the client, creates
  the pods) - only the site's own ServiceAccounts, no service-account token, no Secret other
  than the site's own in volumes or the environment, no claim but the site's files (the MySQL
  data volumes hold the system users too) and no inline CSI volume;
- `drupal-tenant-client-exec`: exec, attach and port-forward (CONNECT, keyed on the target pod's
  name: a CONNECT request carries the pod's name, not its labels) only into the site's Drupal
  pods and debug pods.

tests/platform/test_tenant_admission.py evaluates the CEL with cel-python on allowed and
denied requests, including every Job the platform renders for clients.
"""

from __future__ import annotations

import re

from constructs import Construct

from drupal_platform import contracts

from .base import PlatformChart
from .k8s import k8s

JOBS_POLICY = "drupal-tenant-client-jobs"
EXEC_POLICY = "drupal-tenant-client-exec"
ACCESS_LEVELS = ("view", "operate")


def client_group_regex() -> str:
    """Every group contracts.client_access_group() yields, for any tenant and level (RE2, CEL-quotable)."""
    marker = "TENANTNAME"
    prefix, suffix = contracts.client_access_group(marker, "LEVEL").split(marker)
    separator = suffix[: -len("LEVEL")]
    if not re.fullmatch(r"[a-z0-9:-]*", prefix + separator):  # no regex or CEL escaping needed
        raise ValueError(f"client access group {prefix}{marker}{suffix} needs escaping in the admission policy")
    return f"^{prefix}[a-z0-9]([-a-z0-9]*[a-z0-9])?{separator}({'|'.join(ACCESS_LEVELS)})$"


def _cel_list(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(f"'{v}'" for v in values) + "]"


IS_CLIENT = f"request.userInfo.groups.exists(g, g.matches('{client_group_regex()}'))"

JOB_VARIABLES = [
    ("pod", "object.spec.template.spec"),
    ("containers", "variables.pod.containers"
                   " + (has(variables.pod.initContainers) ? variables.pod.initContainers : [])"
                   " + (has(variables.pod.ephemeralContainers) ? variables.pod.ephemeralContainers : [])"),
    ("volumes", "has(variables.pod.volumes) ? variables.pod.volumes : []"),
    ("accounts", _cel_list(contracts.CLIENT_JOB_SERVICE_ACCOUNTS)),
    ("secrets", _cel_list(contracts.CLIENT_JOB_SECRETS)),
    ("claims", _cel_list(contracts.CLIENT_JOB_CLAIMS)),
]

# (expression, message): every one must hold.
JOB_VALIDATIONS = [
    ("!has(variables.pod.serviceAccountName) || variables.pod.serviceAccountName in variables.accounts",
     "a client Job runs as the site's own ServiceAccount ('drupal' or 'default'), never a platform account"),
    ("!has(variables.pod.serviceAccount) || variables.pod.serviceAccount in variables.accounts",
     "a client Job runs as the site's own ServiceAccount (deprecated field serviceAccount)"),
    ("!has(variables.pod.automountServiceAccountToken) || variables.pod.automountServiceAccountToken == false",
     "a client Job mounts no service-account token"),
    ("variables.volumes.all(v, !has(v.projected) || !has(v.projected.sources)"
     " || v.projected.sources.all(s, !has(s.serviceAccountToken)))",
     "a client Job projects no service-account token"),
    ("variables.volumes.all(v, !has(v.secret) || (has(v.secret.secretName) && v.secret.secretName in variables.secrets))",
     "a client Job mounts only the site's own Secrets"),
    ("variables.volumes.all(v, !has(v.projected) || !has(v.projected.sources)"
     " || v.projected.sources.all(s, !has(s.secret) || (has(s.secret.name) && s.secret.name in variables.secrets)))",
     "a client Job projects only the site's own Secrets"),
    ("variables.volumes.all(v, !has(v.persistentVolumeClaim) || v.persistentVolumeClaim.claimName in variables.claims)",
     "a client Job mounts only the site's files claim, never the database's volumes"),
    ("variables.volumes.all(v, !has(v.csi))",
     "a client Job uses no inline CSI volume (Pod Security restricted allows them; a driver could reach platform storage)"),
    ("variables.containers.all(c, !has(c.env) || c.env.all(e, !has(e.valueFrom) || !has(e.valueFrom.secretKeyRef)"
     " || e.valueFrom.secretKeyRef.name in variables.secrets))",
     "a client Job reads only the site's own Secrets into its environment"),
    ("variables.containers.all(c, !has(c.envFrom) || c.envFrom.all(e, !has(e.secretRef) || e.secretRef.name in variables.secrets))",
     "a client Job reads only the site's own Secrets into its environment (envFrom)"),
]

EXEC_VALIDATIONS = [
    (f"request.name.matches('{contracts.CLIENT_EXEC_POD_NAME_REGEX}')",
     "clients may exec, attach and port-forward only into the site's Drupal and debug pods"),
]


def _tenant_namespaces() -> k8s.LabelSelector:
    e = contracts.TENANT_NAMESPACE_SELECTOR_EXPRESSION
    return k8s.LabelSelector(match_expressions=[k8s.LabelSelectorRequirement(key=e["key"], operator=e["operator"])])


class TenantAdmissionChart(PlatformChart):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id, component="tenant-admission")
        self._policy(JOBS_POLICY, k8s.NamedRuleWithOperations(
            api_groups=["batch"], api_versions=["*"], operations=["CREATE", "UPDATE"], resources=["jobs"]),
            JOB_VARIABLES, JOB_VALIDATIONS)
        self._policy(EXEC_POLICY, k8s.NamedRuleWithOperations(
            api_groups=[""], api_versions=["v1"], operations=["CONNECT"],
            resources=["pods/exec", "pods/attach", "pods/portforward"]),
            [], EXEC_VALIDATIONS)

    def _policy(self, name: str, rule: k8s.NamedRuleWithOperations, variables, validations) -> None:
        k8s.KubeValidatingAdmissionPolicy(self, name, metadata=k8s.ObjectMeta(name=name), spec=k8s.ValidatingAdmissionPolicySpec(
            failure_policy="Fail",
            match_constraints=k8s.MatchResources(resource_rules=[rule], namespace_selector=_tenant_namespaces()),
            # Only the tenants' client principals: platform administrators, the CDK deployer and
            # the controllers are never in these groups.
            match_conditions=[k8s.MatchCondition(name="tenant-client", expression=IS_CLIENT)],
            variables=[k8s.Variable(name=n, expression=e) for n, e in variables] or None,
            validations=[k8s.Validation(expression=e, message=m, reason="Forbidden") for e, m in validations],
        ))
        k8s.KubeValidatingAdmissionPolicyBinding(self, f"{name}-binding", metadata=k8s.ObjectMeta(name=name),
                                                 spec=k8s.ValidatingAdmissionPolicyBindingSpec(
                                                     policy_name=name, validation_actions=["Deny"],
                                                     match_resources=k8s.MatchResources(namespace_selector=_tenant_namespaces())))
