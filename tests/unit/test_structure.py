"""The package's shape, read from its source: the core never imports Qt, and the core's modules
import each other without a cycle (lazy and type-checking imports included)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "evidence_app"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def core_modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PKG.rglob("*.py"))
            if "gui" not in p.relative_to(PKG).parts}


def imported(path: Path, name: str, known: set[str]) -> set[str]:
    """Every module this file imports, wherever the import stands in it."""
    out: set[str] = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*up, base] if base else up)
            for a in node.names:  # `from pkg import module` names the module itself
                out.add(f"{base}.{a.name}" if f"{base}.{a.name}" in known else base)
    return out


def import_graph() -> dict[str, set[str]]:
    mods = core_modules()
    known = set(mods)
    return {m: {i for i in imported(p, m, known) if i in known and i != m}
            for m, p in mods.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_graph_reader_sees_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_reads_lazy_and_type_checking_imports() -> None:
    graph = import_graph()
    # importer.py imports the chat recogniser inside a function; schema.py its migrations.
    assert "evidence_app.chat.ingest" in graph["evidence_app.importer"]
    assert "evidence_app.integrity.timestamps.tables" in graph["evidence_app.vault.schema"]
    assert "evidence_app.vault.store" in graph["evidence_app.vault.logins"]  # TYPE_CHECKING


def test_core_modules_import_each_other_without_a_cycle() -> None:
    assert cycles(import_graph()) == []


def test_the_core_never_imports_qt() -> None:
    mods = core_modules()
    known = set(mods)
    qt = {m: sorted(i for i in imported(p, m, known) if i.split(".")[0].startswith("PySide"))
          for m, p in mods.items()}
    assert {m: q for m, q in qt.items() if q} == {}


def test_the_command_line_runs_without_loading_qt() -> None:
    code = ("import sys, contextlib, io\n"
            "from evidence_app.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    try: main(['--help'])\n"
            "    except SystemExit: pass\n"
            "import evidence_app.capture.batch, evidence_app.report.export, "
            "evidence_app.takedown.recheck, evidence_app.chat.ingest\n"
            "print(sorted(m for m in sys.modules if m.startswith('PySide')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=120, check=True)
    assert out.stdout.strip() == "[]"
