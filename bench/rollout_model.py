#!/usr/bin/env python3
"""How long `drupal-platform rollout` takes for a stage of N tenants, against `make deploy`.

A model, not a measurement (no AWS account here): it builds the real wave plan with the
planner `rollout` uses and times it with stated per-stack figures. `cdk deploy --concurrency C`
keeps C stacks in flight, so a wave of n equal stacks takes ceil(n / C) stack times, then the
slowest site's health check; `make deploy` runs every stack one at a time (CDK's default
concurrency 1) and checks nothing.

Usage: python bench/rollout_model.py [--tenants 1000] [--stack-minutes 3] [--check-minutes 2] [--shared-minutes 10]
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from drupal_platform.cli.rollout_plan import Site, plan_waves  # noqa: E402
from drupal_platform.config import MAX_ROLLOUT_CONCURRENCY, RolloutConfig  # noqa: E402

SETTINGS = [  # (canaries, waveSize, concurrency); the first is the default of a stage
    (0, 25, 10),
    (3, 25, 10),
    (3, 50, 10),
    (3, 100, 20),
    (3, 200, MAX_ROLLOUT_CONCURRENCY),
]


def hours(minutes: float) -> str:
    return f"{minutes / 60:5.1f} h"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--tenants", type=int, default=1000)
    p.add_argument("--stack-minutes", type=float, default=3.0,
                   help="one tenant stack's update: change set, kubectl apply through the provider Lambda, stack complete")
    p.add_argument("--check-minutes", type=float, default=2.0, help="a wave's health check: the slowest site's rollout to ready pods")
    p.add_argument("--shared-minutes", type=float, default=10.0, help="the shared stacks when they change (wave 1; 0 when unchanged)")
    a = p.parse_args()
    sites = [Site(f"site-{i:04d}") for i in range(a.tenants)]
    sequential = a.shared_minutes + a.tenants * a.stack_minutes
    print(f"{a.tenants} tenants; assumed: {a.stack_minutes:g} min per tenant stack, {a.check_minutes:g} min per wave's health check, "
          f"{a.shared_minutes:g} min for the shared stacks")
    print(f"  make deploy (one stack at a time, nothing checked): {hours(sequential)}")
    for canaries, size, conc in SETTINGS:
        cfg = RolloutConfig(canaries=[s.name for s in sites[:canaries]], wave_size=size, concurrency=conc)
        plan = plan_waves("bench", sites, cfg)
        minutes = a.shared_minutes + sum(
            math.ceil(len(w.sites) / w.concurrency) * a.stack_minutes + a.check_minutes for w in plan.waves if w.kind != "shared")
        print(f"  rollout canaries={canaries:<2} waveSize={size:<4} concurrency={conc:<3}: {len(plan.waves) - 1:>3} tenant waves, "
              f"{hours(minutes)}  ({sequential / minutes:4.1f}x faster, every site checked)")


if __name__ == "__main__":
    main()
