from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.blocked_products_order import (
    BlockedProductsOrder,
)
from ...models.blocked_products_response import BlockedProductsResponse
from ...models.blocked_products_sort import (
    BlockedProductsSort,
)
from ...models.problem_error import ProblemError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    sort: BlockedProductsSort,
    order: BlockedProductsOrder,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sort: str = sort
    params["sort"] = json_sort

    json_order: str = order
    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/analytics/banned-products/blocked",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BlockedProductsResponse | ProblemError | None:
    if response.status_code == 200:
        response_200 = BlockedProductsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ProblemError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ProblemError.from_dict(response.json())

        return response_402

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BlockedProductsResponse | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort: BlockedProductsSort,
    order: BlockedProductsOrder,
) -> Response[BlockedProductsResponse | ProblemError]:
    """Blocked products

     Product cards blocked by WB, with the reason.

    Args:
        sort (BlockedProductsSort):
        order (BlockedProductsOrder):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockedProductsResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        sort=sort,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sort: BlockedProductsSort,
    order: BlockedProductsOrder,
) -> BlockedProductsResponse | ProblemError | None:
    """Blocked products

     Product cards blocked by WB, with the reason.

    Args:
        sort (BlockedProductsSort):
        order (BlockedProductsOrder):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockedProductsResponse | ProblemError
    """

    return sync_detailed(
        client=client,
        sort=sort,
        order=order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort: BlockedProductsSort,
    order: BlockedProductsOrder,
) -> Response[BlockedProductsResponse | ProblemError]:
    """Blocked products

     Product cards blocked by WB, with the reason.

    Args:
        sort (BlockedProductsSort):
        order (BlockedProductsOrder):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockedProductsResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        sort=sort,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sort: BlockedProductsSort,
    order: BlockedProductsOrder,
) -> BlockedProductsResponse | ProblemError | None:
    """Blocked products

     Product cards blocked by WB, with the reason.

    Args:
        sort (BlockedProductsSort):
        order (BlockedProductsOrder):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockedProductsResponse | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            sort=sort,
            order=order,
        )
    ).parsed
