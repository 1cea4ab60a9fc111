"""Where a command's connection comes from: flags, then `--env-file`, then the `VOUCHERIFY_*` environment.

Credentials come only from the environment or the file, never from flags (they would land in shell histories), and
are never printed.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
from dataclasses import dataclass
from urllib.parse import urlsplit

from voucherify_rollbacks import ConfigurationError

from .._constants import ENV_APP_ID, ENV_APP_TOKEN, ENV_BASE_URL, ENV_BEARER_TOKEN, ENV_CLUSTER

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
    group.add_argument("--timeout", type=float, metavar="SECONDS", help="per-request timeout (default 30)")
    group.add_argument("--max-retries", type=int, metavar="N", help="retries per call (default 2)")
    parser.add_argument("--json", action="store_true", help="one JSON object per line instead of tables")


def read_env_file(path: str) -> dict[str, str]:
    """The VOUCHERIFY_* settings of a dotenv file (KEY=VALUE lines, comments, quotes, `export`)."""
    try:
        from dotenv import dotenv_values
    except ImportError:  # pragma: no cover - the cli extra brings it
        raise ConfigurationError("--env-file needs python-dotenv: pip install 'voucherify-rollbacks[cli]'") from None
    if not os.path.isfile(path):
        raise ConfigurationError(f"--env-file {path}: no such file")
    values = dotenv_values(path)
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
    return ClientSettings(
        app_id=found.get(ENV_APP_ID),
        app_token=app_token,
        bearer_token=bearer_token,
        base_url=base_url,
        cluster=None if base_url else cluster or found.get(ENV_CLUSTER),
        timeout=timeout,
        max_retries=max_retries,
    )


def is_local(base_url: str) -> bool:
    """True when the API host is this machine (a sandbox), where no confirmation is asked."""
    host = (urlsplit(base_url).hostname or "").strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
