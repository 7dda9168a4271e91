from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dbs_orders_meta_request import DbsOrdersMetaRequest
from ...models.dbs_orders_meta_response import DbsOrdersMetaResponse
from ...models.marketplace_error import MarketplaceError
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DbsOrdersMetaRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/marketplace/v3/dbs/orders/meta/details",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DbsOrdersMetaResponse | MarketplaceError | ProblemError | None:
    if response.status_code == 200:
        response_200 = DbsOrdersMetaResponse.from_dict(response.json())

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
) -> Response[DbsOrdersMetaResponse | MarketplaceError | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DbsOrdersMetaRequest | Unset = UNSET,
) -> Response[DbsOrdersMetaResponse | MarketplaceError | ProblemError]:
    """Label identifiers of orders

     The label identifiers of several orders, each with its own result. A read done with POST.

    Args:
        body (DbsOrdersMetaRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DbsOrdersMetaResponse | MarketplaceError | ProblemError]
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
    body: DbsOrdersMetaRequest | Unset = UNSET,
) -> DbsOrdersMetaResponse | MarketplaceError | ProblemError | None:
    """Label identifiers of orders

     The label identifiers of several orders, each with its own result. A read done with POST.

    Args:
        body (DbsOrdersMetaRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DbsOrdersMetaResponse | MarketplaceError | ProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DbsOrdersMetaRequest | Unset = UNSET,
) -> Response[DbsOrdersMetaResponse | MarketplaceError | ProblemError]:
    """Label identifiers of orders

     The label identifiers of several orders, each with its own result. A read done with POST.

    Args:
        body (DbsOrdersMetaRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DbsOrdersMetaResponse | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DbsOrdersMetaRequest | Unset = UNSET,
) -> DbsOrdersMetaResponse | MarketplaceError | ProblemError | None:
    """Label identifiers of orders

     The label identifiers of several orders, each with its own result. A read done with POST.

    Args:
        body (DbsOrdersMetaRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DbsOrdersMetaResponse | MarketplaceError | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
