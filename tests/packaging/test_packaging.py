"""The SDK distribution ships its typed packages (the SDK, the generated client, the generated events); its runtime
dependencies are what the shipped code imports."""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = {
    "voucherify_client": ROOT / "generated" / "voucherify_client",
    "voucherify_events": ROOT / "generated" / "voucherify_events",
    "voucherify_rollbacks": ROOT / "wrapper" / "voucherify_rollbacks",
}


def _project() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]  # type: ignore[no-any-return]


def _third_party_imports() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for name, folder in PACKAGES.items():
        for path in folder.rglob("*.py"):
            relative = f"{name}/{path.relative_to(folder).as_posix()}"
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


# Optional features: the import name, the extra that installs it, and the only modules allowed to import it (each
# lazily, inside the command that needs it, so the SDK never loads it).
EXTRA_IMPORTS = {
    "rich": ("cli", {"voucherify_rollbacks/cli/output.py", "voucherify_rollbacks/cli/rollback_many.py"}),
    "dotenv": ("cli", {"voucherify_rollbacks/cli/settings.py"}),
    "shtab": ("cli", {"voucherify_rollbacks/cli/completion.py"}),
    "opentelemetry": ("otel", {"voucherify_rollbacks/clients/tracing.py"}),
}
_DISTRIBUTIONS = {"dotenv": "python-dotenv", "opentelemetry": "opentelemetry-api"}
# Imported at run time by a dependency of ours without being its declared requirement (httpcore's async backend
# detection): declared so a fresh install never pays for failed imports on every async call.
IMPORTED_BY_DEPENDENCIES = {"sniffio"}


def _names(requirements: object) -> set[str]:
    assert isinstance(requirements, list)
    return {r.split(">")[0].split("<")[0].split("=")[0].split("[")[0].strip().lower() for r in requirements}


def test_runtime_dependencies_are_exactly_what_the_shipped_code_imports() -> None:
    declared = _names(_project()["dependencies"])
    imports = _third_party_imports()
    core = {name for name in imports if name not in EXTRA_IMPORTS}
    assert core | IMPORTED_BY_DEPENDENCIES == declared == {"httpx", "httpcore", "anyio", "attrs", "msgspec", "sniffio"}


def test_optional_imports_come_with_their_extra_and_stay_out_of_the_core() -> None:
    extras = _project()["optional-dependencies"]
    imports = _third_party_imports()
    for name, (extra, allowed) in EXTRA_IMPORTS.items():
        assert imports.get(name, set()) <= allowed, name
        assert _DISTRIBUTIONS.get(name, name) in _names(extras[extra]), (name, extra)  # type: ignore[index]


def test_the_sandbox_extra_is_the_sandbox_distribution_of_this_very_version() -> None:
    # The pin repeats the version (a static extra cannot read it); this keeps the two from drifting apart.
    from voucherify_rollbacks import __version__

    extras = _project()["optional-dependencies"]
    assert extras["sandbox"] == [f"voucherify-rollbacks-sandbox=={__version__}"]  # type: ignore[index]


def test_dev_tools_are_pinned_exactly() -> None:
    dev = _project()["optional-dependencies"]["dev"]  # type: ignore[index]
    assert dev and all("==" in requirement for requirement in dev)
    names = {requirement.split("==")[0].lower() for requirement in dev}
    assert {"openapi-python-client", "ruff", "mypy", "pytest", "openapi-spec-validator"} <= names


def test_the_wheel_ships_the_typed_packages_and_the_cli_but_no_pytest_plugin() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"] == [
        "generated/voucherify_client",
        "generated/voucherify_events",
        "wrapper/voucherify_rollbacks",
    ]
    assert _project()["scripts"] == {"voucherify-rollbacks": "voucherify_rollbacks.cli:main"}  # type: ignore[index]
    assert "entry-points" not in config["project"]  # the sandbox distribution registers the pytest plugin


def test_the_version_has_one_source_and_the_release_files_ship() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in config["project"] and config["project"]["dynamic"] == ["version"]
    source = config["tool"]["hatch"]["version"]["path"]
    namespace: dict[str, object] = {}
    exec((ROOT / source).read_text(encoding="utf-8"), namespace)
    version = namespace["__version__"]
    assert isinstance(version, str) and version.count(".") == 2
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in changelog
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert config["project"]["license"] == "MIT"
    assert {"LICENSE", "CHANGELOG.md"} <= set(config["tool"]["hatch"]["build"]["targets"]["sdist"]["include"])
