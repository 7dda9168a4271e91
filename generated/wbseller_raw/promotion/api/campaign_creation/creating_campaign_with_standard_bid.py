from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...models.promotion_error import PromotionError
from ...models.save_ad_request import SaveAdRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SaveAdRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/adv/v1/save-ad",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemError | PromotionError | str | None:
    if response.status_code == 200:
        response_200 = cast(str, response.json())
        return response_200

    if response.status_code == 400:
        response_400 = PromotionError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ProblemError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = PromotionError.from_dict(response.json())

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
) -> Response[ProblemError | PromotionError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SaveAdRequest,
) -> Response[ProblemError | PromotionError | str]:
    """Creating campaign with standard bid

     Creates a campaign with standard bid. Answers with the ID of the new campaign.

    Absent from WB's current promotion spec since mid-2025
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-absent-mid-2025). Campaigns are created
    with `create_campaign_with_custom_bid` (its bid_type `unified`, one bid for every
    placement, presumably takes the standard bid's place).

    Removed by WB before 2025-12-26, last seen 2025-08-04 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-before-2025-12-26): WB answers
    404.
    Successor: `create_campaign_with_custom_bid`; inferred from the operation family (the facts'
    successor_basis: family).

    Args:
        body (SaveAdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | PromotionError | str]
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
    body: SaveAdRequest,
) -> ProblemError | PromotionError | str | None:
    """Creating campaign with standard bid

     Creates a campaign with standard bid. Answers with the ID of the new campaign.

    Absent from WB's current promotion spec since mid-2025
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-absent-mid-2025). Campaigns are created
    with `create_campaign_with_custom_bid` (its bid_type `unified`, one bid for every
    placement, presumably takes the standard bid's place).

    Removed by WB before 2025-12-26, last seen 2025-08-04 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-before-2025-12-26): WB answers
    404.
    Successor: `create_campaign_with_custom_bid`; inferred from the operation family (the facts'
    successor_basis: family).

    Args:
        body (SaveAdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | PromotionError | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SaveAdRequest,
) -> Response[ProblemError | PromotionError | str]:
    """Creating campaign with standard bid

     Creates a campaign with standard bid. Answers with the ID of the new campaign.

    Absent from WB's current promotion spec since mid-2025
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-absent-mid-2025). Campaigns are created
    with `create_campaign_with_custom_bid` (its bid_type `unified`, one bid for every
    placement, presumably takes the standard bid's place).

    Removed by WB before 2025-12-26, last seen 2025-08-04 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-before-2025-12-26): WB answers
    404.
    Successor: `create_campaign_with_custom_bid`; inferred from the operation family (the facts'
    successor_basis: family).

    Args:
        body (SaveAdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | PromotionError | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SaveAdRequest,
) -> ProblemError | PromotionError | str | None:
    """Creating campaign with standard bid

     Creates a campaign with standard bid. Answers with the ID of the new campaign.

    Absent from WB's current promotion spec since mid-2025
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-absent-mid-2025). Campaigns are created
    with `create_campaign_with_custom_bid` (its bid_type `unified`, one bid for every
    placement, presumably takes the standard bid's place).

    Removed by WB before 2025-12-26, last seen 2025-08-04 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-before-2025-12-26): WB answers
    404.
    Successor: `create_campaign_with_custom_bid`; inferred from the operation family (the facts'
    successor_basis: family).

    Args:
        body (SaveAdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | PromotionError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
