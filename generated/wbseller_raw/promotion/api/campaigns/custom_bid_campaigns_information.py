from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auction_adverts_response import AuctionAdvertsResponse
from ...models.custom_bid_campaigns_information_payment_type import (
    CustomBidCampaignsInformationPaymentType,
)
from ...models.problem_error import ProblemError
from ...models.promotion_problem_error import PromotionProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ids: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    payment_type: CustomBidCampaignsInformationPaymentType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["statuses"] = statuses

    json_payment_type: str | Unset = UNSET
    if not isinstance(payment_type, Unset):
        json_payment_type = payment_type

    params["payment_type"] = json_payment_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/adv/v0/auction/adverts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuctionAdvertsResponse | ProblemError | PromotionProblemError | None:
    if response.status_code == 200:
        response_200 = AuctionAdvertsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PromotionProblemError.from_dict(response.json())

        return response_400

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
) -> Response[AuctionAdvertsResponse | ProblemError | PromotionProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    payment_type: CustomBidCampaignsInformationPaymentType | Unset = UNSET,
) -> Response[AuctionAdvertsResponse | ProblemError | PromotionProblemError]:
    """Custom bid campaigns information

     Information about campaigns with custom bid, selected by campaign IDs (at most 50), statuses
    and payment type.

    Deprecated in WB's promotion spec of 2026-01-29 and absent from its later copies
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-deprecated-2026-01-29). That record named no
    successor.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `campaigns_information_v2`; inferred from the operation family (the facts'
    successor_basis: family).

    Args:
        ids (str | Unset):
        statuses (str | Unset):
        payment_type (CustomBidCampaignsInformationPaymentType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuctionAdvertsResponse | ProblemError | PromotionProblemError]
    """

    kwargs = _get_kwargs(
        ids=ids,
        statuses=statuses,
        payment_type=payment_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ids: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    payment_type: CustomBidCampaignsInformationPaymentType | Unset = UNSET,
) -> AuctionAdvertsResponse | ProblemError | PromotionProblemError | None:
    """Custom bid campaigns information

     Information about campaigns with custom bid, selected by campaign IDs (at most 50), statuses
    and payment type.

    Deprecated in WB's promotion spec of 2026-01-29 and absent from its later copies
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-deprecated-2026-01-29). That record named no
    successor.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `campaigns_information_v2`; inferred from the operation family (the facts'
    successor_basis: family).

    Args:
        ids (str | Unset):
        statuses (str | Unset):
        payment_type (CustomBidCampaignsInformationPaymentType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuctionAdvertsResponse | ProblemError | PromotionProblemError
    """

    return sync_detailed(
        client=client,
        ids=ids,
        statuses=statuses,
        payment_type=payment_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    payment_type: CustomBidCampaignsInformationPaymentType | Unset = UNSET,
) -> Response[AuctionAdvertsResponse | ProblemError | PromotionProblemError]:
    """Custom bid campaigns information

     Information about campaigns with custom bid, selected by campaign IDs (at most 50), statuses
    and payment type.

    Deprecated in WB's promotion spec of 2026-01-29 and absent from its later copies
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-deprecated-2026-01-29). That record named no
    successor.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `campaigns_information_v2`; inferred from the operation family (the facts'
    successor_basis: family).

    Args:
        ids (str | Unset):
        statuses (str | Unset):
        payment_type (CustomBidCampaignsInformationPaymentType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuctionAdvertsResponse | ProblemError | PromotionProblemError]
    """

    kwargs = _get_kwargs(
        ids=ids,
        statuses=statuses,
        payment_type=payment_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ids: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    payment_type: CustomBidCampaignsInformationPaymentType | Unset = UNSET,
) -> AuctionAdvertsResponse | ProblemError | PromotionProblemError | None:
    """Custom bid campaigns information

     Information about campaigns with custom bid, selected by campaign IDs (at most 50), statuses
    and payment type.

    Deprecated in WB's promotion spec of 2026-01-29 and absent from its later copies
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-deprecated-2026-01-29). That record named no
    successor.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `campaigns_information_v2`; inferred from the operation family (the facts'
    successor_basis: family).

    Args:
        ids (str | Unset):
        statuses (str | Unset):
        payment_type (CustomBidCampaignsInformationPaymentType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuctionAdvertsResponse | ProblemError | PromotionProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            statuses=statuses,
            payment_type=payment_type,
        )
    ).parsed
