import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_error import CalendarError
from ...models.problem_error import ProblemError
from ...models.promotions_list_response import PromotionsListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date_time: datetime.datetime,
    end_date_time: datetime.datetime,
    all_promo: bool = False,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date_time = start_date_time.isoformat()
    params["startDateTime"] = json_start_date_time

    json_end_date_time = end_date_time.isoformat()
    params["endDateTime"] = json_end_date_time

    params["allPromo"] = all_promo

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/calendar/promotions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CalendarError | ProblemError | PromotionsListResponse | None:
    if response.status_code == 200:
        response_200 = PromotionsListResponse.from_dict(response.json())

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
) -> Response[CalendarError | ProblemError | PromotionsListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date_time: datetime.datetime,
    end_date_time: datetime.datetime,
    all_promo: bool = False,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[CalendarError | ProblemError | PromotionsListResponse]:
    """Promotions List

     Returns the list of promotions with their dates and times of occurrence in the period
    [`startDateTime`, `endDateTime`], paged with `limit` (1–1000) and `offset`.
    Limit: 10 requests per 6 seconds (interval 600 ms, burst 5).

    Args:
        start_date_time (datetime.datetime):
        end_date_time (datetime.datetime):
        all_promo (bool):  Default: False.
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarError | ProblemError | PromotionsListResponse]
    """

    kwargs = _get_kwargs(
        start_date_time=start_date_time,
        end_date_time=end_date_time,
        all_promo=all_promo,
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
    start_date_time: datetime.datetime,
    end_date_time: datetime.datetime,
    all_promo: bool = False,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> CalendarError | ProblemError | PromotionsListResponse | None:
    """Promotions List

     Returns the list of promotions with their dates and times of occurrence in the period
    [`startDateTime`, `endDateTime`], paged with `limit` (1–1000) and `offset`.
    Limit: 10 requests per 6 seconds (interval 600 ms, burst 5).

    Args:
        start_date_time (datetime.datetime):
        end_date_time (datetime.datetime):
        all_promo (bool):  Default: False.
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarError | ProblemError | PromotionsListResponse
    """

    return sync_detailed(
        client=client,
        start_date_time=start_date_time,
        end_date_time=end_date_time,
        all_promo=all_promo,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date_time: datetime.datetime,
    end_date_time: datetime.datetime,
    all_promo: bool = False,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[CalendarError | ProblemError | PromotionsListResponse]:
    """Promotions List

     Returns the list of promotions with their dates and times of occurrence in the period
    [`startDateTime`, `endDateTime`], paged with `limit` (1–1000) and `offset`.
    Limit: 10 requests per 6 seconds (interval 600 ms, burst 5).

    Args:
        start_date_time (datetime.datetime):
        end_date_time (datetime.datetime):
        all_promo (bool):  Default: False.
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarError | ProblemError | PromotionsListResponse]
    """

    kwargs = _get_kwargs(
        start_date_time=start_date_time,
        end_date_time=end_date_time,
        all_promo=all_promo,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date_time: datetime.datetime,
    end_date_time: datetime.datetime,
    all_promo: bool = False,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> CalendarError | ProblemError | PromotionsListResponse | None:
    """Promotions List

     Returns the list of promotions with their dates and times of occurrence in the period
    [`startDateTime`, `endDateTime`], paged with `limit` (1–1000) and `offset`.
    Limit: 10 requests per 6 seconds (interval 600 ms, burst 5).

    Args:
        start_date_time (datetime.datetime):
        end_date_time (datetime.datetime):
        all_promo (bool):  Default: False.
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarError | ProblemError | PromotionsListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            all_promo=all_promo,
            limit=limit,
            offset=offset,
        )
    ).parsed
