"""Deploy-time wiring (issue 10): what CloudFormation, ECR, IAM and EKS do with the templates.

Each test reads the synthesised templates of the whole app (or of a configuration variant),
not hand-built fixtures.
"""

from __future__ import annotations

import ast
import copy
import json
import re
from pathlib import Path

import pytest

from drupal_platform import contracts, pins
from drupal_platform.charts.tenant import files
from drupal_platform.config import ConfigError, load_config
from drupal_platform.constructs.kubectl_provider import kubectl_provider_function_name
from drupal_platform.constructs.tenant_image import GITHUB_OIDC_HOST
from drupal_platform.images import UPSTREAMS
from tests.conftest import ROOT, TENANTS, Assembly, stages_raw, synth
from tests.foundation.templates import resources

STAGES = ("dev", "prod")
EKS_CUSTOM_RESOURCES = ("Custom::AWSCDK-EKS-KubernetesResource", "Custom::AWSCDK-EKS-HelmChart")


def manifest_objects(value) -> list[dict]:
    """A KubernetesManifest's objects; each deploy-time token becomes '<token:...>'."""
    if isinstance(value, dict) and "Fn::Join" in value:
        sep, parts = value["Fn::Join"]
        value = sep.join(p if isinstance(p, str) else f"<token:{json.dumps(p, sort_keys=True)}>".replace('"', "'") for p in parts)
    return json.loads(value)


def tenant_objects(assembly: Assembly, name: str) -> list[dict]:
    out = []
    for res in resources(assembly.template(name), "Custom::AWSCDK-EKS-KubernetesResource").values():
        out += manifest_objects(res["Properties"]["Manifest"])
    return out


def containers(obj: dict) -> list[dict]:
    spec = obj.get("spec", {})
    if obj["kind"] == "CronJob":
        spec = spec["jobTemplate"]["spec"]
    pod = spec.get("template", {}).get("spec", {})
    return pod.get("containers", []) + pod.get("initContainers", [])


def ssm_parameter_names(template: dict) -> dict[str, str]:
    """Template parameter logical ID -> SSM parameter name it resolves."""
    return {k: p["Default"] for k, p in template.get("Parameters", {}).items() if p["Type"].startswith("AWS::SSM::Parameter::Value")}


# --- 1. custom images come from the image-owning stage's registry ---------------------------------
@pytest.mark.parametrize("stage", STAGES)
def test_custom_images_are_pulled_from_the_image_owning_stage(assembly, config, stage):
    custom = [t for t in config.tenants_in(stage) if t.client.image.repository is None and t.platform.state != "decommissioned"]
    assert custom, "the example needs a custom-image tenant in every stage"
    for tenant in custom:
        images = {c["image"] for o in tenant_objects(assembly, f"{stage}/Tenant-{tenant.name}") for c in containers(o)}
        expected = pins.pinned(f"{config.image_registry}/{contracts.image_repository_name(tenant.name)}:{tenant.image_tag(stage)}",
                               tenant.image_digest(stage))
        assert expected in images, (stage, tenant.name, images)
        own = [i for i in images if contracts.image_repository_name(tenant.name) in i and i != expected]
        assert not own, f"{stage}/{tenant.name} pulls its image from elsewhere than {config.image_registry}: {own}"


def test_the_image_registry_is_not_a_stage_parameter(assembly):
    for name in assembly.names():
        assert "image-registry" not in json.dumps(assembly.template(name)), name


# --- 2. a tenant may name a public image or none ----------------------------------------------------
def _problems(tmp_path: Path, tenants: dict, stages: dict | None = None) -> list[str]:
    import yaml

    path = tmp_path / "tenants.yaml"
    path.write_text(yaml.safe_dump(tenants, sort_keys=False))
    try:
        load_config(stages or stages_raw(), path, clients_dir=tmp_path / "none")
    except ConfigError as err:
        return [str(p) for p in err.problems]
    return []


def _example_tenants() -> dict:
    import yaml

    return yaml.safe_load(TENANTS.read_text())


def _pin_alpha(data: dict) -> None:
    client = data["tenants"]["alpha"]["client"]
    client["image"]["digest"] = "sha256:" + "1" * 64
    client["overrides"]["prod"]["image"]["digest"] = "sha256:" + "2" * 64


def test_a_tenant_cannot_name_another_tenants_private_image(tmp_path, config):
    data = _example_tenants()
    other = f"{config.image_registry}/{contracts.image_repository_name('beta')}"
    data["tenants"]["alpha"]["client"]["image"]["repository"] = other
    _pin_alpha(data)  # a client image in prod: pinned, so only the registry rule speaks
    found = _problems(tmp_path, data)
    assert found and all("tenant 'alpha'" in p and "client.image.repository" in p for p in found), found
    assert any("may name only a public image" in p and "public.ecr.aws" in p and "publicImageRegistries" in p for p in found)
    # One problem per stage the tenant runs in, each naming the stage.
    assert {re.search(r"\(stage (\w+)\)", p).group(1) for p in found} == {"dev", "prod"}


def test_a_public_registry_is_allowed_per_stage(tmp_path):
    data = _example_tenants()
    data["tenants"]["alpha"]["client"]["image"]["repository"] = "quay.io/example/drupal"
    _pin_alpha(data)  # a client image in prod: pinned, so only the registry rule speaks
    stages = copy.deepcopy(stages_raw())
    stages["dev"]["publicImageRegistries"] = ["public.ecr.aws", "quay.io/example"]
    found = _problems(tmp_path, data, stages)
    assert len(found) == 1 and "(stage prod)" in found[0], found


def test_a_private_ecr_registry_cannot_be_allowlisted(tmp_path):
    stages = copy.deepcopy(stages_raw())
    stages["dev"]["publicImageRegistries"] = ["public.ecr.aws", "111111111111.dkr.ecr.eu-west-1.amazonaws.com"]
    found = _problems(tmp_path, _example_tenants(), stages)
    assert len(found) == 1 and "stage 'dev'" in found[0] and "publicImageRegistries" in found[0] and "private ECR" in found[0], found


# --- 3. stages that share an account ---------------------------------------------------------------
def _shared_account_stages(**prod) -> dict:
    stages = copy.deepcopy(stages_raw())
    dev = stages["dev"]
    stages["prod"].update(account=dev["account"], region=dev["region"],
                          adminPrincipals=[p.replace("222222222222", dev["account"]) for p in stages["prod"]["adminPrincipals"]])
    stages["prod"].update(prod)
    return stages


def test_two_stages_in_one_account_cannot_both_create_the_account_wide_resources(tmp_path):
    found = _problems(tmp_path, _example_tenants(), _shared_account_stages())
    text = "\n".join(found)
    assert "stage 'prod': github.createOidcProvider = True: stage 'dev' already creates the GitHub OIDC provider" in text
    assert "stage 'prod': createPullThroughCacheRules = True: stage 'dev' already creates the pull-through cache rules" in text


def test_a_second_prefix_in_a_shared_account_does_not_make_room_for_a_second_creator(tmp_path):
    """The Docker Hub, Quay, registry.k8s.io and GHCR rules have fixed prefixes: two creators in one
    account and region collide on them whatever pullThroughCachePrefix says."""
    github = {**stages_raw()["prod"]["github"], "createOidcProvider": False,
              "oidcProviderArn": f"arn:aws:iam::{stages_raw()['dev']['account']}:oidc-provider/{GITHUB_OIDC_HOST}"}
    found = "\n".join(_problems(tmp_path, _example_tenants(), _shared_account_stages(github=github, pullThroughCachePrefix="prod-ecr-public")))
    assert "stage 'prod': createPullThroughCacheRules = True: stage 'dev' already creates the pull-through cache rules" in found
    # ... and a stage using the other's rules must use its ECR Public prefix too.
    found = "\n".join(_problems(tmp_path, _example_tenants(), _shared_account_stages(
        github=github, pullThroughCachePrefix="prod-ecr-public", createPullThroughCacheRules=False)))
    assert "stage 'prod': pullThroughCachePrefix = 'prod-ecr-public': stage 'dev' creates the pull-through cache rules" in found


def test_two_stages_in_one_account_deploy_one_set_of_account_wide_resources(tmp_path):
    account = stages_raw()["dev"]["account"]
    stages = _shared_account_stages(
        github={**stages_raw()["prod"]["github"], "createOidcProvider": False,
                "oidcProviderArn": f"arn:aws:iam::{account}:oidc-provider/{GITHUB_OIDC_HOST}"},
        createPullThroughCacheRules=False,
    )
    # Certificates of the example live in the old prod account: drop them for this variant.
    data = _example_tenants()
    data["tenants"]["beta"]["platform"].pop("certificateArns")
    data["tenants"]["beta"]["platform"]["access"] = []
    data["tenants"]["beta"]["client"]["ingress"]["hosts"] = ["beta.sites.example.com"]
    path = tmp_path / "tenants.yaml"
    import yaml

    path.write_text(yaml.safe_dump(data, sort_keys=False))
    config = load_config(stages, path)
    out = tmp_path / "cdk.out"
    assembly = Assembly(synth(config, out), out)
    providers = [n for n in assembly.names() if resources(assembly.template(n), "AWS::IAM::OIDCProvider")
                 and any(GITHUB_OIDC_HOST in json.dumps(r) for r in resources(assembly.template(n), "AWS::IAM::OIDCProvider").values())]
    rules = [(n, r["Properties"]["EcrRepositoryPrefix"]) for n in assembly.names()
             for r in resources(assembly.template(n), "AWS::ECR::PullThroughCacheRule").values()]
    assert providers == ["dev/GitHubOidc"]
    # One rule per upstream registry (ECR Public under the stages' shared prefix), all in dev's stack.
    assert sorted(rules) == sorted(("dev/Platform-Data", u.prefix_in(config.stages["dev"])) for u in UPSTREAMS.values())
    # prod's nodes still pull through the shared rule's prefix.
    assert "repository/ecr-public/*" in json.dumps(assembly.template("prod/Cluster"))


def test_readme_says_how_stages_share_an_account():
    readme = (ROOT / "README.md").read_text()
    assert "createPullThroughCacheRules" in readme and "publicImageRegistries" in readme
    assert "so two stages can share an account." not in readme, "the README must say which resources are account-wide"


# --- 4. the kubectl provider's service token never changes ----------------------------------------
@pytest.mark.parametrize("stage", STAGES)
def test_every_manifest_uses_the_fixed_kubectl_service_token(assembly, config, stage):
    s = config.stages[stage]
    cluster = assembly.template(f"{stage}/Cluster")
    name = kubectl_provider_function_name(s)
    named = {k: f for k, f in resources(cluster, "AWS::Lambda::Function").items() if f["Properties"].get("FunctionName") == name}
    # The logical ID is pinned too: a new one would mean a replacement, which the fixed name refuses.
    assert list(named) == ["ClusterKubectlProviderframeworkonEvent68E0CF80"], list(named)
    assert named["ClusterKubectlProviderframeworkonEvent68E0CF80"]["Properties"]["Handler"] == "framework.onEvent"
    token = f"arn:aws:lambda:{s.region}:{s.account}:function:{name}"
    users = [n for n in assembly.names(stage) if not n.endswith("/Cluster")]
    seen = 0
    for n in users:
        for type_ in EKS_CUSTOM_RESOURCES:
            for res in resources(assembly.template(n), type_).values():
                assert res["Properties"]["ServiceToken"] == token, (n, res["Properties"]["ServiceToken"])
                seen += 1
    assert seen > len(config.tenants_in(stage))
    for n in users:
        assert "kubectl-service-token" not in json.dumps(assembly.template(n)), n
        assert "KubectlProviderframeworkonEvent" not in json.dumps(assembly.template(n)), n


def test_imports_flow_from_stacks_to_constructs_to_charts_to_config():
    """stacks -> constructs -> charts -> config; nothing imports a layer above its own."""
    package = ROOT / "drupal_platform"
    above = {
        "constructs": ("drupal_platform.stacks",),
        "charts": ("drupal_platform.stacks", "drupal_platform.constructs"),
    }
    offenders = []
    for layer, forbidden in above.items():
        for path in (package / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names] if isinstance(node, ast.Import) else []
                offenders += [f"{path.relative_to(ROOT)} imports {n}" for n in names if n.startswith(forbidden)]
    for node in ast.walk(ast.parse((package / "config.py").read_text())):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(("drupal_platform.stacks", "drupal_platform.constructs", "drupal_platform.charts")):
            offenders.append(f"config.py imports {node.module}")
    assert offenders == []


# --- 6. a decommissioned tenant keeps its last dumps -----------------------------------------------
@pytest.mark.parametrize("stage", STAGES)
def test_the_backup_lifecycle_never_expires_a_tenants_last_dumps(assembly, config, stage):
    bucket = next(b for b in resources(assembly.template(f"{stage}/Platform-Data"), "AWS::S3::Bucket").values()
                  if b["Properties"].get("BucketName") == f"drupal-platform-{stage}-backups-{config.stages[stage].account}")
    rules = {r["Id"]: r for r in bucket["Properties"]["LifecycleConfiguration"]["Rules"]}
    tenant_rules = [r for r in rules.values() if r.get("Prefix") == f"{stage}/"]
    tag = lambda r: {t["Key"]: t["Value"] for t in r.get("TagFilters", [])}  # noqa: E731
    # Only dumps tagged rolling ever expire (current versions).
    for r in tenant_rules:
        if "ExpirationInDays" in r or "ExpirationDate" in r:
            assert tag(r) == {contracts.DUMP_TAG_KEY: contracts.DUMP_TAG_ROLLING}, r
    assert rules["tenant-dumps"]["ExpirationInDays"] == config.stages[stage].backup_retention_days
    last = rules["tenant-last-dumps"]
    assert tag(last) == {contracts.DUMP_TAG_KEY: contracts.DUMP_TAG_LAST}
    assert "ExpirationInDays" not in last
    assert last["NoncurrentVersionExpiration"]["NewerNoncurrentVersions"] == contracts.LAST_DUMPS_KEPT - 1


def test_the_backup_job_tags_what_the_lifecycle_reads(assembly):
    """The template's backup CronJob runs the upload script that tags what the lifecycle reads;
    tests/runtime/test_backup.py runs that script for real and checks the copy and both tags."""
    for stage in STAGES:
        cron = next(o for o in tenant_objects(assembly, f"{stage}/Tenant-alpha") if o["kind"] == "CronJob" and "backup" in o["metadata"]["name"])
        upload = next(c for c in containers(cron) if c["name"] == "upload")
        assert upload["command"][-1] == files.backup_upload_script()
    script = files.backup_upload_script()
    assert contracts.LAST_DUMP_NAME in script and contracts.DUMP_TAG_LAST in script and contracts.DUMP_TAG_ROLLING in script


def test_lifecycle_docs_promise_what_the_rule_does():
    doc = (ROOT / "docs" / "tenant-lifecycle.md").read_text()
    assert "expire them after `backupRetentionDays`)" not in doc
    assert contracts.LAST_DUMP_NAME in doc and "never expire" in doc


# --- 9. smaller findings -------------------------------------------------------------------------
@pytest.mark.parametrize("stage", STAGES)
def test_every_ingress_names_its_groups_security_group(assembly, config, stage):
    data_params = {r["Properties"]["Name"] for r in resources(assembly.template(f"{stage}/Platform-Data"), "AWS::SSM::Parameter").values()}
    for tenant in config.tenants_in(stage):
        if tenant.platform.state == "decommissioned":
            continue
        name = f"{stage}/Tenant-{tenant.name}"
        template = assembly.template(name)
        ingress = next(o for o in tenant_objects(assembly, name) if o["kind"] == "Ingress")
        value = ingress["metadata"]["annotations"].get("alb.ingress.kubernetes.io/security-groups", "")
        ref = re.fullmatch(r"<token:\{'Ref': '(\w+)'\}>", value)
        assert ref, (name, value)
        parameter = ssm_parameter_names(template)[ref.group(1)]
        group = tenant.load_balancer_group(config.stages[stage])
        assert parameter == f"/drupal-platform/{stage}/platform/load-balancer-security-group/{group}"
        assert parameter in data_params


@pytest.mark.parametrize("stage", STAGES)
def test_ebs_csi_role_has_no_grant_on_the_secrets_key(assembly, stage):
    cluster = assembly.template(f"{stage}/Cluster")
    role = next(k for k, r in resources(cluster, "AWS::IAM::Role").items() if k.startswith("EbsCsiRole"))
    for policy in resources(cluster, "AWS::IAM::Policy").values():
        if {"Ref": role} in policy["Properties"]["Roles"]:
            assert not any("kms:" in json.dumps(s["Action"]) for s in policy["Properties"]["PolicyDocument"]["Statement"]), policy


@pytest.mark.parametrize("stage", STAGES)
def test_pod_identity_roles_trust_only_this_accounts_cluster(assembly, config, stage):
    s = config.stages[stage]
    found = 0
    for name in assembly.names(stage):
        for role in resources(assembly.template(name), "AWS::IAM::Role").values():
            doc = role["Properties"]["AssumeRolePolicyDocument"]
            for st in doc.get("Statement", []) if isinstance(doc, dict) and "Statement" in doc else []:
                if st.get("Principal", {}).get("Service") == "pods.eks.amazonaws.com":
                    found += 1
                    assert st["Condition"]["StringEquals"] == {"aws:SourceAccount": s.account}, st
                    assert st["Condition"]["ArnEquals"] == {"aws:SourceArn": f"arn:aws:eks:{s.region}:{s.account}:cluster/drupal-{stage}"}, st
    assert found >= 2  # EBS CSI and EFS CSI controllers


@pytest.mark.parametrize("stage", STAGES)
def test_node_groups_leave_their_size_to_the_cluster_autoscaler(assembly, stage):
    groups = [g for n in assembly.names(stage) for g in resources(assembly.template(n), "AWS::EKS::Nodegroup").values()]
    assert len(groups) >= 6
    for g in groups:
        scaling = g["Properties"]["ScalingConfig"]
        # EKS needs a desired size at creation; it is the minimum, so only a change of minSize moves it.
        assert scaling["DesiredSize"] == scaling["MinSize"], (g["Properties"]["NodegroupName"], scaling)


def test_a_desired_size_in_the_stage_configuration_is_refused(tmp_path):
    stages = copy.deepcopy(stages_raw())
    stages["dev"]["nodeGroups"]["shared"]["desiredSize"] = 2
    found = _problems(tmp_path, _example_tenants(), stages)
    assert len(found) == 1 and "stage 'dev'" in found[0] and "nodeGroups.shared" in found[0] and "Cluster Autoscaler" in found[0], found


def test_platform_services_doc_says_how_load_balancers_get_their_security_group():
    doc = (ROOT / "docs" / "platform-services.md").read_text()
    assert "alb.ingress.kubernetes.io/security-groups" in doc and "tenant chart" in doc
    assert "kubectl-provider" in doc

