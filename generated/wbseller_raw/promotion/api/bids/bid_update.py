from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...models.v0_advert_cpm_request import V0AdvertCpmRequest
from ...types import Response


def _get_kwargs(
    *,
    body: V0AdvertCpmRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/adv/v0/cpm",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ProblemError | str | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ProblemError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = response.text
        return response_422

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ProblemError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: V0AdvertCpmRequest,
) -> Response[Any | ProblemError | str]:
    """Bid update

     Deprecated; the method is not current. Use `changing_bids` instead (itself deprecated
    since 2026-01-29: `changing_bids_in_campaigns_with_custom_bid`).

    Absent from WB's current promotion spec since mid-2025
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-absent-mid-2025).

    Removed by WB before 2025-12-26, last seen 2025-08-04 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-before-2025-12-26): WB answers
    404.
    Successor: `changing_campaigns_bids`; inferred from the operation family (the facts'
    successor_basis: family).

    Args:
        body (V0AdvertCpmRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError | str]
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
    body: V0AdvertCpmRequest,
) -> Any | ProblemError | str | None:
    """Bid update

     Deprecated; the method is not current. Use `changing_bids` instead (itself deprecated
    since 2026-01-29: `changing_bids_in_campaigns_with_custom_bid`).

    Absent from WB's current promotion spec since mid-2025
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-absent-mid-2025).

    Removed by WB before 2025-12-26, last seen 2025-08-04 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-before-2025-12-26): WB answers
    404.
    Successor: `changing_campaigns_bids`; inferred from the operation family (the facts'
    successor_basis: family).

    Args:
        body (V0AdvertCpmRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: V0AdvertCpmRequest,
) -> Response[Any | ProblemError | str]:
    """Bid update

     Deprecated; the method is not current. Use `changing_bids` instead (itself deprecated
    since 2026-01-29: `changing_bids_in_campaigns_with_custom_bid`).

    Absent from WB's current promotion spec since mid-2025
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-absent-mid-2025).

    Removed by WB before 2025-12-26, last seen 2025-08-04 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-before-2025-12-26): WB answers
    404.
    Successor: `changing_campaigns_bids`; inferred from the operation family (the facts'
    successor_basis: family).

    Args:
        body (V0AdvertCpmRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: V0AdvertCpmRequest,
) -> Any | ProblemError | str | None:
    """Bid update

     Deprecated; the method is not current. Use `changing_bids` instead (itself deprecated
    since 2026-01-29: `changing_bids_in_campaigns_with_custom_bid`).

    Absent from WB's current promotion spec since mid-2025
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-absent-mid-2025).

    Removed by WB before 2025-12-26, last seen 2025-08-04 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-before-2025-12-26): WB answers
    404.
    Successor: `changing_campaigns_bids`; inferred from the operation family (the facts'
    successor_basis: family).

    Args:
        body (V0AdvertCpmRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
