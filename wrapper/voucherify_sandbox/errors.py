"""Refusals as values: an `ApiError` carries everything needed to write Voucherify's Error body."""

from __future__ import annotations

from typing import Any

from .ids import request_id


class ApiError(Exception):
    """Raised anywhere in the sandbox; the server turns it into `{code, key, message, details, request_id, ...}`."""

    def __init__(
        self,
        status: int,
        key: str,
        message: str,
        details: str | None = None,
        *,
        resource_id: str | None = None,
        resource_type: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {key}: {details or message}")
        self.status = status
        self.key = key
        self.message = message
        self.details = details
        self.resource_id = resource_id
        self.resource_type = resource_type
        self.headers = headers or {}

    def body(self, req_id: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {
            "code": self.status,
            "key": self.key,
            "message": self.message,
            "details": self.details if self.details is not None else self.message,
            "request_id": req_id or request_id(),
        }
        if self.resource_id is not None:
            body["resource_id"] = self.resource_id
        if self.resource_type is not None:
            body["resource_type"] = self.resource_type
        return body


def invalid_payload(details: str) -> ApiError:
    return ApiError(400, "invalid_payload", "Invalid payload", details)


def invalid_query(details: str) -> ApiError:
    return ApiError(400, "invalid_query_params", "Invalid query params", details)


def not_found(resource_type: str, resource_id: str) -> ApiError:
    return ApiError(
        404,
        "not_found",
        "Resource not found",
        f"Cannot find {resource_type} with id {resource_id}",
        resource_id=resource_id,
        resource_type=resource_type,
    )


class MissingExtraError(ImportError):
    """The sandbox's server library is not installed: it ships in the `sandbox` extra, not the SDK's runtime."""

    def __init__(self, module: str) -> None:
        super().__init__(
            f"The Voucherify sandbox needs the '{module}' package, which comes with the 'sandbox' extra: "
            "pip install 'voucherify-rollbacks[sandbox]'",
            name=module,
        )
