"""Where a command's connection comes from: flags, then `--env-file`, then the `VOUCHERIFY_*` environment.

Credentials come only from the environment or the file, never from flags (they would land in shell histories), and
are never printed.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from dataclasses import dataclass

from voucherify_rollbacks import ConfigurationError

from .._constants import ENV_APP_ID, ENV_APP_TOKEN, ENV_BASE_URL, ENV_BEARER_TOKEN, ENV_CLUSTER
from .output import UsageError

ENV_KEYS = (
    ENV_APP_ID,
    ENV_APP_TOKEN,
    ENV_BEARER_TOKEN,
    ENV_BASE_URL,
    ENV_CLUSTER,
)


@dataclass(frozen=True)
class ClientSettings:
    """The keyword arguments of Voucherify() a command opens its client with (None: the SDK's default)."""

    app_id: str | None
    app_token: str | None
    bearer_token: str | None
    base_url: str | None
    cluster: str | None
    timeout: float | None
    max_retries: int | None


def add_connection_options(parser: argparse.ArgumentParser) -> None:
    """The options every operator command takes: where to connect, and --json."""
    group = parser.add_argument_group("connection (credentials come from VOUCHERIFY_* or --env-file, never flags)")
    group.add_argument("--env-file", metavar="FILE", help="dotenv file with VOUCHERIFY_APP_ID/APP_TOKEN/... settings")
    group.add_argument("--cluster", choices=["eu1", "us1", "as1"], help="Voucherify region (default eu1)")
    group.add_argument("--base-url", metavar="URL", help="API base URL (a sandbox, a proxy); overrides --cluster")
    group.add_argument("--timeout", type=seconds, metavar="SECONDS", help="per-request timeout (default 30)")
    group.add_argument("--max-retries", type=at_least(0), metavar="N", help="retries per call (default 2)")
    group.add_argument(
        "--plan",
        choices=["sandbox", "business", "organization"],
        help="the project's Voucherify plan, whose rate limit rollback-many keeps under too: sandbox (100/hour), "
        "business (100/min), organization (2000/min)",
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per line instead of tables")


def at_least(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least `minimum` (so `--limit -1` is a usage error, exit 2)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum} or more, not {value}")
        return value

    parse.__name__ = "whole number"  # argparse says "invalid whole number value"
    return parse


def seconds(text: str) -> float:
    """An argparse type: a number of seconds above zero."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0:  # also refuses nan
        raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
    return value


def read_env_file(path: str) -> dict[str, str]:
    """The VOUCHERIFY_* settings of a dotenv file (KEY=VALUE lines, comments, quotes, `export`); a file that is
    missing or unreadable is a UsageError naming it."""
    try:
        from dotenv import dotenv_values
    except ImportError:  # pragma: no cover - the cli extra brings it
        raise ConfigurationError("--env-file needs python-dotenv: pip install 'voucherify-rollbacks[cli]'") from None
    if not os.path.exists(path):
        raise UsageError(f"--env-file {path}: no such file")
    try:
        with open(path, encoding="utf-8") as stream:
            values = dotenv_values(stream=stream)
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        raise UsageError(f"--env-file {path}: cannot read it ({reason or error})") from None
    return {key: value for key, value in values.items() if key in ENV_KEYS and value is not None}


def client_settings(
    *,
    env_file: str | None,
    base_url: str | None,
    cluster: str | None,
    timeout: float | None,
    max_retries: int | None,
) -> ClientSettings:
    """The client's settings: flags, then --env-file, then the environment."""
    found = {key: os.environ[key] for key in ENV_KEYS if os.environ.get(key)}
    if env_file:
        found.update(read_env_file(env_file))
    app_token = found.get(ENV_APP_TOKEN)
    # Both present (say the environment has one, the file the other): the app key pair wins, as documented.
    bearer_token = None if app_token else found.get(ENV_BEARER_TOKEN)
    base_url = base_url or found.get(ENV_BASE_URL)
    check_credentials(found, env_file)
    return ClientSettings(
        app_id=None if bearer_token else found.get(ENV_APP_ID),
        app_token=app_token,
        bearer_token=bearer_token,
        base_url=base_url,
        cluster=None if base_url else cluster or found.get(ENV_CLUSTER),
        timeout=timeout,
        max_retries=max_retries,
    )


def check_credentials(found: dict[str, str], env_file: str | None) -> None:
    """Raise ConfigurationError (exit 6) saying which variables to set when the credentials are missing or half
    there; in the CLI's words (variables and flags), not the SDK's (its keyword arguments)."""
    where = (
        f"in the environment or in --env-file {env_file}" if env_file else "in the environment, or pass --env-file FILE"
    )
    if not any(found.get(key) for key in (ENV_APP_ID, ENV_APP_TOKEN, ENV_BEARER_TOKEN)):
        raise ConfigurationError(
            f"no credentials: set {ENV_APP_ID} and {ENV_APP_TOKEN} (or {ENV_BEARER_TOKEN}) {where}"
        )
    if found.get(ENV_BEARER_TOKEN) and not found.get(ENV_APP_TOKEN):
        return
    for present, missing in ((ENV_APP_ID, ENV_APP_TOKEN), (ENV_APP_TOKEN, ENV_APP_ID)):
        if not found.get(missing):
            raise ConfigurationError(f"{present} is set but {missing} is missing: set it {where}")
