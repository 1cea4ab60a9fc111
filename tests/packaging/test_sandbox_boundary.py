"""The sandbox sits beside the SDK, not inside it: the SDK never imports it, it imports only the SDK's public names,
and each distribution's wheel carries what belongs to it (the pytest plugin and waitress: the sandbox's alone)."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from email.parser import HeaderParser
from pathlib import Path

import pytest
import voucherify_rollbacks

ROOT = Path(__file__).resolve().parents[2]
SDK = ROOT / "wrapper" / "voucherify_rollbacks"
SANDBOX = ROOT / "wrapper" / "voucherify_sandbox"


def _imported_modules(tree: ast.AST) -> Iterator[tuple[int, str, list[str]]]:
    """(line, module, names) for every absolute import; names is empty for `import module`."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name, []
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module, [alias.name for alias in node.names]


def _non_public_sdk_uses(source: str) -> list[str]:
    """Every use of the SDK (or its generated client) beyond `from voucherify_rollbacks import <name in __all__>`."""
    public = set(voucherify_rollbacks.__all__)
    tree = ast.parse(source)
    problems = []
    for line, module, names in _imported_modules(tree):
        top = module.split(".")[0]
        if top == "voucherify_client" or (top == "voucherify_rollbacks" and module != top):
            problems.append(f"line {line}: imports {module}")
        elif module == "voucherify_rollbacks":
            if not names:
                problems.append(f"line {line}: import voucherify_rollbacks (name what you use instead)")
            problems += [
                f"line {line}: {name} is not in voucherify_rollbacks.__all__" for name in names if name not in public
            ]
    return problems


def test_the_sandbox_imports_only_names_in_the_sdks_all() -> None:
    files = sorted(SANDBOX.rglob("*.py"))
    assert len(files) > 20
    problems = {
        str(path.relative_to(ROOT)): found
        for path in files
        if (found := _non_public_sdk_uses(path.read_text(encoding="utf-8")))
    }
    assert problems == {}


def test_the_public_names_check_flags_private_and_submodule_imports() -> None:
    source = (
        "from voucherify_rollbacks import Voucherify, RollbackResult\n"
        "from voucherify_rollbacks.client import AsyncVoucherify\n"
        "from voucherify_rollbacks import _version\n"
        "import voucherify_rollbacks.errors\n"
        "from voucherify_client.models import Redemption\n"
    )
    assert _non_public_sdk_uses(source) == [
        "line 2: imports voucherify_rollbacks.client",
        "line 3: _version is not in voucherify_rollbacks.__all__",
        "line 4: imports voucherify_rollbacks.errors",
        "line 5: imports voucherify_client.models",
    ]


def test_no_sdk_module_names_the_sandbox_even_lazily() -> None:
    mentions = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted(SDK.rglob("*.py"))
        for line, module, _ in _imported_modules(ast.parse(path.read_text(encoding="utf-8")))
        if module.split(".")[0] == "voucherify_sandbox"
    ]
    assert mentions == []
    assert not (SDK / "sandbox").exists() and not (SDK / "demo.py").exists()


def test_importing_the_sdk_and_every_submodule_loads_nothing_of_the_sandbox() -> None:
    code = (
        "import importlib, json, pkgutil, sys\n"
        "import voucherify_rollbacks\n"
        "names = [m.name for m in pkgutil.walk_packages(voucherify_rollbacks.__path__, 'voucherify_rollbacks.')]\n"
        "for name in names:\n"
        "    if name != 'voucherify_rollbacks.__main__':  # runs the command line\n"
        "        importlib.import_module(name)\n"
        "print(json.dumps([names, sorted(m for m in sys.modules if m.split('.')[0] == 'voucherify_sandbox')]))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "wrapper"), str(ROOT / "generated")])}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    names, sandbox_modules = json.loads(run.stdout)
    assert {
        "voucherify_rollbacks.cli",
        "voucherify_rollbacks.clients.sync",
        "voucherify_rollbacks.operations.recovery",
    } <= set(names)
    assert sandbox_modules == []


# --- the built wheels ---------------------------------------------------------------------------------------------


class Wheel:
    def __init__(self, path: Path) -> None:
        self.path = path
        with zipfile.ZipFile(path) as archive:
            self.files = archive.namelist()
            info = next(name for name in self.files if name.endswith(".dist-info/METADATA"))
            self.metadata = HeaderParser().parsestr(archive.read(info).decode("utf-8"))
            points = info.replace("METADATA", "entry_points.txt")
            self.entry_points = archive.read(points).decode("utf-8") if points in self.files else ""

    def requirements(self) -> list[str]:
        """Requires-Dist lines without spaces and with double quotes (hatchling writes markers with single ones)."""
        return [r.replace(" ", "").replace("'", '"') for r in self.metadata.get_all("Requires-Dist") or []]


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Wheel]:
    """Both wheels as a release builds them (the sandbox's from its sdist, as `python -m build` does by default)."""
    out = tmp_path_factory.mktemp("dist")
    for source, flags in ((ROOT, ["--wheel"]), (ROOT / "packaging" / "sandbox", [])):
        run = subprocess.run(
            [sys.executable, "-m", "build", *flags, "--outdir", str(out), str(source)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    found = {Wheel(path).metadata["Name"]: Wheel(path) for path in out.glob("*.whl")}
    assert set(found) == {"voucherify-rollbacks", "voucherify-rollbacks-sandbox"}
    return found


def test_the_sdk_wheel_has_no_pytest_plugin_and_no_waitress_outside_dev(wheels: dict[str, Wheel]) -> None:
    sdk = wheels["voucherify-rollbacks"]
    assert "pytest11" not in sdk.entry_points and "voucherify_sandbox" not in sdk.entry_points
    assert "voucherify-rollbacks = voucherify_rollbacks.cli:main" in sdk.entry_points
    waitress = [r for r in sdk.requirements() if r.lower().startswith("waitress")]
    assert waitress == ['waitress==3.0.2;extra=="dev"']  # the suite's pin only
    assert f'voucherify-rollbacks-sandbox=={voucherify_rollbacks.__version__};extra=="sandbox"' in sdk.requirements()
    assert not [name for name in sdk.files if name.startswith("voucherify_sandbox/")]


def test_the_sandbox_wheel_has_the_plugin_the_command_waitress_and_the_pinned_sdk(wheels: dict[str, Wheel]) -> None:
    sandbox = wheels["voucherify-rollbacks-sandbox"]
    assert sandbox.metadata["Version"] == voucherify_rollbacks.__version__
    assert "[pytest11]\nvoucherify_sandbox = voucherify_sandbox.pytest_plugin" in sandbox.entry_points
    assert "[console_scripts]\nvoucherify-sandbox = voucherify_sandbox.cli:main" in sandbox.entry_points
    requirements = sandbox.requirements()
    assert f"voucherify-rollbacks=={voucherify_rollbacks.__version__}" in requirements
    assert any(r.startswith("waitress") and ";" not in r for r in requirements)
    packages = {name.split("/")[0] for name in sandbox.files if not name.split("/")[0].endswith(".dist-info")}
    assert packages == {"voucherify_sandbox"}
    shipped = {name.removeprefix("voucherify_sandbox/") for name in sandbox.files if "/" in name}
    expected = {path.relative_to(SANDBOX).as_posix() for path in SANDBOX.rglob("*") if path.suffix in (".py", ".typed")}
    assert expected <= shipped and "py.typed" in shipped
    assert not [name for name in sandbox.files if "__pycache__" in name]
