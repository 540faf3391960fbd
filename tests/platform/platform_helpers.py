"""Reading the platform templates: Helm values, rendered manifests and IAM statements.

CloudFormation tokens inside a value (Fn::Join parts that are Ref/GetAtt/GetStackOutput) are
replaced by TOKEN so the JSON documents they sit in can be parsed and validated.
"""

from __future__ import annotations

import fnmatch
import json

TOKEN = "TOKEN"
HELM = "Custom::AWSCDK-EKS-HelmChart"
MANIFEST = "Custom::AWSCDK-EKS-KubernetesResource"


def flatten(value) -> str | object:
    """A property value with every intrinsic replaced by TOKEN (strings joined)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and set(value) == {"Fn::Join"}:
        sep, parts = value["Fn::Join"]
        return sep.join(p if isinstance(p, str) else TOKEN for p in parts)
    if isinstance(value, dict) and len(value) == 1 and next(iter(value)).startswith(("Fn::", "Ref")):
        return TOKEN
    return value


def of_type(template: dict, type_: str) -> dict[str, dict]:
    return {k: v for k, v in template["Resources"].items() if v["Type"] == type_}


def helm_releases(template: dict) -> dict[str, dict]:
    """release name -> {chart_asset_url, namespace, values (parsed), logical_id, ...}.
    `properties` keeps every property, so a test can assert which ones are absent."""
    out = {}
    for logical_id, res in of_type(template, HELM).items():
        p = res["Properties"]
        out[p["Release"]] = {
            "logical_id": logical_id,
            "properties": p,
            "chart_asset_url": p.get("ChartAssetURL"),
            "namespace": p["Namespace"],
            "wait": p.get("Wait"),
            "values": json.loads(flatten(p["Values"])),
            "depends_on": res.get("DependsOn", []),
        }
    return out


def manifests(template: dict) -> dict[str, list[dict]]:
    """logical id of each KubernetesManifest -> the objects it applies."""
    return {k: json.loads(flatten(v["Properties"]["Manifest"])) for k, v in of_type(template, MANIFEST).items()}


def all_objects(template: dict) -> list[dict]:
    return [o for objs in manifests(template).values() for o in objs]


def find(objects: list[dict], kind: str, name: str) -> dict:
    found = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind} {name}, found {len(found)}"
    return found[0]


# --- Kubernetes toleration semantics (core/v1 Toleration.ToleratesTaint) -----------------------
def tolerates(tolerations: list[dict], taint: dict) -> bool:
    for t in tolerations:
        if t.get("effect") and t["effect"] != taint["effect"]:
            continue
        if t.get("key") and t["key"] != taint["key"]:
            continue
        operator = t.get("operator", "Equal")
        if operator == "Exists":
            if not t.get("key") or t["key"] == taint["key"]:
                return True
        elif operator == "Equal" and t.get("key") == taint["key"] and t.get("value", "") == taint.get("value", ""):
            return True
    return False


# --- IAM statement evaluation --------------------------------------------------------------
def _list(x) -> list:
    return x if isinstance(x, list) else [x]


def policy_documents(template: dict) -> list[tuple[str, dict]]:
    """(where, document) for identity and resource policies in a template; tokens flattened."""
    docs = []
    for logical_id, res in template["Resources"].items():
        p = res.get("Properties", {})
        if res["Type"] in ("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"):
            docs.append((logical_id, p["PolicyDocument"]))
        elif res["Type"] == "AWS::IAM::Role":
            for pol in p.get("Policies", []):
                docs.append((f"{logical_id}/{pol['PolicyName']}", pol["PolicyDocument"]))
        elif res["Type"] in ("AWS::S3::BucketPolicy", "AWS::KMS::Key", "AWS::EFS::FileSystem"):
            doc = p.get("PolicyDocument") or p.get("KeyPolicy") or p.get("FileSystemPolicy")
            if doc:
                docs.append((logical_id, doc))
    return docs


def statements(doc: dict) -> list[dict]:
    out = []
    for s in _list(doc["Statement"]):
        s = dict(s)
        s["Resource"] = [flatten(r) if not isinstance(flatten(r), dict) else TOKEN for r in _list(s.get("Resource", []))]
        out.append(s)
    return out


def _match(pattern: str, value: str) -> bool:
    # IAM wildcards; an unresolved token could be anything, so it matches (conservative).
    return fnmatch.fnmatchcase(value, pattern.replace(TOKEN, "*"))


def grants(stmt: dict, action: str, resource: str) -> bool:
    """True if an Allow statement covers action on resource (conditions ignored: worst case)."""
    if stmt.get("Effect") != "Allow":
        return False
    if "NotAction" in stmt or "NotResource" in stmt:
        return True  # too broad to reason about: treat as granting
    actions = _list(stmt.get("Action", []))
    if not any(fnmatch.fnmatchcase(action.lower(), a.lower()) for a in actions):
        return False
    return any(_match(r, resource) for r in stmt["Resource"])


def role_grants(template: dict, action: str, resource: str) -> list[str]:
    """Where any identity policy in the template grants action on resource."""
    hits = []
    for where, doc in policy_documents(template):
        res_type = template["Resources"].get(where.split("/")[0], {}).get("Type")
        if res_type not in ("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::Role"):
            continue
        hits += [f"{where}: {s.get('Sid', '')}" for s in statements(doc) if grants(s, action, resource)]
    return hits
