from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...models.set_plus_request import SetPlusRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: SetPlusRequest,
    id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/adv/v1/search/set-plus",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemError | list[str] | None:
    if response.status_code == 200:
        response_200 = cast(list[str], response.json())

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
) -> Response[ProblemError | list[str]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetPlusRequest,
    id: int,
) -> Response[ProblemError | list[str]]:
    """Setting/deleting fixed phrases

     Sets and deletes the fixed phrases of a campaign (at most 100). Only for campaigns with custom
    bid. An empty array removes all fixed phrases and turns fixed-phrase activity off. Answers with
    the phrases set.

    Deprecated in WB's promotion spec of 2026-01-29 and absent from its later copies
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-deprecated-2026-01-29). No successor:
    fixed phrases are gone.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: none; uncertain (the facts' successor_basis: uncertain).

    Args:
        id (int):
        body (SetPlusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | list[str]]
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
    body: SetPlusRequest,
    id: int,
) -> ProblemError | list[str] | None:
    """Setting/deleting fixed phrases

     Sets and deletes the fixed phrases of a campaign (at most 100). Only for campaigns with custom
    bid. An empty array removes all fixed phrases and turns fixed-phrase activity off. Answers with
    the phrases set.

    Deprecated in WB's promotion spec of 2026-01-29 and absent from its later copies
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-deprecated-2026-01-29). No successor:
    fixed phrases are gone.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: none; uncertain (the facts' successor_basis: uncertain).

    Args:
        id (int):
        body (SetPlusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | list[str]
    """

    return sync_detailed(
        client=client,
        body=body,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetPlusRequest,
    id: int,
) -> Response[ProblemError | list[str]]:
    """Setting/deleting fixed phrases

     Sets and deletes the fixed phrases of a campaign (at most 100). Only for campaigns with custom
    bid. An empty array removes all fixed phrases and turns fixed-phrase activity off. Answers with
    the phrases set.

    Deprecated in WB's promotion spec of 2026-01-29 and absent from its later copies
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-deprecated-2026-01-29). No successor:
    fixed phrases are gone.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: none; uncertain (the facts' successor_basis: uncertain).

    Args:
        id (int):
        body (SetPlusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | list[str]]
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
    body: SetPlusRequest,
    id: int,
) -> ProblemError | list[str] | None:
    """Setting/deleting fixed phrases

     Sets and deletes the fixed phrases of a campaign (at most 100). Only for campaigns with custom
    bid. An empty array removes all fixed phrases and turns fixed-phrase activity off. Answers with
    the phrases set.

    Deprecated in WB's promotion spec of 2026-01-29 and absent from its later copies
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-deprecated-2026-01-29). No successor:
    fixed phrases are gone.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: none; uncertain (the facts' successor_basis: uncertain).

    Args:
        id (int):
        body (SetPlusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | list[str]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            id=id,
        )
    ).parsed
