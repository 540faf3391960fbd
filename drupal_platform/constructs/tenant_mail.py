"""A site's own sender on Amazon SES: domain identities, a configuration set and a send-only IAM user.

Created in the tenant stack where the site really sends (the stage's mail mode is ses, or
the tenant opted in with platform.mail.realSendingStages). Isolation is AWS IAM's, not a
relay's: the user `drupal-<stage>-<name>-mail` may call only ses:SendRawEmail/SendEmail
(SMTP is SendRawEmail), only on the site's own identities and configuration set, and only
with a From address in the site's own domains (ses:FromAddress). Its access key becomes the
site's SMTP credentials (issue 20 item 2, the credentials construct).

- Identities: the platform's subdomain <name>.mail.<base domain> (records in the stage's
  zone, so the site sends before any client DNS exists) and the declared fromDomain. Easy DKIM
  2048-bit, MAIL FROM bounce.<domain>, the site's configuration set as the default set, so
  every message is counted there even when it names none. RETAINed: deleting an identity
  throws away its DKIM keys (a new identity gets new tokens, so the CNAMEs a client published
  stop verifying and its mail fails DKIM until the client publishes new ones) and the
  domain's sending history; a removed tenant's identity stays, like its secrets.
- Configuration set drupal-<stage>-<name>: TLS required, reputation metrics, sending off once
  the tenant is decommissioned; send, reject, bounce, complaint and delivery events go to
  CloudWatch (AWS/SES) with the dimension ses:configuration-set, SES's auto-tag, which a sender
  cannot forge, so each site's bounce and complaint rates can be alarmed on alone
  (contracts.MAIL_METRIC_*). Not retained: it holds settings only, and a retained named set
  would block re-adding the tenant.
- DNS: DKIM CNAMEs, the MAIL FROM MX and SPF TXT and a DMARC TXT in the stage's hosted zone for
  domains under the base domain; for any other domain the client publishes them
  (drupal_platform/mail_dns.py lists them; `drupal-platform mail-dns`).
"""

from __future__ import annotations

from aws_cdk import Duration, RemovalPolicy, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_ses as ses
from constructs import Construct

from drupal_platform import contracts, mail_dns
from drupal_platform.config import StageConfig, TenantConfig
from drupal_platform.constructs.platform.common import checkov_skip

SEND_ACTIONS = ["ses:SendRawEmail", "ses:SendEmail"]
EVENTS = [
    ses.EmailSendingEvent.SEND,
    ses.EmailSendingEvent.REJECT,
    ses.EmailSendingEvent.BOUNCE,
    ses.EmailSendingEvent.COMPLAINT,
    ses.EmailSendingEvent.DELIVERY,
]


class TenantMail(Construct):
    """The site's SES identities, configuration set, DNS records and send-only mail user."""

    def __init__(self, scope: Construct, construct_id: str, *, stage: StageConfig, tenant: TenantConfig) -> None:
        super().__init__(scope, construct_id)
        stack = Stack.of(self)
        self.configuration_set_name = contracts.mail_configuration_set_name(stage.name, tenant.name)
        self.from_domains = tenant.mail_domains(stage)

        self.configuration_set = ses.ConfigurationSet(
            self,
            "ConfigurationSet",
            configuration_set_name=self.configuration_set_name,
            tls_policy=ses.ConfigurationSetTlsPolicy.REQUIRE,
            reputation_metrics=True,
            # A decommissioned site runs nothing; its identities stay, its sending stops.
            sending_enabled=tenant.platform.state != "decommissioned",
            suppression_reasons=ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
        )
        self.configuration_set.apply_removal_policy(RemovalPolicy.DESTROY)
        ses.ConfigurationSetEventDestination(
            self,
            "Events",
            configuration_set=self.configuration_set,
            destination=ses.EventDestination.cloud_watch_dimensions([
                ses.CloudWatchDimension(
                    name=contracts.MAIL_METRIC_DIMENSION,
                    source=ses.CloudWatchDimensionSource.MESSAGE_TAG,
                    default_value=self.configuration_set_name,
                )
            ]),
            events=EVENTS,
        )

        zone = None
        self.identities: dict[str, ses.EmailIdentity] = {}
        for domain in self.from_domains:
            identity = ses.EmailIdentity(
                self,
                f"Identity-{domain}",
                identity=ses.Identity.domain(domain),
                configuration_set=self.configuration_set,
                dkim_identity=ses.DkimIdentity.easy_dkim(ses.EasyDkimSigningKeyLength.RSA_2048_BIT),
                mail_from_domain=contracts.mail_from_domain(domain),
                # Until the client publishes the MX, SES uses its own MAIL FROM: mail still passes DMARC through DKIM.
                mail_from_behavior_on_mx_failure=ses.MailFromBehaviorOnMxFailure.USE_DEFAULT_VALUE,
                # Bounces and complaints reach the platform as events; nobody reads the no-reply address.
                feedback_forwarding=False,
            )
            identity.apply_removal_policy(RemovalPolicy.RETAIN)
            self.identities[domain] = identity
            if mail_dns.platform_owns(domain, stage):
                if zone is None:
                    zone = route53.HostedZone.from_hosted_zone_attributes(
                        self, "Zone", hosted_zone_id=stage.dns.hosted_zone_id, zone_name=stage.dns.base_domain)
                self._publish(zone, domain, identity, stage)

        self.identity_arns = [
            stack.format_arn(service="ses", resource="identity", resource_name=d) for d in self.from_domains
        ]
        configuration_set_arn = stack.format_arn(service="ses", resource="configuration-set", resource_name=self.configuration_set_name)
        self.user = iam.User(self, "User", user_name=contracts.mail_user_name(stage.name, tenant.name))
        policy = iam.Policy(
            self,
            "SendOnly",
            statements=[
                iam.PolicyStatement(
                    sid="SendAsTheSiteOnly",
                    actions=SEND_ACTIONS,
                    resources=[*self.identity_arns, configuration_set_arn],
                    conditions={"StringLike": {"ses:FromAddress": [f"*@{d}" for d in self.from_domains]}},
                )
            ],
        )
        policy.attach_to_user(self.user)
        checkov_skip(policy, ("CKV_AWS_40", "SES SMTP authenticates an IAM user's own key, which cannot assume a role; a group per site "
                                            "would need 1,000 of IAM's 300 (at most 500) groups per account, so the send-only policy is the user's"))

    def _publish(self, zone: route53.IHostedZone, domain: str, identity: ses.EmailIdentity, stage: StageConfig) -> None:
        """The records mail_dns.records lists, in the stage's zone, with SES's real DKIM tokens."""
        for i, record in enumerate(identity.dkim_records, start=1):
            # The token's name is already fully qualified (as aws-cdk-lib's own Easy DKIM records use
            # it): a CnameRecord would append the zone name to the unresolved token once more.
            route53.CfnRecordSet(self, f"Dkim{i}-{domain}", hosted_zone_id=zone.hosted_zone_id, name=record.name, type="CNAME",
                                 resource_records=[record.value], ttl=str(mail_dns.TTL_SECONDS))
        by_type = {(r.name, r.type): r for r in mail_dns.records(domain, stage) if r.type != "CNAME"}
        bounce = contracts.mail_from_domain(domain)
        ttl = Duration.seconds(mail_dns.TTL_SECONDS)
        route53.MxRecord(self, f"MailFromMx-{domain}", zone=zone, record_name=bounce, ttl=ttl, values=[
            route53.MxRecordValue(priority=10, host_name=contracts.ses_feedback_host(stage.region))])
        route53.TxtRecord(self, f"MailFromSpf-{domain}", zone=zone, record_name=bounce, ttl=ttl, values=[by_type[(bounce, "TXT")].value])
        dmarc = f"_dmarc.{domain}"
        route53.TxtRecord(self, f"Dmarc-{domain}", zone=zone, record_name=dmarc, ttl=ttl, values=[by_type[(dmarc, "TXT")].value])
