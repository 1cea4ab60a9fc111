"""The VOUCHERIFY_LOG switch, header redaction, the secrets filter and the request/response log lines."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from voucherify_rollbacks.errors import redaction as _logging
from voucherify_rollbacks.errors.redaction import (
    REDACTED,
    SecretsFilter,
    configure_from_env,
    log_request,
    log_response,
    log_retry,
    logger,
    redact_headers,
)

TOKEN = "d7e1f2a3-secret-app-token"


@pytest.fixture(autouse=True)
def pristine_logger() -> Iterator[None]:
    """Leave the SDK logger exactly as found: tests here add handlers, filters and levels."""
    handlers, filters, level = list(logger.handlers), list(logger.filters), logger.level
    yield
    logger.handlers[:] = handlers
    logger.filters[:] = filters
    logger.setLevel(level)


def env_handlers() -> list[logging.Handler]:
    return [h for h in logger.handlers if isinstance(h, _logging._EnvHandler)]


@pytest.mark.parametrize(
    ("value", "level"), [("info", logging.INFO), ("DEBUG", logging.DEBUG), (" Info ", logging.INFO)]
)
def test_voucherify_log_attaches_one_stream_handler_at_that_level(value: str, level: int) -> None:
    configure_from_env({"VOUCHERIFY_LOG": value})

    [handler] = env_handlers()
    assert isinstance(handler, logging.StreamHandler)
    assert handler.level == level
    assert logger.level == level


def test_configure_from_env_twice_does_not_add_a_second_handler() -> None:
    configure_from_env({"VOUCHERIFY_LOG": "info"})
    configure_from_env({"VOUCHERIFY_LOG": "debug"})

    [handler] = env_handlers()
    assert handler.level == logging.DEBUG


@pytest.mark.parametrize("environ", [{}, {"VOUCHERIFY_LOG": ""}, {"VOUCHERIFY_LOG": "verbose"}, {"OTHER": "debug"}])
def test_other_values_of_voucherify_log_change_nothing(environ: dict[str, str]) -> None:
    level = logger.level

    configure_from_env(environ)

    assert env_handlers() == []
    assert logger.level == level


def test_configure_from_env_reads_the_process_environment_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOUCHERIFY_LOG", "debug")

    configure_from_env()

    assert len(env_handlers()) == 1


def test_redact_headers_hides_every_credential_like_header_and_keeps_the_rest() -> None:
    headers = {
        "X-App-Id": "id",
        "X-App-Token": "tok",
        "Authorization": "Bearer x",
        "Cookie": "a=b",
        "Set-Cookie": "c=d",
        "X-Client-Token": "ct",
        "X-Voucherify-OAuth": "o",
        "X-Api-Key": "k",
        "X-Webhook-Secret": "s",
        "Content-Type": "application/json",
        "X-Request-Id": "v-1",
    }

    redacted = redact_headers(headers)

    assert redacted == {
        **{name: REDACTED for name in headers},
        "Content-Type": "application/json",
        "X-Request-Id": "v-1",
    }
    assert headers["X-App-Token"] == "tok"  # the caller's mapping is not touched


def test_secrets_filter_removes_a_token_from_the_formatted_message(caplog: pytest.LogCaptureFixture) -> None:
    logger.addFilter(SecretsFilter([TOKEN]))

    with caplog.at_level(logging.DEBUG, logger="voucherify_rollbacks"):
        logger.info("sending headers %s", {"X-App-Token": TOKEN})
        logger.info(f"token inline {TOKEN} twice {TOKEN}")

    assert TOKEN not in caplog.text
    assert caplog.records[0].getMessage() == f"sending headers {{'X-App-Token': '{REDACTED}'}}"
    assert caplog.records[1].getMessage() == f"token inline {REDACTED} twice {REDACTED}"


def test_secrets_filter_scrubs_args_a_format_would_cut_short(caplog: pytest.LogCaptureFixture) -> None:
    logger.addFilter(SecretsFilter([TOKEN]))

    with caplog.at_level(logging.DEBUG, logger="voucherify_rollbacks"):
        logger.info("prefix %.3s", TOKEN)

    assert caplog.records[0].args == (REDACTED,)


def test_secrets_filter_redacts_the_longest_secret_whole() -> None:
    record = logging.LogRecord("voucherify_rollbacks", logging.INFO, __file__, 1, "a abc b", None, None)

    SecretsFilter(["ab", "abc"]).filter(record)

    assert record.getMessage() == f"a {REDACTED} b"


def test_secrets_filter_ignores_empty_secrets_and_never_drops_records() -> None:
    record = logging.LogRecord("voucherify_rollbacks", logging.INFO, __file__, 1, "plain %s", ("text",), None)

    assert SecretsFilter(["", ""]).filter(record) is True
    assert record.getMessage() == "plain text"


def test_secrets_filter_can_be_added_and_removed_repeatedly(caplog: pytest.LogCaptureFixture) -> None:
    secrets_filter = SecretsFilter([TOKEN])
    logger.addFilter(secrets_filter)
    logger.addFilter(secrets_filter)
    assert logger.filters.count(secrets_filter) == 1

    logger.removeFilter(secrets_filter)
    logger.removeFilter(secrets_filter)

    with caplog.at_level(logging.INFO, logger="voucherify_rollbacks"):
        logger.info("after close %s", TOKEN)
    assert TOKEN in caplog.text  # removed means removed: the client's closed, its filter is gone


def test_request_response_and_retry_lines_carry_the_path_without_query(caplog: pytest.LogCaptureFixture) -> None:
    path = "/v1/redemptions?customer=jane%40example.com#frag"

    with caplog.at_level(logging.DEBUG, logger="voucherify_rollbacks"):
        log_request("GET", path, 1)
        log_response("GET", path, 503, "v-123", 1, 0.25)
        log_retry("GET", path, 1, 0.5, "503 Service Unavailable")

    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.DEBUG, "Request GET /v1/redemptions (attempt 1)"),
        (logging.INFO, "Response GET /v1/redemptions -> 503 in 0.250s (attempt 1, request_id=v-123)"),
        (logging.INFO, "Retrying GET /v1/redemptions in 0.50s after attempt 1: 503 Service Unavailable"),
    ]
    assert "jane" not in caplog.text


def test_at_info_level_request_lines_are_not_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="voucherify_rollbacks"):
        log_request("POST", "/v1/redemptions/r_1/rollbacks", 1)

    assert caplog.records == []
