from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fbs_orders_archive_response import FbsOrdersArchiveResponse
from ...models.marketplace_error import MarketplaceError
from ...models.problem_error import ProblemError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    year: int,
    month: int,
    next_: int,
    limit: int = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["year"] = year

    params["month"] = month

    params["next"] = next_

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/marketplace/v3/fbs/orders/archive",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FbsOrdersArchiveResponse | MarketplaceError | ProblemError | None:
    if response.status_code == 200:
        response_200 = FbsOrdersArchiveResponse.from_dict(response.json())

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
) -> Response[FbsOrdersArchiveResponse | MarketplaceError | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    year: int,
    month: int,
    next_: int,
    limit: int = 100,
) -> Response[FbsOrdersArchiveResponse | MarketplaceError | ProblemError]:
    """Archived orders

     FBS orders of one month (`year`, `month`) from the archive; paged by `limit` and the `next` cursor
    of the previous answer.

    Args:
        year (int):
        month (int):
        next_ (int):
        limit (int):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbsOrdersArchiveResponse | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        year=year,
        month=month,
        next_=next_,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    year: int,
    month: int,
    next_: int,
    limit: int = 100,
) -> FbsOrdersArchiveResponse | MarketplaceError | ProblemError | None:
    """Archived orders

     FBS orders of one month (`year`, `month`) from the archive; paged by `limit` and the `next` cursor
    of the previous answer.

    Args:
        year (int):
        month (int):
        next_ (int):
        limit (int):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbsOrdersArchiveResponse | MarketplaceError | ProblemError
    """

    return sync_detailed(
        client=client,
        year=year,
        month=month,
        next_=next_,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    year: int,
    month: int,
    next_: int,
    limit: int = 100,
) -> Response[FbsOrdersArchiveResponse | MarketplaceError | ProblemError]:
    """Archived orders

     FBS orders of one month (`year`, `month`) from the archive; paged by `limit` and the `next` cursor
    of the previous answer.

    Args:
        year (int):
        month (int):
        next_ (int):
        limit (int):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbsOrdersArchiveResponse | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        year=year,
        month=month,
        next_=next_,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    year: int,
    month: int,
    next_: int,
    limit: int = 100,
) -> FbsOrdersArchiveResponse | MarketplaceError | ProblemError | None:
    """Archived orders

     FBS orders of one month (`year`, `month`) from the archive; paged by `limit` and the `next` cursor
    of the previous answer.

    Args:
        year (int):
        month (int):
        next_ (int):
        limit (int):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbsOrdersArchiveResponse | MarketplaceError | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            year=year,
            month=month,
            next_=next_,
            limit=limit,
        )
    ).parsed
