from collections.abc import Sequence
from typing import Any, TypedDict, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.redemption import Redemption
from ...models.redemption_rollback import RedemptionRollback
from ...types import PARSE_ERRORS, UNSET, Response, deep_object, http_status


def build_request(
    redemption_id: str,
) -> dict[str, Any]:
    """This operation's request as keyword arguments for `httpx.Client.request` (method, url relative to the base
    URL, params, json, headers), for callers that send it themselves. A body may be the model or its plain dict."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/redemptions/{redemption_id}".format(
            redemption_id=quote(str(redemption_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | Redemption | RedemptionRollback | None:
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
) -> Error | Redemption | RedemptionRollback | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: Redemption | RedemptionRollback
        if isinstance(_response_200, dict) and _response_200.get("object") == "redemption":
            componentsschemas_redemptions_get_response_body_type_0 = Redemption.from_dict(_response_200)

            response_200 = componentsschemas_redemptions_get_response_body_type_0
        elif isinstance(_response_200, dict) and _response_200.get("object") == "redemption_rollback":
            componentsschemas_redemptions_get_response_body_type_1 = RedemptionRollback.from_dict(_response_200)

            response_200 = componentsschemas_redemptions_get_response_body_type_1
        elif isinstance(_response_200, dict) and "object" not in _response_200:
            response_200 = Redemption.from_dict(_response_200)
        else:
            response_200 = cast(Redemption | RedemptionRollback, _response_200)

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
) -> Response[Error | Redemption | RedemptionRollback]:
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
) -> Response[Error | Redemption | RedemptionRollback]:
    """Get Redemption

     Return a redemption or redemption rollback object. This object can either be a successfull or failed
    redemption or redemption rollback.

    Args:
        redemption_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Redemption | RedemptionRollback]
    """

    kwargs = build_request(
        redemption_id=redemption_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    redemption_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | Redemption | RedemptionRollback | None:
    """Get Redemption

     Return a redemption or redemption rollback object. This object can either be a successfull or failed
    redemption or redemption rollback.

    Args:
        redemption_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Redemption | RedemptionRollback
    """

    return sync_detailed(
        redemption_id=redemption_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    redemption_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | Redemption | RedemptionRollback]:
    """Get Redemption

     Return a redemption or redemption rollback object. This object can either be a successfull or failed
    redemption or redemption rollback.

    Args:
        redemption_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Redemption | RedemptionRollback]
    """

    kwargs = build_request(
        redemption_id=redemption_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    redemption_id: str,
    *,
    client: AuthenticatedClient,
) -> Error | Redemption | RedemptionRollback | None:
    """Get Redemption

     Return a redemption or redemption rollback object. This object can either be a successfull or failed
    redemption or redemption rollback.

    Args:
        redemption_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Redemption | RedemptionRollback
    """

    return (
        await asyncio_detailed(
            redemption_id=redemption_id,
            client=client,
        )
    ).parsed
