from collections.abc import Sequence
from typing import Any, TypedDict, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.parameter_created_before_after import ParameterCreatedBeforeAfter
from ...models.parameter_filters_list_redemptions import ParameterFiltersListRedemptions
from ...models.parameter_order_list_redemptions import ParameterOrderListRedemptions
from ...models.redemptions_list_response_body import RedemptionsListResponseBody
from ...types import PARSE_ERRORS, UNSET, Response, Unset, deep_object, http_status


def build_request(
    *,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    result: str | Unset = UNSET,
    campaign: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    order: ParameterOrderListRedemptions | Unset = UNSET,
    created_at: ParameterCreatedBeforeAfter | Unset = UNSET,
    filters: ParameterFiltersListRedemptions | Unset = UNSET,
) -> dict[str, Any]:
    """This operation's request as keyword arguments for `httpx.Client.request` (method, url relative to the base
    URL, params, json, headers), for callers that send it themselves. A body may be the model or its plain dict."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["result"] = result

    params["campaign"] = campaign

    params["customer"] = customer

    json_order: str | Unset = UNSET
    if isinstance(order, ParameterOrderListRedemptions):
        json_order = order.value
    elif not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    json_created_at: dict[str, Any] | Unset = UNSET
    if isinstance(created_at, ParameterCreatedBeforeAfter):
        json_created_at = created_at.to_dict()
    elif not isinstance(created_at, Unset):
        json_created_at = created_at

    if not isinstance(json_created_at, Unset):
        params.update(deep_object("created_at", json_created_at))

    json_filters: dict[str, Any] | Unset = UNSET
    if isinstance(filters, ParameterFiltersListRedemptions):
        json_filters = filters.to_dict()
    elif not isinstance(filters, Unset):
        json_filters = filters

    if not isinstance(json_filters, Unset):
        params.update(deep_object("filters", json_filters))

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/redemptions",
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | RedemptionsListResponseBody | None:
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
) -> Error | RedemptionsListResponseBody | None:
    if response.status_code == 200:
        response_200 = RedemptionsListResponseBody.from_dict(response.json())

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
) -> Response[Error | RedemptionsListResponseBody]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response, raise_on_unexpected_status=client.raise_on_unexpected_status),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    result: str | Unset = UNSET,
    campaign: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    order: ParameterOrderListRedemptions | Unset = UNSET,
    created_at: ParameterCreatedBeforeAfter | Unset = UNSET,
    filters: ParameterFiltersListRedemptions | Unset = UNSET,
) -> Response[Error | RedemptionsListResponseBody]:
    """List Redemptions

     Returns a list of redemptions previously created. The redemptions are returned in a sorted order,
    with the most recent redemptions appearing first. The response returns a list of redemptions of all
    vouchers.

    ## Filtering results
    The result can be narrowed according to specified (or default) filters, for example, you can sort
    redemptions by date:
    `https://api.voucherify.io/v1/redemptions?limit=3&[created_at][before]=2017-09-08T13:52:18.227Z`.
    A filter based on the object `created_at` field narrows down the results and lists redemptions done
    before or after a particular date time. You can use the following options: `[created_at][after]`,
    `[created_at][before]`.
    A date value must be presented in ISO 8601 format (`2016-11-16T14:14:31Z` or `2016-11-16`). An
    example: `[created_at][before]=2017-09-08T13:52:18.227Z`.

    ## Failed Redemptions

    A redemption may fail for various reasons. You can figure out an exact reason from the
    `failure_code`:
    - `resource_not_found` - voucher with given code does not exist
    - `voucher_not_active` - voucher is not active yet (before start date)
    - `voucher_expired` - voucher has already expired (after expiration date)
    - `voucher_disabled` -  voucher has been disabled (`active: false`)
    - `quantity_exceeded` - voucher's redemptions limit has been exceeded
    - `gift_amount_exceeded` - gift amount has been exceeded
    - `customer_rules_violated` - customer did not match the segment
    - `order_rules_violated` - order did not match validation rules
    - `invalid_order` - order was specified incorrectly
    - `invalid_amount` - order amount was specified incorrectly
    - `missing_amount` - order amount was not specified
    - `missing_order_items` - order items were not specified
    - `missing_customer` - customer was not specified

    Args:
        limit (int | Unset):
        page (int | Unset):
        result (str | Unset):
        campaign (str | Unset):
        customer (str | Unset):
        order (ParameterOrderListRedemptions | Unset):
        created_at (ParameterCreatedBeforeAfter | Unset):
        filters (ParameterFiltersListRedemptions | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RedemptionsListResponseBody]
    """

    kwargs = build_request(
        limit=limit,
        page=page,
        result=result,
        campaign=campaign,
        customer=customer,
        order=order,
        created_at=created_at,
        filters=filters,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    result: str | Unset = UNSET,
    campaign: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    order: ParameterOrderListRedemptions | Unset = UNSET,
    created_at: ParameterCreatedBeforeAfter | Unset = UNSET,
    filters: ParameterFiltersListRedemptions | Unset = UNSET,
) -> Error | RedemptionsListResponseBody | None:
    """List Redemptions

     Returns a list of redemptions previously created. The redemptions are returned in a sorted order,
    with the most recent redemptions appearing first. The response returns a list of redemptions of all
    vouchers.

    ## Filtering results
    The result can be narrowed according to specified (or default) filters, for example, you can sort
    redemptions by date:
    `https://api.voucherify.io/v1/redemptions?limit=3&[created_at][before]=2017-09-08T13:52:18.227Z`.
    A filter based on the object `created_at` field narrows down the results and lists redemptions done
    before or after a particular date time. You can use the following options: `[created_at][after]`,
    `[created_at][before]`.
    A date value must be presented in ISO 8601 format (`2016-11-16T14:14:31Z` or `2016-11-16`). An
    example: `[created_at][before]=2017-09-08T13:52:18.227Z`.

    ## Failed Redemptions

    A redemption may fail for various reasons. You can figure out an exact reason from the
    `failure_code`:
    - `resource_not_found` - voucher with given code does not exist
    - `voucher_not_active` - voucher is not active yet (before start date)
    - `voucher_expired` - voucher has already expired (after expiration date)
    - `voucher_disabled` -  voucher has been disabled (`active: false`)
    - `quantity_exceeded` - voucher's redemptions limit has been exceeded
    - `gift_amount_exceeded` - gift amount has been exceeded
    - `customer_rules_violated` - customer did not match the segment
    - `order_rules_violated` - order did not match validation rules
    - `invalid_order` - order was specified incorrectly
    - `invalid_amount` - order amount was specified incorrectly
    - `missing_amount` - order amount was not specified
    - `missing_order_items` - order items were not specified
    - `missing_customer` - customer was not specified

    Args:
        limit (int | Unset):
        page (int | Unset):
        result (str | Unset):
        campaign (str | Unset):
        customer (str | Unset):
        order (ParameterOrderListRedemptions | Unset):
        created_at (ParameterCreatedBeforeAfter | Unset):
        filters (ParameterFiltersListRedemptions | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RedemptionsListResponseBody
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        result=result,
        campaign=campaign,
        customer=customer,
        order=order,
        created_at=created_at,
        filters=filters,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    result: str | Unset = UNSET,
    campaign: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    order: ParameterOrderListRedemptions | Unset = UNSET,
    created_at: ParameterCreatedBeforeAfter | Unset = UNSET,
    filters: ParameterFiltersListRedemptions | Unset = UNSET,
) -> Response[Error | RedemptionsListResponseBody]:
    """List Redemptions

     Returns a list of redemptions previously created. The redemptions are returned in a sorted order,
    with the most recent redemptions appearing first. The response returns a list of redemptions of all
    vouchers.

    ## Filtering results
    The result can be narrowed according to specified (or default) filters, for example, you can sort
    redemptions by date:
    `https://api.voucherify.io/v1/redemptions?limit=3&[created_at][before]=2017-09-08T13:52:18.227Z`.
    A filter based on the object `created_at` field narrows down the results and lists redemptions done
    before or after a particular date time. You can use the following options: `[created_at][after]`,
    `[created_at][before]`.
    A date value must be presented in ISO 8601 format (`2016-11-16T14:14:31Z` or `2016-11-16`). An
    example: `[created_at][before]=2017-09-08T13:52:18.227Z`.

    ## Failed Redemptions

    A redemption may fail for various reasons. You can figure out an exact reason from the
    `failure_code`:
    - `resource_not_found` - voucher with given code does not exist
    - `voucher_not_active` - voucher is not active yet (before start date)
    - `voucher_expired` - voucher has already expired (after expiration date)
    - `voucher_disabled` -  voucher has been disabled (`active: false`)
    - `quantity_exceeded` - voucher's redemptions limit has been exceeded
    - `gift_amount_exceeded` - gift amount has been exceeded
    - `customer_rules_violated` - customer did not match the segment
    - `order_rules_violated` - order did not match validation rules
    - `invalid_order` - order was specified incorrectly
    - `invalid_amount` - order amount was specified incorrectly
    - `missing_amount` - order amount was not specified
    - `missing_order_items` - order items were not specified
    - `missing_customer` - customer was not specified

    Args:
        limit (int | Unset):
        page (int | Unset):
        result (str | Unset):
        campaign (str | Unset):
        customer (str | Unset):
        order (ParameterOrderListRedemptions | Unset):
        created_at (ParameterCreatedBeforeAfter | Unset):
        filters (ParameterFiltersListRedemptions | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RedemptionsListResponseBody]
    """

    kwargs = build_request(
        limit=limit,
        page=page,
        result=result,
        campaign=campaign,
        customer=customer,
        order=order,
        created_at=created_at,
        filters=filters,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    result: str | Unset = UNSET,
    campaign: str | Unset = UNSET,
    customer: str | Unset = UNSET,
    order: ParameterOrderListRedemptions | Unset = UNSET,
    created_at: ParameterCreatedBeforeAfter | Unset = UNSET,
    filters: ParameterFiltersListRedemptions | Unset = UNSET,
) -> Error | RedemptionsListResponseBody | None:
    """List Redemptions

     Returns a list of redemptions previously created. The redemptions are returned in a sorted order,
    with the most recent redemptions appearing first. The response returns a list of redemptions of all
    vouchers.

    ## Filtering results
    The result can be narrowed according to specified (or default) filters, for example, you can sort
    redemptions by date:
    `https://api.voucherify.io/v1/redemptions?limit=3&[created_at][before]=2017-09-08T13:52:18.227Z`.
    A filter based on the object `created_at` field narrows down the results and lists redemptions done
    before or after a particular date time. You can use the following options: `[created_at][after]`,
    `[created_at][before]`.
    A date value must be presented in ISO 8601 format (`2016-11-16T14:14:31Z` or `2016-11-16`). An
    example: `[created_at][before]=2017-09-08T13:52:18.227Z`.

    ## Failed Redemptions

    A redemption may fail for various reasons. You can figure out an exact reason from the
    `failure_code`:
    - `resource_not_found` - voucher with given code does not exist
    - `voucher_not_active` - voucher is not active yet (before start date)
    - `voucher_expired` - voucher has already expired (after expiration date)
    - `voucher_disabled` -  voucher has been disabled (`active: false`)
    - `quantity_exceeded` - voucher's redemptions limit has been exceeded
    - `gift_amount_exceeded` - gift amount has been exceeded
    - `customer_rules_violated` - customer did not match the segment
    - `order_rules_violated` - order did not match validation rules
    - `invalid_order` - order was specified incorrectly
    - `invalid_amount` - order amount was specified incorrectly
    - `missing_amount` - order amount was not specified
    - `missing_order_items` - order items were not specified
    - `missing_customer` - customer was not specified

    Args:
        limit (int | Unset):
        page (int | Unset):
        result (str | Unset):
        campaign (str | Unset):
        customer (str | Unset):
        order (ParameterOrderListRedemptions | Unset):
        created_at (ParameterCreatedBeforeAfter | Unset):
        filters (ParameterFiltersListRedemptions | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RedemptionsListResponseBody
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            result=result,
            campaign=campaign,
            customer=customer,
            order=order,
            created_at=created_at,
            filters=filters,
        )
    ).parsed


from ...models.parameter_created_before_after import ParameterCreatedBeforeAfterDict
from ...models.parameter_filters_list_redemptions import ParameterFiltersListRedemptionsDict

Query = TypedDict(
    "Query",
    {
        "limit": "int",
        "page": "int",
        "result": "str",
        "campaign": "str",
        "customer": "str",
        "order": "str",
        "created_at": "ParameterCreatedBeforeAfterDict",
        "filters": "ParameterFiltersListRedemptionsDict",
    },
    total=False,
)
"""This operation's query parameters, as `build_request` takes them by keyword."""

FiltersShortcuts = TypedDict(
    "FiltersShortcuts",
    {
        "voucher_code": "str | Sequence[str] | None",
        "related_object_id": "str | Sequence[str] | None",
        "related_object_parent_id": "str | Sequence[str] | None",
        "parent_redemption_id": "str | Sequence[str] | None",
        "failure_code": "str | Sequence[str] | None",
        "result": "str | Sequence[str] | None",
        "object": "str | Sequence[str] | None",
        "customer_id": "str | Sequence[str] | None",
        "campaign_name": "str | Sequence[str] | None",
        "user_login": "str | Sequence[str] | None",
    },
    total=False,
)
"""`filters` written short: `name=value` stands for `filters[name][conditions][$is]=value`, a
sequence of values for `$in`."""
