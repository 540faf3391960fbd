"""Reading configuration files: plain data, the line of every key, and one clear message when unreadable.

YAML silently keeps the last of two equal keys and PyYAML forgets where a value was
written; ruamel.yaml (round-trip mode) refuses duplicate keys and records each key's line,
so every problem can point at the line to edit. An input that cannot be read at all (not
UTF-8, a directory, empty, not a mapping, broken syntax) yields exactly one message and
no data, never a traceback.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

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


def _plain(node: Any, path: tuple[Any, ...], positions: Positions) -> Any:
    """ruamel's round-trip objects as dicts, lists and plain scalars, recording each key's line."""
    if isinstance(node, CommentedMap):
        out = {}
        for key, value in node.items():
            line, _ = node.lc.key(key) if key in node.lc.data else (None, None)
            k = _scalar(key)
            if line is not None:
                positions[(*path, k)] = line + 1
            out[k] = _plain(value, (*path, k), positions)
        return out
    if isinstance(node, CommentedSeq):
        items = []
        for i, value in enumerate(node):
            if i in node.lc.data:
                positions[(*path, i)] = node.lc.item(i)[0] + 1
            items.append(_plain(value, (*path, i), positions))
        return items
    return _scalar(node)


def _scalar(value: Any) -> Any:
    # ruamel's scalar types subclass the builtins but keep formatting state; hand on plain ones.
    for kind in (bool, int, float, str):
        if isinstance(value, kind):
            return kind(value)
    return value


_DUPLICATE = re.compile(r'found duplicate key "(.*?)"')


def _yaml_error(exc: YAMLError) -> tuple[str, int | None]:
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 if mark is not None else None
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    dup = _DUPLICATE.search(str(problem))
    if dup:
        first = getattr(exc, "context_mark", None)
        where = f" (first on line {first.line + 1})" if first is not None else ""
        return f"key {dup.group(1)!r} appears twice in one mapping{where}: YAML would silently keep only one; remove or rename one", line
    if "expected a single document" in str(exc):
        return "holds more than one YAML document ('---'): keep one", line
    context = getattr(exc, "context", None)
    text = f"{context}, {problem}" if context and isinstance(exc, MarkedYAMLError) else str(problem)
    return f"is not valid YAML: {text}", line


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
        loaded = YAML(typ="rt", pure=True).load(text)
    except YAMLError as exc:
        src.error, src.line = _yaml_error(exc)
        return src
    if not isinstance(loaded, CommentedMap):
        kind = "a list" if isinstance(loaded, list) else "a single value" if loaded is not None else "nothing"
        src.error, src.line = f"holds {kind}, not a mapping: it must hold {what}", 1
        return src
    src.data = _plain(loaded, (), src.positions)
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
    try:  # JSON is YAML 1.2: the same text read by ruamel tells each key's line
        loaded = YAML(typ="rt", pure=True).load(text)
        if isinstance(loaded, CommentedMap):
            _plain(loaded, (), src.positions)
    except YAMLError:
        pass  # lines are a convenience; the data above is authoritative
    return src


def positions_of_json(path: Path) -> Positions:
    """Key lines of a JSON file that is known to be readable (app.py: cdk.json beside the context)."""
    src = read_json(path, what="an object")
    return src.positions if src.ok else {}
