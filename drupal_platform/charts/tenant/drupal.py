"""Drupal itself: configuration files, the files claim, Deployment, Service, Ingress, HPA, PDB,
the deploy-step Job, the cron CronJob, and the one-off maintenance and debug Jobs."""

from __future__ import annotations

import dataclasses
import json
from typing import Literal

import cdk8s
from constructs import Construct

from drupal_platform import contracts, ephemeral
from drupal_platform.charts.tenant import files, values
from drupal_platform.charts.tenant.database import backup_containers, db_init_container
from drupal_platform.charts.tenant.k8s import k8s, plus
from drupal_platform.charts.tenant.pods import (
    add_container, add_drupal_container, api_object, config_map_volume, container_security, env_from_config_map, env_from_secret, drupal_pod_props, empty_dir, finish_pod, pod_metadata, pod_security, pod_spec_path,
    PULL_POLICIES, resources, use_service_account,
)
from drupal_platform.quota import DRUPAL_SURGE, FILES_CLAIM_SIZE
from drupal_platform.charts.tenant.site import (
    APACHE_CONFIG, DB_CLIENT_LABEL, DB_CONFIG, DB_SECRET, DRUPAL, FILES_CLAIM, HTTP_PORT, INTERNET_LABEL, MAIL_LABEL,
    MYSQL_CLIENT_IMAGE, MYSQL_CLIENT_UID, SA_DB_BACKUP, SA_DRUPAL, SETTINGS_CONFIG, WWW_DATA_UID, Site, short_hash,
)
from drupal_platform.tiers import Resources

MaintenanceCommand = Literal["updb", "cim", "cr", "status"]
MAINTENANCE_ARGS: dict[str, list[str]] = {
    "updb": ["updatedb"],
    "cim": ["config:import"],
    "cr": ["cache:rebuild"],
    "status": ["status"],
}
JOB_TTL = cdk8s.Duration.days(1)
DEBUG_DEADLINE = cdk8s.Duration.hours(1)
# The deploy step's bound: the gate waits at most 2 hours (its Provider's total timeout).
# Ends before the deploy gate stops waiting (CloudFormation waits an hour for a custom resource),
# so the Job's own deadline failure is what the gate reports.
DEPLOY_DEADLINE = cdk8s.Duration.seconds(contracts.DEPLOY_JOB_MAX_DEADLINE_SECONDS)
# Kubernetes sets this label on a Job's pods; the deploy's backup key names the Job.
JOB_NAME_POD_LABEL = "batch.kubernetes.io/job-name"
# The EKS pod identity webhook leaves these containers of the deploy pod without the IRSA
# token: only the upload writes to S3 (the client's code in `deploy` never sees the role).
IRSA_SKIP_ANNOTATION = "eks.amazonaws.com/skip-containers"
SERVICE_PORT = 80
SURGE = plus.PercentOrAbsolute.absolute(DRUPAL_SURGE)
NO_UNAVAILABLE = plus.PercentOrAbsolute.absolute(0)


# --- configuration ---------------------------------------------------------------------------
def config_maps(scope: Construct, site: Site) -> None:
    plus.ConfigMap(scope, "apache-config", metadata=cdk8s.ApiObjectMetadata(name=APACHE_CONFIG), data={
        "ports.conf": files.ports_conf(),
        "000-default.conf": files.vhost_conf(site),
        files.HEALTH_FILE: files.HEALTH_BODY,
    })
    if not site.custom_image:
        # Custom images bake settings.php into the image (it reads the same environment).
        plus.ConfigMap(scope, "settings", metadata=cdk8s.ApiObjectMetadata(name=SETTINGS_CONFIG),
                       data={"settings.php": files.settings_php(site)})


def files_claim(scope: Construct, site: Site) -> None:
    """Public files on EFS (ReadWriteMany): replicas on different nodes share them. An EBS volume
    (ReadWriteOnce) attaches to one node only (DESIGN 4). The class's reclaimPolicy is Retain."""
    k8s.KubePersistentVolumeClaim(scope, "files", metadata=k8s.ObjectMeta(name=FILES_CLAIM), spec=k8s.PersistentVolumeClaimSpec(
        access_modes=["ReadWriteMany"], storage_class_name=contracts.FILES_STORAGE_CLASS,
        resources=k8s.VolumeResourceRequirements(requests={"storage": values.quantity(FILES_CLAIM_SIZE)})))


# --- the site --------------------------------------------------------------------------------
def drupal_labels(site: Site) -> dict[str, str]:
    return {**site.component_labels(DRUPAL), DB_CLIENT_LABEL: "true", MAIL_LABEL: "true"}


def deployment(scope: Construct, site: Site) -> plus.Deployment:
    kw = {} if site.autoscaling else {"replicas": site.replicas}
    deploy = plus.Deployment(
        scope, "drupal", metadata=cdk8s.ApiObjectMetadata(name=DRUPAL), select=False,
        strategy=plus.DeploymentStrategy.rolling_update(
            max_surge=SURGE, max_unavailable=NO_UNAVAILABLE),
        # OpenTelemetry apache-httpd auto-instrumentation (configPath /etc/apache2 in the Instrumentation).
        pod_metadata=pod_metadata(site, drupal_labels(site), {
            "instrumentation.opentelemetry.io/inject-apache-httpd": contracts.OTEL_INSTRUMENTATION}),
        **kw, **drupal_pod_props(),
    )
    deploy.select(plus.LabelSelector.of(labels=site.component_labels(DRUPAL)))
    use_service_account(deploy, SA_DRUPAL)
    wait_for_deploy(site, deploy, site.tier.drupal)
    add_drupal_container(site, deploy, name="drupal", res=site.tier.drupal, serve=True)
    finish_pod(site, deploy, spread=site.component_labels(DRUPAL))
    if site.autoscaling:
        a = site.tenant.client.autoscaling
        plus.HorizontalPodAutoscaler(
            scope, "hpa", metadata=cdk8s.ApiObjectMetadata(name=DRUPAL), target=deploy,
            min_replicas=a.min_replicas, max_replicas=a.max_replicas,
            metrics=[plus.Metric.resource_cpu(plus.MetricTarget.average_utilization(a.target_cpu_utilization_percentage))])
    min_running = site.tenant.client.autoscaling.min_replicas if site.autoscaling else site.replicas
    if min_running > 1:
        k8s.KubePodDisruptionBudget(scope, "pdb", metadata=k8s.ObjectMeta(name=DRUPAL), spec=k8s.PodDisruptionBudgetSpec(
            max_unavailable=values.int_or_string(1),
            selector=k8s.LabelSelector(match_labels=site.component_labels(DRUPAL))))
    return deploy


def service(scope: Construct, site: Site) -> plus.Service:
    svc = plus.Service(scope, "service", metadata=cdk8s.ApiObjectMetadata(name=DRUPAL),
                       type=plus.ServiceType.CLUSTER_IP,
                       ports=[plus.ServicePort(port=SERVICE_PORT, target_port=HTTP_PORT, name="http")])
    for k, v in site.component_labels(DRUPAL).items():
        svc.select_label(k, v)
    return svc


def ingress_annotations(site: Site) -> dict[str, str]:
    certs = site.certificate_arns()
    if not certs:  # pragma: no cover - configuration validation requires a certificate
        raise ValueError(f"tenant '{site.name}': no certificate covers {site.hosts}")
    group = site.load_balancer_group
    ann = {
        "alb.ingress.kubernetes.io/group.name": group,
        "alb.ingress.kubernetes.io/scheme": "internet-facing",
        "alb.ingress.kubernetes.io/target-type": "ip",
        "alb.ingress.kubernetes.io/listen-ports": '[{"HTTP": 80}, {"HTTPS": 443}]',
        "alb.ingress.kubernetes.io/ssl-redirect": "443",
        "alb.ingress.kubernetes.io/certificate-arn": ",".join(certs),
        "alb.ingress.kubernetes.io/ssl-policy": "ELBSecurityPolicy-TLS13-1-2-2021-06",
        "alb.ingress.kubernetes.io/healthcheck-path": files.HEALTH_PATH,
        "alb.ingress.kubernetes.io/success-codes": "200-399",
        "alb.ingress.kubernetes.io/backend-protocol": "HTTP",
    }
    if site.refs.waf_acl_arn:
        ann["alb.ingress.kubernetes.io/wafv2-acl-arn"] = site.refs.waf_acl_arn
    if site.refs.load_balancer_security_group:
        # The group's security group from Platform-Data (in: 80/443 from anywhere; out: only
        # Drupal's port in the pod subnets). Every Ingress of the group names the same one, as
        # the controller requires; it adds no rules of its own to the pods' security group,
        # which admits this group on Drupal's port already (Platform-Data).
        ann["alb.ingress.kubernetes.io/security-groups"] = site.refs.load_balancer_security_group
        ann["alb.ingress.kubernetes.io/manage-backend-security-group-rules"] = "false"
    return ann


def ingress(scope: Construct, site: Site, svc: plus.Service) -> None:
    backend = plus.IngressBackend.from_service(svc, port=SERVICE_PORT)
    plus.Ingress(
        scope, "ingress", metadata=cdk8s.ApiObjectMetadata(name=DRUPAL, annotations=ingress_annotations(site)),
        class_name=contracts.INGRESS_CLASS,
        rules=[plus.IngressRule(host=h, path="/", path_type=plus.HttpIngressPathType.PREFIX, backend=backend) for h in site.hosts],
    )


# --- jobs ------------------------------------------------------------------------------------
def job_labels(site: Site, component: str) -> dict[str, str]:
    """Install, cron and maintenance pods reach their database and nothing else: drush is in
    the image (issue 15, item 5), so no Drupal pod needs the internet; they may send mail."""
    return {**site.component_labels(component), DB_CLIENT_LABEL: "true", MAIL_LABEL: "true"}


def deploy_job_name(site: Site, spec: dict) -> str:
    """deploy-<hash of the whole rendered Job spec>: a new Job for every code change. A Job's pod
    template is immutable, so any change to it (image, script, resources, placement...) must be
    a new Job anyway. Values from PlatformRefs may be CloudFormation tokens, whose text is not
    stable: the image enters the hash in its configured form, other refs by name."""
    text = json.dumps(spec, sort_keys=True)
    if site.drupal_image != site.drupal_image_config:
        text = text.replace(json.dumps(site.drupal_image)[1:-1], site.drupal_image_config)
    # The backup's upload names the bucket (a token too): a value that is a whole ref enters by
    # the ref's name (whole JSON strings only: a pull-through image may share the registry's text).
    for field in dataclasses.fields(site.refs):
        value = getattr(site.refs, field.name)
        if value:
            text = text.replace(json.dumps(value), json.dumps(f"<{field.name}>"))
    return f"{contracts.DEPLOY_JOB_PREFIX}{short_hash(text)}"


def deploy_job(scope: Construct, site: Site) -> plus.Job:
    """The deploy step of one code change (README "The deploy step"): db-init creates the
    database and user; dump and upload stream a backup to S3 while the deploy container waits
    for the database and then for that backup, and only then runs install (empty database
    only), updatedb, config:import, cache:rebuild and deploy:hook with the new image.

    Run once: backoffLimit 0 (a retry of a half-applied update would report success), bounded
    by the gate's limit, kept a day for its logs. The deploy gate creates it from this
    rendering (DEPLOY_STEP_LABEL); the tenant's manifest leaves it out."""
    job = plus.Job(scope, "deploy", metadata=cdk8s.ApiObjectMetadata(name="deploy", labels={contracts.DEPLOY_STEP_LABEL: "true"}),
                   backoff_limit=0, ttl_after_finished=JOB_TTL, active_deadline=DEPLOY_DEADLINE,
                   # The upload reaches S3 on 443 (the same egress as the nightly backup's pod). It
                   # needs the tenant's IRSA role (db-backup); the others are kept out of it.
                   pod_metadata=pod_metadata(site, {**job_labels(site, "deploy"), INTERNET_LABEL: "true"}, {
                       IRSA_SKIP_ANNOTATION: ",".join(["db-init", contracts.DEPLOY_CONTAINER, "dump"])}),
                   **drupal_pod_props())
    use_service_account(job, SA_DB_BACKUP)
    db_init_container(site, job)
    deploy = add_drupal_container(site, job, name=contracts.DEPLOY_CONTAINER, res=site.tier.job,
                                  command=["/bin/sh", "-c", files.deploy_script(site)])
    stream = backup_containers(site, job, files.deploy_upload_script(site), {
        files.DEPLOY_JOB_ENV: plus.EnvValue.from_field_ref(plus.EnvFieldPaths.POD_LABEL, key=JOB_NAME_POD_LABEL)})
    deploy.mount(files.BACKUP_STREAM_DIR, stream, read_only=True)
    obj = api_object(job)
    # The step goes to /dev/termination-log; a container killed before writing it leaves its log's tail.
    obj.add_json_patch(values.patch_add(f"{pod_spec_path(job)}/containers/0/terminationMessagePolicy", "FallbackToLogsOnError"))
    finish_pod(site, job)
    obj.add_json_patch(cdk8s.JsonPatch.replace("/metadata/name", deploy_job_name(site, obj.to_json()["spec"])))
    return job


def wait_for_deploy(site: Site, workload: plus.AbstractPod, res: Resources) -> plus.Container:
    """Init container of every pod that runs the site's code (Deployment, CronJob, maintenance
    Jobs): it starts the pod only once the deploy-state ConfigMap (written by the deploy gate,
    mounted optional) names this image as deployed. Same image and resources as the pod's own
    container, so it adds nothing to what the pod asks of the quota or the node."""
    state = config_map_volume(workload, "deploy-state", contracts.DEPLOY_STATE_CONFIGMAP, optional=True)
    return add_container(
        workload, ephemeral.WAIT_FOR_DEPLOY, init=True, name="wait-for-deploy", image=site.drupal_image, image_pull_policy=PULL_POLICIES[site.drupal_pull_policy],
        command=["/bin/sh", "-c", files.wait_for_deploy_script()],
        env_variables={"EXPECTED_IMAGE": values.env_value(site.drupal_image)},
        resources=resources(res), security_context=container_security(WWW_DATA_UID),
        volume_mounts=[plus.VolumeMount(path=files.DEPLOY_STATE_DIR, volume=state, read_only=True)],
    )


def cron_fields(schedule: str) -> dict[str, str]:
    minute, hour, day, month, week_day = schedule.split()
    return dict(minute=minute, hour=hour, day=day, month=month, week_day=week_day)


# cdk8s.Cron holds five fields only; a descriptor Kubernetes accepts (@daily, @every 90m) is
# placed as written by a patch below, the Cron given here is only a stand-in.
_DESCRIPTOR_STAND_IN = cdk8s.Cron.daily


def cronjob(scope: Construct, site: Site) -> plus.CronJob:
    schedule = site.cron_schedule
    cron = plus.CronJob(
        scope, "cron", metadata=cdk8s.ApiObjectMetadata(name="drupal-cron"),
        schedule=_DESCRIPTOR_STAND_IN() if schedule.startswith("@") else cdk8s.Cron(**cron_fields(schedule)),
        concurrency_policy=plus.ConcurrencyPolicy.FORBID, suspend=not site.active,
        successful_jobs_retained=1, failed_jobs_retained=3, backoff_limit=1,
        starting_deadline=values.minutes(10),
        active_deadline=values.minutes(30), pod_metadata=pod_metadata(site, job_labels(site, "cron")), **drupal_pod_props(),
    )
    use_service_account(cron, SA_DRUPAL)
    wait_for_deploy(site, cron, site.tier.job)
    add_drupal_container(site, cron, name="cron", res=site.tier.job, command=["/bin/sh", "-c", files.drush_script(site, ["cron"])])
    finish_pod(site, cron)
    if schedule.startswith("@"):
        api_object(cron).add_json_patch(cdk8s.JsonPatch.replace("/spec/schedule", schedule))
    return cron


def maintenance(scope: Construct, site: Site, command: MaintenanceCommand, name: str) -> plus.Job:
    job = plus.Job(scope, "maintenance", metadata=cdk8s.ApiObjectMetadata(name=name),
                   backoff_limit=0, ttl_after_finished=JOB_TTL, active_deadline=values.hours(2),
                   pod_metadata=pod_metadata(site, job_labels(site, "maintenance")), **drupal_pod_props())
    use_service_account(job, SA_DRUPAL)
    wait_for_deploy(site, job, site.tier.job)
    add_drupal_container(site, job, name=command, res=site.tier.job,
                         command=["/bin/sh", "-c", files.drush_script(site, MAINTENANCE_ARGS[command])])
    finish_pod(site, job)
    return job


def debug(scope: Construct, site: Site, name: str) -> plus.Job:
    """A pod that passes restricted PSS (source problem 8): mysql client and curl, non-root,
    no service-account token, removed after an hour at most."""
    job = plus.Job(scope, "debug", metadata=cdk8s.ApiObjectMetadata(name=name),
                   backoff_limit=0, ttl_after_finished=values.minutes(5), active_deadline=DEBUG_DEADLINE,
                   automount_service_account_token=False, security_context=pod_security(MYSQL_CLIENT_UID),
                   pod_metadata=pod_metadata(site, {**dict(contracts.DEBUG_POD_LABEL), **site.component_labels("debug")}))
    use_service_account(job, SA_DRUPAL)
    add_container(
        job, ephemeral.DEBUG, name="debug", image=site.pull_through(MYSQL_CLIENT_IMAGE), image_pull_policy=plus.ImagePullPolicy.IF_NOT_PRESENT,
        command=["/bin/sh", "-c", f"echo 'kubectl exec -it job/{name} -n {site.namespace} -- bash'; sleep {int(DEBUG_DEADLINE.to_seconds())}"],
        env_from=[env_from_config_map(job, DB_CONFIG), env_from_secret(job, DB_SECRET)],
        env_variables={"HOME": values.env_value("/tmp")},
        resources=resources(site.tier.job), security_context=container_security(MYSQL_CLIENT_UID),
        volume_mounts=[plus.VolumeMount(path="/tmp", volume=empty_dir(job, "tmp", ephemeral.DEBUG_DIRS["tmp"]))],
    )
    finish_pod(site, job)
    return job


__all__ = ["config_maps", "files_claim", "deployment", "service", "ingress", "deploy_job", "cronjob",
           "maintenance", "debug", "MAINTENANCE_ARGS", "deploy_job_name", "wait_for_deploy"]
