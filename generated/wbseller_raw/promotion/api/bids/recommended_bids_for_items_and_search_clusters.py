from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...models.recommended_bids_response import RecommendedBidsResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    nm_id: int,
    advert_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["nmId"] = nm_id

    params["advertId"] = advert_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/advert/v0/bids/recommendations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemError | RecommendedBidsResponse | str | None:
    if response.status_code == 200:
        response_200 = RecommendedBidsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.text
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
) -> Response[ProblemError | RecommendedBidsResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    nm_id: int,
    advert_id: int,
) -> Response[ProblemError | RecommendedBidsResponse | str]:
    """Recommended bids for items and search clusters

     Recommended bids, in kopecks, for a product card of a campaign (`base`: the competitive
    bid, the leaders' bid, the top-2 bid) and for its search clusters (`normQueries[]`: the bid
    for the maximum, medium and minimum reach, with their minimums). cpm campaigns only.
    WB's operation `getV0BidsRecommendations`.

    Args:
        nm_id (int):
        advert_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | RecommendedBidsResponse | str]
    """

    kwargs = _get_kwargs(
        nm_id=nm_id,
        advert_id=advert_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    nm_id: int,
    advert_id: int,
) -> ProblemError | RecommendedBidsResponse | str | None:
    """Recommended bids for items and search clusters

     Recommended bids, in kopecks, for a product card of a campaign (`base`: the competitive
    bid, the leaders' bid, the top-2 bid) and for its search clusters (`normQueries[]`: the bid
    for the maximum, medium and minimum reach, with their minimums). cpm campaigns only.
    WB's operation `getV0BidsRecommendations`.

    Args:
        nm_id (int):
        advert_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | RecommendedBidsResponse | str
    """

    return sync_detailed(
        client=client,
        nm_id=nm_id,
        advert_id=advert_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    nm_id: int,
    advert_id: int,
) -> Response[ProblemError | RecommendedBidsResponse | str]:
    """Recommended bids for items and search clusters

     Recommended bids, in kopecks, for a product card of a campaign (`base`: the competitive
    bid, the leaders' bid, the top-2 bid) and for its search clusters (`normQueries[]`: the bid
    for the maximum, medium and minimum reach, with their minimums). cpm campaigns only.
    WB's operation `getV0BidsRecommendations`.

    Args:
        nm_id (int):
        advert_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | RecommendedBidsResponse | str]
    """

    kwargs = _get_kwargs(
        nm_id=nm_id,
        advert_id=advert_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    nm_id: int,
    advert_id: int,
) -> ProblemError | RecommendedBidsResponse | str | None:
    """Recommended bids for items and search clusters

     Recommended bids, in kopecks, for a product card of a campaign (`base`: the competitive
    bid, the leaders' bid, the top-2 bid) and for its search clusters (`normQueries[]`: the bid
    for the maximum, medium and minimum reach, with their minimums). cpm campaigns only.
    WB's operation `getV0BidsRecommendations`.

    Args:
        nm_id (int):
        advert_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | RecommendedBidsResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            nm_id=nm_id,
            advert_id=advert_id,
        )
    ).parsed
