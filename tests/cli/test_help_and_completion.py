"""--help shows examples for every command (command lines the parser accepts as written), and `completion` prints
bash, zsh and fish scripts made from the same parser."""

from __future__ import annotations

import io
import shlex
import shutil
import subprocess

import pytest
from voucherify_rollbacks.cli.command import PROG
from voucherify_rollbacks.cli.router import build_parser, run

COMMANDS = [name for name, sub in build_parser()._subparsers._group_actions[0].choices.items()  # type: ignore[union-attr]
            if not sub.get_default("moved")]  # fmt: skip


def _help(command: str, capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit):
        run(command, ["--help"], stdin=io.StringIO(), stdout=io.StringIO())
    return capsys.readouterr().out


def _examples(text: str) -> list[str]:
    block = text.split("examples", 1)[1].split("\n\n", 1)[0]
    return [line.strip() for line in block.splitlines()[1:] if line.strip().startswith(PROG)]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_help_has_examples_the_parser_accepts(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(command, capsys)
    examples = _examples(text)
    assert examples, text
    for example in examples:
        for part in example.split(" | "):  # a pipeline: each command on its own
            argv = shlex.split(part.split(" > ")[0], comments=True)  # the command, not where its output goes
            assert argv[0] == PROG
            build_parser().parse_args(argv[1:])  # SystemExit (2) on an unknown flag or a bad value


def test_bash_completion_names_every_command_and_bash_accepts_it(capsys: pytest.CaptureFixture[str]) -> None:
    out = io.StringIO()
    assert run("completion", ["bash"], stdout=out) == 0
    script = out.getvalue()
    for command in COMMANDS:
        assert command in script
    assert "--requests-per-minute" in script
    bash = shutil.which("bash")
    if bash is None:  # pragma: no cover - every supported platform has bash
        pytest.skip("no bash")
    subprocess.run([bash, "-n"], input=script, text=True, check=True)


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_completion_name_every_command(shell: str) -> None:
    out = io.StringIO()
    assert run("completion", [shell], stdout=out) == 0
    assert all(command in out.getvalue() for command in COMMANDS)


def test_an_unknown_shell_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        run("completion", ["powershell"], stdout=io.StringIO())
    assert stopped.value.code == 2 and "invalid choice" in capsys.readouterr().err
