"""A small model of what CloudFormation and aws-cdk-lib 2.275's kubectl handler do to a cluster
when a tenant stack is deployed, run on synthesised templates.

Read from the sources at the pinned versions (aws-cdk-lib-2.275.0 jsii tarball in site-packages,
custom-resource-handlers/dist/aws-eks-v2/kubectl-handler/):
- apply/__init__.py:53-62 - Create: `kubectl create --save-config -f` (fails with AlreadyExists
  for an object that exists), or `kubectl apply -f` when the Overwrite property is true.
- apply/__init__.py:63-67 - Update: `kubectl apply -f … --prune -l <PruneLabel>`, no allowlist.
- apply/__init__.py:68-72 - Delete: `kubectl delete -f <the last deployed manifest>`; an error
  is only logged, so the deploy succeeds whatever was left behind.
- get/__init__.py:43-69 - KubernetesObjectValue: on Create/Update polls `kubectl get -o jsonpath`
  every 10 s until it prints something or TimeoutSeconds pass; nothing on Delete.
- custom-resources provider-framework runtime/cfn-response.js (safeHandler): a Delete that
  follows a failed Create is ignored.
kubectl (staging/src/k8s.io/kubectl/pkg/util/prune/prune.go, GetRESTMappings): without
--prune-allowlist, prune considers only its default kinds (PRUNE_KINDS below, kept separate
from the code under test on purpose). kubectl apply's three-way merge drops a label that the
last applied configuration had and the new one lacks, so an object applied from another
manifest loses the old manifest's prune label.
CloudFormation: creates and updates resources after what they depend on (DependsOn, Ref,
Fn::GetAtt) and deletes the resources a template no longer has afterwards, in the cleanup
phase, dependents first. Independent resources run in parallel: `reverse_ties` picks either
order. A failed update rolls back: what was updated is updated back to the old properties, what
was created is deleted (`roll_back`).
External Secrets: the operator writes an ExternalSecret's target Secret some time after it
exists - modelled as "only while someone waits", the worst case CloudFormation can produce.
Percona operator v1.2.0 (pkg/secret FillPasswordsSecret): a PerconaServerMySQL whose
spec.secretsName Secret is missing gets random passwords - recorded in `random_passwords`.
Deleting a Namespace deletes everything in it.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field

MANIFEST = "Custom::AWSCDK-EKS-KubernetesResource"
OBJECT_VALUE = "Custom::AWSCDK-EKS-KubernetesObjectValue"

PRUNE_KINDS = {
    ("", "ConfigMap"), ("", "Endpoints"), ("", "Namespace"), ("", "PersistentVolumeClaim"), ("", "PersistentVolume"),
    ("", "Pod"), ("", "ReplicationController"), ("", "Secret"), ("", "Service"), ("batch", "Job"), ("batch", "CronJob"),
    ("networking.k8s.io", "Ingress"), ("apps", "DaemonSet"), ("apps", "Deployment"), ("apps", "ReplicaSet"), ("apps", "StatefulSet"),
}
CLUSTER_SCOPED = {("", "Namespace"), ("", "PersistentVolume")}

LAST = "<another resource, after every manifest>"  # fail_at: e.g. a node group's update fails
Key = tuple[str, str, str, str]  # (API group, kind, namespace, name)


def key(obj: dict) -> Key:
    group = obj["apiVersion"].rpartition("/")[0]
    ns = "" if (group, obj["kind"]) in CLUSTER_SCOPED else obj["metadata"].get("namespace", "default")
    return (group, obj["kind"], ns, obj["metadata"]["name"])


def resolve(value, resource_attrs: dict[str, str] | None = None):
    """A property with Ref/Fn::GetAtt/Fn::Join resolved to stable placeholders."""
    attrs = resource_attrs or {}
    if isinstance(value, dict):
        if "Ref" in value:
            return f"<{value['Ref']}>"
        if "Fn::GetAtt" in value:
            res, attr = value["Fn::GetAtt"]
            return attrs.get(f"{res}.{attr}", f"<{res}.{attr}>")
        if "Fn::Join" in value:
            sep, parts = value["Fn::Join"]
            return sep.join(resolve(p, attrs) for p in parts)
        return {k: resolve(v, attrs) for k, v in value.items()}
    if isinstance(value, list):
        return [resolve(v, attrs) for v in value]
    return value


def _refs(value) -> set[str]:
    out: set[str] = set()
    if isinstance(value, dict):
        if "Ref" in value:
            out.add(value["Ref"])
        if "Fn::GetAtt" in value:
            out.add(value["Fn::GetAtt"][0])
        for v in value.values():
            out |= _refs(v)
    elif isinstance(value, list):
        for v in value:
            out |= _refs(v)
    return out


def dependencies(template: dict) -> dict[str, set[str]]:
    resources = template["Resources"]
    deps = {}
    for lid, res in resources.items():
        d = res.get("DependsOn", [])
        d = {d} if isinstance(d, str) else set(d)
        deps[lid] = (d | _refs(res.get("Properties", {}))) & set(resources)
    return deps


def topological(template: dict, *, reverse_ties: bool = False) -> list[str]:
    """Resources in an order CloudFormation may use: each after its dependencies; ties by logical
    ID (or reversed: both orders are possible when nothing orders two resources)."""
    deps = dependencies(template)
    done: list[str] = []
    pending = set(deps)
    while pending:
        ready = sorted((r for r in pending if deps[r] <= set(done)), reverse=reverse_ties)
        assert ready, f"dependency cycle among {sorted(pending)}"
        done.append(ready[0])
        pending.remove(ready[0])
    return done


class DeployFailed(Exception):
    pass


@dataclass
class Cluster:
    objects: dict[Key, dict] = field(default_factory=dict)
    log: list[tuple[str, Key]] = field(default_factory=list)  # ("create"|"apply"|"prune"|"delete", key)
    delete_errors: list[str] = field(default_factory=list)  # logged by the handler, deploy goes on
    random_passwords: list[Key] = field(default_factory=list)  # CRs applied before their users Secret
    controller_made: set[Key] = field(default_factory=set)  # written by ESO, not by a manifest

    # --- kubectl ---------------------------------------------------------------------------
    def _write(self, verb: str, obj: dict) -> None:
        k = key(obj)
        self.objects[k] = copy.deepcopy(obj)  # three-way merge: the new manifest's labels replace the old
        self.log.append((verb, k))
        if k[1] == "PerconaServerMySQL":
            users = ("", "Secret", k[2], obj["spec"]["secretsName"])
            if users not in self.objects:
                self.random_passwords.append(k)

    def create(self, objects: list[dict]) -> None:
        for obj in objects:
            if key(obj) in self.objects:
                raise DeployFailed(f"Error from server (AlreadyExists): {key(obj)}")
            self._write("create", obj)

    def apply(self, objects: list[dict], prune_label: str | None = None) -> None:
        for obj in objects:
            self._write("apply", obj)
        if prune_label is None:
            return
        applied = {key(o) for o in objects}
        visited = {key(o)[2] for o in objects}
        for k, obj in list(self.objects.items()):
            if k in applied or (k[0], k[1]) not in PRUNE_KINDS or (k[2] and k[2] not in visited):
                continue
            if prune_label in obj["metadata"].get("labels", {}):
                self._delete(k, "prune")

    def delete(self, objects: list[dict]) -> None:
        missing = [key(o) for o in objects if key(o) not in self.objects]
        for obj in objects:
            if key(obj) in self.objects:
                self._delete(key(obj), "delete")
        if missing:
            self.delete_errors.append(f"NotFound: {missing}")

    def _delete(self, k: Key, verb: str) -> None:
        self.objects.pop(k, None)
        self.log.append((verb, k))
        if k[1] == "Namespace":
            for other in [o for o in self.objects if o[2] == k[3]]:
                self.objects.pop(other)
                self.log.append((verb, other))

    # --- controllers ---------------------------------------------------------------------
    def eso_sync(self) -> None:
        for (group, kind, ns, _), obj in list(self.objects.items()):
            if group == "external-secrets.io" and kind == "ExternalSecret":
                target = obj["spec"]["target"]["name"]
                self.controller_made.add(("", "Secret", ns, target))
                self.objects.setdefault(("", "Secret", ns, target), {
                    "apiVersion": "v1", "kind": "Secret", "metadata": {"name": target, "namespace": ns, "uid": f"uid-{ns}-{target}"}})

    def applied(self) -> dict[Key, dict]:
        """What the manifests put on the cluster (prune labels left out)."""
        return {k: strip_prune_labels(o) for k, o in self.objects.items() if k not in self.controller_made}

    def get(self, kind: str, ns: str, name: str, json_path: str) -> str:
        obj = self.objects.get(("", kind.capitalize(), ns, name))
        if obj is None:
            return ""
        value = obj
        for part in json_path.strip(".").split("."):
            value = value.get(part, "") if isinstance(value, dict) else ""
        return value if isinstance(value, str) else json.dumps(value)


def manifest_objects(res: dict) -> list[dict]:
    return json.loads(resolve(res["Properties"]["Manifest"]))


def _overwrite(res: dict) -> bool:
    return str(res["Properties"].get("Overwrite", "false")).lower() == "true"  # CloudFormation sends strings


def _run(cluster: Cluster, lid: str, res: dict, before: dict | None, *, prune: bool = True) -> None:
    """One Create (before None) or Update request for a resource, as the handler runs it."""
    if res["Type"] == OBJECT_VALUE:
        p = res["Properties"]
        cluster.eso_sync()  # the only moment the model lets time pass: someone waits
        if not cluster.get(p["ObjectType"], p["ObjectNamespace"], p["ObjectName"], p["JsonPath"]):
            raise DeployFailed(f"{lid}: Timeout waiting for output from kubectl command")
    elif before is None:
        if _overwrite(res):
            cluster.apply(manifest_objects(res))
        else:
            cluster.create(manifest_objects(res))
    else:
        cluster.apply(manifest_objects(res), res["Properties"].get("PruneLabel") if prune else None)


@dataclass
class Failed(Exception):
    """A deploy that failed at `lid`; `done` lists what ran before, ("create"|"update", lid)."""

    lid: str
    done: list[tuple[str, str]]


def deploy(cluster: Cluster, old: dict | None, new: dict | None, *, reverse_ties: bool = False, fail_at: str | None = None) -> None:
    """CloudFormation creating (old None), updating or deleting (new None) a tenant stack.
    `fail_at`: that resource's request fails before it changes anything (raises Failed)."""
    old_res = (old or {"Resources": {}})["Resources"]
    new_res = (new or {"Resources": {}})["Resources"]
    done: list[tuple[str, str]] = []
    if new is not None:
        for lid in topological(new, reverse_ties=reverse_ties):
            res = new_res[lid]
            if res["Type"] not in (MANIFEST, OBJECT_VALUE):
                continue
            before = old_res.get(lid)
            if before is not None and resolve(before["Properties"]) == resolve(res["Properties"]):
                continue  # unchanged properties: CloudFormation sends nothing
            verb = "create" if before is None else "update"
            if lid == fail_at:
                raise Failed(lid, done + [("failed-" + verb, lid)])
            _run(cluster, lid, res, before)
            done.append((verb, lid))
        if fail_at == LAST:
            raise Failed(LAST, done)
    if old is not None:
        gone = [lid for lid in reversed(topological(old, reverse_ties=reverse_ties)) if lid not in new_res]
        for lid in gone:
            if old_res[lid]["Type"] == MANIFEST:
                cluster.delete(manifest_objects(old_res[lid]))


def roll_back(cluster: Cluster, old: dict, new: dict, failed: Failed) -> None:
    """CloudFormation's rollback of a failed update: every resource it updated (the failed one
    included) gets an Update back to its old properties, in the old template's order; then the
    resources it created are deleted, dependents first - except one whose Create failed, whose
    Delete the provider framework ignores (cfn-response.js safeHandler)."""
    updated = {lid for verb, lid in failed.done if verb in ("update", "failed-update")}
    created = [lid for verb, lid in failed.done if verb == "create"]
    for lid in topological(old):
        if lid in updated:
            _run(cluster, lid, old["Resources"][lid], new["Resources"][lid])
    for lid in reversed(created):
        if new["Resources"][lid]["Type"] == MANIFEST:
            cluster.delete(manifest_objects(new["Resources"][lid]))


def requests(old: dict | None, new: dict) -> list[str]:
    """The resources a deploy from `old` to `new` sends a Create or Update to, in order."""
    old_res = (old or {"Resources": {}})["Resources"]
    out = []
    for lid in topological(new):
        res = new["Resources"][lid]
        if res["Type"] in (MANIFEST, OBJECT_VALUE):
            before = old_res.get(lid)
            if before is None or resolve(before["Properties"]) != resolve(res["Properties"]):
                out.append(lid)
    return out


def rendered(template: dict) -> dict[Key, dict]:
    """Every object the template's manifests apply, by key."""
    out = {}
    for res in template["Resources"].values():
        if res["Type"] == MANIFEST:
            for obj in manifest_objects(res):
                assert key(obj) not in out, f"{key(obj)} in two manifests"
                out[key(obj)] = obj
    return out


def strip_prune_labels(obj: dict) -> dict:
    obj = copy.deepcopy(obj)
    labels = obj["metadata"].get("labels", {})
    obj["metadata"]["labels"] = {k: v for k, v in labels.items() if not k.startswith("aws.cdk.eks/prune-")}
    return obj
