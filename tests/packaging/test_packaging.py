"""The distribution ships both typed packages; its runtime dependencies are what the shipped code imports."""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = {
    "voucherify_client": ROOT / "generated" / "voucherify_client",
    "voucherify_rollbacks": ROOT / "wrapper" / "voucherify_rollbacks",
}
# Imported only by the pytest plugin, which pytest itself loads.
PYTEST_ONLY = {"voucherify_rollbacks/sandbox/pytest_plugin.py"}


def _project() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]  # type: ignore[no-any-return]


def _third_party_imports() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for name, folder in PACKAGES.items():
        for path in folder.rglob("*.py"):
            relative = f"{name}/{path.relative_to(folder).as_posix()}"
            if relative in PYTEST_ONLY:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                modules = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module]
                    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module
                    else []
                )
                for module in modules:
                    top = module.split(".")[0]
                    if top not in sys.stdlib_module_names and top not in PACKAGES:
                        found.setdefault(top, set()).add(relative)
    return found


def test_both_packages_are_typed() -> None:
    for folder in PACKAGES.values():
        assert (folder / "py.typed").is_file(), folder


def _names(requirements: list[str]) -> set[str]:
    return {dep.split(">")[0].split("<")[0].split("=")[0].strip().lower() for dep in requirements}


# The sandbox's HTTP server module, the one place that imports the `sandbox` extra.
SANDBOX_EXTRA_ONLY = "voucherify_rollbacks/sandbox/server.py"


def test_runtime_dependencies_are_exactly_what_the_shipped_code_imports() -> None:
    declared = _names(_project()["dependencies"])  # type: ignore[arg-type]
    imports = _third_party_imports()
    runtime = {name for name, files in imports.items() if files - {SANDBOX_EXTRA_ONLY}}
    assert runtime == declared == {"httpx", "attrs"}
    extra = {name for name, files in imports.items() if files == {SANDBOX_EXTRA_ONLY}}
    assert extra == _names(_project()["optional-dependencies"]["sandbox"]) == {"waitress"}  # type: ignore[index]


def test_dev_tools_are_pinned_exactly() -> None:
    dev = _project()["optional-dependencies"]["dev"]  # type: ignore[index]
    assert dev and all("==" in requirement for requirement in dev)
    names = {requirement.split("==")[0].lower() for requirement in dev}
    assert {"openapi-python-client", "ruff", "mypy", "pytest", "openapi-spec-validator"} <= names


def test_the_wheel_ships_both_packages_the_cli_and_the_pytest_plugin() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"] == [
        "generated/voucherify_client",
        "wrapper/voucherify_rollbacks",
    ]
    assert _project()["scripts"] == {"voucherify-rollbacks": "voucherify_rollbacks.cli:main"}  # type: ignore[index]
    plugin = config["project"]["entry-points"]["pytest11"]["voucherify_sandbox"]
    assert plugin == "voucherify_rollbacks.sandbox.pytest_plugin"
