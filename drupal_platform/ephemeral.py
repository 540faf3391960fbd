"""Local ephemeral storage: what every container of a tenant may write to its node's disk.

A node's root volume holds every pod's emptyDirs, container logs and writable layers; a pod
that fills it evicts its neighbours (issue 15, item 6). So every container the platform writes
asks for `ephemeral-storage` (request and limit), the LimitRange gives the same to containers
the platform does not write (operator sidecars, injected init containers), and the tier's
quota and fit test count it.

The kubelet evicts a pod when its containers' writable layers, logs and emptyDirs together
exceed the sum of its containers' limits: a container's limit therefore covers the emptyDirs
it mounts plus HEADROOM for logs and files outside them. Sizes are in MiB.
"""

from __future__ import annotations

from dataclasses import dataclass

HEADROOM = 256  # logs, and what a container writes outside its emptyDirs


@dataclass(frozen=True)
class Ephemeral:
    request: int  # MiB
    limit: int  # MiB

    @property
    def request_quantity(self) -> str:
        return f"{self.request}Mi"

    @property
    def limit_quantity(self) -> str:
        return f"{self.limit}Mi"


def for_empty_dirs(*sizes_mib: int, request: int = 64) -> Ephemeral:
    """A container that mounts emptyDirs of these sizes (MiB)."""
    return Ephemeral(request=request, limit=sum(sizes_mib) + HEADROOM)


# emptyDir sizes (MiB) of the pods the tenant chart writes; the chart and the quota read both.
DRUPAL_DIRS = {"tmp": 512, "php-cache": 256, "apache-run": 16, "apache-lock": 16}
JOB_DIRS = {"tmp": 1024, "php-cache": 256}  # install, cron, maintenance: drush, no copies
DB_INIT_DIRS = {"db-init-tmp": 64}
BACKUP_STREAM = 16  # a FIFO and two marker files, shared by dump and upload
DUMP_DIRS = {"stream": BACKUP_STREAM, "dump-tmp": 16}
UPLOAD_DIRS = {"stream": BACKUP_STREAM, "upload-tmp": 64}
DEBUG_DIRS = {"tmp": 256}

DRUPAL = for_empty_dirs(*DRUPAL_DIRS.values(), request=256)
JOB = for_empty_dirs(*JOB_DIRS.values(), request=256)
DB_INIT = for_empty_dirs(*DB_INIT_DIRS.values())
DUMP = for_empty_dirs(*DUMP_DIRS.values())
UPLOAD = for_empty_dirs(*UPLOAD_DIRS.values())
DEBUG = for_empty_dirs(*DEBUG_DIRS.values())
EXPORTER = for_empty_dirs()
WAIT_FOR_DEPLOY = for_empty_dirs()  # reads a mounted ConfigMap, writes nothing
# Operator-created containers whose resources the CR sets: mysqld writes its data to the
# volume claim, its configuration and logs to the image filesystem (not read-only).
MYSQL = Ephemeral(request=256, limit=1024)
MYSQL_SIDECAR = Ephemeral(request=64, limit=256)  # router, init container, xtrabackup sidecar
# Containers nobody sets resources for (the operator's pt-heartbeat sidecar, whose resources
# come from spec.toolkit, and the OpenTelemetry operator's injected init container): the
# LimitRange's default.
LIMIT_RANGE_DEFAULT = Ephemeral(request=64, limit=256)
CONTAINER_MAX = 2048  # LimitRange max per container
# Sidecars of one MySQL pod at operator v1.2.0 (pkg/mysql: xtrabackup from spec.backup, and
# pt-heartbeat from spec.toolkit in async replication), counted at the default's size - the
# same as MYSQL_SIDECAR - whichever of the two sets them.
MYSQL_DEFAULTED_SIDECARS = 2
