from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.adverts_v2_response import AdvertsV2Response
from ...models.campaigns_information_v2_payment_type import (
    CampaignsInformationV2PaymentType,
)
from ...models.problem_error import ProblemError
from ...models.promotion_problem_error import PromotionProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ids: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    payment_type: CampaignsInformationV2PaymentType | Unset = UNSET,
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
        "url": "/api/advert/v2/adverts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AdvertsV2Response | ProblemError | PromotionProblemError | None:
    if response.status_code == 200:
        response_200 = AdvertsV2Response.from_dict(response.json())

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
) -> Response[AdvertsV2Response | ProblemError | PromotionProblemError]:
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
    payment_type: CampaignsInformationV2PaymentType | Unset = UNSET,
) -> Response[AdvertsV2Response | ProblemError | PromotionProblemError]:
    """Campaigns information (v2)

     Campaigns with unified or manual bid (every current campaign), selected by campaign IDs (at
    most 50, comma-joined), statuses (comma-joined) and payment type; without filters, all of
    them. Each campaign has its `id`, `bid_type` (`unified`, `manual`), `settings` (name,
    payment type, placements), `nm_settings` (each card's bids in kopecks, `bids_kopecks`, and
    its subject), `status`, `restrictions` and `timestamps`. The successor of
    `campaigns_information` and `custom_bid_campaigns_information` (WB removed both on
    2026-02-11). WB's operation `getV2Adverts`.

    Args:
        ids (str | Unset):
        statuses (str | Unset):
        payment_type (CampaignsInformationV2PaymentType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvertsV2Response | ProblemError | PromotionProblemError]
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
    payment_type: CampaignsInformationV2PaymentType | Unset = UNSET,
) -> AdvertsV2Response | ProblemError | PromotionProblemError | None:
    """Campaigns information (v2)

     Campaigns with unified or manual bid (every current campaign), selected by campaign IDs (at
    most 50, comma-joined), statuses (comma-joined) and payment type; without filters, all of
    them. Each campaign has its `id`, `bid_type` (`unified`, `manual`), `settings` (name,
    payment type, placements), `nm_settings` (each card's bids in kopecks, `bids_kopecks`, and
    its subject), `status`, `restrictions` and `timestamps`. The successor of
    `campaigns_information` and `custom_bid_campaigns_information` (WB removed both on
    2026-02-11). WB's operation `getV2Adverts`.

    Args:
        ids (str | Unset):
        statuses (str | Unset):
        payment_type (CampaignsInformationV2PaymentType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvertsV2Response | ProblemError | PromotionProblemError
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
    payment_type: CampaignsInformationV2PaymentType | Unset = UNSET,
) -> Response[AdvertsV2Response | ProblemError | PromotionProblemError]:
    """Campaigns information (v2)

     Campaigns with unified or manual bid (every current campaign), selected by campaign IDs (at
    most 50, comma-joined), statuses (comma-joined) and payment type; without filters, all of
    them. Each campaign has its `id`, `bid_type` (`unified`, `manual`), `settings` (name,
    payment type, placements), `nm_settings` (each card's bids in kopecks, `bids_kopecks`, and
    its subject), `status`, `restrictions` and `timestamps`. The successor of
    `campaigns_information` and `custom_bid_campaigns_information` (WB removed both on
    2026-02-11). WB's operation `getV2Adverts`.

    Args:
        ids (str | Unset):
        statuses (str | Unset):
        payment_type (CampaignsInformationV2PaymentType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvertsV2Response | ProblemError | PromotionProblemError]
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
    payment_type: CampaignsInformationV2PaymentType | Unset = UNSET,
) -> AdvertsV2Response | ProblemError | PromotionProblemError | None:
    """Campaigns information (v2)

     Campaigns with unified or manual bid (every current campaign), selected by campaign IDs (at
    most 50, comma-joined), statuses (comma-joined) and payment type; without filters, all of
    them. Each campaign has its `id`, `bid_type` (`unified`, `manual`), `settings` (name,
    payment type, placements), `nm_settings` (each card's bids in kopecks, `bids_kopecks`, and
    its subject), `status`, `restrictions` and `timestamps`. The successor of
    `campaigns_information` and `custom_bid_campaigns_information` (WB removed both on
    2026-02-11). WB's operation `getV2Adverts`.

    Args:
        ids (str | Unset):
        statuses (str | Unset):
        payment_type (CampaignsInformationV2PaymentType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvertsV2Response | ProblemError | PromotionProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            statuses=statuses,
            payment_type=payment_type,
        )
    ).parsed
