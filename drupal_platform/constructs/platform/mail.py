"""The mail catcher (Mailpit) of stages whose mail mode is `catch`; `ses` stages deploy nothing."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from drupal_platform.charts.platform.mail_catcher import MAILPIT_IMAGE, MailCatcherChart
from drupal_platform.images import mirrored

from . import ServiceContext
from .common import SYSTEM_NODE_SELECTOR, manifest


class MailCatcher:
    name = "mail-catcher"
    needs: dict[str, str] = {}  # its own namespace; nothing from another service

    def deploy(self, scope: Construct, ctx: ServiceContext) -> list[Construct]:
        if ctx.stage.mail_mode != "catch":
            return []
        c = Construct(scope, "MailCatcher")
        return [manifest(c, "Mailpit", ctx, MailCatcherChart(cdk8s.App(), "mail-catcher", system_node_selector=SYSTEM_NODE_SELECTOR,
                                                                  image=mirrored(ctx.stage, MAILPIT_IMAGE)))]
