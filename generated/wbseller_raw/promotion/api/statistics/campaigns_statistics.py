import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.full_stats_campaign import FullStatsCampaign
from ...models.problem_error import ProblemError
from ...models.promotion_problem_error import PromotionProblemError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    ids: str,
    begin_date: datetime.date,
    end_date: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    json_begin_date = begin_date.isoformat()
    params["beginDate"] = json_begin_date

    json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/adv/v3/fullstats",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemError | PromotionProblemError | list[FullStatsCampaign] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FullStatsCampaign.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = PromotionProblemError.from_dict(response.json())

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
) -> Response[ProblemError | PromotionProblemError | list[FullStatsCampaign]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: str,
    begin_date: datetime.date,
    end_date: datetime.date,
) -> Response[ProblemError | PromotionProblemError | list[FullStatsCampaign]]:
    """Campaigns statistics

     Full statistics of campaigns of any type in statuses 7, 9 and 11, for up to 50 campaign IDs
    (comma-joined) and a period of at most 31 days (`beginDate`, `endDate`): totals per
    campaign, per day, per platform (`appType` 1 site, 32 Android, 64 iOS) and per card.
    3 requests per minute. WB's operation `getV3Fullstats`.

    Args:
        ids (str):
        begin_date (datetime.date):
        end_date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | PromotionProblemError | list[FullStatsCampaign]]
    """

    kwargs = _get_kwargs(
        ids=ids,
        begin_date=begin_date,
        end_date=end_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ids: str,
    begin_date: datetime.date,
    end_date: datetime.date,
) -> ProblemError | PromotionProblemError | list[FullStatsCampaign] | None:
    """Campaigns statistics

     Full statistics of campaigns of any type in statuses 7, 9 and 11, for up to 50 campaign IDs
    (comma-joined) and a period of at most 31 days (`beginDate`, `endDate`): totals per
    campaign, per day, per platform (`appType` 1 site, 32 Android, 64 iOS) and per card.
    3 requests per minute. WB's operation `getV3Fullstats`.

    Args:
        ids (str):
        begin_date (datetime.date):
        end_date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | PromotionProblemError | list[FullStatsCampaign]
    """

    return sync_detailed(
        client=client,
        ids=ids,
        begin_date=begin_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: str,
    begin_date: datetime.date,
    end_date: datetime.date,
) -> Response[ProblemError | PromotionProblemError | list[FullStatsCampaign]]:
    """Campaigns statistics

     Full statistics of campaigns of any type in statuses 7, 9 and 11, for up to 50 campaign IDs
    (comma-joined) and a period of at most 31 days (`beginDate`, `endDate`): totals per
    campaign, per day, per platform (`appType` 1 site, 32 Android, 64 iOS) and per card.
    3 requests per minute. WB's operation `getV3Fullstats`.

    Args:
        ids (str):
        begin_date (datetime.date):
        end_date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | PromotionProblemError | list[FullStatsCampaign]]
    """

    kwargs = _get_kwargs(
        ids=ids,
        begin_date=begin_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ids: str,
    begin_date: datetime.date,
    end_date: datetime.date,
) -> ProblemError | PromotionProblemError | list[FullStatsCampaign] | None:
    """Campaigns statistics

     Full statistics of campaigns of any type in statuses 7, 9 and 11, for up to 50 campaign IDs
    (comma-joined) and a period of at most 31 days (`beginDate`, `endDate`): totals per
    campaign, per day, per platform (`appType` 1 site, 32 Android, 64 iOS) and per card.
    3 requests per minute. WB's operation `getV3Fullstats`.

    Args:
        ids (str):
        begin_date (datetime.date):
        end_date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | PromotionProblemError | list[FullStatsCampaign]
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            begin_date=begin_date,
            end_date=end_date,
        )
    ).parsed
