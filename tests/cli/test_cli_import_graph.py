"""The cli package's imports, read from its source (AST, no import): no cycle among its modules, the SDK reached
only through `from voucherify_rollbacks import <public name>` (and its defaults from `_constants`), nothing else but
the standard library and the [cli] extra (rich, dotenv, shtab), and no `typing.Any` anywhere."""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

import voucherify_rollbacks

CLI = Path(__file__).resolve().parents[2] / "wrapper" / "voucherify_rollbacks" / "cli"
PACKAGE = "voucherify_rollbacks"
THIRD_PARTY = {"rich", "dotenv", "shtab"}  # the [cli] extra


@dataclass(frozen=True)
class Graph:
    """Each cli module's imports of other cli modules, and every import that breaks the rules ("module:line: why")."""

    edges: dict[str, set[str]]
    violations: list[str]


def read_graph(folder: Path) -> Graph:
    modules = {path.stem for path in folder.glob("*.py")}
    edges: dict[str, set[str]] = {name: set() for name in modules}
    violations: list[str] = []
    for path in sorted(folder.glob("*.py")):
        name = path.stem
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            where = f"{name}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Import):
                for alias in node.names:
                    found = _absolute(alias.name, [], modules)
                    edges[name] |= found[0]
                    violations += [f"{where}: {why}" for why in found[1]]
            elif isinstance(node, ast.ImportFrom):
                imported = [alias.name for alias in node.names]
                if node.level == 1:  # from . import x / from .x import y: this package
                    targets = {node.module} if node.module else set(imported)
                    edges[name] |= targets & modules
                    violations += [f"{where}: no cli module {t}" for t in sorted(targets - modules)]
                elif node.level == 2 and node.module == "_constants":
                    pass  # the SDK's bottom layer: every default and VOUCHERIFY_* name, written once
                elif node.level > 1:
                    violations.append(f"{where}: a relative import out of the cli package (from {'.' * node.level})")
                else:
                    found = _absolute(node.module or "", imported, modules)
                    edges[name] |= found[0]
                    violations += [f"{where}: {why}" for why in found[1]]
                if "Any" in imported:
                    violations.append(f"{where}: imports Any")
            elif isinstance(node, ast.Attribute) and node.attr == "Any":
                violations.append(f"{where}: uses .Any")
    return Graph(edges, violations)


def _absolute(module: str, names: list[str], cli_modules: set[str]) -> tuple[set[str], list[str]]:
    """The cli modules an absolute import reaches, and what is wrong with it."""
    top = module.split(".")[0]
    if module.startswith(f"{PACKAGE}.cli.") or (module == f"{PACKAGE}.cli" and names):
        reached = {module.split(".")[2]} if module.count(".") >= 2 else set(names)
        return reached & cli_modules, [f"no cli module {m}" for m in sorted(reached - cli_modules)]
    if top != PACKAGE:
        allowed = top in sys.stdlib_module_names or top in THIRD_PARTY
        return set(), [] if allowed else [f"imports {module}: not the standard library, rich or dotenv"]
    if module != PACKAGE:
        return set(), [f"imports {module}: the SDK's modules are not its public face"]
    if not names:
        return set(), [f"import {PACKAGE}: name what it uses (from {PACKAGE} import ...)"]
    private = sorted(set(names) - set(voucherify_rollbacks.__all__))
    return set(), [f"from {PACKAGE} import {n}: not in {PACKAGE}.__all__" for n in private]


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path that ends where it starts, or None."""
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> list[str] | None:
        if node in path:
            return [*path[path.index(node) :], node]
        if node in done:
            return None
        for target in sorted(edges.get(node, ())):
            cycle = visit(target, [*path, node])
            if cycle:
                return cycle
        done.add(node)
        return None

    for start in sorted(edges):
        cycle = visit(start, [])
        if cycle:
            return cycle
    return None


def test_the_cli_modules_import_each_other_without_a_cycle() -> None:
    graph = read_graph(CLI)
    assert {"router", "output", "settings", "rollback_many"} <= set(graph.edges)
    assert "output" in graph.edges["router"] and "output" in graph.edges["settings"]  # the graph was read at all
    assert find_cycle(graph.edges) is None


def test_the_cli_sees_the_sdk_only_through_its_public_names_and_never_any() -> None:
    assert read_graph(CLI).violations == []


def test_the_checks_catch_a_cycle_a_private_sdk_import_and_any(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(
        "from typing import Any\nfrom .b import thing\nfrom voucherify_rollbacks.errors import NotFoundError\n",
        encoding="utf-8",
    )
    (tmp_path / "b.py").write_text(
        "from . import a\nfrom .. import client\nimport httpx\nfrom voucherify_rollbacks import Voucherify, _LAZY\n",
        encoding="utf-8",
    )
    graph = read_graph(tmp_path)
    assert find_cycle(graph.edges) == ["a", "b", "a"]
    assert graph.violations == [
        "a:1: imports Any",
        "a:3: imports voucherify_rollbacks.errors: the SDK's modules are not its public face",
        "b:2: a relative import out of the cli package (from ..)",
        "b:3: imports httpx: not the standard library, rich or dotenv",
        "b:4: from voucherify_rollbacks import _LAZY: not in voucherify_rollbacks.__all__",
    ]
