from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.min_bids_request import MinBidsRequest
from ...models.min_bids_response import MinBidsResponse
from ...models.problem_error import ProblemError
from ...models.promotion_problem_error import PromotionProblemError
from ...types import Response


def _get_kwargs(
    *,
    body: MinBidsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/advert/v1/bids/min",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MinBidsResponse | ProblemError | PromotionProblemError | None:
    if response.status_code == 200:
        response_200 = MinBidsResponse.from_dict(response.json())

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
) -> Response[MinBidsResponse | ProblemError | PromotionProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MinBidsRequest,
) -> Response[MinBidsResponse | ProblemError | PromotionProblemError]:
    """Minimum bids for product cards

     The minimum bids of product cards of a campaign, in kopecks (0.01 of the account's base
    currency), by payment type (`cpm`, `cpc`) and placement (`combined`, `search`,
    `recommendation` — singular here, unlike the bids' `recommendations`). 1 to 100 cards per
    request. A read: safe to repeat. WB's operation `postV1BidsMin`.

    Args:
        body (MinBidsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MinBidsResponse | ProblemError | PromotionProblemError]
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
    body: MinBidsRequest,
) -> MinBidsResponse | ProblemError | PromotionProblemError | None:
    """Minimum bids for product cards

     The minimum bids of product cards of a campaign, in kopecks (0.01 of the account's base
    currency), by payment type (`cpm`, `cpc`) and placement (`combined`, `search`,
    `recommendation` — singular here, unlike the bids' `recommendations`). 1 to 100 cards per
    request. A read: safe to repeat. WB's operation `postV1BidsMin`.

    Args:
        body (MinBidsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MinBidsResponse | ProblemError | PromotionProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MinBidsRequest,
) -> Response[MinBidsResponse | ProblemError | PromotionProblemError]:
    """Minimum bids for product cards

     The minimum bids of product cards of a campaign, in kopecks (0.01 of the account's base
    currency), by payment type (`cpm`, `cpc`) and placement (`combined`, `search`,
    `recommendation` — singular here, unlike the bids' `recommendations`). 1 to 100 cards per
    request. A read: safe to repeat. WB's operation `postV1BidsMin`.

    Args:
        body (MinBidsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MinBidsResponse | ProblemError | PromotionProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MinBidsRequest,
) -> MinBidsResponse | ProblemError | PromotionProblemError | None:
    """Minimum bids for product cards

     The minimum bids of product cards of a campaign, in kopecks (0.01 of the account's base
    currency), by payment type (`cpm`, `cpc`) and placement (`combined`, `search`,
    `recommendation` — singular here, unlike the bids' `recommendations`). 1 to 100 cards per
    request. A read: safe to repeat. WB's operation `postV1BidsMin`.

    Args:
        body (MinBidsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MinBidsResponse | ProblemError | PromotionProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
