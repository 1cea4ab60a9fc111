from collections.abc import Sequence
from typing import Any, TypedDict, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.redemptions_rollback_create_request_body import RedemptionsRollbackCreateRequestBody
from ...models.redemptions_rollbacks_create_response_body import RedemptionsRollbacksCreateResponseBody
from ...types import PARSE_ERRORS, UNSET, Response, Unset, deep_object, http_status


def build_request(
    parent_redemption_id: str,
    *,
    body: RedemptionsRollbackCreateRequestBody | dict[str, Any],
    reason: str | Unset = UNSET,
    tracking_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """This operation's request as keyword arguments for `httpx.Client.request` (method, url relative to the base
    URL, params, json, headers), for callers that send it themselves. A body may be the model or its plain dict."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["reason"] = reason

    params["tracking_id"] = tracking_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/redemptions/{parent_redemption_id}/rollbacks".format(
            parent_redemption_id=quote(str(parent_redemption_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, RedemptionsRollbackCreateRequestBody) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | RedemptionsRollbacksCreateResponseBody | None:
    """The documented model for this response's status (None for an undocumented status, or errors.UnexpectedStatus
    when asked to raise), for callers that send the request themselves."""
    # A body that is not the documented JSON (a proxy's HTML page, a truncated answer) gives None instead of raising
    # from inside the generated code; the raw bytes stay on the response.
    try:
        return _parse_documented(raise_on_unexpected_status, response)
    except errors.UnexpectedStatus:
        raise
    except (*PARSE_ERRORS, RecursionError):
        if raise_on_unexpected_status:
            raise errors.UnexpectedStatus(response.status_code, response.content) from None
        return None


def _parse_documented(
    raise_on_unexpected_status: bool, response: httpx.Response
) -> Error | RedemptionsRollbacksCreateResponseBody | None:
    if response.status_code == 200:
        response_200 = RedemptionsRollbacksCreateResponseBody.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = Error.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 423:
        response_423 = Error.from_dict(response.json())

        return response_423

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RedemptionsRollbacksCreateResponseBody]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    parent_redemption_id: str,
    *,
    client: AuthenticatedClient,
    body: RedemptionsRollbackCreateRequestBody | dict[str, Any],
    reason: str | Unset = UNSET,
    tracking_id: str | Unset = UNSET,
) -> Response[Error | RedemptionsRollbacksCreateResponseBody]:
    """Rollback Stackable Redemptions

     Rollback a stackable redemption. When you roll back a stacked redemption, all child redemptions will
    be rolled back. Provide the parent redemption ID as the path parameter. However, you can use this
    endpoint to roll back a single redemption that does not have a parent, similarly to [POST Rollback
    redemption](/api-reference/redemptions/rollback-redemption).
    <Warning>

    You can roll back a redemption up to 3 months back.

    </Warning>

    Args:
        parent_redemption_id (str):
        reason (str | Unset):
        tracking_id (str | Unset):
        body (RedemptionsRollbackCreateRequestBody): Request body schema for **POST**
            `v1/redemptions/{redemptionId}/rollback`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RedemptionsRollbacksCreateResponseBody]
    """

    kwargs = build_request(
        parent_redemption_id=parent_redemption_id,
        body=body,
        reason=reason,
        tracking_id=tracking_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    parent_redemption_id: str,
    *,
    client: AuthenticatedClient,
    body: RedemptionsRollbackCreateRequestBody | dict[str, Any],
    reason: str | Unset = UNSET,
    tracking_id: str | Unset = UNSET,
) -> Error | RedemptionsRollbacksCreateResponseBody | None:
    """Rollback Stackable Redemptions

     Rollback a stackable redemption. When you roll back a stacked redemption, all child redemptions will
    be rolled back. Provide the parent redemption ID as the path parameter. However, you can use this
    endpoint to roll back a single redemption that does not have a parent, similarly to [POST Rollback
    redemption](/api-reference/redemptions/rollback-redemption).
    <Warning>

    You can roll back a redemption up to 3 months back.

    </Warning>

    Args:
        parent_redemption_id (str):
        reason (str | Unset):
        tracking_id (str | Unset):
        body (RedemptionsRollbackCreateRequestBody): Request body schema for **POST**
            `v1/redemptions/{redemptionId}/rollback`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RedemptionsRollbacksCreateResponseBody
    """

    return sync_detailed(
        parent_redemption_id=parent_redemption_id,
        client=client,
        body=body,
        reason=reason,
        tracking_id=tracking_id,
    ).parsed


async def asyncio_detailed(
    parent_redemption_id: str,
    *,
    client: AuthenticatedClient,
    body: RedemptionsRollbackCreateRequestBody | dict[str, Any],
    reason: str | Unset = UNSET,
    tracking_id: str | Unset = UNSET,
) -> Response[Error | RedemptionsRollbacksCreateResponseBody]:
    """Rollback Stackable Redemptions

     Rollback a stackable redemption. When you roll back a stacked redemption, all child redemptions will
    be rolled back. Provide the parent redemption ID as the path parameter. However, you can use this
    endpoint to roll back a single redemption that does not have a parent, similarly to [POST Rollback
    redemption](/api-reference/redemptions/rollback-redemption).
    <Warning>

    You can roll back a redemption up to 3 months back.

    </Warning>

    Args:
        parent_redemption_id (str):
        reason (str | Unset):
        tracking_id (str | Unset):
        body (RedemptionsRollbackCreateRequestBody): Request body schema for **POST**
            `v1/redemptions/{redemptionId}/rollback`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RedemptionsRollbacksCreateResponseBody]
    """

    kwargs = build_request(
        parent_redemption_id=parent_redemption_id,
        body=body,
        reason=reason,
        tracking_id=tracking_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    parent_redemption_id: str,
    *,
    client: AuthenticatedClient,
    body: RedemptionsRollbackCreateRequestBody | dict[str, Any],
    reason: str | Unset = UNSET,
    tracking_id: str | Unset = UNSET,
) -> Error | RedemptionsRollbacksCreateResponseBody | None:
    """Rollback Stackable Redemptions

     Rollback a stackable redemption. When you roll back a stacked redemption, all child redemptions will
    be rolled back. Provide the parent redemption ID as the path parameter. However, you can use this
    endpoint to roll back a single redemption that does not have a parent, similarly to [POST Rollback
    redemption](/api-reference/redemptions/rollback-redemption).
    <Warning>

    You can roll back a redemption up to 3 months back.

    </Warning>

    Args:
        parent_redemption_id (str):
        reason (str | Unset):
        tracking_id (str | Unset):
        body (RedemptionsRollbackCreateRequestBody): Request body schema for **POST**
            `v1/redemptions/{redemptionId}/rollback`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RedemptionsRollbacksCreateResponseBody
    """

    return (
        await asyncio_detailed(
            parent_redemption_id=parent_redemption_id,
            client=client,
            body=body,
            reason=reason,
            tracking_id=tracking_id,
        )
    ).parsed


Query = TypedDict(
    "Query",
    {
        "reason": "str",
        "tracking_id": "str",
    },
    total=False,
)
"""This operation's query parameters, as `build_request` takes them by keyword."""
