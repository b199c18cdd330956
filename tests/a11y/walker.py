"""Walks the running app's accessibility tree through AT-SPI, as a screen reader sees it.

Runs under the system Python (Debian's `python3-pyatspi` is built for it, not for the project's venv), so it
imports nothing of coopclient. Commands come as arguments; the result is one JSON document on stdout:

    walker.py tree                    the application's tree now
    walker.py select "Demo · Sentiment"   click that row of the side panel, wait until the pane
                                      shows it, then report the windows' trees as `tree` does
    walker.py menu "Settings/Preferences…"   activate that menu item, wait for the window it opens, report
                                      the new window's tree, then close it with Escape (xdotool)

Each node is {"role", "name", "path", "states"}; `path` names the ancestors, so a failure says where an
unnamed control sits. Waiting here is for another process (the app answering on the accessibility bus),
bounded by a deadline, as a test server fixture waits for its port.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from typing import Any

import pyatspi

APP_NAME = "coopclient"
DEADLINE_S = 30.0
MAX_NODES = 5000  # a table of thousands of cells is not walked cell by cell (Qt exposes only what is shown)


def find_app() -> Any:
    """The coopclient application on the accessibility bus, once it shows a window."""
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and (app.name or "").lower() == APP_NAME and app.childCount:
                return app
        time.sleep(0.2)
    raise SystemExit(f"no '{APP_NAME}' application with a window on the accessibility bus after {DEADLINE_S} s")


def windows(app: Any) -> list[Any]:
    return [app.getChildAtIndex(i) for i in range(app.childCount)]


def walk(node: Any, path: list[str], out: list[dict[str, object]]) -> None:
    if len(out) >= MAX_NODES:
        return
    try:
        role, name = node.getRoleName(), node.name or ""
        states = sorted(pyatspi.stateToString(s) for s in node.getState().getStates())
        count = node.childCount
    except Exception:  # a node gone while walking (a menu closed): nothing to report of it
        return
    out.append({"role": role, "name": name, "path": path, "states": states})
    here = [*path, f"{role} '{name}'"]
    for i in range(count):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, here, out)


def tree_of(node: Any) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    walk(node, [], out)
    return out


def menu_item(app: Any, route: str) -> Any:
    """The menu item at 'Menu/Item' (names as the member reads them, mnemonics left out)."""
    menu_name, item_name = route.split("/", 1)
    for window in windows(app):
        for node in tree_of_nodes(window):
            if node.getRoleName() == "menu item" and node.name == menu_name:
                for sub in tree_of_nodes(node):
                    if sub.getRoleName() == "menu item" and sub.name == item_name:
                        return sub
    raise SystemExit(f"no menu item {route!r}")


def tree_of_nodes(node: Any) -> list[Any]:
    found: list[Any] = []
    stack = [node]
    while stack and len(found) < MAX_NODES:
        current = stack.pop()
        found.append(current)
        stack.extend(c for c in (current.getChildAtIndex(i) for i in range(current.childCount)) if c is not None)
    return found


def activate(item: Any) -> None:
    """Press the item the way a screen reader does (Qt names its one action "Press")."""
    action = item.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    if "Press" not in names:
        raise SystemExit(f"{item.getRoleName()} {item.name!r} has no Press action, only {names}")
    action.doAction(names.index("Press"))


LOADING = {"Opening your work…", "Loading…"}


def wait_ready(app: Any) -> None:
    """Until the window has opened the member's work: no "Opening your work…" or "Loading…" left."""
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline:
        names = names_shown(app)
        if not names & LOADING:
            return
        time.sleep(0.2)
    raise SystemExit(f"the window still shows {sorted(names & LOADING)} after {DEADLINE_S} s")


def wait_new_window(app: Any, before: int) -> Any:
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline:
        shown = showing_windows(app)
        if len(shown) > before:
            return shown[-1]
        time.sleep(0.1)
    raise SystemExit("the menu item opened no window")


def showing_windows(app: Any) -> list[Any]:
    return [w for w in windows(app) if w.getState().contains(pyatspi.STATE_SHOWING)]


def click(node: Any) -> None:
    """A mouse click in the middle of the node, as the member would (Qt's tree ignores AT-SPI's
    selectChild for nested rows: it reports 'Batch files' selected whatever the index)."""
    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    x, y = box.x + box.width // 2, box.y + box.height // 2
    subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"], check=True)


def names_shown(app: Any) -> set[str]:
    return {node.name for window in showing_windows(app) for node in tree_of_nodes(window)}


def wait_changed(app: Any, before: set[str]) -> None:
    """Until what the windows show differs from `before` (the pane has loaded the selection) and is loaded."""
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline:
        now = names_shown(app)
        if now != before and not now & LOADING:
            return
        time.sleep(0.1)
    raise SystemExit(f"the windows did not change within {DEADLINE_S} s")


def select_in_sidebar(app: Any, name: str) -> None:
    """Select the side panel's row named `name`, and wait until the pane has shown it."""
    for window in showing_windows(app):
        for node in tree_of_nodes(window):
            if node.getRoleName() != "tree":
                continue
            for i in range(node.childCount):
                child = node.getChildAtIndex(i)
                if child is not None and child.name == name:
                    before = names_shown(app)
                    click(child)
                    wait_changed(app, before)
                    return
    raise SystemExit(f"no row {name!r} in the side panel")


def main(argv: list[str]) -> int:
    app = find_app()
    wait_ready(app)
    if argv[0] in {"tree", "select"}:
        if argv[0] == "select":
            select_in_sidebar(app, argv[1])
        result: object = [tree_of(w) for w in showing_windows(app)]
    elif argv[0] == "menu":
        before = len(showing_windows(app))
        activate(menu_item(app, argv[1]))
        window = wait_new_window(app, before)
        result = tree_of(window)
        subprocess.run(["xdotool", "key", "Escape"], check=True)
    else:
        raise SystemExit(f"unknown command {argv[0]!r}")
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
