"""IngressClass `alb` and its IngressClassParams (elbv2.k8s.aws/v1beta1).

The params apply to every Ingress of the class, so every load-balancer group (shared-1 ..
shared-N, chosen per tenant with the group.name annotation) gets the same scheme, TLS policy,
target type and WebACL. The group itself is *not* set here: a group in the params would force
all tenants onto one load balancer, and one ALB holds at most 100 target groups.
"""

from __future__ import annotations

from constructs import Construct

from drupal_platform import contracts
from drupal_platform.charts.imports import ingressclassparams as icp

from .base import PlatformChart
from .k8s import k8s

LBC_CONTROLLER = "ingress.k8s.aws/alb"
# TLS 1.2 minimum with TLS 1.3 preferred (AWS's recommended ALB policy).
SSL_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06"


class IngressClassChart(PlatformChart):
    def __init__(self, scope: Construct, construct_id: str, *, waf_acl_arn: str) -> None:
        super().__init__(scope, construct_id, component="ingress")
        params = icp.IngressClassParams(
            self,
            "params",
            metadata={"name": contracts.INGRESS_CLASS},
            spec=icp.IngressClassParamsSpec(
                scheme=icp.IngressClassParamsSpecScheme.INTERNET_HYPHEN_FACING,
                ip_address_type=icp.IngressClassParamsSpecIpAddressType.IPV4,
                # Pods have VPC addresses (VPC CNI): the ALB targets pods directly.
                target_type=icp.IngressClassParamsSpecTargetType.IP,
                ssl_policy=SSL_POLICY,
                # Every load balancer of the class gets the stage's WebACL (count or block mode).
                wafv2_acl_arn=waf_acl_arn,
                load_balancer_attributes=[
                    icp.IngressClassParamsSpecLoadBalancerAttributes(key="routing.http.drop_invalid_header_fields.enabled", value="true"),
                    icp.IngressClassParamsSpecLoadBalancerAttributes(key="routing.http.desync_mitigation_mode", value="strictest"),
                ],
            ),
        )
        k8s.KubeIngressClass(
            self,
            "class",
            metadata=k8s.ObjectMeta(name=contracts.INGRESS_CLASS),
            spec=k8s.IngressClassSpec(
                controller=LBC_CONTROLLER,
                parameters=k8s.IngressClassParametersReference(
                    api_group="elbv2.k8s.aws", kind="IngressClassParams", name=contracts.INGRESS_CLASS
                ),
            ),
        ).add_dependency(params)
