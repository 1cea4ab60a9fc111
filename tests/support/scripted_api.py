"""A scripted Voucherify stand-in for the client tests, and the payloads it serves.

`ScriptedAPI` answers each request from the replies queued for its method and path, in order, and records every
request; an unexpected request fails the test. Its `handler` plugs into `httpx.MockTransport`, so the same script
drives `Voucherify` and `AsyncVoucherify`.
"""

from __future__ import annotations

import asyncio
import copy
import datetime
import inspect
import json
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import httpx
from voucherify_rollbacks import AsyncVoucherify, Voucherify

APP_ID = "app-id-4f1c"
APP_TOKEN = "app-token-SECRET-7d2e9b"
BEARER_TOKEN = "bearer-SECRET-c0ffee42"

# The parent redemption of the vendored rollbacks_success.json example: a success answers the question asked.
PARENT_ID = "r_5J38i6KjSnkHYw3bwLB4v72j"
# The failed rollback record of the vendored already_rolled_back example.
REFUSAL_ID = "rrf_0c67af954e039be56b"


def examples_dir() -> Path:
    """The real payloads vendored in tests/data/examples (copied from shared/api/examples)."""
    return Path(__file__).resolve().parents[1] / "data" / "examples"


@cache
def _example_text(name: str) -> str:
    return (examples_dir() / name).read_text(encoding="utf-8")


def example(name: str) -> Any:
    """A fresh copy of a real payload from the vendored examples (e.g. `rollbacks_success.json`)."""
    return copy.deepcopy(json.loads(_example_text(name)))


@dataclass
class Reply:
    """One canned answer: a JSON-able body (dict/list), raw text or bytes, and headers."""

    status: int = 200
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)

    def response(self) -> httpx.Response:
        headers = dict(self.headers)
        if isinstance(self.body, bytes):
            content = self.body
        elif isinstance(self.body, str):
            content = self.body.encode("utf-8")
        elif self.body is None:
            content = b""
        else:
            content = json.dumps(self.body).encode("utf-8")
            headers.setdefault("Content-Type", "application/json")
        return httpx.Response(self.status, content=content, headers=headers)


def ok(body: Any, **headers: str) -> Reply:
    return Reply(200, body, headers)


def api_error(status: int, key: str | None = None, message: str = "Error", **extra: Any) -> Reply:
    """A Voucherify error body ({code, key, message, ...}) with that status."""
    body: dict[str, Any] = {"code": status, "message": message, **extra}
    if key is not None:
        body["key"] = key
    return Reply(status, body)


def already_rolled_back() -> Reply:
    return Reply(400, example("error_400_already_rolled_back.json"))


# A reply is a Reply, an exception (class or instance) to raise as the transport's failure, or a function of the
# request returning either.
Scripted = Reply | BaseException | type[BaseException] | Callable[[httpx.Request], Any]


class ScriptedAPI:
    """Answers requests from per-route queues, records them, and builds clients that talk to it."""

    def __init__(self) -> None:
        self._routes: dict[tuple[str, str], deque[Scripted]] = {}
        self._fallback: Callable[[httpx.Request], Any] | None = None
        self.requests: list[httpx.Request] = []
        self.moments: list[str] = []  # when each request arrived, as Voucherify dates things
        self.sleeps: list[float] = []

    def on(self, method: str, path: str, *replies: Scripted) -> ScriptedAPI:
        """Queue replies for `method path` (the decoded path, e.g. /v1/redemptions/r_1/rollbacks)."""
        self._routes.setdefault((method.upper(), path), deque()).extend(replies)
        return self

    def otherwise(self, answer: Callable[[httpx.Request], Any]) -> ScriptedAPI:
        """Answer every request that has no queued reply with `answer(request)`."""
        self._fallback = answer
        return self

    def handler(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        self.moments.append(now_iso())
        queue = self._routes.get((request.method, request.url.path))
        if queue:
            return _answer(queue.popleft(), request)
        if self._fallback is not None:
            return _answer(self._fallback, request)
        raise AssertionError(f"unexpected request {request.method} {request.url}")

    def unanswered(self) -> list[tuple[str, str]]:
        """The routes that still have replies queued."""
        return [route for route, queue in self._routes.items() if queue]

    def trail(self) -> list[str]:
        """Every request as "METHOD path", in order."""
        return [f"{r.method} {r.url.path}" for r in self.requests]

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def client(self, **kwargs: Any) -> Voucherify:
        """A sync client over this fake: app keys, instant recorded sleeps, no jitter, unless overridden."""
        kwargs.setdefault("http_client", httpx.Client(transport=httpx.MockTransport(self.handler)))
        kwargs.setdefault("sleep", self.sleep)
        return Voucherify(**_defaults(kwargs))

    def async_client(self, **kwargs: Any) -> AsyncVoucherify:
        """The async twin of `client`."""
        kwargs.setdefault("http_client", httpx.AsyncClient(transport=httpx.MockTransport(self.handler)))
        kwargs.setdefault("sleep", self.async_sleep)
        return AsyncVoucherify(**_defaults(kwargs))


def _defaults(kwargs: dict[str, Any]) -> dict[str, Any]:
    if "bearer_token" not in kwargs:
        kwargs.setdefault("app_id", APP_ID)
        kwargs.setdefault("app_token", APP_TOKEN)
    kwargs.setdefault("random", lambda: 0.0)
    return kwargs


def _answer(reply: Scripted, request: httpx.Request) -> httpx.Response:
    if isinstance(reply, type) and issubclass(reply, BaseException):
        raise reply(f"scripted {reply.__name__}")
    if isinstance(reply, BaseException):
        raise reply
    if isinstance(reply, Reply):
        return reply.response()
    return _answer(reply(request), request)


def run(awaitable: Any) -> Any:
    """Run a coroutine to completion (the suite has no async test plugin)."""
    return asyncio.run(_await(awaitable))


async def _await(awaitable: Any) -> Any:
    return await awaitable


async def collect_async(items: Any) -> list[Any]:
    return [item async for item in items]


def settle(value: Any) -> Any:
    """What a client call gave back, with async results awaited and listings (sync or async) collected."""
    if inspect.isawaitable(value):
        return run(value)
    if hasattr(value, "__aiter__"):
        return run(collect_async(value))
    if isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping):
        return list(value)
    return value


# --- payloads ---------------------------------------------------------------------------------------------------


def rollback_item(rollback_id: str, redemption_id: str, **extra: Any) -> dict[str, Any]:
    """A successful RedemptionRollback as get-redemption returns it."""
    return {
        "id": rollback_id,
        "object": "redemption_rollback",
        "date": "2024-03-01T10:00:00.000Z",
        "redemption": redemption_id,
        "result": "SUCCESS",
        "status": "SUCCEEDED",
        **extra,
    }


def stacked_parent_redemption(
    parent_id: str = PARENT_ID,
    rollback_id: str = "rr_parent",
    children: tuple[str, ...] = ("rr_c1", "rr_c2"),
    date: str = "2024-03-01T10:00:00.000Z",
) -> dict[str, Any]:
    """A parent redemption after its stacked rollback: related_redemptions and the order entry point to it."""
    return {
        "id": parent_id,
        "object": "redemption",
        "date": "2024-03-01T09:00:00.000Z",
        "result": "SUCCESS",
        "status": "ROLLED_BACK",
        "related_object_type": "redemption",
        "related_object_id": parent_id,
        "related_redemptions": {"rollbacks": [{"id": rollback_id, "date": date}]},
        "order": {
            "id": "ord_1",
            "object": "order",
            "status": "CANCELED",
            "amount": 10000,
            "redemptions": {
                parent_id: {
                    "date": "2024-03-01T09:00:00.000Z",
                    "related_object_type": "redemption",
                    "related_object_id": parent_id,
                    "stacked": ["r_c1", "r_c2"],
                    "rollback_id": rollback_id,
                    "rollback_stacked": list(children),
                }
            },
        },
    }


def now_iso() -> str:
    """The current UTC time as Voucherify writes dates (a rollback made "by this call" is dated about now)."""
    moment = datetime.datetime.now(datetime.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def posted_at(api: ScriptedAPI, index: int) -> str:
    """When the `index`-th POST (0 first, -1 last) of the script arrived: the first one "applied" the rollback,
    the last one met the refusal."""
    moments = [moment for request, moment in zip(api.requests, api.moments, strict=True) if request.method == "POST"]
    return moments[index] if moments else now_iso()


MARKER = "vrm_0123456789abcdef0123"


def sent_metadata(api: ScriptedAPI) -> dict[str, Any]:
    """The metadata the first rollback POST carried (its marker among it), which Voucherify stores on the rollback
    it makes; {} without any."""
    for request in api.requests:
        if request.method == "POST":
            body = json.loads(request.content or b"{}")
            return dict(body.get("metadata") or {})
    return {}


def serve_stacked_recovery(api: ScriptedAPI, parent_id: str = PARENT_ID, date: str | None = None, **extra: Any) -> None:
    """Queue the two answers the SDK's look-up needs to rebuild a stacked rollback of `parent_id`: the parent
    redemption, then one page of rollbacks around its rollback's date (`date`, by default the moment the first
    POST arrived, with the metadata that POST carried) holding the refusal's rrf_ record (dated when the last POST
    arrived)."""
    order = {"id": "ord_1", "object": "order", "status": "CANCELED", "amount": 10000}

    def parent(request: httpx.Request) -> Reply:
        return ok(stacked_parent_redemption(parent_id, date=date or posted_at(api, 0)))

    def rollbacks(request: httpx.Request) -> Reply:
        when = date or posted_at(api, 0)
        extra.setdefault("metadata", sent_metadata(api))
        items = [
            rollback_item("rr_parent", parent_id, order=order, date=when, **extra),
            rollback_item("rr_c1", "r_c1", date=when, **extra),
            rollback_item("rr_c2", "r_c2", date=when, **extra),
            refused_rollback(parent_id, date=posted_at(api, -1)),
        ]
        return ok(page(items))

    api.on("GET", f"/v1/redemptions/{parent_id}", parent)
    api.on("GET", "/v1/redemptions", rollbacks)


def refused_rollback(redemption_id: str, rollback_id: str = REFUSAL_ID, date: str | None = None) -> dict[str, Any]:
    """The failed rollback record an `already_rolled_back` refusal stores, dated at the refusal (default now)."""
    return rollback_item(
        rollback_id,
        redemption_id,
        date=date or now_iso(),
        result="FAILURE",
        status="FAILED",
        failure_code="already_rolled_back",
    )


def single_redemption(
    redemption_id: str = "r_single", rollback_id: str = "rr_single", date: str = "2024-03-01T10:00:00.000Z"
) -> dict[str, Any]:
    """A redemption without a parent, rolled back by `rollback_id` at `date`."""
    return {
        "id": redemption_id,
        "object": "redemption",
        "date": "2024-03-01T09:00:00.000Z",
        "result": "SUCCESS",
        "status": "ROLLED_BACK",
        "related_redemptions": {"rollbacks": [{"id": rollback_id, "date": date}]},
    }


def redemption_item(redemption_id: str, date: str, **extra: Any) -> dict[str, Any]:
    return {"id": redemption_id, "object": "redemption", "date": date, "result": "SUCCESS", **extra}


def page(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"object": "list", "data_ref": "redemptions", "redemptions": items, "total": len(items)}
