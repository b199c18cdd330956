"""Count the SQL statements of the member's store written outside ``coopclient/storage/``.

A statement is counted once where its text is written: a string literal (or f-string, or an implicit
concatenation of both) that opens with an SQL verb. A call that runs SQL through a name
(``db.execute(sql)``, ``executemany``, ``executescript``, ``query``) or reaches a table through
sqlite_utils (``db["tasks"]``, ``db.table(...)``) counts too when its SQL is not such a literal, so that
building the text elsewhere does not hide it. ``coopclient/server/`` is left out: the ledger server is its
own program with its own database. Usage: ``python tools/count_sql.py [--list]``.
"""

from __future__ import annotations

import ast
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "coopclient"
EXCLUDED = ("storage", "server")
_VERB = re.compile(
    r"\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|WITH|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|"
    r"RELEASE|VACUUM|ANALYZE)\s",
)
_RUNNERS = {"execute", "executemany", "executescript", "query"}
_TABLE_API = {"table"}


@dataclass(frozen=True)
class Hit:
    """One SQL statement found outside storage."""

    path: str
    line: int
    text: str


def _literal_text(node: ast.AST) -> str | None:
    """The leading text of a string literal or f-string (None for anything else)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return None


def _is_sql(node: ast.AST) -> bool:
    text = _literal_text(node)
    return text is not None and _VERB.match(text + " ") is not None


def hits_in(source: str, path: str) -> list[Hit]:
    """The SQL statements written in one module's source."""
    tree = ast.parse(source)
    found: list[Hit] = []
    # The pieces of an f-string are string constants themselves: the f-string is the one statement.
    pieces = {id(v) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for v in node.values}
    for node in ast.walk(tree):
        if id(node) in pieces:
            continue
        if _is_sql(node):
            found.append(Hit(path, node.lineno, (_literal_text(node) or "").strip()[:60]))  # type: ignore[attr-defined]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            dynamic = name in _RUNNERS and node.args and not _is_sql(node.args[0])
            if dynamic or name in _TABLE_API:
                found.append(Hit(path, node.lineno, f".{name}(…)"))
        elif (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Name | ast.Attribute)
            and (node.value.id if isinstance(node.value, ast.Name) else node.value.attr) in {"db", "_db"}
        ):
            found.append(Hit(path, node.lineno, "db[…]"))
    return found


def hits(root: Path = ROOT) -> list[Hit]:
    """Every SQL statement outside storage/ and server/, in path and line order."""
    found: list[Hit] = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        if relative.parts[0] in EXCLUDED:
            continue
        found.extend(hits_in(path.read_text(encoding="utf-8"), str(Path("coopclient") / relative)))
    return sorted(found, key=lambda h: (h.path, h.line))


def main(argv: list[str]) -> int:
    """Print the count (and with ``--list`` each statement); exit 1 when any is found."""
    found = hits()
    if "--list" in argv:
        for hit in found:
            print(f"{hit.path}:{hit.line}: {hit.text}")
    modules = Counter(hit.path for hit in found)
    print(f"SQL statements outside storage: {len(found)} in {len(modules)} modules")
    for path, count in modules.most_common():
        print(f"  {count:4d}  {path}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
