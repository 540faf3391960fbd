"""External Secrets Operator. Its controller has NO AWS permissions: every tenant's namespaced
SecretStore authenticates with that tenant's own role (tenant chart), so a compromised or
misconfigured store cannot read another tenant's secrets (DESIGN item 7)."""

from __future__ import annotations

from constructs import Construct

from drupal_platform.config import StageConfig
from drupal_platform.contracts import EXTERNAL_SECRETS_NAMESPACE
from drupal_platform.images import helm_image
from drupal_platform.versions import EXTERNAL_SECRETS_IMAGE

from . import ServiceContext
from .common import SYSTEM_NODE_SELECTOR, helm_release


def values(stage: StageConfig) -> dict:
    image = helm_image(stage, EXTERNAL_SECRETS_IMAGE)
    return {
        "image": image,
        "installCRDs": True,
        # v2.9.0 serves only external-secrets.io/v1; keep v1beta1 off.
        "crds": {"unsafeServeV1Beta1": False},
        "nodeSelector": SYSTEM_NODE_SELECTOR,
        "webhook": {"nodeSelector": SYSTEM_NODE_SELECTOR, "image": image},
        "certController": {"nodeSelector": SYSTEM_NODE_SELECTOR, "image": image},
        # No IRSA annotation, deliberately (see module docstring).
        "serviceAccount": {"create": True, "annotations": {}},
    }


class ExternalSecrets:
    name = "external-secrets"
    needs = {"namespaces": "the external-secrets namespace and its restricted Pod Security level come first"}

    def deploy(self, scope: Construct, ctx: ServiceContext) -> list[Construct]:
        c = Construct(scope, "ExternalSecrets")
        return [helm_release(c, "Chart", ctx, chart=self.name, namespace=EXTERNAL_SECRETS_NAMESPACE, values=values(ctx.stage))]
