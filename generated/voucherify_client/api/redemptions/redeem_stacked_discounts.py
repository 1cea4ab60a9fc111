from collections.abc import Sequence
from typing import Any, TypedDict, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.redemptions_redeem_request_body import RedemptionsRedeemRequestBody
from ...models.redemptions_redeem_response_body import RedemptionsRedeemResponseBody
from ...types import PARSE_ERRORS, UNSET, Response, deep_object, http_status


def build_request(
    *,
    body: RedemptionsRedeemRequestBody | dict[str, Any],
) -> dict[str, Any]:
    """This operation's request as keyword arguments for `httpx.Client.request` (method, url relative to the base
    URL, params, json, headers), for callers that send it themselves. A body may be the model or its plain dict."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/redemptions",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, RedemptionsRedeemRequestBody) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | RedemptionsRedeemResponseBody | None:
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
) -> Error | RedemptionsRedeemResponseBody | None:
    if response.status_code == 200:
        response_200 = RedemptionsRedeemResponseBody.from_dict(response.json())

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
) -> Response[Error | RedemptionsRedeemResponseBody]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RedemptionsRedeemRequestBody | dict[str, Any],
) -> Response[Error | RedemptionsRedeemResponseBody]:
    """Redeem Stackable Discounts

     In the table below, you can see the logic the API follows to calculate discounts and amounts:

    | **Field** | **Calculation** | **Description** |
    |:---|:---|:---|
    | amount | N/A | This field shows the order amount before applying any discount |
    | total_amount | `total_amount` = `amount` - `total_discount_amount` | This field shows the order
    amount after applying all the discounts |
    | discount_amount | `discount_amount` = `previous_discount_amount` + `applied_discount_amount` |
    This field sums up all order-level discounts up to and including the specific discount being
    calculated for the stacked redemption. |
    | items_discount_amount | sum(items, i => i.discount_amount) | This field sums up all product-
    specific discounts |
    | total_discount_amount | `total_discount_amount` = `discount_amount` + `items_discount_amount` |
    This field sums up all order-level and all product-specific discounts |
    | applied_discount_amount | N/A | This field shows the order-level discount applied in a particular
    request |
    | items_applied_discount_amount | sum(items, i => i.applied_discount_amount) | This field sums up
    all product-specific discounts applied in a particular request |
    | total_applied_discount_amount | `total_applied_discount_amount` = `applied_discount_amount` +
    `items_applied_discount_amount` | This field sums up all order-level and all product-specific
    discounts applied in a particular request |



    API keys with a Merchant role can't use this endpoint.


    <Note>

    <Badge color="blue">Rollbacks</Badge>

    You can't roll back a child redemption. When you call rollback on a stacked redemption, all child
    redemptions will be rolled back. You need to refer to a parent redemption ID in your [rollback
    request](/api-reference/redemptions/rollback-stackable-redemptions).

    </Note>


    <Note>

    <Badge color="blue">Also available on client-side</Badge>

    This method is also accessible through public keys which you can use in client-side\u200b apps: mobile
    and web browser apps. Go to the dedicated [endpoint](/api-reference/client-side/redeem-stackable-
    discounts-client-side) to learn more.

    </Note>

    Args:
        body (RedemptionsRedeemRequestBody): Response body schema for **POST** `v1/redemptions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RedemptionsRedeemResponseBody]
    """

    kwargs = build_request(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: RedemptionsRedeemRequestBody | dict[str, Any],
) -> Error | RedemptionsRedeemResponseBody | None:
    """Redeem Stackable Discounts

     In the table below, you can see the logic the API follows to calculate discounts and amounts:

    | **Field** | **Calculation** | **Description** |
    |:---|:---|:---|
    | amount | N/A | This field shows the order amount before applying any discount |
    | total_amount | `total_amount` = `amount` - `total_discount_amount` | This field shows the order
    amount after applying all the discounts |
    | discount_amount | `discount_amount` = `previous_discount_amount` + `applied_discount_amount` |
    This field sums up all order-level discounts up to and including the specific discount being
    calculated for the stacked redemption. |
    | items_discount_amount | sum(items, i => i.discount_amount) | This field sums up all product-
    specific discounts |
    | total_discount_amount | `total_discount_amount` = `discount_amount` + `items_discount_amount` |
    This field sums up all order-level and all product-specific discounts |
    | applied_discount_amount | N/A | This field shows the order-level discount applied in a particular
    request |
    | items_applied_discount_amount | sum(items, i => i.applied_discount_amount) | This field sums up
    all product-specific discounts applied in a particular request |
    | total_applied_discount_amount | `total_applied_discount_amount` = `applied_discount_amount` +
    `items_applied_discount_amount` | This field sums up all order-level and all product-specific
    discounts applied in a particular request |



    API keys with a Merchant role can't use this endpoint.


    <Note>

    <Badge color="blue">Rollbacks</Badge>

    You can't roll back a child redemption. When you call rollback on a stacked redemption, all child
    redemptions will be rolled back. You need to refer to a parent redemption ID in your [rollback
    request](/api-reference/redemptions/rollback-stackable-redemptions).

    </Note>


    <Note>

    <Badge color="blue">Also available on client-side</Badge>

    This method is also accessible through public keys which you can use in client-side\u200b apps: mobile
    and web browser apps. Go to the dedicated [endpoint](/api-reference/client-side/redeem-stackable-
    discounts-client-side) to learn more.

    </Note>

    Args:
        body (RedemptionsRedeemRequestBody): Response body schema for **POST** `v1/redemptions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RedemptionsRedeemResponseBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RedemptionsRedeemRequestBody | dict[str, Any],
) -> Response[Error | RedemptionsRedeemResponseBody]:
    """Redeem Stackable Discounts

     In the table below, you can see the logic the API follows to calculate discounts and amounts:

    | **Field** | **Calculation** | **Description** |
    |:---|:---|:---|
    | amount | N/A | This field shows the order amount before applying any discount |
    | total_amount | `total_amount` = `amount` - `total_discount_amount` | This field shows the order
    amount after applying all the discounts |
    | discount_amount | `discount_amount` = `previous_discount_amount` + `applied_discount_amount` |
    This field sums up all order-level discounts up to and including the specific discount being
    calculated for the stacked redemption. |
    | items_discount_amount | sum(items, i => i.discount_amount) | This field sums up all product-
    specific discounts |
    | total_discount_amount | `total_discount_amount` = `discount_amount` + `items_discount_amount` |
    This field sums up all order-level and all product-specific discounts |
    | applied_discount_amount | N/A | This field shows the order-level discount applied in a particular
    request |
    | items_applied_discount_amount | sum(items, i => i.applied_discount_amount) | This field sums up
    all product-specific discounts applied in a particular request |
    | total_applied_discount_amount | `total_applied_discount_amount` = `applied_discount_amount` +
    `items_applied_discount_amount` | This field sums up all order-level and all product-specific
    discounts applied in a particular request |



    API keys with a Merchant role can't use this endpoint.


    <Note>

    <Badge color="blue">Rollbacks</Badge>

    You can't roll back a child redemption. When you call rollback on a stacked redemption, all child
    redemptions will be rolled back. You need to refer to a parent redemption ID in your [rollback
    request](/api-reference/redemptions/rollback-stackable-redemptions).

    </Note>


    <Note>

    <Badge color="blue">Also available on client-side</Badge>

    This method is also accessible through public keys which you can use in client-side\u200b apps: mobile
    and web browser apps. Go to the dedicated [endpoint](/api-reference/client-side/redeem-stackable-
    discounts-client-side) to learn more.

    </Note>

    Args:
        body (RedemptionsRedeemRequestBody): Response body schema for **POST** `v1/redemptions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RedemptionsRedeemResponseBody]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RedemptionsRedeemRequestBody | dict[str, Any],
) -> Error | RedemptionsRedeemResponseBody | None:
    """Redeem Stackable Discounts

     In the table below, you can see the logic the API follows to calculate discounts and amounts:

    | **Field** | **Calculation** | **Description** |
    |:---|:---|:---|
    | amount | N/A | This field shows the order amount before applying any discount |
    | total_amount | `total_amount` = `amount` - `total_discount_amount` | This field shows the order
    amount after applying all the discounts |
    | discount_amount | `discount_amount` = `previous_discount_amount` + `applied_discount_amount` |
    This field sums up all order-level discounts up to and including the specific discount being
    calculated for the stacked redemption. |
    | items_discount_amount | sum(items, i => i.discount_amount) | This field sums up all product-
    specific discounts |
    | total_discount_amount | `total_discount_amount` = `discount_amount` + `items_discount_amount` |
    This field sums up all order-level and all product-specific discounts |
    | applied_discount_amount | N/A | This field shows the order-level discount applied in a particular
    request |
    | items_applied_discount_amount | sum(items, i => i.applied_discount_amount) | This field sums up
    all product-specific discounts applied in a particular request |
    | total_applied_discount_amount | `total_applied_discount_amount` = `applied_discount_amount` +
    `items_applied_discount_amount` | This field sums up all order-level and all product-specific
    discounts applied in a particular request |



    API keys with a Merchant role can't use this endpoint.


    <Note>

    <Badge color="blue">Rollbacks</Badge>

    You can't roll back a child redemption. When you call rollback on a stacked redemption, all child
    redemptions will be rolled back. You need to refer to a parent redemption ID in your [rollback
    request](/api-reference/redemptions/rollback-stackable-redemptions).

    </Note>


    <Note>

    <Badge color="blue">Also available on client-side</Badge>

    This method is also accessible through public keys which you can use in client-side\u200b apps: mobile
    and web browser apps. Go to the dedicated [endpoint](/api-reference/client-side/redeem-stackable-
    discounts-client-side) to learn more.

    </Note>

    Args:
        body (RedemptionsRedeemRequestBody): Response body schema for **POST** `v1/redemptions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RedemptionsRedeemResponseBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
