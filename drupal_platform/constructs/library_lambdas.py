"""checkov skips for the Lambda functions that aws-cdk-lib creates on our behalf.

The project's own functions are the deploy gate's two handlers (constructs/deploy_gate.py) and
the stage's mail-credentials function with its Provider (constructs/platform/mail_credentials.py);
each writes its own skips, with its reasons. The others in our templates belong to library
constructs: the EKS kubectl provider (shared by all tenants), the deploy gate's provider
framework and the custom resource that strips the default security group's rules. Their dead-letter queues,
reserved concurrency, VPC placement and environment encryption are the library's design.
The skips are written into the template (`Metadata.checkov.skip`), so the reason travels
with the resource; a test asserts every Lambda function is one of these library ones.
"""

from __future__ import annotations

import jsii
from aws_cdk import CfnResource, IAspect
from constructs import IConstruct

# Path fragments of library constructs whose Lambda functions we accept.
LIBRARY_LAMBDA_PATHS = ("/KubectlProvider/", "/Custom::VpcRestrictDefaultSGCustomResourceProvider/", "/DeployGate/Provider/")

CHECKOV_SKIPS = [
    {"id": "CKV_AWS_115", "comment": "aws-cdk-lib provider function: invoked only by CloudFormation during deployments; reserved concurrency would only throttle deploys"},
    {"id": "CKV_AWS_116", "comment": "aws-cdk-lib provider function: CloudFormation receives its failures synchronously; a DLQ would hold nothing actionable"},
    {"id": "CKV_AWS_173", "comment": "aws-cdk-lib provider function: its environment holds no secrets (paths and flags only)"},
]


# The kubectl functions run in the node subnets (the cluster's private endpoint); the
# default-security-group handler and the deploy gate's framework functions run outside the VPC.
OUTSIDE_VPC_SKIP = {"id": "CKV_AWS_117", "comment": "aws-cdk-lib's default-security-group handler only calls the EC2 API; it needs no VPC"}
FRAMEWORK_OUTSIDE_VPC_SKIP = {"id": "CKV_AWS_117", "comment": "aws-cdk-lib's provider-framework functions only call the Lambda "
                              "and Step Functions APIs and CloudFormation's response URL; they need no VPC"}


def is_library_lambda(path: str) -> bool:
    return any(fragment in f"/{path}/" for fragment in LIBRARY_LAMBDA_PATHS)


@jsii.implements(IAspect)
class LibraryLambdaSkips:
    """Adds the checkov skips above to Lambda functions created by aws-cdk-lib constructs."""

    def visit(self, node: IConstruct) -> None:
        if isinstance(node, CfnResource) and node.cfn_resource_type == "AWS::Lambda::Function" and is_library_lambda(node.node.path):
            path = f"/{node.node.path}/"
            outside = [] if "/KubectlProvider/" in path else [FRAMEWORK_OUTSIDE_VPC_SKIP if "/DeployGate/Provider/" in path else OUTSIDE_VPC_SKIP]
            skips = CHECKOV_SKIPS + outside
            node.add_metadata("checkov", {"skip": skips})
