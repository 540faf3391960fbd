"""cdk-nag acknowledgements, each naming the rule finding and the specific reason.

cdk-nag 3 runs on CDK's policy-validation framework: a finding is acknowledged with
`Validations.of(construct).acknowledge(id=..., reason=...)`, which covers the construct
and its children. Keep reasons specific: they are the audit trail.
"""

from __future__ import annotations

from aws_cdk import Acknowledgment, Validations
from constructs import Construct

# Findings whose subject is AWS-managed policies that AWS documents as the way to run EKS.
EKS_MANAGED_POLICY_REASON = (
    "AWS-managed policy that the EKS documentation prescribes for this role; AWS keeps it current "
    "with the service's needs, which a copied inline policy would not be"
)


def acknowledge(construct: Construct, finding: str, reason: str) -> None:
    Validations.of(construct).acknowledge(Acknowledgment(id=finding, reason=reason))


def acknowledge_all(construct: Construct, findings: list[tuple[str, str]]) -> None:
    """Several (finding, reason) pairs on one construct: one call into the jsii kernel, not two per
    finding (tenant stacks do this a thousand times in a synthesis)."""
    Validations.of(construct).acknowledge(*(Acknowledgment(id=finding, reason=reason) for finding, reason in findings))


def managed_policy(construct: Construct, policy: str, reason: str = EKS_MANAGED_POLICY_REASON) -> None:
    """Acknowledge AwsSolutions-IAM4 for one AWS-managed policy (e.g. 'AmazonEKSWorkerNodePolicy')."""
    acknowledge(construct, f"AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/{policy}]", reason)
