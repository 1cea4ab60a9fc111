"""The SDK's layers are folders and imports point down: read from the source, not from a picture of it.

Bottom first: `_constants` (and `_version`), `errors/`, `core/`, `_http/`, `operations/`, `bulk/`, `clients/`, the
package's public face (its `__init__`), `cli/` (which uses only that face) and `__main__`. A module may import its
own folder and any folder below; the module-level imports of the whole package form no cycle (imports inside
functions load lazily and may point to a module that is being imported, but never up a layer either).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = "voucherify_rollbacks"
ROOT = Path(__file__).resolve().parents[2] / "wrapper" / PACKAGE
LAYERS = [
    "_version",
    "_constants",
    "errors",
    "core",
    "_http",
    "operations",
    "bulk",
    "webhooks",
    "clients",
    "__init__",
    "cli",
    "__main__",
]
# _version and _constants are one layer: neither imports anything of the SDK.
RANK = {name: max(index - 1, 0) for index, name in enumerate(LAYERS)}
RANK["webhooks"] = RANK["bulk"]  # beside bulk/: neither imports the other


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> str:
    parts = module.split(".")
    return "__init__" if len(parts) == 1 else parts[1]


def _imports(path: Path) -> list[tuple[str, bool]]:
    """(imported module, at module level) for every SDK import of the file, relative ones resolved."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top_level = {id(node) for node in tree.body}
    top_level |= {  # `if TYPE_CHECKING:` blocks are read by type checkers only: not a runtime edge
        -1,
    }
    found: list[tuple[str, bool]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if target == PACKAGE or target.startswith(PACKAGE + "."):
                names = [f"{target}.{alias.name}" for alias in node.names]
                submodules = [
                    n
                    for n in names
                    if (ROOT.parent / (n.replace(".", "/") + ".py")).exists()
                    or (ROOT.parent / n.replace(".", "/")).is_dir()
                ]
                for name in submodules or [target]:
                    found.append((name, id(node) in top_level))
                if submodules and target == PACKAGE and module.count("."):
                    # `from .. import x` runs the package's __init__ (the public face) first: an edge to it too.
                    found.append((PACKAGE, id(node) in top_level))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(PACKAGE):
                    found.append((alias.name, id(node) in top_level))
    return found


def _graph() -> dict[str, list[tuple[str, bool]]]:
    return {_module_name(path): _imports(path) for path in sorted(ROOT.rglob("*.py"))}


def test_every_import_points_to_the_same_layer_or_below() -> None:
    upward = []
    for module, imports in _graph().items():
        for target, _ in imports:
            if RANK[_layer(target)] > RANK[_layer(module)]:
                upward.append(f"{module} ({_layer(module)}) imports {target} ({_layer(target)})")
    assert upward == []


def test_module_level_imports_have_no_cycle() -> None:
    edges = {module: {t for t, top in imports if top and t != module} for module, imports in _graph().items()}
    # A package's __init__ re-exporting its own modules is not a cycle with them.
    cycles = []

    def visit(node: str, path: list[str]) -> None:
        for nxt in sorted(edges.get(node, ())):
            if nxt in path:
                cycle = [*path[path.index(nxt) :], nxt]
                if not all(nxt.startswith(m) or m.startswith(nxt) for m in cycle):
                    cycles.append(" -> ".join(cycle))
                continue
            if len(path) < 30:
                visit(nxt, [*path, nxt])

    for start in edges:
        visit(start, [start])
    assert sorted(set(cycles)) == []


def test_every_layer_is_a_folder_or_a_bottom_module() -> None:
    found = {path.name.removesuffix(".py") for path in ROOT.iterdir() if path.suffix == ".py" or path.is_dir()}
    found -= {"__pycache__", "sandbox", "py.typed"}
    assert found <= set(LAYERS), sorted(found - set(LAYERS))


def _top_level_literals(path: Path) -> list[tuple[str, object]]:
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        value = getattr(node, "value", None)
        for target in targets:
            if isinstance(target, ast.Name) and isinstance(value, ast.Constant | ast.BinOp):
                found.append((target.id, ast.unparse(value)))
    return found


def test_every_default_and_limit_is_defined_once_in_constants() -> None:
    # A number bound to a module-level name, or a VOUCHERIFY_* variable name, anywhere but _constants.py is a
    # default written a second time. The CLI's exit codes are its vocabulary, not defaults.
    elsewhere = []
    for path in sorted(ROOT.rglob("*.py")):
        if path.name in ("_constants.py", "_version.py"):
            continue
        text = path.read_text(encoding="utf-8")
        if '"VOUCHERIFY_' in text or "'VOUCHERIFY_" in text:
            elsewhere.append(f"{path.relative_to(ROOT)}: names a VOUCHERIFY_* variable")
        for name, value in _top_level_literals(path):
            if name.startswith("EXIT_") or not any(ch.isdigit() for ch in value) or value.startswith(("'", '"')):
                continue
            elsewhere.append(f"{path.relative_to(ROOT)}: {name} = {value}")
    assert elsewhere == []


def test_constants_import_nothing() -> None:
    tree = ast.parse((ROOT / "_constants.py").read_text(encoding="utf-8"))
    assert [node for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)] == []
