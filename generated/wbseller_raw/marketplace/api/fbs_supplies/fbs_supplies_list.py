from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fbs_supplies_list_response import FbsSuppliesListResponse
from ...models.marketplace_error import MarketplaceError
from ...models.problem_error import ProblemError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    limit: int,
    next_: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["next"] = next_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/supplies",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FbsSuppliesListResponse | MarketplaceError | ProblemError | None:
    if response.status_code == 200:
        response_200 = FbsSuppliesListResponse.from_dict(response.json())

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
) -> Response[FbsSuppliesListResponse | MarketplaceError | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    next_: int,
) -> Response[FbsSuppliesListResponse | MarketplaceError | ProblemError]:
    """Supplies

     The seller's FBS supplies; paged by `limit` (1 to 1000) and the `next` cursor: start at 0, then pass
    the previous answer's `next`.

    Args:
        limit (int):
        next_ (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbsSuppliesListResponse | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        next_=next_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    next_: int,
) -> FbsSuppliesListResponse | MarketplaceError | ProblemError | None:
    """Supplies

     The seller's FBS supplies; paged by `limit` (1 to 1000) and the `next` cursor: start at 0, then pass
    the previous answer's `next`.

    Args:
        limit (int):
        next_ (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbsSuppliesListResponse | MarketplaceError | ProblemError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        next_=next_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    next_: int,
) -> Response[FbsSuppliesListResponse | MarketplaceError | ProblemError]:
    """Supplies

     The seller's FBS supplies; paged by `limit` (1 to 1000) and the `next` cursor: start at 0, then pass
    the previous answer's `next`.

    Args:
        limit (int):
        next_ (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbsSuppliesListResponse | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        next_=next_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    next_: int,
) -> FbsSuppliesListResponse | MarketplaceError | ProblemError | None:
    """Supplies

     The seller's FBS supplies; paged by `limit` (1 to 1000) and the `next` cursor: start at 0, then pass
    the previous answer's `next`.

    Args:
        limit (int):
        next_ (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbsSuppliesListResponse | MarketplaceError | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            next_=next_,
        )
    ).parsed
