from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fbs_supply_order_ids_response import FbsSupplyOrderIdsResponse
from ...models.marketplace_error import MarketplaceError
from ...models.problem_error import ProblemError
from ...types import Response


def _get_kwargs(
    supply_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/marketplace/v3/supplies/{supply_id}/order-ids".format(
            supply_id=quote(str(supply_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FbsSupplyOrderIdsResponse | MarketplaceError | ProblemError | None:
    if response.status_code == 200:
        response_200 = FbsSupplyOrderIdsResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = MarketplaceError.from_dict(response.json())

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
) -> Response[FbsSupplyOrderIdsResponse | MarketplaceError | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    supply_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[FbsSupplyOrderIdsResponse | MarketplaceError | ProblemError]:
    """Orders of a supply

     The IDs of the orders in a supply.

    Args:
        supply_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbsSupplyOrderIdsResponse | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        supply_id=supply_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    supply_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> FbsSupplyOrderIdsResponse | MarketplaceError | ProblemError | None:
    """Orders of a supply

     The IDs of the orders in a supply.

    Args:
        supply_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbsSupplyOrderIdsResponse | MarketplaceError | ProblemError
    """

    return sync_detailed(
        supply_id=supply_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    supply_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[FbsSupplyOrderIdsResponse | MarketplaceError | ProblemError]:
    """Orders of a supply

     The IDs of the orders in a supply.

    Args:
        supply_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbsSupplyOrderIdsResponse | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        supply_id=supply_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    supply_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> FbsSupplyOrderIdsResponse | MarketplaceError | ProblemError | None:
    """Orders of a supply

     The IDs of the orders in a supply.

    Args:
        supply_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbsSupplyOrderIdsResponse | MarketplaceError | ProblemError
    """

    return (
        await asyncio_detailed(
            supply_id=supply_id,
            client=client,
        )
    ).parsed
