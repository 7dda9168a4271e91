from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.marketplace_error import MarketplaceError
from ...models.problem_error import ProblemError
from ...models.warehouse_created import WarehouseCreated
from ...models.warehouse_request import WarehouseRequest
from ...types import Response


def _get_kwargs(
    *,
    body: WarehouseRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v3/warehouses",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MarketplaceError | ProblemError | WarehouseCreated | None:
    if response.status_code == 201:
        response_201 = WarehouseCreated.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = MarketplaceError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = MarketplaceError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = MarketplaceError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = MarketplaceError.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MarketplaceError | ProblemError | WarehouseCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WarehouseRequest,
) -> Response[MarketplaceError | ProblemError | WarehouseCreated]:
    """Create warehouse

     Creates a seller's warehouse linked to a WB office. An office that is already in use
    (linked to another of the seller's warehouses) cannot be linked: 409.

    Maximum of 300 requests per minute for all methods in the Marketplace category per seller's
    account; a request answered 409 counts as 5 requests (interval 200 ms, burst 20:
    api-information.txt rate-limit table, Marketplace example).

    Args:
        body (WarehouseRequest): Name of the seller's warehouse and the office to link it to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MarketplaceError | ProblemError | WarehouseCreated]
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
    body: WarehouseRequest,
) -> MarketplaceError | ProblemError | WarehouseCreated | None:
    """Create warehouse

     Creates a seller's warehouse linked to a WB office. An office that is already in use
    (linked to another of the seller's warehouses) cannot be linked: 409.

    Maximum of 300 requests per minute for all methods in the Marketplace category per seller's
    account; a request answered 409 counts as 5 requests (interval 200 ms, burst 20:
    api-information.txt rate-limit table, Marketplace example).

    Args:
        body (WarehouseRequest): Name of the seller's warehouse and the office to link it to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MarketplaceError | ProblemError | WarehouseCreated
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WarehouseRequest,
) -> Response[MarketplaceError | ProblemError | WarehouseCreated]:
    """Create warehouse

     Creates a seller's warehouse linked to a WB office. An office that is already in use
    (linked to another of the seller's warehouses) cannot be linked: 409.

    Maximum of 300 requests per minute for all methods in the Marketplace category per seller's
    account; a request answered 409 counts as 5 requests (interval 200 ms, burst 20:
    api-information.txt rate-limit table, Marketplace example).

    Args:
        body (WarehouseRequest): Name of the seller's warehouse and the office to link it to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MarketplaceError | ProblemError | WarehouseCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WarehouseRequest,
) -> MarketplaceError | ProblemError | WarehouseCreated | None:
    """Create warehouse

     Creates a seller's warehouse linked to a WB office. An office that is already in use
    (linked to another of the seller's warehouses) cannot be linked: 409.

    Maximum of 300 requests per minute for all methods in the Marketplace category per seller's
    account; a request answered 409 counts as 5 requests (interval 200 ms, burst 20:
    api-information.txt rate-limit table, Marketplace example).

    Args:
        body (WarehouseRequest): Name of the seller's warehouse and the office to link it to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MarketplaceError | ProblemError | WarehouseCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
