"""The README's first lines are the two commands a newcomer runs, and its sandbox example runs as written."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_readme_opens_with_exactly_the_demo_and_test_commands() -> None:
    first_block = re.match(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    assert first_block is not None, "README must open with a sh code block"
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines() if line.strip()]
    assert commands == ["scripts/demo", "scripts/test"]
    for script in commands:
        path = README.parent / script
        assert path.is_file() and path.stat().st_mode & 0o111, f"{script} must exist and be executable"


def test_ci_runs_the_readme_test_command() -> None:
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "scripts/test" in ci


def test_readme_sandbox_example_runs_and_rolls_back_the_stack() -> None:
    block = next(b for b in _python_blocks() if "from voucherify_sandbox import Sandbox" in b)
    namespace: dict[str, object] = {}
    exec(compile(block, "README.md", "exec"), namespace)
    stack = namespace["stack"]
    assert stack.redemption_id is not None and stack.redemption_id.startswith("r_")  # type: ignore[attr-defined]
    assert len(stack.redemptions) == 2  # type: ignore[attr-defined]


def test_the_readme_starts_with_the_quickstart_then_an_honest_install() -> None:
    sections = re.findall(r"^## (.*)$", README.read_text(encoding="utf-8"), flags=re.M)
    assert sections[:2] == ["Quickstart: on the sandbox, no credentials", "Install"]
    quickstart = next(b for b in _python_blocks() if "from voucherify_sandbox import Sandbox" in b)
    assert "app_token" not in quickstart and "VOUCHERIFY_" not in quickstart
    install = README.read_text(encoding="utf-8").split("## Install", 1)[1].split("\n## ", 1)[0]
    assert "not on PyPI yet" in install and "python -m build" in install


def test_every_documentation_example_is_valid_python() -> None:
    from tests.support.docs_text import all_python_blocks

    blocks = all_python_blocks()
    assert len(blocks) >= 8
    for name, block in blocks:
        compile(block, name, "exec")
