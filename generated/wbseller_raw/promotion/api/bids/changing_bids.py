from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bids_request import BidsRequest
from ...models.problem_error import ProblemError
from ...models.promotion_problem_error import PromotionProblemError
from ...types import Response


def _get_kwargs(
    *,
    body: BidsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/adv/v0/bids",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ProblemError | PromotionProblemError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ProblemError | PromotionProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BidsRequest,
) -> Response[Any | ProblemError | PromotionProblemError]:
    """Changing bids

     Changes the bids of product cards, by WB article, in campaigns with standard and custom bid
    in statuses 4, 9 and 11; at most 20 campaigns per request. Campaigns with custom bid have a
    separate method for bids per placement (`changing_bids_in_campaigns_with_custom_bid`). The
    minimum allowed bids are in the answer of `promotional_configuration_values`. A campaign ID
    must not repeat in the request (400, with the position in `.bids[n]`).

    Deprecated in WB's promotion spec of 2026-01-29 and absent from its later copies
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-deprecated-2026-01-29). Successor:
    `changing_bids_in_campaigns_with_custom_bid` (the docs' "use the separate method"), with
    placement `combined` for one bid in every placement.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `changing_campaigns_bids`; WB's schemas match (the successor takes the same fields, bids
    in kopecks).

    Args:
        body (BidsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError | PromotionProblemError]
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
    body: BidsRequest,
) -> Any | ProblemError | PromotionProblemError | None:
    """Changing bids

     Changes the bids of product cards, by WB article, in campaigns with standard and custom bid
    in statuses 4, 9 and 11; at most 20 campaigns per request. Campaigns with custom bid have a
    separate method for bids per placement (`changing_bids_in_campaigns_with_custom_bid`). The
    minimum allowed bids are in the answer of `promotional_configuration_values`. A campaign ID
    must not repeat in the request (400, with the position in `.bids[n]`).

    Deprecated in WB's promotion spec of 2026-01-29 and absent from its later copies
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-deprecated-2026-01-29). Successor:
    `changing_bids_in_campaigns_with_custom_bid` (the docs' "use the separate method"), with
    placement `combined` for one bid in every placement.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `changing_campaigns_bids`; WB's schemas match (the successor takes the same fields, bids
    in kopecks).

    Args:
        body (BidsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError | PromotionProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BidsRequest,
) -> Response[Any | ProblemError | PromotionProblemError]:
    """Changing bids

     Changes the bids of product cards, by WB article, in campaigns with standard and custom bid
    in statuses 4, 9 and 11; at most 20 campaigns per request. Campaigns with custom bid have a
    separate method for bids per placement (`changing_bids_in_campaigns_with_custom_bid`). The
    minimum allowed bids are in the answer of `promotional_configuration_values`. A campaign ID
    must not repeat in the request (400, with the position in `.bids[n]`).

    Deprecated in WB's promotion spec of 2026-01-29 and absent from its later copies
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-deprecated-2026-01-29). Successor:
    `changing_bids_in_campaigns_with_custom_bid` (the docs' "use the separate method"), with
    placement `combined` for one bid in every placement.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `changing_campaigns_bids`; WB's schemas match (the successor takes the same fields, bids
    in kopecks).

    Args:
        body (BidsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError | PromotionProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BidsRequest,
) -> Any | ProblemError | PromotionProblemError | None:
    """Changing bids

     Changes the bids of product cards, by WB article, in campaigns with standard and custom bid
    in statuses 4, 9 and 11; at most 20 campaigns per request. Campaigns with custom bid have a
    separate method for bids per placement (`changing_bids_in_campaigns_with_custom_bid`). The
    minimum allowed bids are in the answer of `promotional_configuration_values`. A campaign ID
    must not repeat in the request (400, with the position in `.bids[n]`).

    Deprecated in WB's promotion spec of 2026-01-29 and absent from its later copies
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-deprecated-2026-01-29). Successor:
    `changing_bids_in_campaigns_with_custom_bid` (the docs' "use the separate method"), with
    placement `combined` for one bid in every placement.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `changing_campaigns_bids`; WB's schemas match (the successor takes the same fields, bids
    in kopecks).

    Args:
        body (BidsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError | PromotionProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
