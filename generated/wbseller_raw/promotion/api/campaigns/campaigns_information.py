from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign import Campaign
from ...models.campaigns_information_direction import (
    CampaignsInformationDirection,
)
from ...models.campaigns_information_order import (
    CampaignsInformationOrder,
)
from ...models.campaigns_information_status import (
    CampaignsInformationStatus,
)
from ...models.campaigns_information_type import (
    CampaignsInformationType,
)
from ...models.problem_error import ProblemError
from ...models.promotion_error import PromotionError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: list[int],
    status: CampaignsInformationStatus | Unset = UNSET,
    type_: CampaignsInformationType | Unset = UNSET,
    order: CampaignsInformationOrder,
    direction: CampaignsInformationDirection | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_type_: int | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    json_order: str = order
    params["order"] = json_order

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction

    params["direction"] = json_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/adv/v1/promotion/adverts",
        "params": params,
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ProblemError | PromotionError | list[Campaign] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Campaign.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ProblemError | PromotionError | list[Campaign]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[int],
    status: CampaignsInformationStatus | Unset = UNSET,
    type_: CampaignsInformationType | Unset = UNSET,
    order: CampaignsInformationOrder,
    direction: CampaignsInformationDirection | Unset = UNSET,
) -> Response[Any | ProblemError | PromotionError | list[Campaign]]:
    """Campaigns information

     Information about campaigns, selected by the query parameters or by a list of campaign IDs
    in the body (at most 50; the IDs come from `campaigns_lists`). Campaigns with custom bid
    have their own method (`custom_bid_campaigns_information`). A read: safe to repeat.

    Deprecated in WB's promotion spec of 2026-01-29 and absent from its later copies
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-deprecated-2026-01-29). That record named no
    successor.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `campaigns_information_v2`; inferred from the operation family (the facts'
    successor_basis: family).

    Args:
        status (CampaignsInformationStatus | Unset):
        type_ (CampaignsInformationType | Unset):
        order (CampaignsInformationOrder):
        direction (CampaignsInformationDirection | Unset):
        body (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError | PromotionError | list[Campaign]]
    """

    kwargs = _get_kwargs(
        body=body,
        status=status,
        type_=type_,
        order=order,
        direction=direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[int],
    status: CampaignsInformationStatus | Unset = UNSET,
    type_: CampaignsInformationType | Unset = UNSET,
    order: CampaignsInformationOrder,
    direction: CampaignsInformationDirection | Unset = UNSET,
) -> Any | ProblemError | PromotionError | list[Campaign] | None:
    """Campaigns information

     Information about campaigns, selected by the query parameters or by a list of campaign IDs
    in the body (at most 50; the IDs come from `campaigns_lists`). Campaigns with custom bid
    have their own method (`custom_bid_campaigns_information`). A read: safe to repeat.

    Deprecated in WB's promotion spec of 2026-01-29 and absent from its later copies
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-deprecated-2026-01-29). That record named no
    successor.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `campaigns_information_v2`; inferred from the operation family (the facts'
    successor_basis: family).

    Args:
        status (CampaignsInformationStatus | Unset):
        type_ (CampaignsInformationType | Unset):
        order (CampaignsInformationOrder):
        direction (CampaignsInformationDirection | Unset):
        body (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError | PromotionError | list[Campaign]
    """

    return sync_detailed(
        client=client,
        body=body,
        status=status,
        type_=type_,
        order=order,
        direction=direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[int],
    status: CampaignsInformationStatus | Unset = UNSET,
    type_: CampaignsInformationType | Unset = UNSET,
    order: CampaignsInformationOrder,
    direction: CampaignsInformationDirection | Unset = UNSET,
) -> Response[Any | ProblemError | PromotionError | list[Campaign]]:
    """Campaigns information

     Information about campaigns, selected by the query parameters or by a list of campaign IDs
    in the body (at most 50; the IDs come from `campaigns_lists`). Campaigns with custom bid
    have their own method (`custom_bid_campaigns_information`). A read: safe to repeat.

    Deprecated in WB's promotion spec of 2026-01-29 and absent from its later copies
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-deprecated-2026-01-29). That record named no
    successor.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `campaigns_information_v2`; inferred from the operation family (the facts'
    successor_basis: family).

    Args:
        status (CampaignsInformationStatus | Unset):
        type_ (CampaignsInformationType | Unset):
        order (CampaignsInformationOrder):
        direction (CampaignsInformationDirection | Unset):
        body (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError | PromotionError | list[Campaign]]
    """

    kwargs = _get_kwargs(
        body=body,
        status=status,
        type_=type_,
        order=order,
        direction=direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[int],
    status: CampaignsInformationStatus | Unset = UNSET,
    type_: CampaignsInformationType | Unset = UNSET,
    order: CampaignsInformationOrder,
    direction: CampaignsInformationDirection | Unset = UNSET,
) -> Any | ProblemError | PromotionError | list[Campaign] | None:
    """Campaigns information

     Information about campaigns, selected by the query parameters or by a list of campaign IDs
    in the body (at most 50; the IDs come from `campaigns_lists`). Campaigns with custom bid
    have their own method (`custom_bid_campaigns_information`). A read: safe to repeat.

    Deprecated in WB's promotion spec of 2026-01-29 and absent from its later copies
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-deprecated-2026-01-29). That record named no
    successor.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `campaigns_information_v2`; inferred from the operation family (the facts'
    successor_basis: family).

    Args:
        status (CampaignsInformationStatus | Unset):
        type_ (CampaignsInformationType | Unset):
        order (CampaignsInformationOrder):
        direction (CampaignsInformationDirection | Unset):
        body (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError | PromotionError | list[Campaign]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            status=status,
            type_=type_,
            order=order,
            direction=direction,
        )
    ).parsed
