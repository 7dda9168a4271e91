from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/adv/v1/auto/getnmtoadd",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemError | list[int] | None:
    if response.status_code == 200:
        response_200 = cast(list[int], response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ProblemError.from_dict(response.json())

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
) -> Response[ProblemError | list[int]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int,
) -> Response[ProblemError | list[int]]:
    """List of product cards for campaign with standard bid

     Product cards (WB articles) that can be added to a campaign with standard bid.

    Deprecated by inference: issue 16 names "six more" operations deprecated in WB's promotion
    spec of 2026-01-29 without naming them, and this one's family is retired
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-retired-inferred). Campaigns with
    standard bid are retired; `product_cards_for_campaigns` lists the cards campaigns may take.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `product_cards_for_campaigns`, `campaigns_information_v2`; uncertain (the facts'
    successor_basis: uncertain).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | list[int]]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: int,
) -> ProblemError | list[int] | None:
    """List of product cards for campaign with standard bid

     Product cards (WB articles) that can be added to a campaign with standard bid.

    Deprecated by inference: issue 16 names "six more" operations deprecated in WB's promotion
    spec of 2026-01-29 without naming them, and this one's family is retired
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-retired-inferred). Campaigns with
    standard bid are retired; `product_cards_for_campaigns` lists the cards campaigns may take.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `product_cards_for_campaigns`, `campaigns_information_v2`; uncertain (the facts'
    successor_basis: uncertain).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | list[int]
    """

    return sync_detailed(
        client=client,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int,
) -> Response[ProblemError | list[int]]:
    """List of product cards for campaign with standard bid

     Product cards (WB articles) that can be added to a campaign with standard bid.

    Deprecated by inference: issue 16 names "six more" operations deprecated in WB's promotion
    spec of 2026-01-29 without naming them, and this one's family is retired
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-retired-inferred). Campaigns with
    standard bid are retired; `product_cards_for_campaigns` lists the cards campaigns may take.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `product_cards_for_campaigns`, `campaigns_information_v2`; uncertain (the facts'
    successor_basis: uncertain).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | list[int]]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: int,
) -> ProblemError | list[int] | None:
    """List of product cards for campaign with standard bid

     Product cards (WB articles) that can be added to a campaign with standard bid.

    Deprecated by inference: issue 16 names "six more" operations deprecated in WB's promotion
    spec of 2026-01-29 without naming them, and this one's family is retired
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-retired-inferred). Campaigns with
    standard bid are retired; `product_cards_for_campaigns` lists the cards campaigns may take.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `product_cards_for_campaigns`, `campaigns_information_v2`; uncertain (the facts'
    successor_basis: uncertain).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | list[int]
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
        )
    ).parsed
