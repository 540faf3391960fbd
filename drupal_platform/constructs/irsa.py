"""IAM roles for Kubernetes service accounts (IRSA), without a custom resource.

The trust policy's condition keys contain the cluster's OIDC issuer, which is only known
at deploy time. CDK's usual answer (`CfnJson`) adds a Lambda-backed custom resource to
every stack that builds such a role; with one role per tenant that would be a Lambda per
tenant. CloudFormation accepts a policy document as a JSON string, so the document is
written once as a `Fn::Sub` template instead.
"""

from __future__ import annotations

import json

from aws_cdk import Fn, Stack, Token
from aws_cdk import aws_iam as iam
from constructs import Construct


def _trust_document(namespace: str, service_accounts: list[str]) -> str:
    subjects = [f"system:serviceaccount:{namespace}:{sa}" for sa in service_accounts]
    doc = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"Federated": "${ProviderArn}"},
                "Action": "sts:AssumeRoleWithWebIdentity",
                "Condition": {
                    "StringEquals": {
                        "${Issuer}:aud": "sts.amazonaws.com",
                        "${Issuer}:sub": subjects if len(subjects) > 1 else subjects[0],
                    }
                },
            }
        ],
    }
    return json.dumps(doc, indent=None, sort_keys=False)


def issuer_host_path(oidc_issuer: str) -> str:
    """The issuer as IAM condition keys spell it: without `https://`.

    The cluster's issuer URL is a deploy-time value (a token here), so the scheme is
    removed by CloudFormation (`Fn::Select`/`Fn::Split`); a literal is stripped now.
    """
    if Token.is_unresolved(oidc_issuer):
        return Fn.select(1, Fn.split("//", oidc_issuer))
    return oidc_issuer.removeprefix("https://")


class IrsaRole(Construct):
    """A role that exactly the named service accounts of one namespace can assume."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        oidc_provider_arn: str,
        oidc_issuer: str,
        namespace: str,
        service_accounts: list[str],
        role_name: str | None = None,
        description: str | None = None,
    ) -> None:
        super().__init__(scope, construct_id)
        self.role = iam.Role(
            self,
            "Role",
            role_name=role_name,
            description=description,
            # Replaced below by the Fn::Sub document; the principal only types the L2.
            assumed_by=iam.FederatedPrincipal(oidc_provider_arn, {}, "sts:AssumeRoleWithWebIdentity"),
        )
        issuer = issuer_host_path(oidc_issuer)
        cfn_role = self.role.node.default_child
        cfn_role.add_property_override(
            "AssumeRolePolicyDocument",
            Fn.sub(_trust_document(namespace, service_accounts), {"ProviderArn": oidc_provider_arn, "Issuer": issuer}),
        )
        self.subjects = [f"system:serviceaccount:{namespace}:{sa}" for sa in service_accounts]
        self.stack = Stack.of(self)
