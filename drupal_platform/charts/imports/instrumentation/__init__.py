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


class Instrumentation(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.Instrumentation",
):
    '''
    :schema: Instrumentation
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["InstrumentationSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Instrumentation" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a4c71322dc1f4f370ecbc080a8ef4fa403b343789d4bfc3460499c157decc13c)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = InstrumentationProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["InstrumentationSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Instrumentation".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = InstrumentationProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Instrumentation".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class InstrumentationProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["InstrumentationSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: Instrumentation
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = InstrumentationSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__33a65102cb8321af5027277be33f55a054db73cfb27a02a200279022240b3ee9)
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
        :schema: Instrumentation#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["InstrumentationSpec"]:
        '''
        :schema: Instrumentation#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["InstrumentationSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpec",
    jsii_struct_bases=[],
    name_mapping={
        "apache_httpd": "apacheHttpd",
        "defaults": "defaults",
        "dotnet": "dotnet",
        "env": "env",
        "exporter": "exporter",
        "go": "go",
        "image_pull_policy": "imagePullPolicy",
        "init_container_security_context": "initContainerSecurityContext",
        "java": "java",
        "nginx": "nginx",
        "nodejs": "nodejs",
        "propagators": "propagators",
        "python": "python",
        "resource": "resource",
        "sampler": "sampler",
    },
)
class InstrumentationSpec:
    def __init__(
        self,
        *,
        apache_httpd: typing.Optional[typing.Union["InstrumentationSpecApacheHttpd", typing.Dict[builtins.str, typing.Any]]] = None,
        defaults: typing.Optional[typing.Union["InstrumentationSpecDefaults", typing.Dict[builtins.str, typing.Any]]] = None,
        dotnet: typing.Optional[typing.Union["InstrumentationSpecDotnet", typing.Dict[builtins.str, typing.Any]]] = None,
        env: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        exporter: typing.Optional[typing.Union["InstrumentationSpecExporter", typing.Dict[builtins.str, typing.Any]]] = None,
        go: typing.Optional[typing.Union["InstrumentationSpecGo", typing.Dict[builtins.str, typing.Any]]] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        init_container_security_context: typing.Optional[typing.Union["InstrumentationSpecInitContainerSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        java: typing.Optional[typing.Union["InstrumentationSpecJava", typing.Dict[builtins.str, typing.Any]]] = None,
        nginx: typing.Optional[typing.Union["InstrumentationSpecNginx", typing.Dict[builtins.str, typing.Any]]] = None,
        nodejs: typing.Optional[typing.Union["InstrumentationSpecNodejs", typing.Dict[builtins.str, typing.Any]]] = None,
        propagators: typing.Optional[typing.Sequence["InstrumentationSpecPropagators"]] = None,
        python: typing.Optional[typing.Union["InstrumentationSpecPython", typing.Dict[builtins.str, typing.Any]]] = None,
        resource: typing.Optional[typing.Union["InstrumentationSpecResource", typing.Dict[builtins.str, typing.Any]]] = None,
        sampler: typing.Optional[typing.Union["InstrumentationSpecSampler", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param apache_httpd: 
        :param defaults: 
        :param dotnet: 
        :param env: 
        :param exporter: 
        :param go: 
        :param image_pull_policy: 
        :param init_container_security_context: 
        :param java: 
        :param nginx: 
        :param nodejs: 
        :param propagators: 
        :param python: 
        :param resource: 
        :param sampler: 

        :schema: InstrumentationSpec
        '''
        if isinstance(apache_httpd, dict):
            apache_httpd = InstrumentationSpecApacheHttpd(**apache_httpd)
        if isinstance(defaults, dict):
            defaults = InstrumentationSpecDefaults(**defaults)
        if isinstance(dotnet, dict):
            dotnet = InstrumentationSpecDotnet(**dotnet)
        if isinstance(exporter, dict):
            exporter = InstrumentationSpecExporter(**exporter)
        if isinstance(go, dict):
            go = InstrumentationSpecGo(**go)
        if isinstance(init_container_security_context, dict):
            init_container_security_context = InstrumentationSpecInitContainerSecurityContext(**init_container_security_context)
        if isinstance(java, dict):
            java = InstrumentationSpecJava(**java)
        if isinstance(nginx, dict):
            nginx = InstrumentationSpecNginx(**nginx)
        if isinstance(nodejs, dict):
            nodejs = InstrumentationSpecNodejs(**nodejs)
        if isinstance(python, dict):
            python = InstrumentationSpecPython(**python)
        if isinstance(resource, dict):
            resource = InstrumentationSpecResource(**resource)
        if isinstance(sampler, dict):
            sampler = InstrumentationSpecSampler(**sampler)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__89bdcf3371c41bc9851ddf85e44c8ad373ddd40e38e224206f7219cf51a7f13c)
            check_type(argname="argument apache_httpd", value=apache_httpd, expected_type=type_hints["apache_httpd"])
            check_type(argname="argument defaults", value=defaults, expected_type=type_hints["defaults"])
            check_type(argname="argument dotnet", value=dotnet, expected_type=type_hints["dotnet"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument exporter", value=exporter, expected_type=type_hints["exporter"])
            check_type(argname="argument go", value=go, expected_type=type_hints["go"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument init_container_security_context", value=init_container_security_context, expected_type=type_hints["init_container_security_context"])
            check_type(argname="argument java", value=java, expected_type=type_hints["java"])
            check_type(argname="argument nginx", value=nginx, expected_type=type_hints["nginx"])
            check_type(argname="argument nodejs", value=nodejs, expected_type=type_hints["nodejs"])
            check_type(argname="argument propagators", value=propagators, expected_type=type_hints["propagators"])
            check_type(argname="argument python", value=python, expected_type=type_hints["python"])
            check_type(argname="argument resource", value=resource, expected_type=type_hints["resource"])
            check_type(argname="argument sampler", value=sampler, expected_type=type_hints["sampler"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if apache_httpd is not None:
            self._values["apache_httpd"] = apache_httpd
        if defaults is not None:
            self._values["defaults"] = defaults
        if dotnet is not None:
            self._values["dotnet"] = dotnet
        if env is not None:
            self._values["env"] = env
        if exporter is not None:
            self._values["exporter"] = exporter
        if go is not None:
            self._values["go"] = go
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if init_container_security_context is not None:
            self._values["init_container_security_context"] = init_container_security_context
        if java is not None:
            self._values["java"] = java
        if nginx is not None:
            self._values["nginx"] = nginx
        if nodejs is not None:
            self._values["nodejs"] = nodejs
        if propagators is not None:
            self._values["propagators"] = propagators
        if python is not None:
            self._values["python"] = python
        if resource is not None:
            self._values["resource"] = resource
        if sampler is not None:
            self._values["sampler"] = sampler

    @builtins.property
    def apache_httpd(self) -> typing.Optional["InstrumentationSpecApacheHttpd"]:
        '''
        :schema: InstrumentationSpec#apacheHttpd
        '''
        result = self._values.get("apache_httpd")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpd"], result)

    @builtins.property
    def defaults(self) -> typing.Optional["InstrumentationSpecDefaults"]:
        '''
        :schema: InstrumentationSpec#defaults
        '''
        result = self._values.get("defaults")
        return typing.cast(typing.Optional["InstrumentationSpecDefaults"], result)

    @builtins.property
    def dotnet(self) -> typing.Optional["InstrumentationSpecDotnet"]:
        '''
        :schema: InstrumentationSpec#dotnet
        '''
        result = self._values.get("dotnet")
        return typing.cast(typing.Optional["InstrumentationSpecDotnet"], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["InstrumentationSpecEnv"]]:
        '''
        :schema: InstrumentationSpec#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecEnv"]], result)

    @builtins.property
    def exporter(self) -> typing.Optional["InstrumentationSpecExporter"]:
        '''
        :schema: InstrumentationSpec#exporter
        '''
        result = self._values.get("exporter")
        return typing.cast(typing.Optional["InstrumentationSpecExporter"], result)

    @builtins.property
    def go(self) -> typing.Optional["InstrumentationSpecGo"]:
        '''
        :schema: InstrumentationSpec#go
        '''
        result = self._values.get("go")
        return typing.cast(typing.Optional["InstrumentationSpecGo"], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpec#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def init_container_security_context(
        self,
    ) -> typing.Optional["InstrumentationSpecInitContainerSecurityContext"]:
        '''
        :schema: InstrumentationSpec#initContainerSecurityContext
        '''
        result = self._values.get("init_container_security_context")
        return typing.cast(typing.Optional["InstrumentationSpecInitContainerSecurityContext"], result)

    @builtins.property
    def java(self) -> typing.Optional["InstrumentationSpecJava"]:
        '''
        :schema: InstrumentationSpec#java
        '''
        result = self._values.get("java")
        return typing.cast(typing.Optional["InstrumentationSpecJava"], result)

    @builtins.property
    def nginx(self) -> typing.Optional["InstrumentationSpecNginx"]:
        '''
        :schema: InstrumentationSpec#nginx
        '''
        result = self._values.get("nginx")
        return typing.cast(typing.Optional["InstrumentationSpecNginx"], result)

    @builtins.property
    def nodejs(self) -> typing.Optional["InstrumentationSpecNodejs"]:
        '''
        :schema: InstrumentationSpec#nodejs
        '''
        result = self._values.get("nodejs")
        return typing.cast(typing.Optional["InstrumentationSpecNodejs"], result)

    @builtins.property
    def propagators(
        self,
    ) -> typing.Optional[typing.List["InstrumentationSpecPropagators"]]:
        '''
        :schema: InstrumentationSpec#propagators
        '''
        result = self._values.get("propagators")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecPropagators"]], result)

    @builtins.property
    def python(self) -> typing.Optional["InstrumentationSpecPython"]:
        '''
        :schema: InstrumentationSpec#python
        '''
        result = self._values.get("python")
        return typing.cast(typing.Optional["InstrumentationSpecPython"], result)

    @builtins.property
    def resource(self) -> typing.Optional["InstrumentationSpecResource"]:
        '''
        :schema: InstrumentationSpec#resource
        '''
        result = self._values.get("resource")
        return typing.cast(typing.Optional["InstrumentationSpecResource"], result)

    @builtins.property
    def sampler(self) -> typing.Optional["InstrumentationSpecSampler"]:
        '''
        :schema: InstrumentationSpec#sampler
        '''
        result = self._values.get("sampler")
        return typing.cast(typing.Optional["InstrumentationSpecSampler"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpd",
    jsii_struct_bases=[],
    name_mapping={
        "attrs": "attrs",
        "config_path": "configPath",
        "env": "env",
        "image": "image",
        "resource_requirements": "resourceRequirements",
        "version": "version",
        "volume_claim_template": "volumeClaimTemplate",
        "volume_limit_size": "volumeLimitSize",
    },
)
class InstrumentationSpecApacheHttpd:
    def __init__(
        self,
        *,
        attrs: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecApacheHttpdAttrs", typing.Dict[builtins.str, typing.Any]]]] = None,
        config_path: typing.Optional[builtins.str] = None,
        env: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecApacheHttpdEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        image: typing.Optional[builtins.str] = None,
        resource_requirements: typing.Optional[typing.Union["InstrumentationSpecApacheHttpdResourceRequirements", typing.Dict[builtins.str, typing.Any]]] = None,
        version: typing.Optional[builtins.str] = None,
        volume_claim_template: typing.Optional[typing.Union["InstrumentationSpecApacheHttpdVolumeClaimTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
        volume_limit_size: typing.Optional["InstrumentationSpecApacheHttpdVolumeLimitSize"] = None,
    ) -> None:
        '''
        :param attrs: 
        :param config_path: 
        :param env: 
        :param image: 
        :param resource_requirements: 
        :param version: 
        :param volume_claim_template: 
        :param volume_limit_size: 

        :schema: InstrumentationSpecApacheHttpd
        '''
        if isinstance(resource_requirements, dict):
            resource_requirements = InstrumentationSpecApacheHttpdResourceRequirements(**resource_requirements)
        if isinstance(volume_claim_template, dict):
            volume_claim_template = InstrumentationSpecApacheHttpdVolumeClaimTemplate(**volume_claim_template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bda0fc49170a463af92d9e87e47223ab7564cb1f8ba5e0594edbff9a6948ab13)
            check_type(argname="argument attrs", value=attrs, expected_type=type_hints["attrs"])
            check_type(argname="argument config_path", value=config_path, expected_type=type_hints["config_path"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument resource_requirements", value=resource_requirements, expected_type=type_hints["resource_requirements"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
            check_type(argname="argument volume_claim_template", value=volume_claim_template, expected_type=type_hints["volume_claim_template"])
            check_type(argname="argument volume_limit_size", value=volume_limit_size, expected_type=type_hints["volume_limit_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if attrs is not None:
            self._values["attrs"] = attrs
        if config_path is not None:
            self._values["config_path"] = config_path
        if env is not None:
            self._values["env"] = env
        if image is not None:
            self._values["image"] = image
        if resource_requirements is not None:
            self._values["resource_requirements"] = resource_requirements
        if version is not None:
            self._values["version"] = version
        if volume_claim_template is not None:
            self._values["volume_claim_template"] = volume_claim_template
        if volume_limit_size is not None:
            self._values["volume_limit_size"] = volume_limit_size

    @builtins.property
    def attrs(
        self,
    ) -> typing.Optional[typing.List["InstrumentationSpecApacheHttpdAttrs"]]:
        '''
        :schema: InstrumentationSpecApacheHttpd#attrs
        '''
        result = self._values.get("attrs")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecApacheHttpdAttrs"]], result)

    @builtins.property
    def config_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpd#configPath
        '''
        result = self._values.get("config_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["InstrumentationSpecApacheHttpdEnv"]]:
        '''
        :schema: InstrumentationSpecApacheHttpd#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecApacheHttpdEnv"]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpd#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_requirements(
        self,
    ) -> typing.Optional["InstrumentationSpecApacheHttpdResourceRequirements"]:
        '''
        :schema: InstrumentationSpecApacheHttpd#resourceRequirements
        '''
        result = self._values.get("resource_requirements")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdResourceRequirements"], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpd#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_claim_template(
        self,
    ) -> typing.Optional["InstrumentationSpecApacheHttpdVolumeClaimTemplate"]:
        '''
        :schema: InstrumentationSpecApacheHttpd#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdVolumeClaimTemplate"], result)

    @builtins.property
    def volume_limit_size(
        self,
    ) -> typing.Optional["InstrumentationSpecApacheHttpdVolumeLimitSize"]:
        '''
        :schema: InstrumentationSpecApacheHttpd#volumeLimitSize
        '''
        result = self._values.get("volume_limit_size")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdVolumeLimitSize"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdAttrs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class InstrumentationSpecApacheHttpdAttrs:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["InstrumentationSpecApacheHttpdAttrsValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: InstrumentationSpecApacheHttpdAttrs
        '''
        if isinstance(value_from, dict):
            value_from = InstrumentationSpecApacheHttpdAttrsValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d6688d07ec5e5501ee11263636e44f5ea1bf3f1fcd91d12a95a56e3e9241118d)
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
        :schema: InstrumentationSpecApacheHttpdAttrs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpdAttrs#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(
        self,
    ) -> typing.Optional["InstrumentationSpecApacheHttpdAttrsValueFrom"]:
        '''
        :schema: InstrumentationSpecApacheHttpdAttrs#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdAttrsValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdAttrs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdAttrsValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class InstrumentationSpecApacheHttpdAttrsValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["InstrumentationSpecApacheHttpdAttrsValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_key_ref: 
        :param field_ref: 
        :param file_key_ref: 
        :param resource_field_ref: 
        :param secret_key_ref: 

        :schema: InstrumentationSpecApacheHttpdAttrsValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = InstrumentationSpecApacheHttpdAttrsValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2c3025fef7f739e5ec350ad9fb076ec344357b8e81c8093634db43ecd996ce3b)
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
    ) -> typing.Optional["InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef"]:
        '''
        :schema: InstrumentationSpecApacheHttpdAttrsValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecApacheHttpdAttrsValueFromFieldRef"]:
        '''
        :schema: InstrumentationSpecApacheHttpdAttrsValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdAttrsValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef"]:
        '''
        :schema: InstrumentationSpecApacheHttpdAttrsValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef"]:
        '''
        :schema: InstrumentationSpecApacheHttpdAttrsValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef"]:
        '''
        :schema: InstrumentationSpecApacheHttpdAttrsValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdAttrsValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef:
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

        :schema: InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f20ac27d45312705bab81117ca349c99cd9b879b529b7b8216bfd6a67517c692)
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
        :schema: InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdAttrsValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class InstrumentationSpecApacheHttpdAttrsValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param field_path: 
        :param api_version: 

        :schema: InstrumentationSpecApacheHttpdAttrsValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d3c6a42c941815df2453203fa8f7f5a3a5a47b3067f592c1a3ab01c5d8e19ad9)
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
        :schema: InstrumentationSpecApacheHttpdAttrsValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpdAttrsValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdAttrsValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef:
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

        :schema: InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__caab4dcc690fe4ad51c6b172108e43e345cbeffae2379ecd619206e27f28e657)
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
        :schema: InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef#volumeName
        '''
        result = self._values.get("volume_name")
        assert result is not None, "Required property 'volume_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''
        :param resource: 
        :param container_name: 
        :param divisor: 

        :schema: InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6595b1f4ca34a5bc195c57d4e8f0798212c6c2701347641ad44d06148a6fc54a)
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
        :schema: InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRefDivisor"]:
        '''
        :schema: InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRefDivisor",
):
    '''
    :schema: InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2601b99e97fb28e5efa91cc6228c963836ee2a87a146197915e5ff65ceb62175)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d4b2050a098e10f962abc280194990a47cccf00d4f3ae71ace5c1b24e3876a6b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef:
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

        :schema: InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ab259785102b0a8ea57abbfc29342e6d8d9fa6c08d59da35e54417084d943c39)
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
        :schema: InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class InstrumentationSpecApacheHttpdEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["InstrumentationSpecApacheHttpdEnvValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: InstrumentationSpecApacheHttpdEnv
        '''
        if isinstance(value_from, dict):
            value_from = InstrumentationSpecApacheHttpdEnvValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__55967997a4ac960134fe24c156c327b0c8a09b1a9e2d477f889028d4f976c0dc)
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
        :schema: InstrumentationSpecApacheHttpdEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpdEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(
        self,
    ) -> typing.Optional["InstrumentationSpecApacheHttpdEnvValueFrom"]:
        '''
        :schema: InstrumentationSpecApacheHttpdEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdEnvValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdEnvValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class InstrumentationSpecApacheHttpdEnvValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["InstrumentationSpecApacheHttpdEnvValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_key_ref: 
        :param field_ref: 
        :param file_key_ref: 
        :param resource_field_ref: 
        :param secret_key_ref: 

        :schema: InstrumentationSpecApacheHttpdEnvValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = InstrumentationSpecApacheHttpdEnvValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f6483f2a33605bf215c1b7fb6637647f245e628c3ab40f0ffe74cbeb3e1d694f)
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
    ) -> typing.Optional["InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef"]:
        '''
        :schema: InstrumentationSpecApacheHttpdEnvValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecApacheHttpdEnvValueFromFieldRef"]:
        '''
        :schema: InstrumentationSpecApacheHttpdEnvValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdEnvValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef"]:
        '''
        :schema: InstrumentationSpecApacheHttpdEnvValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef"]:
        '''
        :schema: InstrumentationSpecApacheHttpdEnvValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef"]:
        '''
        :schema: InstrumentationSpecApacheHttpdEnvValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdEnvValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef:
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

        :schema: InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fd988818bd64bbd9a4e2d2392dd675e68bae03a0bc5f96679b7c8ffcb88aa8ac)
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
        :schema: InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdEnvValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class InstrumentationSpecApacheHttpdEnvValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param field_path: 
        :param api_version: 

        :schema: InstrumentationSpecApacheHttpdEnvValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f595116ff7ab503b9e0b4548f3fb4507b64ac1d7d50537ca886bace80f90f56d)
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
        :schema: InstrumentationSpecApacheHttpdEnvValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpdEnvValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdEnvValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef:
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

        :schema: InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a4c33a0d85040add768bb9625796e55eed8236fc9b480eac3c9b21ba228b9b98)
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
        :schema: InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef#volumeName
        '''
        result = self._values.get("volume_name")
        assert result is not None, "Required property 'volume_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''
        :param resource: 
        :param container_name: 
        :param divisor: 

        :schema: InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b732ff3681949de63dcb8fcf801e3cf66ad06ff92366cb522bf8e27e491167fb)
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
        :schema: InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRefDivisor"]:
        '''
        :schema: InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRefDivisor",
):
    '''
    :schema: InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0792eeeb5a3577dd03c752ccfa2c893fe523a38d5f02598c6113e48810b7a3fd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__92029625cf43efbc21283a4ea1f3916d361d76c7b55a5041494476d6bef4d15b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef:
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

        :schema: InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__92b3d7bac3faf100b7b675395a06dd9a7398833719801ab9a5183f08aab6f030)
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
        :schema: InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdResourceRequirements",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class InstrumentationSpecApacheHttpdResourceRequirements:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecApacheHttpdResourceRequirementsClaims", typing.Dict[builtins.str, typing.Any]]]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecApacheHttpdResourceRequirementsLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecApacheHttpdResourceRequirementsRequests"]] = None,
    ) -> None:
        '''
        :param claims: 
        :param limits: 
        :param requests: 

        :schema: InstrumentationSpecApacheHttpdResourceRequirements
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e0b0174cdc7ad20a81ccf4f512ea91297f05a84abb4cea65288626088e5ebec7)
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
    ) -> typing.Optional[typing.List["InstrumentationSpecApacheHttpdResourceRequirementsClaims"]]:
        '''
        :schema: InstrumentationSpecApacheHttpdResourceRequirements#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecApacheHttpdResourceRequirementsClaims"]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecApacheHttpdResourceRequirementsLimits"]]:
        '''
        :schema: InstrumentationSpecApacheHttpdResourceRequirements#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecApacheHttpdResourceRequirementsLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecApacheHttpdResourceRequirementsRequests"]]:
        '''
        :schema: InstrumentationSpecApacheHttpdResourceRequirements#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecApacheHttpdResourceRequirementsRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdResourceRequirements(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdResourceRequirementsClaims",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "request": "request"},
)
class InstrumentationSpecApacheHttpdResourceRequirementsClaims:
    def __init__(
        self,
        *,
        name: builtins.str,
        request: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param request: 

        :schema: InstrumentationSpecApacheHttpdResourceRequirementsClaims
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8804c54e63e2ee5ca3bcac88bc460f7d5c559e6e60e8f26cf17dab84dfcd0d25)
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
        :schema: InstrumentationSpecApacheHttpdResourceRequirementsClaims#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def request(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpdResourceRequirementsClaims#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdResourceRequirementsClaims(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecApacheHttpdResourceRequirementsLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdResourceRequirementsLimits",
):
    '''
    :schema: InstrumentationSpecApacheHttpdResourceRequirementsLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecApacheHttpdResourceRequirementsLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4ab9357c8088b8afc86dc8894d8e705e291ff610bd729b1d9676b535b996b2e2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecApacheHttpdResourceRequirementsLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecApacheHttpdResourceRequirementsLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__df44a4b79a0dbcb15980cb8ef68fd6e52bd2c616c9bd831abdf1917d3be5e082)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecApacheHttpdResourceRequirementsLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class InstrumentationSpecApacheHttpdResourceRequirementsRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdResourceRequirementsRequests",
):
    '''
    :schema: InstrumentationSpecApacheHttpdResourceRequirementsRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecApacheHttpdResourceRequirementsRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a4ed799c9d1000d54963a4502186650c1aa5b4a66a7f11ecc7c9b98236a32551)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecApacheHttpdResourceRequirementsRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecApacheHttpdResourceRequirementsRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c72c3b2fe9e2ff87fc31bb3fd7553c27009c9932cd13cb788bc491e06603bdd4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecApacheHttpdResourceRequirementsRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdVolumeClaimTemplate",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class InstrumentationSpecApacheHttpdVolumeClaimTemplate:
    def __init__(
        self,
        *,
        spec: typing.Union["InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplate
        '''
        if isinstance(spec, dict):
            spec = InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec(**spec)
        if isinstance(metadata, dict):
            metadata = InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e9e8dc0818bb0e86b8762aac09d971f10ea348cb05e7cde6603d04666f554079)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec":
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplate#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec", result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata"]:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdVolumeClaimTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "finalizers": "finalizers",
        "labels": "labels",
        "name": "name",
        "namespace": "namespace",
    },
)
class InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata:
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

        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1147caea35efa57a1a01715b42fe9245e6bcf5364131221d33084150a219072c)
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
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def finalizers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata#finalizers
        '''
        result = self._values.get("finalizers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec",
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
class InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec:
    def __init__(
        self,
        *,
        access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
        data_source: typing.Optional[typing.Union["InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource", typing.Dict[builtins.str, typing.Any]]] = None,
        data_source_ref: typing.Optional[typing.Union["InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resources: typing.Optional[typing.Union["InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResources", typing.Dict[builtins.str, typing.Any]]] = None,
        selector: typing.Optional[typing.Union["InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelector", typing.Dict[builtins.str, typing.Any]]] = None,
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

        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec
        '''
        if isinstance(data_source, dict):
            data_source = InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource(**data_source)
        if isinstance(data_source_ref, dict):
            data_source_ref = InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef(**data_source_ref)
        if isinstance(resources, dict):
            resources = InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResources(**resources)
        if isinstance(selector, dict):
            selector = InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bed038715158d86caea76044a652a78176576a75163fb443fcda795fe6b65bac)
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
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec#accessModes
        '''
        result = self._values.get("access_modes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def data_source(
        self,
    ) -> typing.Optional["InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource"]:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec#dataSource
        '''
        result = self._values.get("data_source")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource"], result)

    @builtins.property
    def data_source_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef"]:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec#dataSourceRef
        '''
        result = self._values.get("data_source_ref")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef"], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResources"]:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResources"], result)

    @builtins.property
    def selector(
        self,
    ) -> typing.Optional["InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelector"]:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelector"], result)

    @builtins.property
    def storage_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec#storageClassName
        '''
        result = self._values.get("storage_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_attributes_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec#volumeAttributesClassName
        '''
        result = self._values.get("volume_attributes_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec#volumeMode
        '''
        result = self._values.get("volume_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec#volumeName
        '''
        result = self._values.get("volume_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_group": "apiGroup"},
)
class InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource:
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

        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cf10fb1d054e10f6ef93742eff4a103ffc26d37faaff3f96ff0acafa5f11319f)
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
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "api_group": "apiGroup",
        "namespace": "namespace",
    },
)
class InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef:
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

        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__499885cc0773b4ffb45a74fa2f4729e626c9eb417eef4d69402dcccd2e2fed02)
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
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesRequests"]] = None,
    ) -> None:
        '''
        :param limits: 
        :param requests: 

        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c7aa05227a06cd9936713129e1d1f902d38f0aa3d76ccda6c6f09d69b23ac876)
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
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesLimits"]]:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesRequests"]]:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesLimits",
):
    '''
    :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6398e1ce215111a3c7aa2232b5fe1c9d5f5b0751821eb15df9c7a2b94a2dcb18)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0c2278a423f2fbdf3b1b679f24d738ac54eea0a54a53ed40fd42174970037f57)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesRequests",
):
    '''
    :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__78bed87598674bc2df3c8c3e42dc53c35a0cd149bbb4e9ebf9b3b82380057618)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__51bbb61af117bc203954152da4b8d50e3ce31857921ed32f645071987b0cf2ba)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e3ae3e3db1afebdaaa049c73b9736b582f0744634fb8569af0d37a4f1fb059cf)
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
    ) -> typing.Optional[typing.List["InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelectorMatchExpressions"]]:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelectorMatchExpressions:
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

        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__51103bef2fa17856324b36a4e25d149cf06069e7e31aa6a30f4480a0ffddd08d)
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
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecApacheHttpdVolumeLimitSize(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecApacheHttpdVolumeLimitSize",
):
    '''
    :schema: InstrumentationSpecApacheHttpdVolumeLimitSize
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecApacheHttpdVolumeLimitSize":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2918c511c2cdb0c0a963db480d011112ab19e386c331b4a996ae3eb9ec5bd0a4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecApacheHttpdVolumeLimitSize", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecApacheHttpdVolumeLimitSize":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__40ffc108759a6cc84c8a0495f5c2be8e42eb818e4c96f0121f8d53ad87692c2c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecApacheHttpdVolumeLimitSize", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDefaults",
    jsii_struct_bases=[],
    name_mapping={
        "use_labels_for_resource_attributes": "useLabelsForResourceAttributes",
    },
)
class InstrumentationSpecDefaults:
    def __init__(
        self,
        *,
        use_labels_for_resource_attributes: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param use_labels_for_resource_attributes: 

        :schema: InstrumentationSpecDefaults
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__594cb5b292b9bce5e9997a589aa5ad01f8cd420c12783b2a5d6247c64e3cf6e4)
            check_type(argname="argument use_labels_for_resource_attributes", value=use_labels_for_resource_attributes, expected_type=type_hints["use_labels_for_resource_attributes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if use_labels_for_resource_attributes is not None:
            self._values["use_labels_for_resource_attributes"] = use_labels_for_resource_attributes

    @builtins.property
    def use_labels_for_resource_attributes(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecDefaults#useLabelsForResourceAttributes
        '''
        result = self._values.get("use_labels_for_resource_attributes")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecDefaults(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnet",
    jsii_struct_bases=[],
    name_mapping={
        "env": "env",
        "image": "image",
        "resource_requirements": "resourceRequirements",
        "volume_claim_template": "volumeClaimTemplate",
        "volume_limit_size": "volumeLimitSize",
    },
)
class InstrumentationSpecDotnet:
    def __init__(
        self,
        *,
        env: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecDotnetEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        image: typing.Optional[builtins.str] = None,
        resource_requirements: typing.Optional[typing.Union["InstrumentationSpecDotnetResourceRequirements", typing.Dict[builtins.str, typing.Any]]] = None,
        volume_claim_template: typing.Optional[typing.Union["InstrumentationSpecDotnetVolumeClaimTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
        volume_limit_size: typing.Optional["InstrumentationSpecDotnetVolumeLimitSize"] = None,
    ) -> None:
        '''
        :param env: 
        :param image: 
        :param resource_requirements: 
        :param volume_claim_template: 
        :param volume_limit_size: 

        :schema: InstrumentationSpecDotnet
        '''
        if isinstance(resource_requirements, dict):
            resource_requirements = InstrumentationSpecDotnetResourceRequirements(**resource_requirements)
        if isinstance(volume_claim_template, dict):
            volume_claim_template = InstrumentationSpecDotnetVolumeClaimTemplate(**volume_claim_template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__625da1108971124b6b95d05847a95aacb47849b356130c194599eafdfddf670e)
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument resource_requirements", value=resource_requirements, expected_type=type_hints["resource_requirements"])
            check_type(argname="argument volume_claim_template", value=volume_claim_template, expected_type=type_hints["volume_claim_template"])
            check_type(argname="argument volume_limit_size", value=volume_limit_size, expected_type=type_hints["volume_limit_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if env is not None:
            self._values["env"] = env
        if image is not None:
            self._values["image"] = image
        if resource_requirements is not None:
            self._values["resource_requirements"] = resource_requirements
        if volume_claim_template is not None:
            self._values["volume_claim_template"] = volume_claim_template
        if volume_limit_size is not None:
            self._values["volume_limit_size"] = volume_limit_size

    @builtins.property
    def env(self) -> typing.Optional[typing.List["InstrumentationSpecDotnetEnv"]]:
        '''
        :schema: InstrumentationSpecDotnet#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecDotnetEnv"]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecDotnet#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_requirements(
        self,
    ) -> typing.Optional["InstrumentationSpecDotnetResourceRequirements"]:
        '''
        :schema: InstrumentationSpecDotnet#resourceRequirements
        '''
        result = self._values.get("resource_requirements")
        return typing.cast(typing.Optional["InstrumentationSpecDotnetResourceRequirements"], result)

    @builtins.property
    def volume_claim_template(
        self,
    ) -> typing.Optional["InstrumentationSpecDotnetVolumeClaimTemplate"]:
        '''
        :schema: InstrumentationSpecDotnet#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Optional["InstrumentationSpecDotnetVolumeClaimTemplate"], result)

    @builtins.property
    def volume_limit_size(
        self,
    ) -> typing.Optional["InstrumentationSpecDotnetVolumeLimitSize"]:
        '''
        :schema: InstrumentationSpecDotnet#volumeLimitSize
        '''
        result = self._values.get("volume_limit_size")
        return typing.cast(typing.Optional["InstrumentationSpecDotnetVolumeLimitSize"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecDotnet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class InstrumentationSpecDotnetEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["InstrumentationSpecDotnetEnvValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: InstrumentationSpecDotnetEnv
        '''
        if isinstance(value_from, dict):
            value_from = InstrumentationSpecDotnetEnvValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ff4fc6f4c23c0d8be2b4f54f8a96f364eb6665abf6018d7019716d3553d9ff3b)
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
        :schema: InstrumentationSpecDotnetEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecDotnetEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Optional["InstrumentationSpecDotnetEnvValueFrom"]:
        '''
        :schema: InstrumentationSpecDotnetEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["InstrumentationSpecDotnetEnvValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecDotnetEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetEnvValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class InstrumentationSpecDotnetEnvValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["InstrumentationSpecDotnetEnvValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["InstrumentationSpecDotnetEnvValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["InstrumentationSpecDotnetEnvValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["InstrumentationSpecDotnetEnvValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_key_ref: 
        :param field_ref: 
        :param file_key_ref: 
        :param resource_field_ref: 
        :param secret_key_ref: 

        :schema: InstrumentationSpecDotnetEnvValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = InstrumentationSpecDotnetEnvValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = InstrumentationSpecDotnetEnvValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = InstrumentationSpecDotnetEnvValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = InstrumentationSpecDotnetEnvValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a0ad1a9f19dda15a2ca5313b61889ae7b8b8865d41a204062c186c2137b69fd6)
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
    ) -> typing.Optional["InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef"]:
        '''
        :schema: InstrumentationSpecDotnetEnvValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecDotnetEnvValueFromFieldRef"]:
        '''
        :schema: InstrumentationSpecDotnetEnvValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["InstrumentationSpecDotnetEnvValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecDotnetEnvValueFromFileKeyRef"]:
        '''
        :schema: InstrumentationSpecDotnetEnvValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecDotnetEnvValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecDotnetEnvValueFromResourceFieldRef"]:
        '''
        :schema: InstrumentationSpecDotnetEnvValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["InstrumentationSpecDotnetEnvValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecDotnetEnvValueFromSecretKeyRef"]:
        '''
        :schema: InstrumentationSpecDotnetEnvValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecDotnetEnvValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecDotnetEnvValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef:
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

        :schema: InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__189dcd98b84815618baf597473af902146de577f4d34bdb29328ba9fc8ad8cd0)
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
        :schema: InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetEnvValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class InstrumentationSpecDotnetEnvValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param field_path: 
        :param api_version: 

        :schema: InstrumentationSpecDotnetEnvValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1221bcc90f961adf86de3bc7c039a0ad64c0d90013ac378d5b73143452ac27e1)
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
        :schema: InstrumentationSpecDotnetEnvValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecDotnetEnvValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecDotnetEnvValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetEnvValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class InstrumentationSpecDotnetEnvValueFromFileKeyRef:
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

        :schema: InstrumentationSpecDotnetEnvValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a9c9975faa6bf465ff54fdbd7f14ead6fd1f085e6222526a2a7ac1fdadef717a)
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
        :schema: InstrumentationSpecDotnetEnvValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecDotnetEnvValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecDotnetEnvValueFromFileKeyRef#volumeName
        '''
        result = self._values.get("volume_name")
        assert result is not None, "Required property 'volume_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecDotnetEnvValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecDotnetEnvValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetEnvValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class InstrumentationSpecDotnetEnvValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["InstrumentationSpecDotnetEnvValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''
        :param resource: 
        :param container_name: 
        :param divisor: 

        :schema: InstrumentationSpecDotnetEnvValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a41ed294d1ffb13fafa634ab528571a9b2a314d6248762b0f68bed18fe0ef4e0)
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
        :schema: InstrumentationSpecDotnetEnvValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecDotnetEnvValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["InstrumentationSpecDotnetEnvValueFromResourceFieldRefDivisor"]:
        '''
        :schema: InstrumentationSpecDotnetEnvValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["InstrumentationSpecDotnetEnvValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecDotnetEnvValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecDotnetEnvValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetEnvValueFromResourceFieldRefDivisor",
):
    '''
    :schema: InstrumentationSpecDotnetEnvValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecDotnetEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c885730010850ca316e9951c1415e42fb4681e991220020e4ba7f1e2b1d7cb14)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecDotnetEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecDotnetEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3ca70501590aaad046343bcb4bd51bf515536359afcc41fee71024321e63f2e4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecDotnetEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetEnvValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class InstrumentationSpecDotnetEnvValueFromSecretKeyRef:
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

        :schema: InstrumentationSpecDotnetEnvValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__79b6fc3a367a3fbe579d428d5b7d0518900d5bd0929c7d8ea3c01e391992fd1d)
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
        :schema: InstrumentationSpecDotnetEnvValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecDotnetEnvValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecDotnetEnvValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecDotnetEnvValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetResourceRequirements",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class InstrumentationSpecDotnetResourceRequirements:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecDotnetResourceRequirementsClaims", typing.Dict[builtins.str, typing.Any]]]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecDotnetResourceRequirementsLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecDotnetResourceRequirementsRequests"]] = None,
    ) -> None:
        '''
        :param claims: 
        :param limits: 
        :param requests: 

        :schema: InstrumentationSpecDotnetResourceRequirements
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__393326bce383d76e9eecfa16510ba9711526375e6eb6aeef57ac3a1c00060df8)
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
    ) -> typing.Optional[typing.List["InstrumentationSpecDotnetResourceRequirementsClaims"]]:
        '''
        :schema: InstrumentationSpecDotnetResourceRequirements#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecDotnetResourceRequirementsClaims"]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecDotnetResourceRequirementsLimits"]]:
        '''
        :schema: InstrumentationSpecDotnetResourceRequirements#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecDotnetResourceRequirementsLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecDotnetResourceRequirementsRequests"]]:
        '''
        :schema: InstrumentationSpecDotnetResourceRequirements#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecDotnetResourceRequirementsRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecDotnetResourceRequirements(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetResourceRequirementsClaims",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "request": "request"},
)
class InstrumentationSpecDotnetResourceRequirementsClaims:
    def __init__(
        self,
        *,
        name: builtins.str,
        request: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param request: 

        :schema: InstrumentationSpecDotnetResourceRequirementsClaims
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9f3ec2206b0e1ffa1eee1a528febc80f203486365beaac2dda9e2a6dd491afb5)
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
        :schema: InstrumentationSpecDotnetResourceRequirementsClaims#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def request(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecDotnetResourceRequirementsClaims#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecDotnetResourceRequirementsClaims(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecDotnetResourceRequirementsLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetResourceRequirementsLimits",
):
    '''
    :schema: InstrumentationSpecDotnetResourceRequirementsLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecDotnetResourceRequirementsLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__614ad068cb6c27aeeb595c94017f394a844d5dc6286a26222b2fceb366844fa3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecDotnetResourceRequirementsLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecDotnetResourceRequirementsLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__03c1c03ed532bcd08bbdb79877b4b2b9ca986fca3382a226f53252159d8a7b6d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecDotnetResourceRequirementsLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class InstrumentationSpecDotnetResourceRequirementsRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetResourceRequirementsRequests",
):
    '''
    :schema: InstrumentationSpecDotnetResourceRequirementsRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecDotnetResourceRequirementsRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6be3688b3b485a91c885334705ee5cdbdd6f0874b684395d5ab28b6bda2fbf97)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecDotnetResourceRequirementsRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecDotnetResourceRequirementsRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eae86fd3fa44b8acd990845f4aa90f8750173835203cec09a92fe10c468ef7d2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecDotnetResourceRequirementsRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetVolumeClaimTemplate",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class InstrumentationSpecDotnetVolumeClaimTemplate:
    def __init__(
        self,
        *,
        spec: typing.Union["InstrumentationSpecDotnetVolumeClaimTemplateSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["InstrumentationSpecDotnetVolumeClaimTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: InstrumentationSpecDotnetVolumeClaimTemplate
        '''
        if isinstance(spec, dict):
            spec = InstrumentationSpecDotnetVolumeClaimTemplateSpec(**spec)
        if isinstance(metadata, dict):
            metadata = InstrumentationSpecDotnetVolumeClaimTemplateMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__85a0bb0e1f54a686c63a6ed70bcf35a322ae82ca80954d5465c53ac089d6abb5)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "InstrumentationSpecDotnetVolumeClaimTemplateSpec":
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplate#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("InstrumentationSpecDotnetVolumeClaimTemplateSpec", result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["InstrumentationSpecDotnetVolumeClaimTemplateMetadata"]:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["InstrumentationSpecDotnetVolumeClaimTemplateMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecDotnetVolumeClaimTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetVolumeClaimTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "finalizers": "finalizers",
        "labels": "labels",
        "name": "name",
        "namespace": "namespace",
    },
)
class InstrumentationSpecDotnetVolumeClaimTemplateMetadata:
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

        :schema: InstrumentationSpecDotnetVolumeClaimTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fb774d9a04c63dc3c711d4d671dc77a854c7136acdfbe0567a8d69cb666595bf)
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
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def finalizers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateMetadata#finalizers
        '''
        result = self._values.get("finalizers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateMetadata#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateMetadata#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecDotnetVolumeClaimTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetVolumeClaimTemplateSpec",
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
class InstrumentationSpecDotnetVolumeClaimTemplateSpec:
    def __init__(
        self,
        *,
        access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
        data_source: typing.Optional[typing.Union["InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource", typing.Dict[builtins.str, typing.Any]]] = None,
        data_source_ref: typing.Optional[typing.Union["InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resources: typing.Optional[typing.Union["InstrumentationSpecDotnetVolumeClaimTemplateSpecResources", typing.Dict[builtins.str, typing.Any]]] = None,
        selector: typing.Optional[typing.Union["InstrumentationSpecDotnetVolumeClaimTemplateSpecSelector", typing.Dict[builtins.str, typing.Any]]] = None,
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

        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpec
        '''
        if isinstance(data_source, dict):
            data_source = InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource(**data_source)
        if isinstance(data_source_ref, dict):
            data_source_ref = InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef(**data_source_ref)
        if isinstance(resources, dict):
            resources = InstrumentationSpecDotnetVolumeClaimTemplateSpecResources(**resources)
        if isinstance(selector, dict):
            selector = InstrumentationSpecDotnetVolumeClaimTemplateSpecSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__66d4b396b32ec4fac3d00ea1d3a74f62c8cd263ad5a93ea5bf7a2990fd514884)
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
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpec#accessModes
        '''
        result = self._values.get("access_modes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def data_source(
        self,
    ) -> typing.Optional["InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource"]:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpec#dataSource
        '''
        result = self._values.get("data_source")
        return typing.cast(typing.Optional["InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource"], result)

    @builtins.property
    def data_source_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef"]:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpec#dataSourceRef
        '''
        result = self._values.get("data_source_ref")
        return typing.cast(typing.Optional["InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef"], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["InstrumentationSpecDotnetVolumeClaimTemplateSpecResources"]:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["InstrumentationSpecDotnetVolumeClaimTemplateSpecResources"], result)

    @builtins.property
    def selector(
        self,
    ) -> typing.Optional["InstrumentationSpecDotnetVolumeClaimTemplateSpecSelector"]:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpec#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["InstrumentationSpecDotnetVolumeClaimTemplateSpecSelector"], result)

    @builtins.property
    def storage_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpec#storageClassName
        '''
        result = self._values.get("storage_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_attributes_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpec#volumeAttributesClassName
        '''
        result = self._values.get("volume_attributes_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpec#volumeMode
        '''
        result = self._values.get("volume_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpec#volumeName
        '''
        result = self._values.get("volume_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecDotnetVolumeClaimTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_group": "apiGroup"},
)
class InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource:
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

        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c384e86080f43bfce886bfb44ec400caa63105efbe708649e3f41f9156d76996)
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
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "api_group": "apiGroup",
        "namespace": "namespace",
    },
)
class InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef:
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

        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__00d1654cae30bff005b6933182c32df5fa33f0985f4f5f0ec9902f6626e35a66)
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
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetVolumeClaimTemplateSpecResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class InstrumentationSpecDotnetVolumeClaimTemplateSpecResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesRequests"]] = None,
    ) -> None:
        '''
        :param limits: 
        :param requests: 

        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpecResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__44047b5091ae46840f855b13225c31f2b23b91650b5b55aff1b18a2027579dcb)
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
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesLimits"]]:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpecResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesRequests"]]:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpecResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecDotnetVolumeClaimTemplateSpecResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesLimits",
):
    '''
    :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a2a4b35bc52ce6e67d39f041fc4c7c1ab0063bd42fa8660b2a8ecbec25bc6459)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7a44a51f66c0e0073144e2d2c7dae2119ddd7143fe211bb20eb05fa218a81311)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesRequests",
):
    '''
    :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7298a9e6fc4322b8e77ca901a66178286b693e1b0832af889162ab43b6738217)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8b74c12d8c0b3cf06deb23cf084b7db378d099e2072350f6da0da44cef41c670)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetVolumeClaimTemplateSpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class InstrumentationSpecDotnetVolumeClaimTemplateSpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecDotnetVolumeClaimTemplateSpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3491c55ac94759c792416dc5d83d83149e19baa4cdd94b36a9237c3a18c685f9)
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
    ) -> typing.Optional[typing.List["InstrumentationSpecDotnetVolumeClaimTemplateSpecSelectorMatchExpressions"]]:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecDotnetVolumeClaimTemplateSpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecDotnetVolumeClaimTemplateSpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetVolumeClaimTemplateSpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class InstrumentationSpecDotnetVolumeClaimTemplateSpecSelectorMatchExpressions:
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

        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__012dffb121528b1011876ba18225f1a2b3c3a6193bdb5697cb60ab3fe4e827a5)
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
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: InstrumentationSpecDotnetVolumeClaimTemplateSpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecDotnetVolumeClaimTemplateSpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecDotnetVolumeLimitSize(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecDotnetVolumeLimitSize",
):
    '''
    :schema: InstrumentationSpecDotnetVolumeLimitSize
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecDotnetVolumeLimitSize":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cba0020b07c29d137d51e409e520a51e75f59adaa2d0cac5bc999c05f510fabf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecDotnetVolumeLimitSize", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecDotnetVolumeLimitSize":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d0234491f9e9189ac53f92cd6aadcb16b49697f7f238698b9b0ac54c44ed0a22)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecDotnetVolumeLimitSize", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class InstrumentationSpecEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["InstrumentationSpecEnvValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: InstrumentationSpecEnv
        '''
        if isinstance(value_from, dict):
            value_from = InstrumentationSpecEnvValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fbb4e1ba1fe95040c69bd166b2646458ea741d7aea4ef71810a8e78d4dcbc519)
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
        :schema: InstrumentationSpecEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Optional["InstrumentationSpecEnvValueFrom"]:
        '''
        :schema: InstrumentationSpecEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["InstrumentationSpecEnvValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecEnvValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class InstrumentationSpecEnvValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["InstrumentationSpecEnvValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["InstrumentationSpecEnvValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["InstrumentationSpecEnvValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["InstrumentationSpecEnvValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["InstrumentationSpecEnvValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_key_ref: 
        :param field_ref: 
        :param file_key_ref: 
        :param resource_field_ref: 
        :param secret_key_ref: 

        :schema: InstrumentationSpecEnvValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = InstrumentationSpecEnvValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = InstrumentationSpecEnvValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = InstrumentationSpecEnvValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = InstrumentationSpecEnvValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = InstrumentationSpecEnvValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f76f9fc0dd6ffc00a96aaa7a39493d7b1dec6309d27831de66cdf70db993decf)
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
    ) -> typing.Optional["InstrumentationSpecEnvValueFromConfigMapKeyRef"]:
        '''
        :schema: InstrumentationSpecEnvValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecEnvValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(self) -> typing.Optional["InstrumentationSpecEnvValueFromFieldRef"]:
        '''
        :schema: InstrumentationSpecEnvValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["InstrumentationSpecEnvValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecEnvValueFromFileKeyRef"]:
        '''
        :schema: InstrumentationSpecEnvValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecEnvValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecEnvValueFromResourceFieldRef"]:
        '''
        :schema: InstrumentationSpecEnvValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["InstrumentationSpecEnvValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecEnvValueFromSecretKeyRef"]:
        '''
        :schema: InstrumentationSpecEnvValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecEnvValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecEnvValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecEnvValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class InstrumentationSpecEnvValueFromConfigMapKeyRef:
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

        :schema: InstrumentationSpecEnvValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ac1b4479d7cdc9a922c4e63feaaff7e3b0e9a681214421dabc1e4f4d0af4ffee)
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
        :schema: InstrumentationSpecEnvValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecEnvValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecEnvValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecEnvValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecEnvValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class InstrumentationSpecEnvValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param field_path: 
        :param api_version: 

        :schema: InstrumentationSpecEnvValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b0d02269b2684f2d6f65f8815982fc51ec06e2a808e7f83a48b26947d172ada7)
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
        :schema: InstrumentationSpecEnvValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecEnvValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecEnvValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecEnvValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class InstrumentationSpecEnvValueFromFileKeyRef:
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

        :schema: InstrumentationSpecEnvValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__95c93498401bd3020d429e063f13c23fdb538215369529ffb847c404374260b3)
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
        :schema: InstrumentationSpecEnvValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecEnvValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecEnvValueFromFileKeyRef#volumeName
        '''
        result = self._values.get("volume_name")
        assert result is not None, "Required property 'volume_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecEnvValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecEnvValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecEnvValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class InstrumentationSpecEnvValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["InstrumentationSpecEnvValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''
        :param resource: 
        :param container_name: 
        :param divisor: 

        :schema: InstrumentationSpecEnvValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__73a44ef8c412a07217f6765d60ce95021535d2bc406d94b35a2bed87a0b0a0da)
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
        :schema: InstrumentationSpecEnvValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecEnvValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["InstrumentationSpecEnvValueFromResourceFieldRefDivisor"]:
        '''
        :schema: InstrumentationSpecEnvValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["InstrumentationSpecEnvValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecEnvValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecEnvValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecEnvValueFromResourceFieldRefDivisor",
):
    '''
    :schema: InstrumentationSpecEnvValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e6e6a2cc2160deb86a5a8620d7d21ae5e87a545ef164e1c90efb03ad4188a60d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__950740c023b46d2318ee5c7a5acad16688fb8bddd122b42bbc90bec30e14cb28)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecEnvValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class InstrumentationSpecEnvValueFromSecretKeyRef:
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

        :schema: InstrumentationSpecEnvValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__23cd93329e5f5857d477e21c2b2035a4a3073c7e184b51a08335c7312eeca35e)
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
        :schema: InstrumentationSpecEnvValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecEnvValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecEnvValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecEnvValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecExporter",
    jsii_struct_bases=[],
    name_mapping={"endpoint": "endpoint", "tls": "tls"},
)
class InstrumentationSpecExporter:
    def __init__(
        self,
        *,
        endpoint: typing.Optional[builtins.str] = None,
        tls: typing.Optional[typing.Union["InstrumentationSpecExporterTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param endpoint: 
        :param tls: 

        :schema: InstrumentationSpecExporter
        '''
        if isinstance(tls, dict):
            tls = InstrumentationSpecExporterTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2d12e48c2c186da13816b80df4addb815af5ff9d474f023491ca0e256bd5a895)
            check_type(argname="argument endpoint", value=endpoint, expected_type=type_hints["endpoint"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if endpoint is not None:
            self._values["endpoint"] = endpoint
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def endpoint(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecExporter#endpoint
        '''
        result = self._values.get("endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tls(self) -> typing.Optional["InstrumentationSpecExporterTls"]:
        '''
        :schema: InstrumentationSpecExporter#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["InstrumentationSpecExporterTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecExporter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecExporterTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca_file": "caFile",
        "cert_file": "certFile",
        "config_map_name": "configMapName",
        "key_file": "keyFile",
        "secret_name": "secretName",
    },
)
class InstrumentationSpecExporterTls:
    def __init__(
        self,
        *,
        ca_file: typing.Optional[builtins.str] = None,
        cert_file: typing.Optional[builtins.str] = None,
        config_map_name: typing.Optional[builtins.str] = None,
        key_file: typing.Optional[builtins.str] = None,
        secret_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param ca_file: 
        :param cert_file: 
        :param config_map_name: 
        :param key_file: 
        :param secret_name: 

        :schema: InstrumentationSpecExporterTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__abbaa4f04dbd6ecc542fa6c23f30eb4b014da64708355d1b2dcd03e1707733f5)
            check_type(argname="argument ca_file", value=ca_file, expected_type=type_hints["ca_file"])
            check_type(argname="argument cert_file", value=cert_file, expected_type=type_hints["cert_file"])
            check_type(argname="argument config_map_name", value=config_map_name, expected_type=type_hints["config_map_name"])
            check_type(argname="argument key_file", value=key_file, expected_type=type_hints["key_file"])
            check_type(argname="argument secret_name", value=secret_name, expected_type=type_hints["secret_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_file is not None:
            self._values["ca_file"] = ca_file
        if cert_file is not None:
            self._values["cert_file"] = cert_file
        if config_map_name is not None:
            self._values["config_map_name"] = config_map_name
        if key_file is not None:
            self._values["key_file"] = key_file
        if secret_name is not None:
            self._values["secret_name"] = secret_name

    @builtins.property
    def ca_file(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecExporterTls#ca_file
        '''
        result = self._values.get("ca_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cert_file(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecExporterTls#cert_file
        '''
        result = self._values.get("cert_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def config_map_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecExporterTls#configMapName
        '''
        result = self._values.get("config_map_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key_file(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecExporterTls#key_file
        '''
        result = self._values.get("key_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecExporterTls#secretName
        '''
        result = self._values.get("secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecExporterTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGo",
    jsii_struct_bases=[],
    name_mapping={
        "env": "env",
        "image": "image",
        "resource_requirements": "resourceRequirements",
        "security_context": "securityContext",
        "volume_claim_template": "volumeClaimTemplate",
        "volume_limit_size": "volumeLimitSize",
    },
)
class InstrumentationSpecGo:
    def __init__(
        self,
        *,
        env: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecGoEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        image: typing.Optional[builtins.str] = None,
        resource_requirements: typing.Optional[typing.Union["InstrumentationSpecGoResourceRequirements", typing.Dict[builtins.str, typing.Any]]] = None,
        security_context: typing.Optional[typing.Union["InstrumentationSpecGoSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        volume_claim_template: typing.Optional[typing.Union["InstrumentationSpecGoVolumeClaimTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
        volume_limit_size: typing.Optional["InstrumentationSpecGoVolumeLimitSize"] = None,
    ) -> None:
        '''
        :param env: 
        :param image: 
        :param resource_requirements: 
        :param security_context: 
        :param volume_claim_template: 
        :param volume_limit_size: 

        :schema: InstrumentationSpecGo
        '''
        if isinstance(resource_requirements, dict):
            resource_requirements = InstrumentationSpecGoResourceRequirements(**resource_requirements)
        if isinstance(security_context, dict):
            security_context = InstrumentationSpecGoSecurityContext(**security_context)
        if isinstance(volume_claim_template, dict):
            volume_claim_template = InstrumentationSpecGoVolumeClaimTemplate(**volume_claim_template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f8f4dc9ab8fd2770f7379c1e58412844edfa2ffada4ab4f63ae1f972e2a68f53)
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument resource_requirements", value=resource_requirements, expected_type=type_hints["resource_requirements"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument volume_claim_template", value=volume_claim_template, expected_type=type_hints["volume_claim_template"])
            check_type(argname="argument volume_limit_size", value=volume_limit_size, expected_type=type_hints["volume_limit_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if env is not None:
            self._values["env"] = env
        if image is not None:
            self._values["image"] = image
        if resource_requirements is not None:
            self._values["resource_requirements"] = resource_requirements
        if security_context is not None:
            self._values["security_context"] = security_context
        if volume_claim_template is not None:
            self._values["volume_claim_template"] = volume_claim_template
        if volume_limit_size is not None:
            self._values["volume_limit_size"] = volume_limit_size

    @builtins.property
    def env(self) -> typing.Optional[typing.List["InstrumentationSpecGoEnv"]]:
        '''
        :schema: InstrumentationSpecGo#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecGoEnv"]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGo#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_requirements(
        self,
    ) -> typing.Optional["InstrumentationSpecGoResourceRequirements"]:
        '''
        :schema: InstrumentationSpecGo#resourceRequirements
        '''
        result = self._values.get("resource_requirements")
        return typing.cast(typing.Optional["InstrumentationSpecGoResourceRequirements"], result)

    @builtins.property
    def security_context(
        self,
    ) -> typing.Optional["InstrumentationSpecGoSecurityContext"]:
        '''
        :schema: InstrumentationSpecGo#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Optional["InstrumentationSpecGoSecurityContext"], result)

    @builtins.property
    def volume_claim_template(
        self,
    ) -> typing.Optional["InstrumentationSpecGoVolumeClaimTemplate"]:
        '''
        :schema: InstrumentationSpecGo#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Optional["InstrumentationSpecGoVolumeClaimTemplate"], result)

    @builtins.property
    def volume_limit_size(
        self,
    ) -> typing.Optional["InstrumentationSpecGoVolumeLimitSize"]:
        '''
        :schema: InstrumentationSpecGo#volumeLimitSize
        '''
        result = self._values.get("volume_limit_size")
        return typing.cast(typing.Optional["InstrumentationSpecGoVolumeLimitSize"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGo(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class InstrumentationSpecGoEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["InstrumentationSpecGoEnvValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: InstrumentationSpecGoEnv
        '''
        if isinstance(value_from, dict):
            value_from = InstrumentationSpecGoEnvValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8e804016528d6dc4103d5e8e173fa720a261bf106805126d09827ab5aaa9d893)
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
        :schema: InstrumentationSpecGoEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Optional["InstrumentationSpecGoEnvValueFrom"]:
        '''
        :schema: InstrumentationSpecGoEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["InstrumentationSpecGoEnvValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoEnvValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class InstrumentationSpecGoEnvValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["InstrumentationSpecGoEnvValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["InstrumentationSpecGoEnvValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["InstrumentationSpecGoEnvValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["InstrumentationSpecGoEnvValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["InstrumentationSpecGoEnvValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_key_ref: 
        :param field_ref: 
        :param file_key_ref: 
        :param resource_field_ref: 
        :param secret_key_ref: 

        :schema: InstrumentationSpecGoEnvValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = InstrumentationSpecGoEnvValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = InstrumentationSpecGoEnvValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = InstrumentationSpecGoEnvValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = InstrumentationSpecGoEnvValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = InstrumentationSpecGoEnvValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__164ad767641034856868a91b23787281fa501a74bafe7edde19cc6a4620b46e9)
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
    ) -> typing.Optional["InstrumentationSpecGoEnvValueFromConfigMapKeyRef"]:
        '''
        :schema: InstrumentationSpecGoEnvValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecGoEnvValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(self) -> typing.Optional["InstrumentationSpecGoEnvValueFromFieldRef"]:
        '''
        :schema: InstrumentationSpecGoEnvValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["InstrumentationSpecGoEnvValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecGoEnvValueFromFileKeyRef"]:
        '''
        :schema: InstrumentationSpecGoEnvValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecGoEnvValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecGoEnvValueFromResourceFieldRef"]:
        '''
        :schema: InstrumentationSpecGoEnvValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["InstrumentationSpecGoEnvValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecGoEnvValueFromSecretKeyRef"]:
        '''
        :schema: InstrumentationSpecGoEnvValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecGoEnvValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoEnvValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoEnvValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class InstrumentationSpecGoEnvValueFromConfigMapKeyRef:
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

        :schema: InstrumentationSpecGoEnvValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__74c3e24b43deac171f0b7ad55505394133e71b102a35127bf90a2ff069e8ece1)
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
        :schema: InstrumentationSpecGoEnvValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoEnvValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecGoEnvValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoEnvValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoEnvValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class InstrumentationSpecGoEnvValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param field_path: 
        :param api_version: 

        :schema: InstrumentationSpecGoEnvValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3a1e852de0d529f64c61691fec25fe06351ea5f9ef6ca24f77fd3f3ec9d8db62)
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
        :schema: InstrumentationSpecGoEnvValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoEnvValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoEnvValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoEnvValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class InstrumentationSpecGoEnvValueFromFileKeyRef:
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

        :schema: InstrumentationSpecGoEnvValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__12137b7c6004258170c2f9a3160f28e89fdc659b9667c718bdf939ae85e660a1)
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
        :schema: InstrumentationSpecGoEnvValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecGoEnvValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecGoEnvValueFromFileKeyRef#volumeName
        '''
        result = self._values.get("volume_name")
        assert result is not None, "Required property 'volume_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecGoEnvValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoEnvValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoEnvValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class InstrumentationSpecGoEnvValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["InstrumentationSpecGoEnvValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''
        :param resource: 
        :param container_name: 
        :param divisor: 

        :schema: InstrumentationSpecGoEnvValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0b84688bfc5fbeca0957f6736f1c87ef81c7b96ff625f6dadcbc012bc8d6e2b9)
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
        :schema: InstrumentationSpecGoEnvValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoEnvValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["InstrumentationSpecGoEnvValueFromResourceFieldRefDivisor"]:
        '''
        :schema: InstrumentationSpecGoEnvValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["InstrumentationSpecGoEnvValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoEnvValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecGoEnvValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoEnvValueFromResourceFieldRefDivisor",
):
    '''
    :schema: InstrumentationSpecGoEnvValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecGoEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c48a4055e52bf6b82169ff6db712a9ac11e958af0085d816b0354f375b733dbe)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecGoEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecGoEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c96f2dc868a11f9d4ffd26f30e7bdc1d64ba5c7bc0939d689a13529b369e472a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecGoEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoEnvValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class InstrumentationSpecGoEnvValueFromSecretKeyRef:
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

        :schema: InstrumentationSpecGoEnvValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3c50c0ff9023e7102bec4c25c4763ea7b41beaaf2fecc9649e7eacd21e7d1b86)
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
        :schema: InstrumentationSpecGoEnvValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoEnvValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecGoEnvValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoEnvValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoResourceRequirements",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class InstrumentationSpecGoResourceRequirements:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecGoResourceRequirementsClaims", typing.Dict[builtins.str, typing.Any]]]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecGoResourceRequirementsLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecGoResourceRequirementsRequests"]] = None,
    ) -> None:
        '''
        :param claims: 
        :param limits: 
        :param requests: 

        :schema: InstrumentationSpecGoResourceRequirements
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__52a46b8635124aa7a638917d3c9bcd6b64409f1d3b30caa11c08cb0a32784a2b)
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
    ) -> typing.Optional[typing.List["InstrumentationSpecGoResourceRequirementsClaims"]]:
        '''
        :schema: InstrumentationSpecGoResourceRequirements#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecGoResourceRequirementsClaims"]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecGoResourceRequirementsLimits"]]:
        '''
        :schema: InstrumentationSpecGoResourceRequirements#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecGoResourceRequirementsLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecGoResourceRequirementsRequests"]]:
        '''
        :schema: InstrumentationSpecGoResourceRequirements#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecGoResourceRequirementsRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoResourceRequirements(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoResourceRequirementsClaims",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "request": "request"},
)
class InstrumentationSpecGoResourceRequirementsClaims:
    def __init__(
        self,
        *,
        name: builtins.str,
        request: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param request: 

        :schema: InstrumentationSpecGoResourceRequirementsClaims
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7f55b8be4b525b65cb9b703613b36316fbd0763001b4825d9def5d6eb3c7a922)
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
        :schema: InstrumentationSpecGoResourceRequirementsClaims#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def request(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoResourceRequirementsClaims#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoResourceRequirementsClaims(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecGoResourceRequirementsLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoResourceRequirementsLimits",
):
    '''
    :schema: InstrumentationSpecGoResourceRequirementsLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecGoResourceRequirementsLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a01a2301e996dce2584fe8fa6ccfede600786f051c21facb3b45e767aadf0e23)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecGoResourceRequirementsLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecGoResourceRequirementsLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5834089c971641dfd0250fa8faa2e340f58b8cd2522c690cc19ec7d82e7687b7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecGoResourceRequirementsLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class InstrumentationSpecGoResourceRequirementsRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoResourceRequirementsRequests",
):
    '''
    :schema: InstrumentationSpecGoResourceRequirementsRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecGoResourceRequirementsRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dfe9c14caf4a70bf67eb7117a16680575f5b8ecf6f33774ff821a8ac818a026a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecGoResourceRequirementsRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecGoResourceRequirementsRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4a0878f6df9d14b58ca10777d8fc7896b1e2a0f311e810203fe930ed5076602c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecGoResourceRequirementsRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoSecurityContext",
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
class InstrumentationSpecGoSecurityContext:
    def __init__(
        self,
        *,
        allow_privilege_escalation: typing.Optional[builtins.bool] = None,
        app_armor_profile: typing.Optional[typing.Union["InstrumentationSpecGoSecurityContextAppArmorProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        capabilities: typing.Optional[typing.Union["InstrumentationSpecGoSecurityContextCapabilities", typing.Dict[builtins.str, typing.Any]]] = None,
        privileged: typing.Optional[builtins.bool] = None,
        proc_mount: typing.Optional[builtins.str] = None,
        read_only_root_filesystem: typing.Optional[builtins.bool] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Optional[typing.Union["InstrumentationSpecGoSecurityContextSeccompProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        se_linux_options: typing.Optional[typing.Union["InstrumentationSpecGoSecurityContextSeLinuxOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        windows_options: typing.Optional[typing.Union["InstrumentationSpecGoSecurityContextWindowsOptions", typing.Dict[builtins.str, typing.Any]]] = None,
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

        :schema: InstrumentationSpecGoSecurityContext
        '''
        if isinstance(app_armor_profile, dict):
            app_armor_profile = InstrumentationSpecGoSecurityContextAppArmorProfile(**app_armor_profile)
        if isinstance(capabilities, dict):
            capabilities = InstrumentationSpecGoSecurityContextCapabilities(**capabilities)
        if isinstance(seccomp_profile, dict):
            seccomp_profile = InstrumentationSpecGoSecurityContextSeccompProfile(**seccomp_profile)
        if isinstance(se_linux_options, dict):
            se_linux_options = InstrumentationSpecGoSecurityContextSeLinuxOptions(**se_linux_options)
        if isinstance(windows_options, dict):
            windows_options = InstrumentationSpecGoSecurityContextWindowsOptions(**windows_options)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__09ed0992004a45fd43b5eea0d3cec718737b530ff718d9b7567c43f392018b8b)
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
        :schema: InstrumentationSpecGoSecurityContext#allowPrivilegeEscalation
        '''
        result = self._values.get("allow_privilege_escalation")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def app_armor_profile(
        self,
    ) -> typing.Optional["InstrumentationSpecGoSecurityContextAppArmorProfile"]:
        '''
        :schema: InstrumentationSpecGoSecurityContext#appArmorProfile
        '''
        result = self._values.get("app_armor_profile")
        return typing.cast(typing.Optional["InstrumentationSpecGoSecurityContextAppArmorProfile"], result)

    @builtins.property
    def capabilities(
        self,
    ) -> typing.Optional["InstrumentationSpecGoSecurityContextCapabilities"]:
        '''
        :schema: InstrumentationSpecGoSecurityContext#capabilities
        '''
        result = self._values.get("capabilities")
        return typing.cast(typing.Optional["InstrumentationSpecGoSecurityContextCapabilities"], result)

    @builtins.property
    def privileged(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecGoSecurityContext#privileged
        '''
        result = self._values.get("privileged")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def proc_mount(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoSecurityContext#procMount
        '''
        result = self._values.get("proc_mount")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only_root_filesystem(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecGoSecurityContext#readOnlyRootFilesystem
        '''
        result = self._values.get("read_only_root_filesystem")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: InstrumentationSpecGoSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecGoSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: InstrumentationSpecGoSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(
        self,
    ) -> typing.Optional["InstrumentationSpecGoSecurityContextSeccompProfile"]:
        '''
        :schema: InstrumentationSpecGoSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Optional["InstrumentationSpecGoSecurityContextSeccompProfile"], result)

    @builtins.property
    def se_linux_options(
        self,
    ) -> typing.Optional["InstrumentationSpecGoSecurityContextSeLinuxOptions"]:
        '''
        :schema: InstrumentationSpecGoSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Optional["InstrumentationSpecGoSecurityContextSeLinuxOptions"], result)

    @builtins.property
    def windows_options(
        self,
    ) -> typing.Optional["InstrumentationSpecGoSecurityContextWindowsOptions"]:
        '''
        :schema: InstrumentationSpecGoSecurityContext#windowsOptions
        '''
        result = self._values.get("windows_options")
        return typing.cast(typing.Optional["InstrumentationSpecGoSecurityContextWindowsOptions"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoSecurityContextAppArmorProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class InstrumentationSpecGoSecurityContextAppArmorProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param localhost_profile: 

        :schema: InstrumentationSpecGoSecurityContextAppArmorProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e55d81fab39bdd920e9ed7a2953c51b7ce438867766ac3c29f2e84453727ced2)
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
        :schema: InstrumentationSpecGoSecurityContextAppArmorProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoSecurityContextAppArmorProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoSecurityContextAppArmorProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoSecurityContextCapabilities",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "drop": "drop"},
)
class InstrumentationSpecGoSecurityContextCapabilities:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[builtins.str]] = None,
        drop: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param drop: 

        :schema: InstrumentationSpecGoSecurityContextCapabilities
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7268099c3791358d99bcb8d87af17bafa5accbc1a03e802e4149bcb1fd0f94d3)
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
        :schema: InstrumentationSpecGoSecurityContextCapabilities#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def drop(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: InstrumentationSpecGoSecurityContextCapabilities#drop
        '''
        result = self._values.get("drop")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoSecurityContextCapabilities(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoSecurityContextSeLinuxOptions",
    jsii_struct_bases=[],
    name_mapping={"level": "level", "role": "role", "type": "type", "user": "user"},
)
class InstrumentationSpecGoSecurityContextSeLinuxOptions:
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

        :schema: InstrumentationSpecGoSecurityContextSeLinuxOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__915299023e53645e311dca999733771e8f6873f2cd0ac02d9203a77cd0e4bd46)
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
        :schema: InstrumentationSpecGoSecurityContextSeLinuxOptions#level
        '''
        result = self._values.get("level")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoSecurityContextSeLinuxOptions#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoSecurityContextSeLinuxOptions#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoSecurityContextSeLinuxOptions#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoSecurityContextSeLinuxOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoSecurityContextSeccompProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class InstrumentationSpecGoSecurityContextSeccompProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param localhost_profile: 

        :schema: InstrumentationSpecGoSecurityContextSeccompProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__95f2e400c922a14820506cb7b36ee9f6f451ae6f0d69d68d9b32ed7aa31194a5)
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
        :schema: InstrumentationSpecGoSecurityContextSeccompProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoSecurityContextSeccompProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoSecurityContextSeccompProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoSecurityContextWindowsOptions",
    jsii_struct_bases=[],
    name_mapping={
        "gmsa_credential_spec": "gmsaCredentialSpec",
        "gmsa_credential_spec_name": "gmsaCredentialSpecName",
        "host_process": "hostProcess",
        "run_as_user_name": "runAsUserName",
    },
)
class InstrumentationSpecGoSecurityContextWindowsOptions:
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

        :schema: InstrumentationSpecGoSecurityContextWindowsOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bb5cd526eba4c6b2a1ecc9f7a7c605878bac8b13b1914e9f83faef778d724b10)
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
        :schema: InstrumentationSpecGoSecurityContextWindowsOptions#gmsaCredentialSpec
        '''
        result = self._values.get("gmsa_credential_spec")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gmsa_credential_spec_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoSecurityContextWindowsOptions#gmsaCredentialSpecName
        '''
        result = self._values.get("gmsa_credential_spec_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_process(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecGoSecurityContextWindowsOptions#hostProcess
        '''
        result = self._values.get("host_process")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoSecurityContextWindowsOptions#runAsUserName
        '''
        result = self._values.get("run_as_user_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoSecurityContextWindowsOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoVolumeClaimTemplate",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class InstrumentationSpecGoVolumeClaimTemplate:
    def __init__(
        self,
        *,
        spec: typing.Union["InstrumentationSpecGoVolumeClaimTemplateSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["InstrumentationSpecGoVolumeClaimTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: InstrumentationSpecGoVolumeClaimTemplate
        '''
        if isinstance(spec, dict):
            spec = InstrumentationSpecGoVolumeClaimTemplateSpec(**spec)
        if isinstance(metadata, dict):
            metadata = InstrumentationSpecGoVolumeClaimTemplateMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b2437452a58164a2e5ec3f8a15f0f484aad6eb5d192eccd7ab12e798e56eebe0)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "InstrumentationSpecGoVolumeClaimTemplateSpec":
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplate#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("InstrumentationSpecGoVolumeClaimTemplateSpec", result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["InstrumentationSpecGoVolumeClaimTemplateMetadata"]:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["InstrumentationSpecGoVolumeClaimTemplateMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoVolumeClaimTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoVolumeClaimTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "finalizers": "finalizers",
        "labels": "labels",
        "name": "name",
        "namespace": "namespace",
    },
)
class InstrumentationSpecGoVolumeClaimTemplateMetadata:
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

        :schema: InstrumentationSpecGoVolumeClaimTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c6f23e71dab53fffad970384b52ed5097b74673db206b969d06fb2b756f08db5)
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
        :schema: InstrumentationSpecGoVolumeClaimTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def finalizers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateMetadata#finalizers
        '''
        result = self._values.get("finalizers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateMetadata#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateMetadata#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoVolumeClaimTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoVolumeClaimTemplateSpec",
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
class InstrumentationSpecGoVolumeClaimTemplateSpec:
    def __init__(
        self,
        *,
        access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
        data_source: typing.Optional[typing.Union["InstrumentationSpecGoVolumeClaimTemplateSpecDataSource", typing.Dict[builtins.str, typing.Any]]] = None,
        data_source_ref: typing.Optional[typing.Union["InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resources: typing.Optional[typing.Union["InstrumentationSpecGoVolumeClaimTemplateSpecResources", typing.Dict[builtins.str, typing.Any]]] = None,
        selector: typing.Optional[typing.Union["InstrumentationSpecGoVolumeClaimTemplateSpecSelector", typing.Dict[builtins.str, typing.Any]]] = None,
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

        :schema: InstrumentationSpecGoVolumeClaimTemplateSpec
        '''
        if isinstance(data_source, dict):
            data_source = InstrumentationSpecGoVolumeClaimTemplateSpecDataSource(**data_source)
        if isinstance(data_source_ref, dict):
            data_source_ref = InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef(**data_source_ref)
        if isinstance(resources, dict):
            resources = InstrumentationSpecGoVolumeClaimTemplateSpecResources(**resources)
        if isinstance(selector, dict):
            selector = InstrumentationSpecGoVolumeClaimTemplateSpecSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__36c02b8a1062659bd91914643ede029c13fef43ed4edbfc52367754d641736b1)
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
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpec#accessModes
        '''
        result = self._values.get("access_modes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def data_source(
        self,
    ) -> typing.Optional["InstrumentationSpecGoVolumeClaimTemplateSpecDataSource"]:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpec#dataSource
        '''
        result = self._values.get("data_source")
        return typing.cast(typing.Optional["InstrumentationSpecGoVolumeClaimTemplateSpecDataSource"], result)

    @builtins.property
    def data_source_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef"]:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpec#dataSourceRef
        '''
        result = self._values.get("data_source_ref")
        return typing.cast(typing.Optional["InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef"], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["InstrumentationSpecGoVolumeClaimTemplateSpecResources"]:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["InstrumentationSpecGoVolumeClaimTemplateSpecResources"], result)

    @builtins.property
    def selector(
        self,
    ) -> typing.Optional["InstrumentationSpecGoVolumeClaimTemplateSpecSelector"]:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpec#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["InstrumentationSpecGoVolumeClaimTemplateSpecSelector"], result)

    @builtins.property
    def storage_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpec#storageClassName
        '''
        result = self._values.get("storage_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_attributes_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpec#volumeAttributesClassName
        '''
        result = self._values.get("volume_attributes_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpec#volumeMode
        '''
        result = self._values.get("volume_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpec#volumeName
        '''
        result = self._values.get("volume_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoVolumeClaimTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoVolumeClaimTemplateSpecDataSource",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_group": "apiGroup"},
)
class InstrumentationSpecGoVolumeClaimTemplateSpecDataSource:
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

        :schema: InstrumentationSpecGoVolumeClaimTemplateSpecDataSource
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__92aea3500d615a607894914bc4ba266b5b980087e5434c31c0882b4c70627169)
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
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpecDataSource#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpecDataSource#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpecDataSource#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoVolumeClaimTemplateSpecDataSource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "api_group": "apiGroup",
        "namespace": "namespace",
    },
)
class InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef:
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

        :schema: InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__453e994e46eb4a3b3169a9c3bdee4a46678022f161e7e3642ca77b72d0ccde51)
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
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoVolumeClaimTemplateSpecResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class InstrumentationSpecGoVolumeClaimTemplateSpecResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecGoVolumeClaimTemplateSpecResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecGoVolumeClaimTemplateSpecResourcesRequests"]] = None,
    ) -> None:
        '''
        :param limits: 
        :param requests: 

        :schema: InstrumentationSpecGoVolumeClaimTemplateSpecResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fa973379163e061d87594e3a45f9927b11c4daa2002aecd8809a14e670b18a51)
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
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecGoVolumeClaimTemplateSpecResourcesLimits"]]:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpecResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecGoVolumeClaimTemplateSpecResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecGoVolumeClaimTemplateSpecResourcesRequests"]]:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpecResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecGoVolumeClaimTemplateSpecResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoVolumeClaimTemplateSpecResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecGoVolumeClaimTemplateSpecResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoVolumeClaimTemplateSpecResourcesLimits",
):
    '''
    :schema: InstrumentationSpecGoVolumeClaimTemplateSpecResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecGoVolumeClaimTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e0de58d9dcf5f2d526fce1baae7f67aaed786898fe8ce65bc999f15f4b415f32)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecGoVolumeClaimTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecGoVolumeClaimTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d477ed9100f8332d210c5094e4bbdfb637c14de01e592b4a1bfe4c92ab273ab7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecGoVolumeClaimTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class InstrumentationSpecGoVolumeClaimTemplateSpecResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoVolumeClaimTemplateSpecResourcesRequests",
):
    '''
    :schema: InstrumentationSpecGoVolumeClaimTemplateSpecResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecGoVolumeClaimTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__702bd7798d1c66baaa4865cf292e9e3c7051db3622c48eccbcf66cbfdb8fa4a5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecGoVolumeClaimTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecGoVolumeClaimTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__046b5cc7e8b38b86978cd9ee48ad3e16c3611fdf7610d01883eb57737ce673e2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecGoVolumeClaimTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoVolumeClaimTemplateSpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class InstrumentationSpecGoVolumeClaimTemplateSpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecGoVolumeClaimTemplateSpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: InstrumentationSpecGoVolumeClaimTemplateSpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__26cb1a062415840e3d9f4871d83927f665ac2e8bc567277e5e349ca86c88bf81)
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
    ) -> typing.Optional[typing.List["InstrumentationSpecGoVolumeClaimTemplateSpecSelectorMatchExpressions"]]:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecGoVolumeClaimTemplateSpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoVolumeClaimTemplateSpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoVolumeClaimTemplateSpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class InstrumentationSpecGoVolumeClaimTemplateSpecSelectorMatchExpressions:
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

        :schema: InstrumentationSpecGoVolumeClaimTemplateSpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6f3d722ad45c661c8e616e2ab8daca199994f13802a381280985abd9da2fa2cf)
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
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: InstrumentationSpecGoVolumeClaimTemplateSpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecGoVolumeClaimTemplateSpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecGoVolumeLimitSize(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecGoVolumeLimitSize",
):
    '''
    :schema: InstrumentationSpecGoVolumeLimitSize
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "InstrumentationSpecGoVolumeLimitSize":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9ceab6010e925ef59b2098e7c7020980f048ea6f1cddd338f1920cf6926aa70a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecGoVolumeLimitSize", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "InstrumentationSpecGoVolumeLimitSize":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__606631a09d8cda190c8826221bb55db0ef2d106941aeea9d4212adc23dcddad4)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecGoVolumeLimitSize", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecInitContainerSecurityContext",
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
class InstrumentationSpecInitContainerSecurityContext:
    def __init__(
        self,
        *,
        allow_privilege_escalation: typing.Optional[builtins.bool] = None,
        app_armor_profile: typing.Optional[typing.Union["InstrumentationSpecInitContainerSecurityContextAppArmorProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        capabilities: typing.Optional[typing.Union["InstrumentationSpecInitContainerSecurityContextCapabilities", typing.Dict[builtins.str, typing.Any]]] = None,
        privileged: typing.Optional[builtins.bool] = None,
        proc_mount: typing.Optional[builtins.str] = None,
        read_only_root_filesystem: typing.Optional[builtins.bool] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Optional[typing.Union["InstrumentationSpecInitContainerSecurityContextSeccompProfile", typing.Dict[builtins.str, typing.Any]]] = None,
        se_linux_options: typing.Optional[typing.Union["InstrumentationSpecInitContainerSecurityContextSeLinuxOptions", typing.Dict[builtins.str, typing.Any]]] = None,
        windows_options: typing.Optional[typing.Union["InstrumentationSpecInitContainerSecurityContextWindowsOptions", typing.Dict[builtins.str, typing.Any]]] = None,
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

        :schema: InstrumentationSpecInitContainerSecurityContext
        '''
        if isinstance(app_armor_profile, dict):
            app_armor_profile = InstrumentationSpecInitContainerSecurityContextAppArmorProfile(**app_armor_profile)
        if isinstance(capabilities, dict):
            capabilities = InstrumentationSpecInitContainerSecurityContextCapabilities(**capabilities)
        if isinstance(seccomp_profile, dict):
            seccomp_profile = InstrumentationSpecInitContainerSecurityContextSeccompProfile(**seccomp_profile)
        if isinstance(se_linux_options, dict):
            se_linux_options = InstrumentationSpecInitContainerSecurityContextSeLinuxOptions(**se_linux_options)
        if isinstance(windows_options, dict):
            windows_options = InstrumentationSpecInitContainerSecurityContextWindowsOptions(**windows_options)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__99daed633fe7438a7a4b2e5cf9eff182f8554b179e5c9812d93d990993478d86)
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
        :schema: InstrumentationSpecInitContainerSecurityContext#allowPrivilegeEscalation
        '''
        result = self._values.get("allow_privilege_escalation")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def app_armor_profile(
        self,
    ) -> typing.Optional["InstrumentationSpecInitContainerSecurityContextAppArmorProfile"]:
        '''
        :schema: InstrumentationSpecInitContainerSecurityContext#appArmorProfile
        '''
        result = self._values.get("app_armor_profile")
        return typing.cast(typing.Optional["InstrumentationSpecInitContainerSecurityContextAppArmorProfile"], result)

    @builtins.property
    def capabilities(
        self,
    ) -> typing.Optional["InstrumentationSpecInitContainerSecurityContextCapabilities"]:
        '''
        :schema: InstrumentationSpecInitContainerSecurityContext#capabilities
        '''
        result = self._values.get("capabilities")
        return typing.cast(typing.Optional["InstrumentationSpecInitContainerSecurityContextCapabilities"], result)

    @builtins.property
    def privileged(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecInitContainerSecurityContext#privileged
        '''
        result = self._values.get("privileged")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def proc_mount(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecInitContainerSecurityContext#procMount
        '''
        result = self._values.get("proc_mount")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only_root_filesystem(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecInitContainerSecurityContext#readOnlyRootFilesystem
        '''
        result = self._values.get("read_only_root_filesystem")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: InstrumentationSpecInitContainerSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecInitContainerSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: InstrumentationSpecInitContainerSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(
        self,
    ) -> typing.Optional["InstrumentationSpecInitContainerSecurityContextSeccompProfile"]:
        '''
        :schema: InstrumentationSpecInitContainerSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Optional["InstrumentationSpecInitContainerSecurityContextSeccompProfile"], result)

    @builtins.property
    def se_linux_options(
        self,
    ) -> typing.Optional["InstrumentationSpecInitContainerSecurityContextSeLinuxOptions"]:
        '''
        :schema: InstrumentationSpecInitContainerSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Optional["InstrumentationSpecInitContainerSecurityContextSeLinuxOptions"], result)

    @builtins.property
    def windows_options(
        self,
    ) -> typing.Optional["InstrumentationSpecInitContainerSecurityContextWindowsOptions"]:
        '''
        :schema: InstrumentationSpecInitContainerSecurityContext#windowsOptions
        '''
        result = self._values.get("windows_options")
        return typing.cast(typing.Optional["InstrumentationSpecInitContainerSecurityContextWindowsOptions"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecInitContainerSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecInitContainerSecurityContextAppArmorProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class InstrumentationSpecInitContainerSecurityContextAppArmorProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param localhost_profile: 

        :schema: InstrumentationSpecInitContainerSecurityContextAppArmorProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__67b3faec989ac1bb399854deed84ece6a4cd6bdfd9dacdf1cd7f5981cf21efef)
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
        :schema: InstrumentationSpecInitContainerSecurityContextAppArmorProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecInitContainerSecurityContextAppArmorProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecInitContainerSecurityContextAppArmorProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecInitContainerSecurityContextCapabilities",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "drop": "drop"},
)
class InstrumentationSpecInitContainerSecurityContextCapabilities:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[builtins.str]] = None,
        drop: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param drop: 

        :schema: InstrumentationSpecInitContainerSecurityContextCapabilities
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e337cd6e0ae56cd0c74997e99e370591875c908c6eaabbb1558c5b94f9f19cbd)
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
        :schema: InstrumentationSpecInitContainerSecurityContextCapabilities#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def drop(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: InstrumentationSpecInitContainerSecurityContextCapabilities#drop
        '''
        result = self._values.get("drop")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecInitContainerSecurityContextCapabilities(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecInitContainerSecurityContextSeLinuxOptions",
    jsii_struct_bases=[],
    name_mapping={"level": "level", "role": "role", "type": "type", "user": "user"},
)
class InstrumentationSpecInitContainerSecurityContextSeLinuxOptions:
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

        :schema: InstrumentationSpecInitContainerSecurityContextSeLinuxOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__61bf13a87697559a0f9029ffcb27b55c8c34d7a056107bb4b7d8271bee352d30)
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
        :schema: InstrumentationSpecInitContainerSecurityContextSeLinuxOptions#level
        '''
        result = self._values.get("level")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecInitContainerSecurityContextSeLinuxOptions#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecInitContainerSecurityContextSeLinuxOptions#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def user(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecInitContainerSecurityContextSeLinuxOptions#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecInitContainerSecurityContextSeLinuxOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecInitContainerSecurityContextSeccompProfile",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "localhost_profile": "localhostProfile"},
)
class InstrumentationSpecInitContainerSecurityContextSeccompProfile:
    def __init__(
        self,
        *,
        type: builtins.str,
        localhost_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param localhost_profile: 

        :schema: InstrumentationSpecInitContainerSecurityContextSeccompProfile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__caa2440fe5d72da5139e3b4d72078da6fb3456e3c792bedca5891e1cc534588b)
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
        :schema: InstrumentationSpecInitContainerSecurityContextSeccompProfile#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def localhost_profile(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecInitContainerSecurityContextSeccompProfile#localhostProfile
        '''
        result = self._values.get("localhost_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecInitContainerSecurityContextSeccompProfile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecInitContainerSecurityContextWindowsOptions",
    jsii_struct_bases=[],
    name_mapping={
        "gmsa_credential_spec": "gmsaCredentialSpec",
        "gmsa_credential_spec_name": "gmsaCredentialSpecName",
        "host_process": "hostProcess",
        "run_as_user_name": "runAsUserName",
    },
)
class InstrumentationSpecInitContainerSecurityContextWindowsOptions:
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

        :schema: InstrumentationSpecInitContainerSecurityContextWindowsOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__77b7880b52489a7278e1b89d29b654ed45a15412cb86f7c7754b6f383738a263)
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
        :schema: InstrumentationSpecInitContainerSecurityContextWindowsOptions#gmsaCredentialSpec
        '''
        result = self._values.get("gmsa_credential_spec")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gmsa_credential_spec_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecInitContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
        '''
        result = self._values.get("gmsa_credential_spec_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_process(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecInitContainerSecurityContextWindowsOptions#hostProcess
        '''
        result = self._values.get("host_process")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecInitContainerSecurityContextWindowsOptions#runAsUserName
        '''
        result = self._values.get("run_as_user_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecInitContainerSecurityContextWindowsOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJava",
    jsii_struct_bases=[],
    name_mapping={
        "env": "env",
        "extensions": "extensions",
        "image": "image",
        "resources": "resources",
        "volume_claim_template": "volumeClaimTemplate",
        "volume_limit_size": "volumeLimitSize",
    },
)
class InstrumentationSpecJava:
    def __init__(
        self,
        *,
        env: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecJavaEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        extensions: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecJavaExtensions", typing.Dict[builtins.str, typing.Any]]]] = None,
        image: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Union["InstrumentationSpecJavaResources", typing.Dict[builtins.str, typing.Any]]] = None,
        volume_claim_template: typing.Optional[typing.Union["InstrumentationSpecJavaVolumeClaimTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
        volume_limit_size: typing.Optional["InstrumentationSpecJavaVolumeLimitSize"] = None,
    ) -> None:
        '''
        :param env: 
        :param extensions: 
        :param image: 
        :param resources: 
        :param volume_claim_template: 
        :param volume_limit_size: 

        :schema: InstrumentationSpecJava
        '''
        if isinstance(resources, dict):
            resources = InstrumentationSpecJavaResources(**resources)
        if isinstance(volume_claim_template, dict):
            volume_claim_template = InstrumentationSpecJavaVolumeClaimTemplate(**volume_claim_template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__23c5cad3301e7dd5e23d013e3a25addf4600cca6dc455bcb3ebbb97c15f79ac8)
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument extensions", value=extensions, expected_type=type_hints["extensions"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument volume_claim_template", value=volume_claim_template, expected_type=type_hints["volume_claim_template"])
            check_type(argname="argument volume_limit_size", value=volume_limit_size, expected_type=type_hints["volume_limit_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if env is not None:
            self._values["env"] = env
        if extensions is not None:
            self._values["extensions"] = extensions
        if image is not None:
            self._values["image"] = image
        if resources is not None:
            self._values["resources"] = resources
        if volume_claim_template is not None:
            self._values["volume_claim_template"] = volume_claim_template
        if volume_limit_size is not None:
            self._values["volume_limit_size"] = volume_limit_size

    @builtins.property
    def env(self) -> typing.Optional[typing.List["InstrumentationSpecJavaEnv"]]:
        '''
        :schema: InstrumentationSpecJava#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecJavaEnv"]], result)

    @builtins.property
    def extensions(
        self,
    ) -> typing.Optional[typing.List["InstrumentationSpecJavaExtensions"]]:
        '''
        :schema: InstrumentationSpecJava#extensions
        '''
        result = self._values.get("extensions")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecJavaExtensions"]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecJava#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(self) -> typing.Optional["InstrumentationSpecJavaResources"]:
        '''
        :schema: InstrumentationSpecJava#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["InstrumentationSpecJavaResources"], result)

    @builtins.property
    def volume_claim_template(
        self,
    ) -> typing.Optional["InstrumentationSpecJavaVolumeClaimTemplate"]:
        '''
        :schema: InstrumentationSpecJava#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Optional["InstrumentationSpecJavaVolumeClaimTemplate"], result)

    @builtins.property
    def volume_limit_size(
        self,
    ) -> typing.Optional["InstrumentationSpecJavaVolumeLimitSize"]:
        '''
        :schema: InstrumentationSpecJava#volumeLimitSize
        '''
        result = self._values.get("volume_limit_size")
        return typing.cast(typing.Optional["InstrumentationSpecJavaVolumeLimitSize"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecJava(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class InstrumentationSpecJavaEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["InstrumentationSpecJavaEnvValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: InstrumentationSpecJavaEnv
        '''
        if isinstance(value_from, dict):
            value_from = InstrumentationSpecJavaEnvValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9a6d32afc0ab5d2d1be64a42cc0387169ec156783b861a9b8ae0ae913223962a)
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
        :schema: InstrumentationSpecJavaEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecJavaEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Optional["InstrumentationSpecJavaEnvValueFrom"]:
        '''
        :schema: InstrumentationSpecJavaEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["InstrumentationSpecJavaEnvValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecJavaEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaEnvValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class InstrumentationSpecJavaEnvValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["InstrumentationSpecJavaEnvValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["InstrumentationSpecJavaEnvValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["InstrumentationSpecJavaEnvValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["InstrumentationSpecJavaEnvValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["InstrumentationSpecJavaEnvValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_key_ref: 
        :param field_ref: 
        :param file_key_ref: 
        :param resource_field_ref: 
        :param secret_key_ref: 

        :schema: InstrumentationSpecJavaEnvValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = InstrumentationSpecJavaEnvValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = InstrumentationSpecJavaEnvValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = InstrumentationSpecJavaEnvValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = InstrumentationSpecJavaEnvValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = InstrumentationSpecJavaEnvValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dc45cfc2b5c74bf9d4401b3f8a57f2f41b16d664b247cb13747965e2efe646cc)
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
    ) -> typing.Optional["InstrumentationSpecJavaEnvValueFromConfigMapKeyRef"]:
        '''
        :schema: InstrumentationSpecJavaEnvValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecJavaEnvValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecJavaEnvValueFromFieldRef"]:
        '''
        :schema: InstrumentationSpecJavaEnvValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["InstrumentationSpecJavaEnvValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecJavaEnvValueFromFileKeyRef"]:
        '''
        :schema: InstrumentationSpecJavaEnvValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecJavaEnvValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecJavaEnvValueFromResourceFieldRef"]:
        '''
        :schema: InstrumentationSpecJavaEnvValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["InstrumentationSpecJavaEnvValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecJavaEnvValueFromSecretKeyRef"]:
        '''
        :schema: InstrumentationSpecJavaEnvValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecJavaEnvValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecJavaEnvValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaEnvValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class InstrumentationSpecJavaEnvValueFromConfigMapKeyRef:
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

        :schema: InstrumentationSpecJavaEnvValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4a081320798a93f2c82eed8e39c1286498f44b3c7a8e6dc033184a2822dbfa25)
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
        :schema: InstrumentationSpecJavaEnvValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecJavaEnvValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecJavaEnvValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecJavaEnvValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaEnvValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class InstrumentationSpecJavaEnvValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param field_path: 
        :param api_version: 

        :schema: InstrumentationSpecJavaEnvValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8d63b4863a3d4f0a343eb64c61e881faddaea331e6dc6bd62f8e3a7efe0c5796)
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
        :schema: InstrumentationSpecJavaEnvValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecJavaEnvValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecJavaEnvValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaEnvValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class InstrumentationSpecJavaEnvValueFromFileKeyRef:
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

        :schema: InstrumentationSpecJavaEnvValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__03e1e13dd25bf50e297c212d1e820fb16cf2f556f3c691d623fa5eee0a2c4570)
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
        :schema: InstrumentationSpecJavaEnvValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecJavaEnvValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecJavaEnvValueFromFileKeyRef#volumeName
        '''
        result = self._values.get("volume_name")
        assert result is not None, "Required property 'volume_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecJavaEnvValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecJavaEnvValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaEnvValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class InstrumentationSpecJavaEnvValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["InstrumentationSpecJavaEnvValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''
        :param resource: 
        :param container_name: 
        :param divisor: 

        :schema: InstrumentationSpecJavaEnvValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e261111169610c8fb9a7f93ed07f58a347431205fd824b327b9eb83bc4e16f71)
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
        :schema: InstrumentationSpecJavaEnvValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecJavaEnvValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["InstrumentationSpecJavaEnvValueFromResourceFieldRefDivisor"]:
        '''
        :schema: InstrumentationSpecJavaEnvValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["InstrumentationSpecJavaEnvValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecJavaEnvValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecJavaEnvValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaEnvValueFromResourceFieldRefDivisor",
):
    '''
    :schema: InstrumentationSpecJavaEnvValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecJavaEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__af6a1fab7ba4308dd36ba6be435247b3fd115850d4047b12b302bffb899bb033)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecJavaEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecJavaEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dfba2dd612272328acecd4c2b23876d7f312863a579806aae6f5ef6a448248b6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecJavaEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaEnvValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class InstrumentationSpecJavaEnvValueFromSecretKeyRef:
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

        :schema: InstrumentationSpecJavaEnvValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c6b1dc8895ada1bbc6e838042d09f156d46f2e5338420ac2ac6a20d2a625c549)
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
        :schema: InstrumentationSpecJavaEnvValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecJavaEnvValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecJavaEnvValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecJavaEnvValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaExtensions",
    jsii_struct_bases=[],
    name_mapping={"dir": "dir", "image": "image"},
)
class InstrumentationSpecJavaExtensions:
    def __init__(self, *, dir: builtins.str, image: builtins.str) -> None:
        '''
        :param dir: 
        :param image: 

        :schema: InstrumentationSpecJavaExtensions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__15b5619b70373ffd4a7c080627bd9707d8bcae50605ffb0c8d5d1be2d0291693)
            check_type(argname="argument dir", value=dir, expected_type=type_hints["dir"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "dir": dir,
            "image": image,
        }

    @builtins.property
    def dir(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecJavaExtensions#dir
        '''
        result = self._values.get("dir")
        assert result is not None, "Required property 'dir' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def image(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecJavaExtensions#image
        '''
        result = self._values.get("image")
        assert result is not None, "Required property 'image' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecJavaExtensions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaResources",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class InstrumentationSpecJavaResources:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecJavaResourcesClaims", typing.Dict[builtins.str, typing.Any]]]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecJavaResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecJavaResourcesRequests"]] = None,
    ) -> None:
        '''
        :param claims: 
        :param limits: 
        :param requests: 

        :schema: InstrumentationSpecJavaResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b41ca6f39a162305f11261f040d69c10f7e0f14d0e891a47a6a9e5f6165fd4a9)
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
    ) -> typing.Optional[typing.List["InstrumentationSpecJavaResourcesClaims"]]:
        '''
        :schema: InstrumentationSpecJavaResources#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecJavaResourcesClaims"]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecJavaResourcesLimits"]]:
        '''
        :schema: InstrumentationSpecJavaResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecJavaResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecJavaResourcesRequests"]]:
        '''
        :schema: InstrumentationSpecJavaResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecJavaResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecJavaResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaResourcesClaims",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "request": "request"},
)
class InstrumentationSpecJavaResourcesClaims:
    def __init__(
        self,
        *,
        name: builtins.str,
        request: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param request: 

        :schema: InstrumentationSpecJavaResourcesClaims
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3c1833b8b14a817b27abc8d717040922cb8dbe0eca370dfe1218beb4abd2d76e)
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
        :schema: InstrumentationSpecJavaResourcesClaims#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def request(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecJavaResourcesClaims#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecJavaResourcesClaims(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecJavaResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaResourcesLimits",
):
    '''
    :schema: InstrumentationSpecJavaResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecJavaResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__89831be2b3541226f933b276c6e1f58c95ea66a27ea2dd56742d8396de19d26c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecJavaResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecJavaResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4791953d6a1191ede33507562998394c5aed7b30ec833180a02c68055a272138)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecJavaResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class InstrumentationSpecJavaResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaResourcesRequests",
):
    '''
    :schema: InstrumentationSpecJavaResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecJavaResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bd16f4969d7e4f0834de3917fa1f03a1250f9ecb90d8752578549b427dce88b0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecJavaResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecJavaResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ca7bf95f1ba9075d778885d61fb9936876319c902408bf1f8b18f4f040aca334)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecJavaResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaVolumeClaimTemplate",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class InstrumentationSpecJavaVolumeClaimTemplate:
    def __init__(
        self,
        *,
        spec: typing.Union["InstrumentationSpecJavaVolumeClaimTemplateSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["InstrumentationSpecJavaVolumeClaimTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: InstrumentationSpecJavaVolumeClaimTemplate
        '''
        if isinstance(spec, dict):
            spec = InstrumentationSpecJavaVolumeClaimTemplateSpec(**spec)
        if isinstance(metadata, dict):
            metadata = InstrumentationSpecJavaVolumeClaimTemplateMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3e651d4fcf6afd53eddc52e7a1307a7de458aa6a17be50a39979acf43aed9890)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "InstrumentationSpecJavaVolumeClaimTemplateSpec":
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplate#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("InstrumentationSpecJavaVolumeClaimTemplateSpec", result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["InstrumentationSpecJavaVolumeClaimTemplateMetadata"]:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["InstrumentationSpecJavaVolumeClaimTemplateMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecJavaVolumeClaimTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaVolumeClaimTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "finalizers": "finalizers",
        "labels": "labels",
        "name": "name",
        "namespace": "namespace",
    },
)
class InstrumentationSpecJavaVolumeClaimTemplateMetadata:
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

        :schema: InstrumentationSpecJavaVolumeClaimTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c1817d008145ffa0fbe2574f8cc9db81e5aa22434b25ab73a58b4cb632105cc2)
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
        :schema: InstrumentationSpecJavaVolumeClaimTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def finalizers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateMetadata#finalizers
        '''
        result = self._values.get("finalizers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateMetadata#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateMetadata#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecJavaVolumeClaimTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaVolumeClaimTemplateSpec",
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
class InstrumentationSpecJavaVolumeClaimTemplateSpec:
    def __init__(
        self,
        *,
        access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
        data_source: typing.Optional[typing.Union["InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource", typing.Dict[builtins.str, typing.Any]]] = None,
        data_source_ref: typing.Optional[typing.Union["InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resources: typing.Optional[typing.Union["InstrumentationSpecJavaVolumeClaimTemplateSpecResources", typing.Dict[builtins.str, typing.Any]]] = None,
        selector: typing.Optional[typing.Union["InstrumentationSpecJavaVolumeClaimTemplateSpecSelector", typing.Dict[builtins.str, typing.Any]]] = None,
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

        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpec
        '''
        if isinstance(data_source, dict):
            data_source = InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource(**data_source)
        if isinstance(data_source_ref, dict):
            data_source_ref = InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef(**data_source_ref)
        if isinstance(resources, dict):
            resources = InstrumentationSpecJavaVolumeClaimTemplateSpecResources(**resources)
        if isinstance(selector, dict):
            selector = InstrumentationSpecJavaVolumeClaimTemplateSpecSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__49b7464cac3126662ef7c949e7310a682a214462083e0851d5cf6447d832bbba)
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
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpec#accessModes
        '''
        result = self._values.get("access_modes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def data_source(
        self,
    ) -> typing.Optional["InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource"]:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpec#dataSource
        '''
        result = self._values.get("data_source")
        return typing.cast(typing.Optional["InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource"], result)

    @builtins.property
    def data_source_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef"]:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpec#dataSourceRef
        '''
        result = self._values.get("data_source_ref")
        return typing.cast(typing.Optional["InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef"], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["InstrumentationSpecJavaVolumeClaimTemplateSpecResources"]:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["InstrumentationSpecJavaVolumeClaimTemplateSpecResources"], result)

    @builtins.property
    def selector(
        self,
    ) -> typing.Optional["InstrumentationSpecJavaVolumeClaimTemplateSpecSelector"]:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpec#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["InstrumentationSpecJavaVolumeClaimTemplateSpecSelector"], result)

    @builtins.property
    def storage_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpec#storageClassName
        '''
        result = self._values.get("storage_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_attributes_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpec#volumeAttributesClassName
        '''
        result = self._values.get("volume_attributes_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpec#volumeMode
        '''
        result = self._values.get("volume_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpec#volumeName
        '''
        result = self._values.get("volume_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecJavaVolumeClaimTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_group": "apiGroup"},
)
class InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource:
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

        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e298f3c2611ead2218fc2c27e0f6928693f6333d897639c27f0a99e91ce8ea2e)
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
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "api_group": "apiGroup",
        "namespace": "namespace",
    },
)
class InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef:
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

        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__21e93dfb08947b652d14f094f74822bb16f1bda30245b74b338c7db3353caefd)
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
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaVolumeClaimTemplateSpecResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class InstrumentationSpecJavaVolumeClaimTemplateSpecResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesRequests"]] = None,
    ) -> None:
        '''
        :param limits: 
        :param requests: 

        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpecResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba200fa466b78da570429783bee23e27dc6a5812d726257b4a323f899ac6b6f0)
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
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesLimits"]]:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpecResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesRequests"]]:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpecResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecJavaVolumeClaimTemplateSpecResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesLimits",
):
    '''
    :schema: InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__58a4f70c00a2a0afabd1f10ff13471a133ddfd3c47b7a17c158cdb58594dbe9d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4fd0d5b4f7f9e23e49128e5bb5a52a731b9a22b44b27eb4b74cf7a763549ee20)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesRequests",
):
    '''
    :schema: InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b260f3e011c985d4c9aaa398f4928153d9b191403b70151abe380126c12edba7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9b48e809c685f3f95b6d164dd0a85a591fc6c9f68dc2138433b178f8b59e9957)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaVolumeClaimTemplateSpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class InstrumentationSpecJavaVolumeClaimTemplateSpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecJavaVolumeClaimTemplateSpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fda491353525c7bd86c794ca7ae3ecb3920b1f2e4eaad528770cc17727395ce4)
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
    ) -> typing.Optional[typing.List["InstrumentationSpecJavaVolumeClaimTemplateSpecSelectorMatchExpressions"]]:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecJavaVolumeClaimTemplateSpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecJavaVolumeClaimTemplateSpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaVolumeClaimTemplateSpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class InstrumentationSpecJavaVolumeClaimTemplateSpecSelectorMatchExpressions:
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

        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__50f5634e4f726a866f1705b626735e52fa9e39a25fb660370d521661ef3ecbde)
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
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: InstrumentationSpecJavaVolumeClaimTemplateSpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecJavaVolumeClaimTemplateSpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecJavaVolumeLimitSize(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecJavaVolumeLimitSize",
):
    '''
    :schema: InstrumentationSpecJavaVolumeLimitSize
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecJavaVolumeLimitSize":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3338154a10c69b4a9891935ef0ab9b5dc1242200a963450e7d75f18384f84e02)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecJavaVolumeLimitSize", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecJavaVolumeLimitSize":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__505822eeb046cad91c818cdc536735394c00325644c90bd9ee466253de73464d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecJavaVolumeLimitSize", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginx",
    jsii_struct_bases=[],
    name_mapping={
        "attrs": "attrs",
        "config_file": "configFile",
        "env": "env",
        "image": "image",
        "resource_requirements": "resourceRequirements",
        "volume_claim_template": "volumeClaimTemplate",
        "volume_limit_size": "volumeLimitSize",
    },
)
class InstrumentationSpecNginx:
    def __init__(
        self,
        *,
        attrs: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecNginxAttrs", typing.Dict[builtins.str, typing.Any]]]] = None,
        config_file: typing.Optional[builtins.str] = None,
        env: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecNginxEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        image: typing.Optional[builtins.str] = None,
        resource_requirements: typing.Optional[typing.Union["InstrumentationSpecNginxResourceRequirements", typing.Dict[builtins.str, typing.Any]]] = None,
        volume_claim_template: typing.Optional[typing.Union["InstrumentationSpecNginxVolumeClaimTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
        volume_limit_size: typing.Optional["InstrumentationSpecNginxVolumeLimitSize"] = None,
    ) -> None:
        '''
        :param attrs: 
        :param config_file: 
        :param env: 
        :param image: 
        :param resource_requirements: 
        :param volume_claim_template: 
        :param volume_limit_size: 

        :schema: InstrumentationSpecNginx
        '''
        if isinstance(resource_requirements, dict):
            resource_requirements = InstrumentationSpecNginxResourceRequirements(**resource_requirements)
        if isinstance(volume_claim_template, dict):
            volume_claim_template = InstrumentationSpecNginxVolumeClaimTemplate(**volume_claim_template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ae170e44f2de6204bcc03f722a417b57bf7f779b652030cd558334a67716a1ac)
            check_type(argname="argument attrs", value=attrs, expected_type=type_hints["attrs"])
            check_type(argname="argument config_file", value=config_file, expected_type=type_hints["config_file"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument resource_requirements", value=resource_requirements, expected_type=type_hints["resource_requirements"])
            check_type(argname="argument volume_claim_template", value=volume_claim_template, expected_type=type_hints["volume_claim_template"])
            check_type(argname="argument volume_limit_size", value=volume_limit_size, expected_type=type_hints["volume_limit_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if attrs is not None:
            self._values["attrs"] = attrs
        if config_file is not None:
            self._values["config_file"] = config_file
        if env is not None:
            self._values["env"] = env
        if image is not None:
            self._values["image"] = image
        if resource_requirements is not None:
            self._values["resource_requirements"] = resource_requirements
        if volume_claim_template is not None:
            self._values["volume_claim_template"] = volume_claim_template
        if volume_limit_size is not None:
            self._values["volume_limit_size"] = volume_limit_size

    @builtins.property
    def attrs(self) -> typing.Optional[typing.List["InstrumentationSpecNginxAttrs"]]:
        '''
        :schema: InstrumentationSpecNginx#attrs
        '''
        result = self._values.get("attrs")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecNginxAttrs"]], result)

    @builtins.property
    def config_file(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginx#configFile
        '''
        result = self._values.get("config_file")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["InstrumentationSpecNginxEnv"]]:
        '''
        :schema: InstrumentationSpecNginx#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecNginxEnv"]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginx#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_requirements(
        self,
    ) -> typing.Optional["InstrumentationSpecNginxResourceRequirements"]:
        '''
        :schema: InstrumentationSpecNginx#resourceRequirements
        '''
        result = self._values.get("resource_requirements")
        return typing.cast(typing.Optional["InstrumentationSpecNginxResourceRequirements"], result)

    @builtins.property
    def volume_claim_template(
        self,
    ) -> typing.Optional["InstrumentationSpecNginxVolumeClaimTemplate"]:
        '''
        :schema: InstrumentationSpecNginx#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Optional["InstrumentationSpecNginxVolumeClaimTemplate"], result)

    @builtins.property
    def volume_limit_size(
        self,
    ) -> typing.Optional["InstrumentationSpecNginxVolumeLimitSize"]:
        '''
        :schema: InstrumentationSpecNginx#volumeLimitSize
        '''
        result = self._values.get("volume_limit_size")
        return typing.cast(typing.Optional["InstrumentationSpecNginxVolumeLimitSize"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginx(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxAttrs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class InstrumentationSpecNginxAttrs:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["InstrumentationSpecNginxAttrsValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: InstrumentationSpecNginxAttrs
        '''
        if isinstance(value_from, dict):
            value_from = InstrumentationSpecNginxAttrsValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__232b05e0996d92357d380ddeb5d947ee6f2dd80a6e13f8d2a5d94be43c4393de)
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
        :schema: InstrumentationSpecNginxAttrs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginxAttrs#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Optional["InstrumentationSpecNginxAttrsValueFrom"]:
        '''
        :schema: InstrumentationSpecNginxAttrs#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["InstrumentationSpecNginxAttrsValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxAttrs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxAttrsValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class InstrumentationSpecNginxAttrsValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["InstrumentationSpecNginxAttrsValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["InstrumentationSpecNginxAttrsValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["InstrumentationSpecNginxAttrsValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["InstrumentationSpecNginxAttrsValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_key_ref: 
        :param field_ref: 
        :param file_key_ref: 
        :param resource_field_ref: 
        :param secret_key_ref: 

        :schema: InstrumentationSpecNginxAttrsValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = InstrumentationSpecNginxAttrsValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = InstrumentationSpecNginxAttrsValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = InstrumentationSpecNginxAttrsValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = InstrumentationSpecNginxAttrsValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d8588bf6dd81df342bf2a29c0b1bdebe58afec9ac466ae0f95cfff7ae6622e1f)
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
    ) -> typing.Optional["InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef"]:
        '''
        :schema: InstrumentationSpecNginxAttrsValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecNginxAttrsValueFromFieldRef"]:
        '''
        :schema: InstrumentationSpecNginxAttrsValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["InstrumentationSpecNginxAttrsValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecNginxAttrsValueFromFileKeyRef"]:
        '''
        :schema: InstrumentationSpecNginxAttrsValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecNginxAttrsValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecNginxAttrsValueFromResourceFieldRef"]:
        '''
        :schema: InstrumentationSpecNginxAttrsValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["InstrumentationSpecNginxAttrsValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecNginxAttrsValueFromSecretKeyRef"]:
        '''
        :schema: InstrumentationSpecNginxAttrsValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecNginxAttrsValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxAttrsValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef:
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

        :schema: InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1741f549204b7f691c5d84c4d2b07a4340a2da7040f23af26b40c3f2ebedb8b6)
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
        :schema: InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxAttrsValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class InstrumentationSpecNginxAttrsValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param field_path: 
        :param api_version: 

        :schema: InstrumentationSpecNginxAttrsValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1b16bfc914983b9ea5da33d9bb2bad8be64358fd4f75a2c5ac5aebe5548ef168)
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
        :schema: InstrumentationSpecNginxAttrsValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginxAttrsValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxAttrsValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxAttrsValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class InstrumentationSpecNginxAttrsValueFromFileKeyRef:
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

        :schema: InstrumentationSpecNginxAttrsValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8d090cff2a400cf21cbfa6f7c228deb21b79086263db988e27801e479fe9e651)
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
        :schema: InstrumentationSpecNginxAttrsValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecNginxAttrsValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecNginxAttrsValueFromFileKeyRef#volumeName
        '''
        result = self._values.get("volume_name")
        assert result is not None, "Required property 'volume_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecNginxAttrsValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxAttrsValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxAttrsValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class InstrumentationSpecNginxAttrsValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["InstrumentationSpecNginxAttrsValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''
        :param resource: 
        :param container_name: 
        :param divisor: 

        :schema: InstrumentationSpecNginxAttrsValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a32b40afdd564777e40c1caa9411a7d4fff1f076bb63689486cbe90006746806)
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
        :schema: InstrumentationSpecNginxAttrsValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginxAttrsValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["InstrumentationSpecNginxAttrsValueFromResourceFieldRefDivisor"]:
        '''
        :schema: InstrumentationSpecNginxAttrsValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["InstrumentationSpecNginxAttrsValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxAttrsValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecNginxAttrsValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxAttrsValueFromResourceFieldRefDivisor",
):
    '''
    :schema: InstrumentationSpecNginxAttrsValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecNginxAttrsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b02ea332ab6a63acefab44af0a8d1f83b08f861b21753199f7e4dba16370bb5a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNginxAttrsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecNginxAttrsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__144102a111e5c4e5a19634594984cab25caa0e403678b5b3a1b654af2649d5ee)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNginxAttrsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxAttrsValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class InstrumentationSpecNginxAttrsValueFromSecretKeyRef:
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

        :schema: InstrumentationSpecNginxAttrsValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b9077475c43fba50b249421675dd9964ec9c19c6f21e2ec9b7bd28806a9e7341)
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
        :schema: InstrumentationSpecNginxAttrsValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginxAttrsValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecNginxAttrsValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxAttrsValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class InstrumentationSpecNginxEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["InstrumentationSpecNginxEnvValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: InstrumentationSpecNginxEnv
        '''
        if isinstance(value_from, dict):
            value_from = InstrumentationSpecNginxEnvValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7941e0bb013971b767b7c244846bfcb8ec3ea320adfda1f46ffa558653df1b41)
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
        :schema: InstrumentationSpecNginxEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginxEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Optional["InstrumentationSpecNginxEnvValueFrom"]:
        '''
        :schema: InstrumentationSpecNginxEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["InstrumentationSpecNginxEnvValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxEnvValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class InstrumentationSpecNginxEnvValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["InstrumentationSpecNginxEnvValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["InstrumentationSpecNginxEnvValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["InstrumentationSpecNginxEnvValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["InstrumentationSpecNginxEnvValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["InstrumentationSpecNginxEnvValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_key_ref: 
        :param field_ref: 
        :param file_key_ref: 
        :param resource_field_ref: 
        :param secret_key_ref: 

        :schema: InstrumentationSpecNginxEnvValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = InstrumentationSpecNginxEnvValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = InstrumentationSpecNginxEnvValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = InstrumentationSpecNginxEnvValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = InstrumentationSpecNginxEnvValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = InstrumentationSpecNginxEnvValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7cb80211b4f638242e233424e3b487c20f8d42f7209e1dccaccd5bd6eb448880)
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
    ) -> typing.Optional["InstrumentationSpecNginxEnvValueFromConfigMapKeyRef"]:
        '''
        :schema: InstrumentationSpecNginxEnvValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecNginxEnvValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecNginxEnvValueFromFieldRef"]:
        '''
        :schema: InstrumentationSpecNginxEnvValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["InstrumentationSpecNginxEnvValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecNginxEnvValueFromFileKeyRef"]:
        '''
        :schema: InstrumentationSpecNginxEnvValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecNginxEnvValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecNginxEnvValueFromResourceFieldRef"]:
        '''
        :schema: InstrumentationSpecNginxEnvValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["InstrumentationSpecNginxEnvValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecNginxEnvValueFromSecretKeyRef"]:
        '''
        :schema: InstrumentationSpecNginxEnvValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecNginxEnvValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxEnvValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxEnvValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class InstrumentationSpecNginxEnvValueFromConfigMapKeyRef:
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

        :schema: InstrumentationSpecNginxEnvValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a1efd2e54635d8eaad3e25f2a06f3943e816ba127f0031bfbad8af39c2f67492)
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
        :schema: InstrumentationSpecNginxEnvValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginxEnvValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecNginxEnvValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxEnvValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxEnvValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class InstrumentationSpecNginxEnvValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param field_path: 
        :param api_version: 

        :schema: InstrumentationSpecNginxEnvValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6c00f7ece0ca7be9a5d405d9ee2a85af1d3196512c8633ef93402af342fe448d)
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
        :schema: InstrumentationSpecNginxEnvValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginxEnvValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxEnvValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxEnvValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class InstrumentationSpecNginxEnvValueFromFileKeyRef:
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

        :schema: InstrumentationSpecNginxEnvValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6a3be1c85635ec0c2ce7033912231ea713bcacea206ababb743493a0908c5739)
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
        :schema: InstrumentationSpecNginxEnvValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecNginxEnvValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecNginxEnvValueFromFileKeyRef#volumeName
        '''
        result = self._values.get("volume_name")
        assert result is not None, "Required property 'volume_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecNginxEnvValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxEnvValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxEnvValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class InstrumentationSpecNginxEnvValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["InstrumentationSpecNginxEnvValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''
        :param resource: 
        :param container_name: 
        :param divisor: 

        :schema: InstrumentationSpecNginxEnvValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bebaf7e2974b10c1112ce79e8e05156c41d3d4f685cf835fd1abdd041d3ffca0)
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
        :schema: InstrumentationSpecNginxEnvValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginxEnvValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["InstrumentationSpecNginxEnvValueFromResourceFieldRefDivisor"]:
        '''
        :schema: InstrumentationSpecNginxEnvValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["InstrumentationSpecNginxEnvValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxEnvValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecNginxEnvValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxEnvValueFromResourceFieldRefDivisor",
):
    '''
    :schema: InstrumentationSpecNginxEnvValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecNginxEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1346f3156fbfa729fca4034a87e7cf5a443bb5a841fe763f8adef9cc5da4addd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNginxEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecNginxEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cc57d349af23d23f3acd71bf94f1eef93452720ebe51b9b64a4e3709873e4b23)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNginxEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxEnvValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class InstrumentationSpecNginxEnvValueFromSecretKeyRef:
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

        :schema: InstrumentationSpecNginxEnvValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f1c1208942faef799954a5bbe4c8a94abb8c6299bc8721cf0c13de14005fb089)
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
        :schema: InstrumentationSpecNginxEnvValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginxEnvValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecNginxEnvValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxEnvValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxResourceRequirements",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class InstrumentationSpecNginxResourceRequirements:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecNginxResourceRequirementsClaims", typing.Dict[builtins.str, typing.Any]]]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNginxResourceRequirementsLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNginxResourceRequirementsRequests"]] = None,
    ) -> None:
        '''
        :param claims: 
        :param limits: 
        :param requests: 

        :schema: InstrumentationSpecNginxResourceRequirements
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2e8ffa6bdf727068f5d065c2cf135b72710d60caf4e85957fa966a78101d5d5f)
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
    ) -> typing.Optional[typing.List["InstrumentationSpecNginxResourceRequirementsClaims"]]:
        '''
        :schema: InstrumentationSpecNginxResourceRequirements#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecNginxResourceRequirementsClaims"]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNginxResourceRequirementsLimits"]]:
        '''
        :schema: InstrumentationSpecNginxResourceRequirements#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNginxResourceRequirementsLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNginxResourceRequirementsRequests"]]:
        '''
        :schema: InstrumentationSpecNginxResourceRequirements#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNginxResourceRequirementsRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxResourceRequirements(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxResourceRequirementsClaims",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "request": "request"},
)
class InstrumentationSpecNginxResourceRequirementsClaims:
    def __init__(
        self,
        *,
        name: builtins.str,
        request: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param request: 

        :schema: InstrumentationSpecNginxResourceRequirementsClaims
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0e4d414bdbc8f1ae13ebab1351f83f14b76daeaa47339d4cbba92c2d8abe1b60)
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
        :schema: InstrumentationSpecNginxResourceRequirementsClaims#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def request(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginxResourceRequirementsClaims#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxResourceRequirementsClaims(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecNginxResourceRequirementsLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxResourceRequirementsLimits",
):
    '''
    :schema: InstrumentationSpecNginxResourceRequirementsLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecNginxResourceRequirementsLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__794540961b0ddc5d3ef912425f2fb3f642d559082415715e677300579294e044)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNginxResourceRequirementsLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecNginxResourceRequirementsLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__76fa326425e5e3805c2bd93aa129f94263c1f60482aecfb4237c3b1407b2df24)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNginxResourceRequirementsLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class InstrumentationSpecNginxResourceRequirementsRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxResourceRequirementsRequests",
):
    '''
    :schema: InstrumentationSpecNginxResourceRequirementsRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecNginxResourceRequirementsRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__66e1bb7f546d44b0df887bfce7e33bc874c92ba09dff7f9672fe08808e91fc52)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNginxResourceRequirementsRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecNginxResourceRequirementsRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cbd35bb58dab021683245c37d111299c35a2514261060edf48caf04cca6145f5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNginxResourceRequirementsRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxVolumeClaimTemplate",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class InstrumentationSpecNginxVolumeClaimTemplate:
    def __init__(
        self,
        *,
        spec: typing.Union["InstrumentationSpecNginxVolumeClaimTemplateSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["InstrumentationSpecNginxVolumeClaimTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: InstrumentationSpecNginxVolumeClaimTemplate
        '''
        if isinstance(spec, dict):
            spec = InstrumentationSpecNginxVolumeClaimTemplateSpec(**spec)
        if isinstance(metadata, dict):
            metadata = InstrumentationSpecNginxVolumeClaimTemplateMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__be7c0b66c7f3f9b042368716d8c77cfc0e5ee6d750fb1646e9209e1b57d00e58)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "InstrumentationSpecNginxVolumeClaimTemplateSpec":
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplate#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("InstrumentationSpecNginxVolumeClaimTemplateSpec", result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["InstrumentationSpecNginxVolumeClaimTemplateMetadata"]:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["InstrumentationSpecNginxVolumeClaimTemplateMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxVolumeClaimTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxVolumeClaimTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "finalizers": "finalizers",
        "labels": "labels",
        "name": "name",
        "namespace": "namespace",
    },
)
class InstrumentationSpecNginxVolumeClaimTemplateMetadata:
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

        :schema: InstrumentationSpecNginxVolumeClaimTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__86476c1d64bb857bf05efc25351074f517b2b1244cef1b4109b57e5eb4cac590)
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
        :schema: InstrumentationSpecNginxVolumeClaimTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def finalizers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateMetadata#finalizers
        '''
        result = self._values.get("finalizers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateMetadata#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateMetadata#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxVolumeClaimTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxVolumeClaimTemplateSpec",
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
class InstrumentationSpecNginxVolumeClaimTemplateSpec:
    def __init__(
        self,
        *,
        access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
        data_source: typing.Optional[typing.Union["InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource", typing.Dict[builtins.str, typing.Any]]] = None,
        data_source_ref: typing.Optional[typing.Union["InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resources: typing.Optional[typing.Union["InstrumentationSpecNginxVolumeClaimTemplateSpecResources", typing.Dict[builtins.str, typing.Any]]] = None,
        selector: typing.Optional[typing.Union["InstrumentationSpecNginxVolumeClaimTemplateSpecSelector", typing.Dict[builtins.str, typing.Any]]] = None,
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

        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpec
        '''
        if isinstance(data_source, dict):
            data_source = InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource(**data_source)
        if isinstance(data_source_ref, dict):
            data_source_ref = InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef(**data_source_ref)
        if isinstance(resources, dict):
            resources = InstrumentationSpecNginxVolumeClaimTemplateSpecResources(**resources)
        if isinstance(selector, dict):
            selector = InstrumentationSpecNginxVolumeClaimTemplateSpecSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ac2e26a69bbd43092ef451f2123e393bfc065c8730c07ddca9bc8751f6bbf0c1)
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
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpec#accessModes
        '''
        result = self._values.get("access_modes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def data_source(
        self,
    ) -> typing.Optional["InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource"]:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpec#dataSource
        '''
        result = self._values.get("data_source")
        return typing.cast(typing.Optional["InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource"], result)

    @builtins.property
    def data_source_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef"]:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpec#dataSourceRef
        '''
        result = self._values.get("data_source_ref")
        return typing.cast(typing.Optional["InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef"], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["InstrumentationSpecNginxVolumeClaimTemplateSpecResources"]:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["InstrumentationSpecNginxVolumeClaimTemplateSpecResources"], result)

    @builtins.property
    def selector(
        self,
    ) -> typing.Optional["InstrumentationSpecNginxVolumeClaimTemplateSpecSelector"]:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpec#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["InstrumentationSpecNginxVolumeClaimTemplateSpecSelector"], result)

    @builtins.property
    def storage_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpec#storageClassName
        '''
        result = self._values.get("storage_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_attributes_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpec#volumeAttributesClassName
        '''
        result = self._values.get("volume_attributes_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpec#volumeMode
        '''
        result = self._values.get("volume_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpec#volumeName
        '''
        result = self._values.get("volume_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxVolumeClaimTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_group": "apiGroup"},
)
class InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource:
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

        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3f1308a3c58ecce080b497f16ed020cce46c25b3b673f280e3f3f7b4541cc631)
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
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "api_group": "apiGroup",
        "namespace": "namespace",
    },
)
class InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef:
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

        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__22e7b8dd9bce1ba08fd849bbf2808736138ce816e1be3664432415472076729a)
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
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxVolumeClaimTemplateSpecResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class InstrumentationSpecNginxVolumeClaimTemplateSpecResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesRequests"]] = None,
    ) -> None:
        '''
        :param limits: 
        :param requests: 

        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpecResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5847027bba742c752c0b855e96eec726af8542aa30d118d39e25bd90d01a5022)
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
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesLimits"]]:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpecResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesRequests"]]:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpecResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxVolumeClaimTemplateSpecResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesLimits",
):
    '''
    :schema: InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2576f00a5aaf1674096a6366e6eddc739430c6727c9c32340bb9a953b0c6c695)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__22fac4a2fe6c6683e357b70066f199a3e546422b88d414b5bfd22bd7d13ab0d5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesRequests",
):
    '''
    :schema: InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__02ff484ffcf9d82fd878e369edf0a0443b1d339307d6d7ca7db621ee704d726a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a4052e560995aced088a913cfa15179f20cacfde1ae788aec988212c8bb7f5ad)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxVolumeClaimTemplateSpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class InstrumentationSpecNginxVolumeClaimTemplateSpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecNginxVolumeClaimTemplateSpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__860be2609248d7abb8ee64cfb0c8e007f06554c8898ed40192f7edff052ebb39)
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
    ) -> typing.Optional[typing.List["InstrumentationSpecNginxVolumeClaimTemplateSpecSelectorMatchExpressions"]]:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecNginxVolumeClaimTemplateSpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxVolumeClaimTemplateSpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxVolumeClaimTemplateSpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class InstrumentationSpecNginxVolumeClaimTemplateSpecSelectorMatchExpressions:
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

        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d157a7f09f7c4fabb0555a110e27a714acb4115c1e6daeb15435bdfc45b94057)
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
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: InstrumentationSpecNginxVolumeClaimTemplateSpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNginxVolumeClaimTemplateSpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecNginxVolumeLimitSize(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNginxVolumeLimitSize",
):
    '''
    :schema: InstrumentationSpecNginxVolumeLimitSize
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecNginxVolumeLimitSize":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__34ac94fa5814294992c7683a431de192ecfbbd3cdcf2a70f19056d485bbd3ffd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNginxVolumeLimitSize", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecNginxVolumeLimitSize":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d0a3edd2beec5936f6a5f7b32769d8f3ce56348ad836f6a7fb08936b6caaa9d9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNginxVolumeLimitSize", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejs",
    jsii_struct_bases=[],
    name_mapping={
        "env": "env",
        "image": "image",
        "resource_requirements": "resourceRequirements",
        "volume_claim_template": "volumeClaimTemplate",
        "volume_limit_size": "volumeLimitSize",
    },
)
class InstrumentationSpecNodejs:
    def __init__(
        self,
        *,
        env: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecNodejsEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        image: typing.Optional[builtins.str] = None,
        resource_requirements: typing.Optional[typing.Union["InstrumentationSpecNodejsResourceRequirements", typing.Dict[builtins.str, typing.Any]]] = None,
        volume_claim_template: typing.Optional[typing.Union["InstrumentationSpecNodejsVolumeClaimTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
        volume_limit_size: typing.Optional["InstrumentationSpecNodejsVolumeLimitSize"] = None,
    ) -> None:
        '''
        :param env: 
        :param image: 
        :param resource_requirements: 
        :param volume_claim_template: 
        :param volume_limit_size: 

        :schema: InstrumentationSpecNodejs
        '''
        if isinstance(resource_requirements, dict):
            resource_requirements = InstrumentationSpecNodejsResourceRequirements(**resource_requirements)
        if isinstance(volume_claim_template, dict):
            volume_claim_template = InstrumentationSpecNodejsVolumeClaimTemplate(**volume_claim_template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1499ebf3e82cdff398920fc3288af587206a0068a8e1d05d1bf413c6b0edeea5)
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument resource_requirements", value=resource_requirements, expected_type=type_hints["resource_requirements"])
            check_type(argname="argument volume_claim_template", value=volume_claim_template, expected_type=type_hints["volume_claim_template"])
            check_type(argname="argument volume_limit_size", value=volume_limit_size, expected_type=type_hints["volume_limit_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if env is not None:
            self._values["env"] = env
        if image is not None:
            self._values["image"] = image
        if resource_requirements is not None:
            self._values["resource_requirements"] = resource_requirements
        if volume_claim_template is not None:
            self._values["volume_claim_template"] = volume_claim_template
        if volume_limit_size is not None:
            self._values["volume_limit_size"] = volume_limit_size

    @builtins.property
    def env(self) -> typing.Optional[typing.List["InstrumentationSpecNodejsEnv"]]:
        '''
        :schema: InstrumentationSpecNodejs#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecNodejsEnv"]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNodejs#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_requirements(
        self,
    ) -> typing.Optional["InstrumentationSpecNodejsResourceRequirements"]:
        '''
        :schema: InstrumentationSpecNodejs#resourceRequirements
        '''
        result = self._values.get("resource_requirements")
        return typing.cast(typing.Optional["InstrumentationSpecNodejsResourceRequirements"], result)

    @builtins.property
    def volume_claim_template(
        self,
    ) -> typing.Optional["InstrumentationSpecNodejsVolumeClaimTemplate"]:
        '''
        :schema: InstrumentationSpecNodejs#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Optional["InstrumentationSpecNodejsVolumeClaimTemplate"], result)

    @builtins.property
    def volume_limit_size(
        self,
    ) -> typing.Optional["InstrumentationSpecNodejsVolumeLimitSize"]:
        '''
        :schema: InstrumentationSpecNodejs#volumeLimitSize
        '''
        result = self._values.get("volume_limit_size")
        return typing.cast(typing.Optional["InstrumentationSpecNodejsVolumeLimitSize"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNodejs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class InstrumentationSpecNodejsEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["InstrumentationSpecNodejsEnvValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: InstrumentationSpecNodejsEnv
        '''
        if isinstance(value_from, dict):
            value_from = InstrumentationSpecNodejsEnvValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b83956388536fcb352d3248477a120611e0ac16475cb11b51e367ccd9b0ff98c)
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
        :schema: InstrumentationSpecNodejsEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNodejsEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Optional["InstrumentationSpecNodejsEnvValueFrom"]:
        '''
        :schema: InstrumentationSpecNodejsEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["InstrumentationSpecNodejsEnvValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNodejsEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsEnvValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class InstrumentationSpecNodejsEnvValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["InstrumentationSpecNodejsEnvValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["InstrumentationSpecNodejsEnvValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["InstrumentationSpecNodejsEnvValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["InstrumentationSpecNodejsEnvValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_key_ref: 
        :param field_ref: 
        :param file_key_ref: 
        :param resource_field_ref: 
        :param secret_key_ref: 

        :schema: InstrumentationSpecNodejsEnvValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = InstrumentationSpecNodejsEnvValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = InstrumentationSpecNodejsEnvValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = InstrumentationSpecNodejsEnvValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = InstrumentationSpecNodejsEnvValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b79f7d37e3ea27587df7c3e6446b6040e748a84c73b71dea79b0b2f7a579dd33)
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
    ) -> typing.Optional["InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef"]:
        '''
        :schema: InstrumentationSpecNodejsEnvValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecNodejsEnvValueFromFieldRef"]:
        '''
        :schema: InstrumentationSpecNodejsEnvValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["InstrumentationSpecNodejsEnvValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecNodejsEnvValueFromFileKeyRef"]:
        '''
        :schema: InstrumentationSpecNodejsEnvValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecNodejsEnvValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecNodejsEnvValueFromResourceFieldRef"]:
        '''
        :schema: InstrumentationSpecNodejsEnvValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["InstrumentationSpecNodejsEnvValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecNodejsEnvValueFromSecretKeyRef"]:
        '''
        :schema: InstrumentationSpecNodejsEnvValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecNodejsEnvValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNodejsEnvValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef:
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

        :schema: InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d130d95b51d958a5f87808b7766f6a5d688e5fe7e134fcf4b0bee7556e9dd1c7)
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
        :schema: InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsEnvValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class InstrumentationSpecNodejsEnvValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param field_path: 
        :param api_version: 

        :schema: InstrumentationSpecNodejsEnvValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a5c381ec90fc1b9d8a527359da83c2ddd3ff5f21e08a53a12b4ceef819904854)
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
        :schema: InstrumentationSpecNodejsEnvValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNodejsEnvValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNodejsEnvValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsEnvValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class InstrumentationSpecNodejsEnvValueFromFileKeyRef:
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

        :schema: InstrumentationSpecNodejsEnvValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f32de93dabd34f848be6687829d9729b3f0f7d174d2166f9fd6da903c0cb9953)
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
        :schema: InstrumentationSpecNodejsEnvValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecNodejsEnvValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecNodejsEnvValueFromFileKeyRef#volumeName
        '''
        result = self._values.get("volume_name")
        assert result is not None, "Required property 'volume_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecNodejsEnvValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNodejsEnvValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsEnvValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class InstrumentationSpecNodejsEnvValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["InstrumentationSpecNodejsEnvValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''
        :param resource: 
        :param container_name: 
        :param divisor: 

        :schema: InstrumentationSpecNodejsEnvValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba1ca8741b6480cf86198d32622e05121a1f9a08e8097120817c28e2816037f4)
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
        :schema: InstrumentationSpecNodejsEnvValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNodejsEnvValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["InstrumentationSpecNodejsEnvValueFromResourceFieldRefDivisor"]:
        '''
        :schema: InstrumentationSpecNodejsEnvValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["InstrumentationSpecNodejsEnvValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNodejsEnvValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecNodejsEnvValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsEnvValueFromResourceFieldRefDivisor",
):
    '''
    :schema: InstrumentationSpecNodejsEnvValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecNodejsEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ac7eabc36cae4dff5aa60fcc825f32631c1cf3c77c998d90ac47026033170b16)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNodejsEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecNodejsEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__57ec54b9644b8ce030f4cf07f7ac56e821871aa849e30f03116acc98225d7843)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNodejsEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsEnvValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class InstrumentationSpecNodejsEnvValueFromSecretKeyRef:
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

        :schema: InstrumentationSpecNodejsEnvValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e4113accb77553edd1570e17d96f2c30ec65d1985a2f4bf7456fd05147e80fa5)
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
        :schema: InstrumentationSpecNodejsEnvValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNodejsEnvValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecNodejsEnvValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNodejsEnvValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsResourceRequirements",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class InstrumentationSpecNodejsResourceRequirements:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecNodejsResourceRequirementsClaims", typing.Dict[builtins.str, typing.Any]]]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNodejsResourceRequirementsLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNodejsResourceRequirementsRequests"]] = None,
    ) -> None:
        '''
        :param claims: 
        :param limits: 
        :param requests: 

        :schema: InstrumentationSpecNodejsResourceRequirements
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__21601d867ae8205eefe95d22fa7557ed039fe4e63a7af4ed65e67f723b69a18f)
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
    ) -> typing.Optional[typing.List["InstrumentationSpecNodejsResourceRequirementsClaims"]]:
        '''
        :schema: InstrumentationSpecNodejsResourceRequirements#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecNodejsResourceRequirementsClaims"]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNodejsResourceRequirementsLimits"]]:
        '''
        :schema: InstrumentationSpecNodejsResourceRequirements#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNodejsResourceRequirementsLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNodejsResourceRequirementsRequests"]]:
        '''
        :schema: InstrumentationSpecNodejsResourceRequirements#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNodejsResourceRequirementsRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNodejsResourceRequirements(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsResourceRequirementsClaims",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "request": "request"},
)
class InstrumentationSpecNodejsResourceRequirementsClaims:
    def __init__(
        self,
        *,
        name: builtins.str,
        request: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param request: 

        :schema: InstrumentationSpecNodejsResourceRequirementsClaims
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d13e68dc928565d8e2f9e092fe62f7a75a0e8b2ec0c1627bde9c3d09d551cd2a)
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
        :schema: InstrumentationSpecNodejsResourceRequirementsClaims#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def request(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNodejsResourceRequirementsClaims#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNodejsResourceRequirementsClaims(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecNodejsResourceRequirementsLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsResourceRequirementsLimits",
):
    '''
    :schema: InstrumentationSpecNodejsResourceRequirementsLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecNodejsResourceRequirementsLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__38db2376c49f8b7a42cfc90fd632349299ffaf52617cb5f3489b53dcb3d69390)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNodejsResourceRequirementsLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecNodejsResourceRequirementsLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7d45f93e4565f80999f16ad53788cd246809f0febb0ad8a9b6604500f3aca5d1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNodejsResourceRequirementsLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class InstrumentationSpecNodejsResourceRequirementsRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsResourceRequirementsRequests",
):
    '''
    :schema: InstrumentationSpecNodejsResourceRequirementsRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecNodejsResourceRequirementsRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a3a04d7f8ae3b338bb167c4eb90568faa2859cac2a5087e43cec5106c40a0529)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNodejsResourceRequirementsRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecNodejsResourceRequirementsRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cbeb8750c8027ed8fd7fbc0221e0f0b90458a0b1e1fbe45c767f16ef6ec62536)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNodejsResourceRequirementsRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsVolumeClaimTemplate",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class InstrumentationSpecNodejsVolumeClaimTemplate:
    def __init__(
        self,
        *,
        spec: typing.Union["InstrumentationSpecNodejsVolumeClaimTemplateSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["InstrumentationSpecNodejsVolumeClaimTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: InstrumentationSpecNodejsVolumeClaimTemplate
        '''
        if isinstance(spec, dict):
            spec = InstrumentationSpecNodejsVolumeClaimTemplateSpec(**spec)
        if isinstance(metadata, dict):
            metadata = InstrumentationSpecNodejsVolumeClaimTemplateMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4f035a2e6a8d899ff18d9d9589648e3b0c0c3c99dbf1a1c165c262b616c4067f)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "InstrumentationSpecNodejsVolumeClaimTemplateSpec":
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplate#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("InstrumentationSpecNodejsVolumeClaimTemplateSpec", result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["InstrumentationSpecNodejsVolumeClaimTemplateMetadata"]:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["InstrumentationSpecNodejsVolumeClaimTemplateMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNodejsVolumeClaimTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsVolumeClaimTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "finalizers": "finalizers",
        "labels": "labels",
        "name": "name",
        "namespace": "namespace",
    },
)
class InstrumentationSpecNodejsVolumeClaimTemplateMetadata:
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

        :schema: InstrumentationSpecNodejsVolumeClaimTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__36fbdcb630fb090f682eb593d37272c410756fce34028503ab70bee8090dbb81)
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
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def finalizers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateMetadata#finalizers
        '''
        result = self._values.get("finalizers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateMetadata#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateMetadata#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNodejsVolumeClaimTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsVolumeClaimTemplateSpec",
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
class InstrumentationSpecNodejsVolumeClaimTemplateSpec:
    def __init__(
        self,
        *,
        access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
        data_source: typing.Optional[typing.Union["InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource", typing.Dict[builtins.str, typing.Any]]] = None,
        data_source_ref: typing.Optional[typing.Union["InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resources: typing.Optional[typing.Union["InstrumentationSpecNodejsVolumeClaimTemplateSpecResources", typing.Dict[builtins.str, typing.Any]]] = None,
        selector: typing.Optional[typing.Union["InstrumentationSpecNodejsVolumeClaimTemplateSpecSelector", typing.Dict[builtins.str, typing.Any]]] = None,
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

        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpec
        '''
        if isinstance(data_source, dict):
            data_source = InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource(**data_source)
        if isinstance(data_source_ref, dict):
            data_source_ref = InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef(**data_source_ref)
        if isinstance(resources, dict):
            resources = InstrumentationSpecNodejsVolumeClaimTemplateSpecResources(**resources)
        if isinstance(selector, dict):
            selector = InstrumentationSpecNodejsVolumeClaimTemplateSpecSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0223ee9668fad92cd6a20e82413e25db74298cffc03dd8219238fa62287b46d8)
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
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpec#accessModes
        '''
        result = self._values.get("access_modes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def data_source(
        self,
    ) -> typing.Optional["InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource"]:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpec#dataSource
        '''
        result = self._values.get("data_source")
        return typing.cast(typing.Optional["InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource"], result)

    @builtins.property
    def data_source_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef"]:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpec#dataSourceRef
        '''
        result = self._values.get("data_source_ref")
        return typing.cast(typing.Optional["InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef"], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["InstrumentationSpecNodejsVolumeClaimTemplateSpecResources"]:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["InstrumentationSpecNodejsVolumeClaimTemplateSpecResources"], result)

    @builtins.property
    def selector(
        self,
    ) -> typing.Optional["InstrumentationSpecNodejsVolumeClaimTemplateSpecSelector"]:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpec#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["InstrumentationSpecNodejsVolumeClaimTemplateSpecSelector"], result)

    @builtins.property
    def storage_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpec#storageClassName
        '''
        result = self._values.get("storage_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_attributes_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpec#volumeAttributesClassName
        '''
        result = self._values.get("volume_attributes_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpec#volumeMode
        '''
        result = self._values.get("volume_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpec#volumeName
        '''
        result = self._values.get("volume_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNodejsVolumeClaimTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_group": "apiGroup"},
)
class InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource:
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

        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__800e90846e8de6ad0eb0c7e690d01f07d4e8105d09a6551ed55d5dd9b7827400)
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
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "api_group": "apiGroup",
        "namespace": "namespace",
    },
)
class InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef:
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

        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a54d338b512e93059fc189de1b6c7f18985be1f8ddef49a3e3a21a6def26422e)
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
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsVolumeClaimTemplateSpecResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class InstrumentationSpecNodejsVolumeClaimTemplateSpecResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesRequests"]] = None,
    ) -> None:
        '''
        :param limits: 
        :param requests: 

        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpecResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8545df71ef2a45cd4e6e5c6f784208291c3ab9c7100daa6d1f90969e6eb42ec0)
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
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesLimits"]]:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpecResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesRequests"]]:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpecResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNodejsVolumeClaimTemplateSpecResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesLimits",
):
    '''
    :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__82d3ad80bf32ef2ead7e8e4afc7adb2c0e93b765e8175829c3aa41533a3fd22c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__668e0d137d2a2fd20512ea49f145afa811a50f1df28cdcf3a780290164b7c28d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesRequests",
):
    '''
    :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eda7721335a8175f4bd443831ed69b8b47fff27969d0752e78acf02fb0ff1b2d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e863d9266144f4fefc9343baa3409d397d76f3d444e7f3a11a1833d36b269ebb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsVolumeClaimTemplateSpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class InstrumentationSpecNodejsVolumeClaimTemplateSpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecNodejsVolumeClaimTemplateSpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__55a7d8aba400ae2e2ab39f8c546a3267a86957d08ec7db69007d1b1f62d32080)
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
    ) -> typing.Optional[typing.List["InstrumentationSpecNodejsVolumeClaimTemplateSpecSelectorMatchExpressions"]]:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecNodejsVolumeClaimTemplateSpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNodejsVolumeClaimTemplateSpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsVolumeClaimTemplateSpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class InstrumentationSpecNodejsVolumeClaimTemplateSpecSelectorMatchExpressions:
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

        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4f3fb04758361abea2471df3c2d5ba35678dd7143db6bbbe90be7af5e50be7ae)
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
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: InstrumentationSpecNodejsVolumeClaimTemplateSpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecNodejsVolumeClaimTemplateSpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecNodejsVolumeLimitSize(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecNodejsVolumeLimitSize",
):
    '''
    :schema: InstrumentationSpecNodejsVolumeLimitSize
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecNodejsVolumeLimitSize":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e61018787b00aa2e1b3720aa4d85379a547774c0ebd79b7b6a872eacc3b80b96)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNodejsVolumeLimitSize", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecNodejsVolumeLimitSize":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e582c0158d23cf1a590a9c62fe05b400f84a5639ba2f9bdaa93eee3316ebb5b9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecNodejsVolumeLimitSize", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPropagators")
class InstrumentationSpecPropagators(enum.Enum):
    '''
    :schema: InstrumentationSpecPropagators
    '''

    TRACECONTEXT = "TRACECONTEXT"
    '''tracecontext.'''
    BAGGAGE = "BAGGAGE"
    '''baggage.'''
    B3 = "B3"
    '''b3.'''
    B3MULTI = "B3MULTI"
    '''b3multi.'''
    JAEGER = "JAEGER"
    '''jaeger.'''
    XRAY = "XRAY"
    '''xray.'''
    OTTRACE = "OTTRACE"
    '''ottrace.'''
    NONE = "NONE"
    '''none.'''


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPython",
    jsii_struct_bases=[],
    name_mapping={
        "env": "env",
        "image": "image",
        "resource_requirements": "resourceRequirements",
        "volume_claim_template": "volumeClaimTemplate",
        "volume_limit_size": "volumeLimitSize",
    },
)
class InstrumentationSpecPython:
    def __init__(
        self,
        *,
        env: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecPythonEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        image: typing.Optional[builtins.str] = None,
        resource_requirements: typing.Optional[typing.Union["InstrumentationSpecPythonResourceRequirements", typing.Dict[builtins.str, typing.Any]]] = None,
        volume_claim_template: typing.Optional[typing.Union["InstrumentationSpecPythonVolumeClaimTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
        volume_limit_size: typing.Optional["InstrumentationSpecPythonVolumeLimitSize"] = None,
    ) -> None:
        '''
        :param env: 
        :param image: 
        :param resource_requirements: 
        :param volume_claim_template: 
        :param volume_limit_size: 

        :schema: InstrumentationSpecPython
        '''
        if isinstance(resource_requirements, dict):
            resource_requirements = InstrumentationSpecPythonResourceRequirements(**resource_requirements)
        if isinstance(volume_claim_template, dict):
            volume_claim_template = InstrumentationSpecPythonVolumeClaimTemplate(**volume_claim_template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9e00cefae9436f603a73e4dcd98fb7b63177e577e509d6edd371578fc2e65d91)
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument resource_requirements", value=resource_requirements, expected_type=type_hints["resource_requirements"])
            check_type(argname="argument volume_claim_template", value=volume_claim_template, expected_type=type_hints["volume_claim_template"])
            check_type(argname="argument volume_limit_size", value=volume_limit_size, expected_type=type_hints["volume_limit_size"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if env is not None:
            self._values["env"] = env
        if image is not None:
            self._values["image"] = image
        if resource_requirements is not None:
            self._values["resource_requirements"] = resource_requirements
        if volume_claim_template is not None:
            self._values["volume_claim_template"] = volume_claim_template
        if volume_limit_size is not None:
            self._values["volume_limit_size"] = volume_limit_size

    @builtins.property
    def env(self) -> typing.Optional[typing.List["InstrumentationSpecPythonEnv"]]:
        '''
        :schema: InstrumentationSpecPython#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecPythonEnv"]], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecPython#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_requirements(
        self,
    ) -> typing.Optional["InstrumentationSpecPythonResourceRequirements"]:
        '''
        :schema: InstrumentationSpecPython#resourceRequirements
        '''
        result = self._values.get("resource_requirements")
        return typing.cast(typing.Optional["InstrumentationSpecPythonResourceRequirements"], result)

    @builtins.property
    def volume_claim_template(
        self,
    ) -> typing.Optional["InstrumentationSpecPythonVolumeClaimTemplate"]:
        '''
        :schema: InstrumentationSpecPython#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Optional["InstrumentationSpecPythonVolumeClaimTemplate"], result)

    @builtins.property
    def volume_limit_size(
        self,
    ) -> typing.Optional["InstrumentationSpecPythonVolumeLimitSize"]:
        '''
        :schema: InstrumentationSpecPython#volumeLimitSize
        '''
        result = self._values.get("volume_limit_size")
        return typing.cast(typing.Optional["InstrumentationSpecPythonVolumeLimitSize"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecPython(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class InstrumentationSpecPythonEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["InstrumentationSpecPythonEnvValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param value_from: 

        :schema: InstrumentationSpecPythonEnv
        '''
        if isinstance(value_from, dict):
            value_from = InstrumentationSpecPythonEnvValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ff064fe97ec54efd4e1cf10e4e89a2b144fe1220d198e0fe134e99ef2de32be1)
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
        :schema: InstrumentationSpecPythonEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecPythonEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Optional["InstrumentationSpecPythonEnvValueFrom"]:
        '''
        :schema: InstrumentationSpecPythonEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["InstrumentationSpecPythonEnvValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecPythonEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonEnvValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class InstrumentationSpecPythonEnvValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["InstrumentationSpecPythonEnvValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["InstrumentationSpecPythonEnvValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["InstrumentationSpecPythonEnvValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["InstrumentationSpecPythonEnvValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["InstrumentationSpecPythonEnvValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param config_map_key_ref: 
        :param field_ref: 
        :param file_key_ref: 
        :param resource_field_ref: 
        :param secret_key_ref: 

        :schema: InstrumentationSpecPythonEnvValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = InstrumentationSpecPythonEnvValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = InstrumentationSpecPythonEnvValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = InstrumentationSpecPythonEnvValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = InstrumentationSpecPythonEnvValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = InstrumentationSpecPythonEnvValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__60fe876ea6a8eb2ac100ca71953cb5b7ec6f5f3e3852f0ee8be956464c08cccc)
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
    ) -> typing.Optional["InstrumentationSpecPythonEnvValueFromConfigMapKeyRef"]:
        '''
        :schema: InstrumentationSpecPythonEnvValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecPythonEnvValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecPythonEnvValueFromFieldRef"]:
        '''
        :schema: InstrumentationSpecPythonEnvValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["InstrumentationSpecPythonEnvValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecPythonEnvValueFromFileKeyRef"]:
        '''
        :schema: InstrumentationSpecPythonEnvValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecPythonEnvValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecPythonEnvValueFromResourceFieldRef"]:
        '''
        :schema: InstrumentationSpecPythonEnvValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["InstrumentationSpecPythonEnvValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecPythonEnvValueFromSecretKeyRef"]:
        '''
        :schema: InstrumentationSpecPythonEnvValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["InstrumentationSpecPythonEnvValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecPythonEnvValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonEnvValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class InstrumentationSpecPythonEnvValueFromConfigMapKeyRef:
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

        :schema: InstrumentationSpecPythonEnvValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__12c07c9e40883100f76b2a64ba4a2be7d1043dc894f33653ab842d32003ff29f)
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
        :schema: InstrumentationSpecPythonEnvValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecPythonEnvValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecPythonEnvValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecPythonEnvValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonEnvValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class InstrumentationSpecPythonEnvValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param field_path: 
        :param api_version: 

        :schema: InstrumentationSpecPythonEnvValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__09f988e0cd810a45a4f4ff49dda01daf36740506e131aa1c36f2777bb92d1f52)
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
        :schema: InstrumentationSpecPythonEnvValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecPythonEnvValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecPythonEnvValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonEnvValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class InstrumentationSpecPythonEnvValueFromFileKeyRef:
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

        :schema: InstrumentationSpecPythonEnvValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f40226d32c74c6932b0a33a1e97184db4044c3a18d0b19645dacbc76c0a12267)
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
        :schema: InstrumentationSpecPythonEnvValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecPythonEnvValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecPythonEnvValueFromFileKeyRef#volumeName
        '''
        result = self._values.get("volume_name")
        assert result is not None, "Required property 'volume_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecPythonEnvValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecPythonEnvValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonEnvValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class InstrumentationSpecPythonEnvValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["InstrumentationSpecPythonEnvValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''
        :param resource: 
        :param container_name: 
        :param divisor: 

        :schema: InstrumentationSpecPythonEnvValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a12134f439f0c9db0b8a6392b2821fc39f043aa22e59008599ee53b7842e27f6)
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
        :schema: InstrumentationSpecPythonEnvValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecPythonEnvValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["InstrumentationSpecPythonEnvValueFromResourceFieldRefDivisor"]:
        '''
        :schema: InstrumentationSpecPythonEnvValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["InstrumentationSpecPythonEnvValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecPythonEnvValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecPythonEnvValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonEnvValueFromResourceFieldRefDivisor",
):
    '''
    :schema: InstrumentationSpecPythonEnvValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecPythonEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__456a073a56d8a36466ac5d4e1fb2635939fd3a2efa43fdb99e26c441228aeb51)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecPythonEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecPythonEnvValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__05e147207de787819d70178412ca89029c5048e6369aebbdb588c533d79375dd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecPythonEnvValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonEnvValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class InstrumentationSpecPythonEnvValueFromSecretKeyRef:
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

        :schema: InstrumentationSpecPythonEnvValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8126433551fa6044345dc7fda760d956e95750d518c7c410ae80ae5b1e6093f7)
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
        :schema: InstrumentationSpecPythonEnvValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecPythonEnvValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecPythonEnvValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecPythonEnvValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonResourceRequirements",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class InstrumentationSpecPythonResourceRequirements:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecPythonResourceRequirementsClaims", typing.Dict[builtins.str, typing.Any]]]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecPythonResourceRequirementsLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecPythonResourceRequirementsRequests"]] = None,
    ) -> None:
        '''
        :param claims: 
        :param limits: 
        :param requests: 

        :schema: InstrumentationSpecPythonResourceRequirements
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c2a38555d68936f2ea9e02390e7028c08abcad011db03edaa4406d65243b4410)
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
    ) -> typing.Optional[typing.List["InstrumentationSpecPythonResourceRequirementsClaims"]]:
        '''
        :schema: InstrumentationSpecPythonResourceRequirements#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecPythonResourceRequirementsClaims"]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecPythonResourceRequirementsLimits"]]:
        '''
        :schema: InstrumentationSpecPythonResourceRequirements#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecPythonResourceRequirementsLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecPythonResourceRequirementsRequests"]]:
        '''
        :schema: InstrumentationSpecPythonResourceRequirements#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecPythonResourceRequirementsRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecPythonResourceRequirements(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonResourceRequirementsClaims",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "request": "request"},
)
class InstrumentationSpecPythonResourceRequirementsClaims:
    def __init__(
        self,
        *,
        name: builtins.str,
        request: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param request: 

        :schema: InstrumentationSpecPythonResourceRequirementsClaims
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b4055da31b0ebb513549b29219d3b7587132b1df976b646af5374826dd788e92)
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
        :schema: InstrumentationSpecPythonResourceRequirementsClaims#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def request(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecPythonResourceRequirementsClaims#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecPythonResourceRequirementsClaims(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecPythonResourceRequirementsLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonResourceRequirementsLimits",
):
    '''
    :schema: InstrumentationSpecPythonResourceRequirementsLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecPythonResourceRequirementsLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ee097bb07da754db92a48365a5f48c9f548cb56f259be7beef8cb93ad4fe93b5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecPythonResourceRequirementsLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecPythonResourceRequirementsLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0d922c69057ce959a5b2fa97e0df7575b64eab2659a9ea15c5f9d5794cb4ef6c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecPythonResourceRequirementsLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class InstrumentationSpecPythonResourceRequirementsRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonResourceRequirementsRequests",
):
    '''
    :schema: InstrumentationSpecPythonResourceRequirementsRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecPythonResourceRequirementsRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0bfcefebe490bfb36c31a32ec90f55b9c6ad2e7b1097d6a782e9485e5ece304e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecPythonResourceRequirementsRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecPythonResourceRequirementsRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba5f7def4f86b23b709d7115efa4b543ebb084ce8d448f4ea6a479cf355b9d2c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecPythonResourceRequirementsRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonVolumeClaimTemplate",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class InstrumentationSpecPythonVolumeClaimTemplate:
    def __init__(
        self,
        *,
        spec: typing.Union["InstrumentationSpecPythonVolumeClaimTemplateSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["InstrumentationSpecPythonVolumeClaimTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: InstrumentationSpecPythonVolumeClaimTemplate
        '''
        if isinstance(spec, dict):
            spec = InstrumentationSpecPythonVolumeClaimTemplateSpec(**spec)
        if isinstance(metadata, dict):
            metadata = InstrumentationSpecPythonVolumeClaimTemplateMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__51f3c73e846269d33e5f7bd93f5f76507d3fba82091da07422906fb7487311ec)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "InstrumentationSpecPythonVolumeClaimTemplateSpec":
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplate#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("InstrumentationSpecPythonVolumeClaimTemplateSpec", result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["InstrumentationSpecPythonVolumeClaimTemplateMetadata"]:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["InstrumentationSpecPythonVolumeClaimTemplateMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecPythonVolumeClaimTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonVolumeClaimTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "finalizers": "finalizers",
        "labels": "labels",
        "name": "name",
        "namespace": "namespace",
    },
)
class InstrumentationSpecPythonVolumeClaimTemplateMetadata:
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

        :schema: InstrumentationSpecPythonVolumeClaimTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__862ac1f7743d3f7a9613ae7c4c4c0b48747e48d2d553f5c92968331500f4904e)
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
        :schema: InstrumentationSpecPythonVolumeClaimTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def finalizers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateMetadata#finalizers
        '''
        result = self._values.get("finalizers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateMetadata#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateMetadata#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecPythonVolumeClaimTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonVolumeClaimTemplateSpec",
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
class InstrumentationSpecPythonVolumeClaimTemplateSpec:
    def __init__(
        self,
        *,
        access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
        data_source: typing.Optional[typing.Union["InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource", typing.Dict[builtins.str, typing.Any]]] = None,
        data_source_ref: typing.Optional[typing.Union["InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resources: typing.Optional[typing.Union["InstrumentationSpecPythonVolumeClaimTemplateSpecResources", typing.Dict[builtins.str, typing.Any]]] = None,
        selector: typing.Optional[typing.Union["InstrumentationSpecPythonVolumeClaimTemplateSpecSelector", typing.Dict[builtins.str, typing.Any]]] = None,
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

        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpec
        '''
        if isinstance(data_source, dict):
            data_source = InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource(**data_source)
        if isinstance(data_source_ref, dict):
            data_source_ref = InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef(**data_source_ref)
        if isinstance(resources, dict):
            resources = InstrumentationSpecPythonVolumeClaimTemplateSpecResources(**resources)
        if isinstance(selector, dict):
            selector = InstrumentationSpecPythonVolumeClaimTemplateSpecSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9b2e66062c2dbe9309e37373ce9cf741734fdf867a876292d18262947e028604)
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
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpec#accessModes
        '''
        result = self._values.get("access_modes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def data_source(
        self,
    ) -> typing.Optional["InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource"]:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpec#dataSource
        '''
        result = self._values.get("data_source")
        return typing.cast(typing.Optional["InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource"], result)

    @builtins.property
    def data_source_ref(
        self,
    ) -> typing.Optional["InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef"]:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpec#dataSourceRef
        '''
        result = self._values.get("data_source_ref")
        return typing.cast(typing.Optional["InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef"], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["InstrumentationSpecPythonVolumeClaimTemplateSpecResources"]:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["InstrumentationSpecPythonVolumeClaimTemplateSpecResources"], result)

    @builtins.property
    def selector(
        self,
    ) -> typing.Optional["InstrumentationSpecPythonVolumeClaimTemplateSpecSelector"]:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpec#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["InstrumentationSpecPythonVolumeClaimTemplateSpecSelector"], result)

    @builtins.property
    def storage_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpec#storageClassName
        '''
        result = self._values.get("storage_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_attributes_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpec#volumeAttributesClassName
        '''
        result = self._values.get("volume_attributes_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpec#volumeMode
        '''
        result = self._values.get("volume_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpec#volumeName
        '''
        result = self._values.get("volume_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecPythonVolumeClaimTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_group": "apiGroup"},
)
class InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource:
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

        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__692ff55da2f4905f8b90b1cf6d1a3849088bc73f786922de7d13986cbf2f5db0)
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
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef",
    jsii_struct_bases=[],
    name_mapping={
        "kind": "kind",
        "name": "name",
        "api_group": "apiGroup",
        "namespace": "namespace",
    },
)
class InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef:
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

        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a75ff4fa01726e393e45c8752744b5e36eef9f0d9b1867273217f7c88549148)
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
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonVolumeClaimTemplateSpecResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests"},
)
class InstrumentationSpecPythonVolumeClaimTemplateSpecResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesRequests"]] = None,
    ) -> None:
        '''
        :param limits: 
        :param requests: 

        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpecResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7a42c4b0eb5743cf898e47d2561c2f40da3cb06733dc5528a54dea94598bed2e)
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
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesLimits"]]:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpecResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesRequests"]]:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpecResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecPythonVolumeClaimTemplateSpecResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesLimits",
):
    '''
    :schema: InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fbabacd2008d2dd268f9046ff0bd14bd36eb3bdb891b110354e82292fafbbee2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a9a301b45f3f496bdb2c31aed5fb01aa4579990498e88955514ad1c71b8aa082)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesRequests",
):
    '''
    :schema: InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__49e1d008c01730d35d019f2b71c3710ce08c32a360423e5ecb9b659653ad8093)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__21e4543278764912f1d5323bef5f589aa7474e2e330999bb55c18ee431f02429)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonVolumeClaimTemplateSpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class InstrumentationSpecPythonVolumeClaimTemplateSpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["InstrumentationSpecPythonVolumeClaimTemplateSpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8cef4e0fe6c32fb2cbeb2cb78804142a44ecffa685e77133169713282ee16ccf)
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
    ) -> typing.Optional[typing.List["InstrumentationSpecPythonVolumeClaimTemplateSpecSelectorMatchExpressions"]]:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["InstrumentationSpecPythonVolumeClaimTemplateSpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecPythonVolumeClaimTemplateSpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonVolumeClaimTemplateSpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class InstrumentationSpecPythonVolumeClaimTemplateSpecSelectorMatchExpressions:
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

        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9c958fbb77168c1107185cc88e82141fe4fb7f1215dd536c059062b6c85f0f1e)
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
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: InstrumentationSpecPythonVolumeClaimTemplateSpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecPythonVolumeClaimTemplateSpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InstrumentationSpecPythonVolumeLimitSize(
    metaclass=jsii.JSIIMeta,
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecPythonVolumeLimitSize",
):
    '''
    :schema: InstrumentationSpecPythonVolumeLimitSize
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "InstrumentationSpecPythonVolumeLimitSize":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f327af9be6924d6568f8eb20a116d1cca0aba8a73fccb1bbd45e245887feca75)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecPythonVolumeLimitSize", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "InstrumentationSpecPythonVolumeLimitSize":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e6e0d23d3f2f8fa92bf4219624a7cae140283acf6edc7946a6ed1af5d70a0a00)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("InstrumentationSpecPythonVolumeLimitSize", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecResource",
    jsii_struct_bases=[],
    name_mapping={
        "add_k8_s_uid_attributes": "addK8SUidAttributes",
        "resource_attributes": "resourceAttributes",
    },
)
class InstrumentationSpecResource:
    def __init__(
        self,
        *,
        add_k8_s_uid_attributes: typing.Optional[builtins.bool] = None,
        resource_attributes: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add_k8_s_uid_attributes: 
        :param resource_attributes: 

        :schema: InstrumentationSpecResource
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0e67f064c4b855dd7ba355848a48d98bc76b573948aaff03812c882f37697b24)
            check_type(argname="argument add_k8_s_uid_attributes", value=add_k8_s_uid_attributes, expected_type=type_hints["add_k8_s_uid_attributes"])
            check_type(argname="argument resource_attributes", value=resource_attributes, expected_type=type_hints["resource_attributes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add_k8_s_uid_attributes is not None:
            self._values["add_k8_s_uid_attributes"] = add_k8_s_uid_attributes
        if resource_attributes is not None:
            self._values["resource_attributes"] = resource_attributes

    @builtins.property
    def add_k8_s_uid_attributes(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: InstrumentationSpecResource#addK8sUIDAttributes
        '''
        result = self._values.get("add_k8_s_uid_attributes")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def resource_attributes(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: InstrumentationSpecResource#resourceAttributes
        '''
        result = self._values.get("resource_attributes")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecResource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecSampler",
    jsii_struct_bases=[],
    name_mapping={"argument": "argument", "type": "type"},
)
class InstrumentationSpecSampler:
    def __init__(
        self,
        *,
        argument: typing.Optional[builtins.str] = None,
        type: typing.Optional["InstrumentationSpecSamplerType"] = None,
    ) -> None:
        '''
        :param argument: 
        :param type: 

        :schema: InstrumentationSpecSampler
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c4dff8a9cd2a1f238dfd1ecd042dbe6a4d390eefd701c2e221a94963119bc10e)
            check_type(argname="argument argument", value=argument, expected_type=type_hints["argument"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if argument is not None:
            self._values["argument"] = argument
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def argument(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InstrumentationSpecSampler#argument
        '''
        result = self._values.get("argument")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(self) -> typing.Optional["InstrumentationSpecSamplerType"]:
        '''
        :schema: InstrumentationSpecSampler#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["InstrumentationSpecSamplerType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InstrumentationSpecSampler(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="instrumentation_ioopentelemetry.InstrumentationSpecSamplerType")
class InstrumentationSpecSamplerType(enum.Enum):
    '''
    :schema: InstrumentationSpecSamplerType
    '''

    ALWAYS_UNDERSCORE_ON = "ALWAYS_UNDERSCORE_ON"
    '''always_on.'''
    ALWAYS_UNDERSCORE_OFF = "ALWAYS_UNDERSCORE_OFF"
    '''always_off.'''
    TRACEIDRATIO = "TRACEIDRATIO"
    '''traceidratio.'''
    PARENTBASED_UNDERSCORE_ALWAYS_UNDERSCORE_ON = "PARENTBASED_UNDERSCORE_ALWAYS_UNDERSCORE_ON"
    '''parentbased_always_on.'''
    PARENTBASED_UNDERSCORE_ALWAYS_UNDERSCORE_OFF = "PARENTBASED_UNDERSCORE_ALWAYS_UNDERSCORE_OFF"
    '''parentbased_always_off.'''
    PARENTBASED_UNDERSCORE_TRACEIDRATIO = "PARENTBASED_UNDERSCORE_TRACEIDRATIO"
    '''parentbased_traceidratio.'''
    JAEGER_UNDERSCORE_REMOTE = "JAEGER_UNDERSCORE_REMOTE"
    '''jaeger_remote.'''
    XRAY = "XRAY"
    '''xray.'''


__all__ = [
    "Instrumentation",
    "InstrumentationProps",
    "InstrumentationSpec",
    "InstrumentationSpecApacheHttpd",
    "InstrumentationSpecApacheHttpdAttrs",
    "InstrumentationSpecApacheHttpdAttrsValueFrom",
    "InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef",
    "InstrumentationSpecApacheHttpdAttrsValueFromFieldRef",
    "InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef",
    "InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef",
    "InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRefDivisor",
    "InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef",
    "InstrumentationSpecApacheHttpdEnv",
    "InstrumentationSpecApacheHttpdEnvValueFrom",
    "InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef",
    "InstrumentationSpecApacheHttpdEnvValueFromFieldRef",
    "InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef",
    "InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef",
    "InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRefDivisor",
    "InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef",
    "InstrumentationSpecApacheHttpdResourceRequirements",
    "InstrumentationSpecApacheHttpdResourceRequirementsClaims",
    "InstrumentationSpecApacheHttpdResourceRequirementsLimits",
    "InstrumentationSpecApacheHttpdResourceRequirementsRequests",
    "InstrumentationSpecApacheHttpdVolumeClaimTemplate",
    "InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata",
    "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec",
    "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource",
    "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef",
    "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResources",
    "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesLimits",
    "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesRequests",
    "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelector",
    "InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelectorMatchExpressions",
    "InstrumentationSpecApacheHttpdVolumeLimitSize",
    "InstrumentationSpecDefaults",
    "InstrumentationSpecDotnet",
    "InstrumentationSpecDotnetEnv",
    "InstrumentationSpecDotnetEnvValueFrom",
    "InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef",
    "InstrumentationSpecDotnetEnvValueFromFieldRef",
    "InstrumentationSpecDotnetEnvValueFromFileKeyRef",
    "InstrumentationSpecDotnetEnvValueFromResourceFieldRef",
    "InstrumentationSpecDotnetEnvValueFromResourceFieldRefDivisor",
    "InstrumentationSpecDotnetEnvValueFromSecretKeyRef",
    "InstrumentationSpecDotnetResourceRequirements",
    "InstrumentationSpecDotnetResourceRequirementsClaims",
    "InstrumentationSpecDotnetResourceRequirementsLimits",
    "InstrumentationSpecDotnetResourceRequirementsRequests",
    "InstrumentationSpecDotnetVolumeClaimTemplate",
    "InstrumentationSpecDotnetVolumeClaimTemplateMetadata",
    "InstrumentationSpecDotnetVolumeClaimTemplateSpec",
    "InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource",
    "InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef",
    "InstrumentationSpecDotnetVolumeClaimTemplateSpecResources",
    "InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesLimits",
    "InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesRequests",
    "InstrumentationSpecDotnetVolumeClaimTemplateSpecSelector",
    "InstrumentationSpecDotnetVolumeClaimTemplateSpecSelectorMatchExpressions",
    "InstrumentationSpecDotnetVolumeLimitSize",
    "InstrumentationSpecEnv",
    "InstrumentationSpecEnvValueFrom",
    "InstrumentationSpecEnvValueFromConfigMapKeyRef",
    "InstrumentationSpecEnvValueFromFieldRef",
    "InstrumentationSpecEnvValueFromFileKeyRef",
    "InstrumentationSpecEnvValueFromResourceFieldRef",
    "InstrumentationSpecEnvValueFromResourceFieldRefDivisor",
    "InstrumentationSpecEnvValueFromSecretKeyRef",
    "InstrumentationSpecExporter",
    "InstrumentationSpecExporterTls",
    "InstrumentationSpecGo",
    "InstrumentationSpecGoEnv",
    "InstrumentationSpecGoEnvValueFrom",
    "InstrumentationSpecGoEnvValueFromConfigMapKeyRef",
    "InstrumentationSpecGoEnvValueFromFieldRef",
    "InstrumentationSpecGoEnvValueFromFileKeyRef",
    "InstrumentationSpecGoEnvValueFromResourceFieldRef",
    "InstrumentationSpecGoEnvValueFromResourceFieldRefDivisor",
    "InstrumentationSpecGoEnvValueFromSecretKeyRef",
    "InstrumentationSpecGoResourceRequirements",
    "InstrumentationSpecGoResourceRequirementsClaims",
    "InstrumentationSpecGoResourceRequirementsLimits",
    "InstrumentationSpecGoResourceRequirementsRequests",
    "InstrumentationSpecGoSecurityContext",
    "InstrumentationSpecGoSecurityContextAppArmorProfile",
    "InstrumentationSpecGoSecurityContextCapabilities",
    "InstrumentationSpecGoSecurityContextSeLinuxOptions",
    "InstrumentationSpecGoSecurityContextSeccompProfile",
    "InstrumentationSpecGoSecurityContextWindowsOptions",
    "InstrumentationSpecGoVolumeClaimTemplate",
    "InstrumentationSpecGoVolumeClaimTemplateMetadata",
    "InstrumentationSpecGoVolumeClaimTemplateSpec",
    "InstrumentationSpecGoVolumeClaimTemplateSpecDataSource",
    "InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef",
    "InstrumentationSpecGoVolumeClaimTemplateSpecResources",
    "InstrumentationSpecGoVolumeClaimTemplateSpecResourcesLimits",
    "InstrumentationSpecGoVolumeClaimTemplateSpecResourcesRequests",
    "InstrumentationSpecGoVolumeClaimTemplateSpecSelector",
    "InstrumentationSpecGoVolumeClaimTemplateSpecSelectorMatchExpressions",
    "InstrumentationSpecGoVolumeLimitSize",
    "InstrumentationSpecInitContainerSecurityContext",
    "InstrumentationSpecInitContainerSecurityContextAppArmorProfile",
    "InstrumentationSpecInitContainerSecurityContextCapabilities",
    "InstrumentationSpecInitContainerSecurityContextSeLinuxOptions",
    "InstrumentationSpecInitContainerSecurityContextSeccompProfile",
    "InstrumentationSpecInitContainerSecurityContextWindowsOptions",
    "InstrumentationSpecJava",
    "InstrumentationSpecJavaEnv",
    "InstrumentationSpecJavaEnvValueFrom",
    "InstrumentationSpecJavaEnvValueFromConfigMapKeyRef",
    "InstrumentationSpecJavaEnvValueFromFieldRef",
    "InstrumentationSpecJavaEnvValueFromFileKeyRef",
    "InstrumentationSpecJavaEnvValueFromResourceFieldRef",
    "InstrumentationSpecJavaEnvValueFromResourceFieldRefDivisor",
    "InstrumentationSpecJavaEnvValueFromSecretKeyRef",
    "InstrumentationSpecJavaExtensions",
    "InstrumentationSpecJavaResources",
    "InstrumentationSpecJavaResourcesClaims",
    "InstrumentationSpecJavaResourcesLimits",
    "InstrumentationSpecJavaResourcesRequests",
    "InstrumentationSpecJavaVolumeClaimTemplate",
    "InstrumentationSpecJavaVolumeClaimTemplateMetadata",
    "InstrumentationSpecJavaVolumeClaimTemplateSpec",
    "InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource",
    "InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef",
    "InstrumentationSpecJavaVolumeClaimTemplateSpecResources",
    "InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesLimits",
    "InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesRequests",
    "InstrumentationSpecJavaVolumeClaimTemplateSpecSelector",
    "InstrumentationSpecJavaVolumeClaimTemplateSpecSelectorMatchExpressions",
    "InstrumentationSpecJavaVolumeLimitSize",
    "InstrumentationSpecNginx",
    "InstrumentationSpecNginxAttrs",
    "InstrumentationSpecNginxAttrsValueFrom",
    "InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef",
    "InstrumentationSpecNginxAttrsValueFromFieldRef",
    "InstrumentationSpecNginxAttrsValueFromFileKeyRef",
    "InstrumentationSpecNginxAttrsValueFromResourceFieldRef",
    "InstrumentationSpecNginxAttrsValueFromResourceFieldRefDivisor",
    "InstrumentationSpecNginxAttrsValueFromSecretKeyRef",
    "InstrumentationSpecNginxEnv",
    "InstrumentationSpecNginxEnvValueFrom",
    "InstrumentationSpecNginxEnvValueFromConfigMapKeyRef",
    "InstrumentationSpecNginxEnvValueFromFieldRef",
    "InstrumentationSpecNginxEnvValueFromFileKeyRef",
    "InstrumentationSpecNginxEnvValueFromResourceFieldRef",
    "InstrumentationSpecNginxEnvValueFromResourceFieldRefDivisor",
    "InstrumentationSpecNginxEnvValueFromSecretKeyRef",
    "InstrumentationSpecNginxResourceRequirements",
    "InstrumentationSpecNginxResourceRequirementsClaims",
    "InstrumentationSpecNginxResourceRequirementsLimits",
    "InstrumentationSpecNginxResourceRequirementsRequests",
    "InstrumentationSpecNginxVolumeClaimTemplate",
    "InstrumentationSpecNginxVolumeClaimTemplateMetadata",
    "InstrumentationSpecNginxVolumeClaimTemplateSpec",
    "InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource",
    "InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef",
    "InstrumentationSpecNginxVolumeClaimTemplateSpecResources",
    "InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesLimits",
    "InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesRequests",
    "InstrumentationSpecNginxVolumeClaimTemplateSpecSelector",
    "InstrumentationSpecNginxVolumeClaimTemplateSpecSelectorMatchExpressions",
    "InstrumentationSpecNginxVolumeLimitSize",
    "InstrumentationSpecNodejs",
    "InstrumentationSpecNodejsEnv",
    "InstrumentationSpecNodejsEnvValueFrom",
    "InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef",
    "InstrumentationSpecNodejsEnvValueFromFieldRef",
    "InstrumentationSpecNodejsEnvValueFromFileKeyRef",
    "InstrumentationSpecNodejsEnvValueFromResourceFieldRef",
    "InstrumentationSpecNodejsEnvValueFromResourceFieldRefDivisor",
    "InstrumentationSpecNodejsEnvValueFromSecretKeyRef",
    "InstrumentationSpecNodejsResourceRequirements",
    "InstrumentationSpecNodejsResourceRequirementsClaims",
    "InstrumentationSpecNodejsResourceRequirementsLimits",
    "InstrumentationSpecNodejsResourceRequirementsRequests",
    "InstrumentationSpecNodejsVolumeClaimTemplate",
    "InstrumentationSpecNodejsVolumeClaimTemplateMetadata",
    "InstrumentationSpecNodejsVolumeClaimTemplateSpec",
    "InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource",
    "InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef",
    "InstrumentationSpecNodejsVolumeClaimTemplateSpecResources",
    "InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesLimits",
    "InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesRequests",
    "InstrumentationSpecNodejsVolumeClaimTemplateSpecSelector",
    "InstrumentationSpecNodejsVolumeClaimTemplateSpecSelectorMatchExpressions",
    "InstrumentationSpecNodejsVolumeLimitSize",
    "InstrumentationSpecPropagators",
    "InstrumentationSpecPython",
    "InstrumentationSpecPythonEnv",
    "InstrumentationSpecPythonEnvValueFrom",
    "InstrumentationSpecPythonEnvValueFromConfigMapKeyRef",
    "InstrumentationSpecPythonEnvValueFromFieldRef",
    "InstrumentationSpecPythonEnvValueFromFileKeyRef",
    "InstrumentationSpecPythonEnvValueFromResourceFieldRef",
    "InstrumentationSpecPythonEnvValueFromResourceFieldRefDivisor",
    "InstrumentationSpecPythonEnvValueFromSecretKeyRef",
    "InstrumentationSpecPythonResourceRequirements",
    "InstrumentationSpecPythonResourceRequirementsClaims",
    "InstrumentationSpecPythonResourceRequirementsLimits",
    "InstrumentationSpecPythonResourceRequirementsRequests",
    "InstrumentationSpecPythonVolumeClaimTemplate",
    "InstrumentationSpecPythonVolumeClaimTemplateMetadata",
    "InstrumentationSpecPythonVolumeClaimTemplateSpec",
    "InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource",
    "InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef",
    "InstrumentationSpecPythonVolumeClaimTemplateSpecResources",
    "InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesLimits",
    "InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesRequests",
    "InstrumentationSpecPythonVolumeClaimTemplateSpecSelector",
    "InstrumentationSpecPythonVolumeClaimTemplateSpecSelectorMatchExpressions",
    "InstrumentationSpecPythonVolumeLimitSize",
    "InstrumentationSpecResource",
    "InstrumentationSpecSampler",
    "InstrumentationSpecSamplerType",
]

publication.publish()

def _typecheckingstub__a4c71322dc1f4f370ecbc080a8ef4fa403b343789d4bfc3460499c157decc13c(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[InstrumentationSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__33a65102cb8321af5027277be33f55a054db73cfb27a02a200279022240b3ee9(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[InstrumentationSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__89bdcf3371c41bc9851ddf85e44c8ad373ddd40e38e224206f7219cf51a7f13c(
    *,
    apache_httpd: typing.Optional[typing.Union[InstrumentationSpecApacheHttpd, typing.Dict[builtins.str, typing.Any]]] = None,
    defaults: typing.Optional[typing.Union[InstrumentationSpecDefaults, typing.Dict[builtins.str, typing.Any]]] = None,
    dotnet: typing.Optional[typing.Union[InstrumentationSpecDotnet, typing.Dict[builtins.str, typing.Any]]] = None,
    env: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    exporter: typing.Optional[typing.Union[InstrumentationSpecExporter, typing.Dict[builtins.str, typing.Any]]] = None,
    go: typing.Optional[typing.Union[InstrumentationSpecGo, typing.Dict[builtins.str, typing.Any]]] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    init_container_security_context: typing.Optional[typing.Union[InstrumentationSpecInitContainerSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    java: typing.Optional[typing.Union[InstrumentationSpecJava, typing.Dict[builtins.str, typing.Any]]] = None,
    nginx: typing.Optional[typing.Union[InstrumentationSpecNginx, typing.Dict[builtins.str, typing.Any]]] = None,
    nodejs: typing.Optional[typing.Union[InstrumentationSpecNodejs, typing.Dict[builtins.str, typing.Any]]] = None,
    propagators: typing.Optional[typing.Sequence[InstrumentationSpecPropagators]] = None,
    python: typing.Optional[typing.Union[InstrumentationSpecPython, typing.Dict[builtins.str, typing.Any]]] = None,
    resource: typing.Optional[typing.Union[InstrumentationSpecResource, typing.Dict[builtins.str, typing.Any]]] = None,
    sampler: typing.Optional[typing.Union[InstrumentationSpecSampler, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bda0fc49170a463af92d9e87e47223ab7564cb1f8ba5e0594edbff9a6948ab13(
    *,
    attrs: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecApacheHttpdAttrs, typing.Dict[builtins.str, typing.Any]]]] = None,
    config_path: typing.Optional[builtins.str] = None,
    env: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecApacheHttpdEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    image: typing.Optional[builtins.str] = None,
    resource_requirements: typing.Optional[typing.Union[InstrumentationSpecApacheHttpdResourceRequirements, typing.Dict[builtins.str, typing.Any]]] = None,
    version: typing.Optional[builtins.str] = None,
    volume_claim_template: typing.Optional[typing.Union[InstrumentationSpecApacheHttpdVolumeClaimTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
    volume_limit_size: typing.Optional[InstrumentationSpecApacheHttpdVolumeLimitSize] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6688d07ec5e5501ee11263636e44f5ea1bf3f1fcd91d12a95a56e3e9241118d(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[InstrumentationSpecApacheHttpdAttrsValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c3025fef7f739e5ec350ad9fb076ec344357b8e81c8093634db43ecd996ce3b(
    *,
    config_map_key_ref: typing.Optional[typing.Union[InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[InstrumentationSpecApacheHttpdAttrsValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f20ac27d45312705bab81117ca349c99cd9b879b529b7b8216bfd6a67517c692(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d3c6a42c941815df2453203fa8f7f5a3a5a47b3067f592c1a3ab01c5d8e19ad9(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__caab4dcc690fe4ad51c6b172108e43e345cbeffae2379ecd619206e27f28e657(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6595b1f4ca34a5bc195c57d4e8f0798212c6c2701347641ad44d06148a6fc54a(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2601b99e97fb28e5efa91cc6228c963836ee2a87a146197915e5ff65ceb62175(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d4b2050a098e10f962abc280194990a47cccf00d4f3ae71ace5c1b24e3876a6b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab259785102b0a8ea57abbfc29342e6d8d9fa6c08d59da35e54417084d943c39(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__55967997a4ac960134fe24c156c327b0c8a09b1a9e2d477f889028d4f976c0dc(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[InstrumentationSpecApacheHttpdEnvValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f6483f2a33605bf215c1b7fb6637647f245e628c3ab40f0ffe74cbeb3e1d694f(
    *,
    config_map_key_ref: typing.Optional[typing.Union[InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[InstrumentationSpecApacheHttpdEnvValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd988818bd64bbd9a4e2d2392dd675e68bae03a0bc5f96679b7c8ffcb88aa8ac(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f595116ff7ab503b9e0b4548f3fb4507b64ac1d7d50537ca886bace80f90f56d(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4c33a0d85040add768bb9625796e55eed8236fc9b480eac3c9b21ba228b9b98(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b732ff3681949de63dcb8fcf801e3cf66ad06ff92366cb522bf8e27e491167fb(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0792eeeb5a3577dd03c752ccfa2c893fe523a38d5f02598c6113e48810b7a3fd(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92029625cf43efbc21283a4ea1f3916d361d76c7b55a5041494476d6bef4d15b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92b3d7bac3faf100b7b675395a06dd9a7398833719801ab9a5183f08aab6f030(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e0b0174cdc7ad20a81ccf4f512ea91297f05a84abb4cea65288626088e5ebec7(
    *,
    claims: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecApacheHttpdResourceRequirementsClaims, typing.Dict[builtins.str, typing.Any]]]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecApacheHttpdResourceRequirementsLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecApacheHttpdResourceRequirementsRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8804c54e63e2ee5ca3bcac88bc460f7d5c559e6e60e8f26cf17dab84dfcd0d25(
    *,
    name: builtins.str,
    request: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ab9357c8088b8afc86dc8894d8e705e291ff610bd729b1d9676b535b996b2e2(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df44a4b79a0dbcb15980cb8ef68fd6e52bd2c616c9bd831abdf1917d3be5e082(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4ed799c9d1000d54963a4502186650c1aa5b4a66a7f11ecc7c9b98236a32551(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c72c3b2fe9e2ff87fc31bb3fd7553c27009c9932cd13cb788bc491e06603bdd4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9e8dc0818bb0e86b8762aac09d971f10ea348cb05e7cde6603d04666f554079(
    *,
    spec: typing.Union[InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1147caea35efa57a1a01715b42fe9245e6bcf5364131221d33084150a219072c(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    finalizers: typing.Optional[typing.Sequence[builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bed038715158d86caea76044a652a78176576a75163fb443fcda795fe6b65bac(
    *,
    access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
    data_source: typing.Optional[typing.Union[InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource, typing.Dict[builtins.str, typing.Any]]] = None,
    data_source_ref: typing.Optional[typing.Union[InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resources: typing.Optional[typing.Union[InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResources, typing.Dict[builtins.str, typing.Any]]] = None,
    selector: typing.Optional[typing.Union[InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    storage_class_name: typing.Optional[builtins.str] = None,
    volume_attributes_class_name: typing.Optional[builtins.str] = None,
    volume_mode: typing.Optional[builtins.str] = None,
    volume_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf10fb1d054e10f6ef93742eff4a103ffc26d37faaff3f96ff0acafa5f11319f(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__499885cc0773b4ffb45a74fa2f4729e626c9eb417eef4d69402dcccd2e2fed02(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7aa05227a06cd9936713129e1d1f902d38f0aa3d76ccda6c6f09d69b23ac876(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6398e1ce215111a3c7aa2232b5fe1c9d5f5b0751821eb15df9c7a2b94a2dcb18(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c2278a423f2fbdf3b1b679f24d738ac54eea0a54a53ed40fd42174970037f57(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__78bed87598674bc2df3c8c3e42dc53c35a0cd149bbb4e9ebf9b3b82380057618(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__51bbb61af117bc203954152da4b8d50e3ce31857921ed32f645071987b0cf2ba(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3ae3e3db1afebdaaa049c73b9736b582f0744634fb8569af0d37a4f1fb059cf(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__51103bef2fa17856324b36a4e25d149cf06069e7e31aa6a30f4480a0ffddd08d(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2918c511c2cdb0c0a963db480d011112ab19e386c331b4a996ae3eb9ec5bd0a4(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__40ffc108759a6cc84c8a0495f5c2be8e42eb818e4c96f0121f8d53ad87692c2c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__594cb5b292b9bce5e9997a589aa5ad01f8cd420c12783b2a5d6247c64e3cf6e4(
    *,
    use_labels_for_resource_attributes: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__625da1108971124b6b95d05847a95aacb47849b356130c194599eafdfddf670e(
    *,
    env: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecDotnetEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    image: typing.Optional[builtins.str] = None,
    resource_requirements: typing.Optional[typing.Union[InstrumentationSpecDotnetResourceRequirements, typing.Dict[builtins.str, typing.Any]]] = None,
    volume_claim_template: typing.Optional[typing.Union[InstrumentationSpecDotnetVolumeClaimTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
    volume_limit_size: typing.Optional[InstrumentationSpecDotnetVolumeLimitSize] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff4fc6f4c23c0d8be2b4f54f8a96f364eb6665abf6018d7019716d3553d9ff3b(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[InstrumentationSpecDotnetEnvValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a0ad1a9f19dda15a2ca5313b61889ae7b8b8865d41a204062c186c2137b69fd6(
    *,
    config_map_key_ref: typing.Optional[typing.Union[InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[InstrumentationSpecDotnetEnvValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[InstrumentationSpecDotnetEnvValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[InstrumentationSpecDotnetEnvValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[InstrumentationSpecDotnetEnvValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__189dcd98b84815618baf597473af902146de577f4d34bdb29328ba9fc8ad8cd0(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1221bcc90f961adf86de3bc7c039a0ad64c0d90013ac378d5b73143452ac27e1(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9c9975faa6bf465ff54fdbd7f14ead6fd1f085e6222526a2a7ac1fdadef717a(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a41ed294d1ffb13fafa634ab528571a9b2a314d6248762b0f68bed18fe0ef4e0(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[InstrumentationSpecDotnetEnvValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c885730010850ca316e9951c1415e42fb4681e991220020e4ba7f1e2b1d7cb14(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ca70501590aaad046343bcb4bd51bf515536359afcc41fee71024321e63f2e4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79b6fc3a367a3fbe579d428d5b7d0518900d5bd0929c7d8ea3c01e391992fd1d(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__393326bce383d76e9eecfa16510ba9711526375e6eb6aeef57ac3a1c00060df8(
    *,
    claims: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecDotnetResourceRequirementsClaims, typing.Dict[builtins.str, typing.Any]]]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecDotnetResourceRequirementsLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecDotnetResourceRequirementsRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9f3ec2206b0e1ffa1eee1a528febc80f203486365beaac2dda9e2a6dd491afb5(
    *,
    name: builtins.str,
    request: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__614ad068cb6c27aeeb595c94017f394a844d5dc6286a26222b2fceb366844fa3(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__03c1c03ed532bcd08bbdb79877b4b2b9ca986fca3382a226f53252159d8a7b6d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6be3688b3b485a91c885334705ee5cdbdd6f0874b684395d5ab28b6bda2fbf97(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eae86fd3fa44b8acd990845f4aa90f8750173835203cec09a92fe10c468ef7d2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85a0bb0e1f54a686c63a6ed70bcf35a322ae82ca80954d5465c53ac089d6abb5(
    *,
    spec: typing.Union[InstrumentationSpecDotnetVolumeClaimTemplateSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[InstrumentationSpecDotnetVolumeClaimTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb774d9a04c63dc3c711d4d671dc77a854c7136acdfbe0567a8d69cb666595bf(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    finalizers: typing.Optional[typing.Sequence[builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66d4b396b32ec4fac3d00ea1d3a74f62c8cd263ad5a93ea5bf7a2990fd514884(
    *,
    access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
    data_source: typing.Optional[typing.Union[InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource, typing.Dict[builtins.str, typing.Any]]] = None,
    data_source_ref: typing.Optional[typing.Union[InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resources: typing.Optional[typing.Union[InstrumentationSpecDotnetVolumeClaimTemplateSpecResources, typing.Dict[builtins.str, typing.Any]]] = None,
    selector: typing.Optional[typing.Union[InstrumentationSpecDotnetVolumeClaimTemplateSpecSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    storage_class_name: typing.Optional[builtins.str] = None,
    volume_attributes_class_name: typing.Optional[builtins.str] = None,
    volume_mode: typing.Optional[builtins.str] = None,
    volume_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c384e86080f43bfce886bfb44ec400caa63105efbe708649e3f41f9156d76996(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00d1654cae30bff005b6933182c32df5fa33f0985f4f5f0ec9902f6626e35a66(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__44047b5091ae46840f855b13225c31f2b23b91650b5b55aff1b18a2027579dcb(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a2a4b35bc52ce6e67d39f041fc4c7c1ab0063bd42fa8660b2a8ecbec25bc6459(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a44a51f66c0e0073144e2d2c7dae2119ddd7143fe211bb20eb05fa218a81311(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7298a9e6fc4322b8e77ca901a66178286b693e1b0832af889162ab43b6738217(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b74c12d8c0b3cf06deb23cf084b7db378d099e2072350f6da0da44cef41c670(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3491c55ac94759c792416dc5d83d83149e19baa4cdd94b36a9237c3a18c685f9(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecDotnetVolumeClaimTemplateSpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__012dffb121528b1011876ba18225f1a2b3c3a6193bdb5697cb60ab3fe4e827a5(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cba0020b07c29d137d51e409e520a51e75f59adaa2d0cac5bc999c05f510fabf(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d0234491f9e9189ac53f92cd6aadcb16b49697f7f238698b9b0ac54c44ed0a22(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fbb4e1ba1fe95040c69bd166b2646458ea741d7aea4ef71810a8e78d4dcbc519(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[InstrumentationSpecEnvValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f76f9fc0dd6ffc00a96aaa7a39493d7b1dec6309d27831de66cdf70db993decf(
    *,
    config_map_key_ref: typing.Optional[typing.Union[InstrumentationSpecEnvValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[InstrumentationSpecEnvValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[InstrumentationSpecEnvValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[InstrumentationSpecEnvValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[InstrumentationSpecEnvValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac1b4479d7cdc9a922c4e63feaaff7e3b0e9a681214421dabc1e4f4d0af4ffee(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b0d02269b2684f2d6f65f8815982fc51ec06e2a808e7f83a48b26947d172ada7(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95c93498401bd3020d429e063f13c23fdb538215369529ffb847c404374260b3(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__73a44ef8c412a07217f6765d60ce95021535d2bc406d94b35a2bed87a0b0a0da(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[InstrumentationSpecEnvValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e6e6a2cc2160deb86a5a8620d7d21ae5e87a545ef164e1c90efb03ad4188a60d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__950740c023b46d2318ee5c7a5acad16688fb8bddd122b42bbc90bec30e14cb28(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23cd93329e5f5857d477e21c2b2035a4a3073c7e184b51a08335c7312eeca35e(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d12e48c2c186da13816b80df4addb815af5ff9d474f023491ca0e256bd5a895(
    *,
    endpoint: typing.Optional[builtins.str] = None,
    tls: typing.Optional[typing.Union[InstrumentationSpecExporterTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__abbaa4f04dbd6ecc542fa6c23f30eb4b014da64708355d1b2dcd03e1707733f5(
    *,
    ca_file: typing.Optional[builtins.str] = None,
    cert_file: typing.Optional[builtins.str] = None,
    config_map_name: typing.Optional[builtins.str] = None,
    key_file: typing.Optional[builtins.str] = None,
    secret_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8f4dc9ab8fd2770f7379c1e58412844edfa2ffada4ab4f63ae1f972e2a68f53(
    *,
    env: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecGoEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    image: typing.Optional[builtins.str] = None,
    resource_requirements: typing.Optional[typing.Union[InstrumentationSpecGoResourceRequirements, typing.Dict[builtins.str, typing.Any]]] = None,
    security_context: typing.Optional[typing.Union[InstrumentationSpecGoSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    volume_claim_template: typing.Optional[typing.Union[InstrumentationSpecGoVolumeClaimTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
    volume_limit_size: typing.Optional[InstrumentationSpecGoVolumeLimitSize] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e804016528d6dc4103d5e8e173fa720a261bf106805126d09827ab5aaa9d893(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[InstrumentationSpecGoEnvValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__164ad767641034856868a91b23787281fa501a74bafe7edde19cc6a4620b46e9(
    *,
    config_map_key_ref: typing.Optional[typing.Union[InstrumentationSpecGoEnvValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[InstrumentationSpecGoEnvValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[InstrumentationSpecGoEnvValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[InstrumentationSpecGoEnvValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[InstrumentationSpecGoEnvValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74c3e24b43deac171f0b7ad55505394133e71b102a35127bf90a2ff069e8ece1(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3a1e852de0d529f64c61691fec25fe06351ea5f9ef6ca24f77fd3f3ec9d8db62(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__12137b7c6004258170c2f9a3160f28e89fdc659b9667c718bdf939ae85e660a1(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b84688bfc5fbeca0957f6736f1c87ef81c7b96ff625f6dadcbc012bc8d6e2b9(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[InstrumentationSpecGoEnvValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c48a4055e52bf6b82169ff6db712a9ac11e958af0085d816b0354f375b733dbe(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c96f2dc868a11f9d4ffd26f30e7bdc1d64ba5c7bc0939d689a13529b369e472a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c50c0ff9023e7102bec4c25c4763ea7b41beaaf2fecc9649e7eacd21e7d1b86(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__52a46b8635124aa7a638917d3c9bcd6b64409f1d3b30caa11c08cb0a32784a2b(
    *,
    claims: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecGoResourceRequirementsClaims, typing.Dict[builtins.str, typing.Any]]]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecGoResourceRequirementsLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecGoResourceRequirementsRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f55b8be4b525b65cb9b703613b36316fbd0763001b4825d9def5d6eb3c7a922(
    *,
    name: builtins.str,
    request: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a01a2301e996dce2584fe8fa6ccfede600786f051c21facb3b45e767aadf0e23(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5834089c971641dfd0250fa8faa2e340f58b8cd2522c690cc19ec7d82e7687b7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dfe9c14caf4a70bf67eb7117a16680575f5b8ecf6f33774ff821a8ac818a026a(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4a0878f6df9d14b58ca10777d8fc7896b1e2a0f311e810203fe930ed5076602c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09ed0992004a45fd43b5eea0d3cec718737b530ff718d9b7567c43f392018b8b(
    *,
    allow_privilege_escalation: typing.Optional[builtins.bool] = None,
    app_armor_profile: typing.Optional[typing.Union[InstrumentationSpecGoSecurityContextAppArmorProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    capabilities: typing.Optional[typing.Union[InstrumentationSpecGoSecurityContextCapabilities, typing.Dict[builtins.str, typing.Any]]] = None,
    privileged: typing.Optional[builtins.bool] = None,
    proc_mount: typing.Optional[builtins.str] = None,
    read_only_root_filesystem: typing.Optional[builtins.bool] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Optional[typing.Union[InstrumentationSpecGoSecurityContextSeccompProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    se_linux_options: typing.Optional[typing.Union[InstrumentationSpecGoSecurityContextSeLinuxOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    windows_options: typing.Optional[typing.Union[InstrumentationSpecGoSecurityContextWindowsOptions, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e55d81fab39bdd920e9ed7a2953c51b7ce438867766ac3c29f2e84453727ced2(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7268099c3791358d99bcb8d87af17bafa5accbc1a03e802e4149bcb1fd0f94d3(
    *,
    add: typing.Optional[typing.Sequence[builtins.str]] = None,
    drop: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__915299023e53645e311dca999733771e8f6873f2cd0ac02d9203a77cd0e4bd46(
    *,
    level: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95f2e400c922a14820506cb7b36ee9f6f451ae6f0d69d68d9b32ed7aa31194a5(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb5cd526eba4c6b2a1ecc9f7a7c605878bac8b13b1914e9f83faef778d724b10(
    *,
    gmsa_credential_spec: typing.Optional[builtins.str] = None,
    gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
    host_process: typing.Optional[builtins.bool] = None,
    run_as_user_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b2437452a58164a2e5ec3f8a15f0f484aad6eb5d192eccd7ab12e798e56eebe0(
    *,
    spec: typing.Union[InstrumentationSpecGoVolumeClaimTemplateSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[InstrumentationSpecGoVolumeClaimTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6f23e71dab53fffad970384b52ed5097b74673db206b969d06fb2b756f08db5(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    finalizers: typing.Optional[typing.Sequence[builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__36c02b8a1062659bd91914643ede029c13fef43ed4edbfc52367754d641736b1(
    *,
    access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
    data_source: typing.Optional[typing.Union[InstrumentationSpecGoVolumeClaimTemplateSpecDataSource, typing.Dict[builtins.str, typing.Any]]] = None,
    data_source_ref: typing.Optional[typing.Union[InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resources: typing.Optional[typing.Union[InstrumentationSpecGoVolumeClaimTemplateSpecResources, typing.Dict[builtins.str, typing.Any]]] = None,
    selector: typing.Optional[typing.Union[InstrumentationSpecGoVolumeClaimTemplateSpecSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    storage_class_name: typing.Optional[builtins.str] = None,
    volume_attributes_class_name: typing.Optional[builtins.str] = None,
    volume_mode: typing.Optional[builtins.str] = None,
    volume_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92aea3500d615a607894914bc4ba266b5b980087e5434c31c0882b4c70627169(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__453e994e46eb4a3b3169a9c3bdee4a46678022f161e7e3642ca77b72d0ccde51(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fa973379163e061d87594e3a45f9927b11c4daa2002aecd8809a14e670b18a51(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecGoVolumeClaimTemplateSpecResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecGoVolumeClaimTemplateSpecResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e0de58d9dcf5f2d526fce1baae7f67aaed786898fe8ce65bc999f15f4b415f32(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d477ed9100f8332d210c5094e4bbdfb637c14de01e592b4a1bfe4c92ab273ab7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__702bd7798d1c66baaa4865cf292e9e3c7051db3622c48eccbcf66cbfdb8fa4a5(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__046b5cc7e8b38b86978cd9ee48ad3e16c3611fdf7610d01883eb57737ce673e2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__26cb1a062415840e3d9f4871d83927f665ac2e8bc567277e5e349ca86c88bf81(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecGoVolumeClaimTemplateSpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6f3d722ad45c661c8e616e2ab8daca199994f13802a381280985abd9da2fa2cf(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ceab6010e925ef59b2098e7c7020980f048ea6f1cddd338f1920cf6926aa70a(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__606631a09d8cda190c8826221bb55db0ef2d106941aeea9d4212adc23dcddad4(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99daed633fe7438a7a4b2e5cf9eff182f8554b179e5c9812d93d990993478d86(
    *,
    allow_privilege_escalation: typing.Optional[builtins.bool] = None,
    app_armor_profile: typing.Optional[typing.Union[InstrumentationSpecInitContainerSecurityContextAppArmorProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    capabilities: typing.Optional[typing.Union[InstrumentationSpecInitContainerSecurityContextCapabilities, typing.Dict[builtins.str, typing.Any]]] = None,
    privileged: typing.Optional[builtins.bool] = None,
    proc_mount: typing.Optional[builtins.str] = None,
    read_only_root_filesystem: typing.Optional[builtins.bool] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Optional[typing.Union[InstrumentationSpecInitContainerSecurityContextSeccompProfile, typing.Dict[builtins.str, typing.Any]]] = None,
    se_linux_options: typing.Optional[typing.Union[InstrumentationSpecInitContainerSecurityContextSeLinuxOptions, typing.Dict[builtins.str, typing.Any]]] = None,
    windows_options: typing.Optional[typing.Union[InstrumentationSpecInitContainerSecurityContextWindowsOptions, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67b3faec989ac1bb399854deed84ece6a4cd6bdfd9dacdf1cd7f5981cf21efef(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e337cd6e0ae56cd0c74997e99e370591875c908c6eaabbb1558c5b94f9f19cbd(
    *,
    add: typing.Optional[typing.Sequence[builtins.str]] = None,
    drop: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__61bf13a87697559a0f9029ffcb27b55c8c34d7a056107bb4b7d8271bee352d30(
    *,
    level: typing.Optional[builtins.str] = None,
    role: typing.Optional[builtins.str] = None,
    type: typing.Optional[builtins.str] = None,
    user: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__caa2440fe5d72da5139e3b4d72078da6fb3456e3c792bedca5891e1cc534588b(
    *,
    type: builtins.str,
    localhost_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77b7880b52489a7278e1b89d29b654ed45a15412cb86f7c7754b6f383738a263(
    *,
    gmsa_credential_spec: typing.Optional[builtins.str] = None,
    gmsa_credential_spec_name: typing.Optional[builtins.str] = None,
    host_process: typing.Optional[builtins.bool] = None,
    run_as_user_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23c5cad3301e7dd5e23d013e3a25addf4600cca6dc455bcb3ebbb97c15f79ac8(
    *,
    env: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecJavaEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    extensions: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecJavaExtensions, typing.Dict[builtins.str, typing.Any]]]] = None,
    image: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Union[InstrumentationSpecJavaResources, typing.Dict[builtins.str, typing.Any]]] = None,
    volume_claim_template: typing.Optional[typing.Union[InstrumentationSpecJavaVolumeClaimTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
    volume_limit_size: typing.Optional[InstrumentationSpecJavaVolumeLimitSize] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a6d32afc0ab5d2d1be64a42cc0387169ec156783b861a9b8ae0ae913223962a(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[InstrumentationSpecJavaEnvValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dc45cfc2b5c74bf9d4401b3f8a57f2f41b16d664b247cb13747965e2efe646cc(
    *,
    config_map_key_ref: typing.Optional[typing.Union[InstrumentationSpecJavaEnvValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[InstrumentationSpecJavaEnvValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[InstrumentationSpecJavaEnvValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[InstrumentationSpecJavaEnvValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[InstrumentationSpecJavaEnvValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4a081320798a93f2c82eed8e39c1286498f44b3c7a8e6dc033184a2822dbfa25(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d63b4863a3d4f0a343eb64c61e881faddaea331e6dc6bd62f8e3a7efe0c5796(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__03e1e13dd25bf50e297c212d1e820fb16cf2f556f3c691d623fa5eee0a2c4570(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e261111169610c8fb9a7f93ed07f58a347431205fd824b327b9eb83bc4e16f71(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[InstrumentationSpecJavaEnvValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af6a1fab7ba4308dd36ba6be435247b3fd115850d4047b12b302bffb899bb033(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dfba2dd612272328acecd4c2b23876d7f312863a579806aae6f5ef6a448248b6(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6b1dc8895ada1bbc6e838042d09f156d46f2e5338420ac2ac6a20d2a625c549(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__15b5619b70373ffd4a7c080627bd9707d8bcae50605ffb0c8d5d1be2d0291693(
    *,
    dir: builtins.str,
    image: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b41ca6f39a162305f11261f040d69c10f7e0f14d0e891a47a6a9e5f6165fd4a9(
    *,
    claims: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecJavaResourcesClaims, typing.Dict[builtins.str, typing.Any]]]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecJavaResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecJavaResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c1833b8b14a817b27abc8d717040922cb8dbe0eca370dfe1218beb4abd2d76e(
    *,
    name: builtins.str,
    request: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__89831be2b3541226f933b276c6e1f58c95ea66a27ea2dd56742d8396de19d26c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4791953d6a1191ede33507562998394c5aed7b30ec833180a02c68055a272138(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd16f4969d7e4f0834de3917fa1f03a1250f9ecb90d8752578549b427dce88b0(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca7bf95f1ba9075d778885d61fb9936876319c902408bf1f8b18f4f040aca334(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3e651d4fcf6afd53eddc52e7a1307a7de458aa6a17be50a39979acf43aed9890(
    *,
    spec: typing.Union[InstrumentationSpecJavaVolumeClaimTemplateSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[InstrumentationSpecJavaVolumeClaimTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1817d008145ffa0fbe2574f8cc9db81e5aa22434b25ab73a58b4cb632105cc2(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    finalizers: typing.Optional[typing.Sequence[builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49b7464cac3126662ef7c949e7310a682a214462083e0851d5cf6447d832bbba(
    *,
    access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
    data_source: typing.Optional[typing.Union[InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource, typing.Dict[builtins.str, typing.Any]]] = None,
    data_source_ref: typing.Optional[typing.Union[InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resources: typing.Optional[typing.Union[InstrumentationSpecJavaVolumeClaimTemplateSpecResources, typing.Dict[builtins.str, typing.Any]]] = None,
    selector: typing.Optional[typing.Union[InstrumentationSpecJavaVolumeClaimTemplateSpecSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    storage_class_name: typing.Optional[builtins.str] = None,
    volume_attributes_class_name: typing.Optional[builtins.str] = None,
    volume_mode: typing.Optional[builtins.str] = None,
    volume_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e298f3c2611ead2218fc2c27e0f6928693f6333d897639c27f0a99e91ce8ea2e(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__21e93dfb08947b652d14f094f74822bb16f1bda30245b74b338c7db3353caefd(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba200fa466b78da570429783bee23e27dc6a5812d726257b4a323f899ac6b6f0(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58a4f70c00a2a0afabd1f10ff13471a133ddfd3c47b7a17c158cdb58594dbe9d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4fd0d5b4f7f9e23e49128e5bb5a52a731b9a22b44b27eb4b74cf7a763549ee20(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b260f3e011c985d4c9aaa398f4928153d9b191403b70151abe380126c12edba7(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b48e809c685f3f95b6d164dd0a85a591fc6c9f68dc2138433b178f8b59e9957(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fda491353525c7bd86c794ca7ae3ecb3920b1f2e4eaad528770cc17727395ce4(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecJavaVolumeClaimTemplateSpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__50f5634e4f726a866f1705b626735e52fa9e39a25fb660370d521661ef3ecbde(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3338154a10c69b4a9891935ef0ab9b5dc1242200a963450e7d75f18384f84e02(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__505822eeb046cad91c818cdc536735394c00325644c90bd9ee466253de73464d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae170e44f2de6204bcc03f722a417b57bf7f779b652030cd558334a67716a1ac(
    *,
    attrs: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecNginxAttrs, typing.Dict[builtins.str, typing.Any]]]] = None,
    config_file: typing.Optional[builtins.str] = None,
    env: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecNginxEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    image: typing.Optional[builtins.str] = None,
    resource_requirements: typing.Optional[typing.Union[InstrumentationSpecNginxResourceRequirements, typing.Dict[builtins.str, typing.Any]]] = None,
    volume_claim_template: typing.Optional[typing.Union[InstrumentationSpecNginxVolumeClaimTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
    volume_limit_size: typing.Optional[InstrumentationSpecNginxVolumeLimitSize] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__232b05e0996d92357d380ddeb5d947ee6f2dd80a6e13f8d2a5d94be43c4393de(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[InstrumentationSpecNginxAttrsValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d8588bf6dd81df342bf2a29c0b1bdebe58afec9ac466ae0f95cfff7ae6622e1f(
    *,
    config_map_key_ref: typing.Optional[typing.Union[InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[InstrumentationSpecNginxAttrsValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[InstrumentationSpecNginxAttrsValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[InstrumentationSpecNginxAttrsValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[InstrumentationSpecNginxAttrsValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1741f549204b7f691c5d84c4d2b07a4340a2da7040f23af26b40c3f2ebedb8b6(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b16bfc914983b9ea5da33d9bb2bad8be64358fd4f75a2c5ac5aebe5548ef168(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d090cff2a400cf21cbfa6f7c228deb21b79086263db988e27801e479fe9e651(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a32b40afdd564777e40c1caa9411a7d4fff1f076bb63689486cbe90006746806(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[InstrumentationSpecNginxAttrsValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b02ea332ab6a63acefab44af0a8d1f83b08f861b21753199f7e4dba16370bb5a(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__144102a111e5c4e5a19634594984cab25caa0e403678b5b3a1b654af2649d5ee(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9077475c43fba50b249421675dd9964ec9c19c6f21e2ec9b7bd28806a9e7341(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7941e0bb013971b767b7c244846bfcb8ec3ea320adfda1f46ffa558653df1b41(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[InstrumentationSpecNginxEnvValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7cb80211b4f638242e233424e3b487c20f8d42f7209e1dccaccd5bd6eb448880(
    *,
    config_map_key_ref: typing.Optional[typing.Union[InstrumentationSpecNginxEnvValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[InstrumentationSpecNginxEnvValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[InstrumentationSpecNginxEnvValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[InstrumentationSpecNginxEnvValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[InstrumentationSpecNginxEnvValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a1efd2e54635d8eaad3e25f2a06f3943e816ba127f0031bfbad8af39c2f67492(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c00f7ece0ca7be9a5d405d9ee2a85af1d3196512c8633ef93402af342fe448d(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a3be1c85635ec0c2ce7033912231ea713bcacea206ababb743493a0908c5739(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bebaf7e2974b10c1112ce79e8e05156c41d3d4f685cf835fd1abdd041d3ffca0(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[InstrumentationSpecNginxEnvValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1346f3156fbfa729fca4034a87e7cf5a443bb5a841fe763f8adef9cc5da4addd(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cc57d349af23d23f3acd71bf94f1eef93452720ebe51b9b64a4e3709873e4b23(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f1c1208942faef799954a5bbe4c8a94abb8c6299bc8721cf0c13de14005fb089(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e8ffa6bdf727068f5d065c2cf135b72710d60caf4e85957fa966a78101d5d5f(
    *,
    claims: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecNginxResourceRequirementsClaims, typing.Dict[builtins.str, typing.Any]]]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecNginxResourceRequirementsLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecNginxResourceRequirementsRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e4d414bdbc8f1ae13ebab1351f83f14b76daeaa47339d4cbba92c2d8abe1b60(
    *,
    name: builtins.str,
    request: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__794540961b0ddc5d3ef912425f2fb3f642d559082415715e677300579294e044(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__76fa326425e5e3805c2bd93aa129f94263c1f60482aecfb4237c3b1407b2df24(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66e1bb7f546d44b0df887bfce7e33bc874c92ba09dff7f9672fe08808e91fc52(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cbd35bb58dab021683245c37d111299c35a2514261060edf48caf04cca6145f5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be7c0b66c7f3f9b042368716d8c77cfc0e5ee6d750fb1646e9209e1b57d00e58(
    *,
    spec: typing.Union[InstrumentationSpecNginxVolumeClaimTemplateSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[InstrumentationSpecNginxVolumeClaimTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86476c1d64bb857bf05efc25351074f517b2b1244cef1b4109b57e5eb4cac590(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    finalizers: typing.Optional[typing.Sequence[builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac2e26a69bbd43092ef451f2123e393bfc065c8730c07ddca9bc8751f6bbf0c1(
    *,
    access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
    data_source: typing.Optional[typing.Union[InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource, typing.Dict[builtins.str, typing.Any]]] = None,
    data_source_ref: typing.Optional[typing.Union[InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resources: typing.Optional[typing.Union[InstrumentationSpecNginxVolumeClaimTemplateSpecResources, typing.Dict[builtins.str, typing.Any]]] = None,
    selector: typing.Optional[typing.Union[InstrumentationSpecNginxVolumeClaimTemplateSpecSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    storage_class_name: typing.Optional[builtins.str] = None,
    volume_attributes_class_name: typing.Optional[builtins.str] = None,
    volume_mode: typing.Optional[builtins.str] = None,
    volume_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f1308a3c58ecce080b497f16ed020cce46c25b3b673f280e3f3f7b4541cc631(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22e7b8dd9bce1ba08fd849bbf2808736138ce816e1be3664432415472076729a(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5847027bba742c752c0b855e96eec726af8542aa30d118d39e25bd90d01a5022(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2576f00a5aaf1674096a6366e6eddc739430c6727c9c32340bb9a953b0c6c695(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22fac4a2fe6c6683e357b70066f199a3e546422b88d414b5bfd22bd7d13ab0d5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__02ff484ffcf9d82fd878e369edf0a0443b1d339307d6d7ca7db621ee704d726a(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4052e560995aced088a913cfa15179f20cacfde1ae788aec988212c8bb7f5ad(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__860be2609248d7abb8ee64cfb0c8e007f06554c8898ed40192f7edff052ebb39(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecNginxVolumeClaimTemplateSpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d157a7f09f7c4fabb0555a110e27a714acb4115c1e6daeb15435bdfc45b94057(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34ac94fa5814294992c7683a431de192ecfbbd3cdcf2a70f19056d485bbd3ffd(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d0a3edd2beec5936f6a5f7b32769d8f3ce56348ad836f6a7fb08936b6caaa9d9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1499ebf3e82cdff398920fc3288af587206a0068a8e1d05d1bf413c6b0edeea5(
    *,
    env: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecNodejsEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    image: typing.Optional[builtins.str] = None,
    resource_requirements: typing.Optional[typing.Union[InstrumentationSpecNodejsResourceRequirements, typing.Dict[builtins.str, typing.Any]]] = None,
    volume_claim_template: typing.Optional[typing.Union[InstrumentationSpecNodejsVolumeClaimTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
    volume_limit_size: typing.Optional[InstrumentationSpecNodejsVolumeLimitSize] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b83956388536fcb352d3248477a120611e0ac16475cb11b51e367ccd9b0ff98c(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[InstrumentationSpecNodejsEnvValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b79f7d37e3ea27587df7c3e6446b6040e748a84c73b71dea79b0b2f7a579dd33(
    *,
    config_map_key_ref: typing.Optional[typing.Union[InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[InstrumentationSpecNodejsEnvValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[InstrumentationSpecNodejsEnvValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[InstrumentationSpecNodejsEnvValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[InstrumentationSpecNodejsEnvValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d130d95b51d958a5f87808b7766f6a5d688e5fe7e134fcf4b0bee7556e9dd1c7(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5c381ec90fc1b9d8a527359da83c2ddd3ff5f21e08a53a12b4ceef819904854(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f32de93dabd34f848be6687829d9729b3f0f7d174d2166f9fd6da903c0cb9953(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba1ca8741b6480cf86198d32622e05121a1f9a08e8097120817c28e2816037f4(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[InstrumentationSpecNodejsEnvValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac7eabc36cae4dff5aa60fcc825f32631c1cf3c77c998d90ac47026033170b16(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__57ec54b9644b8ce030f4cf07f7ac56e821871aa849e30f03116acc98225d7843(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4113accb77553edd1570e17d96f2c30ec65d1985a2f4bf7456fd05147e80fa5(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__21601d867ae8205eefe95d22fa7557ed039fe4e63a7af4ed65e67f723b69a18f(
    *,
    claims: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecNodejsResourceRequirementsClaims, typing.Dict[builtins.str, typing.Any]]]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecNodejsResourceRequirementsLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecNodejsResourceRequirementsRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d13e68dc928565d8e2f9e092fe62f7a75a0e8b2ec0c1627bde9c3d09d551cd2a(
    *,
    name: builtins.str,
    request: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__38db2376c49f8b7a42cfc90fd632349299ffaf52617cb5f3489b53dcb3d69390(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d45f93e4565f80999f16ad53788cd246809f0febb0ad8a9b6604500f3aca5d1(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a3a04d7f8ae3b338bb167c4eb90568faa2859cac2a5087e43cec5106c40a0529(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cbeb8750c8027ed8fd7fbc0221e0f0b90458a0b1e1fbe45c767f16ef6ec62536(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f035a2e6a8d899ff18d9d9589648e3b0c0c3c99dbf1a1c165c262b616c4067f(
    *,
    spec: typing.Union[InstrumentationSpecNodejsVolumeClaimTemplateSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[InstrumentationSpecNodejsVolumeClaimTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__36fbdcb630fb090f682eb593d37272c410756fce34028503ab70bee8090dbb81(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    finalizers: typing.Optional[typing.Sequence[builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0223ee9668fad92cd6a20e82413e25db74298cffc03dd8219238fa62287b46d8(
    *,
    access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
    data_source: typing.Optional[typing.Union[InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource, typing.Dict[builtins.str, typing.Any]]] = None,
    data_source_ref: typing.Optional[typing.Union[InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resources: typing.Optional[typing.Union[InstrumentationSpecNodejsVolumeClaimTemplateSpecResources, typing.Dict[builtins.str, typing.Any]]] = None,
    selector: typing.Optional[typing.Union[InstrumentationSpecNodejsVolumeClaimTemplateSpecSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    storage_class_name: typing.Optional[builtins.str] = None,
    volume_attributes_class_name: typing.Optional[builtins.str] = None,
    volume_mode: typing.Optional[builtins.str] = None,
    volume_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__800e90846e8de6ad0eb0c7e690d01f07d4e8105d09a6551ed55d5dd9b7827400(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a54d338b512e93059fc189de1b6c7f18985be1f8ddef49a3e3a21a6def26422e(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8545df71ef2a45cd4e6e5c6f784208291c3ab9c7100daa6d1f90969e6eb42ec0(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__82d3ad80bf32ef2ead7e8e4afc7adb2c0e93b765e8175829c3aa41533a3fd22c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__668e0d137d2a2fd20512ea49f145afa811a50f1df28cdcf3a780290164b7c28d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eda7721335a8175f4bd443831ed69b8b47fff27969d0752e78acf02fb0ff1b2d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e863d9266144f4fefc9343baa3409d397d76f3d444e7f3a11a1833d36b269ebb(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__55a7d8aba400ae2e2ab39f8c546a3267a86957d08ec7db69007d1b1f62d32080(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecNodejsVolumeClaimTemplateSpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f3fb04758361abea2471df3c2d5ba35678dd7143db6bbbe90be7af5e50be7ae(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e61018787b00aa2e1b3720aa4d85379a547774c0ebd79b7b6a872eacc3b80b96(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e582c0158d23cf1a590a9c62fe05b400f84a5639ba2f9bdaa93eee3316ebb5b9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e00cefae9436f603a73e4dcd98fb7b63177e577e509d6edd371578fc2e65d91(
    *,
    env: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecPythonEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    image: typing.Optional[builtins.str] = None,
    resource_requirements: typing.Optional[typing.Union[InstrumentationSpecPythonResourceRequirements, typing.Dict[builtins.str, typing.Any]]] = None,
    volume_claim_template: typing.Optional[typing.Union[InstrumentationSpecPythonVolumeClaimTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
    volume_limit_size: typing.Optional[InstrumentationSpecPythonVolumeLimitSize] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff064fe97ec54efd4e1cf10e4e89a2b144fe1220d198e0fe134e99ef2de32be1(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[InstrumentationSpecPythonEnvValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__60fe876ea6a8eb2ac100ca71953cb5b7ec6f5f3e3852f0ee8be956464c08cccc(
    *,
    config_map_key_ref: typing.Optional[typing.Union[InstrumentationSpecPythonEnvValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[InstrumentationSpecPythonEnvValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[InstrumentationSpecPythonEnvValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[InstrumentationSpecPythonEnvValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[InstrumentationSpecPythonEnvValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__12c07c9e40883100f76b2a64ba4a2be7d1043dc894f33653ab842d32003ff29f(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09f988e0cd810a45a4f4ff49dda01daf36740506e131aa1c36f2777bb92d1f52(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f40226d32c74c6932b0a33a1e97184db4044c3a18d0b19645dacbc76c0a12267(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a12134f439f0c9db0b8a6392b2821fc39f043aa22e59008599ee53b7842e27f6(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[InstrumentationSpecPythonEnvValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__456a073a56d8a36466ac5d4e1fb2635939fd3a2efa43fdb99e26c441228aeb51(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__05e147207de787819d70178412ca89029c5048e6369aebbdb588c533d79375dd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8126433551fa6044345dc7fda760d956e95750d518c7c410ae80ae5b1e6093f7(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c2a38555d68936f2ea9e02390e7028c08abcad011db03edaa4406d65243b4410(
    *,
    claims: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecPythonResourceRequirementsClaims, typing.Dict[builtins.str, typing.Any]]]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecPythonResourceRequirementsLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecPythonResourceRequirementsRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b4055da31b0ebb513549b29219d3b7587132b1df976b646af5374826dd788e92(
    *,
    name: builtins.str,
    request: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee097bb07da754db92a48365a5f48c9f548cb56f259be7beef8cb93ad4fe93b5(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d922c69057ce959a5b2fa97e0df7575b64eab2659a9ea15c5f9d5794cb4ef6c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0bfcefebe490bfb36c31a32ec90f55b9c6ad2e7b1097d6a782e9485e5ece304e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba5f7def4f86b23b709d7115efa4b543ebb084ce8d448f4ea6a479cf355b9d2c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__51f3c73e846269d33e5f7bd93f5f76507d3fba82091da07422906fb7487311ec(
    *,
    spec: typing.Union[InstrumentationSpecPythonVolumeClaimTemplateSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[InstrumentationSpecPythonVolumeClaimTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__862ac1f7743d3f7a9613ae7c4c4c0b48747e48d2d553f5c92968331500f4904e(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    finalizers: typing.Optional[typing.Sequence[builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b2e66062c2dbe9309e37373ce9cf741734fdf867a876292d18262947e028604(
    *,
    access_modes: typing.Optional[typing.Sequence[builtins.str]] = None,
    data_source: typing.Optional[typing.Union[InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource, typing.Dict[builtins.str, typing.Any]]] = None,
    data_source_ref: typing.Optional[typing.Union[InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resources: typing.Optional[typing.Union[InstrumentationSpecPythonVolumeClaimTemplateSpecResources, typing.Dict[builtins.str, typing.Any]]] = None,
    selector: typing.Optional[typing.Union[InstrumentationSpecPythonVolumeClaimTemplateSpecSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    storage_class_name: typing.Optional[builtins.str] = None,
    volume_attributes_class_name: typing.Optional[builtins.str] = None,
    volume_mode: typing.Optional[builtins.str] = None,
    volume_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__692ff55da2f4905f8b90b1cf6d1a3849088bc73f786922de7d13986cbf2f5db0(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a75ff4fa01726e393e45c8752744b5e36eef9f0d9b1867273217f7c88549148(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a42c4b0eb5743cf898e47d2561c2f40da3cb06733dc5528a54dea94598bed2e(
    *,
    limits: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fbabacd2008d2dd268f9046ff0bd14bd36eb3bdb891b110354e82292fafbbee2(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a9a301b45f3f496bdb2c31aed5fb01aa4579990498e88955514ad1c71b8aa082(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49e1d008c01730d35d019f2b71c3710ce08c32a360423e5ecb9b659653ad8093(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__21e4543278764912f1d5323bef5f589aa7474e2e330999bb55c18ee431f02429(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8cef4e0fe6c32fb2cbeb2cb78804142a44ecffa685e77133169713282ee16ccf(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[InstrumentationSpecPythonVolumeClaimTemplateSpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c958fbb77168c1107185cc88e82141fe4fb7f1215dd536c059062b6c85f0f1e(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f327af9be6924d6568f8eb20a116d1cca0aba8a73fccb1bbd45e245887feca75(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e6e0d23d3f2f8fa92bf4219624a7cae140283acf6edc7946a6ed1af5d70a0a00(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e67f064c4b855dd7ba355848a48d98bc76b573948aaff03812c882f37697b24(
    *,
    add_k8_s_uid_attributes: typing.Optional[builtins.bool] = None,
    resource_attributes: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c4dff8a9cd2a1f238dfd1ecd042dbe6a4d390eefd701c2e221a94963119bc10e(
    *,
    argument: typing.Optional[builtins.str] = None,
    type: typing.Optional[InstrumentationSpecSamplerType] = None,
) -> None:
    """Type checking stubs"""
    pass
