"""The trust principal of an EKS Pod Identity role, confined to one cluster of one account."""

from __future__ import annotations

from aws_cdk import aws_iam as iam

POD_IDENTITY_SERVICE = "pods.eks.amazonaws.com"


def pod_identity_principal(*, partition: str, region: str, account: str, cluster_name: str) -> iam.IPrincipal:
    """pods.eks.amazonaws.com, only on behalf of this account's cluster (confused-deputy guard:
    without the conditions the service could assume the role for any cluster of any account
    whose association names it)."""
    return iam.ServicePrincipal(
        POD_IDENTITY_SERVICE,
        conditions={
            "StringEquals": {"aws:SourceAccount": account},
            "ArnEquals": {"aws:SourceArn": f"arn:{partition}:eks:{region}:{account}:cluster/{cluster_name}"},
        },
    ).with_session_tags()
