"""EC2 instance types the platform's node groups may use, and what a node offers to pods.

One table, read by the capacity guard (drupal_platform.capacity). Figures are the EC2
specifications (vCPUs, memory, ENIs, IPv4 addresses per ENI); allocatable resources are
estimated with the formulas the EKS AL2023 AMI (nodeadm) applies:

- kube-reserved CPU: 6% of the first core, 1% of the second, 0.5% of the next two and
  0.25% of every further core;
- kube-reserved memory: 11 MiB per pod the kubelet may run + 255 MiB;
- eviction threshold: 100 MiB;
- the operating system sees about 5% less memory than the nominal size (firmware, kernel).

Adding a type is one line; a node group naming a type missing here fails synth with a
message that lists the known types, because a guess would make the guard meaningless.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from drupal_platform.constructs.node_groups import MAX_PODS_PER_NODE

# IPv4 prefix delegation: each secondary address slot on an ENI holds a /28 (16 addresses).
PREFIX_SIZE = 16
EVICTION_MEMORY_MIB = 100
OS_MEMORY_SHARE = 0.05


@dataclass(frozen=True)
class InstanceType:
    name: str
    vcpus: int
    memory_mib: int
    enis: int
    ips_per_eni: int

    @property
    def max_pods(self) -> int:
        """Pods the kubelet runs: the platform's maxPods, or less where the ENIs cannot address them.

        With custom networking the primary ENI carries no pods; with prefix delegation every
        other ENI's secondary slot carries 16 addresses; +2 for host-network pods (the AWS formula).
        """
        by_enis = (self.enis - 1) * (self.ips_per_eni - 1) * PREFIX_SIZE + 2
        return min(MAX_PODS_PER_NODE, by_enis)

    @property
    def allocatable_cpu_millis(self) -> int:
        cores = self.vcpus
        reserved = 60.0
        if cores >= 2:
            reserved += 10
        if cores >= 3:
            reserved += 5 * (min(cores, 4) - 2)
        if cores > 4:
            reserved += 2.5 * (cores - 4)
        return self.vcpus * 1000 - math.ceil(reserved)

    @property
    def allocatable_memory_mib(self) -> int:
        visible = int(self.memory_mib * (1 - OS_MEMORY_SHARE))
        kube_reserved = 11 * self.max_pods + 255
        return visible - kube_reserved - EVICTION_MEMORY_MIB


def _family(prefix: str, sizes: dict[str, tuple[int, int, int, int]]) -> dict[str, InstanceType]:
    return {f"{prefix}.{size}": InstanceType(f"{prefix}.{size}", *spec) for size, spec in sizes.items()}


# size: (vCPUs, memory MiB, ENIs, IPv4 addresses per ENI) from the EC2 documentation.
_GENERAL = {
    "large": (2, 8 * 1024, 3, 10),
    "xlarge": (4, 16 * 1024, 4, 15),
    "2xlarge": (8, 32 * 1024, 4, 15),
    "4xlarge": (16, 64 * 1024, 8, 30),
    "8xlarge": (32, 128 * 1024, 8, 30),
    "12xlarge": (48, 192 * 1024, 8, 30),
    "16xlarge": (64, 256 * 1024, 15, 50),
}
_COMPUTE = {size: (v, m // 2, e, i) for size, (v, m, e, i) in _GENERAL.items()}
_MEMORY = {size: (v, m * 2, e, i) for size, (v, m, e, i) in _GENERAL.items()}

INSTANCE_TYPES: dict[str, InstanceType] = {
    **_family("m7i", _GENERAL),
    **_family("m6i", _GENERAL),
    **_family("m5", _GENERAL),
    **_family("c7i", _COMPUTE),
    **_family("c6i", _COMPUTE),
    **_family("r7i", _MEMORY),
    **_family("r6i", _MEMORY),
    "t3.medium": InstanceType("t3.medium", 2, 4 * 1024, 3, 6),
    "t3.large": InstanceType("t3.large", 2, 8 * 1024, 3, 12),
    "t3.xlarge": InstanceType("t3.xlarge", 4, 16 * 1024, 4, 15),
    "t3.2xlarge": InstanceType("t3.2xlarge", 8, 32 * 1024, 4, 15),
}


class UnknownInstanceType(KeyError):
    pass


def instance_type(name: str) -> InstanceType:
    try:
        return INSTANCE_TYPES[name]
    except KeyError:
        raise UnknownInstanceType(name) from None


def smallest(names: list[str]) -> InstanceType:
    """The group's weakest type: a managed group may launch any listed type, so plan for the least."""
    types = [instance_type(n) for n in names]
    return min(types, key=lambda t: (t.allocatable_cpu_millis, t.allocatable_memory_mib, t.max_pods))
