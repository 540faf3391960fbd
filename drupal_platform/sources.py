"""Reading configuration files: plain data, the line of every key, and one clear message when unreadable.

YAML silently keeps the last of two equal keys and `yaml.safe_load` forgets where a value
was written. Here PyYAML (libyaml) composes the node tree, which carries each node's line,
and the data is built from it, refusing duplicate keys, so every problem can point at the
line to edit. An input that cannot be read at all (not
UTF-8, a directory, empty, not a mapping, broken syntax) yields exactly one message and
no data, never a traceback.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

# libyaml when PyYAML was built with it (43,000 lines in well under a second), else pure Python.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# (key, key, index, ...) from the document root -> 1-based line
Positions = dict[tuple[Any, ...], int]


@dataclass
class Source:
    """A file's data (None when unreadable), where each key sits, and why it could not be read."""

    path: Path
    data: Any = None
    positions: Positions = field(default_factory=dict)
    error: str | None = None  # one sentence in plain words
    line: int | None = None  # where the error is, when the parser knows

    @property
    def ok(self) -> bool:
        return self.error is None

    def line_of(self, path: tuple[Any, ...]) -> int | None:
        """Line of the longest prefix of `path` that the file has (its parent's line for a missing key)."""
        for end in range(len(path), -1, -1):
            line = self.positions.get(tuple(path[:end]))
            if line is not None:
                return line
        return None


def read_text(path: Path) -> tuple[str | None, str | None]:
    """(text, None) or (None, why it cannot be read)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, "file not found"
    except IsADirectoryError:
        return None, "is a directory, not a file"
    except PermissionError:
        return None, "cannot be read: permission denied"
    except OSError as exc:
        return None, f"cannot be read: {exc.strerror or exc}"
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, f"is not UTF-8 text (byte 0x{raw[exc.start]:02x} on line {line}): save it as UTF-8"


class _Unreadable(Exception):
    def __init__(self, message: str, line: int | None):
        super().__init__(message)
        self.line = line


def _build(node: yaml.Node, loader: Any, path: tuple[Any, ...], positions: Positions) -> Any:
    """Plain data from a composed node, recording each key's line and refusing duplicate keys."""
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        first_line: dict[Any, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise _Unreadable("a key must be a plain value, not a list or mapping", key_node.start_mark.line + 1)
            key = loader.construct_object(key_node)
            line = key_node.start_mark.line + 1
            if key in out:
                raise _Unreadable(f"key {key!r} appears twice in one mapping (first on line {first_line[key]}): "
                                  "YAML would silently keep only one; remove or rename one", line)
            first_line[key] = line
            positions[(*path, key)] = line
            out[key] = _build(value_node, loader, (*path, key), positions)
        return out
    if isinstance(node, yaml.SequenceNode):
        items = []
        for i, item in enumerate(node.value):
            positions[(*path, i)] = item.start_mark.line + 1
            items.append(_build(item, loader, (*path, i), positions))
        return items
    return loader.construct_object(node)


def _load(text: str) -> tuple[Any, Positions]:
    """YAML text -> (data, key lines); raises _Unreadable. libyaml composes; we build, so duplicates are seen."""
    loader = _Loader(text)
    positions: Positions = {}
    try:
        node = loader.get_single_node()
        return (_build(node, loader, (), positions) if node is not None else None), positions
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        if "expected a single document" in str(exc):
            raise _Unreadable("holds more than one YAML document ('---'): keep one", line) from None
        text_ = f"{exc.context}, {exc.problem}" if exc.context else str(exc.problem)
        raise _Unreadable(f"is not valid YAML: {text_}", line) from None
    except yaml.YAMLError as exc:
        raise _Unreadable(f"is not valid YAML: {exc}", None) from None
    finally:
        loader.dispose()


def read_yaml(path: Path, *, what: str) -> Source:
    """A YAML file that must hold a mapping (`what` says what, for the message)."""
    src = Source(path)
    text, why = read_text(path)
    if text is None:
        src.error = why
        return src
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        src.error = f"is empty: it must hold {what}"
        return src
    try:
        loaded, positions = _load(text)
    except _Unreadable as exc:
        src.error, src.line = str(exc), exc.line
        return src
    if not isinstance(loaded, dict):
        kind = "a list" if isinstance(loaded, list) else "a single value" if loaded is not None else "nothing"
        src.error, src.line = f"holds {kind}, not a mapping: it must hold {what}", 1
        return src
    src.data, src.positions = loaded, positions
    return src


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"key {key!r} appears twice in one object: JSON parsers silently keep only one; remove or rename one")
        out[key] = value
    return out


def read_json(path: Path, *, what: str) -> Source:
    """A JSON file (cdk.json) that must hold an object; lines come from a YAML 1.2 reading of the same text."""
    src = Source(path)
    text, why = read_text(path)
    if text is None:
        src.error = why
        return src
    if not text.strip():
        src.error = f"is empty: it must hold {what}"
        return src
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        src.error, src.line = f"is not valid JSON: {exc.msg}", exc.lineno
        return src
    except ValueError as exc:
        src.error = str(exc)
        return src
    if not isinstance(data, dict):
        src.error, src.line = f"holds {type(data).__name__}, not an object: it must hold {what}", 1
        return src
    src.data = data
    try:  # JSON is (almost always) YAML: the same text read as YAML tells each key's line
        _, src.positions = _load(text)
    except _Unreadable:
        pass  # lines are a convenience; the data above is authoritative
    return src


def positions_of_json(path: Path) -> Positions:
    """Key lines of a JSON file that is known to be readable (app.py: cdk.json beside the context)."""
    src = read_json(path, what="an object")
    return src.positions if src.ok else {}
