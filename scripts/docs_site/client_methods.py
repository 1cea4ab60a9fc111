"""A griffe extension: the clients' operations as the methods users call.

`Voucherify.rollback_stacked = run_sync(Operations._rollback_stacked)` makes the public method at class creation
(named, signed and documented after the operation: `clients/_run.py`), which static analysis reads as an attribute.
This turns each such attribute back into the method it is at run time: the operation's parameters and docstring,
its plan's result as the return type (`Plan[RollbackResult]` -> `RollbackResult`), `async` on `AsyncVoucherify`.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_RUN = re.compile(r"run_(?P<kind>sync|async)(?P<items>_items)?\(Operations\.(?P<method>_\w+)\)")
_CLIENTS = ("clients.sync.Voucherify", "clients.asynchronous.AsyncVoucherify")
_ITEMS = {"sync": "Iterator[Redemption | Rollback]", "async": "AsyncIterator[Redemption | Rollback]"}


class ClientMethods(griffe.Extension):
    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        if pkg.name != "voucherify_rollbacks":
            return
        operations = pkg["clients._operations.Operations"]
        for path in _CLIENTS:
            client = pkg[path]
            for name, member in list(client.members.items()):
                match = _RUN.fullmatch(str(getattr(member, "value", "")))
                if not member.is_attribute or match is None:
                    continue
                operation = operations.members[match["method"]]
                if match["items"]:
                    returns: str | griffe.Expr | None = _ITEMS[match["kind"]]
                else:
                    plan = operation.returns
                    returns = plan.slice if isinstance(plan, griffe.ExprSubscript) else plan
                method = griffe.Function(
                    name,
                    lineno=member.lineno,
                    endlineno=member.endlineno,
                    parameters=operation.parameters,
                    returns=returns,
                    docstring=operation.docstring,
                )
                if match["kind"] == "async" and not match["items"]:
                    method.labels.add("async")
                client.set_member(name, method)
