"""The mail catcher of `catch` stages: Mailpit, so no site in a non-production stage mails a real person.

One Deployment in its own namespace (Pod Security restricted). SMTP (1025) is open only to
tenant pods, whose own `mail-egress` policy selects this pod; the web UI (8025) is open to
nobody and reached with `kubectl port-forward` like Grafana. Mailpit has no per-site accounts:
it accepts any SMTP login and tags each message with the login, which the chart sets to the
site's name (README "Mail"), so the UI's tag filter is the per-site view.
"""

from __future__ import annotations

from constructs import Construct

from drupal_platform import contracts

from .base import PlatformChart, pss_labels
from .k8s import k8s

# Docker Hub (pulled through the stage's docker-hub cache rule): Mailpit publishes no public.ecr.aws image.
MAILPIT_IMAGE = "docker.io/axllent/mailpit:v1.31.1"
MAILPIT_UID = 65534  # nobody: the image's binary needs no user of its own
MAX_MESSAGES = 5000  # Mailpit prunes the oldest beyond this
DATA_DIR = "/data"


def mailpit_args() -> list[str]:
    return [
        "--smtp", f"0.0.0.0:{contracts.MAIL_CATCHER_SMTP_PORT}",
        "--listen", f"0.0.0.0:{contracts.MAIL_CATCHER_UI_PORT}",
        "--database", f"{DATA_DIR}/mailpit.db",
        "--max", str(MAX_MESSAGES),
        # Any login is accepted over plain SMTP inside the cluster; the login names the site.
        "--smtp-auth-accept-any", "--smtp-auth-allow-insecure", "--tags-username",
        "--smtp-disable-rdns", "--disable-version-check",
    ]


def _port(port: int) -> k8s.NetworkPolicyPort:
    return k8s.NetworkPolicyPort(port=k8s.IntOrString.from_number(port), protocol="TCP")


class MailCatcherChart(PlatformChart):
    def __init__(self, scope: Construct, construct_id: str, *, system_node_selector: dict[str, str], image: str = MAILPIT_IMAGE) -> None:
        ns = contracts.MAIL_CATCHER_NAMESPACE
        super().__init__(scope, construct_id, component="mail-catcher", namespace=ns)
        labels = dict(contracts.MAIL_CATCHER_POD_LABELS)
        k8s.KubeNamespace(self, "namespace", metadata=k8s.ObjectMeta(name=ns, labels=pss_labels("restricted")))
        k8s.KubeNetworkPolicy(self, "default-deny", metadata=k8s.ObjectMeta(name="default-deny"),
                              spec=k8s.NetworkPolicySpec(pod_selector=k8s.LabelSelector(), policy_types=["Ingress", "Egress"]))
        k8s.KubeNetworkPolicy(self, "smtp-from-tenants", metadata=k8s.ObjectMeta(name="smtp-from-tenants"), spec=k8s.NetworkPolicySpec(
            pod_selector=k8s.LabelSelector(match_labels=labels), policy_types=["Ingress"],
            ingress=[k8s.NetworkPolicyIngressRule(
                from_=[k8s.NetworkPolicyPeer(namespace_selector=k8s.LabelSelector(
                    match_expressions=[k8s.LabelSelectorRequirement(**contracts.TENANT_NAMESPACE_SELECTOR_EXPRESSION)]))],
                ports=[_port(contracts.MAIL_CATCHER_SMTP_PORT)])]))
        probe = k8s.Probe(http_get=k8s.HttpGetAction(path="/readyz", port=k8s.IntOrString.from_number(contracts.MAIL_CATCHER_UI_PORT)),
                          period_seconds=10)
        k8s.KubeDeployment(self, "mailpit", metadata=k8s.ObjectMeta(name=contracts.MAIL_CATCHER_SERVICE), spec=k8s.DeploymentSpec(
            replicas=1,
            # One SQLite file on an emptyDir: a second replica would be a second, empty inbox.
            strategy=k8s.DeploymentStrategy(type="Recreate"),
            selector=k8s.LabelSelector(match_labels=labels),
            template=k8s.PodTemplateSpec(
                metadata=k8s.ObjectMeta(labels=labels),
                spec=k8s.PodSpec(
                    automount_service_account_token=False,
                    node_selector=system_node_selector,
                    security_context=k8s.PodSecurityContext(run_as_non_root=True, run_as_user=MAILPIT_UID, run_as_group=MAILPIT_UID,
                                                            fs_group=MAILPIT_UID, seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault")),
                    containers=[k8s.Container(
                        name="mailpit", image=image, image_pull_policy="IfNotPresent", args=mailpit_args(),
                        ports=[k8s.ContainerPort(name="smtp", container_port=contracts.MAIL_CATCHER_SMTP_PORT),
                               k8s.ContainerPort(name="http", container_port=contracts.MAIL_CATCHER_UI_PORT)],
                        readiness_probe=probe, liveness_probe=probe,
                        resources=k8s.ResourceRequirements(
                            requests={"cpu": k8s.Quantity.from_string("50m"), "memory": k8s.Quantity.from_string("64Mi")},
                            limits={"memory": k8s.Quantity.from_string("256Mi")}),
                        security_context=k8s.SecurityContext(
                            allow_privilege_escalation=False, read_only_root_filesystem=True, run_as_non_root=True,
                            capabilities=k8s.Capabilities(drop=["ALL"])),
                        volume_mounts=[k8s.VolumeMount(name="data", mount_path=DATA_DIR)],
                    )],
                    volumes=[k8s.Volume(name="data", empty_dir=k8s.EmptyDirVolumeSource(size_limit=k8s.Quantity.from_string("1Gi")))],
                ),
            ),
        ))
        k8s.KubeService(self, "service", metadata=k8s.ObjectMeta(name=contracts.MAIL_CATCHER_SERVICE), spec=k8s.ServiceSpec(
            selector=labels,
            ports=[k8s.ServicePort(name="smtp", port=contracts.MAIL_CATCHER_SMTP_PORT,
                                   target_port=k8s.IntOrString.from_number(contracts.MAIL_CATCHER_SMTP_PORT)),
                   k8s.ServicePort(name="http", port=contracts.MAIL_CATCHER_UI_PORT,
                                   target_port=k8s.IntOrString.from_number(contracts.MAIL_CATCHER_UI_PORT))]))
