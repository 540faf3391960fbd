"""A site's SES sender (constructs/tenant_mail.py, issue 20 items 1 and 2): identities, configuration
set, DNS records and a mail user whose policy, evaluated statement by statement, sends only as the site."""

from __future__ import annotations

import copy

import pytest
from typer.testing import CliRunner

from drupal_platform import unused_settings
from drupal_platform import contracts, mail_dns
from drupal_platform.cli import app as cli_app
from helpers.iam_policy import Request, decide
from tests.conftest import ROOT
from tests.tenant.helpers import _substitute, config_from, of_type, synth_tenants, tenants_data

REGION, PROD = "eu-west-1", "222222222222"
SEND = ("ses:SendRawEmail", "ses:SendEmail")


def identity_arn(domain: str, account: str = PROD) -> str:
    return f"arn:aws:ses:{REGION}:{account}:identity/{domain}"


def configuration_set_arn(stage: str, tenant: str, account: str = PROD) -> str:
    return f"arn:aws:ses:{REGION}:{account}:configuration-set/{contracts.mail_configuration_set_name(stage, tenant)}"


def mail_statements(template: dict) -> list[dict]:
    policies = [p for k, p in of_type(template, "AWS::IAM::Policy").items() if k.startswith("MailSendOnly")]
    assert len(policies) == 1
    return [_substitute(st, {}) for st in policies[0]["Properties"]["PolicyDocument"]["Statement"]]


def send(domain: str, stage: str = "prod", tenant: str = "alpha", *, sender: str | None = None, action: str = "ses:SendRawEmail",
         configuration_set: str | None = None) -> Request:
    """An SMTP send as `sender` (default noreply@domain): authorised on the From identity and the configuration set."""
    resources = [identity_arn(domain), configuration_set or configuration_set_arn(stage, tenant)]
    return Request(action, resources, {"ses:FromAddress": sender or f"noreply@{domain}"})


@pytest.fixture(scope="module")
def prod_alpha(tenants_assembly) -> dict:
    return tenants_assembly.template("prod/Tenant-alpha")


@pytest.fixture(scope="module")
def alpha_policy(prod_alpha) -> list[dict]:
    return mail_statements(prod_alpha)


# --- the mail user's policy, statement by statement --------------------------------------
@pytest.mark.parametrize("action", SEND)
def test_sends_as_its_own_domains(alpha_policy, tenants_assembly, action):
    assert decide(alpha_policy, send("alpha.mail.sites.example.com", action=action))
    assert decide(alpha_policy, send("alpha.mail.sites.example.com", sender="contact@alpha.mail.sites.example.com", action=action))
    beta = mail_statements(tenants_assembly.template("prod/Tenant-beta"))
    for domain in ("beta.mail.sites.example.com", "beta-client.example.org"):
        assert decide(beta, send(domain, tenant="beta", action=action)), domain


@pytest.mark.parametrize("domain", ["beta.mail.sites.example.com", "beta-client.example.org", "gamma.mail.sites.example.com"])
def test_cannot_send_as_another_sites_domain(alpha_policy, domain):
    """Neither through the other site's identity nor with its From address through its own."""
    assert not decide(alpha_policy, send(domain))
    assert not decide(alpha_policy, send("alpha.mail.sites.example.com", sender=f"noreply@{domain}"))
    assert not decide(alpha_policy, Request("ses:SendRawEmail", [identity_arn(domain)], {"ses:FromAddress": f"noreply@{domain}"}))


def test_cannot_use_another_sites_configuration_set_or_look_alike_domains(alpha_policy):
    own = "alpha.mail.sites.example.com"
    assert not decide(alpha_policy, send(own, configuration_set=configuration_set_arn("prod", "beta")))
    # A From domain that merely ends like the site's is another domain.
    assert not decide(alpha_policy, send(own, sender="noreply@evil-alpha.mail.sites.example.com"))
    assert not decide(alpha_policy, send(own, sender="noreply@alpha.mail.sites.example.com.evil.org"))
    # Another stage's or account's identity of the same name is not the site's.
    assert not decide(alpha_policy, Request("ses:SendRawEmail", [identity_arn(own, "111111111111")], {"ses:FromAddress": f"noreply@{own}"}))


def test_sending_needs_a_from_address_and_nothing_else_is_allowed(alpha_policy):
    own = "alpha.mail.sites.example.com"
    assert not decide(alpha_policy, Request("ses:SendRawEmail", [identity_arn(own)], {}))
    for action in ("ses:SendBulkEmail", "ses:SendTemplatedEmail", "ses:PutConfigurationSetSendingOptions", "ses:CreateEmailIdentity",
                   "ses:DeleteEmailIdentity", "iam:CreateAccessKey", "ses:GetSendQuota"):
        assert not decide(alpha_policy, Request(action, [identity_arn(own), "*"], {"ses:FromAddress": f"noreply@{own}"})), action


def test_the_evaluator_can_fail():
    """Deny wins, every resource must be allowed, absent keys fail a condition, unknown operators raise."""
    allow = {"Effect": "Allow", "Action": "ses:Send*", "Resource": ["arn:a/*"], "Condition": {"StringLike": {"ses:FromAddress": "*@a.org"}}}
    ok = Request("ses:SendRawEmail", ["arn:a/x"], {"ses:FromAddress": "n@a.org"})
    assert decide([allow], ok)
    assert not decide([allow, {"Effect": "Deny", "Action": "*", "Resource": "*"}], ok)
    assert not decide([allow], Request("ses:SendRawEmail", ["arn:a/x", "arn:b/y"], {"ses:FromAddress": "n@a.org"}))
    assert not decide([allow], Request("ses:SendRawEmail", ["arn:a/x"], {}))
    assert not decide([allow], Request("ses:SendRawEmail", ["arn:a/x"], {"ses:FromAddress": "n@b.a.org.x"}))
    assert decide([{**allow, "Condition": {"StringLikeIfExists": {"ses:FromAddress": "*@a.org"}}}], Request("ses:SendRawEmail", ["arn:a/x"]))
    with pytest.raises(NotImplementedError):
        decide([{**allow, "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}}], ok)


# --- identities, configuration set, user ----------------------------------------------------
def test_identities_easy_dkim_2048_mail_from_and_the_sites_configuration_set(prod_alpha, tenants_assembly):
    beta = tenants_assembly.template("prod/Tenant-beta")
    for template, domains in ((prod_alpha, ["alpha.mail.sites.example.com"]),
                              (beta, ["beta.mail.sites.example.com", "beta-client.example.org"])):
        sets = of_type(template, "AWS::SES::ConfigurationSet")
        (set_id,) = sets
        identities = {r["Properties"]["EmailIdentity"]: r for r in of_type(template, "AWS::SES::EmailIdentity").values()}
        assert sorted(identities) == sorted(domains)
        for domain, r in identities.items():
            p = r["Properties"]
            assert p["DkimSigningAttributes"] == {"NextSigningKeyLength": "RSA_2048_BIT"}
            assert p["MailFromAttributes"]["MailFromDomain"] == f"bounce.{domain}"
            assert p["ConfigurationSetAttributes"] == {"ConfigurationSetName": {"Ref": set_id}}, "every message counts in the site's set"
            assert r["DeletionPolicy"] == r["UpdateReplacePolicy"] == "Retain", "a new identity gets new DKIM keys"


def test_configuration_set_requires_tls_and_publishes_events_per_site(prod_alpha):
    (cs,) = of_type(prod_alpha, "AWS::SES::ConfigurationSet").values()
    assert cs["Properties"]["Name"] == "drupal-prod-alpha"
    assert cs["Properties"]["DeliveryOptions"] == {"TlsPolicy": "REQUIRE"}
    assert cs["Properties"]["SendingOptions"] == {"SendingEnabled": True}
    (dest,) = of_type(prod_alpha, "AWS::SES::ConfigurationSetEventDestination").values()
    ev = dest["Properties"]["EventDestination"]
    assert sorted(ev["MatchingEventTypes"]) == sorted(contracts.MAIL_EVENT_METRICS)
    assert ev["CloudWatchDestination"]["DimensionConfigurations"] == [{
        "DimensionName": contracts.MAIL_METRIC_DIMENSION, "DimensionValueSource": "messageTag", "DefaultDimensionValue": "drupal-prod-alpha"}]


def test_mail_user_is_named_for_stage_and_site(prod_alpha):
    (user,) = of_type(prod_alpha, "AWS::IAM::User").values()
    assert user["Properties"] == {"UserName": "drupal-prod-alpha-mail"}
    assert len(contracts.mail_user_name("x" * 10, "y" * 41)) <= 64 and len(contracts.mail_configuration_set_name("x" * 10, "y" * 41)) <= 64


def test_logical_ids_are_stable(prod_alpha, tenants_assembly):
    """Renaming these would replace the RETAINed identities (orphaning the old ones) and the mail user's keys."""
    assert "MailIdentityalphamailsitesexamplecom646B890B" in of_type(prod_alpha, "AWS::SES::EmailIdentity")
    assert "MailUserBF114A03" in of_type(prod_alpha, "AWS::IAM::User")
    assert "MailConfigurationSet2AA84368" in of_type(prod_alpha, "AWS::SES::ConfigurationSet")


def test_catch_mode_stage_has_no_ses_resources(tenants_assembly):
    for name in ("dev/Tenant-alpha", "dev/Tenant-beta"):
        t = tenants_assembly.template(name)
        assert not [r for r in t["Resources"].values() if r["Type"].startswith("AWS::SES") or r["Type"] == "AWS::IAM::User"], name


# --- DNS -------------------------------------------------------------------------------------
def test_platform_zone_records_are_created_and_client_domains_are_not(tenants_assembly, config):
    beta = tenants_assembly.template("prod/Tenant-beta")
    records = of_type(beta, "AWS::Route53::RecordSet")
    assert {r["Properties"]["HostedZoneId"] for r in records.values()} == {config.stages["prod"].dns.hosted_zone_id}
    named = [r["Properties"]["Name"] for r in records.values() if isinstance(r["Properties"]["Name"], str)]
    assert all(n.endswith(".beta.mail.sites.example.com.") for n in named), named
    dkim = [r for r in records.values() if r["Properties"]["Type"] == "CNAME"]
    assert len(dkim) == 3 and all(r["Properties"]["Name"]["Fn::GetAtt"][1].startswith("DkimDNSTokenName") for r in dkim), \
        "the token's name is already fully qualified: nothing appended"


def test_cli_prints_the_records_the_stack_creates(tenants_assembly, config):
    """mail-dns and the template agree on every record whose value is known before deployment."""
    result = CliRunner().invoke(cli_app, ["mail-dns", "prod", "alpha", "--context-file", str(ROOT / "cdk.json"),
                                          "--tenants", str(ROOT / "tenants.yaml")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    template = tenants_assembly.template("prod/Tenant-alpha")
    created = {(r["Properties"]["Name"].rstrip("."), r["Properties"]["Type"], tuple(r["Properties"]["ResourceRecords"]))
               for r in of_type(template, "AWS::Route53::RecordSet").values() if isinstance(r["Properties"]["Name"], str)}
    printed = set()
    for r in mail_dns.records("alpha.mail.sites.example.com", config.stages["prod"]):
        if r.type != "CNAME":
            printed.add((r.name, r.type, (f'"{r.value}"' if r.type == "TXT" else r.value,)))
            assert r.zone_line() in result.stdout
    assert printed == created


# --- states and opt-in -----------------------------------------------------------------------
def test_opt_in_sends_from_dev_and_decommissioning_stops_sending(tmp_path):
    data = copy.deepcopy(tenants_data())
    data["tenants"]["alpha"]["platform"]["mail"] = {"realSendingStages": ["dev"]}
    unused_settings.remove_unused(data["tenants"]["alpha"], "decommissioned")
    config = config_from(data, tmp_path)
    assembly = synth_tenants(config, tmp_path / "out", nag=False)
    dev = assembly.template("dev/Tenant-alpha")
    (user,) = of_type(dev, "AWS::IAM::User").values()
    assert user["Properties"]["UserName"] == "drupal-dev-alpha-mail"
    (cs,) = of_type(dev, "AWS::SES::ConfigurationSet").values()
    assert cs["Properties"]["SendingOptions"] == {"SendingEnabled": False}, "a decommissioned site sends nothing"
    identities = of_type(dev, "AWS::SES::EmailIdentity")
    assert [r["Properties"]["EmailIdentity"] for r in identities.values()] == ["alpha.mail.dev.sites.example.com"]
    policy = mail_statements(dev)
    assert decide(policy, Request("ses:SendRawEmail", [identity_arn("alpha.mail.dev.sites.example.com", "111111111111"),
                                                       configuration_set_arn("dev", "alpha", "111111111111")],
                                  {"ses:FromAddress": "noreply@alpha.mail.dev.sites.example.com"}))
    assert not decide(policy, send("alpha.mail.sites.example.com")), "the dev user cannot send as the prod identity"
