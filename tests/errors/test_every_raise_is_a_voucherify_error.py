"""Every error the SDK raises is a VoucherifyError: no builtin ValueError, TypeError, KeyError or RuntimeError is
raised where it could reach a caller. The argument errors derive from ValueError / TypeError as well, so code that
caught those keeps working."""

from __future__ import annotations

import ast
from pathlib import Path

import voucherify_rollbacks

PACKAGE = Path(voucherify_rollbacks.__file__).parent
BUILTINS = frozenset({"ValueError", "TypeError", "KeyError", "RuntimeError", "Exception"})

# (module path inside the package, builtin raised): why it may stay. Nothing else may raise a builtin.
ALLOWED = {
    ("operations/redemptions.py", "TypeError"): (
        "json.dumps's `default` hook must raise TypeError; encode_json catches it and raises InvalidArgumentTypeError "
        "naming the argument"
    ),
    # Owned by the bulk-journal work on the same issue, converted there (bulk/ is not touched by this change).
}


def builtin_raises() -> list[tuple[str, int, str]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), module)):
            if not isinstance(node, ast.Raise) or node.exc is None:
                continue
            raised = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            if isinstance(raised, ast.Name) and raised.id in BUILTINS:
                found.append((module, node.lineno, raised.id))
    return found


def test_no_builtin_exception_is_raised_outside_the_allow_list() -> None:
    stray = [
        f"{module}:{line}: raise {name}" for module, line, name in builtin_raises() if (module, name) not in ALLOWED
    ]
    assert stray == [], (
        "raise InvalidArgumentError / InvalidArgumentTypeError (or another VoucherifyError):\n" + "\n".join(stray)
    )


def test_the_walk_sees_raises_at_all() -> None:
    # The allowed json.dumps hook is found: a walk that found nothing would prove nothing.
    assert ("operations/redemptions.py", "TypeError") in {(m, n) for m, _, n in builtin_raises()}


def test_argument_errors_are_also_the_builtin_errors_callers_caught_before() -> None:
    assert issubclass(voucherify_rollbacks.InvalidArgumentError, ValueError)
    assert issubclass(voucherify_rollbacks.InvalidArgumentTypeError, TypeError)
    for cls in (voucherify_rollbacks.InvalidArgumentError, voucherify_rollbacks.InvalidArgumentTypeError):
        assert issubclass(cls, voucherify_rollbacks.VoucherifyError)
