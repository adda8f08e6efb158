"""The shape of the package: an import graph without cycles, public names that stay
functions, and no module named like a standard-library module or a public function."""

from __future__ import annotations

import ast
import importlib
import sys
from pathlib import Path

import pytest

import geomap

PACKAGE = Path(geomap.__file__).parent
MODULES = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__main__")


def _imported(path: Path) -> set[str]:
    """The geomap modules a file imports, at module level or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 and node.module:
                found.add(node.module.split(".")[0])
            elif node.level == 1:  # from . import data, vocabulary
                found.update(alias.name for alias in node.names)
            elif node.module and node.module.split(".")[0] == "geomap":
                parts = node.module.split(".")
                found.update([parts[1]] if len(parts) > 1 else
                             [alias.name for alias in node.names])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "geomap" and len(parts) > 1:
                    found.add(parts[1])
    return {name for name in found if name in MODULES and name != "__init__"}


def import_graph() -> dict[str, set[str]]:
    return {name: _imported(PACKAGE / f"{name}.py") - {name} for name in MODULES}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph as a path ``[a, b, ..., a]``, or None."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)):
            return cycle
    return None


def test_cycle_finder_finds_a_cycle_and_accepts_a_tree():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_import_graph_sees_function_level_imports(tmp_path):
    source = tmp_path / "x.py"
    source.write_text("def f():\n    from .maps import render\n    from . import data\n")
    assert _imported(source) == {"maps", "data"}


def test_the_package_has_no_import_cycle():
    graph = import_graph()
    assert graph["pipeline"], "the graph walker found no imports at all"
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_module_names_shadow_neither_the_standard_library_nor_public_functions():
    shadowing = [m for m in MODULES if m in sys.stdlib_module_names]
    assert not shadowing
    assert not set(MODULES) & set(geomap.__all__)


@pytest.mark.parametrize("name", ["render", "geoparse", "extract", "to_html"])
def test_public_functions_stay_functions_after_every_module_is_imported(name):
    for module in MODULES:
        importlib.import_module(f"geomap.{module}")
    assert callable(getattr(geomap, name))
    assert not isinstance(getattr(geomap, name), type(sys))


def test_rendering_does_not_import_event_detection():
    graph = import_graph()
    seen, todo = set(), ["maps"]
    while todo:
        for dep in graph[todo.pop()] - seen:
            seen.add(dep)
            todo.append(dep)
    assert "events" not in seen and "taxonomy" in seen


def test_the_readme_names_every_module_once_in_its_code_section():
    readme = (PACKAGE.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## How the code is organised", 1)[1].split("\n## ", 1)[0]
    named = [line.split("`")[1] for line in section.splitlines()
             if line.startswith("- `") and line.split("`")[1].endswith(".py")]
    assert sorted(named) == sorted(f"{m}.py" for m in MODULES)  # __main__.py aside
