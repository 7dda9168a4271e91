from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inventory_read_request import InventoryReadRequest
from ...models.marketplace_error import MarketplaceError
from ...models.problem_error import ProblemError
from ...models.stocks_response import StocksResponse
from ...types import Response


def _get_kwargs(
    warehouse_id: int,
    *,
    body: InventoryReadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v3/stocks/{warehouse_id}".format(
            warehouse_id=quote(str(warehouse_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MarketplaceError | ProblemError | StocksResponse | None:
    if response.status_code == 200:
        response_200 = StocksResponse.from_dict(response.json())

        return response_200

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

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MarketplaceError | ProblemError | StocksResponse]:
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
    body: InventoryReadRequest,
) -> Response[MarketplaceError | ProblemError | StocksResponse]:
    """Get inventory

     Returns the product inventory (stocks) of the given sizes (`chrtIds`: a card's
    `sizes[].chrtID`) in the seller's warehouse, up to 1,000 per request (WB sets no minimum:
    specs/changes/2026-12-06-wb-contracts.yaml, stocks-read-empty). A read done with POST:
    safe to repeat. Since 2026-05-20 WB identifies stocks by chrtId; a body with the former
    `skus` is answered 400 (specs/changes/2026-12-03-wb-current.yaml, stocks-chrt-ids).

    Maximum of 300 requests per minute for all methods in the Marketplace category per seller's
    account; a request answered 409 counts as 5 requests (interval 200 ms, burst 20:
    api-information.txt rate-limit table, Marketplace example).

    Args:
        warehouse_id (int):
        body (InventoryReadRequest): Sizes (chrtIds) to read the stocks of: at most 1,000. WB's
            reference sets no minimum here
            (specs/changes/2026-12-06-wb-contracts.yaml, stocks-read-empty): an empty list reads
            nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MarketplaceError | ProblemError | StocksResponse]
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
    body: InventoryReadRequest,
) -> MarketplaceError | ProblemError | StocksResponse | None:
    """Get inventory

     Returns the product inventory (stocks) of the given sizes (`chrtIds`: a card's
    `sizes[].chrtID`) in the seller's warehouse, up to 1,000 per request (WB sets no minimum:
    specs/changes/2026-12-06-wb-contracts.yaml, stocks-read-empty). A read done with POST:
    safe to repeat. Since 2026-05-20 WB identifies stocks by chrtId; a body with the former
    `skus` is answered 400 (specs/changes/2026-12-03-wb-current.yaml, stocks-chrt-ids).

    Maximum of 300 requests per minute for all methods in the Marketplace category per seller's
    account; a request answered 409 counts as 5 requests (interval 200 ms, burst 20:
    api-information.txt rate-limit table, Marketplace example).

    Args:
        warehouse_id (int):
        body (InventoryReadRequest): Sizes (chrtIds) to read the stocks of: at most 1,000. WB's
            reference sets no minimum here
            (specs/changes/2026-12-06-wb-contracts.yaml, stocks-read-empty): an empty list reads
            nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MarketplaceError | ProblemError | StocksResponse
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
    body: InventoryReadRequest,
) -> Response[MarketplaceError | ProblemError | StocksResponse]:
    """Get inventory

     Returns the product inventory (stocks) of the given sizes (`chrtIds`: a card's
    `sizes[].chrtID`) in the seller's warehouse, up to 1,000 per request (WB sets no minimum:
    specs/changes/2026-12-06-wb-contracts.yaml, stocks-read-empty). A read done with POST:
    safe to repeat. Since 2026-05-20 WB identifies stocks by chrtId; a body with the former
    `skus` is answered 400 (specs/changes/2026-12-03-wb-current.yaml, stocks-chrt-ids).

    Maximum of 300 requests per minute for all methods in the Marketplace category per seller's
    account; a request answered 409 counts as 5 requests (interval 200 ms, burst 20:
    api-information.txt rate-limit table, Marketplace example).

    Args:
        warehouse_id (int):
        body (InventoryReadRequest): Sizes (chrtIds) to read the stocks of: at most 1,000. WB's
            reference sets no minimum here
            (specs/changes/2026-12-06-wb-contracts.yaml, stocks-read-empty): an empty list reads
            nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MarketplaceError | ProblemError | StocksResponse]
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
    body: InventoryReadRequest,
) -> MarketplaceError | ProblemError | StocksResponse | None:
    """Get inventory

     Returns the product inventory (stocks) of the given sizes (`chrtIds`: a card's
    `sizes[].chrtID`) in the seller's warehouse, up to 1,000 per request (WB sets no minimum:
    specs/changes/2026-12-06-wb-contracts.yaml, stocks-read-empty). A read done with POST:
    safe to repeat. Since 2026-05-20 WB identifies stocks by chrtId; a body with the former
    `skus` is answered 400 (specs/changes/2026-12-03-wb-current.yaml, stocks-chrt-ids).

    Maximum of 300 requests per minute for all methods in the Marketplace category per seller's
    account; a request answered 409 counts as 5 requests (interval 200 ms, burst 20:
    api-information.txt rate-limit table, Marketplace example).

    Args:
        warehouse_id (int):
        body (InventoryReadRequest): Sizes (chrtIds) to read the stocks of: at most 1,000. WB's
            reference sets no minimum here
            (specs/changes/2026-12-06-wb-contracts.yaml, stocks-read-empty): an empty list reads
            nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MarketplaceError | ProblemError | StocksResponse
    """

    return (
        await asyncio_detailed(
            warehouse_id=warehouse_id,
            client=client,
            body=body,
        )
    ).parsed
