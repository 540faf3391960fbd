"""Namespace, quota, limits, service accounts and client access of one tenant."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from drupal_platform import contracts, ephemeral
from drupal_platform.charts.tenant.k8s import k8s, plus
from drupal_platform.quota import tier_quota_hard
from drupal_platform.charts.tenant.site import SA_DATABASE, SA_DB_BACKUP, SA_DRUPAL, SA_SECRETS_READER, Site
from drupal_platform.charts.tenant import values

IRSA_ANNOTATION = "eks.amazonaws.com/role-arn"


def namespace(scope: Construct, site: Site) -> None:
    ns = k8s.KubeNamespace(scope, "namespace", metadata=k8s.ObjectMeta(name=site.namespace, labels={
        **site.common_labels,
        # Restricted Pod Security for everything in the namespace, including operator-created pods.
        "pod-security.kubernetes.io/enforce": "restricted",
        "pod-security.kubernetes.io/enforce-version": "latest",
        "pod-security.kubernetes.io/audit": "restricted",
        "pod-security.kubernetes.io/warn": "restricted",
    }))
    # The chart's namespace is stamped on every object; a Namespace itself is cluster-scoped.
    cdk8s.ApiObject.of(ns).add_json_patch(cdk8s.JsonPatch.remove("/metadata/namespace"))


def quota_and_limits(scope: Construct, site: Site) -> None:
    tier = site.tier
    q = values.quantity
    k8s.KubeResourceQuota(scope, "quota", metadata=k8s.ObjectMeta(name="tenant-quota"), spec=k8s.ResourceQuotaSpec(
        hard={k: q(v) for k, v in tier_quota_hard(tier).items()}))
    d = tier.container_default
    k8s.KubeLimitRange(scope, "limits", metadata=k8s.ObjectMeta(name="tenant-limits"), spec=k8s.LimitRangeSpec(limits=[
        # Defaults reach the containers nobody sets resources for (operator sidecars, injected
        # init containers): with an ephemeral-storage quota, a container without one is rejected.
        k8s.LimitRangeItem(
            type="Container",
            default={"cpu": q(d.cpu_limit), "memory": q(d.memory_limit),
                     "ephemeral-storage": q(ephemeral.LIMIT_RANGE_DEFAULT.limit_quantity)},
            default_request={"cpu": q(d.cpu_request), "memory": q(d.memory_request),
                             "ephemeral-storage": q(ephemeral.LIMIT_RANGE_DEFAULT.request_quantity)},
            max={"cpu": q(tier.container_max_cpu), "memory": q(tier.container_max_memory),
                 "ephemeral-storage": q(f"{ephemeral.CONTAINER_MAX}Mi")},
        ),
    ]))


def service_accounts(scope: Construct, site: Site) -> None:
    irsa = {IRSA_ANNOTATION: site.refs.tenant_role_arn}
    # Used only by the tenant's SecretStore (ESO requests a token for it).
    plus.ServiceAccount(scope, "sa-secrets-reader", automount_token=False,
                        metadata=cdk8s.ApiObjectMetadata(name=SA_SECRETS_READER, annotations=irsa))
    # The backup job writes to the tenant's prefix of the backup bucket with this role.
    plus.ServiceAccount(scope, "sa-db-backup", automount_token=False,
                        metadata=cdk8s.ApiObjectMetadata(name=SA_DB_BACKUP, annotations=irsa))
    # Drupal's own: no AWS role (a site needing one gets it here), no API token.
    plus.ServiceAccount(scope, "sa-drupal", automount_token=False, metadata=cdk8s.ApiObjectMetadata(name=SA_DRUPAL))
    # The operator's MySQL and router pods. Operator v1.2.0 sets no automountServiceAccountToken on
    # them, and its entrypoints, probes and bootstrap read the namespace from the token's mount
    # (tests/charts/test_operator_pods.py cites the lines): the token must be mounted, so this
    # account is bound to no Role and the token authorises nothing but discovery.
    plus.ServiceAccount(scope, "sa-database", automount_token=True, metadata=cdk8s.ApiObjectMetadata(name=SA_DATABASE))
    # Pods that name no account get no token.
    plus.ServiceAccount(scope, "sa-default", automount_token=False, metadata=cdk8s.ApiObjectMetadata(name="default"))


# Read access for the client's operators: everything except Secrets (whose values they do not need).
_READ = [
    ("", ["pods", "services", "endpoints", "configmaps", "persistentvolumeclaims", "events", "serviceaccounts",
          "resourcequotas", "limitranges"]),
    ("apps", ["deployments", "replicasets", "statefulsets"]),
    ("batch", ["jobs", "cronjobs"]),
    ("autoscaling", ["horizontalpodautoscalers"]),
    ("policy", ["poddisruptionbudgets"]),
    ("networking.k8s.io", ["ingresses", "networkpolicies"]),
    ("external-secrets.io", ["externalsecrets", "secretstores"]),
    ("ps.percona.com", ["perconaservermysqls"]),
    ("monitoring.coreos.com", ["servicemonitors"]),
]


def client_access(scope: Construct, site: Site) -> None:
    """Operate-level principals: read, logs, exec and run Jobs. Never NetworkPolicies,
    Ingresses, quotas, RBAC or the SecretStore (those are read-only or invisible)."""
    levels = {g.level for g in site.tenant.platform.access}
    if "operate" not in levels:
        return
    rules = [k8s.PolicyRule(api_groups=[g], resources=r, verbs=["get", "list", "watch"]) for g, r in _READ]
    rules += [
        k8s.PolicyRule(api_groups=[""], resources=["pods/log"], verbs=["get", "list"]),
        k8s.PolicyRule(api_groups=[""], resources=["pods/exec"], verbs=["create", "get"]),
        k8s.PolicyRule(api_groups=["batch"], resources=["jobs"], verbs=["create", "delete"]),
    ]
    # Both leave when the last operate principal does: one group, one manifest (manifest_groups.py).
    group = {contracts.MANIFEST_GROUP_LABEL: "client-operate"}
    k8s.KubeRole(scope, "operate-role", metadata=k8s.ObjectMeta(name="client-operate", labels=group), rules=rules)
    k8s.KubeRoleBinding(scope, "operate-binding", metadata=k8s.ObjectMeta(name="client-operate", labels=group),
                        role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name="client-operate"),
                        subjects=[k8s.Subject(kind="Group", api_group="rbac.authorization.k8s.io",
                                              name=contracts.client_access_group(site.name, "operate"))])
