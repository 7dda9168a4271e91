from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fbs_autoreturn_restricted_subcategories_response_200 import (
    FbsAutoreturnRestrictedSubcategoriesResponse200,
)
from ...models.marketplace_error import MarketplaceError
from ...models.problem_error import ProblemError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    next_: int,
    limit: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["next"] = next_

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/marketplace/v3/fbs/settings/autoreturns/subcategories/restricted",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    FbsAutoreturnRestrictedSubcategoriesResponse200
    | MarketplaceError
    | ProblemError
    | None
):
    if response.status_code == 200:
        response_200 = FbsAutoreturnRestrictedSubcategoriesResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = MarketplaceError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    FbsAutoreturnRestrictedSubcategoriesResponse200 | MarketplaceError | ProblemError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    next_: int,
    limit: int,
) -> Response[
    FbsAutoreturnRestrictedSubcategoriesResponse200 | MarketplaceError | ProblemError
]:
    """Subcategories without auto-return

     The subcategories auto-return cannot be set for; paged by `limit` and `next`. Token types: personal
    only (limits.tsv). New in WB's reference of 2026-08-19: its schemas come from a copy that cuts them
    at depth (a cut part takes any object).

    Args:
        next_ (int):
        limit (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbsAutoreturnRestrictedSubcategoriesResponse200 | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
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
    next_: int,
    limit: int,
) -> (
    FbsAutoreturnRestrictedSubcategoriesResponse200
    | MarketplaceError
    | ProblemError
    | None
):
    """Subcategories without auto-return

     The subcategories auto-return cannot be set for; paged by `limit` and `next`. Token types: personal
    only (limits.tsv). New in WB's reference of 2026-08-19: its schemas come from a copy that cuts them
    at depth (a cut part takes any object).

    Args:
        next_ (int):
        limit (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbsAutoreturnRestrictedSubcategoriesResponse200 | MarketplaceError | ProblemError
    """

    return sync_detailed(
        client=client,
        next_=next_,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    next_: int,
    limit: int,
) -> Response[
    FbsAutoreturnRestrictedSubcategoriesResponse200 | MarketplaceError | ProblemError
]:
    """Subcategories without auto-return

     The subcategories auto-return cannot be set for; paged by `limit` and `next`. Token types: personal
    only (limits.tsv). New in WB's reference of 2026-08-19: its schemas come from a copy that cuts them
    at depth (a cut part takes any object).

    Args:
        next_ (int):
        limit (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbsAutoreturnRestrictedSubcategoriesResponse200 | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        next_=next_,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    next_: int,
    limit: int,
) -> (
    FbsAutoreturnRestrictedSubcategoriesResponse200
    | MarketplaceError
    | ProblemError
    | None
):
    """Subcategories without auto-return

     The subcategories auto-return cannot be set for; paged by `limit` and `next`. Token types: personal
    only (limits.tsv). New in WB's reference of 2026-08-19: its schemas come from a copy that cuts them
    at depth (a cut part takes any object).

    Args:
        next_ (int):
        limit (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbsAutoreturnRestrictedSubcategoriesResponse200 | MarketplaceError | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            next_=next_,
            limit=limit,
        )
    ).parsed
