"""`Sandbox`: a local, stateful, Voucherify-compatible Redemptions API on 127.0.0.1 for demos and tests."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from .catalog import default_catalog, normalize_catalog
from .clock import Clock
from .faults import FaultPlan
from .http_app import Credentials, ResponseObserver, SandboxApp
from .oauth import DEFAULT_TOKEN_LIFETIME, TokenIssuer
from .operations import Operations
from .ratelimits import PlanWindow
from .store import Store
from .webhooks import Delivery, Dispatcher, Endpoint

if TYPE_CHECKING:
    from voucherify_rollbacks import AsyncVoucherify, Voucherify

    from .server import SandboxServer


class Sandbox:
    """A Voucherify-compatible Redemptions server backed by SQLite, started in a background thread.

    >>> with Sandbox() as sb:
    ...     client = sb.client()

    `vouchers`/`promotion_tiers` seed the catalog (Voucherify object shapes; defaults filled in, a bad entry raises
    ValueError naming it). With neither given the shipped `default_catalog()` is used; giving one list alone means
    the other is empty. State lives in memory (fresh on every `start()`) unless `db` names a file, which keeps
    vouchers, redemptions and rollbacks across restarts; a file that already holds a catalog is not re-seeded.
    `clock` replaces UTC now (see also `advance_time`); `io_timeout` bounds how long a request may take to arrive
    whole from its first byte (then 408 and the connection closes) and how long an idle keep-alive connection stays;
    `on_response(operation_id, method, path, status, headers, body)` sees every response just before it is sent.
    `add_webhook(url, secret)` makes it send Voucherify's signed events after redeems and rollbacks, on Voucherify's
    retry schedule compressed by `webhook_time_factor`. `POST /v1/oauth/token` (app keys) and `/v2/oauth/token`
    (`oauth_client_id`/`oauth_client_secret` as Basic auth) issue bearer tokens that expire after `token_lifetime`
    seconds of the sandbox's clock (`tokens.issued` counts them; faults as operation `oauth-token`). `rate_limit`
    enforces a Voucherify plan's API limit ("sandbox", "business", "organization", or `(requests, seconds)`) on the
    sandbox's clock, with its headers and 429s (`rate_limit.refused` counts those); without it the headers only
    inform (2,000 a minute), nothing is refused.
    retry schedule compressed by `webhook_time_factor`. Exports (`POST /v1/exports`) are DONE after
    `export_polls` status reads; `fail_next_export()` and `expire_export_tokens()` make one fail or its download
    refused.
    """

    def __init__(
        self,
        *,
        vouchers: list[dict[str, Any]] | None = None,
        promotion_tiers: list[dict[str, Any]] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        db: str | None = None,
        app_id: str | None = None,
        app_token: str | None = None,
        bearer_token: str | None = None,
        faults: bool = False,
        clock: Callable[[], datetime] | None = None,
        io_timeout: float = 10.0,
        on_response: ResponseObserver | None = None,
        webhook_time_factor: float = 1.0,
        token_lifetime: float = DEFAULT_TOKEN_LIFETIME,
        oauth_client_id: str | None = None,
        oauth_client_secret: str | None = None,
        rate_limit: str | tuple[int, float] | None = None,
        export_polls: int = 2,
    ) -> None:
        if vouchers is None and promotion_tiers is None:
            catalog = default_catalog()
            vouchers, promotion_tiers = catalog["vouchers"], catalog["promotion_tiers"]
        self._vouchers, self._tiers = normalize_catalog(vouchers or [], promotion_tiers or [])
        self.host, self._port, self.db = host, port, db
        self.app_id = app_id or "sandbox-" + secrets.token_hex(8)
        self.app_token = app_token or secrets.token_hex(16)
        self.bearer_token = bearer_token or secrets.token_hex(24)
        self._clock = Clock(clock)
        self.oauth_client_id = oauth_client_id or "oauth-" + secrets.token_hex(8)
        self.oauth_client_secret = oauth_client_secret or secrets.token_hex(24)
        self.rate_limit = None if rate_limit is None else PlanWindow.of(rate_limit, self._timestamp)
        self.tokens = TokenIssuer(
            self._clock,
            app_id=self.app_id,
            app_token=self.app_token,
            client_id=self.oauth_client_id,
            client_secret=self.oauth_client_secret,
            lifetime=token_lifetime,
        )
        self._faults = FaultPlan() if faults else None
        self._io_timeout, self._on_response = io_timeout, on_response
        self._server: SandboxServer | None = None
        self._thread: threading.Thread | None = None
        self._store: Store | None = None
        self._webhook_time_factor = webhook_time_factor
        self._webhooks: list[tuple[str, str, dict[str, Any]]] = []  # registered before start, or kept for restarts
        self._dispatcher: Dispatcher | None = None
        self._export_polls = export_polls
        self._operations: Operations | None = None

    # lifecycle
    def start(self) -> Sandbox:
        """Open the store (seeding it if empty) and serve in a daemon thread. Returns self."""
        if self._server is not None:
            raise RuntimeError("the sandbox is already running")
        from .server import SandboxServer  # the `sandbox` extra; MissingExtraError names it when absent

        store = Store(self.db)
        if not store.is_seeded():
            store.seed(self._vouchers, self._tiers)
        operations = Operations(store, self._clock, channel_id=self.app_id)
        operations.exports.polls = self._export_polls
        credentials = Credentials(self.app_id, self.app_token, self.bearer_token, self.tokens)
        dispatcher = Dispatcher(self.app_id, time_factor=self._webhook_time_factor, clock=self._clock.now)
        for url, secret, faults in self._webhooks:
            dispatcher.register(url, secret, **faults)
        observers = [dispatcher.observe, *([self._on_response] if self._on_response else [])]

        def on_response(*answer: Any) -> None:
            for observer in observers:
                observer(*answer)

        app = SandboxApp(operations, credentials, self._faults, on_response, webhooks=dispatcher, plan=self.rate_limit)
        try:
            server = SandboxServer((self.host, self._port), app, self._io_timeout)
        except OSError:
            dispatcher.stop()
            store.close()
            raise
        self._store, self._server, self._dispatcher = store, server, dispatcher
        self._operations = operations
        self._thread = threading.Thread(
            target=server.serve_forever,
            name=f"voucherify-sandbox:{server.server_address[1]}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, cut open connections and close the store. Safe to call twice."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._dispatcher is not None:
            self._dispatcher.stop()
            self._dispatcher = None

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc_info: Any) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        """Whether the server is serving (between `start()` and `stop()`)."""
        return self._server is not None

    @property
    def port(self) -> int:
        """The port the running server listens on, on 127.0.0.1."""
        return self._running_server().server_address[1]

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:PORT` of the running server."""
        host, port = self._running_server().server_address[:2]
        return f"http://{host!s}:{port}"

    def _running_server(self) -> SandboxServer:
        if self._server is None:
            raise RuntimeError("the sandbox is not running; call start() or use it as a context manager")
        return self._server

    def _running_store(self) -> Store:
        self._running_server()
        assert self._store is not None
        return self._store

    # clients (the SDK is imported only here: serving needs none of it)
    def client(self, **kwargs: Any) -> Voucherify:
        """A `voucherify_rollbacks.Voucherify` pointed at this sandbox."""
        from voucherify_rollbacks import Voucherify

        return Voucherify(base_url=self.base_url, app_id=self.app_id, app_token=self.app_token, **kwargs)

    def async_client(self, **kwargs: Any) -> AsyncVoucherify:
        """A `voucherify_rollbacks.AsyncVoucherify` pointed at this sandbox."""
        from voucherify_rollbacks import AsyncVoucherify

        return AsyncVoucherify(base_url=self.base_url, app_id=self.app_id, app_token=self.app_token, **kwargs)

    # time
    def advance_time(self, **delta: float) -> None:
        """Move the sandbox clock forward, e.g. `advance_time(days=95)` to pass the 3-month rollback limit."""
        self._clock.advance(timedelta(**delta))

    def now(self) -> datetime:
        """The sandbox's current time, as its records are dated (its clock may be a test's fake one)."""
        return self._clock.now()

    def _timestamp(self) -> float:
        return self._clock.now().timestamp()

    # webhooks
    def add_webhook(self, url: str, secret: str, **faults: Any) -> None:
        """Send signed events to `url` (see `webhooks`): `stacked` ("per_child", "parent", "both") and the delivery
        faults `duplicate`, `delay`, `reorder`, `drop`, `bad_signature`. Kept across restarts of this sandbox."""
        Endpoint(url, secret, **faults)  # refuse a bad one now, not at start
        self._webhooks.append((url, secret, dict(faults)))
        if self._dispatcher is not None:
            self._dispatcher.register(url, secret, **faults)

    def webhook_deliveries(self) -> list[Delivery]:
        """Every event sent (or still to be sent) since start, with each send-out's status."""
        return list(self._dispatcher.deliveries) if self._dispatcher else []

    def wait_for_webhooks(self, timeout: float = 10.0) -> bool:
        """Wait until every queued event was sent (or gave up); False if `timeout` seconds passed first."""
        return self._dispatcher.wait_idle(timeout) if self._dispatcher else True

    # faults
    def fail_next_export(self) -> None:
        """The next export created ends in status ERROR instead of DONE."""
        self._running_operations().exports.fail_next = True

    def expire_export_tokens(self) -> None:
        """Every export download token issued so far stops working (its download answers 401)."""
        self._running_operations().exports.expire_tokens()

    def _running_operations(self) -> Operations:
        if self._operations is None:
            raise RuntimeError("the sandbox is not running: call start() first")
        return self._operations

    def inject_fault(self, operation_id: str, fault: str, times: int = 1) -> None:
        """Make the next `times` calls of `operation_id` fail with `fault` ("drop-after-commit", "reset-before",
        "429", "500", "502", "503", "delay:SECONDS" or, for rollbacks, "slow-commit:SECONDS" (claimed at once,
        committed that much later, even after the client has gone). Needs `Sandbox(faults=True)`."""
        if self._faults is None:
            raise RuntimeError("faults are off; create the sandbox with Sandbox(faults=True)")
        self._faults.inject(operation_id, fault, times)

    def faults_pending(self) -> dict[str, list[str]]:
        """Injected faults not yet consumed, by operation id."""
        return self._faults.pending() if self._faults else {}

    def clear_faults(self) -> None:
        """Remove every fault injected so far, so each operation answers normally again."""
        if self._faults is not None:
            self._faults.clear()

    # inspection, for tests and the demo
    def voucher(self, code_or_id: str) -> dict[str, Any]:
        """The voucher's current state (balance, points, redeemed_quantity). KeyError if unknown."""
        return self._found(self._running_store().voucher(code_or_id), code_or_id)

    def catalog(self) -> dict[str, list[dict[str, Any]]]:
        """What can be redeemed right now: `{"vouchers": [...], "promotion_tiers": [...]}` as stored (with a `db`
        file, the file's catalog), vouchers by code."""
        store = self._running_store()
        return {"vouchers": store.vouchers(), "promotion_tiers": store.promotion_tiers()}

    def promotion_tier(self, tier_id: str) -> dict[str, Any]:
        """The promotion tier's current state, as stored. KeyError if unknown."""
        return self._found(self._running_store().promotion_tier(tier_id), tier_id)

    def redemption(self, record_id: str) -> dict[str, Any]:
        """A stored redemption (r_/rf_) or rollback (rr_/rrf_), as GET /v1/redemptions/{id} returns it."""
        return self._found(self._running_store().redemption(record_id), record_id)

    def order(self, order_id: str) -> dict[str, Any]:
        """An order (by `ord_` id or source id), as GET /v1/orders/{id} returns it. KeyError if unknown."""
        return self._found(self._running_store().order(order_id), order_id)

    def count_rollbacks(self, redemption_id: str) -> int:
        """How many successful rollbacks undo `redemption_id` (exactly-once checks expect 0 or 1)."""
        return self._running_store().count_redemptions(
            "redemption = ? AND object = 'redemption_rollback' AND result = 'SUCCESS'", [redemption_id]
        )

    @staticmethod
    def _found(doc: dict[str, Any] | None, key: str) -> dict[str, Any]:
        if doc is None:
            raise KeyError(key)
        return doc
