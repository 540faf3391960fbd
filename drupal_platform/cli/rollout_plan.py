"""The wave plan of `drupal-platform rollout` and the state file that lets it resume.

Pure data, no AWS and no subprocess: the plan is a function of the stage's tenants and its
`rollout` settings, so the same configuration always yields the same waves and the same
hash, and a state file written by an interrupted run is recognised by that hash.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

from drupal_platform import pins
from drupal_platform.config import PlatformConfig, RolloutConfig, StageConfig, TenantConfig

# The shared stacks' construct ids in drupal_platform/stage.py, in dependency order
# (tests/cli/test_rollout.py checks them against a synthesised stage).
SHARED_STACKS = ("Network", "Cluster", "Platform-Data", "Platform-Services")
OIDC_STACK = "GitHubOidc"
PLATFORM_IMAGE_STACK = "PlatformImage"  # the image-owning stage only
TENANT_STACK_PREFIX = "Tenant-"  # stacks.tenant.stack_id

WaveKind = Literal["shared", "canary", "batch"]


@dataclass(frozen=True)
class Site:
    """One tenant of the stage; only active sites are checked (suspended ones run no pods)."""

    name: str
    state: str = "active"
    code: str = ""  # the configured image: a new release is a new plan, so a retry after it starts at wave 1

    @property
    def checked(self) -> bool:
        return self.state == "active"


@dataclass(frozen=True)
class Wave:
    number: int  # 1-based, as printed
    kind: WaveKind
    stacks: tuple[str, ...]  # cdk stack selectors, '<stage>/<id>'
    sites: tuple[Site, ...] = ()
    concurrency: int = 1


@dataclass(frozen=True)
class Plan:
    stage: str
    waves: tuple[Wave, ...]

    @property
    def sites(self) -> list[Site]:
        return [s for w in self.waves for s in w.sites]

    @property
    def hash(self) -> str:
        """Identifies the plan: a changed tenant list, image, order or wave setting is a new plan."""
        body = json.dumps([self.stage, [asdict(w) for w in self.waves]], sort_keys=True)
        return hashlib.sha256(body.encode()).hexdigest()[:16]


def plan_waves(stage: str, sites: list[Site], rollout: RolloutConfig, *, oidc_stack: bool = False,
               platform_image_stack: bool = False) -> Plan:
    """Shared stacks alone first; then the canaries (in configured order); then the other
    active sites by name; then the suspended and decommissioned ones (their stacks still
    change, but no site can prove the code), in waves of `wave_size`."""
    by_name = {s.name: s for s in sites}
    extra = ((OIDC_STACK,) if oidc_stack else ()) + ((PLATFORM_IMAGE_STACK,) if platform_image_stack else ())
    shared = tuple(f"{stage}/{s}" for s in SHARED_STACKS + extra)
    waves: list[Wave] = [Wave(1, "shared", shared)]
    canaries = [by_name[n] for n in rollout.canaries if n in by_name]
    rest = sorted((s for s in sites if s.name not in set(rollout.canaries)), key=lambda s: (not s.checked, s.name))
    groups: list[tuple[WaveKind, list[Site]]] = [("canary", canaries)] if canaries else []
    groups += [("batch", rest[i:i + rollout.wave_size]) for i in range(0, len(rest), rollout.wave_size)]
    for kind, group in groups:
        stacks = tuple(f"{stage}/{TENANT_STACK_PREFIX}{s.name}" for s in group)
        waves.append(Wave(len(waves) + 1, kind, stacks, tuple(group), min(rollout.concurrency, len(group))))
    return Plan(stage, tuple(waves))


def plan_for(config: PlatformConfig, stage: StageConfig) -> Plan:
    sites = [Site(t.name, t.platform.state, _code(t, stage)) for t in config.tenants_in(stage.name)]
    return plan_waves(stage.name, sites, stage.rollout, oidc_stack=stage.github.create_oidc_provider,
                      platform_image_stack=stage.owns_image_repositories)


def _code(tenant: TenantConfig, stage: StageConfig) -> str:
    """The configured image with its digest: a new digest under the same tag is new code, so a new plan."""
    repository = tenant.client.image.repository or f"<tenant-registry>/drupal-site-{tenant.name}"
    return pins.pinned(f"{repository}:{tenant.image_tag(stage.name)}", pins.digest_of(tenant, stage))


# --- state ----------------------------------------------------------------------------------
def default_state_path(stage: str) -> Path:
    return Path(".rollout") / f"{stage}.json"


@dataclass
class RolloutState:
    """What an interrupted run finished; a git-ignored file, removed when the plan completes
    (the next run may deploy changed code under the same tenant list)."""

    plan: str
    done: list[int] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # site -> why, of the last failed wave
    failed_wave: int | None = None

    @classmethod
    def load(cls, path: Path, plan: Plan) -> tuple[RolloutState, str | None]:
        """The state of `plan` and a note when an earlier state was set aside (other plan, unreadable)."""
        try:
            data = json.loads(path.read_text())
        except FileNotFoundError:
            return cls(plan.hash), None
        except (OSError, ValueError) as exc:
            return cls(plan.hash), f"{path}: unreadable ({exc}); starting the plan from wave 1"
        if not isinstance(data, dict) or data.get("plan") != plan.hash:
            return cls(plan.hash), f"{path}: written for another plan ({data.get('plan') if isinstance(data, dict) else '?'}); the tenant list or rollout settings changed, starting plan {plan.hash} from wave 1"
        return cls(plan.hash, sorted(int(n) for n in data.get("done", [])), dict(data.get("failed", {})), data.get("failedWave")), None

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        body = json.dumps({"plan": self.plan, "done": self.done, "failed": self.failed, "failedWave": self.failed_wave}, indent=2)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        with os.fdopen(fd, "w") as f:
            f.write(body + "\n")
        os.replace(tmp, path)
