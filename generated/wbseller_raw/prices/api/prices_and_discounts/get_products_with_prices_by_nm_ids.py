from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_products_with_prices_by_nm_ids_request import (
    GetProductsWithPricesByNmIdsRequest,
)
from ...models.get_products_with_prices_by_nm_ids_response import (
    GetProductsWithPricesByNmIdsResponse,
)
from ...models.prices_error import PricesError
from ...models.problem_error import ProblemError
from ...types import Response


def _get_kwargs(
    *,
    body: GetProductsWithPricesByNmIdsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/list/goods/filter",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetProductsWithPricesByNmIdsResponse | PricesError | ProblemError | None:
    if response.status_code == 200:
        response_200 = GetProductsWithPricesByNmIdsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PricesError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ProblemError.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = PricesError.from_dict(response.json())

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
) -> Response[GetProductsWithPricesByNmIdsResponse | PricesError | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetProductsWithPricesByNmIdsRequest,
) -> Response[GetProductsWithPricesByNmIdsResponse | PricesError | ProblemError]:
    """Get products with prices by nmIDs

     The prices, discounts and sizes of the given products (`nmList`: 1 to 1000 nmIDs). A read done with
    POST; the GET of the same path lists them page by page.

    Args:
        body (GetProductsWithPricesByNmIdsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProductsWithPricesByNmIdsResponse | PricesError | ProblemError]
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
    body: GetProductsWithPricesByNmIdsRequest,
) -> GetProductsWithPricesByNmIdsResponse | PricesError | ProblemError | None:
    """Get products with prices by nmIDs

     The prices, discounts and sizes of the given products (`nmList`: 1 to 1000 nmIDs). A read done with
    POST; the GET of the same path lists them page by page.

    Args:
        body (GetProductsWithPricesByNmIdsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProductsWithPricesByNmIdsResponse | PricesError | ProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetProductsWithPricesByNmIdsRequest,
) -> Response[GetProductsWithPricesByNmIdsResponse | PricesError | ProblemError]:
    """Get products with prices by nmIDs

     The prices, discounts and sizes of the given products (`nmList`: 1 to 1000 nmIDs). A read done with
    POST; the GET of the same path lists them page by page.

    Args:
        body (GetProductsWithPricesByNmIdsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProductsWithPricesByNmIdsResponse | PricesError | ProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetProductsWithPricesByNmIdsRequest,
) -> GetProductsWithPricesByNmIdsResponse | PricesError | ProblemError | None:
    """Get products with prices by nmIDs

     The prices, discounts and sizes of the given products (`nmList`: 1 to 1000 nmIDs). A read done with
    POST; the GET of the same path lists them page by page.

    Args:
        body (GetProductsWithPricesByNmIdsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProductsWithPricesByNmIdsResponse | PricesError | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
