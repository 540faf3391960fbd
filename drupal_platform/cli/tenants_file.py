"""Editing tenants.yaml (and clients/<name>.yaml) without disturbing what a person wrote.

ruamel.yaml's round-trip mode keeps comments, key order, quoting and flow style. Two
guards make "every untouched line stays byte-identical" a checked property rather than a
hope: the file must round-trip unchanged before any edit (otherwise it uses formatting
ruamel cannot reproduce, and we refuse instead of rewriting it), and an added tenant may
only *insert* lines. Every edit is validated with `validation.validate` on a scratch copy before
the real file is replaced atomically, so the registry is never left invalid.
"""

from __future__ import annotations

import difflib
import io
import os
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString
from ruamel.yaml.util import load_yaml_guess_indent

from drupal_platform.config import _MISSING, Problem
from drupal_platform.sources import Positions, read_yaml
from drupal_platform.validation import CLIENT_WHAT, TENANTS_WHAT, validate

# The custom-image layout of drupal/recommended-project (source design, "Custom Image Sites").
CUSTOM_APP_PATH = "/var/www/html"
CUSTOM_WEB_ROOT = "/var/www/html/web"
# The official image new standard tenants start on (ECR Public mirror: no Docker Hub limits).
OFFICIAL_REPOSITORY = "public.ecr.aws/docker/library/drupal"
OFFICIAL_TAG = "11.3-php8.4-apache"


class EditError(Exception):
    """An edit that cannot be made; the message names the file and what is wrong."""


class UnknownTenant(EditError):
    """The registry has no tenant of that name (a usage error for the CLI)."""


def _yaml(mapping: int = 2, sequence: int = 4, offset: int = 2) -> YAML:
    y = YAML()  # round-trip
    y.preserve_quotes = True
    y.width = 4096  # never re-wrap long lines
    y.indent(mapping=mapping, sequence=sequence, offset=offset)
    return y


def _styles(text: str):
    """Indentation styles to try, the guessed one first (the example registry: 2, dashes indented by 2)."""
    try:
        _, ind, bsi = load_yaml_guess_indent(text)
    except Exception:  # noqa: BLE001 - a bad guess only costs the guess
        ind, bsi = 4, 2
    if not isinstance(ind, int) or not isinstance(bsi, int):  # no block sequence to guess from
        ind, bsi = 4, 2
    yield (2, 4, 2) if (ind, bsi) == (4, 2) else (max(ind - bsi, 2), ind, bsi)
    for mapping in (2, 4, 3):
        for offset in range(0, mapping + 1):
            yield mapping, offset + 2, offset


@dataclass
class Document:
    """A YAML file loaded for editing, with the style that reproduces it exactly."""

    path: Path
    text: str
    data: Any
    style: tuple[int, int, int]

    def dump(self) -> str:
        out = io.StringIO()
        _yaml(*self.style).dump(self.data, out)
        return out.getvalue()


def load_round_trip(path: Path) -> Document:
    """The file, loaded; refuses a file whose formatting would not survive an edit."""
    _readable(path, CLIENT_WHAT if path.parent.name == "clients" else TENANTS_WHAT)
    text = path.read_text(encoding="utf-8-sig")
    for style in dict.fromkeys(_styles(text)):
        doc = Document(path, text, _yaml(*style).load(text), style)
        if doc.dump() == text:
            return doc
    raise EditError(
        f"{path}: this file uses formatting (indentation, line width or quoting) that ruamel.yaml cannot reproduce "
        "byte for byte; edit it by hand rather than let the tool reformat it"
    )


def _readable(path: Path, what: str = CLIENT_WHAT) -> None:
    """The same message validation gives for a file that cannot be read (encoding, directory, empty, duplicates, ...)."""
    src = read_yaml(path, what=what)
    if not src.ok:
        raise EditError(str(Problem(str(path), "file", "(root)", _MISSING, src.error or "", src.line)))


def only_insertions(old: str, new: str) -> bool:
    """True when `new` is `old` with lines added and none changed or removed."""
    ops = difflib.SequenceMatcher(a=old.splitlines(True), b=new.splitlines(True), autojunk=False).get_opcodes()
    return all(op in ("equal", "insert") for op, *_ in ops)


def changed_lines(old: str, new: str) -> int:
    """Lines of `old` that `new` replaces or removes."""
    ops = difflib.SequenceMatcher(a=old.splitlines(True), b=new.splitlines(True), autojunk=False).get_opcodes()
    return sum(i2 - i1 for op, i1, i2, _, _ in ops if op in ("replace", "delete"))


# --- new tenants ------------------------------------------------------------------------
@dataclass(frozen=True)
class NewTenant:
    name: str
    hosts: list[str]
    tier: str = "medium"
    dedicated: bool = False
    ha: bool = False
    custom_image: bool = False
    repository: str | None = None  # None with custom_image: the tenant's own ECR repository
    tag: str = OFFICIAL_TAG
    stages: list[str] | None = None
    certificate_arns: tuple[str, ...] = ()
    digest: str | None = None  # the tag's digest (client.image.digest): required in production stages


def _flow(items: list[str]) -> CommentedSeq:
    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


def tenant_entry(t: NewTenant) -> CommentedMap:
    """The YAML of a new tenant in the example registry's shape (explicit where it matters)."""
    entry = CommentedMap()
    if t.stages:
        entry["stages"] = _flow(list(t.stages))
    platform = CommentedMap()
    platform["tier"] = t.tier
    platform["state"] = "active"
    platform["placement"] = CommentedMap(dedicated=t.dedicated)
    platform["database"] = CommentedMap(highAvailability=t.ha)
    if t.custom_image:
        platform["image"] = CommentedMap(appPath=CUSTOM_APP_PATH, webRoot=CUSTOM_WEB_ROOT)
    if t.certificate_arns:
        platform["certificateArns"] = list(t.certificate_arns)
    entry["platform"] = platform
    client = CommentedMap()
    image = CommentedMap()
    if t.repository:
        image["repository"] = t.repository
    image["tag"] = DoubleQuotedScalarString(t.tag)
    if t.digest:
        image["digest"] = DoubleQuotedScalarString(t.digest)
    client["image"] = image
    client["ingress"] = CommentedMap(hosts=_flow(list(t.hosts)))
    entry["client"] = client
    return entry


def _tenants_map(doc: Any, path: Path) -> CommentedMap:
    if not isinstance(doc, CommentedMap) or not isinstance(doc.get("tenants"), CommentedMap):
        raise EditError(f"{path}: must hold one key, 'tenants', mapping names to tenants")
    return doc["tenants"]


def add_tenant_text(path: Path, new: NewTenant) -> tuple[str, str]:
    """(original text, text with the tenant appended); nothing is written."""
    doc = load_round_trip(path)
    text = doc.text
    tenants = _tenants_map(doc.data, path)
    if new.name in tenants:
        raise EditError(f"{path}: tenant '{new.name}': name = {new.name!r}: a tenant with this name already exists (choose another name)")
    tenants[new.name] = tenant_entry(new)
    # A blank line and a comment, like the hand-written entries.
    kind = "custom image" if new.custom_image else "official image"
    tenants.yaml_set_comment_before_after_key(new.name, before=f"\nAdded by `drupal-platform tenants add` ({kind}).", indent=2)
    out = doc.dump()
    if not only_insertions(text, out):
        raise EditError(f"{path}: appending the tenant would change existing lines; add it by hand")
    return text, out


# --- image tags ------------------------------------------------------------------------
def _quoted_like(old: Any, value: str) -> Any:
    return DoubleQuotedScalarString(value) if isinstance(old, DoubleQuotedScalarString) or old is None else value


def _set_image(image: CommentedMap, tag: str, digest: str | None) -> None:
    """Tag and digest together: a digest belongs to one tag, so a new tag without a digest drops
    the old tag's digest (the site would otherwise keep running the old code under the new tag)."""
    old_tag = image.get("tag")
    image["tag"] = _quoted_like(old_tag, tag)
    if digest is not None:
        if "digest" in image:
            image["digest"] = _quoted_like(image.get("digest"), digest)
        else:
            image.insert(list(image).index("tag") + 1, "digest", DoubleQuotedScalarString(digest))
    elif "digest" in image and str(old_tag) != tag:
        del image["digest"]


def set_tag_in(client: CommentedMap, tag: str, stage: str | None, where: str, digest: str | None = None) -> None:
    """Sets client.image.tag (and .digest), or client.overrides.<stage>.image.tag (and .digest), in place."""
    if stage is None:
        image = client.get("image")
        if not isinstance(image, CommentedMap):
            raise EditError(f"{where}: client.image: required mapping is missing")
        _set_image(image, tag, digest)
        return
    overrides = client.get("overrides")
    if overrides is None:
        client["overrides"] = overrides = CommentedMap()
    if not isinstance(overrides, CommentedMap):
        raise EditError(f"{where}: client.overrides: must be a mapping of stage to overrides")
    override = overrides.get(stage)
    if override is None:
        overrides[stage] = override = CommentedMap()
    image = override.get("image")
    if image is None:
        override["image"] = image = CommentedMap()
        if override.fa.flow_style():
            image.fa.set_flow_style()
    _set_image(image, tag, digest)


def client_file_of(tenants_path: Path, name: str) -> Path:
    return tenants_path.parent / "clients" / f"{name}.yaml"


def set_tag_text(tenants_path: Path, name: str, tag: str, stage: str | None, digest: str | None = None) -> tuple[Path, str, str]:
    """(file to change, original text, new text) for a tenant's image tag and digest; nothing is written."""
    _readable(tenants_path, TENANTS_WHAT)
    try:
        registry = _yaml().load(tenants_path.read_text(encoding="utf-8-sig"))
    except YAMLError as exc:  # read_yaml accepted it; ruamel's round-trip loader is the same parser
        raise EditError(f"{tenants_path}: is not valid YAML: {exc}") from None
    tenants = _tenants_map(registry, tenants_path)
    if name not in tenants:
        raise UnknownTenant(f"no tenant {name!r} in {tenants_path} (tenants: {', '.join(map(str, tenants)) or 'none'})")
    client_file = client_file_of(tenants_path, name)
    if client_file.exists():
        doc = load_round_trip(client_file)
        client = doc.data.get("client", doc.data) if isinstance(doc.data, CommentedMap) else None
        if not isinstance(client, CommentedMap):
            raise EditError(f"{client_file}: must hold the tenant's client block")
        set_tag_in(client, tag, stage, f"{client_file}: tenant '{name}'", digest)
        return client_file, doc.text, doc.dump()
    doc = load_round_trip(tenants_path)
    body = _tenants_map(doc.data, tenants_path)[name]
    client = body.get("client") if isinstance(body, CommentedMap) else None
    if not isinstance(client, CommentedMap):
        raise EditError(f"{tenants_path}: tenant '{name}': client: required mapping is missing")
    set_tag_in(client, tag, stage, f"{tenants_path}: tenant '{name}'", digest)
    return tenants_path, doc.text, doc.dump()


# --- validation and writing ------------------------------------------------------------
def validate_candidate(stages_raw: Any, stages_file: str, tenants_path: Path, target: Path, new_text: str,
                       stage_positions: Positions | None = None) -> list[Problem]:
    """Problems the one validation (the same as synth's) would report if `target` held `new_text`.

    The candidate is checked in a scratch directory that mirrors tenants.yaml and clients/,
    and the problems are reported under the real file names.
    """
    clients = tenants_path.parent / "clients"
    with tempfile.TemporaryDirectory(prefix="drupal-platform-") as tmp:
        scratch = Path(tmp)
        scratch_tenants = scratch / tenants_path.name
        scratch_clients = scratch / "clients"
        if clients.is_dir():
            shutil.copytree(clients, scratch_clients)
        shutil.copyfile(tenants_path, scratch_tenants)
        scratch_target = scratch_tenants if target == tenants_path else scratch_clients / target.name
        scratch_target.parent.mkdir(exist_ok=True)
        scratch_target.write_text(new_text)
        problems = validate(stages_raw, scratch_tenants, stages_file=stages_file, clients_dir=scratch_clients,
                            stage_positions=stage_positions).problems
        names = {str(scratch_tenants): str(tenants_path), str(scratch_clients): str(clients)}
        out = []
        for p in problems:
            file = p.file
            for fake, real in names.items():
                if file.startswith(fake):
                    file = real + file[len(fake):]
            out.append(replace(p, file=file))
        return out


def write_atomically(path: Path, text: str) -> None:
    """Replace `path` in one step (a reader never sees half a file), keeping its permissions."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w") as fh:
            fh.write(text)
        shutil.copymode(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
