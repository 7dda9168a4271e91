from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...models.seller_rating_response import SellerRatingResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/common/v1/rating",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemError | SellerRatingResponse | None:
    if response.status_code == 200:
        response_200 = SellerRatingResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ProblemError.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ProblemError.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProblemError | SellerRatingResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ProblemError | SellerRatingResponse]:
    """Seller rating

     The seller's rating (`valuation`) and the number of feedbacks it rests on. Served by feedbacks-
    api.wildberries.ru; a token of the Feedbacks category. Token types: service only (limits.tsv). WB's
    operationId: `getV1Rating`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | SellerRatingResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ProblemError | SellerRatingResponse | None:
    """Seller rating

     The seller's rating (`valuation`) and the number of feedbacks it rests on. Served by feedbacks-
    api.wildberries.ru; a token of the Feedbacks category. Token types: service only (limits.tsv). WB's
    operationId: `getV1Rating`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | SellerRatingResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ProblemError | SellerRatingResponse]:
    """Seller rating

     The seller's rating (`valuation`) and the number of feedbacks it rests on. Served by feedbacks-
    api.wildberries.ru; a token of the Feedbacks category. Token types: service only (limits.tsv). WB's
    operationId: `getV1Rating`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | SellerRatingResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ProblemError | SellerRatingResponse | None:
    """Seller rating

     The seller's rating (`valuation`) and the number of feedbacks it rests on. Served by feedbacks-
    api.wildberries.ru; a token of the Feedbacks category. Token types: service only (limits.tsv). WB's
    operationId: `getV1Rating`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | SellerRatingResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
