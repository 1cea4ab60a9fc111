"""Which proxy the SDK's own clients take from the environment (the caller's own httpx client decides for itself)."""

from __future__ import annotations

import pytest
from voucherify_rollbacks._http.pool import env_proxy

PROXY_VARIABLES = ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def test_no_proxy_without_the_variables() -> None:
    assert env_proxy("https://api.voucherify.io") is None


def test_https_proxy_serves_https_and_all_proxy_the_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    monkeypatch.setenv("ALL_PROXY", "proxy.fallback:8080")
    assert env_proxy("https://api.voucherify.io") == "http://proxy.internal:3128"
    monkeypatch.delenv("HTTPS_PROXY")
    assert env_proxy("https://us1.api.voucherify.io") == "http://proxy.fallback:8080"  # a bare host:port, as httpx


def test_no_proxy_and_loopback_hosts_go_direct(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.internal:3128")
    monkeypatch.setenv("NO_PROXY", "voucherify.io")
    assert env_proxy("https://api.voucherify.io") is None
    assert env_proxy("https://eu1.api.voucherify.io") is None
    assert env_proxy("https://api.example.com") == "http://proxy.internal:3128"
    for loopback in ("http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9"):
        assert env_proxy(loopback) is None
