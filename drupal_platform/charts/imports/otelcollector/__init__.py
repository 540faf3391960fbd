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


class OpenTelemetryCollector(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollector",
):
    '''
    :schema: OpenTelemetryCollector
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["OpenTelemetryCollectorSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "OpenTelemetryCollector" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__802a42f96a22ca3807f3706a00fbd71c05021c5f88d99548611656bac67f582d)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = OpenTelemetryCollectorProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["OpenTelemetryCollectorSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "OpenTelemetryCollector".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = OpenTelemetryCollectorProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "OpenTelemetryCollector".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class OpenTelemetryCollectorProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["OpenTelemetryCollectorSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: OpenTelemetryCollector
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = OpenTelemetryCollectorSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6cbbf9ed51d0a6d210b36006a4458a120061e8f2d395ccaf5d91fca39e0666fc)
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
        :schema: OpenTelemetryCollector#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["OpenTelemetryCollectorSpec"]:
        '''
        :schema: OpenTelemetryCollector#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpec",
    jsii_struct_bases=[],
    name_mapping={
        "config": "config",
        "env": "env",
        "image": "image",
        "image_pull_policy": "imagePullPolicy",
        "mode": "mode",
        "node_selector": "nodeSelector",
        "pod_security_context": "podSecurityContext",
        "ports": "ports",
        "replicas": "replicas",
        "resources": "resources",
        "security_context": "securityContext",
        "tolerations": "tolerations",
        "volume_mounts": "volumeMounts",
        "volumes": "volumes",
    },
)
class OpenTelemetryCollectorSpec:
    def __init__(
        self,
        *,
        config: typing.Union["OpenTelemetryCollectorSpecConfig", typing.Dict[builtins.str, typing.Any]],
        env: typing.Optional[typing.Sequence[typing.Union["OpenTelemetryCollectorSpecEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        mode: typing.Optional["OpenTelemetryCollectorSpecMode"] = None,
        node_selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        pod_security_context: typing.Optional[typing.Union["OpenTelemetryCollectorSpecPodSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        ports: typing.Optional[typing.Sequence[typing.Union["OpenTelemetryCollectorSpecPorts", typing.Dict[builtins.str, typing.Any]]]] = None,
        replicas: typing.Optional[jsii.Number] = None,
        resources: typing.Optional[typing.Union["OpenTelemetryCollectorSpecResources", typing.Dict[builtins.str, typing.Any]]] = None,
        security_context: typing.Optional[typing.Union["OpenTelemetryCollectorSpecSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        tolerations: typing.Optional[typing.Sequence[typing.Union["OpenTelemetryCollectorSpecTolerations", typing.Dict[builtins.str, typing.Any]]]] = None,
        volume_mounts: typing.Optional[typing.Sequence[typing.Union["OpenTelemetryCollectorSpecVolumeMounts", typing.Dict[builtins.str, typing.Any]]]] = None,
        volumes: typing.Optional[typing.Sequence[typing.Union["OpenTelemetryCollectorSpecVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param config: 
        :param env: 
        :param image: 
        :param image_pull_policy: 
        :param mode: 
        :param node_selector: 
        :param pod_security_context: 
        :param ports: 
        :param replicas: 
        :param resources: 
        :param security_context: 
        :param tolerations: 
        :param volume_mounts: 
        :param volumes: 

        :schema: OpenTelemetryCollectorSpec
        '''
        if isinstance(config, dict):
            config = OpenTelemetryCollectorSpecConfig(**config)
        if isinstance(pod_security_context, dict):
            pod_security_context = OpenTelemetryCollectorSpecPodSecurityContext(**pod_security_context)
        if isinstance(resources, dict):
            resources = OpenTelemetryCollectorSpecResources(**resources)
        if isinstance(security_context, dict):
            security_context = OpenTelemetryCollectorSpecSecurityContext(**security_context)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f10d0422d0629f47fb102c748e94b1053b7d5dc1c7438a8dce385106f54c91ad)
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument node_selector", value=node_selector, expected_type=type_hints["node_selector"])
            check_type(argname="argument pod_security_context", value=pod_security_context, expected_type=type_hints["pod_security_context"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument tolerations", value=tolerations, expected_type=type_hints["tolerations"])
            check_type(argname="argument volume_mounts", value=volume_mounts, expected_type=type_hints["volume_mounts"])
            check_type(argname="argument volumes", value=volumes, expected_type=type_hints["volumes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "config": config,
        }
        if env is not None:
            self._values["env"] = env
        if image is not None:
            self._values["image"] = image
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if mode is not None:
            self._values["mode"] = mode
        if node_selector is not None:
            self._values["node_selector"] = node_selector
        if pod_security_context is not None:
            self._values["pod_security_context"] = pod_security_context
        if ports is not None:
            self._values["ports"] = ports
        if replicas is not None:
            self._values["replicas"] = replicas
        if resources is not None:
            self._values["resources"] = resources
        if security_context is not None:
            self._values["security_context"] = security_context
        if tolerations is not None:
            self._values["tolerations"] = tolerations
        if volume_mounts is not None:
            self._values["volume_mounts"] = volume_mounts
        if volumes is not None:
            self._values["volumes"] = volumes

    @builtins.property
    def config(self) -> "OpenTelemetryCollectorSpecConfig":
        '''
        :schema: OpenTelemetryCollectorSpec#config
        '''
        result = self._values.get("config")
        assert result is not None, "Required property 'config' is missing"
        return typing.cast("OpenTelemetryCollectorSpecConfig", result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["OpenTelemetryCollectorSpecEnv"]]:
        '''
        :schema: OpenTelemetryCollectorSpec#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["OpenTelemetryCollectorSpecEnv"]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpec#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpec#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mode(self) -> typing.Optional["OpenTelemetryCollectorSpecMode"]:
        '''
        :schema: OpenTelemetryCollectorSpec#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecMode"], result)

    @builtins.property
    def node_selector(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: OpenTelemetryCollectorSpec#nodeSelector
        '''
        result = self._values.get("node_selector")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def pod_security_context(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecPodSecurityContext"]:
        '''
        :schema: OpenTelemetryCollectorSpec#podSecurityContext
        '''
        result = self._values.get("pod_security_context")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecPodSecurityContext"], result)

    @builtins.property
    def ports(self) -> typing.Optional[typing.List["OpenTelemetryCollectorSpecPorts"]]:
        '''
        :schema: OpenTelemetryCollectorSpec#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.List["OpenTelemetryCollectorSpecPorts"]], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpec#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def resources(self) -> typing.Optional["OpenTelemetryCollectorSpecResources"]:
        '''
        :schema: OpenTelemetryCollectorSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecResources"], result)

    @builtins.property
    def security_context(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecSecurityContext"]:
        '''
        :schema: OpenTelemetryCollectorSpec#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecSecurityContext"], result)

    @builtins.property
    def tolerations(
        self,
    ) -> typing.Optional[typing.List["OpenTelemetryCollectorSpecTolerations"]]:
        '''
        :schema: OpenTelemetryCollectorSpec#tolerations
        '''
        result = self._values.get("tolerations")
        return typing.cast(typing.Optional[typing.List["OpenTelemetryCollectorSpecTolerations"]], result)

    @builtins.property
    def volume_mounts(
        self,
    ) -> typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumeMounts"]]:
        '''
        :schema: OpenTelemetryCollectorSpec#volumeMounts
        '''
        result = self._values.get("volume_mounts")
        return typing.cast(typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumeMounts"]], result)

    @builtins.property
    def volumes(
        self,
    ) -> typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumes"]]:
        '''
        :schema: OpenTelemetryCollectorSpec#volumes
        '''
        result = self._values.get("volumes")
        return typing.cast(typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecConfig",
    jsii_struct_bases=[],
    name_mapping={
        "exporters": "exporters",
        "receivers": "receivers",
        "service": "service",
        "connectors": "connectors",
        "extensions": "extensions",
        "processors": "processors",
    },
)
class OpenTelemetryCollectorSpecConfig:
    def __init__(
        self,
        *,
        exporters: typing.Any,
        receivers: typing.Any,
        service: typing.Union["OpenTelemetryCollectorSpecConfigService", typing.Dict[builtins.str, typing.Any]],
        connectors: typing.Any = None,
        extensions: typing.Any = None,
        processors: typing.Any = None,
    ) -> None:
        '''
        :param exporters: 
        :param receivers: 
        :param service: 
        :param connectors: 
        :param extensions: 
        :param processors: 

        :schema: OpenTelemetryCollectorSpecConfig
        '''
        if isinstance(service, dict):
            service = OpenTelemetryCollectorSpecConfigService(**service)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__728c7098ad983b8c1b0c5b339348ad4649f3329bfbe56ad06f32cc8793a22db0)
            check_type(argname="argument exporters", value=exporters, expected_type=type_hints["exporters"])
            check_type(argname="argument receivers", value=receivers, expected_type=type_hints["receivers"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
            check_type(argname="argument connectors", value=connectors, expected_type=type_hints["connectors"])
            check_type(argname="argument extensions", value=extensions, expected_type=type_hints["extensions"])
            check_type(argname="argument processors", value=processors, expected_type=type_hints["processors"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "exporters": exporters,
            "receivers": receivers,
            "service": service,
        }
        if connectors is not None:
            self._values["connectors"] = connectors
        if extensions is not None:
            self._values["extensions"] = extensions
        if processors is not None:
            self._values["processors"] = processors

    @builtins.property
    def exporters(self) -> typing.Any:
        '''
        :schema: OpenTelemetryCollectorSpecConfig#exporters
        '''
        result = self._values.get("exporters")
        assert result is not None, "Required property 'exporters' is missing"
        return typing.cast(typing.Any, result)

    @builtins.property
    def receivers(self) -> typing.Any:
        '''
        :schema: OpenTelemetryCollectorSpecConfig#receivers
        '''
        result = self._values.get("receivers")
        assert result is not None, "Required property 'receivers' is missing"
        return typing.cast(typing.Any, result)

    @builtins.property
    def service(self) -> "OpenTelemetryCollectorSpecConfigService":
        '''
        :schema: OpenTelemetryCollectorSpecConfig#service
        '''
        result = self._values.get("service")
        assert result is not None, "Required property 'service' is missing"
        return typing.cast("OpenTelemetryCollectorSpecConfigService", result)

    @builtins.property
    def connectors(self) -> typing.Any:
        '''
        :schema: OpenTelemetryCollectorSpecConfig#connectors
        '''
        result = self._values.get("connectors")
        return typing.cast(typing.Any, result)

    @builtins.property
    def extensions(self) -> typing.Any:
        '''
        :schema: OpenTelemetryCollectorSpecConfig#extensions
        '''
        result = self._values.get("extensions")
        return typing.cast(typing.Any, result)

    @builtins.property
    def processors(self) -> typing.Any:
        '''
        :schema: OpenTelemetryCollectorSpecConfig#processors
        '''
        result = self._values.get("processors")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecConfigService",
    jsii_struct_bases=[],
    name_mapping={
        "pipelines": "pipelines",
        "extensions": "extensions",
        "telemetry": "telemetry",
    },
)
class OpenTelemetryCollectorSpecConfigService:
    def __init__(
        self,
        *,
        pipelines: typing.Mapping[builtins.str, typing.Union["OpenTelemetryCollectorSpecConfigServicePipelines", typing.Dict[builtins.str, typing.Any]]],
        extensions: typing.Optional[typing.Sequence[builtins.str]] = None,
        telemetry: typing.Any = None,
    ) -> None:
        '''
        :param pipelines: 
        :param extensions: 
        :param telemetry: 

        :schema: OpenTelemetryCollectorSpecConfigService
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba8ac6f04c4242e294046d54da7baeb64071e7bc65646c7dc85c5858266570c5)
            check_type(argname="argument pipelines", value=pipelines, expected_type=type_hints["pipelines"])
            check_type(argname="argument extensions", value=extensions, expected_type=type_hints["extensions"])
            check_type(argname="argument telemetry", value=telemetry, expected_type=type_hints["telemetry"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "pipelines": pipelines,
        }
        if extensions is not None:
            self._values["extensions"] = extensions
        if telemetry is not None:
            self._values["telemetry"] = telemetry

    @builtins.property
    def pipelines(
        self,
    ) -> typing.Mapping[builtins.str, "OpenTelemetryCollectorSpecConfigServicePipelines"]:
        '''
        :schema: OpenTelemetryCollectorSpecConfigService#pipelines
        '''
        result = self._values.get("pipelines")
        assert result is not None, "Required property 'pipelines' is missing"
        return typing.cast(typing.Mapping[builtins.str, "OpenTelemetryCollectorSpecConfigServicePipelines"], result)

    @builtins.property
    def extensions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: OpenTelemetryCollectorSpecConfigService#extensions
        '''
        result = self._values.get("extensions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def telemetry(self) -> typing.Any:
        '''
        :schema: OpenTelemetryCollectorSpecConfigService#telemetry
        '''
        result = self._values.get("telemetry")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecConfigService(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecConfigServicePipelines",
    jsii_struct_bases=[],
    name_mapping={
        "exporters": "exporters",
        "receivers": "receivers",
        "processors": "processors",
    },
)
class OpenTelemetryCollectorSpecConfigServicePipelines:
    def __init__(
        self,
        *,
        exporters: typing.Sequence[builtins.str],
        receivers: typing.Sequence[builtins.str],
        processors: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param exporters: 
        :param receivers: 
        :param processors: 

        :schema: OpenTelemetryCollectorSpecConfigServicePipelines
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1b6eb1efa486fe7d7a886f8b228fdb7c383a88730f19196cf10db6ab8c4975a3)
            check_type(argname="argument exporters", value=exporters, expected_type=type_hints["exporters"])
            check_type(argname="argument receivers", value=receivers, expected_type=type_hints["receivers"])
            check_type(argname="argument processors", value=processors, expected_type=type_hints["processors"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "exporters": exporters,
            "receivers": receivers,
        }
        if processors is not None:
            self._values["processors"] = processors

    @builtins.property
    def exporters(self) -> typing.List[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecConfigServicePipelines#exporters
        '''
        result = self._values.get("exporters")
        assert result is not None, "Required property 'exporters' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def receivers(self) -> typing.List[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecConfigServicePipelines#receivers
        '''
        result = self._values.get("receivers")
        assert result is not None, "Required property 'receivers' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def processors(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: OpenTelemetryCollectorSpecConfigServicePipelines#processors
        '''
        result = self._values.get("processors")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecConfigServicePipelines(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class OpenTelemetryCollectorSpecEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["OpenTelemetryCollectorSpecEnvValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: OpenTelemetryCollectorSpecEnv
        '''
        if isinstance(value_from, dict):
            value_from = OpenTelemetryCollectorSpecEnvValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b7e33c27e4eb83248fa0e1c415504d1baf87008e413cde78cab46201b4eef5e1)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Optional["OpenTelemetryCollectorSpecEnvValueFrom"]:
        '''
        :schema: OpenTelemetryCollectorSpecEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecEnvValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecEnvValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class OpenTelemetryCollectorSpecEnvValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["OpenTelemetryCollectorSpecEnvValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["OpenTelemetryCollectorSpecEnvValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_key_ref: 
        :param field_ref: 
        :param file_key_ref: 
        :param resource_field_ref: 
        :param secret_key_ref: 

        :schema: OpenTelemetryCollectorSpecEnvValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = OpenTelemetryCollectorSpecEnvValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = OpenTelemetryCollectorSpecEnvValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b33fb6769538a7aad4fd378794504fcb8277658b50ff98eb87ac54949275a385)
            check_type(argname="argument config_map_key_ref", value=config_map_key_ref, expected_type=type_hints["config_map_key_ref"])
            check_type(argname="argument field_ref", value=field_ref, expected_type=type_hints["field_ref"])
            check_type(argname="argument file_key_ref", value=file_key_ref, expected_type=type_hints["file_key_ref"])
            check_type(argname="argument resource_field_ref", value=resource_field_ref, expected_type=type_hints["resource_field_ref"])
            check_type(argname="argument secret_key_ref", value=secret_key_ref, expected_type=type_hints["secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_key_ref is not None:
            self._values["config_map_key_ref"] = config_map_key_ref
        if field_ref is not None:
            self._values["field_ref"] = field_ref
        if file_key_ref is not None:
            self._values["file_key_ref"] = file_key_ref
        if resource_field_ref is not None:
            self._values["resource_field_ref"] = resource_field_ref
        if secret_key_ref is not None:
            self._values["secret_key_ref"] = secret_key_ref

    @builtins.property
    def config_map_key_ref(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef"]:
        '''
        :schema: OpenTelemetryCollectorSpecEnvValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecEnvValueFromFieldRef"]:
        '''
        :schema: OpenTelemetryCollectorSpecEnvValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecEnvValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecEnvValueFromFileKeyRef"]:
        '''
        :schema: OpenTelemetryCollectorSpecEnvValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecEnvValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef"]:
        '''
        :schema: OpenTelemetryCollectorSpecEnvValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef"]:
        '''
        :schema: OpenTelemetryCollectorSpecEnvValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecEnvValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7f53efc9fd6a1a94fbc223513bbcfc545a7d000fd32e1c7102d0cd7764062fb7)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecEnvValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class OpenTelemetryCollectorSpecEnvValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param field_path: 
        :param api_version: 

        :schema: OpenTelemetryCollectorSpecEnvValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d6278c1332d792863749748693dbd6fdd52c1a969a96da7e39dda1ce645fffdc)
            check_type(argname="argument field_path", value=field_path, expected_type=type_hints["field_path"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "field_path": field_path,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def field_path(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecEnvValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecEnvValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecEnvValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecEnvValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class OpenTelemetryCollectorSpecEnvValueFromFileKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        volume_name: builtins.str,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param path: 
        :param volume_name: 
        :param optional: 

        :schema: OpenTelemetryCollectorSpecEnvValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c3d65a5aaef39b1691ae9bcd166fa98d2ff905b4afae4251cc8a34bb4d19181e)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument volume_name", value=volume_name, expected_type=type_hints["volume_name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
            "volume_name": volume_name,
        }
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecEnvValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecEnvValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecEnvValueFromFileKeyRef#volumeName
        '''
        result = self._values.get("volume_name")
        assert result is not None, "Required property 'volume_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecEnvValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecEnvValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["OpenTelemetryCollectorSpecEnvValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''
        :param resource: 
        :param container_name: 
        :param divisor: 

        :schema: OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__839f3fd5382dd233bfede746d2cf1c053ddee1e7bbc73d4106dd0e2ec2b0bd8d)
            check_type(argname="argument resource", value=resource, expected_type=type_hints["resource"])
            check_type(argname="argument container_name", value=container_name, expected_type=type_hints["container_name"])
            check_type(argname="argument divisor", value=divisor, expected_type=type_hints["divisor"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "resource": resource,
        }
        if container_name is not None:
            self._values["container_name"] = container_name
        if divisor is not None:
            self._values["divisor"] = divisor

    @builtins.property
    def resource(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecEnvValueFromResourceFieldRefDivisor"]:
        '''
        :schema: OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecEnvValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OpenTelemetryCollectorSpecEnvValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecEnvValueFromResourceFieldRefDivisor",
):
    '''
    :schema: OpenTelemetryCollectorSpecEnvValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "OpenTelemetryCollectorSpecEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e01eb404ff91d16b469e4f5b71be4a09c8f77d37d0454e789af7e2de7f601b79)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("OpenTelemetryCollectorSpecEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "OpenTelemetryCollectorSpecEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__12f7bf648e1b3f8f050c8cdc303f79e317776fe7eef11cd9544b2a1f06d70875)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("OpenTelemetryCollectorSpecEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4e54a5d6db3f3a6ac8fe84f5243fea2d7ac5f043d4475a5387ef387f08644448)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecMode")
class OpenTelemetryCollectorSpecMode(enum.Enum):
    '''
    :schema: OpenTelemetryCollectorSpecMode
    '''

    DAEMONSET = "DAEMONSET"
    '''daemonset.'''
    DEPLOYMENT = "DEPLOYMENT"
    '''deployment.'''
    SIDECAR = "SIDECAR"
    '''sidecar.'''
    STATEFULSET = "STATEFULSET"
    '''statefulset.'''


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecPodSecurityContext",
    jsii_struct_bases=[],
    name_mapping={
        "app_armor_profile": "appArmorProfile",
        "fs_group": "fsGroup",
        "fs_group_change_policy": "fsGroupChangePolicy",
        "run_as_group": "runAsGroup",
        "run_as_non_root": "runAsNonRoot",
        "run_as_user": "runAsUser",
        "seccomp_profile": "seccompProfile",
        "se_linux_change_policy": "seLinuxChangePolicy",
        "se_linux_options": "seLinuxOptions",
        "supplemental_groups": "supplementalGroups",
        "supplemental_groups_policy": "supplementalGroupsPolicy",
        "sysctls": "sysctls",
        "windows_options": "windowsOptions",
    },
)
class OpenTelemetryCollectorSpecPodSecurityContext:
    def __init__(
        self,
        *,
        app_armor_profile: typing.Optional[typing.Union["OpenTelemetryCollectorSpecPodSecurityContextAppArmorProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        fs_group: typing.Optional[jsii.Number] = None,
        fs_group_change_policy: typing.Optional[builtins.str] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Optional[typing.Union["OpenTelemetryCollectorSpecPodSecurityContextSeccompProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        se_linux_change_policy: typing.Optional[builtins.str] = None,
        se_linux_options: typing.Optional[typing.Union["OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        supplemental_groups: typing.Optional[typing.Sequence[jsii.Number]] = None,
        supplemental_groups_policy: typing.Optional[builtins.str] = None,
        sysctls: typing.Optional[typing.Sequence[typing.Union["OpenTelemetryCollectorSpecPodSecurityContextSysctls", typing.Dict[builtins.str, typing.Any]]]] = None,
        windows_options: typing.Optional[typing.Union["OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param app_armor_profile: 
        :param fs_group: 
        :param fs_group_change_policy: 
        :param run_as_group: 
        :param run_as_non_root: 
        :param run_as_user: 
        :param seccomp_profile: 
        :param se_linux_change_policy: 
        :param se_linux_options: 
        :param supplemental_groups: 
        :param supplemental_groups_policy: 
        :param sysctls: 
        :param windows_options: 

        :schema: OpenTelemetryCollectorSpecPodSecurityContext
        '''
        if isinstance(app_armor_profile, dict):
            app_armor_profile = OpenTelemetryCollectorSpecPodSecurityContextAppArmorProfile(**app_armor_profile)
        if isinstance(seccomp_profile, dict):
            seccomp_profile = OpenTelemetryCollectorSpecPodSecurityContextSeccompProfile(**seccomp_profile)
        if isinstance(se_linux_options, dict):
            se_linux_options = OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions(**se_linux_options)
        if isinstance(windows_options, dict):
            windows_options = OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions(**windows_options)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9e7de2373216b69c696a3e377b5d4bb6f1339b6cc603db9a188bb33e7d449fb9)
            check_type(argname="argument app_armor_profile", value=app_armor_profile, expected_type=type_hints["app_armor_profile"])
            check_type(argname="argument fs_group", value=fs_group, expected_type=type_hints["fs_group"])
            check_type(argname="argument fs_group_change_policy", value=fs_group_change_policy, expected_type=type_hints["fs_group_change_policy"])
            check_type(argname="argument run_as_group", value=run_as_group, expected_type=type_hints["run_as_group"])
            check_type(argname="argument run_as_non_root", value=run_as_non_root, expected_type=type_hints["run_as_non_root"])
            check_type(argname="argument run_as_user", value=run_as_user, expected_type=type_hints["run_as_user"])
            check_type(argname="argument seccomp_profile", value=seccomp_profile, expected_type=type_hints["seccomp_profile"])
            check_type(argname="argument se_linux_change_policy", value=se_linux_change_policy, expected_type=type_hints["se_linux_change_policy"])
            check_type(argname="argument se_linux_options", value=se_linux_options, expected_type=type_hints["se_linux_options"])
            check_type(argname="argument supplemental_groups", value=supplemental_groups, expected_type=type_hints["supplemental_groups"])
            check_type(argname="argument supplemental_groups_policy", value=supplemental_groups_policy, expected_type=type_hints["supplemental_groups_policy"])
            check_type(argname="argument sysctls", value=sysctls, expected_type=type_hints["sysctls"])
            check_type(argname="argument windows_options", value=windows_options, expected_type=type_hints["windows_options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if app_armor_profile is not None:
            self._values["app_armor_profile"] = app_armor_profile
        if fs_group is not None:
            self._values["fs_group"] = fs_group
        if fs_group_change_policy is not None:
            self._values["fs_group_change_policy"] = fs_group_change_policy
        if run_as_group is not None:
            self._values["run_as_group"] = run_as_group
        if run_as_non_root is not None:
            self._values["run_as_non_root"] = run_as_non_root
        if run_as_user is not None:
            self._values["run_as_user"] = run_as_user
        if seccomp_profile is not None:
            self._values["seccomp_profile"] = seccomp_profile
        if se_linux_change_policy is not None:
            self._values["se_linux_change_policy"] = se_linux_change_policy
        if se_linux_options is not None:
            self._values["se_linux_options"] = se_linux_options
        if supplemental_groups is not None:
            self._values["supplemental_groups"] = supplemental_groups
        if supplemental_groups_policy is not None:
            self._values["supplemental_groups_policy"] = supplemental_groups_policy
        if sysctls is not None:
            self._values["sysctls"] = sysctls
        if windows_options is not None:
            self._values["windows_options"] = windows_options

    @builtins.property
    def app_armor_profile(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecPodSecurityContextAppArmorProfile"]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContext#appArmorProfile
        '''
        result = self._values.get("app_armor_profile")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecPodSecurityContextAppArmorProfile"], result)

    @builtins.property
    def fs_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContext#fsGroup
        '''
        result = self._values.get("fs_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def fs_group_change_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContext#fsGroupChangePolicy
        '''
        result = self._values.get("fs_group_change_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecPodSecurityContextSeccompProfile"]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecPodSecurityContextSeccompProfile"], result)

    @builtins.property
    def se_linux_change_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContext#seLinuxChangePolicy
        '''
        result = self._values.get("se_linux_change_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def se_linux_options(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions"]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions"], result)

    @builtins.property
    def supplemental_groups(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContext#supplementalGroups
        '''
        result = self._values.get("supplemental_groups")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def supplemental_groups_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContext#supplementalGroupsPolicy
        '''
        result = self._values.get("supplemental_groups_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sysctls(
        self,
    ) -> typing.Optional[typing.List["OpenTelemetryCollectorSpecPodSecurityContextSysctls"]]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContext#sysctls
        '''
        result = self._values.get("sysctls")
        return typing.cast(typing.Optional[typing.List["OpenTelemetryCollectorSpecPodSecurityContextSysctls"]], result)

    @builtins.property
    def windows_options(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions"]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContext#windowsOptions
        '''
        result = self._values.get("windows_options")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecPodSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecPodSecurityContextAppArmorProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class OpenTelemetryCollectorSpecPodSecurityContextAppArmorProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param localhost_profile: 

        :schema: OpenTelemetryCollectorSpecPodSecurityContextAppArmorProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3a4af4eb6c149f34fa3d1599cf5805759aca8ee6bd8a8022e02ac582b112b336)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument localhost_profile", value=localhost_profile, expected_type=type_hints["localhost_profile"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if localhost_profile is not None:
            self._values["localhost_profile"] = localhost_profile

    @builtins.property
    def type(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContextAppArmorProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContextAppArmorProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecPodSecurityContextAppArmorProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions",
    jsii_struct_bases=[],
    name_mapping={"level": "level", "role": "role", "type": "type", "user": "user"},
)
class OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions:
    def __init__(
        self,
        *,
        level: typing.Optional[builtins.str] = None,
        role: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
        user: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param level: 
        :param role: 
        :param type: 
        :param user: 

        :schema: OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9d1e1294a72dd5e3c16a545b6e9c5b7d54670ecd57f0d8580bc06ad87b1529af)
            check_type(argname="argument level", value=level, expected_type=type_hints["level"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if level is not None:
            self._values["level"] = level
        if role is not None:
            self._values["role"] = role
        if type is not None:
            self._values["type"] = type
        if user is not None:
            self._values["user"] = user

    @builtins.property
    def level(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions#level
        '''
        result = self._values.get("level")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecPodSecurityContextSeccompProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class OpenTelemetryCollectorSpecPodSecurityContextSeccompProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param localhost_profile: 

        :schema: OpenTelemetryCollectorSpecPodSecurityContextSeccompProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1f1f3de70685bb2e09b715eea5ec7c91661177e483142f8a97d7d7ab126afc02)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument localhost_profile", value=localhost_profile, expected_type=type_hints["localhost_profile"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if localhost_profile is not None:
            self._values["localhost_profile"] = localhost_profile

    @builtins.property
    def type(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContextSeccompProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContextSeccompProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecPodSecurityContextSeccompProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecPodSecurityContextSysctls",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class OpenTelemetryCollectorSpecPodSecurityContextSysctls:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: OpenTelemetryCollectorSpecPodSecurityContextSysctls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ec72c2d9a5510920b9cd2aa887fb541d48b9ef93517b7d8626b74a345d6381ba)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContextSysctls#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContextSysctls#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecPodSecurityContextSysctls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions",
    jsii_struct_bases=[],
    name_mapping={
        "gmsa_credential_spec": "gmsaCredentialSpec",
        "gmsa_credential_spec_name": "gmsaCredentialSpecName",
        "host_process": "hostProcess",
        "run_as_user_name": "runAsUserName",
    },
)
class OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions:
    def __init__(
        self,
        *,
        gmsa_credential_spec: typing.Optional[builtins.str] = None,
        gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
        host_process: typing.Optional[builtins.bool] = None,
        run_as_user_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param gmsa_credential_spec: 
        :param gmsa_credential_spec_name: 
        :param host_process: 
        :param run_as_user_name: 

        :schema: OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f9252a66e10af349c936a18314a291702f96bb27332f837c827d81b1b927ec52)
            check_type(argname="argument gmsa_credential_spec", value=gmsa_credential_spec, expected_type=type_hints["gmsa_credential_spec"])
            check_type(argname="argument gmsa_credential_spec_name", value=gmsa_credential_spec_name, expected_type=type_hints["gmsa_credential_spec_name"])
            check_type(argname="argument host_process", value=host_process, expected_type=type_hints["host_process"])
            check_type(argname="argument run_as_user_name", value=run_as_user_name, expected_type=type_hints["run_as_user_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if gmsa_credential_spec is not None:
            self._values["gmsa_credential_spec"] = gmsa_credential_spec
        if gmsa_credential_spec_name is not None:
            self._values["gmsa_credential_spec_name"] = gmsa_credential_spec_name
        if host_process is not None:
            self._values["host_process"] = host_process
        if run_as_user_name is not None:
            self._values["run_as_user_name"] = run_as_user_name

    @builtins.property
    def gmsa_credential_spec(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions#gmsaCredentialSpec
        '''
        result = self._values.get("gmsa_credential_spec")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gmsa_credential_spec_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions#gmsaCredentialSpecName
        '''
        result = self._values.get("gmsa_credential_spec_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_process(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions#hostProcess
        '''
        result = self._values.get("host_process")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions#runAsUserName
        '''
        result = self._values.get("run_as_user_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecPorts",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "app_protocol": "appProtocol",
        "host_port": "hostPort",
        "name": "name",
        "node_port": "nodePort",
        "protocol": "protocol",
        "target_port": "targetPort",
    },
)
class OpenTelemetryCollectorSpecPorts:
    def __init__(
        self,
        *,
        port: jsii.Number,
        app_protocol: typing.Optional[builtins.str] = None,
        host_port: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        node_port: typing.Optional[jsii.Number] = None,
        protocol: typing.Optional[builtins.str] = None,
        target_port: typing.Optional["OpenTelemetryCollectorSpecPortsTargetPort"] = None,
    ) -> None:
        '''
        :param port: 
        :param app_protocol: 
        :param host_port: 
        :param name: 
        :param node_port: 
        :param protocol: 
        :param target_port: 

        :schema: OpenTelemetryCollectorSpecPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a35b2de84b7c10481ff925aaeb88c575703c29e74a596af72025f63dc91b9945)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument app_protocol", value=app_protocol, expected_type=type_hints["app_protocol"])
            check_type(argname="argument host_port", value=host_port, expected_type=type_hints["host_port"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument node_port", value=node_port, expected_type=type_hints["node_port"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument target_port", value=target_port, expected_type=type_hints["target_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if app_protocol is not None:
            self._values["app_protocol"] = app_protocol
        if host_port is not None:
            self._values["host_port"] = host_port
        if name is not None:
            self._values["name"] = name
        if node_port is not None:
            self._values["node_port"] = node_port
        if protocol is not None:
            self._values["protocol"] = protocol
        if target_port is not None:
            self._values["target_port"] = target_port

    @builtins.property
    def port(self) -> jsii.Number:
        '''
        :schema: OpenTelemetryCollectorSpecPorts#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def app_protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecPorts#appProtocol
        '''
        result = self._values.get("app_protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecPorts#hostPort
        '''
        result = self._values.get("host_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecPorts#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecPorts#nodePort
        '''
        result = self._values.get("node_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecPorts#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def target_port(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecPortsTargetPort"]:
        '''
        :schema: OpenTelemetryCollectorSpecPorts#targetPort
        '''
        result = self._values.get("target_port")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecPortsTargetPort"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OpenTelemetryCollectorSpecPortsTargetPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecPortsTargetPort",
):
    '''
    :schema: OpenTelemetryCollectorSpecPortsTargetPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "OpenTelemetryCollectorSpecPortsTargetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5433db093a181aee92a51e703fe9cce2f4473c387e9138f00bcf4db0557a3018)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("OpenTelemetryCollectorSpecPortsTargetPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "OpenTelemetryCollectorSpecPortsTargetPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__62ac45e93350e2dbbbdd1122ae3ff68d3e104a7744da48a37727f237c4a0c84a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("OpenTelemetryCollectorSpecPortsTargetPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecResources",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class OpenTelemetryCollectorSpecResources:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Union["OpenTelemetryCollectorSpecResourcesClaims", typing.Dict[builtins.str, typing.Any]]]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "OpenTelemetryCollectorSpecResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "OpenTelemetryCollectorSpecResourcesRequests"]] = None,
    ) -> None:
        '''
        :param claims: 
        :param limits: 
        :param requests: 

        :schema: OpenTelemetryCollectorSpecResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ff384f81d856f7d8cfc1baede76da705d665d8565f80abebe85720dd86d01fa0)
            check_type(argname="argument claims", value=claims, expected_type=type_hints["claims"])
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if claims is not None:
            self._values["claims"] = claims
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def claims(
        self,
    ) -> typing.Optional[typing.List["OpenTelemetryCollectorSpecResourcesClaims"]]:
        '''
        :schema: OpenTelemetryCollectorSpecResources#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List["OpenTelemetryCollectorSpecResourcesClaims"]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "OpenTelemetryCollectorSpecResourcesLimits"]]:
        '''
        :schema: OpenTelemetryCollectorSpecResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "OpenTelemetryCollectorSpecResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "OpenTelemetryCollectorSpecResourcesRequests"]]:
        '''
        :schema: OpenTelemetryCollectorSpecResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "OpenTelemetryCollectorSpecResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecResourcesClaims",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "request": "request"},
)
class OpenTelemetryCollectorSpecResourcesClaims:
    def __init__(
        self,
        *,
        name: builtins.str,
        request: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param request: 

        :schema: OpenTelemetryCollectorSpecResourcesClaims
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b5afe5d25eb6ee2d045235109db705e07cb96cb93a2ca4d96c8aad695c933128)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if request is not None:
            self._values["request"] = request

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecResourcesClaims#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def request(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecResourcesClaims#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecResourcesClaims(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OpenTelemetryCollectorSpecResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecResourcesLimits",
):
    '''
    :schema: OpenTelemetryCollectorSpecResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "OpenTelemetryCollectorSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8e65cb37d179b3d2d56d69543bb0626bf1d8ad3e46b15a3c94d6e4058167091c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("OpenTelemetryCollectorSpecResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "OpenTelemetryCollectorSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__158108ba1806edc67ad4262248d8292914feb906216cd95719c29d522ef0e963)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("OpenTelemetryCollectorSpecResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class OpenTelemetryCollectorSpecResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecResourcesRequests",
):
    '''
    :schema: OpenTelemetryCollectorSpecResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "OpenTelemetryCollectorSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8b1ffd6d552ba32b14aacd9ecfe1e857ef3ee1b1c719d7e54d10085e36793784)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("OpenTelemetryCollectorSpecResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "OpenTelemetryCollectorSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7ee158fee84cee9e6373f0d2b22f345c7a8854f130e8bcf5ba52c5f8aedee764)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("OpenTelemetryCollectorSpecResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecSecurityContext",
    jsii_struct_bases=[],
    name_mapping={
        "allow_privilege_escalation": "allowPrivilegeEscalation",
        "app_armor_profile": "appArmorProfile",
        "capabilities": "capabilities",
        "privileged": "privileged",
        "proc_mount": "procMount",
        "read_only_root_filesystem": "readOnlyRootFilesystem",
        "run_as_group": "runAsGroup",
        "run_as_non_root": "runAsNonRoot",
        "run_as_user": "runAsUser",
        "seccomp_profile": "seccompProfile",
        "se_linux_options": "seLinuxOptions",
        "windows_options": "windowsOptions",
    },
)
class OpenTelemetryCollectorSpecSecurityContext:
    def __init__(
        self,
        *,
        allow_privilege_escalation: typing.Optional[builtins.bool] = None,
        app_armor_profile: typing.Optional[typing.Union["OpenTelemetryCollectorSpecSecurityContextAppArmorProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        capabilities: typing.Optional[typing.Union["OpenTelemetryCollectorSpecSecurityContextCapabilities", typing.Dict[builtins.str, typing.Any]]] = None,
        privileged: typing.Optional[builtins.bool] = None,
        proc_mount: typing.Optional[builtins.str] = None,
        read_only_root_filesystem: typing.Optional[builtins.bool] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Optional[typing.Union["OpenTelemetryCollectorSpecSecurityContextSeccompProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        se_linux_options: typing.Optional[typing.Union["OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        windows_options: typing.Optional[typing.Union["OpenTelemetryCollectorSpecSecurityContextWindowsOptions", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param allow_privilege_escalation: 
        :param app_armor_profile: 
        :param capabilities: 
        :param privileged: 
        :param proc_mount: 
        :param read_only_root_filesystem: 
        :param run_as_group: 
        :param run_as_non_root: 
        :param run_as_user: 
        :param seccomp_profile: 
        :param se_linux_options: 
        :param windows_options: 

        :schema: OpenTelemetryCollectorSpecSecurityContext
        '''
        if isinstance(app_armor_profile, dict):
            app_armor_profile = OpenTelemetryCollectorSpecSecurityContextAppArmorProfile(**app_armor_profile)
        if isinstance(capabilities, dict):
            capabilities = OpenTelemetryCollectorSpecSecurityContextCapabilities(**capabilities)
        if isinstance(seccomp_profile, dict):
            seccomp_profile = OpenTelemetryCollectorSpecSecurityContextSeccompProfile(**seccomp_profile)
        if isinstance(se_linux_options, dict):
            se_linux_options = OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions(**se_linux_options)
        if isinstance(windows_options, dict):
            windows_options = OpenTelemetryCollectorSpecSecurityContextWindowsOptions(**windows_options)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__698365261cc9cbf59251dd23996d13a07ddd978172ba5bc320af398837a55ac3)
            check_type(argname="argument allow_privilege_escalation", value=allow_privilege_escalation, expected_type=type_hints["allow_privilege_escalation"])
            check_type(argname="argument app_armor_profile", value=app_armor_profile, expected_type=type_hints["app_armor_profile"])
            check_type(argname="argument capabilities", value=capabilities, expected_type=type_hints["capabilities"])
            check_type(argname="argument privileged", value=privileged, expected_type=type_hints["privileged"])
            check_type(argname="argument proc_mount", value=proc_mount, expected_type=type_hints["proc_mount"])
            check_type(argname="argument read_only_root_filesystem", value=read_only_root_filesystem, expected_type=type_hints["read_only_root_filesystem"])
            check_type(argname="argument run_as_group", value=run_as_group, expected_type=type_hints["run_as_group"])
            check_type(argname="argument run_as_non_root", value=run_as_non_root, expected_type=type_hints["run_as_non_root"])
            check_type(argname="argument run_as_user", value=run_as_user, expected_type=type_hints["run_as_user"])
            check_type(argname="argument seccomp_profile", value=seccomp_profile, expected_type=type_hints["seccomp_profile"])
            check_type(argname="argument se_linux_options", value=se_linux_options, expected_type=type_hints["se_linux_options"])
            check_type(argname="argument windows_options", value=windows_options, expected_type=type_hints["windows_options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_privilege_escalation is not None:
            self._values["allow_privilege_escalation"] = allow_privilege_escalation
        if app_armor_profile is not None:
            self._values["app_armor_profile"] = app_armor_profile
        if capabilities is not None:
            self._values["capabilities"] = capabilities
        if privileged is not None:
            self._values["privileged"] = privileged
        if proc_mount is not None:
            self._values["proc_mount"] = proc_mount
        if read_only_root_filesystem is not None:
            self._values["read_only_root_filesystem"] = read_only_root_filesystem
        if run_as_group is not None:
            self._values["run_as_group"] = run_as_group
        if run_as_non_root is not None:
            self._values["run_as_non_root"] = run_as_non_root
        if run_as_user is not None:
            self._values["run_as_user"] = run_as_user
        if seccomp_profile is not None:
            self._values["seccomp_profile"] = seccomp_profile
        if se_linux_options is not None:
            self._values["se_linux_options"] = se_linux_options
        if windows_options is not None:
            self._values["windows_options"] = windows_options

    @builtins.property
    def allow_privilege_escalation(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContext#allowPrivilegeEscalation
        '''
        result = self._values.get("allow_privilege_escalation")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def app_armor_profile(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecSecurityContextAppArmorProfile"]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContext#appArmorProfile
        '''
        result = self._values.get("app_armor_profile")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecSecurityContextAppArmorProfile"], result)

    @builtins.property
    def capabilities(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecSecurityContextCapabilities"]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContext#capabilities
        '''
        result = self._values.get("capabilities")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecSecurityContextCapabilities"], result)

    @builtins.property
    def privileged(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContext#privileged
        '''
        result = self._values.get("privileged")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def proc_mount(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContext#procMount
        '''
        result = self._values.get("proc_mount")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only_root_filesystem(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContext#readOnlyRootFilesystem
        '''
        result = self._values.get("read_only_root_filesystem")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecSecurityContextSeccompProfile"]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecSecurityContextSeccompProfile"], result)

    @builtins.property
    def se_linux_options(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions"]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions"], result)

    @builtins.property
    def windows_options(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecSecurityContextWindowsOptions"]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContext#windowsOptions
        '''
        result = self._values.get("windows_options")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecSecurityContextWindowsOptions"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecSecurityContextAppArmorProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class OpenTelemetryCollectorSpecSecurityContextAppArmorProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param localhost_profile: 

        :schema: OpenTelemetryCollectorSpecSecurityContextAppArmorProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3835cc51212ef8be1f7caa26fd7688b5a0a8a3ebabbdbd65f975a2c41881bc81)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument localhost_profile", value=localhost_profile, expected_type=type_hints["localhost_profile"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if localhost_profile is not None:
            self._values["localhost_profile"] = localhost_profile

    @builtins.property
    def type(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContextAppArmorProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContextAppArmorProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecSecurityContextAppArmorProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecSecurityContextCapabilities",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "drop": "drop"},
)
class OpenTelemetryCollectorSpecSecurityContextCapabilities:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[builtins.str]] = None,
        drop: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param drop: 

        :schema: OpenTelemetryCollectorSpecSecurityContextCapabilities
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__83d3260e29608364651e3ee7a9b8393684f2709293bd95c9e1b7a980788e90c5)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument drop", value=drop, expected_type=type_hints["drop"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if drop is not None:
            self._values["drop"] = drop

    @builtins.property
    def add(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContextCapabilities#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def drop(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContextCapabilities#drop
        '''
        result = self._values.get("drop")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecSecurityContextCapabilities(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions",
    jsii_struct_bases=[],
    name_mapping={"level": "level", "role": "role", "type": "type", "user": "user"},
)
class OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions:
    def __init__(
        self,
        *,
        level: typing.Optional[builtins.str] = None,
        role: typing.Optional[builtins.str] = None,
        type: typing.Optional[builtins.str] = None,
        user: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param level: 
        :param role: 
        :param type: 
        :param user: 

        :schema: OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7d4df76965030a766b6605b96ab30bebf3b5da91d9ebe0f8bdce96267c2376fc)
            check_type(argname="argument level", value=level, expected_type=type_hints["level"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if level is not None:
            self._values["level"] = level
        if role is not None:
            self._values["role"] = role
        if type is not None:
            self._values["type"] = type
        if user is not None:
            self._values["user"] = user

    @builtins.property
    def level(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions#level
        '''
        result = self._values.get("level")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecSecurityContextSeccompProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class OpenTelemetryCollectorSpecSecurityContextSeccompProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param localhost_profile: 

        :schema: OpenTelemetryCollectorSpecSecurityContextSeccompProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__76c400f021fe56fd025843a67ebf03c42340b9b1c00a370d21a33381d58b8614)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument localhost_profile", value=localhost_profile, expected_type=type_hints["localhost_profile"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if localhost_profile is not None:
            self._values["localhost_profile"] = localhost_profile

    @builtins.property
    def type(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContextSeccompProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContextSeccompProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecSecurityContextSeccompProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecSecurityContextWindowsOptions",
    jsii_struct_bases=[],
    name_mapping={
        "gmsa_credential_spec": "gmsaCredentialSpec",
        "gmsa_credential_spec_name": "gmsaCredentialSpecName",
        "host_process": "hostProcess",
        "run_as_user_name": "runAsUserName",
    },
)
class OpenTelemetryCollectorSpecSecurityContextWindowsOptions:
    def __init__(
        self,
        *,
        gmsa_credential_spec: typing.Optional[builtins.str] = None,
        gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
        host_process: typing.Optional[builtins.bool] = None,
        run_as_user_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param gmsa_credential_spec: 
        :param gmsa_credential_spec_name: 
        :param host_process: 
        :param run_as_user_name: 

        :schema: OpenTelemetryCollectorSpecSecurityContextWindowsOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__231bdabe7dc40931ed1a6cbc1da54f1342dc19c5b290e9d1e11a213f9505f888)
            check_type(argname="argument gmsa_credential_spec", value=gmsa_credential_spec, expected_type=type_hints["gmsa_credential_spec"])
            check_type(argname="argument gmsa_credential_spec_name", value=gmsa_credential_spec_name, expected_type=type_hints["gmsa_credential_spec_name"])
            check_type(argname="argument host_process", value=host_process, expected_type=type_hints["host_process"])
            check_type(argname="argument run_as_user_name", value=run_as_user_name, expected_type=type_hints["run_as_user_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if gmsa_credential_spec is not None:
            self._values["gmsa_credential_spec"] = gmsa_credential_spec
        if gmsa_credential_spec_name is not None:
            self._values["gmsa_credential_spec_name"] = gmsa_credential_spec_name
        if host_process is not None:
            self._values["host_process"] = host_process
        if run_as_user_name is not None:
            self._values["run_as_user_name"] = run_as_user_name

    @builtins.property
    def gmsa_credential_spec(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContextWindowsOptions#gmsaCredentialSpec
        '''
        result = self._values.get("gmsa_credential_spec")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gmsa_credential_spec_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContextWindowsOptions#gmsaCredentialSpecName
        '''
        result = self._values.get("gmsa_credential_spec_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_process(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContextWindowsOptions#hostProcess
        '''
        result = self._values.get("host_process")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecSecurityContextWindowsOptions#runAsUserName
        '''
        result = self._values.get("run_as_user_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecSecurityContextWindowsOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecTolerations",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "operator": "operator",
        "toleration_seconds": "tolerationSeconds",
        "value": "value",
    },
)
class OpenTelemetryCollectorSpecTolerations:
    def __init__(
        self,
        *,
        effect: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        toleration_seconds: typing.Optional[jsii.Number] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param effect: 
        :param key: 
        :param operator: 
        :param toleration_seconds: 
        :param value: 

        :schema: OpenTelemetryCollectorSpecTolerations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b6811c390776aa1d5b26703d0cec3dc7ba618db03392603203d18ad5c4a58d72)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument toleration_seconds", value=toleration_seconds, expected_type=type_hints["toleration_seconds"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if effect is not None:
            self._values["effect"] = effect
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if toleration_seconds is not None:
            self._values["toleration_seconds"] = toleration_seconds
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecTolerations#effect
        '''
        result = self._values.get("effect")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecTolerations#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecTolerations#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def toleration_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecTolerations#tolerationSeconds
        '''
        result = self._values.get("toleration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecTolerations#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecTolerations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumeMounts",
    jsii_struct_bases=[],
    name_mapping={
        "mount_path": "mountPath",
        "name": "name",
        "mount_propagation": "mountPropagation",
        "read_only": "readOnly",
        "recursive_read_only": "recursiveReadOnly",
        "sub_path": "subPath",
        "sub_path_expr": "subPathExpr",
    },
)
class OpenTelemetryCollectorSpecVolumeMounts:
    def __init__(
        self,
        *,
        mount_path: builtins.str,
        name: builtins.str,
        mount_propagation: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        recursive_read_only: typing.Optional[builtins.str] = None,
        sub_path: typing.Optional[builtins.str] = None,
        sub_path_expr: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param mount_path: 
        :param name: 
        :param mount_propagation: 
        :param read_only: 
        :param recursive_read_only: 
        :param sub_path: 
        :param sub_path_expr: 

        :schema: OpenTelemetryCollectorSpecVolumeMounts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4da5a468588b658898fc438870d52efa6098f6a3a0e6f0da608d02b1f6c44492)
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument mount_propagation", value=mount_propagation, expected_type=type_hints["mount_propagation"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument recursive_read_only", value=recursive_read_only, expected_type=type_hints["recursive_read_only"])
            check_type(argname="argument sub_path", value=sub_path, expected_type=type_hints["sub_path"])
            check_type(argname="argument sub_path_expr", value=sub_path_expr, expected_type=type_hints["sub_path_expr"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mount_path": mount_path,
            "name": name,
        }
        if mount_propagation is not None:
            self._values["mount_propagation"] = mount_propagation
        if read_only is not None:
            self._values["read_only"] = read_only
        if recursive_read_only is not None:
            self._values["recursive_read_only"] = recursive_read_only
        if sub_path is not None:
            self._values["sub_path"] = sub_path
        if sub_path_expr is not None:
            self._values["sub_path_expr"] = sub_path_expr

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumeMounts#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumeMounts#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_propagation(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumeMounts#mountPropagation
        '''
        result = self._values.get("mount_propagation")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumeMounts#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def recursive_read_only(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumeMounts#recursiveReadOnly
        '''
        result = self._values.get("recursive_read_only")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumeMounts#subPath
        '''
        result = self._values.get("sub_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sub_path_expr(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumeMounts#subPathExpr
        '''
        result = self._values.get("sub_path_expr")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumeMounts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumes",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "aws_elastic_block_store": "awsElasticBlockStore",
        "azure_disk": "azureDisk",
        "azure_file": "azureFile",
        "cephfs": "cephfs",
        "cinder": "cinder",
        "config_map": "configMap",
        "csi": "csi",
        "downward_api": "downwardApi",
        "empty_dir": "emptyDir",
        "ephemeral": "ephemeral",
        "fc": "fc",
        "flex_volume": "flexVolume",
        "flocker": "flocker",
        "gce_persistent_disk": "gcePersistentDisk",
        "git_repo": "gitRepo",
        "glusterfs": "glusterfs",
        "host_path": "hostPath",
        "image": "image",
        "iscsi": "iscsi",
        "nfs": "nfs",
        "persistent_volume_claim": "persistentVolumeClaim",
        "photon_persistent_disk": "photonPersistentDisk",
        "portworx_volume": "portworxVolume",
        "projected": "projected",
        "quobyte": "quobyte",
        "rbd": "rbd",
        "scale_io": "scaleIo",
        "secret": "secret",
        "storageos": "storageos",
        "vsphere_volume": "vsphereVolume",
    },
)
class OpenTelemetryCollectorSpecVolumes:
    def __init__(
        self,
        *,
        name: builtins.str,
        aws_elastic_block_store: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore", typing.Dict[builtins.str, typing.Any]]] = None,
        azure_disk: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesAzureDisk", typing.Dict[builtins.str, typing.Any]]] = None,
        azure_file: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesAzureFile", typing.Dict[builtins.str, typing.Any]]] = None,
        cephfs: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesCephfs", typing.Dict[builtins.str, typing.Any]]] = None,
        cinder: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesCinder", typing.Dict[builtins.str, typing.Any]]] = None,
        config_map: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesConfigMap", typing.Dict[builtins.str, typing.Any]]] = None,
        csi: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesCsi", typing.Dict[builtins.str, typing.Any]]] = None,
        downward_api: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesDownwardApi", typing.Dict[builtins.str, typing.Any]]] = None,
        empty_dir: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesEmptyDir", typing.Dict[builtins.str, typing.Any]]] = None,
        ephemeral: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesEphemeral", typing.Dict[builtins.str, typing.Any]]] = None,
        fc: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesFc", typing.Dict[builtins.str, typing.Any]]] = None,
        flex_volume: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesFlexVolume", typing.Dict[builtins.str, typing.Any]]] = None,
        flocker: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesFlocker", typing.Dict[builtins.str, typing.Any]]] = None,
        gce_persistent_disk: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesGcePersistentDisk", typing.Dict[builtins.str, typing.Any]]] = None,
        git_repo: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesGitRepo", typing.Dict[builtins.str, typing.Any]]] = None,
        glusterfs: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesGlusterfs", typing.Dict[builtins.str, typing.Any]]] = None,
        host_path: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesHostPath", typing.Dict[builtins.str, typing.Any]]] = None,
        image: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesImage", typing.Dict[builtins.str, typing.Any]]] = None,
        iscsi: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesIscsi", typing.Dict[builtins.str, typing.Any]]] = None,
        nfs: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesNfs", typing.Dict[builtins.str, typing.Any]]] = None,
        persistent_volume_claim: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesPersistentVolumeClaim", typing.Dict[builtins.str, typing.Any]]] = None,
        photon_persistent_disk: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesPhotonPersistentDisk", typing.Dict[builtins.str, typing.Any]]] = None,
        portworx_volume: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesPortworxVolume", typing.Dict[builtins.str, typing.Any]]] = None,
        projected: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesProjected", typing.Dict[builtins.str, typing.Any]]] = None,
        quobyte: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesQuobyte", typing.Dict[builtins.str, typing.Any]]] = None,
        rbd: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesRbd", typing.Dict[builtins.str, typing.Any]]] = None,
        scale_io: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesScaleIo", typing.Dict[builtins.str, typing.Any]]] = None,
        secret: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        storageos: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesStorageos", typing.Dict[builtins.str, typing.Any]]] = None,
        vsphere_volume: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesVsphereVolume", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param aws_elastic_block_store: 
        :param azure_disk: 
        :param azure_file: 
        :param cephfs: 
        :param cinder: 
        :param config_map: 
        :param csi: 
        :param downward_api: 
        :param empty_dir: 
        :param ephemeral: 
        :param fc: 
        :param flex_volume: 
        :param flocker: 
        :param gce_persistent_disk: 
        :param git_repo: 
        :param glusterfs: 
        :param host_path: 
        :param image: 
        :param iscsi: 
        :param nfs: 
        :param persistent_volume_claim: 
        :param photon_persistent_disk: 
        :param portworx_volume: 
        :param projected: 
        :param quobyte: 
        :param rbd: 
        :param scale_io: 
        :param secret: 
        :param storageos: 
        :param vsphere_volume: 

        :schema: OpenTelemetryCollectorSpecVolumes
        '''
        if isinstance(aws_elastic_block_store, dict):
            aws_elastic_block_store = OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore(**aws_elastic_block_store)
        if isinstance(azure_disk, dict):
            azure_disk = OpenTelemetryCollectorSpecVolumesAzureDisk(**azure_disk)
        if isinstance(azure_file, dict):
            azure_file = OpenTelemetryCollectorSpecVolumesAzureFile(**azure_file)
        if isinstance(cephfs, dict):
            cephfs = OpenTelemetryCollectorSpecVolumesCephfs(**cephfs)
        if isinstance(cinder, dict):
            cinder = OpenTelemetryCollectorSpecVolumesCinder(**cinder)
        if isinstance(config_map, dict):
            config_map = OpenTelemetryCollectorSpecVolumesConfigMap(**config_map)
        if isinstance(csi, dict):
            csi = OpenTelemetryCollectorSpecVolumesCsi(**csi)
        if isinstance(downward_api, dict):
            downward_api = OpenTelemetryCollectorSpecVolumesDownwardApi(**downward_api)
        if isinstance(empty_dir, dict):
            empty_dir = OpenTelemetryCollectorSpecVolumesEmptyDir(**empty_dir)
        if isinstance(ephemeral, dict):
            ephemeral = OpenTelemetryCollectorSpecVolumesEphemeral(**ephemeral)
        if isinstance(fc, dict):
            fc = OpenTelemetryCollectorSpecVolumesFc(**fc)
        if isinstance(flex_volume, dict):
            flex_volume = OpenTelemetryCollectorSpecVolumesFlexVolume(**flex_volume)
        if isinstance(flocker, dict):
            flocker = OpenTelemetryCollectorSpecVolumesFlocker(**flocker)
        if isinstance(gce_persistent_disk, dict):
            gce_persistent_disk = OpenTelemetryCollectorSpecVolumesGcePersistentDisk(**gce_persistent_disk)
        if isinstance(git_repo, dict):
            git_repo = OpenTelemetryCollectorSpecVolumesGitRepo(**git_repo)
        if isinstance(glusterfs, dict):
            glusterfs = OpenTelemetryCollectorSpecVolumesGlusterfs(**glusterfs)
        if isinstance(host_path, dict):
            host_path = OpenTelemetryCollectorSpecVolumesHostPath(**host_path)
        if isinstance(image, dict):
            image = OpenTelemetryCollectorSpecVolumesImage(**image)
        if isinstance(iscsi, dict):
            iscsi = OpenTelemetryCollectorSpecVolumesIscsi(**iscsi)
        if isinstance(nfs, dict):
            nfs = OpenTelemetryCollectorSpecVolumesNfs(**nfs)
        if isinstance(persistent_volume_claim, dict):
            persistent_volume_claim = OpenTelemetryCollectorSpecVolumesPersistentVolumeClaim(**persistent_volume_claim)
        if isinstance(photon_persistent_disk, dict):
            photon_persistent_disk = OpenTelemetryCollectorSpecVolumesPhotonPersistentDisk(**photon_persistent_disk)
        if isinstance(portworx_volume, dict):
            portworx_volume = OpenTelemetryCollectorSpecVolumesPortworxVolume(**portworx_volume)
        if isinstance(projected, dict):
            projected = OpenTelemetryCollectorSpecVolumesProjected(**projected)
        if isinstance(quobyte, dict):
            quobyte = OpenTelemetryCollectorSpecVolumesQuobyte(**quobyte)
        if isinstance(rbd, dict):
            rbd = OpenTelemetryCollectorSpecVolumesRbd(**rbd)
        if isinstance(scale_io, dict):
            scale_io = OpenTelemetryCollectorSpecVolumesScaleIo(**scale_io)
        if isinstance(secret, dict):
            secret = OpenTelemetryCollectorSpecVolumesSecret(**secret)
        if isinstance(storageos, dict):
            storageos = OpenTelemetryCollectorSpecVolumesStorageos(**storageos)
        if isinstance(vsphere_volume, dict):
            vsphere_volume = OpenTelemetryCollectorSpecVolumesVsphereVolume(**vsphere_volume)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7440b9fdedcce5ecaf339751c87793860634a3141329ca3afe4323c3be24a8b7)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument aws_elastic_block_store", value=aws_elastic_block_store, expected_type=type_hints["aws_elastic_block_store"])
            check_type(argname="argument azure_disk", value=azure_disk, expected_type=type_hints["azure_disk"])
            check_type(argname="argument azure_file", value=azure_file, expected_type=type_hints["azure_file"])
            check_type(argname="argument cephfs", value=cephfs, expected_type=type_hints["cephfs"])
            check_type(argname="argument cinder", value=cinder, expected_type=type_hints["cinder"])
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument csi", value=csi, expected_type=type_hints["csi"])
            check_type(argname="argument downward_api", value=downward_api, expected_type=type_hints["downward_api"])
            check_type(argname="argument empty_dir", value=empty_dir, expected_type=type_hints["empty_dir"])
            check_type(argname="argument ephemeral", value=ephemeral, expected_type=type_hints["ephemeral"])
            check_type(argname="argument fc", value=fc, expected_type=type_hints["fc"])
            check_type(argname="argument flex_volume", value=flex_volume, expected_type=type_hints["flex_volume"])
            check_type(argname="argument flocker", value=flocker, expected_type=type_hints["flocker"])
            check_type(argname="argument gce_persistent_disk", value=gce_persistent_disk, expected_type=type_hints["gce_persistent_disk"])
            check_type(argname="argument git_repo", value=git_repo, expected_type=type_hints["git_repo"])
            check_type(argname="argument glusterfs", value=glusterfs, expected_type=type_hints["glusterfs"])
            check_type(argname="argument host_path", value=host_path, expected_type=type_hints["host_path"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument iscsi", value=iscsi, expected_type=type_hints["iscsi"])
            check_type(argname="argument nfs", value=nfs, expected_type=type_hints["nfs"])
            check_type(argname="argument persistent_volume_claim", value=persistent_volume_claim, expected_type=type_hints["persistent_volume_claim"])
            check_type(argname="argument photon_persistent_disk", value=photon_persistent_disk, expected_type=type_hints["photon_persistent_disk"])
            check_type(argname="argument portworx_volume", value=portworx_volume, expected_type=type_hints["portworx_volume"])
            check_type(argname="argument projected", value=projected, expected_type=type_hints["projected"])
            check_type(argname="argument quobyte", value=quobyte, expected_type=type_hints["quobyte"])
            check_type(argname="argument rbd", value=rbd, expected_type=type_hints["rbd"])
            check_type(argname="argument scale_io", value=scale_io, expected_type=type_hints["scale_io"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument storageos", value=storageos, expected_type=type_hints["storageos"])
            check_type(argname="argument vsphere_volume", value=vsphere_volume, expected_type=type_hints["vsphere_volume"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if aws_elastic_block_store is not None:
            self._values["aws_elastic_block_store"] = aws_elastic_block_store
        if azure_disk is not None:
            self._values["azure_disk"] = azure_disk
        if azure_file is not None:
            self._values["azure_file"] = azure_file
        if cephfs is not None:
            self._values["cephfs"] = cephfs
        if cinder is not None:
            self._values["cinder"] = cinder
        if config_map is not None:
            self._values["config_map"] = config_map
        if csi is not None:
            self._values["csi"] = csi
        if downward_api is not None:
            self._values["downward_api"] = downward_api
        if empty_dir is not None:
            self._values["empty_dir"] = empty_dir
        if ephemeral is not None:
            self._values["ephemeral"] = ephemeral
        if fc is not None:
            self._values["fc"] = fc
        if flex_volume is not None:
            self._values["flex_volume"] = flex_volume
        if flocker is not None:
            self._values["flocker"] = flocker
        if gce_persistent_disk is not None:
            self._values["gce_persistent_disk"] = gce_persistent_disk
        if git_repo is not None:
            self._values["git_repo"] = git_repo
        if glusterfs is not None:
            self._values["glusterfs"] = glusterfs
        if host_path is not None:
            self._values["host_path"] = host_path
        if image is not None:
            self._values["image"] = image
        if iscsi is not None:
            self._values["iscsi"] = iscsi
        if nfs is not None:
            self._values["nfs"] = nfs
        if persistent_volume_claim is not None:
            self._values["persistent_volume_claim"] = persistent_volume_claim
        if photon_persistent_disk is not None:
            self._values["photon_persistent_disk"] = photon_persistent_disk
        if portworx_volume is not None:
            self._values["portworx_volume"] = portworx_volume
        if projected is not None:
            self._values["projected"] = projected
        if quobyte is not None:
            self._values["quobyte"] = quobyte
        if rbd is not None:
            self._values["rbd"] = rbd
        if scale_io is not None:
            self._values["scale_io"] = scale_io
        if secret is not None:
            self._values["secret"] = secret
        if storageos is not None:
            self._values["storageos"] = storageos
        if vsphere_volume is not None:
            self._values["vsphere_volume"] = vsphere_volume

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def aws_elastic_block_store(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#awsElasticBlockStore
        '''
        result = self._values.get("aws_elastic_block_store")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore"], result)

    @builtins.property
    def azure_disk(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesAzureDisk"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#azureDisk
        '''
        result = self._values.get("azure_disk")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesAzureDisk"], result)

    @builtins.property
    def azure_file(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesAzureFile"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#azureFile
        '''
        result = self._values.get("azure_file")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesAzureFile"], result)

    @builtins.property
    def cephfs(self) -> typing.Optional["OpenTelemetryCollectorSpecVolumesCephfs"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#cephfs
        '''
        result = self._values.get("cephfs")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesCephfs"], result)

    @builtins.property
    def cinder(self) -> typing.Optional["OpenTelemetryCollectorSpecVolumesCinder"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#cinder
        '''
        result = self._values.get("cinder")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesCinder"], result)

    @builtins.property
    def config_map(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesConfigMap"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesConfigMap"], result)

    @builtins.property
    def csi(self) -> typing.Optional["OpenTelemetryCollectorSpecVolumesCsi"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#csi
        '''
        result = self._values.get("csi")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesCsi"], result)

    @builtins.property
    def downward_api(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesDownwardApi"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#downwardAPI
        '''
        result = self._values.get("downward_api")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesDownwardApi"], result)

    @builtins.property
    def empty_dir(self) -> typing.Optional["OpenTelemetryCollectorSpecVolumesEmptyDir"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#emptyDir
        '''
        result = self._values.get("empty_dir")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesEmptyDir"], result)

    @builtins.property
    def ephemeral(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesEphemeral"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#ephemeral
        '''
        result = self._values.get("ephemeral")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesEphemeral"], result)

    @builtins.property
    def fc(self) -> typing.Optional["OpenTelemetryCollectorSpecVolumesFc"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#fc
        '''
        result = self._values.get("fc")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesFc"], result)

    @builtins.property
    def flex_volume(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesFlexVolume"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#flexVolume
        '''
        result = self._values.get("flex_volume")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesFlexVolume"], result)

    @builtins.property
    def flocker(self) -> typing.Optional["OpenTelemetryCollectorSpecVolumesFlocker"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#flocker
        '''
        result = self._values.get("flocker")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesFlocker"], result)

    @builtins.property
    def gce_persistent_disk(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesGcePersistentDisk"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#gcePersistentDisk
        '''
        result = self._values.get("gce_persistent_disk")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesGcePersistentDisk"], result)

    @builtins.property
    def git_repo(self) -> typing.Optional["OpenTelemetryCollectorSpecVolumesGitRepo"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#gitRepo
        '''
        result = self._values.get("git_repo")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesGitRepo"], result)

    @builtins.property
    def glusterfs(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesGlusterfs"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#glusterfs
        '''
        result = self._values.get("glusterfs")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesGlusterfs"], result)

    @builtins.property
    def host_path(self) -> typing.Optional["OpenTelemetryCollectorSpecVolumesHostPath"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#hostPath
        '''
        result = self._values.get("host_path")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesHostPath"], result)

    @builtins.property
    def image(self) -> typing.Optional["OpenTelemetryCollectorSpecVolumesImage"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesImage"], result)

    @builtins.property
    def iscsi(self) -> typing.Optional["OpenTelemetryCollectorSpecVolumesIscsi"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#iscsi
        '''
        result = self._values.get("iscsi")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesIscsi"], result)

    @builtins.property
    def nfs(self) -> typing.Optional["OpenTelemetryCollectorSpecVolumesNfs"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#nfs
        '''
        result = self._values.get("nfs")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesNfs"], result)

    @builtins.property
    def persistent_volume_claim(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesPersistentVolumeClaim"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#persistentVolumeClaim
        '''
        result = self._values.get("persistent_volume_claim")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesPersistentVolumeClaim"], result)

    @builtins.property
    def photon_persistent_disk(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesPhotonPersistentDisk"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#photonPersistentDisk
        '''
        result = self._values.get("photon_persistent_disk")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesPhotonPersistentDisk"], result)

    @builtins.property
    def portworx_volume(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesPortworxVolume"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#portworxVolume
        '''
        result = self._values.get("portworx_volume")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesPortworxVolume"], result)

    @builtins.property
    def projected(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesProjected"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#projected
        '''
        result = self._values.get("projected")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesProjected"], result)

    @builtins.property
    def quobyte(self) -> typing.Optional["OpenTelemetryCollectorSpecVolumesQuobyte"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#quobyte
        '''
        result = self._values.get("quobyte")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesQuobyte"], result)

    @builtins.property
    def rbd(self) -> typing.Optional["OpenTelemetryCollectorSpecVolumesRbd"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#rbd
        '''
        result = self._values.get("rbd")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesRbd"], result)

    @builtins.property
    def scale_io(self) -> typing.Optional["OpenTelemetryCollectorSpecVolumesScaleIo"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#scaleIO
        '''
        result = self._values.get("scale_io")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesScaleIo"], result)

    @builtins.property
    def secret(self) -> typing.Optional["OpenTelemetryCollectorSpecVolumesSecret"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesSecret"], result)

    @builtins.property
    def storageos(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesStorageos"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#storageos
        '''
        result = self._values.get("storageos")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesStorageos"], result)

    @builtins.property
    def vsphere_volume(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesVsphereVolume"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumes#vsphereVolume
        '''
        result = self._values.get("vsphere_volume")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesVsphereVolume"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore",
    jsii_struct_bases=[],
    name_mapping={
        "volume_id": "volumeId",
        "fs_type": "fsType",
        "partition": "partition",
        "read_only": "readOnly",
    },
)
class OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore:
    def __init__(
        self,
        *,
        volume_id: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
        partition: typing.Optional[jsii.Number] = None,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param volume_id: 
        :param fs_type: 
        :param partition: 
        :param read_only: 

        :schema: OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__86871c353ac7ee9edbf9e53c616daff9d0f303c44e813dc25e2908df1f538631)
            check_type(argname="argument volume_id", value=volume_id, expected_type=type_hints["volume_id"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument partition", value=partition, expected_type=type_hints["partition"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "volume_id": volume_id,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if partition is not None:
            self._values["partition"] = partition
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def volume_id(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore#volumeID
        '''
        result = self._values.get("volume_id")
        assert result is not None, "Required property 'volume_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def partition(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore#partition
        '''
        result = self._values.get("partition")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesAzureDisk",
    jsii_struct_bases=[],
    name_mapping={
        "disk_name": "diskName",
        "disk_uri": "diskUri",
        "caching_mode": "cachingMode",
        "fs_type": "fsType",
        "kind": "kind",
        "read_only": "readOnly",
    },
)
class OpenTelemetryCollectorSpecVolumesAzureDisk:
    def __init__(
        self,
        *,
        disk_name: builtins.str,
        disk_uri: builtins.str,
        caching_mode: typing.Optional[builtins.str] = None,
        fs_type: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param disk_name: 
        :param disk_uri: 
        :param caching_mode: 
        :param fs_type: 
        :param kind: 
        :param read_only: 

        :schema: OpenTelemetryCollectorSpecVolumesAzureDisk
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__298faff67501b3b8c307f182b683cb803f5606d516429a2c5a764369b1a18a94)
            check_type(argname="argument disk_name", value=disk_name, expected_type=type_hints["disk_name"])
            check_type(argname="argument disk_uri", value=disk_uri, expected_type=type_hints["disk_uri"])
            check_type(argname="argument caching_mode", value=caching_mode, expected_type=type_hints["caching_mode"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "disk_name": disk_name,
            "disk_uri": disk_uri,
        }
        if caching_mode is not None:
            self._values["caching_mode"] = caching_mode
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if kind is not None:
            self._values["kind"] = kind
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def disk_name(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesAzureDisk#diskName
        '''
        result = self._values.get("disk_name")
        assert result is not None, "Required property 'disk_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def disk_uri(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesAzureDisk#diskURI
        '''
        result = self._values.get("disk_uri")
        assert result is not None, "Required property 'disk_uri' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def caching_mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesAzureDisk#cachingMode
        '''
        result = self._values.get("caching_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesAzureDisk#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesAzureDisk#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesAzureDisk#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesAzureDisk(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesAzureFile",
    jsii_struct_bases=[],
    name_mapping={
        "secret_name": "secretName",
        "share_name": "shareName",
        "read_only": "readOnly",
    },
)
class OpenTelemetryCollectorSpecVolumesAzureFile:
    def __init__(
        self,
        *,
        secret_name: builtins.str,
        share_name: builtins.str,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param secret_name: 
        :param share_name: 
        :param read_only: 

        :schema: OpenTelemetryCollectorSpecVolumesAzureFile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__696989eee5e19975b256c5d519b621f9b30e4e16125fc9f1f44dd991a201559d)
            check_type(argname="argument secret_name", value=secret_name, expected_type=type_hints["secret_name"])
            check_type(argname="argument share_name", value=share_name, expected_type=type_hints["share_name"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret_name": secret_name,
            "share_name": share_name,
        }
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def secret_name(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesAzureFile#secretName
        '''
        result = self._values.get("secret_name")
        assert result is not None, "Required property 'secret_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def share_name(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesAzureFile#shareName
        '''
        result = self._values.get("share_name")
        assert result is not None, "Required property 'share_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesAzureFile#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesAzureFile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesCephfs",
    jsii_struct_bases=[],
    name_mapping={
        "monitors": "monitors",
        "path": "path",
        "read_only": "readOnly",
        "secret_file": "secretFile",
        "secret_ref": "secretRef",
        "user": "user",
    },
)
class OpenTelemetryCollectorSpecVolumesCephfs:
    def __init__(
        self,
        *,
        monitors: typing.Sequence[builtins.str],
        path: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        secret_file: typing.Optional[builtins.str] = None,
        secret_ref: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesCephfsSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        user: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param monitors: 
        :param path: 
        :param read_only: 
        :param secret_file: 
        :param secret_ref: 
        :param user: 

        :schema: OpenTelemetryCollectorSpecVolumesCephfs
        '''
        if isinstance(secret_ref, dict):
            secret_ref = OpenTelemetryCollectorSpecVolumesCephfsSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5ff379a554deb445114304cc0bea5f779e822314e668a62e6874ab676bbeadb2)
            check_type(argname="argument monitors", value=monitors, expected_type=type_hints["monitors"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument secret_file", value=secret_file, expected_type=type_hints["secret_file"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "monitors": monitors,
        }
        if path is not None:
            self._values["path"] = path
        if read_only is not None:
            self._values["read_only"] = read_only
        if secret_file is not None:
            self._values["secret_file"] = secret_file
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if user is not None:
            self._values["user"] = user

    @builtins.property
    def monitors(self) -> typing.List[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesCephfs#monitors
        '''
        result = self._values.get("monitors")
        assert result is not None, "Required property 'monitors' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesCephfs#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesCephfs#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_file(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesCephfs#secretFile
        '''
        result = self._values.get("secret_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesCephfsSecretRef"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesCephfs#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesCephfsSecretRef"], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesCephfs#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesCephfs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesCephfsSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class OpenTelemetryCollectorSpecVolumesCephfsSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: OpenTelemetryCollectorSpecVolumesCephfsSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__18d327e54d2402ff7a6bfa6e9f748d51b2103cf567cb0dee42733039739321dc)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesCephfsSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesCephfsSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesCinder",
    jsii_struct_bases=[],
    name_mapping={
        "volume_id": "volumeId",
        "fs_type": "fsType",
        "read_only": "readOnly",
        "secret_ref": "secretRef",
    },
)
class OpenTelemetryCollectorSpecVolumesCinder:
    def __init__(
        self,
        *,
        volume_id: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        secret_ref: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesCinderSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param volume_id: 
        :param fs_type: 
        :param read_only: 
        :param secret_ref: 

        :schema: OpenTelemetryCollectorSpecVolumesCinder
        '''
        if isinstance(secret_ref, dict):
            secret_ref = OpenTelemetryCollectorSpecVolumesCinderSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3805bef68eb01fc0ebc420dd1d121d5432dde0007324dbc8c3b035f2b2b2590a)
            check_type(argname="argument volume_id", value=volume_id, expected_type=type_hints["volume_id"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "volume_id": volume_id,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if read_only is not None:
            self._values["read_only"] = read_only
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def volume_id(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesCinder#volumeID
        '''
        result = self._values.get("volume_id")
        assert result is not None, "Required property 'volume_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesCinder#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesCinder#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesCinderSecretRef"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesCinder#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesCinderSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesCinder(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesCinderSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class OpenTelemetryCollectorSpecVolumesCinderSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: OpenTelemetryCollectorSpecVolumesCinderSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aca04499551660daa103d6764702109a4fcfc06129708031ef1be9a4eb439aa2)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesCinderSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesCinderSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesConfigMap",
    jsii_struct_bases=[],
    name_mapping={
        "default_mode": "defaultMode",
        "items": "items",
        "name": "name",
        "optional": "optional",
    },
)
class OpenTelemetryCollectorSpecVolumesConfigMap:
    def __init__(
        self,
        *,
        default_mode: typing.Optional[jsii.Number] = None,
        items: typing.Optional[typing.Sequence[typing.Union["OpenTelemetryCollectorSpecVolumesConfigMapItems", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param default_mode: 
        :param items: 
        :param name: 
        :param optional: 

        :schema: OpenTelemetryCollectorSpecVolumesConfigMap
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2949be49638421496eb9bd03891fbc88ace2a35c68fcb9658496ee984f772146)
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if items is not None:
            self._values["items"] = items
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def default_mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesConfigMap#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumesConfigMapItems"]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesConfigMap#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumesConfigMapItems"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesConfigMap#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesConfigMap#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesConfigMap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesConfigMapItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "path": "path", "mode": "mode"},
)
class OpenTelemetryCollectorSpecVolumesConfigMapItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        mode: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param key: 
        :param path: 
        :param mode: 

        :schema: OpenTelemetryCollectorSpecVolumesConfigMapItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e4cef360a72492dfae1202e31ac1e13206c4974b53e968b949aa998433321b6b)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
        }
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesConfigMapItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesConfigMapItems#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesConfigMapItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesConfigMapItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesCsi",
    jsii_struct_bases=[],
    name_mapping={
        "driver": "driver",
        "fs_type": "fsType",
        "node_publish_secret_ref": "nodePublishSecretRef",
        "read_only": "readOnly",
        "volume_attributes": "volumeAttributes",
    },
)
class OpenTelemetryCollectorSpecVolumesCsi:
    def __init__(
        self,
        *,
        driver: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
        node_publish_secret_ref: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesCsiNodePublishSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        read_only: typing.Optional[builtins.bool] = None,
        volume_attributes: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param driver: 
        :param fs_type: 
        :param node_publish_secret_ref: 
        :param read_only: 
        :param volume_attributes: 

        :schema: OpenTelemetryCollectorSpecVolumesCsi
        '''
        if isinstance(node_publish_secret_ref, dict):
            node_publish_secret_ref = OpenTelemetryCollectorSpecVolumesCsiNodePublishSecretRef(**node_publish_secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b62b6a661c5510d515afb90efe7e1b43c657f5081a82a6213771182dbb347f75)
            check_type(argname="argument driver", value=driver, expected_type=type_hints["driver"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument node_publish_secret_ref", value=node_publish_secret_ref, expected_type=type_hints["node_publish_secret_ref"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument volume_attributes", value=volume_attributes, expected_type=type_hints["volume_attributes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "driver": driver,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if node_publish_secret_ref is not None:
            self._values["node_publish_secret_ref"] = node_publish_secret_ref
        if read_only is not None:
            self._values["read_only"] = read_only
        if volume_attributes is not None:
            self._values["volume_attributes"] = volume_attributes

    @builtins.property
    def driver(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesCsi#driver
        '''
        result = self._values.get("driver")
        assert result is not None, "Required property 'driver' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesCsi#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_publish_secret_ref(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesCsiNodePublishSecretRef"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesCsi#nodePublishSecretRef
        '''
        result = self._values.get("node_publish_secret_ref")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesCsiNodePublishSecretRef"], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesCsi#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def volume_attributes(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesCsi#volumeAttributes
        '''
        result = self._values.get("volume_attributes")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesCsi(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesCsiNodePublishSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class OpenTelemetryCollectorSpecVolumesCsiNodePublishSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: OpenTelemetryCollectorSpecVolumesCsiNodePublishSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ecba6659356693a4cad0065335b404f9cf060791128709b8c99f7965c0b6775d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesCsiNodePublishSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesCsiNodePublishSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesDownwardApi",
    jsii_struct_bases=[],
    name_mapping={"default_mode": "defaultMode", "items": "items"},
)
class OpenTelemetryCollectorSpecVolumesDownwardApi:
    def __init__(
        self,
        *,
        default_mode: typing.Optional[jsii.Number] = None,
        items: typing.Optional[typing.Sequence[typing.Union["OpenTelemetryCollectorSpecVolumesDownwardApiItems", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param default_mode: 
        :param items: 

        :schema: OpenTelemetryCollectorSpecVolumesDownwardApi
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a91d2ac62aed06bbefc78138caa590ff9a41890bd183201d3d673cada7ba152)
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if items is not None:
            self._values["items"] = items

    @builtins.property
    def default_mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesDownwardApi#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumesDownwardApiItems"]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesDownwardApi#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumesDownwardApiItems"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesDownwardApi(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesDownwardApiItems",
    jsii_struct_bases=[],
    name_mapping={
        "path": "path",
        "field_ref": "fieldRef",
        "mode": "mode",
        "resource_field_ref": "resourceFieldRef",
    },
)
class OpenTelemetryCollectorSpecVolumesDownwardApiItems:
    def __init__(
        self,
        *,
        path: builtins.str,
        field_ref: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesDownwardApiItemsFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        mode: typing.Optional[jsii.Number] = None,
        resource_field_ref: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param path: 
        :param field_ref: 
        :param mode: 
        :param resource_field_ref: 

        :schema: OpenTelemetryCollectorSpecVolumesDownwardApiItems
        '''
        if isinstance(field_ref, dict):
            field_ref = OpenTelemetryCollectorSpecVolumesDownwardApiItemsFieldRef(**field_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef(**resource_field_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0f0d4ef6ff3e8024e06cc3c38a98a38b8d35a6fc8e7a738d46f1caddb307423c)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument field_ref", value=field_ref, expected_type=type_hints["field_ref"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument resource_field_ref", value=resource_field_ref, expected_type=type_hints["resource_field_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
        }
        if field_ref is not None:
            self._values["field_ref"] = field_ref
        if mode is not None:
            self._values["mode"] = mode
        if resource_field_ref is not None:
            self._values["resource_field_ref"] = resource_field_ref

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesDownwardApiItems#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesDownwardApiItemsFieldRef"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesDownwardApiItems#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesDownwardApiItemsFieldRef"], result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesDownwardApiItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesDownwardApiItems#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesDownwardApiItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesDownwardApiItemsFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class OpenTelemetryCollectorSpecVolumesDownwardApiItemsFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param field_path: 
        :param api_version: 

        :schema: OpenTelemetryCollectorSpecVolumesDownwardApiItemsFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6b1e0a4b6cd5881137fb5e832f305427b2e7804d8ddecb5ee900be3f00ca88cb)
            check_type(argname="argument field_path", value=field_path, expected_type=type_hints["field_path"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "field_path": field_path,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def field_path(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesDownwardApiItemsFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesDownwardApiItemsFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesDownwardApiItemsFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRefDivisor"] = None,
    ) -> None:
        '''
        :param resource: 
        :param container_name: 
        :param divisor: 

        :schema: OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2a9c78775029a37547d0788cbc6f1b2574eaf60c3ed5519ee15638c466baabcf)
            check_type(argname="argument resource", value=resource, expected_type=type_hints["resource"])
            check_type(argname="argument container_name", value=container_name, expected_type=type_hints["container_name"])
            check_type(argname="argument divisor", value=divisor, expected_type=type_hints["divisor"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "resource": resource,
        }
        if container_name is not None:
            self._values["container_name"] = container_name
        if divisor is not None:
            self._values["divisor"] = divisor

    @builtins.property
    def resource(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRefDivisor"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRefDivisor",
):
    '''
    :schema: OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba815311325da51d2a31dbfd9e135ac973ecdb95590568175a5484819d76a12b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__26dfd2a7b07499b9ad23a3d30679d3fddc1033746ed2dabb88007a619adea1ae)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesEmptyDir",
    jsii_struct_bases=[],
    name_mapping={"medium": "medium", "size_limit": "sizeLimit"},
)
class OpenTelemetryCollectorSpecVolumesEmptyDir:
    def __init__(
        self,
        *,
        medium: typing.Optional[builtins.str] = None,
        size_limit: typing.Optional["OpenTelemetryCollectorSpecVolumesEmptyDirSizeLimit"] = None,
    ) -> None:
        '''
        :param medium: 
        :param size_limit: 

        :schema: OpenTelemetryCollectorSpecVolumesEmptyDir
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__932f4e4b0d1d811d740998778673ffa11c8e30eaa8181dc938e4dbda82013d81)
            check_type(argname="argument medium", value=medium, expected_type=type_hints["medium"])
            check_type(argname="argument size_limit", value=size_limit, expected_type=type_hints["size_limit"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if medium is not None:
            self._values["medium"] = medium
        if size_limit is not None:
            self._values["size_limit"] = size_limit

    @builtins.property
    def medium(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEmptyDir#medium
        '''
        result = self._values.get("medium")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def size_limit(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesEmptyDirSizeLimit"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEmptyDir#sizeLimit
        '''
        result = self._values.get("size_limit")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesEmptyDirSizeLimit"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesEmptyDir(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OpenTelemetryCollectorSpecVolumesEmptyDirSizeLimit(
    metaclass=jsii.JSIIMeta,
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesEmptyDirSizeLimit",
):
    '''
    :schema: OpenTelemetryCollectorSpecVolumesEmptyDirSizeLimit
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "OpenTelemetryCollectorSpecVolumesEmptyDirSizeLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__998320284d98b8cfbf6ef245bd3ea366506913dcbc1379dcc63070d04bc2f33a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("OpenTelemetryCollectorSpecVolumesEmptyDirSizeLimit", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "OpenTelemetryCollectorSpecVolumesEmptyDirSizeLimit":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__df889f9e860cb21dc91006115b28f5aa10ca65d42864a0c4283327a822587aaa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("OpenTelemetryCollectorSpecVolumesEmptyDirSizeLimit", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesEphemeral",
    jsii_struct_bases=[],
    name_mapping={"volume_claim_template": "volumeClaimTemplate"},
)
class OpenTelemetryCollectorSpecVolumesEphemeral:
    def __init__(
        self,
        *,
        volume_claim_template: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param volume_claim_template: 

        :schema: OpenTelemetryCollectorSpecVolumesEphemeral
        '''
        if isinstance(volume_claim_template, dict):
            volume_claim_template = OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplate(**volume_claim_template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__582a96d69cc4f112a97f9272e087c04f2f2feba1a06430abc5f2d7768cbae7d1)
            check_type(argname="argument volume_claim_template", value=volume_claim_template, expected_type=type_hints["volume_claim_template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if volume_claim_template is not None:
            self._values["volume_claim_template"] = volume_claim_template

    @builtins.property
    def volume_claim_template(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplate"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeral#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplate"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesEphemeral(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplate",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplate:
    def __init__(
        self,
        *,
        spec: typing.Union["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplate
        '''
        if isinstance(spec, dict):
            spec = OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec(**spec)
        if isinstance(metadata, dict):
            metadata = OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b91a279286c97fad1a52ca6276ca67b69fb8612c5877ebf3e215fc9b38922ae7)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(
        self,
    ) -> "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec":
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplate#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec", result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "finalizers": "finalizers",
        "labels": "labels",
        "name": "name",
        "namespace": "namespace",
    },
)
class OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        finalizers: typing.Optional[typing.Sequence[builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param annotations: 
        :param finalizers: 
        :param labels: 
        :param name: 
        :param namespace: 

        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a5692733326d803ebe916afe92e34ec1770885a0d9a5c72b64c5cb7243bf0d08)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument finalizers", value=finalizers, expected_type=type_hints["finalizers"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if finalizers is not None:
            self._values["finalizers"] = finalizers
        if labels is not None:
            self._values["labels"] = labels
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def finalizers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata#finalizers
        '''
        result = self._values.get("finalizers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec",
    jsii_struct_bases=[],
    name_mapping={
        "access_modes": "accessModes",
        "data_source": "dataSource",
        "data_source_ref": "dataSourceRef",
        "resources": "resources",
        "selector": "selector",
        "storage_class_name": "storageClassName",
        "volume_attributes_class_name": "volumeAttributesClassName",
        "volume_mode": "volumeMode",
        "volume_name": "volumeName",
    },
)
class OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec:
    def __init__(
        self,
        *,
        access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
        data_source: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource", typing.Dict[builtins.str, typing.Any]]] = None,
        data_source_ref: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resources: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResources", typing.Dict[builtins.str, typing.Any]]] = None,
        selector: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        storage_class_name: typing.Optional[builtins.str] = None,
        volume_attributes_class_name: typing.Optional[builtins.str] = None,
        volume_mode: typing.Optional[builtins.str] = None,
        volume_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param access_modes: 
        :param data_source: 
        :param data_source_ref: 
        :param resources: 
        :param selector: 
        :param storage_class_name: 
        :param volume_attributes_class_name: 
        :param volume_mode: 
        :param volume_name: 

        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec
        '''
        if isinstance(data_source, dict):
            data_source = OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource(**data_source)
        if isinstance(data_source_ref, dict):
            data_source_ref = OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef(**data_source_ref)
        if isinstance(resources, dict):
            resources = OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResources(**resources)
        if isinstance(selector, dict):
            selector = OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d38530f9421b268b3e14f0bee60df0cde378cdc089e73383b03f0868340dae82)
            check_type(argname="argument access_modes", value=access_modes, expected_type=type_hints["access_modes"])
            check_type(argname="argument data_source", value=data_source, expected_type=type_hints["data_source"])
            check_type(argname="argument data_source_ref", value=data_source_ref, expected_type=type_hints["data_source_ref"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument storage_class_name", value=storage_class_name, expected_type=type_hints["storage_class_name"])
            check_type(argname="argument volume_attributes_class_name", value=volume_attributes_class_name, expected_type=type_hints["volume_attributes_class_name"])
            check_type(argname="argument volume_mode", value=volume_mode, expected_type=type_hints["volume_mode"])
            check_type(argname="argument volume_name", value=volume_name, expected_type=type_hints["volume_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access_modes is not None:
            self._values["access_modes"] = access_modes
        if data_source is not None:
            self._values["data_source"] = data_source
        if data_source_ref is not None:
            self._values["data_source_ref"] = data_source_ref
        if resources is not None:
            self._values["resources"] = resources
        if selector is not None:
            self._values["selector"] = selector
        if storage_class_name is not None:
            self._values["storage_class_name"] = storage_class_name
        if volume_attributes_class_name is not None:
            self._values["volume_attributes_class_name"] = volume_attributes_class_name
        if volume_mode is not None:
            self._values["volume_mode"] = volume_mode
        if volume_name is not None:
            self._values["volume_name"] = volume_name

    @builtins.property
    def access_modes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec#accessModes
        '''
        result = self._values.get("access_modes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def data_source(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec#dataSource
        '''
        result = self._values.get("data_source")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource"], result)

    @builtins.property
    def data_source_ref(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec#dataSourceRef
        '''
        result = self._values.get("data_source_ref")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef"], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResources"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResources"], result)

    @builtins.property
    def selector(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelector"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelector"], result)

    @builtins.property
    def storage_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec#storageClassName
        '''
        result = self._values.get("storage_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_attributes_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec#volumeAttributesClassName
        '''
        result = self._values.get("volume_attributes_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec#volumeMode
        '''
        result = self._values.get("volume_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec#volumeName
        '''
        result = self._values.get("volume_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_group": "apiGroup"},
)
class OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource:
    def __init__(
        self,
        *,
        kind: builtins.str,
        name: builtins.str,
        api_group: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param kind: 
        :param name: 
        :param api_group: 

        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2626a71ab7331cef5e30a4ac2f9e90dbdaf77e5b2bf17a6c70dab998544e49c1)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_group", value=api_group, expected_type=type_hints["api_group"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_group is not None:
            self._values["api_group"] = api_group

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "api_group": "apiGroup",
        "namespace": "namespace",
    },
)
class OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef:
    def __init__(
        self,
        *,
        kind: builtins.str,
        name: builtins.str,
        api_group: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param kind: 
        :param name: 
        :param api_group: 
        :param namespace: 

        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__41f1770f4d4cd67bd19509b8320c6156fe9aa06b34ccf20f4012f2ecd4c59b98)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_group", value=api_group, expected_type=type_hints["api_group"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_group is not None:
            self._values["api_group"] = api_group
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests"]] = None,
    ) -> None:
        '''
        :param limits: 
        :param requests: 

        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__600fa20a0fcf76cf7597c6ba09b56caa2956317fb8454d349442e691cf76e7a0)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits"]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests"]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits",
):
    '''
    :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__485783f84380cfb4fd5e7dd287fe99ff1ff1e4ea011f6ffc292d589d0443e6a7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5b56434f886584eb0d0dc6466b88a638fedfb6447a58742186e558dedd3cea54)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests",
):
    '''
    :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__70a5413d22c151ef0dd31479d48a9b1800e4614c2b5af6d7504fee81176c30d8)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2c064f00554edae501bb19dc5dda80d6277122c8dbdd233cfd7768aa945e58ec)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fdd5f3321743b8cfc74a3b029b60cd5a393de320ff5adecf4aa5fbbbdaadd00a)
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
    ) -> typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions"]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3f6f39992abe6434adcfd47e04ef55fde4f77f5567bceb643467dfebd0cdcffb)
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
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesFc",
    jsii_struct_bases=[],
    name_mapping={
        "fs_type": "fsType",
        "lun": "lun",
        "read_only": "readOnly",
        "target_ww_ns": "targetWwNs",
        "wwids": "wwids",
    },
)
class OpenTelemetryCollectorSpecVolumesFc:
    def __init__(
        self,
        *,
        fs_type: typing.Optional[builtins.str] = None,
        lun: typing.Optional[jsii.Number] = None,
        read_only: typing.Optional[builtins.bool] = None,
        target_ww_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
        wwids: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param fs_type: 
        :param lun: 
        :param read_only: 
        :param target_ww_ns: 
        :param wwids: 

        :schema: OpenTelemetryCollectorSpecVolumesFc
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c866b3a762fa9991dcb9d64af1faf5e13f1bac72e50a154f21b869777cb80388)
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument lun", value=lun, expected_type=type_hints["lun"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument target_ww_ns", value=target_ww_ns, expected_type=type_hints["target_ww_ns"])
            check_type(argname="argument wwids", value=wwids, expected_type=type_hints["wwids"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if lun is not None:
            self._values["lun"] = lun
        if read_only is not None:
            self._values["read_only"] = read_only
        if target_ww_ns is not None:
            self._values["target_ww_ns"] = target_ww_ns
        if wwids is not None:
            self._values["wwids"] = wwids

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesFc#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def lun(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesFc#lun
        '''
        result = self._values.get("lun")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesFc#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def target_ww_ns(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesFc#targetWWNs
        '''
        result = self._values.get("target_ww_ns")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def wwids(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesFc#wwids
        '''
        result = self._values.get("wwids")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesFc(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesFlexVolume",
    jsii_struct_bases=[],
    name_mapping={
        "driver": "driver",
        "fs_type": "fsType",
        "options": "options",
        "read_only": "readOnly",
        "secret_ref": "secretRef",
    },
)
class OpenTelemetryCollectorSpecVolumesFlexVolume:
    def __init__(
        self,
        *,
        driver: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
        options: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        read_only: typing.Optional[builtins.bool] = None,
        secret_ref: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesFlexVolumeSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param driver: 
        :param fs_type: 
        :param options: 
        :param read_only: 
        :param secret_ref: 

        :schema: OpenTelemetryCollectorSpecVolumesFlexVolume
        '''
        if isinstance(secret_ref, dict):
            secret_ref = OpenTelemetryCollectorSpecVolumesFlexVolumeSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__299fa8961464449feae7c350a3d4c5e626000c6a7cbcb1b0dcde1f60166f0ffb)
            check_type(argname="argument driver", value=driver, expected_type=type_hints["driver"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument options", value=options, expected_type=type_hints["options"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "driver": driver,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if options is not None:
            self._values["options"] = options
        if read_only is not None:
            self._values["read_only"] = read_only
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def driver(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesFlexVolume#driver
        '''
        result = self._values.get("driver")
        assert result is not None, "Required property 'driver' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesFlexVolume#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def options(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesFlexVolume#options
        '''
        result = self._values.get("options")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesFlexVolume#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesFlexVolumeSecretRef"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesFlexVolume#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesFlexVolumeSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesFlexVolume(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesFlexVolumeSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class OpenTelemetryCollectorSpecVolumesFlexVolumeSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: OpenTelemetryCollectorSpecVolumesFlexVolumeSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8b95e6446228ac2743a525115ccffb23fe2cfd5cb17f09394a1eea7ea6ef7a9b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesFlexVolumeSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesFlexVolumeSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesFlocker",
    jsii_struct_bases=[],
    name_mapping={"dataset_name": "datasetName", "dataset_uuid": "datasetUuid"},
)
class OpenTelemetryCollectorSpecVolumesFlocker:
    def __init__(
        self,
        *,
        dataset_name: typing.Optional[builtins.str] = None,
        dataset_uuid: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param dataset_name: 
        :param dataset_uuid: 

        :schema: OpenTelemetryCollectorSpecVolumesFlocker
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__593d84143a04546de2d2e8ead104a113522d9f4c002eaca4751c376b75b079bf)
            check_type(argname="argument dataset_name", value=dataset_name, expected_type=type_hints["dataset_name"])
            check_type(argname="argument dataset_uuid", value=dataset_uuid, expected_type=type_hints["dataset_uuid"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if dataset_name is not None:
            self._values["dataset_name"] = dataset_name
        if dataset_uuid is not None:
            self._values["dataset_uuid"] = dataset_uuid

    @builtins.property
    def dataset_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesFlocker#datasetName
        '''
        result = self._values.get("dataset_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dataset_uuid(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesFlocker#datasetUUID
        '''
        result = self._values.get("dataset_uuid")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesFlocker(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesGcePersistentDisk",
    jsii_struct_bases=[],
    name_mapping={
        "pd_name": "pdName",
        "fs_type": "fsType",
        "partition": "partition",
        "read_only": "readOnly",
    },
)
class OpenTelemetryCollectorSpecVolumesGcePersistentDisk:
    def __init__(
        self,
        *,
        pd_name: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
        partition: typing.Optional[jsii.Number] = None,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param pd_name: 
        :param fs_type: 
        :param partition: 
        :param read_only: 

        :schema: OpenTelemetryCollectorSpecVolumesGcePersistentDisk
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__74fb249b98348de7813d75cdd6c4e2df5ae1bc2d93a5c1b8c3803ed5886bf2c5)
            check_type(argname="argument pd_name", value=pd_name, expected_type=type_hints["pd_name"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument partition", value=partition, expected_type=type_hints["partition"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "pd_name": pd_name,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if partition is not None:
            self._values["partition"] = partition
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def pd_name(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesGcePersistentDisk#pdName
        '''
        result = self._values.get("pd_name")
        assert result is not None, "Required property 'pd_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesGcePersistentDisk#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def partition(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesGcePersistentDisk#partition
        '''
        result = self._values.get("partition")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesGcePersistentDisk#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesGcePersistentDisk(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesGitRepo",
    jsii_struct_bases=[],
    name_mapping={
        "repository": "repository",
        "directory": "directory",
        "revision": "revision",
    },
)
class OpenTelemetryCollectorSpecVolumesGitRepo:
    def __init__(
        self,
        *,
        repository: builtins.str,
        directory: typing.Optional[builtins.str] = None,
        revision: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param repository: 
        :param directory: 
        :param revision: 

        :schema: OpenTelemetryCollectorSpecVolumesGitRepo
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0ee021e6a37c7529f0da12faed35051ac3336509b06c0def59f84cb4b87f0f14)
            check_type(argname="argument repository", value=repository, expected_type=type_hints["repository"])
            check_type(argname="argument directory", value=directory, expected_type=type_hints["directory"])
            check_type(argname="argument revision", value=revision, expected_type=type_hints["revision"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "repository": repository,
        }
        if directory is not None:
            self._values["directory"] = directory
        if revision is not None:
            self._values["revision"] = revision

    @builtins.property
    def repository(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesGitRepo#repository
        '''
        result = self._values.get("repository")
        assert result is not None, "Required property 'repository' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def directory(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesGitRepo#directory
        '''
        result = self._values.get("directory")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def revision(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesGitRepo#revision
        '''
        result = self._values.get("revision")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesGitRepo(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesGlusterfs",
    jsii_struct_bases=[],
    name_mapping={"endpoints": "endpoints", "path": "path", "read_only": "readOnly"},
)
class OpenTelemetryCollectorSpecVolumesGlusterfs:
    def __init__(
        self,
        *,
        endpoints: builtins.str,
        path: builtins.str,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param endpoints: 
        :param path: 
        :param read_only: 

        :schema: OpenTelemetryCollectorSpecVolumesGlusterfs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c6ffec8b26ec9bcd0cc6a3f30ccf9ed28e723eaf8677bd17798b9440375948a2)
            check_type(argname="argument endpoints", value=endpoints, expected_type=type_hints["endpoints"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "endpoints": endpoints,
            "path": path,
        }
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def endpoints(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesGlusterfs#endpoints
        '''
        result = self._values.get("endpoints")
        assert result is not None, "Required property 'endpoints' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesGlusterfs#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesGlusterfs#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesGlusterfs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesHostPath",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "type": "type"},
)
class OpenTelemetryCollectorSpecVolumesHostPath:
    def __init__(
        self,
        *,
        path: builtins.str,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param path: 
        :param type: 

        :schema: OpenTelemetryCollectorSpecVolumesHostPath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__36ad6c9c33046ad41f8d6a269b225770fe7c5eafb0aebb6ee9f20e6331a18129)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
        }
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesHostPath#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesHostPath#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesHostPath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesImage",
    jsii_struct_bases=[],
    name_mapping={"pull_policy": "pullPolicy", "reference": "reference"},
)
class OpenTelemetryCollectorSpecVolumesImage:
    def __init__(
        self,
        *,
        pull_policy: typing.Optional[builtins.str] = None,
        reference: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param pull_policy: 
        :param reference: 

        :schema: OpenTelemetryCollectorSpecVolumesImage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0fb4ab01da2ac6287c9da1f3ad113b11aacf3ae3243e73b064ed9a7d11329f17)
            check_type(argname="argument pull_policy", value=pull_policy, expected_type=type_hints["pull_policy"])
            check_type(argname="argument reference", value=reference, expected_type=type_hints["reference"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if pull_policy is not None:
            self._values["pull_policy"] = pull_policy
        if reference is not None:
            self._values["reference"] = reference

    @builtins.property
    def pull_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesImage#pullPolicy
        '''
        result = self._values.get("pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def reference(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesImage#reference
        '''
        result = self._values.get("reference")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesImage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesIscsi",
    jsii_struct_bases=[],
    name_mapping={
        "iqn": "iqn",
        "lun": "lun",
        "target_portal": "targetPortal",
        "chap_auth_discovery": "chapAuthDiscovery",
        "chap_auth_session": "chapAuthSession",
        "fs_type": "fsType",
        "initiator_name": "initiatorName",
        "iscsi_interface": "iscsiInterface",
        "portals": "portals",
        "read_only": "readOnly",
        "secret_ref": "secretRef",
    },
)
class OpenTelemetryCollectorSpecVolumesIscsi:
    def __init__(
        self,
        *,
        iqn: builtins.str,
        lun: jsii.Number,
        target_portal: builtins.str,
        chap_auth_discovery: typing.Optional[builtins.bool] = None,
        chap_auth_session: typing.Optional[builtins.bool] = None,
        fs_type: typing.Optional[builtins.str] = None,
        initiator_name: typing.Optional[builtins.str] = None,
        iscsi_interface: typing.Optional[builtins.str] = None,
        portals: typing.Optional[typing.Sequence[builtins.str]] = None,
        read_only: typing.Optional[builtins.bool] = None,
        secret_ref: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesIscsiSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param iqn: 
        :param lun: 
        :param target_portal: 
        :param chap_auth_discovery: 
        :param chap_auth_session: 
        :param fs_type: 
        :param initiator_name: 
        :param iscsi_interface: 
        :param portals: 
        :param read_only: 
        :param secret_ref: 

        :schema: OpenTelemetryCollectorSpecVolumesIscsi
        '''
        if isinstance(secret_ref, dict):
            secret_ref = OpenTelemetryCollectorSpecVolumesIscsiSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c1b3cf2bf16ca29b55288caa582927e06f3de13a7d887f8f679f12e8b48603a1)
            check_type(argname="argument iqn", value=iqn, expected_type=type_hints["iqn"])
            check_type(argname="argument lun", value=lun, expected_type=type_hints["lun"])
            check_type(argname="argument target_portal", value=target_portal, expected_type=type_hints["target_portal"])
            check_type(argname="argument chap_auth_discovery", value=chap_auth_discovery, expected_type=type_hints["chap_auth_discovery"])
            check_type(argname="argument chap_auth_session", value=chap_auth_session, expected_type=type_hints["chap_auth_session"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument initiator_name", value=initiator_name, expected_type=type_hints["initiator_name"])
            check_type(argname="argument iscsi_interface", value=iscsi_interface, expected_type=type_hints["iscsi_interface"])
            check_type(argname="argument portals", value=portals, expected_type=type_hints["portals"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "iqn": iqn,
            "lun": lun,
            "target_portal": target_portal,
        }
        if chap_auth_discovery is not None:
            self._values["chap_auth_discovery"] = chap_auth_discovery
        if chap_auth_session is not None:
            self._values["chap_auth_session"] = chap_auth_session
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if initiator_name is not None:
            self._values["initiator_name"] = initiator_name
        if iscsi_interface is not None:
            self._values["iscsi_interface"] = iscsi_interface
        if portals is not None:
            self._values["portals"] = portals
        if read_only is not None:
            self._values["read_only"] = read_only
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def iqn(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesIscsi#iqn
        '''
        result = self._values.get("iqn")
        assert result is not None, "Required property 'iqn' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def lun(self) -> jsii.Number:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesIscsi#lun
        '''
        result = self._values.get("lun")
        assert result is not None, "Required property 'lun' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def target_portal(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesIscsi#targetPortal
        '''
        result = self._values.get("target_portal")
        assert result is not None, "Required property 'target_portal' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def chap_auth_discovery(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesIscsi#chapAuthDiscovery
        '''
        result = self._values.get("chap_auth_discovery")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def chap_auth_session(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesIscsi#chapAuthSession
        '''
        result = self._values.get("chap_auth_session")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesIscsi#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def initiator_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesIscsi#initiatorName
        '''
        result = self._values.get("initiator_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def iscsi_interface(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesIscsi#iscsiInterface
        '''
        result = self._values.get("iscsi_interface")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def portals(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesIscsi#portals
        '''
        result = self._values.get("portals")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesIscsi#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesIscsiSecretRef"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesIscsi#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesIscsiSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesIscsi(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesIscsiSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class OpenTelemetryCollectorSpecVolumesIscsiSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: OpenTelemetryCollectorSpecVolumesIscsiSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__568ac39643227ee704a64f401ed6f7ee76b5a8b74aa4a19f88027894e990f788)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesIscsiSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesIscsiSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesNfs",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "server": "server", "read_only": "readOnly"},
)
class OpenTelemetryCollectorSpecVolumesNfs:
    def __init__(
        self,
        *,
        path: builtins.str,
        server: builtins.str,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param path: 
        :param server: 
        :param read_only: 

        :schema: OpenTelemetryCollectorSpecVolumesNfs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__40dde7c69e8bd5302749d05510e127f719ce347e4c0918963d1dd52f4dc4da4d)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument server", value=server, expected_type=type_hints["server"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "server": server,
        }
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesNfs#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def server(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesNfs#server
        '''
        result = self._values.get("server")
        assert result is not None, "Required property 'server' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesNfs#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesNfs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesPersistentVolumeClaim",
    jsii_struct_bases=[],
    name_mapping={"claim_name": "claimName", "read_only": "readOnly"},
)
class OpenTelemetryCollectorSpecVolumesPersistentVolumeClaim:
    def __init__(
        self,
        *,
        claim_name: builtins.str,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param claim_name: 
        :param read_only: 

        :schema: OpenTelemetryCollectorSpecVolumesPersistentVolumeClaim
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__33da48922c54dea481edce25aff73fa2be7638ea970393cb16fd02de1784f705)
            check_type(argname="argument claim_name", value=claim_name, expected_type=type_hints["claim_name"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "claim_name": claim_name,
        }
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def claim_name(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesPersistentVolumeClaim#claimName
        '''
        result = self._values.get("claim_name")
        assert result is not None, "Required property 'claim_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesPersistentVolumeClaim#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesPersistentVolumeClaim(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesPhotonPersistentDisk",
    jsii_struct_bases=[],
    name_mapping={"pd_id": "pdId", "fs_type": "fsType"},
)
class OpenTelemetryCollectorSpecVolumesPhotonPersistentDisk:
    def __init__(
        self,
        *,
        pd_id: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param pd_id: 
        :param fs_type: 

        :schema: OpenTelemetryCollectorSpecVolumesPhotonPersistentDisk
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e4fc365679b12ef4974f72657305087ea3a04b7bc86a0c405ea0af23ce17867d)
            check_type(argname="argument pd_id", value=pd_id, expected_type=type_hints["pd_id"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "pd_id": pd_id,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type

    @builtins.property
    def pd_id(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesPhotonPersistentDisk#pdID
        '''
        result = self._values.get("pd_id")
        assert result is not None, "Required property 'pd_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesPhotonPersistentDisk#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesPhotonPersistentDisk(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesPortworxVolume",
    jsii_struct_bases=[],
    name_mapping={
        "volume_id": "volumeId",
        "fs_type": "fsType",
        "read_only": "readOnly",
    },
)
class OpenTelemetryCollectorSpecVolumesPortworxVolume:
    def __init__(
        self,
        *,
        volume_id: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param volume_id: 
        :param fs_type: 
        :param read_only: 

        :schema: OpenTelemetryCollectorSpecVolumesPortworxVolume
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dba09fa105387f4307d81bcd060845c5be6f4046c481f0a8416346b37b2315ba)
            check_type(argname="argument volume_id", value=volume_id, expected_type=type_hints["volume_id"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "volume_id": volume_id,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def volume_id(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesPortworxVolume#volumeID
        '''
        result = self._values.get("volume_id")
        assert result is not None, "Required property 'volume_id' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesPortworxVolume#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesPortworxVolume#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesPortworxVolume(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesProjected",
    jsii_struct_bases=[],
    name_mapping={"default_mode": "defaultMode", "sources": "sources"},
)
class OpenTelemetryCollectorSpecVolumesProjected:
    def __init__(
        self,
        *,
        default_mode: typing.Optional[jsii.Number] = None,
        sources: typing.Optional[typing.Sequence[typing.Union["OpenTelemetryCollectorSpecVolumesProjectedSources", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param default_mode: 
        :param sources: 

        :schema: OpenTelemetryCollectorSpecVolumesProjected
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ac8fe9bd4ec1cb67bf32da2df1562e9de893d3b2fef0722c8281e8b581c894a7)
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument sources", value=sources, expected_type=type_hints["sources"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if sources is not None:
            self._values["sources"] = sources

    @builtins.property
    def default_mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjected#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def sources(
        self,
    ) -> typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumesProjectedSources"]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjected#sources
        '''
        result = self._values.get("sources")
        return typing.cast(typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumesProjectedSources"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesProjected(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesProjectedSources",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_trust_bundle": "clusterTrustBundle",
        "config_map": "configMap",
        "downward_api": "downwardApi",
        "pod_certificate": "podCertificate",
        "secret": "secret",
        "service_account_token": "serviceAccountToken",
    },
)
class OpenTelemetryCollectorSpecVolumesProjectedSources:
    def __init__(
        self,
        *,
        cluster_trust_bundle: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle", typing.Dict[builtins.str, typing.Any]]] = None,
        config_map: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap", typing.Dict[builtins.str, typing.Any]]] = None,
        downward_api: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApi", typing.Dict[builtins.str, typing.Any]]] = None,
        pod_certificate: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate", typing.Dict[builtins.str, typing.Any]]] = None,
        secret: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_token: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param cluster_trust_bundle: 
        :param config_map: 
        :param downward_api: 
        :param pod_certificate: 
        :param secret: 
        :param service_account_token: 

        :schema: OpenTelemetryCollectorSpecVolumesProjectedSources
        '''
        if isinstance(cluster_trust_bundle, dict):
            cluster_trust_bundle = OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle(**cluster_trust_bundle)
        if isinstance(config_map, dict):
            config_map = OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap(**config_map)
        if isinstance(downward_api, dict):
            downward_api = OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApi(**downward_api)
        if isinstance(pod_certificate, dict):
            pod_certificate = OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate(**pod_certificate)
        if isinstance(secret, dict):
            secret = OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret(**secret)
        if isinstance(service_account_token, dict):
            service_account_token = OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken(**service_account_token)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__81ec9f33847799134942d66c0036c8aada43225d2d681a650da875c371a0229f)
            check_type(argname="argument cluster_trust_bundle", value=cluster_trust_bundle, expected_type=type_hints["cluster_trust_bundle"])
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument downward_api", value=downward_api, expected_type=type_hints["downward_api"])
            check_type(argname="argument pod_certificate", value=pod_certificate, expected_type=type_hints["pod_certificate"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument service_account_token", value=service_account_token, expected_type=type_hints["service_account_token"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cluster_trust_bundle is not None:
            self._values["cluster_trust_bundle"] = cluster_trust_bundle
        if config_map is not None:
            self._values["config_map"] = config_map
        if downward_api is not None:
            self._values["downward_api"] = downward_api
        if pod_certificate is not None:
            self._values["pod_certificate"] = pod_certificate
        if secret is not None:
            self._values["secret"] = secret
        if service_account_token is not None:
            self._values["service_account_token"] = service_account_token

    @builtins.property
    def cluster_trust_bundle(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSources#clusterTrustBundle
        '''
        result = self._values.get("cluster_trust_bundle")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle"], result)

    @builtins.property
    def config_map(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSources#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap"], result)

    @builtins.property
    def downward_api(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApi"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSources#downwardAPI
        '''
        result = self._values.get("downward_api")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApi"], result)

    @builtins.property
    def pod_certificate(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSources#podCertificate
        '''
        result = self._values.get("pod_certificate")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate"], result)

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSources#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret"], result)

    @builtins.property
    def service_account_token(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSources#serviceAccountToken
        '''
        result = self._values.get("service_account_token")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesProjectedSources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle",
    jsii_struct_bases=[],
    name_mapping={
        "path": "path",
        "label_selector": "labelSelector",
        "name": "name",
        "optional": "optional",
        "signer_name": "signerName",
    },
)
class OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle:
    def __init__(
        self,
        *,
        path: builtins.str,
        label_selector: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
        signer_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param path: 
        :param label_selector: 
        :param name: 
        :param optional: 
        :param signer_name: 

        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle
        '''
        if isinstance(label_selector, dict):
            label_selector = OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector(**label_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c66c8402092edd629fd7b7785a6f82cfa344f6e357a1c0ccba7240228148cd5e)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
            check_type(argname="argument signer_name", value=signer_name, expected_type=type_hints["signer_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
        }
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional
        if signer_name is not None:
            self._values["signer_name"] = signer_name

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def signer_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle#signerName
        '''
        result = self._values.get("signer_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__940667556748e8a34abc7b9d9d68891a4bfcc235c9eec125f33779458be120d9)
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
    ) -> typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions"]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__11451a941ec9b7207ebb7e27464a29a57bbe36e845ea146755cdf037f4b60b97)
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
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap",
    jsii_struct_bases=[],
    name_mapping={"items": "items", "name": "name", "optional": "optional"},
)
class OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap:
    def __init__(
        self,
        *,
        items: typing.Optional[typing.Sequence[typing.Union["OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMapItems", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param items: 
        :param name: 
        :param optional: 

        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e46e8e12ce90a4d1208919e393e313fbf5b8eb05298e22ad34e6bdf24ffcbc2a)
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if items is not None:
            self._values["items"] = items
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMapItems"]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMapItems"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMapItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "path": "path", "mode": "mode"},
)
class OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMapItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        mode: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param key: 
        :param path: 
        :param mode: 

        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMapItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__31c00874b520e42a772f1d66c96efbf691dd8029142c63fff6c07ca571a72dfc)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
        }
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMapItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMapItems#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMapItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMapItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApi",
    jsii_struct_bases=[],
    name_mapping={"items": "items"},
)
class OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApi:
    def __init__(
        self,
        *,
        items: typing.Optional[typing.Sequence[typing.Union["OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param items: 

        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApi
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b8368054ee830cb1632ca61a470129912c85be5ecd72f87668ce0b41d072eef8)
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if items is not None:
            self._values["items"] = items

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems"]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApi#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApi(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems",
    jsii_struct_bases=[],
    name_mapping={
        "path": "path",
        "field_ref": "fieldRef",
        "mode": "mode",
        "resource_field_ref": "resourceFieldRef",
    },
)
class OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems:
    def __init__(
        self,
        *,
        path: builtins.str,
        field_ref: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        mode: typing.Optional[jsii.Number] = None,
        resource_field_ref: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param path: 
        :param field_ref: 
        :param mode: 
        :param resource_field_ref: 

        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems
        '''
        if isinstance(field_ref, dict):
            field_ref = OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsFieldRef(**field_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef(**resource_field_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e3f988fb1dcedf87041eeecbcea0cfa60f028b3f144cf0b1b989ff6121b41999)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument field_ref", value=field_ref, expected_type=type_hints["field_ref"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument resource_field_ref", value=resource_field_ref, expected_type=type_hints["resource_field_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
        }
        if field_ref is not None:
            self._values["field_ref"] = field_ref
        if mode is not None:
            self._values["mode"] = mode
        if resource_field_ref is not None:
            self._values["resource_field_ref"] = resource_field_ref

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsFieldRef"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsFieldRef"], result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param field_path: 
        :param api_version: 

        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9087040bccdfcc7a2498e4f4cb9c2c90b6c2df09b574b3587eb79e5051d96d80)
            check_type(argname="argument field_path", value=field_path, expected_type=type_hints["field_path"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "field_path": field_path,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def field_path(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor"] = None,
    ) -> None:
        '''
        :param resource: 
        :param container_name: 
        :param divisor: 

        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__831ff9533ec61bd0b0ce83f23c1625e762c1216cb38a8ba0d175b71d8f02840f)
            check_type(argname="argument resource", value=resource, expected_type=type_hints["resource"])
            check_type(argname="argument container_name", value=container_name, expected_type=type_hints["container_name"])
            check_type(argname="argument divisor", value=divisor, expected_type=type_hints["divisor"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "resource": resource,
        }
        if container_name is not None:
            self._values["container_name"] = container_name
        if divisor is not None:
            self._values["divisor"] = divisor

    @builtins.property
    def resource(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor",
):
    '''
    :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2e9998ef9df0ae567d2eb4bd113a77797a06d209969a8ed116ee6e1b8111b8cd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__29e19802e3d0c8e781feb658931bb245e7468847db0634eea1c95d406221b8b7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate",
    jsii_struct_bases=[],
    name_mapping={
        "key_type": "keyType",
        "signer_name": "signerName",
        "certificate_chain_path": "certificateChainPath",
        "credential_bundle_path": "credentialBundlePath",
        "key_path": "keyPath",
        "max_expiration_seconds": "maxExpirationSeconds",
        "user_annotations": "userAnnotations",
    },
)
class OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate:
    def __init__(
        self,
        *,
        key_type: builtins.str,
        signer_name: builtins.str,
        certificate_chain_path: typing.Optional[builtins.str] = None,
        credential_bundle_path: typing.Optional[builtins.str] = None,
        key_path: typing.Optional[builtins.str] = None,
        max_expiration_seconds: typing.Optional[jsii.Number] = None,
        user_annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param key_type: 
        :param signer_name: 
        :param certificate_chain_path: 
        :param credential_bundle_path: 
        :param key_path: 
        :param max_expiration_seconds: 
        :param user_annotations: 

        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2cbc7ef08a81b17de66ad9c4b4a8ff18aefc6af3b3a1a1715823c11751ae276e)
            check_type(argname="argument key_type", value=key_type, expected_type=type_hints["key_type"])
            check_type(argname="argument signer_name", value=signer_name, expected_type=type_hints["signer_name"])
            check_type(argname="argument certificate_chain_path", value=certificate_chain_path, expected_type=type_hints["certificate_chain_path"])
            check_type(argname="argument credential_bundle_path", value=credential_bundle_path, expected_type=type_hints["credential_bundle_path"])
            check_type(argname="argument key_path", value=key_path, expected_type=type_hints["key_path"])
            check_type(argname="argument max_expiration_seconds", value=max_expiration_seconds, expected_type=type_hints["max_expiration_seconds"])
            check_type(argname="argument user_annotations", value=user_annotations, expected_type=type_hints["user_annotations"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key_type": key_type,
            "signer_name": signer_name,
        }
        if certificate_chain_path is not None:
            self._values["certificate_chain_path"] = certificate_chain_path
        if credential_bundle_path is not None:
            self._values["credential_bundle_path"] = credential_bundle_path
        if key_path is not None:
            self._values["key_path"] = key_path
        if max_expiration_seconds is not None:
            self._values["max_expiration_seconds"] = max_expiration_seconds
        if user_annotations is not None:
            self._values["user_annotations"] = user_annotations

    @builtins.property
    def key_type(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate#keyType
        '''
        result = self._values.get("key_type")
        assert result is not None, "Required property 'key_type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def signer_name(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate#signerName
        '''
        result = self._values.get("signer_name")
        assert result is not None, "Required property 'signer_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def certificate_chain_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate#certificateChainPath
        '''
        result = self._values.get("certificate_chain_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def credential_bundle_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate#credentialBundlePath
        '''
        result = self._values.get("credential_bundle_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate#keyPath
        '''
        result = self._values.get("key_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_expiration_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate#maxExpirationSeconds
        '''
        result = self._values.get("max_expiration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def user_annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate#userAnnotations
        '''
        result = self._values.get("user_annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret",
    jsii_struct_bases=[],
    name_mapping={"items": "items", "name": "name", "optional": "optional"},
)
class OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret:
    def __init__(
        self,
        *,
        items: typing.Optional[typing.Sequence[typing.Union["OpenTelemetryCollectorSpecVolumesProjectedSourcesSecretItems", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param items: 
        :param name: 
        :param optional: 

        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__750a5ca3cb8165c12775520d361023d79f4fe7c8f18f7f7661987b71ec46b7d5)
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if items is not None:
            self._values["items"] = items
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumesProjectedSourcesSecretItems"]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumesProjectedSourcesSecretItems"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesProjectedSourcesSecretItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "path": "path", "mode": "mode"},
)
class OpenTelemetryCollectorSpecVolumesProjectedSourcesSecretItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        mode: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param key: 
        :param path: 
        :param mode: 

        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesSecretItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0cd42b40a0287f1a4947290eee4514e9c09df34b7bf1d8cc26d40a72114b4a81)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
        }
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesSecretItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesSecretItems#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesSecretItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesProjectedSourcesSecretItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken",
    jsii_struct_bases=[],
    name_mapping={
        "path": "path",
        "audience": "audience",
        "expiration_seconds": "expirationSeconds",
    },
)
class OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken:
    def __init__(
        self,
        *,
        path: builtins.str,
        audience: typing.Optional[builtins.str] = None,
        expiration_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param path: 
        :param audience: 
        :param expiration_seconds: 

        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__96166a8967caefd8813eeeddc6a4cb63ef8eeb8d0577bd900c1559c65a5b0f6e)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument audience", value=audience, expected_type=type_hints["audience"])
            check_type(argname="argument expiration_seconds", value=expiration_seconds, expected_type=type_hints["expiration_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
        }
        if audience is not None:
            self._values["audience"] = audience
        if expiration_seconds is not None:
            self._values["expiration_seconds"] = expiration_seconds

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def audience(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken#audience
        '''
        result = self._values.get("audience")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def expiration_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken#expirationSeconds
        '''
        result = self._values.get("expiration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesQuobyte",
    jsii_struct_bases=[],
    name_mapping={
        "registry": "registry",
        "volume": "volume",
        "group": "group",
        "read_only": "readOnly",
        "tenant": "tenant",
        "user": "user",
    },
)
class OpenTelemetryCollectorSpecVolumesQuobyte:
    def __init__(
        self,
        *,
        registry: builtins.str,
        volume: builtins.str,
        group: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        tenant: typing.Optional[builtins.str] = None,
        user: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param registry: 
        :param volume: 
        :param group: 
        :param read_only: 
        :param tenant: 
        :param user: 

        :schema: OpenTelemetryCollectorSpecVolumesQuobyte
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2fed3e7d3955dc37c114cf9c7f84804d6ffea8d4fe3fc2431e434e893ead0421)
            check_type(argname="argument registry", value=registry, expected_type=type_hints["registry"])
            check_type(argname="argument volume", value=volume, expected_type=type_hints["volume"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument tenant", value=tenant, expected_type=type_hints["tenant"])
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "registry": registry,
            "volume": volume,
        }
        if group is not None:
            self._values["group"] = group
        if read_only is not None:
            self._values["read_only"] = read_only
        if tenant is not None:
            self._values["tenant"] = tenant
        if user is not None:
            self._values["user"] = user

    @builtins.property
    def registry(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesQuobyte#registry
        '''
        result = self._values.get("registry")
        assert result is not None, "Required property 'registry' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesQuobyte#volume
        '''
        result = self._values.get("volume")
        assert result is not None, "Required property 'volume' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesQuobyte#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesQuobyte#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def tenant(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesQuobyte#tenant
        '''
        result = self._values.get("tenant")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesQuobyte#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesQuobyte(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesRbd",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "monitors": "monitors",
        "fs_type": "fsType",
        "keyring": "keyring",
        "pool": "pool",
        "read_only": "readOnly",
        "secret_ref": "secretRef",
        "user": "user",
    },
)
class OpenTelemetryCollectorSpecVolumesRbd:
    def __init__(
        self,
        *,
        image: builtins.str,
        monitors: typing.Sequence[builtins.str],
        fs_type: typing.Optional[builtins.str] = None,
        keyring: typing.Optional[builtins.str] = None,
        pool: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        secret_ref: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesRbdSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        user: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param image: 
        :param monitors: 
        :param fs_type: 
        :param keyring: 
        :param pool: 
        :param read_only: 
        :param secret_ref: 
        :param user: 

        :schema: OpenTelemetryCollectorSpecVolumesRbd
        '''
        if isinstance(secret_ref, dict):
            secret_ref = OpenTelemetryCollectorSpecVolumesRbdSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__80d66cedc26efbe4c3c82bdc4ec97b1333f1caff22a721a1282d3efd7b11b90b)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument monitors", value=monitors, expected_type=type_hints["monitors"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument keyring", value=keyring, expected_type=type_hints["keyring"])
            check_type(argname="argument pool", value=pool, expected_type=type_hints["pool"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "image": image,
            "monitors": monitors,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if keyring is not None:
            self._values["keyring"] = keyring
        if pool is not None:
            self._values["pool"] = pool
        if read_only is not None:
            self._values["read_only"] = read_only
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if user is not None:
            self._values["user"] = user

    @builtins.property
    def image(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesRbd#image
        '''
        result = self._values.get("image")
        assert result is not None, "Required property 'image' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def monitors(self) -> typing.List[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesRbd#monitors
        '''
        result = self._values.get("monitors")
        assert result is not None, "Required property 'monitors' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesRbd#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def keyring(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesRbd#keyring
        '''
        result = self._values.get("keyring")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pool(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesRbd#pool
        '''
        result = self._values.get("pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesRbd#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesRbdSecretRef"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesRbd#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesRbdSecretRef"], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesRbd#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesRbd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesRbdSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class OpenTelemetryCollectorSpecVolumesRbdSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: OpenTelemetryCollectorSpecVolumesRbdSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e3312752180f6130964e53d155d43927f575a73b944be865648ed4c3e4f7b166)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesRbdSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesRbdSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesScaleIo",
    jsii_struct_bases=[],
    name_mapping={
        "gateway": "gateway",
        "secret_ref": "secretRef",
        "system": "system",
        "fs_type": "fsType",
        "protection_domain": "protectionDomain",
        "read_only": "readOnly",
        "ssl_enabled": "sslEnabled",
        "storage_mode": "storageMode",
        "storage_pool": "storagePool",
        "volume_name": "volumeName",
    },
)
class OpenTelemetryCollectorSpecVolumesScaleIo:
    def __init__(
        self,
        *,
        gateway: builtins.str,
        secret_ref: typing.Union["OpenTelemetryCollectorSpecVolumesScaleIoSecretRef", typing.Dict[builtins.str, typing.Any]],
        system: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
        protection_domain: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        ssl_enabled: typing.Optional[builtins.bool] = None,
        storage_mode: typing.Optional[builtins.str] = None,
        storage_pool: typing.Optional[builtins.str] = None,
        volume_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param gateway: 
        :param secret_ref: 
        :param system: 
        :param fs_type: 
        :param protection_domain: 
        :param read_only: 
        :param ssl_enabled: 
        :param storage_mode: 
        :param storage_pool: 
        :param volume_name: 

        :schema: OpenTelemetryCollectorSpecVolumesScaleIo
        '''
        if isinstance(secret_ref, dict):
            secret_ref = OpenTelemetryCollectorSpecVolumesScaleIoSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d37d4b036645d92a2309fd1a8b2e793a8e8e4a0cd6e16f5a0ec6961e70c59f34)
            check_type(argname="argument gateway", value=gateway, expected_type=type_hints["gateway"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument system", value=system, expected_type=type_hints["system"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument protection_domain", value=protection_domain, expected_type=type_hints["protection_domain"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument ssl_enabled", value=ssl_enabled, expected_type=type_hints["ssl_enabled"])
            check_type(argname="argument storage_mode", value=storage_mode, expected_type=type_hints["storage_mode"])
            check_type(argname="argument storage_pool", value=storage_pool, expected_type=type_hints["storage_pool"])
            check_type(argname="argument volume_name", value=volume_name, expected_type=type_hints["volume_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "gateway": gateway,
            "secret_ref": secret_ref,
            "system": system,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if protection_domain is not None:
            self._values["protection_domain"] = protection_domain
        if read_only is not None:
            self._values["read_only"] = read_only
        if ssl_enabled is not None:
            self._values["ssl_enabled"] = ssl_enabled
        if storage_mode is not None:
            self._values["storage_mode"] = storage_mode
        if storage_pool is not None:
            self._values["storage_pool"] = storage_pool
        if volume_name is not None:
            self._values["volume_name"] = volume_name

    @builtins.property
    def gateway(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesScaleIo#gateway
        '''
        result = self._values.get("gateway")
        assert result is not None, "Required property 'gateway' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def secret_ref(self) -> "OpenTelemetryCollectorSpecVolumesScaleIoSecretRef":
        '''
        :schema: OpenTelemetryCollectorSpecVolumesScaleIo#secretRef
        '''
        result = self._values.get("secret_ref")
        assert result is not None, "Required property 'secret_ref' is missing"
        return typing.cast("OpenTelemetryCollectorSpecVolumesScaleIoSecretRef", result)

    @builtins.property
    def system(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesScaleIo#system
        '''
        result = self._values.get("system")
        assert result is not None, "Required property 'system' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesScaleIo#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protection_domain(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesScaleIo#protectionDomain
        '''
        result = self._values.get("protection_domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesScaleIo#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def ssl_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesScaleIo#sslEnabled
        '''
        result = self._values.get("ssl_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def storage_mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesScaleIo#storageMode
        '''
        result = self._values.get("storage_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_pool(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesScaleIo#storagePool
        '''
        result = self._values.get("storage_pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesScaleIo#volumeName
        '''
        result = self._values.get("volume_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesScaleIo(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesScaleIoSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class OpenTelemetryCollectorSpecVolumesScaleIoSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: OpenTelemetryCollectorSpecVolumesScaleIoSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c0bde0942a257040a58337dc7bcf4839d6b5e73fa5fa83c368f3b0f4a5f67a1d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesScaleIoSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesScaleIoSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesSecret",
    jsii_struct_bases=[],
    name_mapping={
        "default_mode": "defaultMode",
        "items": "items",
        "optional": "optional",
        "secret_name": "secretName",
    },
)
class OpenTelemetryCollectorSpecVolumesSecret:
    def __init__(
        self,
        *,
        default_mode: typing.Optional[jsii.Number] = None,
        items: typing.Optional[typing.Sequence[typing.Union["OpenTelemetryCollectorSpecVolumesSecretItems", typing.Dict[builtins.str, typing.Any]]]] = None,
        optional: typing.Optional[builtins.bool] = None,
        secret_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param default_mode: 
        :param items: 
        :param optional: 
        :param secret_name: 

        :schema: OpenTelemetryCollectorSpecVolumesSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dee446c6a9128fe65b750c87b0bf74ffe237dd1d251ad456da8e2fa2e5e5ccd4)
            check_type(argname="argument default_mode", value=default_mode, expected_type=type_hints["default_mode"])
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
            check_type(argname="argument secret_name", value=secret_name, expected_type=type_hints["secret_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if default_mode is not None:
            self._values["default_mode"] = default_mode
        if items is not None:
            self._values["items"] = items
        if optional is not None:
            self._values["optional"] = optional
        if secret_name is not None:
            self._values["secret_name"] = secret_name

    @builtins.property
    def default_mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesSecret#defaultMode
        '''
        result = self._values.get("default_mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def items(
        self,
    ) -> typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumesSecretItems"]]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesSecret#items
        '''
        result = self._values.get("items")
        return typing.cast(typing.Optional[typing.List["OpenTelemetryCollectorSpecVolumesSecretItems"]], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesSecret#secretName
        '''
        result = self._values.get("secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesSecretItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "path": "path", "mode": "mode"},
)
class OpenTelemetryCollectorSpecVolumesSecretItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        mode: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param key: 
        :param path: 
        :param mode: 

        :schema: OpenTelemetryCollectorSpecVolumesSecretItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1496fa48281a8fcb4f8043a80495a6fbee8156ac4551a185a03155cf802fa9a8)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
        }
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesSecretItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesSecretItems#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mode(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesSecretItems#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesSecretItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesStorageos",
    jsii_struct_bases=[],
    name_mapping={
        "fs_type": "fsType",
        "read_only": "readOnly",
        "secret_ref": "secretRef",
        "volume_name": "volumeName",
        "volume_namespace": "volumeNamespace",
    },
)
class OpenTelemetryCollectorSpecVolumesStorageos:
    def __init__(
        self,
        *,
        fs_type: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
        secret_ref: typing.Optional[typing.Union["OpenTelemetryCollectorSpecVolumesStorageosSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
        volume_name: typing.Optional[builtins.str] = None,
        volume_namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param fs_type: 
        :param read_only: 
        :param secret_ref: 
        :param volume_name: 
        :param volume_namespace: 

        :schema: OpenTelemetryCollectorSpecVolumesStorageos
        '''
        if isinstance(secret_ref, dict):
            secret_ref = OpenTelemetryCollectorSpecVolumesStorageosSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5726201263c129bf52dbf0b6846268007eaabe690598a097fff24a2a5b5c4879)
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
            check_type(argname="argument volume_name", value=volume_name, expected_type=type_hints["volume_name"])
            check_type(argname="argument volume_namespace", value=volume_namespace, expected_type=type_hints["volume_namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if read_only is not None:
            self._values["read_only"] = read_only
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref
        if volume_name is not None:
            self._values["volume_name"] = volume_name
        if volume_namespace is not None:
            self._values["volume_namespace"] = volume_namespace

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesStorageos#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesStorageos#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["OpenTelemetryCollectorSpecVolumesStorageosSecretRef"]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesStorageos#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["OpenTelemetryCollectorSpecVolumesStorageosSecretRef"], result)

    @builtins.property
    def volume_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesStorageos#volumeName
        '''
        result = self._values.get("volume_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesStorageos#volumeNamespace
        '''
        result = self._values.get("volume_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesStorageos(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesStorageosSecretRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class OpenTelemetryCollectorSpecVolumesStorageosSecretRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: OpenTelemetryCollectorSpecVolumesStorageosSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d4d7017a2cfe77b555a1c95a85a2b5486a85c473afbdc5925ac87e0fa0b86067)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesStorageosSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesStorageosSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="otelcollector_ioopentelemetry.OpenTelemetryCollectorSpecVolumesVsphereVolume",
    jsii_struct_bases=[],
    name_mapping={
        "volume_path": "volumePath",
        "fs_type": "fsType",
        "storage_policy_id": "storagePolicyId",
        "storage_policy_name": "storagePolicyName",
    },
)
class OpenTelemetryCollectorSpecVolumesVsphereVolume:
    def __init__(
        self,
        *,
        volume_path: builtins.str,
        fs_type: typing.Optional[builtins.str] = None,
        storage_policy_id: typing.Optional[builtins.str] = None,
        storage_policy_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param volume_path: 
        :param fs_type: 
        :param storage_policy_id: 
        :param storage_policy_name: 

        :schema: OpenTelemetryCollectorSpecVolumesVsphereVolume
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d0fcab372c25de8193a3fb3c109488fe77c77463a17972dd859e122ca3c00fce)
            check_type(argname="argument volume_path", value=volume_path, expected_type=type_hints["volume_path"])
            check_type(argname="argument fs_type", value=fs_type, expected_type=type_hints["fs_type"])
            check_type(argname="argument storage_policy_id", value=storage_policy_id, expected_type=type_hints["storage_policy_id"])
            check_type(argname="argument storage_policy_name", value=storage_policy_name, expected_type=type_hints["storage_policy_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "volume_path": volume_path,
        }
        if fs_type is not None:
            self._values["fs_type"] = fs_type
        if storage_policy_id is not None:
            self._values["storage_policy_id"] = storage_policy_id
        if storage_policy_name is not None:
            self._values["storage_policy_name"] = storage_policy_name

    @builtins.property
    def volume_path(self) -> builtins.str:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesVsphereVolume#volumePath
        '''
        result = self._values.get("volume_path")
        assert result is not None, "Required property 'volume_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def fs_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesVsphereVolume#fsType
        '''
        result = self._values.get("fs_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_policy_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesVsphereVolume#storagePolicyID
        '''
        result = self._values.get("storage_policy_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_policy_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: OpenTelemetryCollectorSpecVolumesVsphereVolume#storagePolicyName
        '''
        result = self._values.get("storage_policy_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "OpenTelemetryCollectorSpecVolumesVsphereVolume(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "OpenTelemetryCollector",
    "OpenTelemetryCollectorProps",
    "OpenTelemetryCollectorSpec",
    "OpenTelemetryCollectorSpecConfig",
    "OpenTelemetryCollectorSpecConfigService",
    "OpenTelemetryCollectorSpecConfigServicePipelines",
    "OpenTelemetryCollectorSpecEnv",
    "OpenTelemetryCollectorSpecEnvValueFrom",
    "OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef",
    "OpenTelemetryCollectorSpecEnvValueFromFieldRef",
    "OpenTelemetryCollectorSpecEnvValueFromFileKeyRef",
    "OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef",
    "OpenTelemetryCollectorSpecEnvValueFromResourceFieldRefDivisor",
    "OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef",
    "OpenTelemetryCollectorSpecMode",
    "OpenTelemetryCollectorSpecPodSecurityContext",
    "OpenTelemetryCollectorSpecPodSecurityContextAppArmorProfile",
    "OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions",
    "OpenTelemetryCollectorSpecPodSecurityContextSeccompProfile",
    "OpenTelemetryCollectorSpecPodSecurityContextSysctls",
    "OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions",
    "OpenTelemetryCollectorSpecPorts",
    "OpenTelemetryCollectorSpecPortsTargetPort",
    "OpenTelemetryCollectorSpecResources",
    "OpenTelemetryCollectorSpecResourcesClaims",
    "OpenTelemetryCollectorSpecResourcesLimits",
    "OpenTelemetryCollectorSpecResourcesRequests",
    "OpenTelemetryCollectorSpecSecurityContext",
    "OpenTelemetryCollectorSpecSecurityContextAppArmorProfile",
    "OpenTelemetryCollectorSpecSecurityContextCapabilities",
    "OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions",
    "OpenTelemetryCollectorSpecSecurityContextSeccompProfile",
    "OpenTelemetryCollectorSpecSecurityContextWindowsOptions",
    "OpenTelemetryCollectorSpecTolerations",
    "OpenTelemetryCollectorSpecVolumeMounts",
    "OpenTelemetryCollectorSpecVolumes",
    "OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore",
    "OpenTelemetryCollectorSpecVolumesAzureDisk",
    "OpenTelemetryCollectorSpecVolumesAzureFile",
    "OpenTelemetryCollectorSpecVolumesCephfs",
    "OpenTelemetryCollectorSpecVolumesCephfsSecretRef",
    "OpenTelemetryCollectorSpecVolumesCinder",
    "OpenTelemetryCollectorSpecVolumesCinderSecretRef",
    "OpenTelemetryCollectorSpecVolumesConfigMap",
    "OpenTelemetryCollectorSpecVolumesConfigMapItems",
    "OpenTelemetryCollectorSpecVolumesCsi",
    "OpenTelemetryCollectorSpecVolumesCsiNodePublishSecretRef",
    "OpenTelemetryCollectorSpecVolumesDownwardApi",
    "OpenTelemetryCollectorSpecVolumesDownwardApiItems",
    "OpenTelemetryCollectorSpecVolumesDownwardApiItemsFieldRef",
    "OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef",
    "OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRefDivisor",
    "OpenTelemetryCollectorSpecVolumesEmptyDir",
    "OpenTelemetryCollectorSpecVolumesEmptyDirSizeLimit",
    "OpenTelemetryCollectorSpecVolumesEphemeral",
    "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplate",
    "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata",
    "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec",
    "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource",
    "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef",
    "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResources",
    "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits",
    "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests",
    "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelector",
    "OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions",
    "OpenTelemetryCollectorSpecVolumesFc",
    "OpenTelemetryCollectorSpecVolumesFlexVolume",
    "OpenTelemetryCollectorSpecVolumesFlexVolumeSecretRef",
    "OpenTelemetryCollectorSpecVolumesFlocker",
    "OpenTelemetryCollectorSpecVolumesGcePersistentDisk",
    "OpenTelemetryCollectorSpecVolumesGitRepo",
    "OpenTelemetryCollectorSpecVolumesGlusterfs",
    "OpenTelemetryCollectorSpecVolumesHostPath",
    "OpenTelemetryCollectorSpecVolumesImage",
    "OpenTelemetryCollectorSpecVolumesIscsi",
    "OpenTelemetryCollectorSpecVolumesIscsiSecretRef",
    "OpenTelemetryCollectorSpecVolumesNfs",
    "OpenTelemetryCollectorSpecVolumesPersistentVolumeClaim",
    "OpenTelemetryCollectorSpecVolumesPhotonPersistentDisk",
    "OpenTelemetryCollectorSpecVolumesPortworxVolume",
    "OpenTelemetryCollectorSpecVolumesProjected",
    "OpenTelemetryCollectorSpecVolumesProjectedSources",
    "OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle",
    "OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector",
    "OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions",
    "OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap",
    "OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMapItems",
    "OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApi",
    "OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems",
    "OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsFieldRef",
    "OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef",
    "OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor",
    "OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate",
    "OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret",
    "OpenTelemetryCollectorSpecVolumesProjectedSourcesSecretItems",
    "OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken",
    "OpenTelemetryCollectorSpecVolumesQuobyte",
    "OpenTelemetryCollectorSpecVolumesRbd",
    "OpenTelemetryCollectorSpecVolumesRbdSecretRef",
    "OpenTelemetryCollectorSpecVolumesScaleIo",
    "OpenTelemetryCollectorSpecVolumesScaleIoSecretRef",
    "OpenTelemetryCollectorSpecVolumesSecret",
    "OpenTelemetryCollectorSpecVolumesSecretItems",
    "OpenTelemetryCollectorSpecVolumesStorageos",
    "OpenTelemetryCollectorSpecVolumesStorageosSecretRef",
    "OpenTelemetryCollectorSpecVolumesVsphereVolume",
]

publication.publish()

def _typecheckingstub__802a42f96a22ca3807f3706a00fbd71c05021c5f88d99548611656bac67f582d(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[OpenTelemetryCollectorSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6cbbf9ed51d0a6d210b36006a4458a120061e8f2d395ccaf5d91fca39e0666fc(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[OpenTelemetryCollectorSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f10d0422d0629f47fb102c748e94b1053b7d5dc1c7438a8dce385106f54c91ad(
    *,
    config: typing.Union[OpenTelemetryCollectorSpecConfig, typing.Dict[builtins.str, typing.Any]],
    env: typing.Optional[typing.Sequence[typing.Union[OpenTelemetryCollectorSpecEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    mode: typing.Optional[OpenTelemetryCollectorSpecMode] = None,
    node_selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    pod_security_context: typing.Optional[typing.Union[OpenTelemetryCollectorSpecPodSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    ports: typing.Optional[typing.Sequence[typing.Union[OpenTelemetryCollectorSpecPorts, typing.Dict[builtins.str, typing.Any]]]] = None,
    replicas: typing.Optional[jsii.Number] = None,
    resources: typing.Optional[typing.Union[OpenTelemetryCollectorSpecResources, typing.Dict[builtins.str, typing.Any]]] = None,
    security_context: typing.Optional[typing.Union[OpenTelemetryCollectorSpecSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    tolerations: typing.Optional[typing.Sequence[typing.Union[OpenTelemetryCollectorSpecTolerations, typing.Dict[builtins.str, typing.Any]]]] = None,
    volume_mounts: typing.Optional[typing.Sequence[typing.Union[OpenTelemetryCollectorSpecVolumeMounts, typing.Dict[builtins.str, typing.Any]]]] = None,
    volumes: typing.Optional[typing.Sequence[typing.Union[OpenTelemetryCollectorSpecVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__728c7098ad983b8c1b0c5b339348ad4649f3329bfbe56ad06f32cc8793a22db0(
    *,
    exporters: typing.Any,
    receivers: typing.Any,
    service: typing.Union[OpenTelemetryCollectorSpecConfigService, typing.Dict[builtins.str, typing.Any]],
    connectors: typing.Any = None,
    extensions: typing.Any = None,
    processors: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba8ac6f04c4242e294046d54da7baeb64071e7bc65646c7dc85c5858266570c5(
    *,
    pipelines: typing.Mapping[builtins.str, typing.Union[OpenTelemetryCollectorSpecConfigServicePipelines, typing.Dict[builtins.str, typing.Any]]],
    extensions: typing.Optional[typing.Sequence[builtins.str]] = None,
    telemetry: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b6eb1efa486fe7d7a886f8b228fdb7c383a88730f19196cf10db6ab8c4975a3(
    *,
    exporters: typing.Sequence[builtins.str],
    receivers: typing.Sequence[builtins.str],
    processors: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b7e33c27e4eb83248fa0e1c415504d1baf87008e413cde78cab46201b4eef5e1(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[OpenTelemetryCollectorSpecEnvValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b33fb6769538a7aad4fd378794504fcb8277658b50ff98eb87ac54949275a385(
    *,
    config_map_key_ref: typing.Optional[typing.Union[OpenTelemetryCollectorSpecEnvValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[OpenTelemetryCollectorSpecEnvValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[OpenTelemetryCollectorSpecEnvValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[OpenTelemetryCollectorSpecEnvValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[OpenTelemetryCollectorSpecEnvValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f53efc9fd6a1a94fbc223513bbcfc545a7d000fd32e1c7102d0cd7764062fb7(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6278c1332d792863749748693dbd6fdd52c1a969a96da7e39dda1ce645fffdc(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c3d65a5aaef39b1691ae9bcd166fa98d2ff905b4afae4251cc8a34bb4d19181e(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__839f3fd5382dd233bfede746d2cf1c053ddee1e7bbc73d4106dd0e2ec2b0bd8d(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[OpenTelemetryCollectorSpecEnvValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e01eb404ff91d16b469e4f5b71be4a09c8f77d37d0454e789af7e2de7f601b79(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__12f7bf648e1b3f8f050c8cdc303f79e317776fe7eef11cd9544b2a1f06d70875(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e54a5d6db3f3a6ac8fe84f5243fea2d7ac5f043d4475a5387ef387f08644448(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e7de2373216b69c696a3e377b5d4bb6f1339b6cc603db9a188bb33e7d449fb9(
    *,
    app_armor_profile: typing.Optional[typing.Union[OpenTelemetryCollectorSpecPodSecurityContextAppArmorProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    fs_group: typing.Optional[jsii.Number] = None,
    fs_group_change_policy: typing.Optional[builtins.str] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Optional[typing.Union[OpenTelemetryCollectorSpecPodSecurityContextSeccompProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    se_linux_change_policy: typing.Optional[builtins.str] = None,
    se_linux_options: typing.Optional[typing.Union[OpenTelemetryCollectorSpecPodSecurityContextSeLinuxOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    supplemental_groups: typing.Optional[typing.Sequence[jsii.Number]] = None,
    supplemental_groups_policy: typing.Optional[builtins.str] = None,
    sysctls: typing.Optional[typing.Sequence[typing.Union[OpenTelemetryCollectorSpecPodSecurityContextSysctls, typing.Dict[builtins.str, typing.Any]]]] = None,
    windows_options: typing.Optional[typing.Union[OpenTelemetryCollectorSpecPodSecurityContextWindowsOptions, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3a4af4eb6c149f34fa3d1599cf5805759aca8ee6bd8a8022e02ac582b112b336(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d1e1294a72dd5e3c16a545b6e9c5b7d54670ecd57f0d8580bc06ad87b1529af(
    *,
    level: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f1f3de70685bb2e09b715eea5ec7c91661177e483142f8a97d7d7ab126afc02(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec72c2d9a5510920b9cd2aa887fb541d48b9ef93517b7d8626b74a345d6381ba(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f9252a66e10af349c936a18314a291702f96bb27332f837c827d81b1b927ec52(
    *,
    gmsa_credential_spec: typing.Optional[builtins.str] = None,
    gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
    host_process: typing.Optional[builtins.bool] = None,
    run_as_user_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a35b2de84b7c10481ff925aaeb88c575703c29e74a596af72025f63dc91b9945(
    *,
    port: jsii.Number,
    app_protocol: typing.Optional[builtins.str] = None,
    host_port: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    node_port: typing.Optional[jsii.Number] = None,
    protocol: typing.Optional[builtins.str] = None,
    target_port: typing.Optional[OpenTelemetryCollectorSpecPortsTargetPort] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5433db093a181aee92a51e703fe9cce2f4473c387e9138f00bcf4db0557a3018(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__62ac45e93350e2dbbbdd1122ae3ff68d3e104a7744da48a37727f237c4a0c84a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff384f81d856f7d8cfc1baede76da705d665d8565f80abebe85720dd86d01fa0(
    *,
    claims: typing.Optional[typing.Sequence[typing.Union[OpenTelemetryCollectorSpecResourcesClaims, typing.Dict[builtins.str, typing.Any]]]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, OpenTelemetryCollectorSpecResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, OpenTelemetryCollectorSpecResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b5afe5d25eb6ee2d045235109db705e07cb96cb93a2ca4d96c8aad695c933128(
    *,
    name: builtins.str,
    request: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e65cb37d179b3d2d56d69543bb0626bf1d8ad3e46b15a3c94d6e4058167091c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__158108ba1806edc67ad4262248d8292914feb906216cd95719c29d522ef0e963(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b1ffd6d552ba32b14aacd9ecfe1e857ef3ee1b1c719d7e54d10085e36793784(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ee158fee84cee9e6373f0d2b22f345c7a8854f130e8bcf5ba52c5f8aedee764(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__698365261cc9cbf59251dd23996d13a07ddd978172ba5bc320af398837a55ac3(
    *,
    allow_privilege_escalation: typing.Optional[builtins.bool] = None,
    app_armor_profile: typing.Optional[typing.Union[OpenTelemetryCollectorSpecSecurityContextAppArmorProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    capabilities: typing.Optional[typing.Union[OpenTelemetryCollectorSpecSecurityContextCapabilities, typing.Dict[builtins.str, typing.Any]]] = None,
    privileged: typing.Optional[builtins.bool] = None,
    proc_mount: typing.Optional[builtins.str] = None,
    read_only_root_filesystem: typing.Optional[builtins.bool] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Optional[typing.Union[OpenTelemetryCollectorSpecSecurityContextSeccompProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    se_linux_options: typing.Optional[typing.Union[OpenTelemetryCollectorSpecSecurityContextSeLinuxOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    windows_options: typing.Optional[typing.Union[OpenTelemetryCollectorSpecSecurityContextWindowsOptions, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3835cc51212ef8be1f7caa26fd7688b5a0a8a3ebabbdbd65f975a2c41881bc81(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83d3260e29608364651e3ee7a9b8393684f2709293bd95c9e1b7a980788e90c5(
    *,
    add: typing.Optional[typing.Sequence[builtins.str]] = None,
    drop: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d4df76965030a766b6605b96ab30bebf3b5da91d9ebe0f8bdce96267c2376fc(
    *,
    level: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__76c400f021fe56fd025843a67ebf03c42340b9b1c00a370d21a33381d58b8614(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__231bdabe7dc40931ed1a6cbc1da54f1342dc19c5b290e9d1e11a213f9505f888(
    *,
    gmsa_credential_spec: typing.Optional[builtins.str] = None,
    gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
    host_process: typing.Optional[builtins.bool] = None,
    run_as_user_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b6811c390776aa1d5b26703d0cec3dc7ba618db03392603203d18ad5c4a58d72(
    *,
    effect: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    toleration_seconds: typing.Optional[jsii.Number] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4da5a468588b658898fc438870d52efa6098f6a3a0e6f0da608d02b1f6c44492(
    *,
    mount_path: builtins.str,
    name: builtins.str,
    mount_propagation: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    recursive_read_only: typing.Optional[builtins.str] = None,
    sub_path: typing.Optional[builtins.str] = None,
    sub_path_expr: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7440b9fdedcce5ecaf339751c87793860634a3141329ca3afe4323c3be24a8b7(
    *,
    name: builtins.str,
    aws_elastic_block_store: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesAwsElasticBlockStore, typing.Dict[builtins.str, typing.Any]]] = None,
    azure_disk: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesAzureDisk, typing.Dict[builtins.str, typing.Any]]] = None,
    azure_file: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesAzureFile, typing.Dict[builtins.str, typing.Any]]] = None,
    cephfs: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesCephfs, typing.Dict[builtins.str, typing.Any]]] = None,
    cinder: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesCinder, typing.Dict[builtins.str, typing.Any]]] = None,
    config_map: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesConfigMap, typing.Dict[builtins.str, typing.Any]]] = None,
    csi: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesCsi, typing.Dict[builtins.str, typing.Any]]] = None,
    downward_api: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesDownwardApi, typing.Dict[builtins.str, typing.Any]]] = None,
    empty_dir: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesEmptyDir, typing.Dict[builtins.str, typing.Any]]] = None,
    ephemeral: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesEphemeral, typing.Dict[builtins.str, typing.Any]]] = None,
    fc: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesFc, typing.Dict[builtins.str, typing.Any]]] = None,
    flex_volume: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesFlexVolume, typing.Dict[builtins.str, typing.Any]]] = None,
    flocker: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesFlocker, typing.Dict[builtins.str, typing.Any]]] = None,
    gce_persistent_disk: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesGcePersistentDisk, typing.Dict[builtins.str, typing.Any]]] = None,
    git_repo: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesGitRepo, typing.Dict[builtins.str, typing.Any]]] = None,
    glusterfs: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesGlusterfs, typing.Dict[builtins.str, typing.Any]]] = None,
    host_path: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesHostPath, typing.Dict[builtins.str, typing.Any]]] = None,
    image: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesImage, typing.Dict[builtins.str, typing.Any]]] = None,
    iscsi: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesIscsi, typing.Dict[builtins.str, typing.Any]]] = None,
    nfs: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesNfs, typing.Dict[builtins.str, typing.Any]]] = None,
    persistent_volume_claim: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesPersistentVolumeClaim, typing.Dict[builtins.str, typing.Any]]] = None,
    photon_persistent_disk: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesPhotonPersistentDisk, typing.Dict[builtins.str, typing.Any]]] = None,
    portworx_volume: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesPortworxVolume, typing.Dict[builtins.str, typing.Any]]] = None,
    projected: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesProjected, typing.Dict[builtins.str, typing.Any]]] = None,
    quobyte: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesQuobyte, typing.Dict[builtins.str, typing.Any]]] = None,
    rbd: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesRbd, typing.Dict[builtins.str, typing.Any]]] = None,
    scale_io: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesScaleIo, typing.Dict[builtins.str, typing.Any]]] = None,
    secret: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    storageos: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesStorageos, typing.Dict[builtins.str, typing.Any]]] = None,
    vsphere_volume: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesVsphereVolume, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86871c353ac7ee9edbf9e53c616daff9d0f303c44e813dc25e2908df1f538631(
    *,
    volume_id: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
    partition: typing.Optional[jsii.Number] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__298faff67501b3b8c307f182b683cb803f5606d516429a2c5a764369b1a18a94(
    *,
    disk_name: builtins.str,
    disk_uri: builtins.str,
    caching_mode: typing.Optional[builtins.str] = None,
    fs_type: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__696989eee5e19975b256c5d519b621f9b30e4e16125fc9f1f44dd991a201559d(
    *,
    secret_name: builtins.str,
    share_name: builtins.str,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ff379a554deb445114304cc0bea5f779e822314e668a62e6874ab676bbeadb2(
    *,
    monitors: typing.Sequence[builtins.str],
    path: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    secret_file: typing.Optional[builtins.str] = None,
    secret_ref: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesCephfsSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__18d327e54d2402ff7a6bfa6e9f748d51b2103cf567cb0dee42733039739321dc(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3805bef68eb01fc0ebc420dd1d121d5432dde0007324dbc8c3b035f2b2b2590a(
    *,
    volume_id: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    secret_ref: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesCinderSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aca04499551660daa103d6764702109a4fcfc06129708031ef1be9a4eb439aa2(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2949be49638421496eb9bd03891fbc88ace2a35c68fcb9658496ee984f772146(
    *,
    default_mode: typing.Optional[jsii.Number] = None,
    items: typing.Optional[typing.Sequence[typing.Union[OpenTelemetryCollectorSpecVolumesConfigMapItems, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4cef360a72492dfae1202e31ac1e13206c4974b53e968b949aa998433321b6b(
    *,
    key: builtins.str,
    path: builtins.str,
    mode: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b62b6a661c5510d515afb90efe7e1b43c657f5081a82a6213771182dbb347f75(
    *,
    driver: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
    node_publish_secret_ref: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesCsiNodePublishSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    read_only: typing.Optional[builtins.bool] = None,
    volume_attributes: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ecba6659356693a4cad0065335b404f9cf060791128709b8c99f7965c0b6775d(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a91d2ac62aed06bbefc78138caa590ff9a41890bd183201d3d673cada7ba152(
    *,
    default_mode: typing.Optional[jsii.Number] = None,
    items: typing.Optional[typing.Sequence[typing.Union[OpenTelemetryCollectorSpecVolumesDownwardApiItems, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f0d4ef6ff3e8024e06cc3c38a98a38b8d35a6fc8e7a738d46f1caddb307423c(
    *,
    path: builtins.str,
    field_ref: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesDownwardApiItemsFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    mode: typing.Optional[jsii.Number] = None,
    resource_field_ref: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b1e0a4b6cd5881137fb5e832f305427b2e7804d8ddecb5ee900be3f00ca88cb(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a9c78775029a37547d0788cbc6f1b2574eaf60c3ed5519ee15638c466baabcf(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[OpenTelemetryCollectorSpecVolumesDownwardApiItemsResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba815311325da51d2a31dbfd9e135ac973ecdb95590568175a5484819d76a12b(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__26dfd2a7b07499b9ad23a3d30679d3fddc1033746ed2dabb88007a619adea1ae(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__932f4e4b0d1d811d740998778673ffa11c8e30eaa8181dc938e4dbda82013d81(
    *,
    medium: typing.Optional[builtins.str] = None,
    size_limit: typing.Optional[OpenTelemetryCollectorSpecVolumesEmptyDirSizeLimit] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__998320284d98b8cfbf6ef245bd3ea366506913dcbc1379dcc63070d04bc2f33a(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df889f9e860cb21dc91006115b28f5aa10ca65d42864a0c4283327a822587aaa(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__582a96d69cc4f112a97f9272e087c04f2f2feba1a06430abc5f2d7768cbae7d1(
    *,
    volume_claim_template: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b91a279286c97fad1a52ca6276ca67b69fb8612c5877ebf3e215fc9b38922ae7(
    *,
    spec: typing.Union[OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5692733326d803ebe916afe92e34ec1770885a0d9a5c72b64c5cb7243bf0d08(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    finalizers: typing.Optional[typing.Sequence[builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d38530f9421b268b3e14f0bee60df0cde378cdc089e73383b03f0868340dae82(
    *,
    access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
    data_source: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource, typing.Dict[builtins.str, typing.Any]]] = None,
    data_source_ref: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resources: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResources, typing.Dict[builtins.str, typing.Any]]] = None,
    selector: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    storage_class_name: typing.Optional[builtins.str] = None,
    volume_attributes_class_name: typing.Optional[builtins.str] = None,
    volume_mode: typing.Optional[builtins.str] = None,
    volume_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2626a71ab7331cef5e30a4ac2f9e90dbdaf77e5b2bf17a6c70dab998544e49c1(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__41f1770f4d4cd67bd19509b8320c6156fe9aa06b34ccf20f4012f2ecd4c59b98(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__600fa20a0fcf76cf7597c6ba09b56caa2956317fb8454d349442e691cf76e7a0(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__485783f84380cfb4fd5e7dd287fe99ff1ff1e4ea011f6ffc292d589d0443e6a7(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b56434f886584eb0d0dc6466b88a638fedfb6447a58742186e558dedd3cea54(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70a5413d22c151ef0dd31479d48a9b1800e4614c2b5af6d7504fee81176c30d8(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c064f00554edae501bb19dc5dda80d6277122c8dbdd233cfd7768aa945e58ec(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fdd5f3321743b8cfc74a3b029b60cd5a393de320ff5adecf4aa5fbbbdaadd00a(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[OpenTelemetryCollectorSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f6f39992abe6434adcfd47e04ef55fde4f77f5567bceb643467dfebd0cdcffb(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c866b3a762fa9991dcb9d64af1faf5e13f1bac72e50a154f21b869777cb80388(
    *,
    fs_type: typing.Optional[builtins.str] = None,
    lun: typing.Optional[jsii.Number] = None,
    read_only: typing.Optional[builtins.bool] = None,
    target_ww_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
    wwids: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__299fa8961464449feae7c350a3d4c5e626000c6a7cbcb1b0dcde1f60166f0ffb(
    *,
    driver: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
    options: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    read_only: typing.Optional[builtins.bool] = None,
    secret_ref: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesFlexVolumeSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b95e6446228ac2743a525115ccffb23fe2cfd5cb17f09394a1eea7ea6ef7a9b(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__593d84143a04546de2d2e8ead104a113522d9f4c002eaca4751c376b75b079bf(
    *,
    dataset_name: typing.Optional[builtins.str] = None,
    dataset_uuid: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74fb249b98348de7813d75cdd6c4e2df5ae1bc2d93a5c1b8c3803ed5886bf2c5(
    *,
    pd_name: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
    partition: typing.Optional[jsii.Number] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ee021e6a37c7529f0da12faed35051ac3336509b06c0def59f84cb4b87f0f14(
    *,
    repository: builtins.str,
    directory: typing.Optional[builtins.str] = None,
    revision: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6ffec8b26ec9bcd0cc6a3f30ccf9ed28e723eaf8677bd17798b9440375948a2(
    *,
    endpoints: builtins.str,
    path: builtins.str,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__36ad6c9c33046ad41f8d6a269b225770fe7c5eafb0aebb6ee9f20e6331a18129(
    *,
    path: builtins.str,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0fb4ab01da2ac6287c9da1f3ad113b11aacf3ae3243e73b064ed9a7d11329f17(
    *,
    pull_policy: typing.Optional[builtins.str] = None,
    reference: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1b3cf2bf16ca29b55288caa582927e06f3de13a7d887f8f679f12e8b48603a1(
    *,
    iqn: builtins.str,
    lun: jsii.Number,
    target_portal: builtins.str,
    chap_auth_discovery: typing.Optional[builtins.bool] = None,
    chap_auth_session: typing.Optional[builtins.bool] = None,
    fs_type: typing.Optional[builtins.str] = None,
    initiator_name: typing.Optional[builtins.str] = None,
    iscsi_interface: typing.Optional[builtins.str] = None,
    portals: typing.Optional[typing.Sequence[builtins.str]] = None,
    read_only: typing.Optional[builtins.bool] = None,
    secret_ref: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesIscsiSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__568ac39643227ee704a64f401ed6f7ee76b5a8b74aa4a19f88027894e990f788(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__40dde7c69e8bd5302749d05510e127f719ce347e4c0918963d1dd52f4dc4da4d(
    *,
    path: builtins.str,
    server: builtins.str,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__33da48922c54dea481edce25aff73fa2be7638ea970393cb16fd02de1784f705(
    *,
    claim_name: builtins.str,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4fc365679b12ef4974f72657305087ea3a04b7bc86a0c405ea0af23ce17867d(
    *,
    pd_id: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dba09fa105387f4307d81bcd060845c5be6f4046c481f0a8416346b37b2315ba(
    *,
    volume_id: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac8fe9bd4ec1cb67bf32da2df1562e9de893d3b2fef0722c8281e8b581c894a7(
    *,
    default_mode: typing.Optional[jsii.Number] = None,
    sources: typing.Optional[typing.Sequence[typing.Union[OpenTelemetryCollectorSpecVolumesProjectedSources, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__81ec9f33847799134942d66c0036c8aada43225d2d681a650da875c371a0229f(
    *,
    cluster_trust_bundle: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundle, typing.Dict[builtins.str, typing.Any]]] = None,
    config_map: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMap, typing.Dict[builtins.str, typing.Any]]] = None,
    downward_api: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApi, typing.Dict[builtins.str, typing.Any]]] = None,
    pod_certificate: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesProjectedSourcesPodCertificate, typing.Dict[builtins.str, typing.Any]]] = None,
    secret: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesProjectedSourcesSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_token: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesProjectedSourcesServiceAccountToken, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c66c8402092edd629fd7b7785a6f82cfa344f6e357a1c0ccba7240228148cd5e(
    *,
    path: builtins.str,
    label_selector: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
    signer_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__940667556748e8a34abc7b9d9d68891a4bfcc235c9eec125f33779458be120d9(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[OpenTelemetryCollectorSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11451a941ec9b7207ebb7e27464a29a57bbe36e845ea146755cdf037f4b60b97(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e46e8e12ce90a4d1208919e393e313fbf5b8eb05298e22ad34e6bdf24ffcbc2a(
    *,
    items: typing.Optional[typing.Sequence[typing.Union[OpenTelemetryCollectorSpecVolumesProjectedSourcesConfigMapItems, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__31c00874b520e42a772f1d66c96efbf691dd8029142c63fff6c07ca571a72dfc(
    *,
    key: builtins.str,
    path: builtins.str,
    mode: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8368054ee830cb1632ca61a470129912c85be5ecd72f87668ce0b41d072eef8(
    *,
    items: typing.Optional[typing.Sequence[typing.Union[OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItems, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3f988fb1dcedf87041eeecbcea0cfa60f028b3f144cf0b1b989ff6121b41999(
    *,
    path: builtins.str,
    field_ref: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    mode: typing.Optional[jsii.Number] = None,
    resource_field_ref: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9087040bccdfcc7a2498e4f4cb9c2c90b6c2df09b574b3587eb79e5051d96d80(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__831ff9533ec61bd0b0ce83f23c1625e762c1216cb38a8ba0d175b71d8f02840f(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[OpenTelemetryCollectorSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e9998ef9df0ae567d2eb4bd113a77797a06d209969a8ed116ee6e1b8111b8cd(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__29e19802e3d0c8e781feb658931bb245e7468847db0634eea1c95d406221b8b7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2cbc7ef08a81b17de66ad9c4b4a8ff18aefc6af3b3a1a1715823c11751ae276e(
    *,
    key_type: builtins.str,
    signer_name: builtins.str,
    certificate_chain_path: typing.Optional[builtins.str] = None,
    credential_bundle_path: typing.Optional[builtins.str] = None,
    key_path: typing.Optional[builtins.str] = None,
    max_expiration_seconds: typing.Optional[jsii.Number] = None,
    user_annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__750a5ca3cb8165c12775520d361023d79f4fe7c8f18f7f7661987b71ec46b7d5(
    *,
    items: typing.Optional[typing.Sequence[typing.Union[OpenTelemetryCollectorSpecVolumesProjectedSourcesSecretItems, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cd42b40a0287f1a4947290eee4514e9c09df34b7bf1d8cc26d40a72114b4a81(
    *,
    key: builtins.str,
    path: builtins.str,
    mode: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__96166a8967caefd8813eeeddc6a4cb63ef8eeb8d0577bd900c1559c65a5b0f6e(
    *,
    path: builtins.str,
    audience: typing.Optional[builtins.str] = None,
    expiration_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2fed3e7d3955dc37c114cf9c7f84804d6ffea8d4fe3fc2431e434e893ead0421(
    *,
    registry: builtins.str,
    volume: builtins.str,
    group: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    tenant: typing.Optional[builtins.str] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__80d66cedc26efbe4c3c82bdc4ec97b1333f1caff22a721a1282d3efd7b11b90b(
    *,
    image: builtins.str,
    monitors: typing.Sequence[builtins.str],
    fs_type: typing.Optional[builtins.str] = None,
    keyring: typing.Optional[builtins.str] = None,
    pool: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    secret_ref: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesRbdSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3312752180f6130964e53d155d43927f575a73b944be865648ed4c3e4f7b166(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d37d4b036645d92a2309fd1a8b2e793a8e8e4a0cd6e16f5a0ec6961e70c59f34(
    *,
    gateway: builtins.str,
    secret_ref: typing.Union[OpenTelemetryCollectorSpecVolumesScaleIoSecretRef, typing.Dict[builtins.str, typing.Any]],
    system: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
    protection_domain: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    ssl_enabled: typing.Optional[builtins.bool] = None,
    storage_mode: typing.Optional[builtins.str] = None,
    storage_pool: typing.Optional[builtins.str] = None,
    volume_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0bde0942a257040a58337dc7bcf4839d6b5e73fa5fa83c368f3b0f4a5f67a1d(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dee446c6a9128fe65b750c87b0bf74ffe237dd1d251ad456da8e2fa2e5e5ccd4(
    *,
    default_mode: typing.Optional[jsii.Number] = None,
    items: typing.Optional[typing.Sequence[typing.Union[OpenTelemetryCollectorSpecVolumesSecretItems, typing.Dict[builtins.str, typing.Any]]]] = None,
    optional: typing.Optional[builtins.bool] = None,
    secret_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1496fa48281a8fcb4f8043a80495a6fbee8156ac4551a185a03155cf802fa9a8(
    *,
    key: builtins.str,
    path: builtins.str,
    mode: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5726201263c129bf52dbf0b6846268007eaabe690598a097fff24a2a5b5c4879(
    *,
    fs_type: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
    secret_ref: typing.Optional[typing.Union[OpenTelemetryCollectorSpecVolumesStorageosSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
    volume_name: typing.Optional[builtins.str] = None,
    volume_namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d4d7017a2cfe77b555a1c95a85a2b5486a85c473afbdc5925ac87e0fa0b86067(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d0fcab372c25de8193a3fb3c109488fe77c77463a17972dd859e122ca3c00fce(
    *,
    volume_path: builtins.str,
    fs_type: typing.Optional[builtins.str] = None,
    storage_policy_id: typing.Optional[builtins.str] = None,
    storage_policy_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
