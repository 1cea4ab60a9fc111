"""Every exception the SDK raises (what turns an HTTP error response into one is `responses`).

Catch by HTTP status (`BadRequestError`, `RateLimitError`, ...) or by Voucherify's error key, which has its own
subclass where a caller can act on it (`AlreadyRolledBackError`, `QuantityExceededError`, ...). A key class is used
only with the status it is documented with, so `isinstance(e, BadRequestError)` always matches `e.status_code`;
any other key keeps its status class and is readable as `e.key`.

No "rollback too old" key is documented (Voucherify allows rollbacks for 3 months, but names no error for later
ones), so there is no class for it; it arrives as a `BadRequestError` with whatever `key` the server sends.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .._constants import MAX_ERROR_BODY_CHARS
from .failure_codes import describe
from .redaction import _Secrets, current_secrets, is_secret_header, scrub

__all__ = [
    "MAX_BODY_CHARS",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AlreadyRolledBackError",
    "AuthenticationError",
    "BadRequestError",
    "ClientError",
    "ConfigurationError",
    "ConflictError",
    "DuplicatedRedeemablesError",
    "ExportDeadlineError",
    "ExportDownloadError",
    "ExportError",
    "ExportFailedError",
    "GiftAmountExceededError",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "InvalidCustomerError",
    "InvalidOrderError",
    "InvalidPayloadError",
    "InvalidRedemptionError",
    "InvalidRedemptionParentError",
    "InvalidRollbackParamsError",
    "JournalMismatchError",
    "LockedError",
    "LoyaltyCardPointsExceededError",
    "MalformedResponseError",
    "MultipleRequestsError",
    "NotFoundError",
    "PaginationLimitError",
    "PayloadTooLargeError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "QuantityExceededError",
    "RateLimitError",
    "RedirectError",
    "ResourceNotFoundError",
    "ResponseTooLargeError",
    "RollbackAuthorshipUnknownError",
    "RollbackFailedError",
    "RollbackOutcomeUnknownError",
    "ServerError",
    "TokenRefreshError",
    "UnprocessableEntityError",
    "VoucherDisabledError",
    "VoucherExpiredError",
    "VoucherNotActiveError",
    "VoucherifyError",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "WebhookTimestampError",
]

# Error bodies are small JSON; a huge one is an HTML page or a proxy's dump, useless beyond its start.
MAX_BODY_CHARS = MAX_ERROR_BODY_CHARS
"""How much of an error answer's body `APIError.body` keeps (characters)."""


class VoucherifyError(Exception):
    """Base of every exception this SDK raises.

    An error raised by a client call keeps that client's credentials (never shown: not in `vars()`, a repr or a
    pickle that did not already hold them) to scrub what it shows later, so `str()`, `repr()` and `to_dict()` stay
    clean after the client is closed, and in another process after pickling.
    """

    _secrets: _Secrets | None = None

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self._scrub(super().__str__())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: `error` (the class name), `message`, and every attribute the error carries
        (status_code, key, details, request_id, resource_id, body, headers, last_error, ...), secrets scrubbed."""
        data: dict[str, Any] = {"error": type(self).__name__, "message": self._scrub(str(self))}
        for name, value in vars(self).items():
            if not name.startswith("_") and name != "message":
                data[name] = _error_field(value, self._scrub)
        return data

    def _scrub(self, text: str) -> str:
        """`text` without the secrets this error was raised with, nor those of any client open now."""
        return scrub(text, (*(self._secrets.values if self._secrets else ()), *current_secrets()))

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuild without calling __init__: keyword-only constructors otherwise break pickling (and so
        # multiprocessing and task queues), as they do in the Stainless SDKs. Only the secrets the state itself
        # holds (a token the server echoed into `body`) travel, to scrub it over there: no pickle gains a secret.
        state = dict(self.__dict__)
        kept = state.pop("_secrets", None)
        text = repr((self.args, state))
        found = tuple(v for v in (kept.values if isinstance(kept, _Secrets) else ()) if v in text)
        return (_restore, (type(self), self.args, state, found))


def _restore(
    cls: type[VoucherifyError], args: tuple[Any, ...], state: dict[str, Any], secrets: tuple[str, ...] = ()
) -> VoucherifyError:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    if secrets:
        error._secrets = _Secrets(secrets)
    return error


class APIError(VoucherifyError):
    """The API answered with an error status (or with a success the SDK could not read).

    `status_code`, `code`, `key`, `message`, `details`, `request_id`, `resource_id` and `resource_type` come from
    the response; `body` is the raw text ("" when empty, at most 64 KiB); `headers` is a plain copy of the response
    headers without any credential-like header. Also from the body, when Voucherify sends them:

    - `validation_rule_message` (`str | None`): the message a validation rule's author configured for this failure
      (the body's `error.message`), fit to show to a customer;
    - `related_object_ids` (`tuple[str, ...] | None`), `related_object_type` (`str | None`) and
      `related_object_total` (`int | None`): the objects the error is about (those using a resource that cannot be
      deleted, say), their type and how many there are in all (the ids may be a first page of them).
    """

    attempts: int | None = None
    elapsed: float | None = None

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        key: str | None = None,
        details: str | None = None,
        request_id: str | None = None,
        resource_id: str | None = None,
        resource_type: str | None = None,
        code: int | None = None,
        body: str = "",
        headers: Mapping[str, str] | None = None,
        validation_rule_message: str | None = None,
        related_object_ids: Sequence[str] | None = None,
        related_object_type: str | None = None,
        related_object_total: int | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.key = key
        self.details = details
        self.request_id = request_id
        self.resource_id = resource_id
        self.resource_type = resource_type
        self.code = code
        self.body = (body or "")[:MAX_BODY_CHARS]
        self.headers = {name: value for name, value in (headers or {}).items() if not is_secret_header(name)}
        self.validation_rule_message = validation_rule_message
        self.related_object_ids = None if related_object_ids is None else tuple(related_object_ids)
        self.related_object_type = related_object_type
        self.related_object_total = related_object_total

    def __str__(self) -> str:
        return self._scrub(_summary(self.status_code, self.key, self.message, self.details, self.request_id))


class ClientError(APIError):
    """Any 4xx: the request was refused. Statuses without a class of their own (405 Method Not Allowed, 406 Not
    Acceptable, 410, 415 Unsupported Media Type, ...) are raised as this class itself; check `status_code`."""


class RedirectError(APIError):
    """A 3xx: the SDK never follows redirects (credentials would travel to another host); `location` says where
    the server pointed, usually a wrong base URL or region."""

    @property
    def location(self) -> str | None:
        """The `Location` the server answered with, if any."""
        return next((v for k, v in self.headers.items() if k.lower() == "location"), None)


class BadRequestError(ClientError):
    """400: the request was refused; nothing was applied. See `key` for why."""


class AuthenticationError(ClientError):
    """401: the application ID / token (or OAuth token) is missing or wrong."""


class PaymentRequiredError(ClientError):
    """402: the request exceeds the project's pricing plan."""


class PermissionDeniedError(ClientError):
    """403: the credentials may not perform this operation (e.g. a Merchant-role key redeeming)."""


class NotFoundError(ClientError):
    """404: the resource does not exist (or lives in another region)."""


class ConflictError(ClientError):
    """409: a resource with the same identifier already exists."""


class LockedError(ClientError):
    """423: the resource is in a state that does not allow this now."""


class RateLimitError(ClientError):
    """429: the API limit is reached; `retry_after` is the server's requested wait in seconds, if it gave one."""

    def __init__(self, message: str, *, retry_after: float | None = None, **fields: Any) -> None:
        super().__init__(message, **fields)
        self.retry_after = retry_after


class PayloadTooLargeError(ClientError):
    """413: the request body (or query) is larger than the API accepts; nothing was applied."""


class UnprocessableEntityError(ClientError):
    """422: the request was well-formed but refused as invalid; nothing was applied."""


class ServerError(APIError):
    """5xx, or a status outside 3xx-4xx that the SDK does not know (1xx as a final answer, 600+)."""


class MalformedResponseError(APIError):
    """A success status whose body the SDK could not read (HTML, truncated JSON); the call may have been applied."""


class ResponseTooLargeError(MalformedResponseError):
    """The response body (after decompression) is larger than the client's `max_response_bytes`; it was not read
    past that limit. `body` holds its start. For a success status the call may have been applied."""


class AlreadyRolledBackError(BadRequestError):
    """The redemption is rolled back, and this call did not make that rollback.

    `made_by_this_call` is False: proved someone else's (Voucherify refused every attempt of this call that reached
    it, or the rollback found carries another marker, another reason or tracking id, or is dated outside every
    attempt of this call that may have applied). Its subclass RollbackAuthorshipUnknownError has None there.
    `resource_id` is the failed rollback record (`rrf_...`) a refusal stored (the rollback's own id when the SDK
    raised it after a look-up). `rollback` is the rollback that undid the redemption and `result` the
    `RollbackResult` rebuilt from it, whenever a look-up could find it; otherwise both are None. `marker_refused` is
    True when the project's metadata schema refused this call's marker (`metadata_validation_failed`) and the call
    was sent again without it."""

    rollback: Any = None
    result: Any = None
    made_by_this_call: bool | None = False
    marker_refused: bool = False


class RollbackAuthorshipUnknownError(AlreadyRolledBackError):
    """The redemption is rolled back (`rollback`, `result`), but whether by this call could not be proved: an
    attempt of this call may have made it, and nothing tells it from another caller's (no marker, or none stored;
    the same reason and tracking id; dated within this call's attempts). `made_by_this_call` is None and `why` says
    what was missing. Nothing is applied twice either way: treat the redemption as rolled back, and send a marker
    (`markers=True`, or `marker=new_marker()`) where authorship matters."""

    made_by_this_call: bool | None = None

    def __init__(self, redemption_id: str, rollback: Any, result: Any, why: str, **fields: Any) -> None:
        rollback_id = getattr(rollback, "id", None) or "a rollback"
        message = f"{redemption_id} is rolled back ({rollback_id}); whether by this call could not be proved: {why}"
        fields.setdefault("resource_id", getattr(rollback, "id", None))
        fields.setdefault("resource_type", "redemption_rollback")
        super().__init__(message, status_code=400, key="already_rolled_back", **fields)
        self.redemption_id = redemption_id
        self.rollback, self.result, self.why = rollback, result, why
        self.made_by_this_call = None


class InvalidRedemptionParentError(BadRequestError):
    """A child redemption ID was sent; roll back its parent redemption instead."""


class InvalidRedemptionError(BadRequestError):
    """A stacked redemption was sent to the single-rollback endpoint; use the stacked rollback."""


class InvalidOrderError(BadRequestError):
    """The order is malformed or not related to the redemption."""


class InvalidCustomerError(BadRequestError):
    """The customer is malformed or not related to the redemption."""


class MultipleRequestsError(BadRequestError):
    """Another request for the same redemption or order is in progress; wait for it and check its outcome."""


class InvalidRollbackParamsError(BadRequestError):
    """The rollback request body is not valid."""


class InvalidPayloadError(BadRequestError):
    """The request body is not valid; `message` names the offending property."""


class DuplicatedRedeemablesError(BadRequestError):
    """The same redeemable appears more than once in the request."""


class QuantityExceededError(BadRequestError):
    """The voucher's redemption limit is used up."""


class GiftAmountExceededError(BadRequestError):
    """The gift card balance is lower than the amount asked for."""


class LoyaltyCardPointsExceededError(BadRequestError):
    """The loyalty card has fewer points than asked for."""


class VoucherExpiredError(BadRequestError):
    """The voucher's expiration date has passed."""


class VoucherNotActiveError(BadRequestError):
    """The voucher's start date has not come yet."""


class VoucherDisabledError(BadRequestError):
    """The voucher is disabled (`active: false`)."""


class ResourceNotFoundError(NotFoundError):
    """404 with key `not_found` or `resource_not_found`: the ID or voucher code does not exist."""


class InvalidArgumentError(VoucherifyError, ValueError):
    """An argument the SDK cannot use (an empty or malformed id, no redeemables, an unknown filter or keyword, a
    page size or concurrency out of range), refused before anything is sent. `argument` names it (None when the
    message does). Also a `ValueError`, so `except ValueError` keeps working."""

    def __init__(self, message: str, *, argument: str | None = None) -> None:
        super().__init__(message)
        self.argument = argument


class InvalidArgumentTypeError(VoucherifyError, TypeError):
    """An argument of the wrong type (metadata that JSON cannot carry, a keyword the call does not take), refused
    before anything is sent. `argument` names it (None when the message does). Also a `TypeError`, so
    `except TypeError` keeps working."""

    def __init__(self, message: str, *, argument: str | None = None) -> None:
        super().__init__(message)
        self.argument = argument


class ConfigurationError(VoucherifyError, ValueError):
    """The client was given (or found in the environment) settings it cannot use; names the setting."""


class JournalMismatchError(ConfigurationError):
    """A bulk journal was made for another API host, account or input than this run's: resuming it here could
    report outcomes that are not this host's. `differs` names what differs ("host", "account", "input", or
    "binding" for a journal made before journals were bound); `recorded` and `current` hold those values (the
    account as an app id or a salted fingerprint of the bearer token, never a secret). Pass `rebind=True`
    (`--rebind-journal`) to adopt the journal for this run on purpose."""

    def __init__(
        self, journal: str, differs: Sequence[str], recorded: Mapping[str, str], current: Mapping[str, str]
    ) -> None:
        self.journal = journal
        self.differs = tuple(differs)
        self.recorded, self.current = dict(recorded), dict(current)
        if "binding" in self.differs:
            what = "was made by an older version and records no host, account or input"
        else:
            what = "was made for " + ", ".join(
                f"{name} {self.recorded.get(name)!r}, not {self.current.get(name)!r}" for name in self.differs
            )
        super().__init__(
            f"journal {journal} {what}: use a new journal for this run, or pass rebind=True (--rebind-journal) to "
            "adopt it on purpose"
        )


class APIConnectionError(VoucherifyError):
    """No response arrived. `request_sent` tells whether the request may have reached the server (None: unknown);
    `attempts` and `elapsed` (seconds since the call started) say what the call spent, when it ended one."""

    attempts: int | None = None
    elapsed: float | None = None

    def __init__(self, message: str, *, request_sent: bool | None = None) -> None:
        super().__init__(message)
        self.request_sent = request_sent


class APITimeoutError(APIConnectionError):
    """The request timed out before a response arrived."""


class _LastAnswer:
    """`status_code`, `key` and `body` of the last answer met, read from `last_error` (an error that holds another)."""

    last_error: BaseException | None

    @property
    def status_code(self) -> int | None:
        """The status of the last answer met, if the last error was one."""
        return getattr(self.last_error, "status_code", None)

    @property
    def key(self) -> str | None:
        """Voucherify's error key of the last answer, if any."""
        return getattr(self.last_error, "key", None)

    @property
    def body(self) -> str:
        """The raw body of the last answer ("" when the last error had none)."""
        return str(getattr(self.last_error, "body", "") or "")


class TokenRefreshError(_LastAnswer, APIConnectionError):
    """The client's `token_provider` gave no usable access token: the token endpoint refused the keys or could not
    be reached, the provider raised or returned something other than an `AccessToken`. The request it was for was
    not sent with a token, so nothing was applied (`request_sent=False`). `last_error` is what failed (the token
    endpoint's `APIError`, with its status, key and body, or the provider's own exception); the access token and the
    keys never appear in it."""

    def __init__(self, message: str, last_error: BaseException | None = None) -> None:
        super().__init__(message, request_sent=False)
        self.last_error = last_error


class RollbackOutcomeUnknownError(_LastAnswer, VoucherifyError):
    """The rollback of `redemption_id` MAY HAVE BEEN APPLIED: an attempt of this call may have reached the server,
    and the SDK could not find out (the look-up failed, or the call's deadline was spent). Nothing is known to have
    failed: check with `find_rollback(redemption_id)` before doing anything else. `last_error` is the last error the
    call met; `redemption` the redemption as the look-up fetched it before failing (its `status` may already say
    ROLLED_BACK), or None. `marker` is the marker the call sent in the rollback's metadata (None without one): a
    rollback later found or reported by a webhook event carrying it is this call's (`webhooks.settle`)."""

    redemption: Any = None
    marker_refused: bool = False
    marker: str | None = None

    def __init__(self, redemption_id: str, last_error: BaseException | None, why: str) -> None:
        self.redemption_id = redemption_id
        self.last_error = last_error
        super().__init__(
            f"the rollback of {redemption_id} may have been applied ({why}); "
            f"call find_rollback({redemption_id!r}) to learn its outcome"
        )


class PaginationLimitError(VoucherifyError):
    """A listing could not reach every matching item (the API stops at page 99); narrow the query."""


class RollbackFailedError(VoucherifyError):
    """The rollback call succeeded but some items of its result failed; `failures` holds those items."""

    def __init__(self, failures: Sequence[Any]) -> None:
        self.failures = list(failures)
        super().__init__(_failures_summary(self.failures))


class ExportError(VoucherifyError):
    """An export (`export_redemptions`) could not give its rows; `export_id` names it (None before it was made)."""

    def __init__(self, message: str, *, export_id: str | None = None) -> None:
        super().__init__(message)
        self.export_id = export_id


class ExportFailedError(ExportError):
    """Voucherify gave up building the export (status `ERROR`); `export` is the export object as last read."""

    def __init__(self, message: str, *, export_id: str | None, export: Mapping[str, Any] | None = None) -> None:
        super().__init__(message, export_id=export_id)
        self.export = dict(export or {})


class ExportDeadlineError(ExportError):
    """The export was not ready (or not downloaded) within the call's deadline; `status` is the last one read
    (SCHEDULED, IN_PROGRESS, or DONE when the download was cut short). Nothing was changed: call again, with a
    longer `deadline`."""

    def __init__(self, message: str, *, export_id: str | None, status: str | None) -> None:
        super().__init__(message, export_id=export_id)
        self.status = status


class ExportDownloadError(ExportError):
    """The export's CSV could not be downloaded: the download host refused it (401 for an expired or wrong token,
    404 for a deleted export: `status_code` and the raw `body`), or its URL pointed outside the region's download
    host (`status_code` None). The token the URL carries never appears in the message."""

    def __init__(self, message: str, *, export_id: str | None, status_code: int | None = None, body: str = "") -> None:
        super().__init__(message, export_id=export_id)
        self.status_code = status_code
        self.body = (body or "")[:MAX_BODY_CHARS]


class WebhookSignatureError(VoucherifyError):
    """A webhook body did not come with a valid `x-voucherify-signature` for any of the secrets given, or there was
    nothing to check it with (no signature, an empty or malformed one, no secret). `reason` names which, in words
    that never include the secret or the expected signature."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"webhook signature check failed: {reason}")


class WebhookTimestampError(VoucherifyError):
    """A verified webhook is older than the `max_age` asked for, dated in the future beyond the allowed clock skew,
    or carries no readable `created_at` to check: refused, as a replay could be. `created_at` is the envelope's
    value as sent (None when absent), `age` the seconds it is old (negative: in the future; None when unreadable),
    `max_age` the limit asked for."""

    def __init__(self, reason: str, *, created_at: object, age: float | None, max_age: float) -> None:
        self.reason, self.created_at, self.age, self.max_age = reason, created_at, age, max_age
        super().__init__(f"webhook refused: {reason}")


class WebhookPayloadError(VoucherifyError, ValueError):
    """A webhook body whose signature verified is not what Voucherify sends: not UTF-8 JSON, or not a JSON object.
    `reason` says which (never the body). Also a `ValueError`."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"webhook body unreadable: {reason}")


def _summary(
    status_code: int | None, key: str | None, message: str, details: str | None, request_id: str | None
) -> str:
    head = " ".join(str(part) for part in (status_code, key) if part is not None)
    text = f"{head}: {message}" if head else message
    if details and details != message:
        text += f" ({details})"
    if request_id:
        text += f" [request_id={request_id}]"
    return text


def _failures_summary(failures: Sequence[Any]) -> str:
    if not failures:
        return "the rollback result holds no rollback at all"
    parts = []
    for failure in failures:
        code = getattr(failure, "failure_code", None)
        code = code if isinstance(code, str) else None
        target = getattr(failure, "redemption", None) or getattr(failure, "id", None) or "?"
        parts.append(f"{target}: {code or 'no failure code'} ({describe(code)})")
    return f"{len(failures)} rollback item(s) failed: " + "; ".join(parts)


def _error_field(value: Any, clean: Callable[[str], str]) -> Any:
    """An error attribute as JSON-ready data: nested errors as their to_dict(), results and views as their data;
    every text scrubbed with `clean` (the outer error's secrets apply to what it holds)."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, VoucherifyError):
        return _error_field(value.to_dict(), clean)
    if isinstance(value, BaseException):
        return {"error": type(value).__name__, "message": clean(str(value))}
    if isinstance(value, Mapping):
        return {str(k): _error_field(v, clean) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_error_field(v, clean) for v in value]
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return _error_field(to_dict(), clean)
    model = getattr(value, "model", None)
    if model is not None and callable(getattr(model, "to_dict", None)):
        return _error_field(model.to_dict(), clean)
    return clean(repr(value))
