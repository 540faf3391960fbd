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


class Schedule(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="velero_schedule_iovelero.Schedule",
):
    '''Schedule is a Velero resource that represents a pre-scheduled or periodic Backup that should be run.

    :schema: Schedule
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ScheduleSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Schedule" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: ScheduleSpec defines the specification for a Velero schedule.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__28391823de8b104300acb0318a5c4803fcbc6d08578758cb91edc18232dc5b4a)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ScheduleProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ScheduleSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Schedule".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: ScheduleSpec defines the specification for a Velero schedule.
        '''
        props = ScheduleProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Schedule".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="velero_schedule_iovelero.ScheduleProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ScheduleProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ScheduleSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Schedule is a Velero resource that represents a pre-scheduled or periodic Backup that should be run.

        :param metadata: 
        :param spec: ScheduleSpec defines the specification for a Velero schedule.

        :schema: Schedule
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ScheduleSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__19f778729f911c5800365f73254e96e4c8c5c9ba92ade2b35b4c70bb4e61d9a2)
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
        :schema: Schedule#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ScheduleSpec"]:
        '''ScheduleSpec defines the specification for a Velero schedule.

        :schema: Schedule#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ScheduleSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_schedule_iovelero.ScheduleSpec",
    jsii_struct_bases=[],
    name_mapping={
        "schedule": "schedule",
        "template": "template",
        "paused": "paused",
        "skip_immediately": "skipImmediately",
        "use_owner_references_in_backup": "useOwnerReferencesInBackup",
    },
)
class ScheduleSpec:
    def __init__(
        self,
        *,
        schedule: builtins.str,
        template: typing.Union["ScheduleSpecTemplate", typing.Dict[builtins.str, typing.Any]],
        paused: typing.Optional[builtins.bool] = None,
        skip_immediately: typing.Optional[builtins.bool] = None,
        use_owner_references_in_backup: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''ScheduleSpec defines the specification for a Velero schedule.

        :param schedule: Schedule is a Cron expression defining when to run the Backup.
        :param template: Template is the definition of the Backup to be run on the provided schedule.
        :param paused: Paused specifies whether the schedule is paused or not.
        :param skip_immediately: SkipImmediately specifies whether to skip backup if schedule is due immediately from ``schedule.status.lastBackup`` timestamp when schedule is unpaused or if schedule is new. If true, backup will be skipped immediately when schedule is unpaused if it is due based on .Status.LastBackupTimestamp or schedule is new, and will run at next schedule time. If false, backup will not be skipped immediately when schedule is unpaused, but will run at next schedule time. If empty, will follow server configuration (default: false).
        :param use_owner_references_in_backup: UseOwnerReferencesBackup specifies whether to use OwnerReferences on backups created by this Schedule.

        :schema: ScheduleSpec
        '''
        if isinstance(template, dict):
            template = ScheduleSpecTemplate(**template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b8ed534a504da89a6cb1a967057903fb1a932ce6e84ffd0661f7ed858398e608)
            check_type(argname="argument schedule", value=schedule, expected_type=type_hints["schedule"])
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
            check_type(argname="argument paused", value=paused, expected_type=type_hints["paused"])
            check_type(argname="argument skip_immediately", value=skip_immediately, expected_type=type_hints["skip_immediately"])
            check_type(argname="argument use_owner_references_in_backup", value=use_owner_references_in_backup, expected_type=type_hints["use_owner_references_in_backup"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "schedule": schedule,
            "template": template,
        }
        if paused is not None:
            self._values["paused"] = paused
        if skip_immediately is not None:
            self._values["skip_immediately"] = skip_immediately
        if use_owner_references_in_backup is not None:
            self._values["use_owner_references_in_backup"] = use_owner_references_in_backup

    @builtins.property
    def schedule(self) -> builtins.str:
        '''Schedule is a Cron expression defining when to run the Backup.

        :schema: ScheduleSpec#schedule
        '''
        result = self._values.get("schedule")
        assert result is not None, "Required property 'schedule' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def template(self) -> "ScheduleSpecTemplate":
        '''Template is the definition of the Backup to be run on the provided schedule.

        :schema: ScheduleSpec#template
        '''
        result = self._values.get("template")
        assert result is not None, "Required property 'template' is missing"
        return typing.cast("ScheduleSpecTemplate", result)

    @builtins.property
    def paused(self) -> typing.Optional[builtins.bool]:
        '''Paused specifies whether the schedule is paused or not.

        :schema: ScheduleSpec#paused
        '''
        result = self._values.get("paused")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def skip_immediately(self) -> typing.Optional[builtins.bool]:
        '''SkipImmediately specifies whether to skip backup if schedule is due immediately from ``schedule.status.lastBackup`` timestamp when schedule is unpaused or if schedule is new. If true, backup will be skipped immediately when schedule is unpaused if it is due based on .Status.LastBackupTimestamp or schedule is new, and will run at next schedule time. If false, backup will not be skipped immediately when schedule is unpaused, but will run at next schedule time. If empty, will follow server configuration (default: false).

        :schema: ScheduleSpec#skipImmediately
        '''
        result = self._values.get("skip_immediately")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_owner_references_in_backup(self) -> typing.Optional[builtins.bool]:
        '''UseOwnerReferencesBackup specifies whether to use OwnerReferences on backups created by this Schedule.

        :schema: ScheduleSpec#useOwnerReferencesInBackup
        '''
        result = self._values.get("use_owner_references_in_backup")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_schedule_iovelero.ScheduleSpecTemplate",
    jsii_struct_bases=[],
    name_mapping={
        "csi_snapshot_timeout": "csiSnapshotTimeout",
        "datamover": "datamover",
        "default_volumes_to_fs_backup": "defaultVolumesToFsBackup",
        "default_volumes_to_restic": "defaultVolumesToRestic",
        "excluded_cluster_scoped_resources": "excludedClusterScopedResources",
        "excluded_namespaces": "excludedNamespaces",
        "excluded_namespace_scoped_resources": "excludedNamespaceScopedResources",
        "excluded_resources": "excludedResources",
        "hooks": "hooks",
        "include_cluster_resources": "includeClusterResources",
        "included_cluster_scoped_resources": "includedClusterScopedResources",
        "included_namespaces": "includedNamespaces",
        "included_namespace_scoped_resources": "includedNamespaceScopedResources",
        "included_resources": "includedResources",
        "item_operation_timeout": "itemOperationTimeout",
        "label_selector": "labelSelector",
        "metadata": "metadata",
        "ordered_resources": "orderedResources",
        "or_label_selectors": "orLabelSelectors",
        "resource_policy": "resourcePolicy",
        "snapshot_move_data": "snapshotMoveData",
        "snapshot_volumes": "snapshotVolumes",
        "storage_location": "storageLocation",
        "ttl": "ttl",
        "uploader_config": "uploaderConfig",
        "volume_group_snapshot_label_key": "volumeGroupSnapshotLabelKey",
        "volume_snapshot_locations": "volumeSnapshotLocations",
    },
)
class ScheduleSpecTemplate:
    def __init__(
        self,
        *,
        csi_snapshot_timeout: typing.Optional[builtins.str] = None,
        datamover: typing.Optional[builtins.str] = None,
        default_volumes_to_fs_backup: typing.Optional[builtins.bool] = None,
        default_volumes_to_restic: typing.Optional[builtins.bool] = None,
        excluded_cluster_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        excluded_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        excluded_namespace_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        excluded_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        hooks: typing.Optional[typing.Union["ScheduleSpecTemplateHooks", typing.Dict[builtins.str, typing.Any]]] = None,
        include_cluster_resources: typing.Optional[builtins.bool] = None,
        included_cluster_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        included_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        included_namespace_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        included_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        item_operation_timeout: typing.Optional[builtins.str] = None,
        label_selector: typing.Optional[typing.Union["ScheduleSpecTemplateLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        metadata: typing.Optional[typing.Union["ScheduleSpecTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        ordered_resources: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        or_label_selectors: typing.Optional[typing.Sequence[typing.Union["ScheduleSpecTemplateOrLabelSelectors", typing.Dict[builtins.str, typing.Any]]]] = None,
        resource_policy: typing.Optional[typing.Union["ScheduleSpecTemplateResourcePolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        snapshot_move_data: typing.Optional[builtins.bool] = None,
        snapshot_volumes: typing.Optional[builtins.bool] = None,
        storage_location: typing.Optional[builtins.str] = None,
        ttl: typing.Optional[builtins.str] = None,
        uploader_config: typing.Optional[typing.Union["ScheduleSpecTemplateUploaderConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        volume_group_snapshot_label_key: typing.Optional[builtins.str] = None,
        volume_snapshot_locations: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Template is the definition of the Backup to be run on the provided schedule.

        :param csi_snapshot_timeout: CSISnapshotTimeout specifies the time used to wait for CSI VolumeSnapshot status turns to ReadyToUse during creation, before returning error as timeout. The default value is 10 minute.
        :param datamover: DataMover specifies the data mover to be used by the backup. If DataMover is "" or "velero", the built-in data mover will be used.
        :param default_volumes_to_fs_backup: DefaultVolumesToFsBackup specifies whether pod volume file system backup should be used for all volumes by default.
        :param default_volumes_to_restic: DefaultVolumesToRestic specifies whether restic should be used to take a backup of all pod volumes by default. Deprecated: this field is no longer used and will be removed entirely in future. Use DefaultVolumesToFsBackup instead.
        :param excluded_cluster_scoped_resources: ExcludedClusterScopedResources is a slice of cluster-scoped resource type names to exclude from the backup. If set to "*", all cluster-scoped resource types are excluded. The default value is empty.
        :param excluded_namespaces: ExcludedNamespaces contains a list of namespaces that are not included in the backup.
        :param excluded_namespace_scoped_resources: ExcludedNamespaceScopedResources is a slice of namespace-scoped resource type names to exclude from the backup. If set to "*", all namespace-scoped resource types are excluded. The default value is empty.
        :param excluded_resources: ExcludedResources is a slice of resource names that are not included in the backup.
        :param hooks: Hooks represent custom behaviors that should be executed at different phases of the backup.
        :param include_cluster_resources: IncludeClusterResources specifies whether cluster-scoped resources should be included for consideration in the backup.
        :param included_cluster_scoped_resources: IncludedClusterScopedResources is a slice of cluster-scoped resource type names to include in the backup. If set to "*", all cluster-scoped resource types are included. The default value is empty, which means only related cluster-scoped resources are included.
        :param included_namespaces: IncludedNamespaces is a slice of namespace names to include objects from. If empty, all namespaces are included.
        :param included_namespace_scoped_resources: IncludedNamespaceScopedResources is a slice of namespace-scoped resource type names to include in the backup. The default value is "*".
        :param included_resources: IncludedResources is a slice of resource names to include in the backup. If empty, all resources are included.
        :param item_operation_timeout: ItemOperationTimeout specifies the time used to wait for asynchronous BackupItemAction operations The default value is 4 hour.
        :param label_selector: LabelSelector is a metav1.LabelSelector to filter with when adding individual objects to the backup. If empty or nil, all objects are included. Optional.
        :param metadata: 
        :param ordered_resources: OrderedResources specifies the backup order of resources of specific Kind. The map key is the resource name and value is a list of object names separated by commas. Each resource name has format "namespace/objectname". For cluster resources, simply use "objectname".
        :param or_label_selectors: OrLabelSelectors is list of metav1.LabelSelector to filter with when adding individual objects to the backup. If multiple provided they will be joined by the OR operator. LabelSelector as well as OrLabelSelectors cannot co-exist in backup request, only one of them can be used.
        :param resource_policy: ResourcePolicy specifies the referenced resource policies that backup should follow.
        :param snapshot_move_data: SnapshotMoveData specifies whether snapshot data should be moved.
        :param snapshot_volumes: SnapshotVolumes specifies whether to take snapshots of any PV's referenced in the set of objects included in the Backup.
        :param storage_location: StorageLocation is a string containing the name of a BackupStorageLocation where the backup should be stored.
        :param ttl: TTL is a time.Duration-parseable string describing how long the Backup should be retained for.
        :param uploader_config: UploaderConfig specifies the configuration for the uploader.
        :param volume_group_snapshot_label_key: VolumeGroupSnapshotLabelKey specifies the label key to group PVCs under a VGS.
        :param volume_snapshot_locations: VolumeSnapshotLocations is a list containing names of VolumeSnapshotLocations associated with this backup.

        :schema: ScheduleSpecTemplate
        '''
        if isinstance(hooks, dict):
            hooks = ScheduleSpecTemplateHooks(**hooks)
        if isinstance(label_selector, dict):
            label_selector = ScheduleSpecTemplateLabelSelector(**label_selector)
        if isinstance(metadata, dict):
            metadata = ScheduleSpecTemplateMetadata(**metadata)
        if isinstance(resource_policy, dict):
            resource_policy = ScheduleSpecTemplateResourcePolicy(**resource_policy)
        if isinstance(uploader_config, dict):
            uploader_config = ScheduleSpecTemplateUploaderConfig(**uploader_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__177646e4d5ab501721985d375926d2cfa40b7e3ca644f857e1887c9b2c1771b3)
            check_type(argname="argument csi_snapshot_timeout", value=csi_snapshot_timeout, expected_type=type_hints["csi_snapshot_timeout"])
            check_type(argname="argument datamover", value=datamover, expected_type=type_hints["datamover"])
            check_type(argname="argument default_volumes_to_fs_backup", value=default_volumes_to_fs_backup, expected_type=type_hints["default_volumes_to_fs_backup"])
            check_type(argname="argument default_volumes_to_restic", value=default_volumes_to_restic, expected_type=type_hints["default_volumes_to_restic"])
            check_type(argname="argument excluded_cluster_scoped_resources", value=excluded_cluster_scoped_resources, expected_type=type_hints["excluded_cluster_scoped_resources"])
            check_type(argname="argument excluded_namespaces", value=excluded_namespaces, expected_type=type_hints["excluded_namespaces"])
            check_type(argname="argument excluded_namespace_scoped_resources", value=excluded_namespace_scoped_resources, expected_type=type_hints["excluded_namespace_scoped_resources"])
            check_type(argname="argument excluded_resources", value=excluded_resources, expected_type=type_hints["excluded_resources"])
            check_type(argname="argument hooks", value=hooks, expected_type=type_hints["hooks"])
            check_type(argname="argument include_cluster_resources", value=include_cluster_resources, expected_type=type_hints["include_cluster_resources"])
            check_type(argname="argument included_cluster_scoped_resources", value=included_cluster_scoped_resources, expected_type=type_hints["included_cluster_scoped_resources"])
            check_type(argname="argument included_namespaces", value=included_namespaces, expected_type=type_hints["included_namespaces"])
            check_type(argname="argument included_namespace_scoped_resources", value=included_namespace_scoped_resources, expected_type=type_hints["included_namespace_scoped_resources"])
            check_type(argname="argument included_resources", value=included_resources, expected_type=type_hints["included_resources"])
            check_type(argname="argument item_operation_timeout", value=item_operation_timeout, expected_type=type_hints["item_operation_timeout"])
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument ordered_resources", value=ordered_resources, expected_type=type_hints["ordered_resources"])
            check_type(argname="argument or_label_selectors", value=or_label_selectors, expected_type=type_hints["or_label_selectors"])
            check_type(argname="argument resource_policy", value=resource_policy, expected_type=type_hints["resource_policy"])
            check_type(argname="argument snapshot_move_data", value=snapshot_move_data, expected_type=type_hints["snapshot_move_data"])
            check_type(argname="argument snapshot_volumes", value=snapshot_volumes, expected_type=type_hints["snapshot_volumes"])
            check_type(argname="argument storage_location", value=storage_location, expected_type=type_hints["storage_location"])
            check_type(argname="argument ttl", value=ttl, expected_type=type_hints["ttl"])
            check_type(argname="argument uploader_config", value=uploader_config, expected_type=type_hints["uploader_config"])
            check_type(argname="argument volume_group_snapshot_label_key", value=volume_group_snapshot_label_key, expected_type=type_hints["volume_group_snapshot_label_key"])
            check_type(argname="argument volume_snapshot_locations", value=volume_snapshot_locations, expected_type=type_hints["volume_snapshot_locations"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if csi_snapshot_timeout is not None:
            self._values["csi_snapshot_timeout"] = csi_snapshot_timeout
        if datamover is not None:
            self._values["datamover"] = datamover
        if default_volumes_to_fs_backup is not None:
            self._values["default_volumes_to_fs_backup"] = default_volumes_to_fs_backup
        if default_volumes_to_restic is not None:
            self._values["default_volumes_to_restic"] = default_volumes_to_restic
        if excluded_cluster_scoped_resources is not None:
            self._values["excluded_cluster_scoped_resources"] = excluded_cluster_scoped_resources
        if excluded_namespaces is not None:
            self._values["excluded_namespaces"] = excluded_namespaces
        if excluded_namespace_scoped_resources is not None:
            self._values["excluded_namespace_scoped_resources"] = excluded_namespace_scoped_resources
        if excluded_resources is not None:
            self._values["excluded_resources"] = excluded_resources
        if hooks is not None:
            self._values["hooks"] = hooks
        if include_cluster_resources is not None:
            self._values["include_cluster_resources"] = include_cluster_resources
        if included_cluster_scoped_resources is not None:
            self._values["included_cluster_scoped_resources"] = included_cluster_scoped_resources
        if included_namespaces is not None:
            self._values["included_namespaces"] = included_namespaces
        if included_namespace_scoped_resources is not None:
            self._values["included_namespace_scoped_resources"] = included_namespace_scoped_resources
        if included_resources is not None:
            self._values["included_resources"] = included_resources
        if item_operation_timeout is not None:
            self._values["item_operation_timeout"] = item_operation_timeout
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if metadata is not None:
            self._values["metadata"] = metadata
        if ordered_resources is not None:
            self._values["ordered_resources"] = ordered_resources
        if or_label_selectors is not None:
            self._values["or_label_selectors"] = or_label_selectors
        if resource_policy is not None:
            self._values["resource_policy"] = resource_policy
        if snapshot_move_data is not None:
            self._values["snapshot_move_data"] = snapshot_move_data
        if snapshot_volumes is not None:
            self._values["snapshot_volumes"] = snapshot_volumes
        if storage_location is not None:
            self._values["storage_location"] = storage_location
        if ttl is not None:
            self._values["ttl"] = ttl
        if uploader_config is not None:
            self._values["uploader_config"] = uploader_config
        if volume_group_snapshot_label_key is not None:
            self._values["volume_group_snapshot_label_key"] = volume_group_snapshot_label_key
        if volume_snapshot_locations is not None:
            self._values["volume_snapshot_locations"] = volume_snapshot_locations

    @builtins.property
    def csi_snapshot_timeout(self) -> typing.Optional[builtins.str]:
        '''CSISnapshotTimeout specifies the time used to wait for CSI VolumeSnapshot status turns to ReadyToUse during creation, before returning error as timeout.

        The default value is 10 minute.

        :schema: ScheduleSpecTemplate#csiSnapshotTimeout
        '''
        result = self._values.get("csi_snapshot_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def datamover(self) -> typing.Optional[builtins.str]:
        '''DataMover specifies the data mover to be used by the backup.

        If DataMover is "" or "velero", the built-in data mover will be used.

        :schema: ScheduleSpecTemplate#datamover
        '''
        result = self._values.get("datamover")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_volumes_to_fs_backup(self) -> typing.Optional[builtins.bool]:
        '''DefaultVolumesToFsBackup specifies whether pod volume file system backup should be used for all volumes by default.

        :schema: ScheduleSpecTemplate#defaultVolumesToFsBackup
        '''
        result = self._values.get("default_volumes_to_fs_backup")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def default_volumes_to_restic(self) -> typing.Optional[builtins.bool]:
        '''DefaultVolumesToRestic specifies whether restic should be used to take a backup of all pod volumes by default.

        Deprecated: this field is no longer used and will be removed entirely in future. Use DefaultVolumesToFsBackup instead.

        :schema: ScheduleSpecTemplate#defaultVolumesToRestic
        '''
        result = self._values.get("default_volumes_to_restic")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def excluded_cluster_scoped_resources(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedClusterScopedResources is a slice of cluster-scoped resource type names to exclude from the backup.

        If set to "*", all cluster-scoped resource types are excluded.
        The default value is empty.

        :schema: ScheduleSpecTemplate#excludedClusterScopedResources
        '''
        result = self._values.get("excluded_cluster_scoped_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def excluded_namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedNamespaces contains a list of namespaces that are not included in the backup.

        :schema: ScheduleSpecTemplate#excludedNamespaces
        '''
        result = self._values.get("excluded_namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def excluded_namespace_scoped_resources(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedNamespaceScopedResources is a slice of namespace-scoped resource type names to exclude from the backup.

        If set to "*", all namespace-scoped resource types are excluded.
        The default value is empty.

        :schema: ScheduleSpecTemplate#excludedNamespaceScopedResources
        '''
        result = self._values.get("excluded_namespace_scoped_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def excluded_resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedResources is a slice of resource names that are not included in the backup.

        :schema: ScheduleSpecTemplate#excludedResources
        '''
        result = self._values.get("excluded_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def hooks(self) -> typing.Optional["ScheduleSpecTemplateHooks"]:
        '''Hooks represent custom behaviors that should be executed at different phases of the backup.

        :schema: ScheduleSpecTemplate#hooks
        '''
        result = self._values.get("hooks")
        return typing.cast(typing.Optional["ScheduleSpecTemplateHooks"], result)

    @builtins.property
    def include_cluster_resources(self) -> typing.Optional[builtins.bool]:
        '''IncludeClusterResources specifies whether cluster-scoped resources should be included for consideration in the backup.

        :schema: ScheduleSpecTemplate#includeClusterResources
        '''
        result = self._values.get("include_cluster_resources")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def included_cluster_scoped_resources(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedClusterScopedResources is a slice of cluster-scoped resource type names to include in the backup.

        If set to "*", all cluster-scoped resource types are included.
        The default value is empty, which means only related
        cluster-scoped resources are included.

        :schema: ScheduleSpecTemplate#includedClusterScopedResources
        '''
        result = self._values.get("included_cluster_scoped_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def included_namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedNamespaces is a slice of namespace names to include objects from.

        If empty, all namespaces are included.

        :schema: ScheduleSpecTemplate#includedNamespaces
        '''
        result = self._values.get("included_namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def included_namespace_scoped_resources(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedNamespaceScopedResources is a slice of namespace-scoped resource type names to include in the backup.

        The default value is "*".

        :schema: ScheduleSpecTemplate#includedNamespaceScopedResources
        '''
        result = self._values.get("included_namespace_scoped_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def included_resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedResources is a slice of resource names to include in the backup.

        If empty, all resources are included.

        :schema: ScheduleSpecTemplate#includedResources
        '''
        result = self._values.get("included_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def item_operation_timeout(self) -> typing.Optional[builtins.str]:
        '''ItemOperationTimeout specifies the time used to wait for asynchronous BackupItemAction operations The default value is 4 hour.

        :schema: ScheduleSpecTemplate#itemOperationTimeout
        '''
        result = self._values.get("item_operation_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def label_selector(self) -> typing.Optional["ScheduleSpecTemplateLabelSelector"]:
        '''LabelSelector is a metav1.LabelSelector to filter with when adding individual objects to the backup. If empty or nil, all objects are included. Optional.

        :schema: ScheduleSpecTemplate#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["ScheduleSpecTemplateLabelSelector"], result)

    @builtins.property
    def metadata(self) -> typing.Optional["ScheduleSpecTemplateMetadata"]:
        '''
        :schema: ScheduleSpecTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["ScheduleSpecTemplateMetadata"], result)

    @builtins.property
    def ordered_resources(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''OrderedResources specifies the backup order of resources of specific Kind.

        The map key is the resource name and value is a list of object names separated by commas.
        Each resource name has format "namespace/objectname".  For cluster resources, simply use "objectname".

        :schema: ScheduleSpecTemplate#orderedResources
        '''
        result = self._values.get("ordered_resources")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def or_label_selectors(
        self,
    ) -> typing.Optional[typing.List["ScheduleSpecTemplateOrLabelSelectors"]]:
        '''OrLabelSelectors is list of metav1.LabelSelector to filter with when adding individual objects to the backup. If multiple provided they will be joined by the OR operator. LabelSelector as well as OrLabelSelectors cannot co-exist in backup request, only one of them can be used.

        :schema: ScheduleSpecTemplate#orLabelSelectors
        '''
        result = self._values.get("or_label_selectors")
        return typing.cast(typing.Optional[typing.List["ScheduleSpecTemplateOrLabelSelectors"]], result)

    @builtins.property
    def resource_policy(self) -> typing.Optional["ScheduleSpecTemplateResourcePolicy"]:
        '''ResourcePolicy specifies the referenced resource policies that backup should follow.

        :schema: ScheduleSpecTemplate#resourcePolicy
        '''
        result = self._values.get("resource_policy")
        return typing.cast(typing.Optional["ScheduleSpecTemplateResourcePolicy"], result)

    @builtins.property
    def snapshot_move_data(self) -> typing.Optional[builtins.bool]:
        '''SnapshotMoveData specifies whether snapshot data should be moved.

        :schema: ScheduleSpecTemplate#snapshotMoveData
        '''
        result = self._values.get("snapshot_move_data")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def snapshot_volumes(self) -> typing.Optional[builtins.bool]:
        '''SnapshotVolumes specifies whether to take snapshots of any PV's referenced in the set of objects included in the Backup.

        :schema: ScheduleSpecTemplate#snapshotVolumes
        '''
        result = self._values.get("snapshot_volumes")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def storage_location(self) -> typing.Optional[builtins.str]:
        '''StorageLocation is a string containing the name of a BackupStorageLocation where the backup should be stored.

        :schema: ScheduleSpecTemplate#storageLocation
        '''
        result = self._values.get("storage_location")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ttl(self) -> typing.Optional[builtins.str]:
        '''TTL is a time.Duration-parseable string describing how long the Backup should be retained for.

        :schema: ScheduleSpecTemplate#ttl
        '''
        result = self._values.get("ttl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uploader_config(self) -> typing.Optional["ScheduleSpecTemplateUploaderConfig"]:
        '''UploaderConfig specifies the configuration for the uploader.

        :schema: ScheduleSpecTemplate#uploaderConfig
        '''
        result = self._values.get("uploader_config")
        return typing.cast(typing.Optional["ScheduleSpecTemplateUploaderConfig"], result)

    @builtins.property
    def volume_group_snapshot_label_key(self) -> typing.Optional[builtins.str]:
        '''VolumeGroupSnapshotLabelKey specifies the label key to group PVCs under a VGS.

        :schema: ScheduleSpecTemplate#volumeGroupSnapshotLabelKey
        '''
        result = self._values.get("volume_group_snapshot_label_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_snapshot_locations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''VolumeSnapshotLocations is a list containing names of VolumeSnapshotLocations associated with this backup.

        :schema: ScheduleSpecTemplate#volumeSnapshotLocations
        '''
        result = self._values.get("volume_snapshot_locations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_schedule_iovelero.ScheduleSpecTemplateHooks",
    jsii_struct_bases=[],
    name_mapping={"resources": "resources"},
)
class ScheduleSpecTemplateHooks:
    def __init__(
        self,
        *,
        resources: typing.Optional[typing.Sequence[typing.Union["ScheduleSpecTemplateHooksResources", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Hooks represent custom behaviors that should be executed at different phases of the backup.

        :param resources: Resources are hooks that should be executed when backing up individual instances of a resource.

        :schema: ScheduleSpecTemplateHooks
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9dc583d4e1ab4941c2d3f16227fdadf19f04f66bf2e2d35fa8d82fd91f03e32b)
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if resources is not None:
            self._values["resources"] = resources

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional[typing.List["ScheduleSpecTemplateHooksResources"]]:
        '''Resources are hooks that should be executed when backing up individual instances of a resource.

        :schema: ScheduleSpecTemplateHooks#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional[typing.List["ScheduleSpecTemplateHooksResources"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateHooks(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_schedule_iovelero.ScheduleSpecTemplateHooksResources",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "excluded_namespaces": "excludedNamespaces",
        "excluded_resources": "excludedResources",
        "included_namespaces": "includedNamespaces",
        "included_resources": "includedResources",
        "label_selector": "labelSelector",
        "post": "post",
        "pre": "pre",
    },
)
class ScheduleSpecTemplateHooksResources:
    def __init__(
        self,
        *,
        name: builtins.str,
        excluded_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        excluded_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        included_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        included_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
        label_selector: typing.Optional[typing.Union["ScheduleSpecTemplateHooksResourcesLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        post: typing.Optional[typing.Sequence[typing.Union["ScheduleSpecTemplateHooksResourcesPost", typing.Dict[builtins.str, typing.Any]]]] = None,
        pre: typing.Optional[typing.Sequence[typing.Union["ScheduleSpecTemplateHooksResourcesPre", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''BackupResourceHookSpec defines one or more BackupResourceHooks that should be executed based on the rules defined for namespaces, resources, and label selector.

        :param name: Name is the name of this hook.
        :param excluded_namespaces: ExcludedNamespaces specifies the namespaces to which this hook spec does not apply.
        :param excluded_resources: ExcludedResources specifies the resources to which this hook spec does not apply.
        :param included_namespaces: IncludedNamespaces specifies the namespaces to which this hook spec applies. If empty, it applies to all namespaces.
        :param included_resources: IncludedResources specifies the resources to which this hook spec applies. If empty, it applies to all resources.
        :param label_selector: LabelSelector, if specified, filters the resources to which this hook spec applies.
        :param post: PostHooks is a list of BackupResourceHooks to execute after storing the item in the backup. These are executed after all "additional items" from item actions are processed.
        :param pre: PreHooks is a list of BackupResourceHooks to execute prior to storing the item in the backup. These are executed before any "additional items" from item actions are processed.

        :schema: ScheduleSpecTemplateHooksResources
        '''
        if isinstance(label_selector, dict):
            label_selector = ScheduleSpecTemplateHooksResourcesLabelSelector(**label_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bd496eaf5ce6af5d18a275cd9cd82d043e7e49d07c144da8c0f2b5b6038bb1cb)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument excluded_namespaces", value=excluded_namespaces, expected_type=type_hints["excluded_namespaces"])
            check_type(argname="argument excluded_resources", value=excluded_resources, expected_type=type_hints["excluded_resources"])
            check_type(argname="argument included_namespaces", value=included_namespaces, expected_type=type_hints["included_namespaces"])
            check_type(argname="argument included_resources", value=included_resources, expected_type=type_hints["included_resources"])
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument post", value=post, expected_type=type_hints["post"])
            check_type(argname="argument pre", value=pre, expected_type=type_hints["pre"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if excluded_namespaces is not None:
            self._values["excluded_namespaces"] = excluded_namespaces
        if excluded_resources is not None:
            self._values["excluded_resources"] = excluded_resources
        if included_namespaces is not None:
            self._values["included_namespaces"] = included_namespaces
        if included_resources is not None:
            self._values["included_resources"] = included_resources
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if post is not None:
            self._values["post"] = post
        if pre is not None:
            self._values["pre"] = pre

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of this hook.

        :schema: ScheduleSpecTemplateHooksResources#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def excluded_namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedNamespaces specifies the namespaces to which this hook spec does not apply.

        :schema: ScheduleSpecTemplateHooksResources#excludedNamespaces
        '''
        result = self._values.get("excluded_namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def excluded_resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedResources specifies the resources to which this hook spec does not apply.

        :schema: ScheduleSpecTemplateHooksResources#excludedResources
        '''
        result = self._values.get("excluded_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def included_namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedNamespaces specifies the namespaces to which this hook spec applies.

        If empty, it applies
        to all namespaces.

        :schema: ScheduleSpecTemplateHooksResources#includedNamespaces
        '''
        result = self._values.get("included_namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def included_resources(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IncludedResources specifies the resources to which this hook spec applies.

        If empty, it applies
        to all resources.

        :schema: ScheduleSpecTemplateHooksResources#includedResources
        '''
        result = self._values.get("included_resources")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["ScheduleSpecTemplateHooksResourcesLabelSelector"]:
        '''LabelSelector, if specified, filters the resources to which this hook spec applies.

        :schema: ScheduleSpecTemplateHooksResources#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["ScheduleSpecTemplateHooksResourcesLabelSelector"], result)

    @builtins.property
    def post(
        self,
    ) -> typing.Optional[typing.List["ScheduleSpecTemplateHooksResourcesPost"]]:
        '''PostHooks is a list of BackupResourceHooks to execute after storing the item in the backup.

        These are executed after all "additional items" from item actions are processed.

        :schema: ScheduleSpecTemplateHooksResources#post
        '''
        result = self._values.get("post")
        return typing.cast(typing.Optional[typing.List["ScheduleSpecTemplateHooksResourcesPost"]], result)

    @builtins.property
    def pre(
        self,
    ) -> typing.Optional[typing.List["ScheduleSpecTemplateHooksResourcesPre"]]:
        '''PreHooks is a list of BackupResourceHooks to execute prior to storing the item in the backup.

        These are executed before any "additional items" from item actions are processed.

        :schema: ScheduleSpecTemplateHooksResources#pre
        '''
        result = self._values.get("pre")
        return typing.cast(typing.Optional[typing.List["ScheduleSpecTemplateHooksResourcesPre"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateHooksResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_schedule_iovelero.ScheduleSpecTemplateHooksResourcesLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ScheduleSpecTemplateHooksResourcesLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''LabelSelector, if specified, filters the resources to which this hook spec applies.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ScheduleSpecTemplateHooksResourcesLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9a7d1de9694bf0ae968235308a1b54ed66d36e070c8379f2a47018f0e6f9763c)
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
    ) -> typing.Optional[typing.List["ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ScheduleSpecTemplateHooksResourcesLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ScheduleSpecTemplateHooksResourcesLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateHooksResourcesLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_schedule_iovelero.ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions:
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

        :schema: ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2a17e1a486875a82535e526d89f70e3d727a82616becfebd2dbce9bd04fb0e1a)
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

        :schema: ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions#operator
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

        :schema: ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_schedule_iovelero.ScheduleSpecTemplateHooksResourcesPost",
    jsii_struct_bases=[],
    name_mapping={"exec": "exec"},
)
class ScheduleSpecTemplateHooksResourcesPost:
    def __init__(
        self,
        *,
        exec: typing.Union["ScheduleSpecTemplateHooksResourcesPostExec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''BackupResourceHook defines a hook for a resource.

        :param exec: Exec defines an exec hook.

        :schema: ScheduleSpecTemplateHooksResourcesPost
        '''
        if isinstance(exec, dict):
            exec = ScheduleSpecTemplateHooksResourcesPostExec(**exec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0953a5ebe4450c193bb8cdd11ea2141210d36ab1ef9a10c7fb279a8e722f465e)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "exec": exec,
        }

    @builtins.property
    def exec(self) -> "ScheduleSpecTemplateHooksResourcesPostExec":
        '''Exec defines an exec hook.

        :schema: ScheduleSpecTemplateHooksResourcesPost#exec
        '''
        result = self._values.get("exec")
        assert result is not None, "Required property 'exec' is missing"
        return typing.cast("ScheduleSpecTemplateHooksResourcesPostExec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateHooksResourcesPost(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_schedule_iovelero.ScheduleSpecTemplateHooksResourcesPostExec",
    jsii_struct_bases=[],
    name_mapping={
        "command": "command",
        "container": "container",
        "on_error": "onError",
        "timeout": "timeout",
    },
)
class ScheduleSpecTemplateHooksResourcesPostExec:
    def __init__(
        self,
        *,
        command: typing.Sequence[builtins.str],
        container: typing.Optional[builtins.str] = None,
        on_error: typing.Optional["ScheduleSpecTemplateHooksResourcesPostExecOnError"] = None,
        timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Exec defines an exec hook.

        :param command: Command is the command and arguments to execute.
        :param container: Container is the container in the pod where the command should be executed. If not specified, the pod's first container is used.
        :param on_error: OnError specifies how Velero should behave if it encounters an error executing this hook.
        :param timeout: Timeout defines the maximum amount of time Velero should wait for the hook to complete before considering the execution a failure.

        :schema: ScheduleSpecTemplateHooksResourcesPostExec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd1801e9ec3e471bf2690e246b9732b2018f1c14da3626410b8f13266f4d8e01)
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument container", value=container, expected_type=type_hints["container"])
            check_type(argname="argument on_error", value=on_error, expected_type=type_hints["on_error"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "command": command,
        }
        if container is not None:
            self._values["container"] = container
        if on_error is not None:
            self._values["on_error"] = on_error
        if timeout is not None:
            self._values["timeout"] = timeout

    @builtins.property
    def command(self) -> typing.List[builtins.str]:
        '''Command is the command and arguments to execute.

        :schema: ScheduleSpecTemplateHooksResourcesPostExec#command
        '''
        result = self._values.get("command")
        assert result is not None, "Required property 'command' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def container(self) -> typing.Optional[builtins.str]:
        '''Container is the container in the pod where the command should be executed.

        If not specified,
        the pod's first container is used.

        :schema: ScheduleSpecTemplateHooksResourcesPostExec#container
        '''
        result = self._values.get("container")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def on_error(
        self,
    ) -> typing.Optional["ScheduleSpecTemplateHooksResourcesPostExecOnError"]:
        '''OnError specifies how Velero should behave if it encounters an error executing this hook.

        :schema: ScheduleSpecTemplateHooksResourcesPostExec#onError
        '''
        result = self._values.get("on_error")
        return typing.cast(typing.Optional["ScheduleSpecTemplateHooksResourcesPostExecOnError"], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout defines the maximum amount of time Velero should wait for the hook to complete before considering the execution a failure.

        :schema: ScheduleSpecTemplateHooksResourcesPostExec#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateHooksResourcesPostExec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="velero_schedule_iovelero.ScheduleSpecTemplateHooksResourcesPostExecOnError"
)
class ScheduleSpecTemplateHooksResourcesPostExecOnError(enum.Enum):
    '''OnError specifies how Velero should behave if it encounters an error executing this hook.

    :schema: ScheduleSpecTemplateHooksResourcesPostExecOnError
    '''

    CONTINUE = "CONTINUE"
    '''Continue.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="velero_schedule_iovelero.ScheduleSpecTemplateHooksResourcesPre",
    jsii_struct_bases=[],
    name_mapping={"exec": "exec"},
)
class ScheduleSpecTemplateHooksResourcesPre:
    def __init__(
        self,
        *,
        exec: typing.Union["ScheduleSpecTemplateHooksResourcesPreExec", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''BackupResourceHook defines a hook for a resource.

        :param exec: Exec defines an exec hook.

        :schema: ScheduleSpecTemplateHooksResourcesPre
        '''
        if isinstance(exec, dict):
            exec = ScheduleSpecTemplateHooksResourcesPreExec(**exec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0688c3b61d438709ac57a634f4d205e32624c068b9aedb5becf1e57ab964e03e)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "exec": exec,
        }

    @builtins.property
    def exec(self) -> "ScheduleSpecTemplateHooksResourcesPreExec":
        '''Exec defines an exec hook.

        :schema: ScheduleSpecTemplateHooksResourcesPre#exec
        '''
        result = self._values.get("exec")
        assert result is not None, "Required property 'exec' is missing"
        return typing.cast("ScheduleSpecTemplateHooksResourcesPreExec", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateHooksResourcesPre(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_schedule_iovelero.ScheduleSpecTemplateHooksResourcesPreExec",
    jsii_struct_bases=[],
    name_mapping={
        "command": "command",
        "container": "container",
        "on_error": "onError",
        "timeout": "timeout",
    },
)
class ScheduleSpecTemplateHooksResourcesPreExec:
    def __init__(
        self,
        *,
        command: typing.Sequence[builtins.str],
        container: typing.Optional[builtins.str] = None,
        on_error: typing.Optional["ScheduleSpecTemplateHooksResourcesPreExecOnError"] = None,
        timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Exec defines an exec hook.

        :param command: Command is the command and arguments to execute.
        :param container: Container is the container in the pod where the command should be executed. If not specified, the pod's first container is used.
        :param on_error: OnError specifies how Velero should behave if it encounters an error executing this hook.
        :param timeout: Timeout defines the maximum amount of time Velero should wait for the hook to complete before considering the execution a failure.

        :schema: ScheduleSpecTemplateHooksResourcesPreExec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a61f9c07c1efbd7685906a8af1b8f1ad4eb148f59b2f61fbc45d598d15543bd3)
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument container", value=container, expected_type=type_hints["container"])
            check_type(argname="argument on_error", value=on_error, expected_type=type_hints["on_error"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "command": command,
        }
        if container is not None:
            self._values["container"] = container
        if on_error is not None:
            self._values["on_error"] = on_error
        if timeout is not None:
            self._values["timeout"] = timeout

    @builtins.property
    def command(self) -> typing.List[builtins.str]:
        '''Command is the command and arguments to execute.

        :schema: ScheduleSpecTemplateHooksResourcesPreExec#command
        '''
        result = self._values.get("command")
        assert result is not None, "Required property 'command' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def container(self) -> typing.Optional[builtins.str]:
        '''Container is the container in the pod where the command should be executed.

        If not specified,
        the pod's first container is used.

        :schema: ScheduleSpecTemplateHooksResourcesPreExec#container
        '''
        result = self._values.get("container")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def on_error(
        self,
    ) -> typing.Optional["ScheduleSpecTemplateHooksResourcesPreExecOnError"]:
        '''OnError specifies how Velero should behave if it encounters an error executing this hook.

        :schema: ScheduleSpecTemplateHooksResourcesPreExec#onError
        '''
        result = self._values.get("on_error")
        return typing.cast(typing.Optional["ScheduleSpecTemplateHooksResourcesPreExecOnError"], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout defines the maximum amount of time Velero should wait for the hook to complete before considering the execution a failure.

        :schema: ScheduleSpecTemplateHooksResourcesPreExec#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateHooksResourcesPreExec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="velero_schedule_iovelero.ScheduleSpecTemplateHooksResourcesPreExecOnError"
)
class ScheduleSpecTemplateHooksResourcesPreExecOnError(enum.Enum):
    '''OnError specifies how Velero should behave if it encounters an error executing this hook.

    :schema: ScheduleSpecTemplateHooksResourcesPreExecOnError
    '''

    CONTINUE = "CONTINUE"
    '''Continue.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="velero_schedule_iovelero.ScheduleSpecTemplateLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ScheduleSpecTemplateLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ScheduleSpecTemplateLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''LabelSelector is a metav1.LabelSelector to filter with when adding individual objects to the backup. If empty or nil, all objects are included. Optional.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ScheduleSpecTemplateLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4e1775460df8840f25e695e712711388876866545100d1333f20e0233032601f)
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
    ) -> typing.Optional[typing.List["ScheduleSpecTemplateLabelSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ScheduleSpecTemplateLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ScheduleSpecTemplateLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ScheduleSpecTemplateLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_schedule_iovelero.ScheduleSpecTemplateLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ScheduleSpecTemplateLabelSelectorMatchExpressions:
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

        :schema: ScheduleSpecTemplateLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b8ae26598431e6450ac02129d4c281e457ffaf345040df0984e76b9087969b29)
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

        :schema: ScheduleSpecTemplateLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ScheduleSpecTemplateLabelSelectorMatchExpressions#operator
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

        :schema: ScheduleSpecTemplateLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_schedule_iovelero.ScheduleSpecTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={"labels": "labels"},
)
class ScheduleSpecTemplateMetadata:
    def __init__(
        self,
        *,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param labels: 

        :schema: ScheduleSpecTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fc836839916417a98f9f2656f12668ecc6d0f9ff05b36ab6ded8c5bb0e95169e)
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ScheduleSpecTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_schedule_iovelero.ScheduleSpecTemplateOrLabelSelectors",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ScheduleSpecTemplateOrLabelSelectors:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ScheduleSpecTemplateOrLabelSelectorsMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''A label selector is a label query over a set of resources.

        The result of matchLabels and
        matchExpressions are ANDed. An empty label selector matches all objects. A null
        label selector matches no objects.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ScheduleSpecTemplateOrLabelSelectors
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d0451938f2b19ad5a96d15eb0aba63089ca841cd1badb1a759af9f5dcb9aec62)
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
    ) -> typing.Optional[typing.List["ScheduleSpecTemplateOrLabelSelectorsMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: ScheduleSpecTemplateOrLabelSelectors#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ScheduleSpecTemplateOrLabelSelectorsMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: ScheduleSpecTemplateOrLabelSelectors#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateOrLabelSelectors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_schedule_iovelero.ScheduleSpecTemplateOrLabelSelectorsMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ScheduleSpecTemplateOrLabelSelectorsMatchExpressions:
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

        :schema: ScheduleSpecTemplateOrLabelSelectorsMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2b901187ee52ab3d1b857a04604c3150b8833432c6af7b89250f5d867f561b20)
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

        :schema: ScheduleSpecTemplateOrLabelSelectorsMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: ScheduleSpecTemplateOrLabelSelectorsMatchExpressions#operator
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

        :schema: ScheduleSpecTemplateOrLabelSelectorsMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateOrLabelSelectorsMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_schedule_iovelero.ScheduleSpecTemplateResourcePolicy",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_group": "apiGroup"},
)
class ScheduleSpecTemplateResourcePolicy:
    def __init__(
        self,
        *,
        kind: builtins.str,
        name: builtins.str,
        api_group: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ResourcePolicy specifies the referenced resource policies that backup should follow.

        :param kind: Kind is the type of resource being referenced.
        :param name: Name is the name of resource being referenced.
        :param api_group: APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.

        :schema: ScheduleSpecTemplateResourcePolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1a1e19e4a847180e45af14115d07cc7ccc83b1763f4a324f0e92d8e68bc002b4)
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
        '''Kind is the type of resource being referenced.

        :schema: ScheduleSpecTemplateResourcePolicy#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of resource being referenced.

        :schema: ScheduleSpecTemplateResourcePolicy#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''APIGroup is the group for the resource being referenced.

        If APIGroup is not specified, the specified Kind must be in the core API group.
        For any other third-party types, APIGroup is required.

        :schema: ScheduleSpecTemplateResourcePolicy#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateResourcePolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="velero_schedule_iovelero.ScheduleSpecTemplateUploaderConfig",
    jsii_struct_bases=[],
    name_mapping={"parallel_files_upload": "parallelFilesUpload"},
)
class ScheduleSpecTemplateUploaderConfig:
    def __init__(
        self,
        *,
        parallel_files_upload: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''UploaderConfig specifies the configuration for the uploader.

        :param parallel_files_upload: ParallelFilesUpload is the number of files parallel uploads to perform when using the uploader.

        :schema: ScheduleSpecTemplateUploaderConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e0efcac9e6a362b55a5d01928d711d44d5417901d9f8c42a948a740dbe5f86c2)
            check_type(argname="argument parallel_files_upload", value=parallel_files_upload, expected_type=type_hints["parallel_files_upload"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if parallel_files_upload is not None:
            self._values["parallel_files_upload"] = parallel_files_upload

    @builtins.property
    def parallel_files_upload(self) -> typing.Optional[jsii.Number]:
        '''ParallelFilesUpload is the number of files parallel uploads to perform when using the uploader.

        :schema: ScheduleSpecTemplateUploaderConfig#parallelFilesUpload
        '''
        result = self._values.get("parallel_files_upload")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ScheduleSpecTemplateUploaderConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "Schedule",
    "ScheduleProps",
    "ScheduleSpec",
    "ScheduleSpecTemplate",
    "ScheduleSpecTemplateHooks",
    "ScheduleSpecTemplateHooksResources",
    "ScheduleSpecTemplateHooksResourcesLabelSelector",
    "ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions",
    "ScheduleSpecTemplateHooksResourcesPost",
    "ScheduleSpecTemplateHooksResourcesPostExec",
    "ScheduleSpecTemplateHooksResourcesPostExecOnError",
    "ScheduleSpecTemplateHooksResourcesPre",
    "ScheduleSpecTemplateHooksResourcesPreExec",
    "ScheduleSpecTemplateHooksResourcesPreExecOnError",
    "ScheduleSpecTemplateLabelSelector",
    "ScheduleSpecTemplateLabelSelectorMatchExpressions",
    "ScheduleSpecTemplateMetadata",
    "ScheduleSpecTemplateOrLabelSelectors",
    "ScheduleSpecTemplateOrLabelSelectorsMatchExpressions",
    "ScheduleSpecTemplateResourcePolicy",
    "ScheduleSpecTemplateUploaderConfig",
]

publication.publish()

def _typecheckingstub__28391823de8b104300acb0318a5c4803fcbc6d08578758cb91edc18232dc5b4a(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ScheduleSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19f778729f911c5800365f73254e96e4c8c5c9ba92ade2b35b4c70bb4e61d9a2(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ScheduleSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8ed534a504da89a6cb1a967057903fb1a932ce6e84ffd0661f7ed858398e608(
    *,
    schedule: builtins.str,
    template: typing.Union[ScheduleSpecTemplate, typing.Dict[builtins.str, typing.Any]],
    paused: typing.Optional[builtins.bool] = None,
    skip_immediately: typing.Optional[builtins.bool] = None,
    use_owner_references_in_backup: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__177646e4d5ab501721985d375926d2cfa40b7e3ca644f857e1887c9b2c1771b3(
    *,
    csi_snapshot_timeout: typing.Optional[builtins.str] = None,
    datamover: typing.Optional[builtins.str] = None,
    default_volumes_to_fs_backup: typing.Optional[builtins.bool] = None,
    default_volumes_to_restic: typing.Optional[builtins.bool] = None,
    excluded_cluster_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    excluded_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    excluded_namespace_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    excluded_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    hooks: typing.Optional[typing.Union[ScheduleSpecTemplateHooks, typing.Dict[builtins.str, typing.Any]]] = None,
    include_cluster_resources: typing.Optional[builtins.bool] = None,
    included_cluster_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    included_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    included_namespace_scoped_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    included_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    item_operation_timeout: typing.Optional[builtins.str] = None,
    label_selector: typing.Optional[typing.Union[ScheduleSpecTemplateLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    metadata: typing.Optional[typing.Union[ScheduleSpecTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    ordered_resources: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    or_label_selectors: typing.Optional[typing.Sequence[typing.Union[ScheduleSpecTemplateOrLabelSelectors, typing.Dict[builtins.str, typing.Any]]]] = None,
    resource_policy: typing.Optional[typing.Union[ScheduleSpecTemplateResourcePolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    snapshot_move_data: typing.Optional[builtins.bool] = None,
    snapshot_volumes: typing.Optional[builtins.bool] = None,
    storage_location: typing.Optional[builtins.str] = None,
    ttl: typing.Optional[builtins.str] = None,
    uploader_config: typing.Optional[typing.Union[ScheduleSpecTemplateUploaderConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    volume_group_snapshot_label_key: typing.Optional[builtins.str] = None,
    volume_snapshot_locations: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9dc583d4e1ab4941c2d3f16227fdadf19f04f66bf2e2d35fa8d82fd91f03e32b(
    *,
    resources: typing.Optional[typing.Sequence[typing.Union[ScheduleSpecTemplateHooksResources, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd496eaf5ce6af5d18a275cd9cd82d043e7e49d07c144da8c0f2b5b6038bb1cb(
    *,
    name: builtins.str,
    excluded_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    excluded_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    included_namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    included_resources: typing.Optional[typing.Sequence[builtins.str]] = None,
    label_selector: typing.Optional[typing.Union[ScheduleSpecTemplateHooksResourcesLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    post: typing.Optional[typing.Sequence[typing.Union[ScheduleSpecTemplateHooksResourcesPost, typing.Dict[builtins.str, typing.Any]]]] = None,
    pre: typing.Optional[typing.Sequence[typing.Union[ScheduleSpecTemplateHooksResourcesPre, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a7d1de9694bf0ae968235308a1b54ed66d36e070c8379f2a47018f0e6f9763c(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a17e1a486875a82535e526d89f70e3d727a82616becfebd2dbce9bd04fb0e1a(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0953a5ebe4450c193bb8cdd11ea2141210d36ab1ef9a10c7fb279a8e722f465e(
    *,
    exec: typing.Union[ScheduleSpecTemplateHooksResourcesPostExec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd1801e9ec3e471bf2690e246b9732b2018f1c14da3626410b8f13266f4d8e01(
    *,
    command: typing.Sequence[builtins.str],
    container: typing.Optional[builtins.str] = None,
    on_error: typing.Optional[ScheduleSpecTemplateHooksResourcesPostExecOnError] = None,
    timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0688c3b61d438709ac57a634f4d205e32624c068b9aedb5becf1e57ab964e03e(
    *,
    exec: typing.Union[ScheduleSpecTemplateHooksResourcesPreExec, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a61f9c07c1efbd7685906a8af1b8f1ad4eb148f59b2f61fbc45d598d15543bd3(
    *,
    command: typing.Sequence[builtins.str],
    container: typing.Optional[builtins.str] = None,
    on_error: typing.Optional[ScheduleSpecTemplateHooksResourcesPreExecOnError] = None,
    timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e1775460df8840f25e695e712711388876866545100d1333f20e0233032601f(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ScheduleSpecTemplateLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8ae26598431e6450ac02129d4c281e457ffaf345040df0984e76b9087969b29(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fc836839916417a98f9f2656f12668ecc6d0f9ff05b36ab6ded8c5bb0e95169e(
    *,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d0451938f2b19ad5a96d15eb0aba63089ca841cd1badb1a759af9f5dcb9aec62(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ScheduleSpecTemplateOrLabelSelectorsMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b901187ee52ab3d1b857a04604c3150b8833432c6af7b89250f5d867f561b20(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a1e19e4a847180e45af14115d07cc7ccc83b1763f4a324f0e92d8e68bc002b4(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e0efcac9e6a362b55a5d01928d711d44d5417901d9f8c42a948a740dbe5f86c2(
    *,
    parallel_files_upload: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
