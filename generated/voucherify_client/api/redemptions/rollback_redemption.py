from collections.abc import Sequence
from typing import Any, TypedDict, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.redemption_rollback import RedemptionRollback
from ...models.redemptions_rollback_create_request_body import RedemptionsRollbackCreateRequestBody
from ...types import PARSE_ERRORS, UNSET, Response, Unset, deep_object, http_status


def build_request(
    redemption_id: str,
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
        "url": "/v1/redemptions/{redemption_id}/rollback".format(
            redemption_id=quote(str(redemption_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, RedemptionsRollbackCreateRequestBody) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | RedemptionRollback | None:
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


def _parse_documented(raise_on_unexpected_status: bool, response: httpx.Response) -> Error | RedemptionRollback | None:
    if response.status_code == 200:
        response_200 = RedemptionRollback.from_dict(response.json())

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
) -> Response[Error | RedemptionRollback]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    redemption_id: str,
    *,
    client: AuthenticatedClient,
    body: RedemptionsRollbackCreateRequestBody | dict[str, Any],
    reason: str | Unset = UNSET,
    tracking_id: str | Unset = UNSET,
) -> Response[Error | RedemptionRollback]:
    """Rollback Redemption

     Your business logic may include a case when you need to undo a redemption. You can revert a
    redemption by calling this API endpoint. This endpoint rolls back only single redemptions, meaning
    those that are not stacked. Stacked redemptions belong to a parent redemption. To roll back a parent
    redemption, including all of its individual redemptions, use the [POST Rollback Stackable
    Redemptions](/api-reference/redemptions/rollback-stackable-redemptions)
    <Warning>

    You can roll back a redemption up to 3 months back.

    </Warning>

     ## Effect
    The operation
    - creates a rollback entry in voucher's redemption history (`redemption.redemption_entries`) and
    - gives 1 redemption back to the pool (decreases `redeemed_quantity` by 1).
    ## Returned funds
    In case of *gift card vouchers*, this method returns funds back according to the source redemption.
    In case of *loyalty card vouchers*, this method returns points back according to the source
    redemption.

    Args:
        redemption_id (str):
        reason (str | Unset):
        tracking_id (str | Unset):
        body (RedemptionsRollbackCreateRequestBody): Request body schema for **POST**
            `v1/redemptions/{redemptionId}/rollback`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RedemptionRollback]
    """

    kwargs = build_request(
        redemption_id=redemption_id,
        body=body,
        reason=reason,
        tracking_id=tracking_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    redemption_id: str,
    *,
    client: AuthenticatedClient,
    body: RedemptionsRollbackCreateRequestBody | dict[str, Any],
    reason: str | Unset = UNSET,
    tracking_id: str | Unset = UNSET,
) -> Error | RedemptionRollback | None:
    """Rollback Redemption

     Your business logic may include a case when you need to undo a redemption. You can revert a
    redemption by calling this API endpoint. This endpoint rolls back only single redemptions, meaning
    those that are not stacked. Stacked redemptions belong to a parent redemption. To roll back a parent
    redemption, including all of its individual redemptions, use the [POST Rollback Stackable
    Redemptions](/api-reference/redemptions/rollback-stackable-redemptions)
    <Warning>

    You can roll back a redemption up to 3 months back.

    </Warning>

     ## Effect
    The operation
    - creates a rollback entry in voucher's redemption history (`redemption.redemption_entries`) and
    - gives 1 redemption back to the pool (decreases `redeemed_quantity` by 1).
    ## Returned funds
    In case of *gift card vouchers*, this method returns funds back according to the source redemption.
    In case of *loyalty card vouchers*, this method returns points back according to the source
    redemption.

    Args:
        redemption_id (str):
        reason (str | Unset):
        tracking_id (str | Unset):
        body (RedemptionsRollbackCreateRequestBody): Request body schema for **POST**
            `v1/redemptions/{redemptionId}/rollback`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RedemptionRollback
    """

    return sync_detailed(
        redemption_id=redemption_id,
        client=client,
        body=body,
        reason=reason,
        tracking_id=tracking_id,
    ).parsed


async def asyncio_detailed(
    redemption_id: str,
    *,
    client: AuthenticatedClient,
    body: RedemptionsRollbackCreateRequestBody | dict[str, Any],
    reason: str | Unset = UNSET,
    tracking_id: str | Unset = UNSET,
) -> Response[Error | RedemptionRollback]:
    """Rollback Redemption

     Your business logic may include a case when you need to undo a redemption. You can revert a
    redemption by calling this API endpoint. This endpoint rolls back only single redemptions, meaning
    those that are not stacked. Stacked redemptions belong to a parent redemption. To roll back a parent
    redemption, including all of its individual redemptions, use the [POST Rollback Stackable
    Redemptions](/api-reference/redemptions/rollback-stackable-redemptions)
    <Warning>

    You can roll back a redemption up to 3 months back.

    </Warning>

     ## Effect
    The operation
    - creates a rollback entry in voucher's redemption history (`redemption.redemption_entries`) and
    - gives 1 redemption back to the pool (decreases `redeemed_quantity` by 1).
    ## Returned funds
    In case of *gift card vouchers*, this method returns funds back according to the source redemption.
    In case of *loyalty card vouchers*, this method returns points back according to the source
    redemption.

    Args:
        redemption_id (str):
        reason (str | Unset):
        tracking_id (str | Unset):
        body (RedemptionsRollbackCreateRequestBody): Request body schema for **POST**
            `v1/redemptions/{redemptionId}/rollback`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RedemptionRollback]
    """

    kwargs = build_request(
        redemption_id=redemption_id,
        body=body,
        reason=reason,
        tracking_id=tracking_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    redemption_id: str,
    *,
    client: AuthenticatedClient,
    body: RedemptionsRollbackCreateRequestBody | dict[str, Any],
    reason: str | Unset = UNSET,
    tracking_id: str | Unset = UNSET,
) -> Error | RedemptionRollback | None:
    """Rollback Redemption

     Your business logic may include a case when you need to undo a redemption. You can revert a
    redemption by calling this API endpoint. This endpoint rolls back only single redemptions, meaning
    those that are not stacked. Stacked redemptions belong to a parent redemption. To roll back a parent
    redemption, including all of its individual redemptions, use the [POST Rollback Stackable
    Redemptions](/api-reference/redemptions/rollback-stackable-redemptions)
    <Warning>

    You can roll back a redemption up to 3 months back.

    </Warning>

     ## Effect
    The operation
    - creates a rollback entry in voucher's redemption history (`redemption.redemption_entries`) and
    - gives 1 redemption back to the pool (decreases `redeemed_quantity` by 1).
    ## Returned funds
    In case of *gift card vouchers*, this method returns funds back according to the source redemption.
    In case of *loyalty card vouchers*, this method returns points back according to the source
    redemption.

    Args:
        redemption_id (str):
        reason (str | Unset):
        tracking_id (str | Unset):
        body (RedemptionsRollbackCreateRequestBody): Request body schema for **POST**
            `v1/redemptions/{redemptionId}/rollback`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RedemptionRollback
    """

    return (
        await asyncio_detailed(
            redemption_id=redemption_id,
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
