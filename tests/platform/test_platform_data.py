"""Platform-Data: key, bucket, EFS, certificate, WebACL, load balancers' security groups,
pull-through cache and the published parameters."""

from __future__ import annotations

import json

import pytest

from drupal_platform.constructs import stage_parameters as params
from drupal_platform.constructs.platform.images import cached_image, image_pull_accounts
from tests.platform.platform_helpers import of_type

STAGES = ["dev", "prod"]

# Stateful resources keep their logical IDs (STYLE item 4): a rename would replace them.
STATEFUL_LOGICAL_IDS = {
    "AWS::KMS::Key": "StageKey97AE122F",
    "AWS::EFS::FileSystem": "FilesFileSystemCB06EB6B",
}


@pytest.mark.parametrize("stage", STAGES)
def test_stateful_resources_keep_logical_ids_and_are_retained(data, stage):
    t = data[stage]
    for type_, logical_id in STATEFUL_LOGICAL_IDS.items():
        assert logical_id in of_type(t, type_)
    # The stage key and the mail alarm topic's key (CloudWatch must be admitted by its policy).
    assert set(of_type(t, "AWS::KMS::Key")) == {"StageKey97AE122F", "MailCredentialsTopicKey878443E4"}
    assert list(of_type(t, "AWS::EFS::FileSystem")) == ["FilesFileSystemCB06EB6B"]
    buckets = of_type(t, "AWS::S3::Bucket")
    assert set(buckets) == {"BackupsBucket2936A3AA", "BackupsAccessLogs4CD0EFAD"}
    for type_ in ("AWS::KMS::Key", "AWS::EFS::FileSystem", "AWS::S3::Bucket"):
        for res in of_type(t, type_).values():
            assert res["DeletionPolicy"] == "Retain" and res["UpdateReplacePolicy"] == "Retain"


@pytest.mark.parametrize("stage", STAGES)
def test_backup_bucket(config, data, stage):
    bucket = of_type(data[stage], "AWS::S3::Bucket")["BackupsBucket2936A3AA"]["Properties"]
    assert bucket["BucketName"] == f"drupal-platform-{stage}-backups-{config.stages[stage].account}"
    assert bucket["VersioningConfiguration"] == {"Status": "Enabled"}
    (enc,) = bucket["BucketEncryption"]["ServerSideEncryptionConfiguration"]
    assert enc["ServerSideEncryptionByDefault"]["SSEAlgorithm"] == "aws:kms"
    assert enc["ServerSideEncryptionByDefault"]["KMSMasterKeyID"] == {"Fn::GetAtt": ["StageKey97AE122F", "Arn"]}
    assert bucket["PublicAccessBlockConfiguration"] == {k: True for k in ("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")}
    rules = {r["Id"]: r for r in bucket["LifecycleConfiguration"]["Rules"]}
    assert rules["tenant-dumps"]["Prefix"] == f"{stage}/"
    assert rules["tenant-dumps"]["ExpirationInDays"] == config.stages[stage].backup_retention_days
    assert "ExpirationInDays" not in rules["velero-versions"]  # kopia keeps old chunks
    assert "LoggingConfiguration" in bucket


@pytest.mark.parametrize("stage", STAGES)
def test_efs_admits_nfs_from_node_subnets_only(config, data, stage):
    s = config.stages[stage]
    fs = of_type(data[stage], "AWS::EFS::FileSystem")["FilesFileSystemCB06EB6B"]["Properties"]
    assert fs["Encrypted"] is True
    assert fs["BackupPolicy"] == {"Status": "ENABLED"}
    sgs = [sg for k, sg in of_type(data[stage], "AWS::EC2::SecurityGroup").items() if k.startswith("FilesSecurityGroup")]
    (sg,) = sgs
    ingress = sg["Properties"]["SecurityGroupIngress"]
    assert {(r["CidrIp"], r["FromPort"], r["ToPort"]) for r in ingress} == {(c, 2049, 2049) for c in s.node_subnets}
    assert not any(r["CidrIp"] in s.pod_subnets for r in ingress)
    mount_targets = of_type(data[stage], "AWS::EFS::MountTarget")
    assert len(mount_targets) == 3
    policy = fs["FileSystemPolicy"]["Statement"]
    assert any(st["Effect"] == "Deny" and st["Condition"] == {"Bool": {"aws:SecureTransport": "false"}} for st in policy)


@pytest.mark.parametrize("stage", STAGES)
def test_wildcard_certificate_validated_in_the_stage_zone(config, data, stage):
    s = config.stages[stage]
    (cert,) = of_type(data[stage], "AWS::CertificateManager::Certificate").values()
    p = cert["Properties"]
    assert p["DomainName"] == f"*.{s.dns.base_domain}"
    assert p["ValidationMethod"] == "DNS"
    assert {o["HostedZoneId"] for o in p["DomainValidationOptions"]} == {s.dns.hosted_zone_id}


@pytest.mark.parametrize("stage,mode", [("dev", "count"), ("prod", "block")])
def test_waf_mode_follows_the_stage(data, stage, mode):
    (acl,) = of_type(data[stage], "AWS::WAFv2::WebACL").values()
    p = acl["Properties"]
    assert p["Scope"] == "REGIONAL"
    rules = {r["Name"]: r for r in p["Rules"]}
    assert set(rules) == {"AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet", "AWSManagedRulesSQLiRuleSet", "RateLimitPerIp"}
    for name in ("AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet", "AWSManagedRulesSQLiRuleSet"):
        assert rules[name]["OverrideAction"] == ({"None": {}} if mode == "block" else {"Count": {}})
    assert rules["RateLimitPerIp"]["Action"] == ({"Block": {}} if mode == "block" else {"Count": {}})
    assert rules["RateLimitPerIp"]["Statement"]["RateBasedStatement"]["AggregateKeyType"] == "IP"
    assert len(of_type(data[stage], "AWS::WAFv2::LoggingConfiguration")) == 1


@pytest.mark.parametrize("stage", STAGES)
def test_one_security_group_per_load_balancer_group(config, data, stage):
    s = config.stages[stage]
    groups = {k: v for k, v in of_type(data[stage], "AWS::EC2::SecurityGroup").items() if k.startswith("LoadBalancers")}
    assert len(groups) == s.load_balancers.groups
    for sg in groups.values():
        assert {(r["FromPort"], r["CidrIp"]) for r in sg["Properties"]["SecurityGroupIngress"]} == {(443, "0.0.0.0/0"), (80, "0.0.0.0/0")}
        assert {(r["FromPort"], r["CidrIp"]) for r in sg["Properties"]["SecurityGroupEgress"]} == {(8080, c) for c in s.pod_subnets}
    assert len(of_type(data[stage], "AWS::EC2::SecurityGroupIngress")) == s.load_balancers.groups


@pytest.mark.parametrize("stage", STAGES)
def test_pull_through_cache_rule_for_every_upstream_registry(config, data, stage):
    """Issue 10 item 7: Docker Hub, Quay, registry.k8s.io and GHCR images come through the stage's
    registry too; Docker Hub and GHCR authenticate with the secrets the stage configuration names."""
    s = config.stages[stage]
    rules = {r["Properties"]["UpstreamRegistry"]: r["Properties"] for r in of_type(data[stage], "AWS::ECR::PullThroughCacheRule").values()}
    assert rules["ecr-public"] == {"EcrRepositoryPrefix": s.pull_through_cache_prefix,
                                   "UpstreamRegistry": "ecr-public", "UpstreamRegistryUrl": "public.ecr.aws"}
    secret = f"arn:aws:secretsmanager:{s.region}:{s.account}:secret:"
    assert rules["docker-hub"] == {"EcrRepositoryPrefix": "docker-hub", "UpstreamRegistry": "docker-hub",
                                   "UpstreamRegistryUrl": "registry-1.docker.io",
                                   "CredentialArn": secret + s.registry_credentials.docker_hub}
    assert rules["github-container-registry"]["CredentialArn"] == secret + s.registry_credentials.github
    assert s.registry_credentials.docker_hub.startswith("ecr-pullthroughcache/")
    assert {r["UpstreamRegistryUrl"] for r in rules.values()} == {"public.ecr.aws", "registry-1.docker.io", "quay.io", "registry.k8s.io", "ghcr.io"}
    assert not any("CredentialArn" in rules[r] for r in ("ecr-public", "quay", "k8s"))


def test_cached_image_mapping(config):
    s = config.stages["prod"]
    assert cached_image(s, "public.ecr.aws/docker/library/drupal:11.3-php8.4-apache") == \
        f"{s.account}.dkr.ecr.{s.region}.amazonaws.com/ecr-public/docker/library/drupal:11.3-php8.4-apache"
    with pytest.raises(ValueError, match="not an ECR Public image"):
        cached_image(s, "docker.io/library/drupal:11")
    assert image_pull_accounts(config, s) == [config.stages["dev"].account]


@pytest.mark.parametrize("stage", STAGES)
def test_published_parameters(config, data, stage):
    names = {p["Properties"]["Name"] for p in of_type(data[stage], "AWS::SSM::Parameter").values()}
    keys = {params.PLATFORM_KMS_KEY_ARN, params.BACKUP_BUCKET_NAME, params.BACKUP_BUCKET_ARN, params.WILDCARD_CERTIFICATE_ARN,
            params.WAF_ACL_ARN, params.IMAGE_CACHE_PREFIX, params.FILES_FILE_SYSTEM_ID,
            params.MAIL_CREDENTIALS_SERVICE_TOKEN, params.MAIL_ALARM_TOPIC_ARN}
    keys |= {params.LOAD_BALANCER_SECURITY_GROUP_PREFIX + g for g in config.stages[stage].ingress_groups}
    assert names == {params.parameter_name(stage, k) for k in keys}
    assert not any(t in json.dumps(sorted(names)) for t in config.tenants)
