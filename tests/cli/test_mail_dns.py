"""`mail-dns STAGE TENANT` and the `make synth` summary: the records a client publishes for its own
mail domain, exactly as SES documents them (issue 20 item 1)."""

from __future__ import annotations

import json

from drupal_platform import mail_dns, summary

from .conftest import no_traceback

CLIENT = "beta-client.example.org"


def test_prints_every_record_of_the_clients_domain(cli):
    result = cli("mail-dns", "prod", "beta")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    start = lines.index(f"; {CLIENT}: the client publishes these records in its own DNS")
    records = lines[start + 2:]
    assert records == [
        f"<token1>._domainkey.{CLIENT}. 1800 IN CNAME <token1>.dkim.amazonses.com",
        f"<token2>._domainkey.{CLIENT}. 1800 IN CNAME <token2>.dkim.amazonses.com",
        f"<token3>._domainkey.{CLIENT}. 1800 IN CNAME <token3>.dkim.amazonses.com",
        f"bounce.{CLIENT}. 1800 IN MX 10 feedback-smtp.eu-west-1.amazonses.com",
        f'bounce.{CLIENT}. 1800 IN TXT "v=spf1 include:amazonses.com ~all"',
        f'_dmarc.{CLIENT}. 1800 IN TXT "v=DMARC1; p=none; adkim=r; aspf=r"',
    ]
    assert (f";   DKIM tokens once the tenant stack is deployed: aws sesv2 get-email-identity --region eu-west-1 "
            f"--email-identity {CLIENT} --query DkimAttributes.Tokens") == lines[start + 1]
    # The platform's subdomain is in the stage's zone: listed as created by the stack.
    assert "; beta.mail.sites.example.com: in the stage's hosted zone Z0PRODEXAMPLE00001 (sites.example.com); the tenant stack creates these records" in lines


def test_real_tokens_fill_the_dkim_records(config):
    records = mail_dns.records(CLIENT, config.stages["prod"], dkim_tokens=["abc", "def", "ghi"])
    assert records[0].zone_line() == f"abc._domainkey.{CLIENT}. 1800 IN CNAME abc.dkim.amazonses.com"


def test_catch_mode_site_has_no_records(cli):
    result = cli("mail-dns", "dev", "beta")
    assert result.exit_code == 0
    assert result.stdout.strip() == "tenant 'beta' does not send through SES in stage 'dev' (mail mode catch): no SES identity, no records"


def test_unknown_tenant_or_stage_is_a_usage_error(cli):
    for args in (("mail-dns", "prod", "nobody"), ("mail-dns", "qa", "beta"), ("mail-dns", "dev", "gamma")):
        result = cli(*args)
        assert result.exit_code == 2, args
        no_traceback(result)


def test_synth_summary_lists_the_records_clients_publish(config, tmp_path, capsys):
    """app.py writes mail-dns-<stage>.txt only where a client owns a sending domain; the summary prints it."""
    assert mail_dns.stage_lines(config.tenants_in("dev"), config.stages["dev"]) == [], "dev is a catch stage"
    lines = mail_dns.stage_lines(config.tenants_in("prod"), config.stages["prod"])
    assert lines[0].startswith(f"tenant beta: {CLIENT} (DKIM tokens: aws sesv2 get-email-identity")
    assert len(lines) == 1 + 6 and not any("mail.sites.example.com" in line for line in lines), "platform domains are not the client's"
    out = tmp_path / "cdk.out"
    (out / "assembly-prod").mkdir(parents=True)
    (out / "manifest.json").write_text(json.dumps({"artifacts": {"assembly-prod": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "assembly-prod"}}}}))
    (out / "assembly-prod" / "manifest.json").write_text(json.dumps({"artifacts": {"prodNetwork": {
        "type": "aws:cloudformation:stack", "displayName": "prod/Network", "properties": {"templateFile": "t.json"}}}}))
    (out / "assembly-prod" / "t.json").write_text('{"Resources": {}}')
    (out / "mail-dns-prod.txt").write_text("\n".join(lines) + "\n")
    assert summary.main([str(out)]) == 0
    printed = capsys.readouterr().out
    assert "mail DNS records clients must publish" in printed
    assert f'      bounce.{CLIENT}. 1800 IN TXT "v=spf1 include:amazonses.com ~all"' in printed
