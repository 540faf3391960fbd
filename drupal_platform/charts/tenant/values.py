"""cdk8s value objects, made once per process and shared by every chart it renders.

A Size, Cpu, Duration, Quantity, IntOrString, EnvValue or JSON patch is an object in the jsii
kernel: making one is a round trip to it (about 0.2 ms), and a tenant chart used some 200 of
them, most the same for every tenant. All of them are immutable (cdk8s's JsonPatch.apply
deep-copies its operations before applying them), so one object serves every chart; the
rendered manifests are byte for byte what fresh objects give (tests/charts/test_snapshots.py).

Keys are the exact inputs: a JSON patch's value by its JSON text *in its own key order*, so
two patches that would serialise differently never share an object. Each cache is bounded,
so a long-lived process (a render worker, the test suite) keeps at most a few thousand.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import cdk8s

from drupal_platform.charts.tenant.k8s import k8s, plus

_SIZE = 4096


@lru_cache(maxsize=_SIZE)
def cpu(q: str) -> plus.Cpu:
    """A Kubernetes CPU quantity ('250m', '1', '1.5') as cdk8s-plus Cpu."""
    return plus.Cpu.millis(int(q[:-1])) if q.endswith("m") else plus.Cpu.units(float(q))


@lru_cache(maxsize=_SIZE)
def size(q: str) -> cdk8s.Size:
    """A binary size quantity ('512Mi', '2Gi', '64Ki') as cdk8s Size."""
    for suffix, fn in (("Mi", cdk8s.Size.mebibytes), ("Gi", cdk8s.Size.gibibytes), ("Ki", cdk8s.Size.kibibytes)):
        if q.endswith(suffix):
            return fn(int(q[: -len(suffix)]))
    raise ValueError(f"unsupported quantity {q!r}")


def mebibytes(n: int) -> cdk8s.Size:
    return size(f"{n}Mi")


@lru_cache(maxsize=_SIZE)
def seconds(n: int) -> cdk8s.Duration:
    return cdk8s.Duration.seconds(n)


@lru_cache(maxsize=_SIZE)
def minutes(n: int) -> cdk8s.Duration:
    return cdk8s.Duration.minutes(n)


@lru_cache(maxsize=_SIZE)
def hours(n: int) -> cdk8s.Duration:
    return cdk8s.Duration.hours(n)


@lru_cache(maxsize=_SIZE)
def quantity(q: str) -> k8s.Quantity:
    return k8s.Quantity.from_string(q)


@lru_cache(maxsize=_SIZE)
def int_or_string(n: int) -> k8s.IntOrString:
    return k8s.IntOrString.from_number(n)


@lru_cache(maxsize=_SIZE)
def env_value(value: str) -> plus.EnvValue:
    """A literal environment value (a plain string or a CloudFormation token's string)."""
    return plus.EnvValue.from_value(value)


@lru_cache(maxsize=_SIZE)
def from_string(cls: type, q: str) -> Any:
    """`cls.from_string(q)` for the generated CRD classes' quantity unions (percona's resources)."""
    return cls.from_string(q)


def patch_add(path: str, value: Any) -> cdk8s.JsonPatch:
    return _patch_add(path, json.dumps(value))


@lru_cache(maxsize=_SIZE)
def _patch_add(path: str, value_json: str) -> cdk8s.JsonPatch:
    return cdk8s.JsonPatch.add(path, json.loads(value_json))
