from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.media_campaign_info import MediaCampaignInfo
from ...models.problem_error import ProblemError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/adv/v1/advert",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | MediaCampaignInfo | ProblemError | None:
    if response.status_code == 200:
        response_200 = MediaCampaignInfo.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | MediaCampaignInfo | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int,
) -> Response[Any | MediaCampaignInfo | ProblemError]:
    """Information about media campaign

     Returns information about a single media campaign: its settings (`extended`) and its
    banners/items (`items`). HTTP 204 when the campaign is not found.
    Limit: 10 requests per second (interval 100 ms, burst 10).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MediaCampaignInfo | ProblemError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: int,
) -> Any | MediaCampaignInfo | ProblemError | None:
    """Information about media campaign

     Returns information about a single media campaign: its settings (`extended`) and its
    banners/items (`items`). HTTP 204 when the campaign is not found.
    Limit: 10 requests per second (interval 100 ms, burst 10).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MediaCampaignInfo | ProblemError
    """

    return sync_detailed(
        client=client,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int,
) -> Response[Any | MediaCampaignInfo | ProblemError]:
    """Information about media campaign

     Returns information about a single media campaign: its settings (`extended`) and its
    banners/items (`items`). HTTP 204 when the campaign is not found.
    Limit: 10 requests per second (interval 100 ms, burst 10).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MediaCampaignInfo | ProblemError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: int,
) -> Any | MediaCampaignInfo | ProblemError | None:
    """Information about media campaign

     Returns information about a single media campaign: its settings (`extended`) and its
    banners/items (`items`). HTTP 204 when the campaign is not found.
    Limit: 10 requests per second (interval 100 ms, burst 10).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MediaCampaignInfo | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
        )
    ).parsed
