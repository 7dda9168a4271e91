from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...models.promotion_error import PromotionError
from ...models.update_nm_request import UpdateNmRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UpdateNmRequest,
    id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/adv/v1/auto/updatenm",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ProblemError | PromotionError | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ProblemError | PromotionError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateNmRequest,
    id: int,
) -> Response[Any | ProblemError | PromotionError]:
    """Changing the list of product cards in an campaign with standard bid

     Adds and removes product cards of a campaign with standard bid. A campaign cannot be left
    with no product card (its single card cannot be deleted). The `delete` list is not validated:
    an answer 200 with no change means the request does not comply with the docs.

    Deprecated in WB's promotion spec of 2026-01-29 and absent from its later copies
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-deprecated-2026-01-29). For campaigns
    with custom bid: `changing_the_list_of_product_cards_in_campaigns_with_custom_bid`.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `changing_the_list_of_product_cards_in_campaigns_with_custom_bid`; inferred from the
    operation family (the facts' successor_basis: family).

    Args:
        id (int):
        body (UpdateNmRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError | PromotionError]
    """

    kwargs = _get_kwargs(
        body=body,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateNmRequest,
    id: int,
) -> Any | ProblemError | PromotionError | None:
    """Changing the list of product cards in an campaign with standard bid

     Adds and removes product cards of a campaign with standard bid. A campaign cannot be left
    with no product card (its single card cannot be deleted). The `delete` list is not validated:
    an answer 200 with no change means the request does not comply with the docs.

    Deprecated in WB's promotion spec of 2026-01-29 and absent from its later copies
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-deprecated-2026-01-29). For campaigns
    with custom bid: `changing_the_list_of_product_cards_in_campaigns_with_custom_bid`.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `changing_the_list_of_product_cards_in_campaigns_with_custom_bid`; inferred from the
    operation family (the facts' successor_basis: family).

    Args:
        id (int):
        body (UpdateNmRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError | PromotionError
    """

    return sync_detailed(
        client=client,
        body=body,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateNmRequest,
    id: int,
) -> Response[Any | ProblemError | PromotionError]:
    """Changing the list of product cards in an campaign with standard bid

     Adds and removes product cards of a campaign with standard bid. A campaign cannot be left
    with no product card (its single card cannot be deleted). The `delete` list is not validated:
    an answer 200 with no change means the request does not comply with the docs.

    Deprecated in WB's promotion spec of 2026-01-29 and absent from its later copies
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-deprecated-2026-01-29). For campaigns
    with custom bid: `changing_the_list_of_product_cards_in_campaigns_with_custom_bid`.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `changing_the_list_of_product_cards_in_campaigns_with_custom_bid`; inferred from the
    operation family (the facts' successor_basis: family).

    Args:
        id (int):
        body (UpdateNmRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError | PromotionError]
    """

    kwargs = _get_kwargs(
        body=body,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateNmRequest,
    id: int,
) -> Any | ProblemError | PromotionError | None:
    """Changing the list of product cards in an campaign with standard bid

     Adds and removes product cards of a campaign with standard bid. A campaign cannot be left
    with no product card (its single card cannot be deleted). The `delete` list is not validated:
    an answer 200 with no change means the request does not comply with the docs.

    Deprecated in WB's promotion spec of 2026-01-29 and absent from its later copies
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-deprecated-2026-01-29). For campaigns
    with custom bid: `changing_the_list_of_product_cards_in_campaigns_with_custom_bid`.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `changing_the_list_of_product_cards_in_campaigns_with_custom_bid`; inferred from the
    operation family (the facts' successor_basis: family).

    Args:
        id (int):
        body (UpdateNmRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError | PromotionError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            id=id,
        )
    ).parsed
