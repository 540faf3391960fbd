"""A fake `kubectl` for the deploy gate's handler: keeps the cluster's objects in a JSON file
($FAKE_KUBE_STATE) and accepts only the command lines kubectl 1.36 accepts for what the handler
does - an unknown flag or a missing --kubeconfig exits 1 as kubectl would, so the tests fail when
the handler's calls drift. Every call is recorded in the state's "calls"."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

STATE = Path(os.environ["FAKE_KUBE_STATE"])


def fail(message: str, code: int = 1) -> None:
    sys.stderr.write(f"error: {message}\n")
    sys.exit(code)


def parse(argv: list[str]) -> tuple[list[str], dict[str, str | bool]]:
    """Positional arguments and flags; `-n X`, `-o X`, `-l X`, `-c X`, `-f X` take a value."""
    positional, flags = [], {}
    short = {"-n": "namespace", "-o": "output", "-l": "selector", "-c": "container", "-f": "filename"}
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in short or arg == "--kubeconfig":
            if i + 1 >= len(argv):
                fail(f"flag needs an argument: {arg}")
            flags[short.get(arg, "kubeconfig")] = argv[i + 1]
            i += 2
        elif arg.startswith("--"):
            key, _, value = arg[2:].partition("=")
            flags[key] = value if _ else True
            i += 1
        else:
            positional.append(arg)
            i += 1
    return positional, flags


ALLOWED = {
    "get": {"namespace", "output", "selector", "ignore-not-found", "kubeconfig"},
    "create": {"filename", "kubeconfig"},
    "delete": {"namespace", "ignore-not-found", "cascade", "wait", "kubeconfig"},
    "logs": {"namespace", "container", "tail", "kubeconfig"},
    "apply": {"server-side", "force-conflicts", "field-manager", "filename", "kubeconfig"},
}
KINDS = {"configmap": "ConfigMap", "job": "Job", "pods": "Pod", "pod": "Pod"}


def key(namespace: str, kind: str, name: str) -> str:
    return f"{namespace}/{kind}/{name}"


def main() -> None:
    state = json.loads(STATE.read_text()) if STATE.exists() else {"objects": {}, "logs": {}, "calls": []}
    state["calls"].append(sys.argv[1:])
    STATE.write_text(json.dumps(state))
    positional, flags = parse(sys.argv[1:])
    if not positional or positional[0] not in ALLOWED:
        fail(f"unknown command {positional[:1]}")
    verb = positional[0]
    unknown = set(flags) - ALLOWED[verb]
    if unknown:
        fail(f"unknown flag(s) for {verb}: {sorted(unknown)}")
    if not Path(str(flags.get("kubeconfig", ""))).is_file():
        fail("no kubeconfig: the API server is unreachable (--kubeconfig missing)")
    if state.get("unreachable"):
        fail("Unable to connect to the server: dial tcp: i/o timeout")
    objects = state["objects"]

    if verb == "get":
        kind = KINDS.get(positional[1])
        if kind is None or flags.get("output") != "json":
            fail(f"unsupported get {positional[1:]} -o {flags.get('output')}")
        namespace = flags["namespace"]
        if len(positional) == 3:
            obj = objects.get(key(namespace, kind, positional[2]))
            if obj is None:
                if flags.get("ignore-not-found") is True:
                    return
                fail(f'{positional[1]} "{positional[2]}" not found')
            print(json.dumps(obj))
            return
        label, _, value = str(flags["selector"]).partition("=")
        items = [o for k, o in objects.items() if k.startswith(f"{namespace}/{kind}/")
                 and o["metadata"].get("labels", {}).get(label) == value]
        print(json.dumps({"kind": "List", "items": items}))
    elif verb in ("create", "apply"):
        if flags.get("filename") != "-":
            fail("expected -f -")
        obj = json.loads(sys.stdin.read())
        kind = obj["kind"]
        namespace = obj["metadata"].get("namespace") or flags.get("namespace")
        if not namespace:
            fail("the object names no namespace")
        k = key(namespace, kind, obj["metadata"]["name"])
        if verb == "create":
            if k in objects:
                fail(f'{kind} "{obj["metadata"]["name"]}" already exists')
            obj.setdefault("status", {})
        elif flags.get("server-side") is not True:
            fail("the gate applies server-side")
        obj["metadata"]["namespace"] = namespace
        objects[k] = obj
    elif verb == "delete":
        if flags.get("wait") != "false":
            fail("forbidden: User cannot watch resource jobs (kubectl delete --wait watches the object)")
        k = key(flags["namespace"], "Job", positional[2])
        if k not in objects and flags.get("ignore-not-found") is not True:
            fail("not found")
        objects.pop(k, None)
        for pk in [pk for pk, o in objects.items() if o["kind"] == "Pod"
                   and o["metadata"].get("labels", {}).get("batch.kubernetes.io/job-name") == positional[2]]:
            del objects[pk]
    elif verb == "logs":
        text = state["logs"].get(f"{flags['namespace']}/{positional[1]}/{flags['container']}")
        if text is None:
            fail(f'pods "{positional[1]}" not found')
        tail = int(str(flags["tail"]))
        sys.stdout.write("".join(text.splitlines(keepends=True)[-tail:]))
    STATE.write_text(json.dumps(state))


if __name__ == "__main__":
    main()
