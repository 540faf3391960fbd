"""OpenTelemetry collectors (agent DaemonSet, gateway Deployment), the Instrumentation Drupal pods
reference, the agent's node-local Service, tenant alert rules and the tenant dashboard."""

from __future__ import annotations

import json

import cdk8s
from constructs import Construct

from drupal_platform import contracts
from drupal_platform.charts.imports import instrumentation as inst
from drupal_platform.charts.imports import otelcollector as otel
from drupal_platform.charts.imports import prometheusrule as pr
from drupal_platform.versions import OTEL_APACHE_HTTPD_IMAGE, OTEL_COLLECTOR_IMAGE
from drupal_platform.dashboards import TENANT_NAMESPACES, tenant_dashboard

from .base import PlatformChart
from .k8s import k8s

NS = contracts.MONITORING_NAMESPACE
AGENT = "otel-agent"
GATEWAY = "otel-gateway"
INSTRUMENTATION = contracts.OTEL_INSTRUMENTATION.split("/", 1)[1]
GRPC, HTTP = contracts.OTEL_AGENT_PORTS
# Back ends (Helm releases in this namespace; see constructs/platform/observability.py).
PROMETHEUS_REMOTE_WRITE = f"http://kube-prometheus-stack-prometheus.{NS}.svc.cluster.local:9090/api/v1/write"
LOKI_OTLP = f"http://loki.{NS}.svc.cluster.local:3100/otlp"
TEMPO_OTLP = f"tempo.{NS}.svc.cluster.local:4317"
GATEWAY_OTLP = f"{GATEWAY}-collector.{NS}.svc.cluster.local:{GRPC}"
BACKUP_SCHEDULE = "tenants-daily"  # charts/platform/backups.py

_OTLP_RECEIVER = {"protocols": {"grpc": {"endpoint": f"0.0.0.0:{GRPC}"}, "http": {"endpoint": f"0.0.0.0:{HTTP}"}}}
_BATCH = {"send_batch_size": 8192, "timeout": "5s"}


def _memory_limiter(limit_percentage: int = 80) -> dict:
    return {"check_interval": "1s", "limit_percentage": limit_percentage, "spike_limit_percentage": 20}


def agent_config() -> dict:
    """Per node: pod logs, host metrics and OTLP from the node's pods, enriched and sent to the gateway."""
    return {
        "receivers": {
            "otlp": _OTLP_RECEIVER,
            "filelog": {
                "include": ["/var/log/pods/*/*/*.log"],
                # The agent's own logs would loop through the pipeline.
                "exclude": [f"/var/log/pods/{NS}_{AGENT}-collector-*/*/*.log"],
                "start_at": "end",
                "include_file_path": True,
                "include_file_name": False,
                "operators": [{"type": "container", "id": "container-parser"}],
            },
            "hostmetrics": {
                "collection_interval": "60s",
                "root_path": "/hostfs",
                "scrapers": {"cpu": {}, "memory": {}, "load": {}, "disk": {}, "filesystem": {}, "network": {}},
            },
        },
        "processors": {
            "memory_limiter": _memory_limiter(),
            "k8sattributes": {
                "auth_type": "serviceAccount",
                # Only pods on this node: each agent watches its own node's pods.
                "filter": {"node_from_env_var": "K8S_NODE_NAME"},
                "extract": {"metadata": ["k8s.namespace.name", "k8s.pod.name", "k8s.deployment.name", "k8s.node.name"]},
                "pod_association": [
                    {"sources": [{"from": "resource_attribute", "name": "k8s.pod.uid"}]},
                    {"sources": [{"from": "resource_attribute", "name": "k8s.pod.ip"}]},
                    {"sources": [{"from": "connection"}]},
                ],
            },
            "resource/node": {"attributes": [{"key": "k8s.node.name", "value": "${env:K8S_NODE_NAME}", "action": "upsert"}]},
            "batch": _BATCH,
        },
        "exporters": {"otlp/gateway": {"endpoint": GATEWAY_OTLP, "tls": {"insecure": True}}},
        "service": {
            "pipelines": {
                "traces": {"receivers": ["otlp"], "processors": ["memory_limiter", "k8sattributes", "batch"], "exporters": ["otlp/gateway"]},
                "metrics": {"receivers": ["otlp", "hostmetrics"], "processors": ["memory_limiter", "k8sattributes", "resource/node", "batch"], "exporters": ["otlp/gateway"]},
                "logs": {"receivers": ["otlp", "filelog"], "processors": ["memory_limiter", "k8sattributes", "batch"], "exporters": ["otlp/gateway"]},
            }
        },
    }


def gateway_config() -> dict:
    """Fan-out: logs to Loki (OTLP), traces to Tempo (OTLP), metrics (and span metrics) to Prometheus remote write."""
    return {
        "receivers": {"otlp": _OTLP_RECEIVER},
        "connectors": {
            # Request rate, errors and latency per service from the Apache server spans (dashboard, 5xx alert).
            "spanmetrics": {
                "namespace": "traces.span.metrics",
                "histogram": {"explicit": {"buckets": ["50ms", "100ms", "250ms", "500ms", "1s", "2s", "5s", "10s"]}},
                "dimensions": [{"name": "http.request.method"}, {"name": "http.response.status_code"}],
            }
        },
        "processors": {"memory_limiter": _memory_limiter(), "batch": _BATCH},
        "exporters": {
            "otlphttp/loki": {"endpoint": LOKI_OTLP},
            "otlp/tempo": {"endpoint": TEMPO_OTLP, "tls": {"insecure": True}},
            "prometheusremotewrite": {"endpoint": PROMETHEUS_REMOTE_WRITE, "resource_to_telemetry_conversion": {"enabled": True}},
        },
        "service": {
            "pipelines": {
                "traces": {"receivers": ["otlp"], "processors": ["memory_limiter", "batch"], "exporters": ["otlp/tempo", "spanmetrics"]},
                "metrics": {"receivers": ["otlp", "spanmetrics"], "processors": ["memory_limiter", "batch"], "exporters": ["prometheusremotewrite"]},
                "logs": {"receivers": ["otlp"], "processors": ["memory_limiter", "batch"], "exporters": ["otlphttp/loki"]},
            }
        },
    }


def _config(body: dict) -> otel.OpenTelemetryCollectorSpecConfig:
    service = body["service"]
    return otel.OpenTelemetryCollectorSpecConfig(
        receivers=body["receivers"],
        exporters=body["exporters"],
        processors=body.get("processors"),
        connectors=body.get("connectors"),
        service=otel.OpenTelemetryCollectorSpecConfigService(
            pipelines={
                name: otel.OpenTelemetryCollectorSpecConfigServicePipelines(
                    receivers=p["receivers"], processors=p.get("processors"), exporters=p["exporters"]
                )
                for name, p in service["pipelines"].items()
            }
        ),
    )


_NODE_NAME_ENV = otel.OpenTelemetryCollectorSpecEnv(
    name="K8S_NODE_NAME",
    value_from=otel.OpenTelemetryCollectorSpecEnvValueFrom(
        field_ref=otel.OpenTelemetryCollectorSpecEnvValueFromFieldRef(field_path="spec.nodeName")
    ),
)


def _quantities(cpu: str, memory: str) -> dict:
    return {"cpu": otel.OpenTelemetryCollectorSpecResourcesRequests.from_string(cpu),
            "memory": otel.OpenTelemetryCollectorSpecResourcesRequests.from_string(memory)}


class ObservabilityChart(PlatformChart):
    def __init__(self, scope: Construct, construct_id: str, *, system_node_selector: dict[str, str],
                 collector_image: str = OTEL_COLLECTOR_IMAGE, apache_httpd_image: str = OTEL_APACHE_HTTPD_IMAGE) -> None:
        # The images as the nodes pull them: through the stage's pull-through cache (constructs/platform/observability.py).
        self.collector_image = collector_image
        self.apache_httpd_image = apache_httpd_image
        # Holds a ClusterRole too, so each namespaced object names its namespace itself.
        super().__init__(scope, construct_id, component="observability")
        self._agent()
        self._gateway(system_node_selector)
        self._instrumentation()
        self._alert_rules()
        self._dashboard()

    def _agent(self) -> None:
        otel.OpenTelemetryCollector(
            self,
            AGENT,
            metadata=cdk8s.ApiObjectMetadata(name=AGENT, namespace=NS),
            spec=otel.OpenTelemetryCollectorSpec(
                mode=otel.OpenTelemetryCollectorSpecMode.DAEMONSET,
                image=self.collector_image,
                config=_config(agent_config()),
                # Drupal pods on shared and dedicated nodes need a node-local agent: tolerate every taint.
                tolerations=[otel.OpenTelemetryCollectorSpecTolerations(operator="Exists")],
                # OTLP on the node IP as well, for SDKs that read status.hostIP.
                ports=[
                    otel.OpenTelemetryCollectorSpecPorts(name="otlp-grpc", port=GRPC, host_port=GRPC, protocol="TCP"),
                    otel.OpenTelemetryCollectorSpecPorts(name="otlp-http", port=HTTP, host_port=HTTP, protocol="TCP"),
                ],
                env=[_NODE_NAME_ENV],
                # Pod log files are root-owned 0640 on the node: reading them needs uid 0 (namespace: privileged).
                security_context=otel.OpenTelemetryCollectorSpecSecurityContext(
                    run_as_user=0, run_as_group=0, allow_privilege_escalation=False, read_only_root_filesystem=True,
                    capabilities=otel.OpenTelemetryCollectorSpecSecurityContextCapabilities(drop=["ALL"]),
                    seccomp_profile=otel.OpenTelemetryCollectorSpecSecurityContextSeccompProfile(type="RuntimeDefault"),
                ),
                volumes=[
                    otel.OpenTelemetryCollectorSpecVolumes(name="varlogpods", host_path=otel.OpenTelemetryCollectorSpecVolumesHostPath(path="/var/log/pods")),
                    otel.OpenTelemetryCollectorSpecVolumes(name="hostfs", host_path=otel.OpenTelemetryCollectorSpecVolumesHostPath(path="/")),
                ],
                volume_mounts=[
                    otel.OpenTelemetryCollectorSpecVolumeMounts(name="varlogpods", mount_path="/var/log/pods", read_only=True),
                    otel.OpenTelemetryCollectorSpecVolumeMounts(name="hostfs", mount_path="/hostfs", read_only=True, mount_propagation="HostToContainer"),
                ],
                resources=otel.OpenTelemetryCollectorSpecResources(requests=_quantities("100m", "256Mi"), limits={"memory": otel.OpenTelemetryCollectorSpecResourcesLimits.from_string("512Mi")}),
            ),
        )
        # The agent reads pod metadata of its node (k8sattributes).
        rules = [
            k8s.PolicyRule(api_groups=[""], resources=["pods", "namespaces", "nodes"], verbs=["get", "list", "watch"]),
            k8s.PolicyRule(api_groups=["apps"], resources=["replicasets"], verbs=["get", "list", "watch"]),
        ]
        role = k8s.KubeClusterRole(self, "agent-role", metadata=k8s.ObjectMeta(name=f"{AGENT}-k8sattributes"), rules=rules)
        k8s.KubeClusterRoleBinding(
            self,
            "agent-binding",
            metadata=k8s.ObjectMeta(name=f"{AGENT}-k8sattributes"),
            role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="ClusterRole", name=role.name),
            subjects=[k8s.Subject(kind="ServiceAccount", name=f"{AGENT}-collector", namespace=NS)],
        )
        # Apache's OTel module takes a fixed endpoint (the operator writes it into a file, so the node IP
        # cannot be substituted): this Service keeps the traffic on the pod's own node.
        k8s.KubeService(
            self,
            "agent-local",
            metadata=k8s.ObjectMeta(name=AGENT, namespace=NS),
            spec=k8s.ServiceSpec(
                selector=dict(contracts.OTEL_AGENT_POD_LABELS),
                internal_traffic_policy="Local",
                ports=[
                    k8s.ServicePort(name="otlp-grpc", port=GRPC, target_port=k8s.IntOrString.from_number(GRPC), protocol="TCP"),
                    k8s.ServicePort(name="otlp-http", port=HTTP, target_port=k8s.IntOrString.from_number(HTTP), protocol="TCP"),
                ],
            ),
        )

    def _gateway(self, node_selector: dict[str, str]) -> None:
        otel.OpenTelemetryCollector(
            self,
            GATEWAY,
            metadata=cdk8s.ApiObjectMetadata(name=GATEWAY, namespace=NS),
            spec=otel.OpenTelemetryCollectorSpec(
                mode=otel.OpenTelemetryCollectorSpecMode.DEPLOYMENT,
                image=self.collector_image,
                replicas=2,
                node_selector=node_selector,
                config=_config(gateway_config()),
                pod_security_context=otel.OpenTelemetryCollectorSpecPodSecurityContext(
                    run_as_non_root=True, run_as_user=10001,
                    seccomp_profile=otel.OpenTelemetryCollectorSpecPodSecurityContextSeccompProfile(type="RuntimeDefault"),
                ),
                security_context=otel.OpenTelemetryCollectorSpecSecurityContext(
                    allow_privilege_escalation=False, read_only_root_filesystem=True, run_as_non_root=True,
                    capabilities=otel.OpenTelemetryCollectorSpecSecurityContextCapabilities(drop=["ALL"]),
                ),
                resources=otel.OpenTelemetryCollectorSpecResources(requests=_quantities("200m", "512Mi"), limits={"memory": otel.OpenTelemetryCollectorSpecResourcesLimits.from_string("1Gi")}),
            ),
        )

    def _instrumentation(self) -> None:
        nonroot = inst.InstrumentationSpecInitContainerSecurityContext(
            # The injected init containers only copy files into emptyDirs: any non-root user works,
            # and tenant namespaces enforce restricted Pod Security. 33 = www-data in the Drupal image.
            run_as_non_root=True, run_as_user=33, run_as_group=33, allow_privilege_escalation=False,
            capabilities=inst.InstrumentationSpecInitContainerSecurityContextCapabilities(drop=["ALL"]),
            seccomp_profile=inst.InstrumentationSpecInitContainerSecurityContextSeccompProfile(type="RuntimeDefault"),
        )
        inst.Instrumentation(
            self,
            INSTRUMENTATION,
            metadata=cdk8s.ApiObjectMetadata(name=INSTRUMENTATION, namespace=NS),
            spec=inst.InstrumentationSpec(
                exporter=inst.InstrumentationSpecExporter(endpoint=f"http://{contracts.OTEL_AGENT_SERVICE}:{GRPC}"),
                propagators=[inst.InstrumentationSpecPropagators.TRACECONTEXT, inst.InstrumentationSpecPropagators.BAGGAGE],
                sampler=inst.InstrumentationSpecSampler(type=inst.InstrumentationSpecSamplerType.PARENTBASED_UNDERSCORE_TRACEIDRATIO, argument="0.25"),
                init_container_security_context=nonroot,
                apache_httpd=inst.InstrumentationSpecApacheHttpd(
                    # The official Drupal image is Debian-based: Apache's configuration is in /etc/apache2
                    # (the default /usr/local/apache2/conf is the httpd image's). The tenant chart adds the
                    # IncludeOptional /etc/apache2/httpd.conf that makes Apache load the injected module.
                    config_path="/etc/apache2",
                    version="2.4",
                    image=self.apache_httpd_image,
                ),
            ),
        )

    def _alert_rules(self) -> None:
        tenant = f'namespace=~"{TENANT_NAMESPACES}"'
        rules = [
            ("DrupalSiteDown", f"kube_deployment_spec_replicas{{{tenant}}} > 0 and kube_deployment_status_replicas_available{{{tenant}}} == 0", "5m", "critical",
             "A Deployment of tenant namespace {{ $labels.namespace }} has no available replica."),
            ("DrupalHigh5xxRatio",
             'sum by (service_namespace) (rate(traces_span_metrics_calls_total{span_kind="SPAN_KIND_SERVER", status_code="STATUS_CODE_ERROR"}[5m]))'
             ' / sum by (service_namespace) (rate(traces_span_metrics_calls_total{span_kind="SPAN_KIND_SERVER"}[5m])) > 0.05',
             "10m", "warning", "More than 5% of requests to {{ $labels.service_namespace }} fail with a server error."),
            ("DrupalDatabaseDown", f"mysql_up{{{tenant}}} == 0", "5m", "critical",
             "The MySQL exporter of {{ $labels.namespace }} cannot reach its database."),
            ("DrupalVolumeFilling",
             f"kubelet_volume_stats_available_bytes{{{tenant}}} / kubelet_volume_stats_capacity_bytes{{{tenant}}} < 0.15",
             "15m", "warning", "Volume {{ $labels.persistentvolumeclaim }} in {{ $labels.namespace }} has less than 15% free space."),
            ("DrupalQuotaNearLimit",
             f'kube_resourcequota{{{tenant}, type="used"}} / ignoring(type) kube_resourcequota{{{tenant}, type="hard"}} > 0.9',
             "15m", "warning", "{{ $labels.namespace }} uses more than 90% of its {{ $labels.resource }} quota."),
            ("TenantBackupMissing",
             f'(time() - velero_backup_last_successful_timestamp{{schedule="{BACKUP_SCHEDULE}"}} > 26 * 3600)'
             f' or absent(velero_backup_last_successful_timestamp{{schedule="{BACKUP_SCHEDULE}"}})',
             "1h", "critical", "The daily tenant backup has not succeeded for more than 26 hours."),
        ]
        pr.PrometheusRule(
            self,
            "tenant-alerts",
            metadata=cdk8s.ApiObjectMetadata(name="drupal-tenant-alerts", namespace=NS, labels=dict(contracts.PLATFORM_MONITORING_LABEL)),
            spec=pr.PrometheusRuleSpec(
                groups=[
                    pr.PrometheusRuleSpecGroups(
                        name="drupal-tenants",
                        rules=[
                            pr.PrometheusRuleSpecGroupsRules(
                                alert=name, expr=pr.PrometheusRuleSpecGroupsRulesExpr.from_string(expr), for_=for_,
                                labels={"severity": severity}, annotations={"summary": summary},
                            )
                            for name, expr, for_, severity, summary in rules
                        ],
                    )
                ]
            ),
        )

    def _dashboard(self) -> None:
        k8s.KubeConfigMap(
            self,
            "tenant-dashboard",
            metadata=k8s.ObjectMeta(name="drupal-tenant-dashboard", namespace=NS, labels=dict(contracts.GRAFANA_DASHBOARD_LABEL)),
            data={"drupal-tenant.json": json.dumps(tenant_dashboard(), indent=1, sort_keys=True)},
        )
