from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bids_v1_request import BidsV1Request
from ...models.bids_v1_response import BidsV1Response
from ...models.problem_error import ProblemError
from ...models.promotion_problem_error import PromotionProblemError
from ...types import Response


def _get_kwargs(
    *,
    body: BidsV1Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/advert/v1/bids",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BidsV1Response | ProblemError | PromotionProblemError | None:
    if response.status_code == 200:
        response_200 = BidsV1Response.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PromotionProblemError.from_dict(response.json())

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
) -> Response[BidsV1Response | ProblemError | PromotionProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BidsV1Request,
) -> Response[BidsV1Response | ProblemError | PromotionProblemError]:
    """Changing campaigns bids

     Changes the bids of product cards (by nmID) in campaigns with unified or manual bid and in
    cpc campaigns, in statuses 4, 9 and 11. Bids are in kopecks (`bid_kopecks`: 0.01 of the
    account's base currency). `placement` is `combined` (search and recommendations: campaigns
    with unified bid), or `search` / `recommendations` (campaigns with manual bid). At most 50
    campaigns per request and 50 cards per campaign; WB refuses a bid below the card's minimum
    (`minimum_bids_for_product_cards`), e.g. "wrong bid value: 3; min: 150". The answer lists
    the bids set. The successor of `changing_bids`, `changing_bids_in_campaigns_with_custom_bid`
    and `bid_update` (WB removed them). WB's operation `patchV1Bids`.

    Args:
        body (BidsV1Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BidsV1Response | ProblemError | PromotionProblemError]
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
    body: BidsV1Request,
) -> BidsV1Response | ProblemError | PromotionProblemError | None:
    """Changing campaigns bids

     Changes the bids of product cards (by nmID) in campaigns with unified or manual bid and in
    cpc campaigns, in statuses 4, 9 and 11. Bids are in kopecks (`bid_kopecks`: 0.01 of the
    account's base currency). `placement` is `combined` (search and recommendations: campaigns
    with unified bid), or `search` / `recommendations` (campaigns with manual bid). At most 50
    campaigns per request and 50 cards per campaign; WB refuses a bid below the card's minimum
    (`minimum_bids_for_product_cards`), e.g. "wrong bid value: 3; min: 150". The answer lists
    the bids set. The successor of `changing_bids`, `changing_bids_in_campaigns_with_custom_bid`
    and `bid_update` (WB removed them). WB's operation `patchV1Bids`.

    Args:
        body (BidsV1Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BidsV1Response | ProblemError | PromotionProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BidsV1Request,
) -> Response[BidsV1Response | ProblemError | PromotionProblemError]:
    """Changing campaigns bids

     Changes the bids of product cards (by nmID) in campaigns with unified or manual bid and in
    cpc campaigns, in statuses 4, 9 and 11. Bids are in kopecks (`bid_kopecks`: 0.01 of the
    account's base currency). `placement` is `combined` (search and recommendations: campaigns
    with unified bid), or `search` / `recommendations` (campaigns with manual bid). At most 50
    campaigns per request and 50 cards per campaign; WB refuses a bid below the card's minimum
    (`minimum_bids_for_product_cards`), e.g. "wrong bid value: 3; min: 150". The answer lists
    the bids set. The successor of `changing_bids`, `changing_bids_in_campaigns_with_custom_bid`
    and `bid_update` (WB removed them). WB's operation `patchV1Bids`.

    Args:
        body (BidsV1Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BidsV1Response | ProblemError | PromotionProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BidsV1Request,
) -> BidsV1Response | ProblemError | PromotionProblemError | None:
    """Changing campaigns bids

     Changes the bids of product cards (by nmID) in campaigns with unified or manual bid and in
    cpc campaigns, in statuses 4, 9 and 11. Bids are in kopecks (`bid_kopecks`: 0.01 of the
    account's base currency). `placement` is `combined` (search and recommendations: campaigns
    with unified bid), or `search` / `recommendations` (campaigns with manual bid). At most 50
    campaigns per request and 50 cards per campaign; WB refuses a bid below the card's minimum
    (`minimum_bids_for_product_cards`), e.g. "wrong bid value: 3; min: 150". The answer lists
    the bids set. The successor of `changing_bids`, `changing_bids_in_campaigns_with_custom_bid`
    and `bid_update` (WB removed them). WB's operation `patchV1Bids`.

    Args:
        body (BidsV1Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BidsV1Response | ProblemError | PromotionProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
