from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auto_set_excluded_request import AutoSetExcludedRequest
from ...models.problem_error import ProblemError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: AutoSetExcludedRequest,
    id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/adv/v1/auto/set-excluded",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ProblemError | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AutoSetExcludedRequest,
    id: int,
) -> Response[Any | ProblemError]:
    """Setting/removing minus-phrases for campaigns with standard bid

     Sets or removes the minus-phrases of a campaign with standard bid (at most 1000). An empty
    array removes all minus-phrases from the campaign.

    Deprecated by inference: issue 16 names "six more" operations deprecated in WB's promotion
    spec of 2026-01-29 without naming them, and this one's family is retired
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-retired-inferred). Campaigns with
    standard bid are retired (creation since mid-2025, bids and cards since 2026-01-29); no
    successor.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `setting_and_deleting_minus_phrases`; inferred from the operation family (the facts'
    successor_basis: family).

    Args:
        id (int):
        body (AutoSetExcludedRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError]
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
    body: AutoSetExcludedRequest,
    id: int,
) -> Any | ProblemError | None:
    """Setting/removing minus-phrases for campaigns with standard bid

     Sets or removes the minus-phrases of a campaign with standard bid (at most 1000). An empty
    array removes all minus-phrases from the campaign.

    Deprecated by inference: issue 16 names "six more" operations deprecated in WB's promotion
    spec of 2026-01-29 without naming them, and this one's family is retired
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-retired-inferred). Campaigns with
    standard bid are retired (creation since mid-2025, bids and cards since 2026-01-29); no
    successor.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `setting_and_deleting_minus_phrases`; inferred from the operation family (the facts'
    successor_basis: family).

    Args:
        id (int):
        body (AutoSetExcludedRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AutoSetExcludedRequest,
    id: int,
) -> Response[Any | ProblemError]:
    """Setting/removing minus-phrases for campaigns with standard bid

     Sets or removes the minus-phrases of a campaign with standard bid (at most 1000). An empty
    array removes all minus-phrases from the campaign.

    Deprecated by inference: issue 16 names "six more" operations deprecated in WB's promotion
    spec of 2026-01-29 without naming them, and this one's family is retired
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-retired-inferred). Campaigns with
    standard bid are retired (creation since mid-2025, bids and cards since 2026-01-29); no
    successor.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `setting_and_deleting_minus_phrases`; inferred from the operation family (the facts'
    successor_basis: family).

    Args:
        id (int):
        body (AutoSetExcludedRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError]
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
    body: AutoSetExcludedRequest,
    id: int,
) -> Any | ProblemError | None:
    """Setting/removing minus-phrases for campaigns with standard bid

     Sets or removes the minus-phrases of a campaign with standard bid (at most 1000). An empty
    array removes all minus-phrases from the campaign.

    Deprecated by inference: issue 16 names "six more" operations deprecated in WB's promotion
    spec of 2026-01-29 without naming them, and this one's family is retired
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-retired-inferred). Campaigns with
    standard bid are retired (creation since mid-2025, bids and cards since 2026-01-29); no
    successor.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `setting_and_deleting_minus_phrases`; inferred from the operation family (the facts'
    successor_basis: family).

    Args:
        id (int):
        body (AutoSetExcludedRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            id=id,
        )
    ).parsed
