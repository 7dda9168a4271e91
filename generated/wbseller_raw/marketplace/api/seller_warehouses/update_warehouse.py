from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.marketplace_error import MarketplaceError
from ...models.problem_error import ProblemError
from ...models.warehouse_request import WarehouseRequest
from ...types import Response


def _get_kwargs(
    warehouse_id: int,
    *,
    body: WarehouseRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v3/warehouses/{warehouse_id}".format(
            warehouse_id=quote(str(warehouse_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | MarketplaceError | ProblemError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | MarketplaceError | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    warehouse_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: WarehouseRequest,
) -> Response[Any | MarketplaceError | ProblemError]:
    """Update warehouse

     Updates the seller's warehouse details. Changing the linked office is allowed once per day.
    An office that is already in use cannot be linked: 409.

    Maximum of 300 requests per minute for all methods in the Marketplace category per seller's
    account; a request answered 409 counts as 5 requests (interval 200 ms, burst 20:
    api-information.txt rate-limit table, Marketplace example).

    Args:
        warehouse_id (int):
        body (WarehouseRequest): Name of the seller's warehouse and the office to link it to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        warehouse_id=warehouse_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    warehouse_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: WarehouseRequest,
) -> Any | MarketplaceError | ProblemError | None:
    """Update warehouse

     Updates the seller's warehouse details. Changing the linked office is allowed once per day.
    An office that is already in use cannot be linked: 409.

    Maximum of 300 requests per minute for all methods in the Marketplace category per seller's
    account; a request answered 409 counts as 5 requests (interval 200 ms, burst 20:
    api-information.txt rate-limit table, Marketplace example).

    Args:
        warehouse_id (int):
        body (WarehouseRequest): Name of the seller's warehouse and the office to link it to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MarketplaceError | ProblemError
    """

    return sync_detailed(
        warehouse_id=warehouse_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    warehouse_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: WarehouseRequest,
) -> Response[Any | MarketplaceError | ProblemError]:
    """Update warehouse

     Updates the seller's warehouse details. Changing the linked office is allowed once per day.
    An office that is already in use cannot be linked: 409.

    Maximum of 300 requests per minute for all methods in the Marketplace category per seller's
    account; a request answered 409 counts as 5 requests (interval 200 ms, burst 20:
    api-information.txt rate-limit table, Marketplace example).

    Args:
        warehouse_id (int):
        body (WarehouseRequest): Name of the seller's warehouse and the office to link it to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        warehouse_id=warehouse_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    warehouse_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: WarehouseRequest,
) -> Any | MarketplaceError | ProblemError | None:
    """Update warehouse

     Updates the seller's warehouse details. Changing the linked office is allowed once per day.
    An office that is already in use cannot be linked: 409.

    Maximum of 300 requests per minute for all methods in the Marketplace category per seller's
    account; a request answered 409 counts as 5 requests (interval 200 ms, burst 20:
    api-information.txt rate-limit table, Marketplace example).

    Args:
        warehouse_id (int):
        body (WarehouseRequest): Name of the seller's warehouse and the office to link it to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MarketplaceError | ProblemError
    """

    return (
        await asyncio_detailed(
            warehouse_id=warehouse_id,
            client=client,
            body=body,
        )
    ).parsed
