"""Which KubernetesManifest applies each object of a tenant chart, so that every object that
leaves the chart also leaves the cluster.

aws-cdk-lib's kubectl handler (custom-resource-handlers/lib/aws-eks-v2/kubectl-handler/apply)
updates a manifest with `kubectl apply --prune -l <label>` and no allowlist; kubectl then prunes
only its default kinds (kubectl pkg/util/prune/prune.go, DEFAULT_PRUNE_KINDS below). An object
of any other kind (PerconaServerMySQL, HorizontalPodAutoscaler, PodDisruptionBudget,
ServiceMonitor, NetworkPolicy, Role ...) that leaves a manifest stays on the cluster. What does
delete it is deleting the whole manifest resource: the handler runs `kubectl delete -f` on it.
So, in this order:

1. Default-prunable kinds stay in the main manifest, whatever else applies: prune removes them
   when they leave, and moving one out would get it pruned (and re-created) by the main
   manifest's next apply - a PVC, Secret, Namespace or Deployment must never take that trip.
2. An object carrying MANIFEST_GROUP_LABEL goes to the manifest that label names: objects that
   come and go together (the HA router's two NetworkPolicies, the operate Role and its binding).
3. Kinds that make up the namespace's foundation (FOUNDATION_KINDS: quota, limits,
   NetworkPolicies, ServiceAccounts, the SecretStore and ExternalSecrets) stay in the main
   manifest: workloads there need them first (admission, default-deny, identities, secrets).
   Such an object that exists only under a setting must carry the group label (rule 2).
4. Anything else - any custom resource, HPA, PDB, monitor or RBAC object a chart adds - gets a
   manifest of its own, named after its kind and name: it exists exactly while the object does.

Never change the group of an object that is deployed (a new or changed label, a new rule): the
new manifest would adopt it, then CloudFormation's cleanup phase deletes the old manifest and the
handler runs `kubectl delete` on the object. A group name therefore derives only from the object
itself (its label, or its kind and name), and the pinned template snapshots show any regrouping. tests/tenant/test_transitions.py
applies these rules under a model of the handler to every state change and switched-off option.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from drupal_platform.contracts import MANIFEST_GROUP_LABEL

MAIN = ""  # the group of the main manifest

# kubectl's default prune allowlist, (API group, kind) - pkg/util/prune/prune.go, GetRESTMappings.
DEFAULT_PRUNE_KINDS = frozenset({
    ("", "ConfigMap"), ("", "Endpoints"), ("", "Namespace"), ("", "PersistentVolumeClaim"),
    ("", "PersistentVolume"), ("", "Pod"), ("", "ReplicationController"), ("", "Secret"),
    ("", "Service"), ("batch", "Job"), ("batch", "CronJob"), ("networking.k8s.io", "Ingress"),
    ("apps", "DaemonSet"), ("apps", "Deployment"), ("apps", "ReplicaSet"), ("apps", "StatefulSet"),
})

FOUNDATION_KINDS = frozenset({
    ("", "ResourceQuota"), ("", "LimitRange"), ("", "ServiceAccount"),
    ("networking.k8s.io", "NetworkPolicy"),
    ("external-secrets.io", "SecretStore"), ("external-secrets.io", "ExternalSecret"),
})

_GROUP_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,80}$")


def group_kind(obj: dict) -> tuple[str, str]:
    api_version = obj["apiVersion"]
    return (api_version.rpartition("/")[0], obj["kind"])


def group_of(obj: dict) -> str:
    """The group (MAIN for the main manifest) an object is applied in."""
    gk = group_kind(obj)
    if gk in DEFAULT_PRUNE_KINDS:
        return MAIN
    label = obj.get("metadata", {}).get("labels", {}).get(MANIFEST_GROUP_LABEL)
    if label:
        if not _GROUP_NAME.match(label):
            raise ValueError(f"{obj['kind']}/{obj['metadata'].get('name')}: {MANIFEST_GROUP_LABEL}={label!r} is not a group name")
        return label
    if gk in FOUNDATION_KINDS:
        return MAIN
    return f"{obj['kind']}-{obj['metadata']['name']}"


def split(objects: Iterable[dict]) -> tuple[list[dict], dict[str, list[dict]]]:
    """(main manifest's objects, {group: objects}) in the chart's order; groups sorted by name."""
    main: list[dict] = []
    groups: dict[str, list[dict]] = {}
    for obj in objects:
        group = group_of(obj)
        if group == MAIN:
            main.append(obj)
        else:
            groups.setdefault(group, []).append(obj)
    return main, dict(sorted(groups.items()))
