from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_error import CalendarError
from ...models.problem_error import ProblemError
from ...models.promotions_details_response import PromotionsDetailsResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    promotion_i_ds: list[int],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_promotion_i_ds = promotion_i_ds

    params["promotionIDs"] = json_promotion_i_ds

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/calendar/promotions/details",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CalendarError | ProblemError | PromotionsDetailsResponse | None:
    if response.status_code == 200:
        response_200 = PromotionsDetailsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CalendarError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CalendarError | ProblemError | PromotionsDetailsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    promotion_i_ds: list[int],
) -> Response[CalendarError | ProblemError | PromotionsDetailsResponse]:
    """Promotions Details

     Returns detailed information about the selected promotions (1–100 unique IDs, sent as
    repeated `promotionIDs` keys).
    Limit: 10 requests per 6 seconds (interval 600 ms, burst 5).

    Args:
        promotion_i_ds (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarError | ProblemError | PromotionsDetailsResponse]
    """

    kwargs = _get_kwargs(
        promotion_i_ds=promotion_i_ds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    promotion_i_ds: list[int],
) -> CalendarError | ProblemError | PromotionsDetailsResponse | None:
    """Promotions Details

     Returns detailed information about the selected promotions (1–100 unique IDs, sent as
    repeated `promotionIDs` keys).
    Limit: 10 requests per 6 seconds (interval 600 ms, burst 5).

    Args:
        promotion_i_ds (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarError | ProblemError | PromotionsDetailsResponse
    """

    return sync_detailed(
        client=client,
        promotion_i_ds=promotion_i_ds,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    promotion_i_ds: list[int],
) -> Response[CalendarError | ProblemError | PromotionsDetailsResponse]:
    """Promotions Details

     Returns detailed information about the selected promotions (1–100 unique IDs, sent as
    repeated `promotionIDs` keys).
    Limit: 10 requests per 6 seconds (interval 600 ms, burst 5).

    Args:
        promotion_i_ds (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarError | ProblemError | PromotionsDetailsResponse]
    """

    kwargs = _get_kwargs(
        promotion_i_ds=promotion_i_ds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    promotion_i_ds: list[int],
) -> CalendarError | ProblemError | PromotionsDetailsResponse | None:
    """Promotions Details

     Returns detailed information about the selected promotions (1–100 unique IDs, sent as
    repeated `promotionIDs` keys).
    Limit: 10 requests per 6 seconds (interval 600 ms, burst 5).

    Args:
        promotion_i_ds (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarError | ProblemError | PromotionsDetailsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            promotion_i_ds=promotion_i_ds,
        )
    ).parsed
