"""What sits in front of the sites: the wildcard certificate, the WebACL and the load balancers'
security groups (one per load-balancer group)."""

from __future__ import annotations

from aws_cdk import RemovalPolicy
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_logs as logs
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_wafv2 as wafv2
from constructs import Construct

from drupal_platform import nag
from drupal_platform.config import StageConfig
from drupal_platform.contracts import DRUPAL_HTTP_PORT

from .common import checkov_skip


class WildcardCertificate(Construct):
    """*.<baseDomain> (and the apex), DNS-validated in the stage's hosted zone (no lookup: offline synth)."""

    def __init__(self, scope: Construct, construct_id: str, *, stage: StageConfig) -> None:
        super().__init__(scope, construct_id)
        zone = route53.HostedZone.from_hosted_zone_attributes(
            self, "Zone", hosted_zone_id=stage.dns.hosted_zone_id, zone_name=stage.dns.base_domain
        )
        self.certificate = acm.Certificate(
            self,
            "Certificate",
            domain_name=f"*.{stage.dns.base_domain}",
            subject_alternative_names=[stage.dns.base_domain],
            validation=acm.CertificateValidation.from_dns(zone),
        )
        checkov_skip(self.certificate, ("CKV2_AWS_71", "by design: one certificate covers every tenant host one label under the stage's base domain; hosts elsewhere use the tenant's own certificates"))


# (name, vendor rule group); priorities follow this order.
MANAGED_RULE_GROUPS = (
    ("AWSManagedRulesCommonRuleSet", "AWS"),
    ("AWSManagedRulesKnownBadInputsRuleSet", "AWS"),
    ("AWSManagedRulesSQLiRuleSet", "AWS"),
)
# Drupal posts forms and uploads larger than the common rule set's 8 KB body limit: count, don't block.
COMMON_RULE_COUNT_ONLY = ("SizeRestrictions_BODY",)


def _visibility(name: str) -> wafv2.CfnWebACL.VisibilityConfigProperty:
    return wafv2.CfnWebACL.VisibilityConfigProperty(cloud_watch_metrics_enabled=True, metric_name=name, sampled_requests_enabled=True)


class WebAcl(Construct):
    """Regional WebACL for every load-balancer group; `count` logs matches, `block` enforces."""

    def __init__(self, scope: Construct, construct_id: str, *, stage: StageConfig) -> None:
        super().__init__(scope, construct_id)
        block = stage.waf.mode == "block"
        rules = []
        for priority, (name, vendor) in enumerate(MANAGED_RULE_GROUPS):
            rules.append(
                wafv2.CfnWebACL.RuleProperty(
                    name=name,
                    priority=priority,
                    override_action=wafv2.CfnWebACL.OverrideActionProperty(none={}) if block else wafv2.CfnWebACL.OverrideActionProperty(count={}),
                    statement=wafv2.CfnWebACL.StatementProperty(
                        managed_rule_group_statement=wafv2.CfnWebACL.ManagedRuleGroupStatementProperty(
                            vendor_name=vendor,
                            name=name,
                            rule_action_overrides=[
                                wafv2.CfnWebACL.RuleActionOverrideProperty(name=r, action_to_use=wafv2.CfnWebACL.RuleActionProperty(count={}))
                                for r in COMMON_RULE_COUNT_ONLY
                            ]
                            if name == "AWSManagedRulesCommonRuleSet"
                            else None,
                        )
                    ),
                    visibility_config=_visibility(name),
                )
            )
        rules.append(
            wafv2.CfnWebACL.RuleProperty(
                name="RateLimitPerIp",
                priority=len(MANAGED_RULE_GROUPS),
                action=wafv2.CfnWebACL.RuleActionProperty(block={}) if block else wafv2.CfnWebACL.RuleActionProperty(count={}),
                statement=wafv2.CfnWebACL.StatementProperty(
                    rate_based_statement=wafv2.CfnWebACL.RateBasedStatementProperty(limit=stage.waf.rate_limit, aggregate_key_type="IP")
                ),
                visibility_config=_visibility("RateLimitPerIp"),
            )
        )
        self.acl = wafv2.CfnWebACL(
            self,
            "WebAcl",
            name=f"drupal-platform-{stage.name}",
            scope="REGIONAL",
            default_action=wafv2.CfnWebACL.DefaultActionProperty(allow={}),
            rules=rules,
            visibility_config=_visibility(f"drupal-platform-{stage.name}"),
            description=f"drupal-platform {stage.name}: every load-balancer group, {stage.waf.mode} mode",
        )
        if not block:
            checkov_skip(self.acl, ("CKV_AWS_192", "the stage's WAF mode is count: the known-bad-inputs rules (Log4j included) log matches without blocking until the stage switches to block"))
        # WAF only logs to groups named aws-waf-logs-*; in count mode the log is what shows what would be blocked.
        self.log_group = logs.LogGroup(
            self, "Logs", log_group_name=f"aws-waf-logs-drupal-platform-{stage.name}", retention=logs.RetentionDays.THREE_MONTHS, removal_policy=RemovalPolicy.RETAIN
        )
        checkov_skip(self.log_group, ("CKV_AWS_158", "request metadata only, encrypted with CloudWatch Logs' own key; the stage key's policy delegates to IAM and does not admit the logs service"))
        wafv2.CfnLoggingConfiguration(
            self, "Logging", resource_arn=self.acl.attr_arn, log_destination_configs=[self.log_group.log_group_arn]
        )


class LoadBalancerSecurityGroups(Construct):
    """One security group per load-balancer group: HTTPS and HTTP (redirect) from the internet,
    and out only to Drupal's port in the pod subnets (target type ip).

    Tenants name their group's security group in the Ingress (alb.ingress.kubernetes.io/security-groups);
    the cluster security group admits the load balancer on Drupal's port (see `allow_to`).
    """

    def __init__(self, scope: Construct, construct_id: str, *, stage: StageConfig, vpc: ec2.IVpc) -> None:
        super().__init__(scope, construct_id)
        self.groups: dict[str, ec2.SecurityGroup] = {}
        for group in stage.ingress_groups:
            sg = ec2.SecurityGroup(
                self, group, vpc=vpc, description=f"ALB group {group}: web from the internet", allow_all_outbound=False
            )
            sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443), "HTTPS from anywhere")
            sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(80), "HTTP from anywhere, redirected to HTTPS")
            for cidr in stage.pod_subnets:
                sg.add_egress_rule(ec2.Peer.ipv4(cidr), ec2.Port.tcp(DRUPAL_HTTP_PORT), "to Drupal pods (target type ip)")
            nag.acknowledge(sg, "AwsSolutions-EC23", "public web sites: the load balancers accept HTTP(S) from any address; the WebACL filters requests")
            checkov_skip(sg, ("CKV_AWS_260", "public web sites: port 80 only answers with a redirect to HTTPS (ALB listener)"))
            self.groups[group] = sg

    def allow_to(self, scope: Construct, *, target_security_group_id: str) -> None:
        """Admit each load balancer to Drupal's port on the pods' security group (the cluster SG)."""
        for group, sg in self.groups.items():
            ec2.CfnSecurityGroupIngress(
                scope,
                f"ClusterIngressFrom-{group}",
                group_id=target_security_group_id,
                ip_protocol="tcp",
                from_port=DRUPAL_HTTP_PORT,
                to_port=DRUPAL_HTTP_PORT,
                source_security_group_id=sg.security_group_id,
                description=f"ALB group {group} to Drupal pods",
            )
