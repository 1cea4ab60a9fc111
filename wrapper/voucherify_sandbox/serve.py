"""`voucherify-sandbox serve`: run the sandbox in the foreground until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from typing import Any

from .catalog import describe
from .errors import MissingExtraError
from .instance import Sandbox
from .oauth import DEFAULT_TOKEN_LIFETIME
from .ratelimits import PLANS

DESCRIPTION = "Serve a local Voucherify-compatible Redemptions API (redeem, rollback, get, list) on SQLite."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options: where to listen, where state lives, the catalog, the credentials, faults."""
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (default 0: the OS picks a free one)")
    parser.add_argument("--db", help="SQLite file that keeps state across restarts (default: in memory)")
    parser.add_argument(
        "--seed", help='JSON file {"vouchers": [...], "promotion_tiers": [...]} (default: shipped catalog)'
    )
    parser.add_argument("--app-id", help="X-App-Id to accept (default: random)")
    parser.add_argument("--app-token", help="X-App-Token to accept (default: random)")
    parser.add_argument("--bearer-token", help="Authorization: Bearer token to accept (default: random)")
    parser.add_argument(
        "--token-lifetime",
        type=float,
        default=DEFAULT_TOKEN_LIFETIME,
        help="seconds (of the sandbox's clock) an OAuth token from /v1 or /v2/oauth/token lives (default 900)",
    )
    parser.add_argument("--oauth-client-id", help="OAuth Service key id for /v2/oauth/token (default: random)")
    parser.add_argument("--oauth-client-secret", help="OAuth Service key secret (default: random)")
    parser.add_argument(
        "--plan",
        choices=sorted(PLANS),
        help="enforce a Voucherify plan's API limit with its headers and 429s: sandbox (100/hour), business "
        "(100/min), organization (2000/min); default: informational headers only",
    )
    parser.add_argument(
        "--faults",
        action="store_true",
        help="allow fault injection: POST /_sandbox/faults {operation_id, fault, times} with the sandbox keys",
    )
    parser.add_argument(
        "--webhook",
        nargs=2,
        action="append",
        metavar=("URL", "SECRET"),
        default=[],
        help="send Voucherify's signed events to URL, signed with SECRET (repeatable; more: POST /_sandbox/webhooks)",
    )


def _load_seed(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        seed = json.load(handle)
    if not isinstance(seed, dict):
        raise ValueError(f"{path}: expected an object with vouchers and promotion_tiers")
    return {"vouchers": seed.get("vouchers") or [], "promotion_tiers": seed.get("promotion_tiers") or []}


def _print_catalog(sandbox: Sandbox) -> None:
    catalog = sandbox.catalog()
    print("Catalog (redeem by code or id; GET /v1/vouchers/{code} shows balances and redeemed_quantity):")
    for entry in catalog["vouchers"]:
        print(f"  {entry['code']:<16} {describe(entry)}")
    for entry in catalog["promotion_tiers"]:
        print(f"  {entry['id']:<16} {describe(entry)}")


def run(args: argparse.Namespace) -> int:
    """Start the sandbox, print its URL and credentials, serve until interrupted. Returns the exit code."""
    try:
        seed = _load_seed(args.seed) if args.seed else {}
        sandbox = Sandbox(
            **seed,
            host=args.host,
            port=args.port,
            db=args.db,
            faults=args.faults,
            app_id=args.app_id,
            app_token=args.app_token,
            bearer_token=args.bearer_token,
            token_lifetime=args.token_lifetime,
            oauth_client_id=args.oauth_client_id,
            oauth_client_secret=args.oauth_client_secret,
            rate_limit=args.plan,
        )
        for url, secret in args.webhook:
            sandbox.add_webhook(url, secret)
        sandbox.start()
    except (OSError, ValueError, MissingExtraError) as error:
        print(f"voucherify-sandbox serve: {error}", file=sys.stderr)
        return 2
    stop = threading.Event()
    previous = {}
    if threading.current_thread() is threading.main_thread():
        # Both signals just set the event, so Ctrl-C cannot interrupt stop() halfway; restored afterwards.
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous[signum] = signal.signal(signum, lambda *_: stop.set())
    try:
        print(f"Voucherify sandbox listening on {sandbox.base_url}", flush=True)
        print(f"  X-App-Id:      {sandbox.app_id}")
        print(f"  X-App-Token:   {sandbox.app_token}")
        print(f"  Bearer token:  {sandbox.bearer_token}")
        print("  OAuth:         POST /v1/oauth/token (app keys) or /v2/oauth/token (Basic auth with the key below)")
        print(f"  OAuth key:     {sandbox.oauth_client_id} / {sandbox.oauth_client_secret}")
        print(f"  State:         {args.db or 'in memory'}")
        if args.plan:
            print(f"  Rate limit:    the {args.plan} plan's, enforced (429 past it)")
        if args.faults:
            print(f"  Faults:        POST {sandbox.base_url}/_sandbox/faults {{operation_id, fault, times}}")
        for url, _ in args.webhook:
            print(f"  Webhook:       {url} (signed with the secret given)")
        print(f"  Webhooks:      POST {sandbox.base_url}/_sandbox/webhooks {{url, secret}}")
        _print_catalog(sandbox)
        print("Press Ctrl-C to stop.", flush=True)
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:  # only when run outside the main thread, where signal handlers cannot be set
        pass
    finally:
        sandbox.stop()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    print("Sandbox stopped.", flush=True)
    return 0
