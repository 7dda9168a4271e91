from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fbs_orders_client_request import FbsOrdersClientRequest
from ...models.fbs_orders_client_response import FbsOrdersClientResponse
from ...models.marketplace_error import MarketplaceError
from ...models.problem_error import ProblemError
from ...types import Response


def _get_kwargs(
    *,
    body: FbsOrdersClientRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v3/orders/client",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FbsOrdersClientResponse | MarketplaceError | ProblemError | None:
    if response.status_code == 200:
        response_200 = FbsOrdersClientResponse.from_dict(response.json())

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
) -> Response[FbsOrdersClientResponse | MarketplaceError | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FbsOrdersClientRequest,
) -> Response[FbsOrdersClientResponse | MarketplaceError | ProblemError]:
    """Buyers of orders

     The buyer's name and phone for the given orders (where WB shows them). A read done with POST.

    Args:
        body (FbsOrdersClientRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbsOrdersClientResponse | MarketplaceError | ProblemError]
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
    body: FbsOrdersClientRequest,
) -> FbsOrdersClientResponse | MarketplaceError | ProblemError | None:
    """Buyers of orders

     The buyer's name and phone for the given orders (where WB shows them). A read done with POST.

    Args:
        body (FbsOrdersClientRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbsOrdersClientResponse | MarketplaceError | ProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FbsOrdersClientRequest,
) -> Response[FbsOrdersClientResponse | MarketplaceError | ProblemError]:
    """Buyers of orders

     The buyer's name and phone for the given orders (where WB shows them). A read done with POST.

    Args:
        body (FbsOrdersClientRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbsOrdersClientResponse | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FbsOrdersClientRequest,
) -> FbsOrdersClientResponse | MarketplaceError | ProblemError | None:
    """Buyers of orders

     The buyer's name and phone for the given orders (where WB shows them). A read done with POST.

    Args:
        body (FbsOrdersClientRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbsOrdersClientResponse | MarketplaceError | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
