"""The README is the reference: it opens with the two commands and documents every key."""

from __future__ import annotations

import pytest

from drupal_platform import config as cfg
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text()


def key_paths(model: type[cfg.ConfigModel], prefix: str = "") -> list[str]:
    paths = []
    for name, field in model.model_fields.items():
        if name == "name":
            continue
        alias = field.alias or name
        path = prefix + alias
        nested = [a for a in (getattr(field.annotation, "__args__", None) or (field.annotation,)) if isinstance(a, type) and issubclass(a, cfg.ConfigModel)]
        if nested:
            paths += key_paths(nested[0], path + ".")
        else:
            paths.append(path)
    return paths


def test_readme_opens_with_the_two_commands():
    first_screen = README[:1500]
    assert "make synth" in first_screen and "make test" in first_screen


@pytest.mark.parametrize("path", key_paths(cfg.StageConfig))
def test_every_stage_key_is_documented(path):
    wildcard = path.replace("nodeGroups.system.", "nodeGroups.*.").replace("nodeGroups.shared.", "nodeGroups.*.")
    assert f"`{path}`" in README or f"`{wildcard}`" in README


@pytest.mark.parametrize("path", key_paths(cfg.TenantConfig))
def test_every_tenant_key_is_documented(path):
    assert f"`{path}`" in README
