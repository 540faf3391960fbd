"""The DNS records a site's SES sender domains need, and who publishes each.

One list for three readers: the tenant stack creates the records of domains in the stage's
hosted zone (constructs/tenant_mail.py), `make synth` lists the records clients must publish
(app.py writes `mail-dns-<stage>.txt`, the summary prints it) and `drupal-platform mail-dns
STAGE NAME` prints one site's. Easy DKIM's three CNAMEs carry tokens SES generates when it
creates the identity: offline they are shown as <token1>..<token3> together with the command
that reads them once the tenant stack is deployed.
"""

from __future__ import annotations

from dataclasses import dataclass

from drupal_platform import contracts
from drupal_platform.config import StageConfig, TenantConfig

DKIM_TOKENS = 3  # Easy DKIM publishes three selectors
# The platform's own subdomains: only SES sends as them, DKIM-signed and aligned, so receivers may reject the rest.
PLATFORM_DMARC = "v=DMARC1; p=reject; adkim=s; aspf=r"
# Advice for a client's domain, which may have other senders: start by monitoring, then tighten to quarantine/reject.
CLIENT_DMARC = "v=DMARC1; p=none; adkim=r; aspf=r"
TTL_SECONDS = 1800


@dataclass(frozen=True)
class MailRecord:
    domain: str  # the sender domain (SES identity) the record belongs to
    name: str
    type: str  # CNAME, MX, TXT
    value: str
    purpose: str

    def zone_line(self) -> str:
        """The record as a zone-file line (TXT values quoted)."""
        value = f'"{self.value}"' if self.type == "TXT" else self.value
        return f"{self.name}. {TTL_SECONDS} IN {self.type} {value}"


def platform_owns(domain: str, stage: StageConfig) -> bool:
    """A domain in the stage's hosted zone: the tenant stack writes its records."""
    base = stage.dns.base_domain
    return domain == base or domain.endswith("." + base)


def dkim_record(domain: str, token: str) -> MailRecord:
    return MailRecord(domain, f"{token}._domainkey.{domain}", "CNAME", f"{token}.dkim.amazonses.com", "Easy DKIM (2048-bit) signing key")


def records(domain: str, stage: StageConfig, *, dkim_tokens: list[str] | None = None) -> list[MailRecord]:
    """Every record of one sender domain; DKIM tokens as placeholders unless given."""
    tokens = dkim_tokens or [f"<token{i}>" for i in range(1, DKIM_TOKENS + 1)]
    bounce = contracts.mail_from_domain(domain)
    dmarc = PLATFORM_DMARC if platform_owns(domain, stage) else CLIENT_DMARC
    return [
        *(dkim_record(domain, t) for t in tokens),
        MailRecord(domain, bounce, "MX", f"10 {contracts.ses_feedback_host(stage.region)}", "custom MAIL FROM: SES receives bounces"),
        MailRecord(domain, bounce, "TXT", contracts.SES_SPF, "custom MAIL FROM: SPF, aligned with the From domain"),
        MailRecord(domain, f"_dmarc.{domain}", "TXT", dmarc,
                   "DMARC" + ("" if platform_owns(domain, stage) else " (advice: keep an existing policy that already covers these senders)")),
    ]


def client_domains(tenant: TenantConfig, stage: StageConfig) -> list[str]:
    """The site's SES domains whose DNS the client publishes (none unless it sends through SES here)."""
    if not tenant.sends_through_ses(stage):
        return []
    return [d for d in tenant.mail_domains(stage) if not platform_owns(d, stage)]


def token_command(domain: str, stage: StageConfig) -> str:
    """Reads the three Easy DKIM tokens of a deployed identity."""
    return f"aws sesv2 get-email-identity --region {stage.region} --email-identity {domain} --query DkimAttributes.Tokens"


def tenant_lines(tenant: TenantConfig, stage: StageConfig) -> list[str]:
    """What `drupal-platform mail-dns STAGE NAME` prints: each domain, who publishes, the records."""
    if not tenant.sends_through_ses(stage):
        return [f"tenant '{tenant.name}' does not send through SES in stage '{stage.name}' (mail mode {tenant.mail_mode(stage)}): "
                "no SES identity, no records"]
    out: list[str] = []
    for domain in tenant.mail_domains(stage):
        if platform_owns(domain, stage):
            out.append(f"; {domain}: in the stage's hosted zone {stage.dns.hosted_zone_id} ({stage.dns.base_domain}); "
                       "the tenant stack creates these records")
        else:
            out.append(f"; {domain}: the client publishes these records in its own DNS")
        out.append(f";   DKIM tokens once the tenant stack is deployed: {token_command(domain, stage)}")
        out += [r.zone_line() for r in records(domain, stage)]
    return out


def stage_lines(tenants: list[TenantConfig], stage: StageConfig) -> list[str]:
    """The records clients must publish in one stage (`make synth` summary); empty when none."""
    out: list[str] = []
    for t in sorted(tenants, key=lambda t: t.name):
        for domain in client_domains(t, stage):
            out.append(f"tenant {t.name}: {domain} (DKIM tokens: {token_command(domain, stage)})")
            out += [f"  {r.zone_line()}" for r in records(domain, stage)]
    return out
