from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cards_limits_response import CardsLimitsResponse
from ...models.content_error import ContentError
from ...models.problem_error import ProblemError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/content/v2/cards/limits",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CardsLimitsResponse | ContentError | ProblemError | None:
    if response.status_code == 200:
        response_200 = CardsLimitsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ContentError.from_dict(response.json())

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
) -> Response[CardsLimitsResponse | ContentError | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CardsLimitsResponse | ContentError | ProblemError]:
    """Limits for the product cards

     Returns the seller's free and paid limits for creating product cards, separately. The number
    of cards that can still be created is (freeLimits + paidLimits) - number of cards created;
    every card returned by the product cards list and by the trash list counts as created.

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardsLimitsResponse | ContentError | ProblemError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> CardsLimitsResponse | ContentError | ProblemError | None:
    """Limits for the product cards

     Returns the seller's free and paid limits for creating product cards, separately. The number
    of cards that can still be created is (freeLimits + paidLimits) - number of cards created;
    every card returned by the product cards list and by the trash list counts as created.

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardsLimitsResponse | ContentError | ProblemError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CardsLimitsResponse | ContentError | ProblemError]:
    """Limits for the product cards

     Returns the seller's free and paid limits for creating product cards, separately. The number
    of cards that can still be created is (freeLimits + paidLimits) - number of cards created;
    every card returned by the product cards list and by the trash list counts as created.

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardsLimitsResponse | ContentError | ProblemError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> CardsLimitsResponse | ContentError | ProblemError | None:
    """Limits for the product cards

     Returns the seller's free and paid limits for creating product cards, separately. The number
    of cards that can still be created is (freeLimits + paidLimits) - number of cards created;
    every card returned by the product cards list and by the trash list counts as created.

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardsLimitsResponse | ContentError | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
