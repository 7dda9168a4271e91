from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auction_nms_request import AuctionNmsRequest
from ...models.auction_nms_response import AuctionNmsResponse
from ...models.problem_error import ProblemError
from ...models.promotion_problem_error import PromotionProblemError
from ...types import Response


def _get_kwargs(
    *,
    body: AuctionNmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/adv/v0/auction/nms",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuctionNmsResponse | ProblemError | PromotionProblemError | None:
    if response.status_code == 200:
        response_200 = AuctionNmsResponse.from_dict(response.json())

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
) -> Response[AuctionNmsResponse | ProblemError | PromotionProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuctionNmsRequest,
) -> Response[AuctionNmsResponse | ProblemError | PromotionProblemError]:
    """Changing the list of product cards in campaigns with custom bid

     Adds and removes product cards of campaigns with custom bid in statuses 4, 9 and 11; at most
    20 campaigns per request. Added cards get the current minimum bid. Answers with the cards
    actually added and deleted.

    Args:
        body (AuctionNmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuctionNmsResponse | ProblemError | PromotionProblemError]
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
    body: AuctionNmsRequest,
) -> AuctionNmsResponse | ProblemError | PromotionProblemError | None:
    """Changing the list of product cards in campaigns with custom bid

     Adds and removes product cards of campaigns with custom bid in statuses 4, 9 and 11; at most
    20 campaigns per request. Added cards get the current minimum bid. Answers with the cards
    actually added and deleted.

    Args:
        body (AuctionNmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuctionNmsResponse | ProblemError | PromotionProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuctionNmsRequest,
) -> Response[AuctionNmsResponse | ProblemError | PromotionProblemError]:
    """Changing the list of product cards in campaigns with custom bid

     Adds and removes product cards of campaigns with custom bid in statuses 4, 9 and 11; at most
    20 campaigns per request. Added cards get the current minimum bid. Answers with the cards
    actually added and deleted.

    Args:
        body (AuctionNmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuctionNmsResponse | ProblemError | PromotionProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuctionNmsRequest,
) -> AuctionNmsResponse | ProblemError | PromotionProblemError | None:
    """Changing the list of product cards in campaigns with custom bid

     Adds and removes product cards of campaigns with custom bid in statuses 4, 9 and 11; at most
    20 campaigns per request. Added cards get the current minimum bid. Answers with the cards
    actually added and deleted.

    Args:
        body (AuctionNmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuctionNmsResponse | ProblemError | PromotionProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
