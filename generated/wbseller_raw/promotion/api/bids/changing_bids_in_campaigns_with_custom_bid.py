from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auction_bids_request import AuctionBidsRequest
from ...models.auction_bids_response import AuctionBidsResponse
from ...models.problem_error import ProblemError
from ...models.promotion_problem_error import PromotionProblemError
from ...types import Response


def _get_kwargs(
    *,
    body: AuctionBidsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/adv/v0/auction/bids",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuctionBidsResponse | ProblemError | PromotionProblemError | None:
    if response.status_code == 200:
        response_200 = AuctionBidsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PromotionProblemError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ProblemError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuctionBidsResponse | ProblemError | PromotionProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuctionBidsRequest,
) -> Response[AuctionBidsResponse | ProblemError | PromotionProblemError]:
    """Changing bids in campaigns with custom bid

     Changes the bids of product cards, by WB article, per placement in campaigns with custom bid
    in statuses 4, 9 and 11; at most 50 campaigns per request. Answers with the bids set.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `changing_campaigns_bids`; WB's schemas match (the successor takes the same fields, bids
    in kopecks).

    Args:
        body (AuctionBidsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuctionBidsResponse | ProblemError | PromotionProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AuctionBidsRequest,
) -> AuctionBidsResponse | ProblemError | PromotionProblemError | None:
    """Changing bids in campaigns with custom bid

     Changes the bids of product cards, by WB article, per placement in campaigns with custom bid
    in statuses 4, 9 and 11; at most 50 campaigns per request. Answers with the bids set.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `changing_campaigns_bids`; WB's schemas match (the successor takes the same fields, bids
    in kopecks).

    Args:
        body (AuctionBidsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuctionBidsResponse | ProblemError | PromotionProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuctionBidsRequest,
) -> Response[AuctionBidsResponse | ProblemError | PromotionProblemError]:
    """Changing bids in campaigns with custom bid

     Changes the bids of product cards, by WB article, per placement in campaigns with custom bid
    in statuses 4, 9 and 11; at most 50 campaigns per request. Answers with the bids set.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `changing_campaigns_bids`; WB's schemas match (the successor takes the same fields, bids
    in kopecks).

    Args:
        body (AuctionBidsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuctionBidsResponse | ProblemError | PromotionProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuctionBidsRequest,
) -> AuctionBidsResponse | ProblemError | PromotionProblemError | None:
    """Changing bids in campaigns with custom bid

     Changes the bids of product cards, by WB article, per placement in campaigns with custom bid
    in statuses 4, 9 and 11; at most 50 campaigns per request. Answers with the bids set.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `changing_campaigns_bids`; WB's schemas match (the successor takes the same fields, bids
    in kopecks).

    Args:
        body (AuctionBidsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuctionBidsResponse | ProblemError | PromotionProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
