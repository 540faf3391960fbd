"""Every pinned version in one place: Kubernetes, the kubectl layer, cdk8s-plus, add-ons and charts.

The kubectl layer and cdk8s-plus are version-named packages; they are imported here and
nowhere else, so moving to a new Kubernetes minor is a change to this module and to the
two pins in requirements.txt.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

# The cluster version every stage uses unless its configuration says otherwise.
DEFAULT_KUBERNETES_VERSION = "1.36"

# Kubernetes minor -> (kubectl layer module, cdk8s-plus module). Only versions whose
# packages are pinned in requirements.txt can be used.
KUBERNETES_PACKAGES: dict[str, tuple[str, str]] = {
    "1.36": ("aws_cdk.lambda_layer_kubectl_v36", "cdk8s_plus_36"),
}


@lru_cache(maxsize=None)
def supported_kubernetes_versions() -> tuple[str, ...]:
    """Versions that aws-cdk-lib knows *and* whose kubectl layer and cdk8s-plus are installed."""
    from aws_cdk import aws_eks_v2 as eks

    out = []
    for version, (layer, plus) in KUBERNETES_PACKAGES.items():
        if not hasattr(eks.KubernetesVersion, "V" + version.replace(".", "_")):
            continue
        try:
            importlib.import_module(layer)
            importlib.import_module(plus)
        except ImportError:
            continue
        out.append(version)
    return tuple(out)


def kubectl_layer_class(version: str):
    """The KubectlVXXLayer class for a Kubernetes minor."""
    module = importlib.import_module(KUBERNETES_PACKAGES[version][0])
    return getattr(module, "KubectlV" + version.split(".")[1] + "Layer")


def eks_version(version: str):
    from aws_cdk import aws_eks_v2 as eks

    return getattr(eks.KubernetesVersion, "V" + version.replace(".", "_"))


def cdk8s_plus():
    """The cdk8s-plus module matching the default cluster version (charts render once per version)."""
    return importlib.import_module(KUBERNETES_PACKAGES[DEFAULT_KUBERNETES_VERSION][1])


# --------------------------------------------------------------------------------------
# EKS managed add-ons for Kubernetes 1.36. Check a new version with
#   aws eks describe-addon-versions --kubernetes-version 1.36 --addon-name <name>
# --------------------------------------------------------------------------------------
EKS_ADDONS: dict[str, str] = {
    "vpc-cni": "v1.23.2-eksbuild.1",
    "coredns": "v1.14.7-eksbuild.11",
    "kube-proxy": "v1.36.0-eksbuild.45",
    "eks-pod-identity-agent": "v1.4.0-eksbuild.3",
    "aws-ebs-csi-driver": "v1.66.0-eksbuild.1",
    "aws-efs-csi-driver": "v3.4.2-eksbuild.1",
    "snapshot-controller": "v8.6.0-eksbuild.8",
}
