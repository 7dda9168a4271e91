from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...models.set_phrase_request import SetPhraseRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: SetPhraseRequest,
    id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/adv/v1/search/set-phrase",
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
    body: SetPhraseRequest,
    id: int,
) -> Response[Any | ProblemError]:
    """Setting/removing minus-phrases of phrase matching

     Sets or removes the phrase-match minus-phrases of a campaign. Only for campaigns with custom
    bid. At most 1000 minus-phrases per campaign. An empty array removes all phrase-match
    minus-phrases from the campaign.

    Absent from WB's current promotion spec since mid-2025
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-absent-mid-2025). No successor is in
    the specs.

    Removed by WB before 2025-12-26, last seen 2025-08-04 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-before-2025-12-26): WB answers
    404.
    Successor: `setting_and_deleting_minus_phrases`; uncertain (the facts' successor_basis: uncertain).

    Args:
        id (int):
        body (SetPhraseRequest):

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
    body: SetPhraseRequest,
    id: int,
) -> Any | ProblemError | None:
    """Setting/removing minus-phrases of phrase matching

     Sets or removes the phrase-match minus-phrases of a campaign. Only for campaigns with custom
    bid. At most 1000 minus-phrases per campaign. An empty array removes all phrase-match
    minus-phrases from the campaign.

    Absent from WB's current promotion spec since mid-2025
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-absent-mid-2025). No successor is in
    the specs.

    Removed by WB before 2025-12-26, last seen 2025-08-04 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-before-2025-12-26): WB answers
    404.
    Successor: `setting_and_deleting_minus_phrases`; uncertain (the facts' successor_basis: uncertain).

    Args:
        id (int):
        body (SetPhraseRequest):

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
    body: SetPhraseRequest,
    id: int,
) -> Response[Any | ProblemError]:
    """Setting/removing minus-phrases of phrase matching

     Sets or removes the phrase-match minus-phrases of a campaign. Only for campaigns with custom
    bid. At most 1000 minus-phrases per campaign. An empty array removes all phrase-match
    minus-phrases from the campaign.

    Absent from WB's current promotion spec since mid-2025
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-absent-mid-2025). No successor is in
    the specs.

    Removed by WB before 2025-12-26, last seen 2025-08-04 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-before-2025-12-26): WB answers
    404.
    Successor: `setting_and_deleting_minus_phrases`; uncertain (the facts' successor_basis: uncertain).

    Args:
        id (int):
        body (SetPhraseRequest):

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
    body: SetPhraseRequest,
    id: int,
) -> Any | ProblemError | None:
    """Setting/removing minus-phrases of phrase matching

     Sets or removes the phrase-match minus-phrases of a campaign. Only for campaigns with custom
    bid. At most 1000 minus-phrases per campaign. An empty array removes all phrase-match
    minus-phrases from the campaign.

    Absent from WB's current promotion spec since mid-2025
    (specs/changes/2026-12-03-wb-retired.yaml, promotion-absent-mid-2025). No successor is in
    the specs.

    Removed by WB before 2025-12-26, last seen 2025-08-04 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-before-2025-12-26): WB answers
    404.
    Successor: `setting_and_deleting_minus_phrases`; uncertain (the facts' successor_basis: uncertain).

    Args:
        id (int):
        body (SetPhraseRequest):

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
