"""A site's SES event metrics, as its configuration set's CloudWatch event destination publishes
them (contracts.MAIL_METRICS, dimension contracts.MAIL_METRIC_DIMENSION = the set's name): the
site's alarms (tenant stack) and the stage's mail dashboard (Platform-Data) read the same ones."""

from __future__ import annotations

from aws_cdk import Duration
from aws_cdk import aws_cloudwatch as cloudwatch

from drupal_platform import contracts

DAY = Duration.days(1)


def mail_metric(configuration_set_name: str, event: str, period: Duration = DAY) -> cloudwatch.Metric:
    """One SES event count (contracts.MAIL_METRICS key) of one site's configuration set."""
    return cloudwatch.Metric(namespace=contracts.MAIL_METRIC_NAMESPACE, metric_name=contracts.MAIL_METRICS[event],
                             dimensions_map={contracts.MAIL_METRIC_DIMENSION: configuration_set_name},
                             statistic="Sum", period=period, label=event)


def mail_rate(configuration_set_name: str, event: str, period: Duration = DAY) -> cloudwatch.MathExpression:
    """event / sent over the period; 0 when nothing was sent (SES publishes no zero counts)."""
    return cloudwatch.MathExpression(
        expression="IF(FILL(sent, 0) > 0, FILL(events, 0) / FILL(sent, 0), 0)",
        using_metrics={"sent": mail_metric(configuration_set_name, "sent", period), "events": mail_metric(configuration_set_name, event, period)},
        period=period, label=f"{event} rate")
