from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class IngressClassParams(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="ingressclassparams_awsk8selbv2.IngressClassParams",
):
    '''IngressClassParams is the Schema for the IngressClassParams API.

    :schema: IngressClassParams
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["IngressClassParamsSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "IngressClassParams" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: IngressClassParamsSpec defines the desired state of IngressClassParams.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a006bd1034ac9645295d5152d715b7fe1122e7606531afbf379726f57acf824)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = IngressClassParamsProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["IngressClassParamsSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "IngressClassParams".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: IngressClassParamsSpec defines the desired state of IngressClassParams.
        '''
        props = IngressClassParamsProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "IngressClassParams".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="ingressclassparams_awsk8selbv2.IngressClassParamsProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class IngressClassParamsProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["IngressClassParamsSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''IngressClassParams is the Schema for the IngressClassParams API.

        :param metadata: 
        :param spec: IngressClassParamsSpec defines the desired state of IngressClassParams.

        :schema: IngressClassParams
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = IngressClassParamsSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1f2907d29c212e13e84fd20da17e70e710eea8f89b1a3c7615c2e25f61a39b39)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: IngressClassParams#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["IngressClassParamsSpec"]:
        '''IngressClassParamsSpec defines the desired state of IngressClassParams.

        :schema: IngressClassParams#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["IngressClassParamsSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressClassParamsProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ingressclassparams_awsk8selbv2.IngressClassParamsSpec",
    jsii_struct_bases=[],
    name_mapping={
        "certificate_arn": "certificateArn",
        "group": "group",
        "inbound_cid_rs": "inboundCidRs",
        "ip_address_type": "ipAddressType",
        "ipam_configuration": "ipamConfiguration",
        "listeners": "listeners",
        "load_balancer_attributes": "loadBalancerAttributes",
        "load_balancer_name": "loadBalancerName",
        "minimum_load_balancer_capacity": "minimumLoadBalancerCapacity",
        "namespace_selector": "namespaceSelector",
        "prefix_lists_i_ds": "prefixListsIDs",
        "scheme": "scheme",
        "ssl_policy": "sslPolicy",
        "ssl_redirect_port": "sslRedirectPort",
        "subnets": "subnets",
        "tags": "tags",
        "target_type": "targetType",
        "wafv2_acl_arn": "wafv2AclArn",
        "wafv2_acl_name": "wafv2AclName",
    },
)
class IngressClassParamsSpec:
    def __init__(
        self,
        *,
        certificate_arn: typing.Optional[typing.Sequence[builtins.str]] = None,
        group: typing.Optional[typing.Union["IngressClassParamsSpecGroup", typing.Dict[builtins.str, typing.Any]]] = None,
        inbound_cid_rs: typing.Optional[typing.Sequence[builtins.str]] = None,
        ip_address_type: typing.Optional["IngressClassParamsSpecIpAddressType"] = None,
        ipam_configuration: typing.Optional[typing.Union["IngressClassParamsSpecIpamConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        listeners: typing.Optional[typing.Sequence[typing.Union["IngressClassParamsSpecListeners", typing.Dict[builtins.str, typing.Any]]]] = None,
        load_balancer_attributes: typing.Optional[typing.Sequence[typing.Union["IngressClassParamsSpecLoadBalancerAttributes", typing.Dict[builtins.str, typing.Any]]]] = None,
        load_balancer_name: typing.Optional[builtins.str] = None,
        minimum_load_balancer_capacity: typing.Optional[typing.Union["IngressClassParamsSpecMinimumLoadBalancerCapacity", typing.Dict[builtins.str, typing.Any]]] = None,
        namespace_selector: typing.Optional[typing.Union["IngressClassParamsSpecNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        prefix_lists_i_ds: typing.Optional[typing.Sequence[builtins.str]] = None,
        scheme: typing.Optional["IngressClassParamsSpecScheme"] = None,
        ssl_policy: typing.Optional[builtins.str] = None,
        ssl_redirect_port: typing.Optional[builtins.str] = None,
        subnets: typing.Optional[typing.Union["IngressClassParamsSpecSubnets", typing.Dict[builtins.str, typing.Any]]] = None,
        tags: typing.Optional[typing.Sequence[typing.Union["IngressClassParamsSpecTags", typing.Dict[builtins.str, typing.Any]]]] = None,
        target_type: typing.Optional["IngressClassParamsSpecTargetType"] = None,
        wafv2_acl_arn: typing.Optional[builtins.str] = None,
        wafv2_acl_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''IngressClassParamsSpec defines the desired state of IngressClassParams.

        :param certificate_arn: CertificateArn specifies the ARN of the certificates for all Ingresses that belong to IngressClass with this IngressClassParams.
        :param group: Group defines the IngressGroup for all Ingresses that belong to IngressClass with this IngressClassParams.
        :param inbound_cid_rs: InboundCIDRs specifies the CIDRs that are allowed to access the Ingresses that belong to IngressClass with this IngressClassParams.
        :param ip_address_type: IPAddressType defines the ip address type for all Ingresses that belong to IngressClass with this IngressClassParams.
        :param ipam_configuration: IPAMConfiguration defines the IPAM settings for a Load Balancer.
        :param listeners: Listeners define a list of listeners with their protocol, port and attributes.
        :param load_balancer_attributes: LoadBalancerAttributes define the custom attributes to LoadBalancers for all Ingress that that belong to IngressClass with this IngressClassParams.
        :param load_balancer_name: LoadBalancerName defines the name of the load balancer that will be created with this IngressClassParams.
        :param minimum_load_balancer_capacity: MinimumLoadBalancerCapacity define the capacity reservation for LoadBalancers for all Ingress that belong to IngressClass with this IngressClassParams.
        :param namespace_selector: NamespaceSelector restrict the namespaces of Ingresses that are allowed to specify the IngressClass with this IngressClassParams. - if absent or present but empty, it selects all namespaces.
        :param prefix_lists_i_ds: PrefixListsIDsLegacy defines the security group prefix lists for all Ingresses that belong to IngressClass with this IngressClassParams. Not Recommended, Use PrefixListsIDs (prefixListsIDs in JSON) instead
        :param scheme: Scheme defines the scheme for all Ingresses that belong to IngressClass with this IngressClassParams.
        :param ssl_policy: SSLPolicy specifies the SSL Policy for all Ingresses that belong to IngressClass with this IngressClassParams.
        :param ssl_redirect_port: SSLRedirectPort specifies the SSL Redirect Port for all Ingresses that belong to IngressClass with this IngressClassParams.
        :param subnets: Subnets defines the subnets for all Ingresses that belong to IngressClass with this IngressClassParams.
        :param tags: Tags defines list of Tags on AWS resources provisioned for Ingresses that belong to IngressClass with this IngressClassParams.
        :param target_type: TargetType defines the target type of target groups for all Ingresses that belong to IngressClass with this IngressClassParams.
        :param wafv2_acl_arn: WAFv2ACLArn specifies ARN for the Amazon WAFv2 web ACL.
        :param wafv2_acl_name: WAFv2ACLName specifies name of the Amazon WAFv2 web ACL.

        :schema: IngressClassParamsSpec
        '''
        if isinstance(group, dict):
            group = IngressClassParamsSpecGroup(**group)
        if isinstance(ipam_configuration, dict):
            ipam_configuration = IngressClassParamsSpecIpamConfiguration(**ipam_configuration)
        if isinstance(minimum_load_balancer_capacity, dict):
            minimum_load_balancer_capacity = IngressClassParamsSpecMinimumLoadBalancerCapacity(**minimum_load_balancer_capacity)
        if isinstance(namespace_selector, dict):
            namespace_selector = IngressClassParamsSpecNamespaceSelector(**namespace_selector)
        if isinstance(subnets, dict):
            subnets = IngressClassParamsSpecSubnets(**subnets)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d42e21bf22b6dbe606efc9df84d52f27556954bcb139c879d4d0124c49c74891)
            check_type(argname="argument certificate_arn", value=certificate_arn, expected_type=type_hints["certificate_arn"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument inbound_cid_rs", value=inbound_cid_rs, expected_type=type_hints["inbound_cid_rs"])
            check_type(argname="argument ip_address_type", value=ip_address_type, expected_type=type_hints["ip_address_type"])
            check_type(argname="argument ipam_configuration", value=ipam_configuration, expected_type=type_hints["ipam_configuration"])
            check_type(argname="argument listeners", value=listeners, expected_type=type_hints["listeners"])
            check_type(argname="argument load_balancer_attributes", value=load_balancer_attributes, expected_type=type_hints["load_balancer_attributes"])
            check_type(argname="argument load_balancer_name", value=load_balancer_name, expected_type=type_hints["load_balancer_name"])
            check_type(argname="argument minimum_load_balancer_capacity", value=minimum_load_balancer_capacity, expected_type=type_hints["minimum_load_balancer_capacity"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
            check_type(argname="argument prefix_lists_i_ds", value=prefix_lists_i_ds, expected_type=type_hints["prefix_lists_i_ds"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument ssl_policy", value=ssl_policy, expected_type=type_hints["ssl_policy"])
            check_type(argname="argument ssl_redirect_port", value=ssl_redirect_port, expected_type=type_hints["ssl_redirect_port"])
            check_type(argname="argument subnets", value=subnets, expected_type=type_hints["subnets"])
            check_type(argname="argument tags", value=tags, expected_type=type_hints["tags"])
            check_type(argname="argument target_type", value=target_type, expected_type=type_hints["target_type"])
            check_type(argname="argument wafv2_acl_arn", value=wafv2_acl_arn, expected_type=type_hints["wafv2_acl_arn"])
            check_type(argname="argument wafv2_acl_name", value=wafv2_acl_name, expected_type=type_hints["wafv2_acl_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if certificate_arn is not None:
            self._values["certificate_arn"] = certificate_arn
        if group is not None:
            self._values["group"] = group
        if inbound_cid_rs is not None:
            self._values["inbound_cid_rs"] = inbound_cid_rs
        if ip_address_type is not None:
            self._values["ip_address_type"] = ip_address_type
        if ipam_configuration is not None:
            self._values["ipam_configuration"] = ipam_configuration
        if listeners is not None:
            self._values["listeners"] = listeners
        if load_balancer_attributes is not None:
            self._values["load_balancer_attributes"] = load_balancer_attributes
        if load_balancer_name is not None:
            self._values["load_balancer_name"] = load_balancer_name
        if minimum_load_balancer_capacity is not None:
            self._values["minimum_load_balancer_capacity"] = minimum_load_balancer_capacity
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector
        if prefix_lists_i_ds is not None:
            self._values["prefix_lists_i_ds"] = prefix_lists_i_ds
        if scheme is not None:
            self._values["scheme"] = scheme
        if ssl_policy is not None:
            self._values["ssl_policy"] = ssl_policy
        if ssl_redirect_port is not None:
            self._values["ssl_redirect_port"] = ssl_redirect_port
        if subnets is not None:
            self._values["subnets"] = subnets
        if tags is not None:
            self._values["tags"] = tags
        if target_type is not None:
            self._values["target_type"] = target_type
        if wafv2_acl_arn is not None:
            self._values["wafv2_acl_arn"] = wafv2_acl_arn
        if wafv2_acl_name is not None:
            self._values["wafv2_acl_name"] = wafv2_acl_name

    @builtins.property
    def certificate_arn(self) -> typing.Optional[typing.List[builtins.str]]:
        '''CertificateArn specifies the ARN of the certificates for all Ingresses that belong to IngressClass with this IngressClassParams.

        :schema: IngressClassParamsSpec#certificateArn
        '''
        result = self._values.get("certificate_arn")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def group(self) -> typing.Optional["IngressClassParamsSpecGroup"]:
        '''Group defines the IngressGroup for all Ingresses that belong to IngressClass with this IngressClassParams.

        :schema: IngressClassParamsSpec#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional["IngressClassParamsSpecGroup"], result)

    @builtins.property
    def inbound_cid_rs(self) -> typing.Optional[typing.List[builtins.str]]:
        '''InboundCIDRs specifies the CIDRs that are allowed to access the Ingresses that belong to IngressClass with this IngressClassParams.

        :schema: IngressClassParamsSpec#inboundCIDRs
        '''
        result = self._values.get("inbound_cid_rs")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def ip_address_type(self) -> typing.Optional["IngressClassParamsSpecIpAddressType"]:
        '''IPAddressType defines the ip address type for all Ingresses that belong to IngressClass with this IngressClassParams.

        :schema: IngressClassParamsSpec#ipAddressType
        '''
        result = self._values.get("ip_address_type")
        return typing.cast(typing.Optional["IngressClassParamsSpecIpAddressType"], result)

    @builtins.property
    def ipam_configuration(
        self,
    ) -> typing.Optional["IngressClassParamsSpecIpamConfiguration"]:
        '''IPAMConfiguration defines the IPAM settings for a Load Balancer.

        :schema: IngressClassParamsSpec#ipamConfiguration
        '''
        result = self._values.get("ipam_configuration")
        return typing.cast(typing.Optional["IngressClassParamsSpecIpamConfiguration"], result)

    @builtins.property
    def listeners(
        self,
    ) -> typing.Optional[typing.List["IngressClassParamsSpecListeners"]]:
        '''Listeners define a list of listeners with their protocol, port and attributes.

        :schema: IngressClassParamsSpec#listeners
        '''
        result = self._values.get("listeners")
        return typing.cast(typing.Optional[typing.List["IngressClassParamsSpecListeners"]], result)

    @builtins.property
    def load_balancer_attributes(
        self,
    ) -> typing.Optional[typing.List["IngressClassParamsSpecLoadBalancerAttributes"]]:
        '''LoadBalancerAttributes define the custom attributes to LoadBalancers for all Ingress that that belong to IngressClass with this IngressClassParams.

        :schema: IngressClassParamsSpec#loadBalancerAttributes
        '''
        result = self._values.get("load_balancer_attributes")
        return typing.cast(typing.Optional[typing.List["IngressClassParamsSpecLoadBalancerAttributes"]], result)

    @builtins.property
    def load_balancer_name(self) -> typing.Optional[builtins.str]:
        '''LoadBalancerName defines the name of the load balancer that will be created with this IngressClassParams.

        :schema: IngressClassParamsSpec#loadBalancerName
        '''
        result = self._values.get("load_balancer_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def minimum_load_balancer_capacity(
        self,
    ) -> typing.Optional["IngressClassParamsSpecMinimumLoadBalancerCapacity"]:
        '''MinimumLoadBalancerCapacity define the capacity reservation for LoadBalancers for all Ingress that belong to IngressClass with this IngressClassParams.

        :schema: IngressClassParamsSpec#minimumLoadBalancerCapacity
        '''
        result = self._values.get("minimum_load_balancer_capacity")
        return typing.cast(typing.Optional["IngressClassParamsSpecMinimumLoadBalancerCapacity"], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["IngressClassParamsSpecNamespaceSelector"]:
        '''NamespaceSelector restrict the namespaces of Ingresses that are allowed to specify the IngressClass with this IngressClassParams.

        - if absent or present but empty, it selects all namespaces.

        :schema: IngressClassParamsSpec#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["IngressClassParamsSpecNamespaceSelector"], result)

    @builtins.property
    def prefix_lists_i_ds(self) -> typing.Optional[typing.List[builtins.str]]:
        '''PrefixListsIDsLegacy defines the security group prefix lists for all Ingresses that belong to IngressClass with this IngressClassParams.

        Not Recommended, Use PrefixListsIDs (prefixListsIDs in JSON) instead

        :schema: IngressClassParamsSpec#PrefixListsIDs
        '''
        result = self._values.get("prefix_lists_i_ds")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def scheme(self) -> typing.Optional["IngressClassParamsSpecScheme"]:
        '''Scheme defines the scheme for all Ingresses that belong to IngressClass with this IngressClassParams.

        :schema: IngressClassParamsSpec#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional["IngressClassParamsSpecScheme"], result)

    @builtins.property
    def ssl_policy(self) -> typing.Optional[builtins.str]:
        '''SSLPolicy specifies the SSL Policy for all Ingresses that belong to IngressClass with this IngressClassParams.

        :schema: IngressClassParamsSpec#sslPolicy
        '''
        result = self._values.get("ssl_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ssl_redirect_port(self) -> typing.Optional[builtins.str]:
        '''SSLRedirectPort specifies the SSL Redirect Port for all Ingresses that belong to IngressClass with this IngressClassParams.

        :schema: IngressClassParamsSpec#sslRedirectPort
        '''
        result = self._values.get("ssl_redirect_port")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subnets(self) -> typing.Optional["IngressClassParamsSpecSubnets"]:
        '''Subnets defines the subnets for all Ingresses that belong to IngressClass with this IngressClassParams.

        :schema: IngressClassParamsSpec#subnets
        '''
        result = self._values.get("subnets")
        return typing.cast(typing.Optional["IngressClassParamsSpecSubnets"], result)

    @builtins.property
    def tags(self) -> typing.Optional[typing.List["IngressClassParamsSpecTags"]]:
        '''Tags defines list of Tags on AWS resources provisioned for Ingresses that belong to IngressClass with this IngressClassParams.

        :schema: IngressClassParamsSpec#tags
        '''
        result = self._values.get("tags")
        return typing.cast(typing.Optional[typing.List["IngressClassParamsSpecTags"]], result)

    @builtins.property
    def target_type(self) -> typing.Optional["IngressClassParamsSpecTargetType"]:
        '''TargetType defines the target type of target groups for all Ingresses that belong to IngressClass with this IngressClassParams.

        :schema: IngressClassParamsSpec#targetType
        '''
        result = self._values.get("target_type")
        return typing.cast(typing.Optional["IngressClassParamsSpecTargetType"], result)

    @builtins.property
    def wafv2_acl_arn(self) -> typing.Optional[builtins.str]:
        '''WAFv2ACLArn specifies ARN for the Amazon WAFv2 web ACL.

        :schema: IngressClassParamsSpec#wafv2AclArn
        '''
        result = self._values.get("wafv2_acl_arn")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def wafv2_acl_name(self) -> typing.Optional[builtins.str]:
        '''WAFv2ACLName specifies name of the Amazon WAFv2 web ACL.

        :schema: IngressClassParamsSpec#wafv2AclName
        '''
        result = self._values.get("wafv2_acl_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressClassParamsSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ingressclassparams_awsk8selbv2.IngressClassParamsSpecGroup",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class IngressClassParamsSpecGroup:
    def __init__(self, *, name: builtins.str) -> None:
        '''Group defines the IngressGroup for all Ingresses that belong to IngressClass with this IngressClassParams.

        :param name: Name is the name of IngressGroup.

        :schema: IngressClassParamsSpecGroup
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d380d9f87e3ac1365593d97783bf03b75fa6f0cc5e456fca53b047e1afd11df8)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of IngressGroup.

        :schema: IngressClassParamsSpecGroup#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressClassParamsSpecGroup(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="ingressclassparams_awsk8selbv2.IngressClassParamsSpecIpAddressType"
)
class IngressClassParamsSpecIpAddressType(enum.Enum):
    '''IPAddressType defines the ip address type for all Ingresses that belong to IngressClass with this IngressClassParams.

    :schema: IngressClassParamsSpecIpAddressType
    '''

    IPV4 = "IPV4"
    '''ipv4.'''
    DUALSTACK = "DUALSTACK"
    '''dualstack.'''
    DUALSTACK_HYPHEN_WITHOUT_HYPHEN_PUBLIC_HYPHEN_IPV4 = "DUALSTACK_HYPHEN_WITHOUT_HYPHEN_PUBLIC_HYPHEN_IPV4"
    '''dualstack-without-public-ipv4.'''


@jsii.data_type(
    jsii_type="ingressclassparams_awsk8selbv2.IngressClassParamsSpecIpamConfiguration",
    jsii_struct_bases=[],
    name_mapping={"ipv4_ipam_pool_id": "ipv4IpamPoolId"},
)
class IngressClassParamsSpecIpamConfiguration:
    def __init__(
        self,
        *,
        ipv4_ipam_pool_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''IPAMConfiguration defines the IPAM settings for a Load Balancer.

        :param ipv4_ipam_pool_id: IPv4IPAMPoolId defines the IPAM pool ID used for IPv4 Addresses on the ALB.

        :schema: IngressClassParamsSpecIpamConfiguration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eb96e4dceaee7c352e41313f9a8342757c2139bc903c209c2ac122314ac42a58)
            check_type(argname="argument ipv4_ipam_pool_id", value=ipv4_ipam_pool_id, expected_type=type_hints["ipv4_ipam_pool_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ipv4_ipam_pool_id is not None:
            self._values["ipv4_ipam_pool_id"] = ipv4_ipam_pool_id

    @builtins.property
    def ipv4_ipam_pool_id(self) -> typing.Optional[builtins.str]:
        '''IPv4IPAMPoolId defines the IPAM pool ID used for IPv4 Addresses on the ALB.

        :schema: IngressClassParamsSpecIpamConfiguration#ipv4IPAMPoolId
        '''
        result = self._values.get("ipv4_ipam_pool_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressClassParamsSpecIpamConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ingressclassparams_awsk8selbv2.IngressClassParamsSpecListeners",
    jsii_struct_bases=[],
    name_mapping={
        "listener_attributes": "listenerAttributes",
        "port": "port",
        "protocol": "protocol",
    },
)
class IngressClassParamsSpecListeners:
    def __init__(
        self,
        *,
        listener_attributes: typing.Optional[typing.Sequence[typing.Union["IngressClassParamsSpecListenersListenerAttributes", typing.Dict[builtins.str, typing.Any]]]] = None,
        port: typing.Optional[jsii.Number] = None,
        protocol: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param listener_attributes: The attributes of the listener.
        :param port: The port of the listener.
        :param protocol: The protocol of the listener.

        :schema: IngressClassParamsSpecListeners
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__95facb66272a36fd3e1b9eff62f32c6836aca8c1de2d7980c76028c080656141)
            check_type(argname="argument listener_attributes", value=listener_attributes, expected_type=type_hints["listener_attributes"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if listener_attributes is not None:
            self._values["listener_attributes"] = listener_attributes
        if port is not None:
            self._values["port"] = port
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def listener_attributes(
        self,
    ) -> typing.Optional[typing.List["IngressClassParamsSpecListenersListenerAttributes"]]:
        '''The attributes of the listener.

        :schema: IngressClassParamsSpecListeners#listenerAttributes
        '''
        result = self._values.get("listener_attributes")
        return typing.cast(typing.Optional[typing.List["IngressClassParamsSpecListenersListenerAttributes"]], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''The port of the listener.

        :schema: IngressClassParamsSpecListeners#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''The protocol of the listener.

        :schema: IngressClassParamsSpecListeners#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressClassParamsSpecListeners(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ingressclassparams_awsk8selbv2.IngressClassParamsSpecListenersListenerAttributes",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "value": "value"},
)
class IngressClassParamsSpecListenersListenerAttributes:
    def __init__(self, *, key: builtins.str, value: builtins.str) -> None:
        '''Attributes defines custom attributes on resources.

        :param key: The key of the attribute.
        :param value: The value of the attribute.

        :schema: IngressClassParamsSpecListenersListenerAttributes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__88fd91c14a224fd01ae54e2e0665a836c5fac08f236056572fb335aaa8300795)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "value": value,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''The key of the attribute.

        :schema: IngressClassParamsSpecListenersListenerAttributes#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''The value of the attribute.

        :schema: IngressClassParamsSpecListenersListenerAttributes#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressClassParamsSpecListenersListenerAttributes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ingressclassparams_awsk8selbv2.IngressClassParamsSpecLoadBalancerAttributes",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "value": "value"},
)
class IngressClassParamsSpecLoadBalancerAttributes:
    def __init__(self, *, key: builtins.str, value: builtins.str) -> None:
        '''Attributes defines custom attributes on resources.

        :param key: The key of the attribute.
        :param value: The value of the attribute.

        :schema: IngressClassParamsSpecLoadBalancerAttributes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__144ba6fb3283ffb53d1eb13de11e1d84145ab0bc185811142101505bb50ca08c)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "value": value,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''The key of the attribute.

        :schema: IngressClassParamsSpecLoadBalancerAttributes#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''The value of the attribute.

        :schema: IngressClassParamsSpecLoadBalancerAttributes#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressClassParamsSpecLoadBalancerAttributes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ingressclassparams_awsk8selbv2.IngressClassParamsSpecMinimumLoadBalancerCapacity",
    jsii_struct_bases=[],
    name_mapping={"capacity_units": "capacityUnits"},
)
class IngressClassParamsSpecMinimumLoadBalancerCapacity:
    def __init__(self, *, capacity_units: jsii.Number) -> None:
        '''MinimumLoadBalancerCapacity define the capacity reservation for LoadBalancers for all Ingress that belong to IngressClass with this IngressClassParams.

        :param capacity_units: The Capacity Units Value.

        :schema: IngressClassParamsSpecMinimumLoadBalancerCapacity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0971eb2fc9396924bb8cca5a0f1e589f2eb811144d4fc270132a2eb4a346e29e)
            check_type(argname="argument capacity_units", value=capacity_units, expected_type=type_hints["capacity_units"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "capacity_units": capacity_units,
        }

    @builtins.property
    def capacity_units(self) -> jsii.Number:
        '''The Capacity Units Value.

        :schema: IngressClassParamsSpecMinimumLoadBalancerCapacity#capacityUnits
        '''
        result = self._values.get("capacity_units")
        assert result is not None, "Required property 'capacity_units' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressClassParamsSpecMinimumLoadBalancerCapacity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ingressclassparams_awsk8selbv2.IngressClassParamsSpecNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class IngressClassParamsSpecNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["IngressClassParamsSpecNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''NamespaceSelector restrict the namespaces of Ingresses that are allowed to specify the IngressClass with this IngressClassParams.

        - if absent or present but empty, it selects all namespaces.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: IngressClassParamsSpecNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8bf4cdbc580d3a8f12f7b08f353cff59d79a6313a57a3e5d6ffc23e75f03967c)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["IngressClassParamsSpecNamespaceSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: IngressClassParamsSpecNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["IngressClassParamsSpecNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: IngressClassParamsSpecNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressClassParamsSpecNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ingressclassparams_awsk8selbv2.IngressClassParamsSpecNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class IngressClassParamsSpecNamespaceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: IngressClassParamsSpecNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__95858d22e0e45ed310bee29689adc834984319acce2a276e214f6dce363569bc)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: IngressClassParamsSpecNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: IngressClassParamsSpecNamespaceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: IngressClassParamsSpecNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressClassParamsSpecNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ingressclassparams_awsk8selbv2.IngressClassParamsSpecScheme")
class IngressClassParamsSpecScheme(enum.Enum):
    '''Scheme defines the scheme for all Ingresses that belong to IngressClass with this IngressClassParams.

    :schema: IngressClassParamsSpecScheme
    '''

    INTERNAL = "INTERNAL"
    '''internal.'''
    INTERNET_HYPHEN_FACING = "INTERNET_HYPHEN_FACING"
    '''internet-facing.'''


@jsii.data_type(
    jsii_type="ingressclassparams_awsk8selbv2.IngressClassParamsSpecSubnets",
    jsii_struct_bases=[],
    name_mapping={"ids": "ids", "tags": "tags"},
)
class IngressClassParamsSpecSubnets:
    def __init__(
        self,
        *,
        ids: typing.Optional[typing.Sequence[builtins.str]] = None,
        tags: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
    ) -> None:
        '''Subnets defines the subnets for all Ingresses that belong to IngressClass with this IngressClassParams.

        :param ids: IDs specify the resource IDs of subnets. Exactly one of this or ``tags`` must be specified.
        :param tags: Tags specifies subnets in the load balancer's VPC where each tag specified in the map key contains one of the values in the corresponding value list. Exactly one of this or ``ids`` must be specified.

        :schema: IngressClassParamsSpecSubnets
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aea53077e85d0e4f418a2e5d38dc4235e18e55968db0b950011d6d2c8c8809cb)
            check_type(argname="argument ids", value=ids, expected_type=type_hints["ids"])
            check_type(argname="argument tags", value=tags, expected_type=type_hints["tags"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ids is not None:
            self._values["ids"] = ids
        if tags is not None:
            self._values["tags"] = tags

    @builtins.property
    def ids(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IDs specify the resource IDs of subnets.

        Exactly one of this or ``tags`` must be specified.

        :schema: IngressClassParamsSpecSubnets#ids
        '''
        result = self._values.get("ids")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tags(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]]:
        '''Tags specifies subnets in the load balancer's VPC where each tag specified in the map key contains one of the values in the corresponding value list.

        Exactly one of this or ``ids`` must be specified.

        :schema: IngressClassParamsSpecSubnets#tags
        '''
        result = self._values.get("tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressClassParamsSpecSubnets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="ingressclassparams_awsk8selbv2.IngressClassParamsSpecTags",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "value": "value"},
)
class IngressClassParamsSpecTags:
    def __init__(self, *, key: builtins.str, value: builtins.str) -> None:
        '''Tag defines a AWS Tag on resources.

        :param key: The key of the tag.
        :param value: The value of the tag.

        :schema: IngressClassParamsSpecTags
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b3721469003c45f1196ac6461a940660be4cf4b8b130f1e0133695c5e9fb8fba)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "value": value,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''The key of the tag.

        :schema: IngressClassParamsSpecTags#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''The value of the tag.

        :schema: IngressClassParamsSpecTags#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IngressClassParamsSpecTags(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="ingressclassparams_awsk8selbv2.IngressClassParamsSpecTargetType")
class IngressClassParamsSpecTargetType(enum.Enum):
    '''TargetType defines the target type of target groups for all Ingresses that belong to IngressClass with this IngressClassParams.

    :schema: IngressClassParamsSpecTargetType
    '''

    INSTANCE = "INSTANCE"
    '''instance.'''
    IP = "IP"
    '''ip.'''


__all__ = [
    "IngressClassParams",
    "IngressClassParamsProps",
    "IngressClassParamsSpec",
    "IngressClassParamsSpecGroup",
    "IngressClassParamsSpecIpAddressType",
    "IngressClassParamsSpecIpamConfiguration",
    "IngressClassParamsSpecListeners",
    "IngressClassParamsSpecListenersListenerAttributes",
    "IngressClassParamsSpecLoadBalancerAttributes",
    "IngressClassParamsSpecMinimumLoadBalancerCapacity",
    "IngressClassParamsSpecNamespaceSelector",
    "IngressClassParamsSpecNamespaceSelectorMatchExpressions",
    "IngressClassParamsSpecScheme",
    "IngressClassParamsSpecSubnets",
    "IngressClassParamsSpecTags",
    "IngressClassParamsSpecTargetType",
]

publication.publish()

def _typecheckingstub__0a006bd1034ac9645295d5152d715b7fe1122e7606531afbf379726f57acf824(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[IngressClassParamsSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f2907d29c212e13e84fd20da17e70e710eea8f89b1a3c7615c2e25f61a39b39(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[IngressClassParamsSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d42e21bf22b6dbe606efc9df84d52f27556954bcb139c879d4d0124c49c74891(
    *,
    certificate_arn: typing.Optional[typing.Sequence[builtins.str]] = None,
    group: typing.Optional[typing.Union[IngressClassParamsSpecGroup, typing.Dict[builtins.str, typing.Any]]] = None,
    inbound_cid_rs: typing.Optional[typing.Sequence[builtins.str]] = None,
    ip_address_type: typing.Optional[IngressClassParamsSpecIpAddressType] = None,
    ipam_configuration: typing.Optional[typing.Union[IngressClassParamsSpecIpamConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    listeners: typing.Optional[typing.Sequence[typing.Union[IngressClassParamsSpecListeners, typing.Dict[builtins.str, typing.Any]]]] = None,
    load_balancer_attributes: typing.Optional[typing.Sequence[typing.Union[IngressClassParamsSpecLoadBalancerAttributes, typing.Dict[builtins.str, typing.Any]]]] = None,
    load_balancer_name: typing.Optional[builtins.str] = None,
    minimum_load_balancer_capacity: typing.Optional[typing.Union[IngressClassParamsSpecMinimumLoadBalancerCapacity, typing.Dict[builtins.str, typing.Any]]] = None,
    namespace_selector: typing.Optional[typing.Union[IngressClassParamsSpecNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    prefix_lists_i_ds: typing.Optional[typing.Sequence[builtins.str]] = None,
    scheme: typing.Optional[IngressClassParamsSpecScheme] = None,
    ssl_policy: typing.Optional[builtins.str] = None,
    ssl_redirect_port: typing.Optional[builtins.str] = None,
    subnets: typing.Optional[typing.Union[IngressClassParamsSpecSubnets, typing.Dict[builtins.str, typing.Any]]] = None,
    tags: typing.Optional[typing.Sequence[typing.Union[IngressClassParamsSpecTags, typing.Dict[builtins.str, typing.Any]]]] = None,
    target_type: typing.Optional[IngressClassParamsSpecTargetType] = None,
    wafv2_acl_arn: typing.Optional[builtins.str] = None,
    wafv2_acl_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d380d9f87e3ac1365593d97783bf03b75fa6f0cc5e456fca53b047e1afd11df8(
    *,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb96e4dceaee7c352e41313f9a8342757c2139bc903c209c2ac122314ac42a58(
    *,
    ipv4_ipam_pool_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95facb66272a36fd3e1b9eff62f32c6836aca8c1de2d7980c76028c080656141(
    *,
    listener_attributes: typing.Optional[typing.Sequence[typing.Union[IngressClassParamsSpecListenersListenerAttributes, typing.Dict[builtins.str, typing.Any]]]] = None,
    port: typing.Optional[jsii.Number] = None,
    protocol: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__88fd91c14a224fd01ae54e2e0665a836c5fac08f236056572fb335aaa8300795(
    *,
    key: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__144ba6fb3283ffb53d1eb13de11e1d84145ab0bc185811142101505bb50ca08c(
    *,
    key: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0971eb2fc9396924bb8cca5a0f1e589f2eb811144d4fc270132a2eb4a346e29e(
    *,
    capacity_units: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8bf4cdbc580d3a8f12f7b08f353cff59d79a6313a57a3e5d6ffc23e75f03967c(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[IngressClassParamsSpecNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95858d22e0e45ed310bee29689adc834984319acce2a276e214f6dce363569bc(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aea53077e85d0e4f418a2e5d38dc4235e18e55968db0b950011d6d2c8c8809cb(
    *,
    ids: typing.Optional[typing.Sequence[builtins.str]] = None,
    tags: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b3721469003c45f1196ac6461a940660be4cf4b8b130f1e0133695c5e9fb8fba(
    *,
    key: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass
