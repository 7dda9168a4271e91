from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_dbw_warehouse_contacts_response import (
    GetDbwWarehouseContactsResponse,
)
from ...models.marketplace_error import MarketplaceError
from ...models.problem_error import ProblemError
from ...types import Response


def _get_kwargs(
    warehouse_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/dbw/warehouses/{warehouse_id}/contacts".format(
            warehouse_id=quote(str(warehouse_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetDbwWarehouseContactsResponse | MarketplaceError | ProblemError | None:
    if response.status_code == 200:
        response_200 = GetDbwWarehouseContactsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = MarketplaceError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = MarketplaceError.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = MarketplaceError.from_dict(response.json())

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
) -> Response[GetDbwWarehouseContactsResponse | MarketplaceError | ProblemError]:
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
) -> Response[GetDbwWarehouseContactsResponse | MarketplaceError | ProblemError]:
    """Get DBW warehouse contacts

     The contacts (phone, comment) of a DBW warehouse of the seller, for the courier.

    Args:
        warehouse_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetDbwWarehouseContactsResponse | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        warehouse_id=warehouse_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    warehouse_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> GetDbwWarehouseContactsResponse | MarketplaceError | ProblemError | None:
    """Get DBW warehouse contacts

     The contacts (phone, comment) of a DBW warehouse of the seller, for the courier.

    Args:
        warehouse_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDbwWarehouseContactsResponse | MarketplaceError | ProblemError
    """

    return sync_detailed(
        warehouse_id=warehouse_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    warehouse_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetDbwWarehouseContactsResponse | MarketplaceError | ProblemError]:
    """Get DBW warehouse contacts

     The contacts (phone, comment) of a DBW warehouse of the seller, for the courier.

    Args:
        warehouse_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetDbwWarehouseContactsResponse | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        warehouse_id=warehouse_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    warehouse_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> GetDbwWarehouseContactsResponse | MarketplaceError | ProblemError | None:
    """Get DBW warehouse contacts

     The contacts (phone, comment) of a DBW warehouse of the seller, for the courier.

    Args:
        warehouse_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetDbwWarehouseContactsResponse | MarketplaceError | ProblemError
    """

    return (
        await asyncio_detailed(
            warehouse_id=warehouse_id,
            client=client,
        )
    ).parsed
