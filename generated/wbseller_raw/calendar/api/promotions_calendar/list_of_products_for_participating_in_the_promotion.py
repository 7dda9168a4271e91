from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_error import CalendarError
from ...models.problem_error import ProblemError
from ...models.promotion_nomenclatures_response import PromotionNomenclaturesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    promotion_id: int,
    in_action: bool = False,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["promotionID"] = promotion_id

    params["inAction"] = in_action

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/calendar/promotions/nomenclatures",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CalendarError | ProblemError | PromotionNomenclaturesResponse | None:
    if response.status_code == 200:
        response_200 = PromotionNomenclaturesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CalendarError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = CalendarError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CalendarError | ProblemError | PromotionNomenclaturesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    promotion_id: int,
    in_action: bool = False,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[CalendarError | ProblemError | PromotionNomenclaturesResponse]:
    """List of Products for Participating in the Promotion

     Returns the list of products suitable for participation in the promotion, those already
    in it (`inAction=true`) or not (`inAction=false`), paged with `limit` (1–1000) and `offset`.
    Not applicable for auto promotions.
    Limit: 10 requests per 6 seconds (interval 600 ms, burst 5).

    Args:
        promotion_id (int):
        in_action (bool):  Default: False.
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarError | ProblemError | PromotionNomenclaturesResponse]
    """

    kwargs = _get_kwargs(
        promotion_id=promotion_id,
        in_action=in_action,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    promotion_id: int,
    in_action: bool = False,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> CalendarError | ProblemError | PromotionNomenclaturesResponse | None:
    """List of Products for Participating in the Promotion

     Returns the list of products suitable for participation in the promotion, those already
    in it (`inAction=true`) or not (`inAction=false`), paged with `limit` (1–1000) and `offset`.
    Not applicable for auto promotions.
    Limit: 10 requests per 6 seconds (interval 600 ms, burst 5).

    Args:
        promotion_id (int):
        in_action (bool):  Default: False.
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarError | ProblemError | PromotionNomenclaturesResponse
    """

    return sync_detailed(
        client=client,
        promotion_id=promotion_id,
        in_action=in_action,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    promotion_id: int,
    in_action: bool = False,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[CalendarError | ProblemError | PromotionNomenclaturesResponse]:
    """List of Products for Participating in the Promotion

     Returns the list of products suitable for participation in the promotion, those already
    in it (`inAction=true`) or not (`inAction=false`), paged with `limit` (1–1000) and `offset`.
    Not applicable for auto promotions.
    Limit: 10 requests per 6 seconds (interval 600 ms, burst 5).

    Args:
        promotion_id (int):
        in_action (bool):  Default: False.
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarError | ProblemError | PromotionNomenclaturesResponse]
    """

    kwargs = _get_kwargs(
        promotion_id=promotion_id,
        in_action=in_action,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    promotion_id: int,
    in_action: bool = False,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> CalendarError | ProblemError | PromotionNomenclaturesResponse | None:
    """List of Products for Participating in the Promotion

     Returns the list of products suitable for participation in the promotion, those already
    in it (`inAction=true`) or not (`inAction=false`), paged with `limit` (1–1000) and `offset`.
    Not applicable for auto promotions.
    Limit: 10 requests per 6 seconds (interval 600 ms, burst 5).

    Args:
        promotion_id (int):
        in_action (bool):  Default: False.
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarError | ProblemError | PromotionNomenclaturesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            promotion_id=promotion_id,
            in_action=in_action,
            limit=limit,
            offset=offset,
        )
    ).parsed
