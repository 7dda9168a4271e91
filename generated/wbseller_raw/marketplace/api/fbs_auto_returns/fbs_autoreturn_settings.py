from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fbs_autoreturn_settings_response_200 import (
    FbsAutoreturnSettingsResponse200,
)
from ...models.problem_error import ProblemError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/marketplace/v3/fbs/settings/autoreturns",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FbsAutoreturnSettingsResponse200 | ProblemError | None:
    if response.status_code == 200:
        response_200 = FbsAutoreturnSettingsResponse200.from_dict(response.json())

        return response_200

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
) -> Response[FbsAutoreturnSettingsResponse200 | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[FbsAutoreturnSettingsResponse200 | ProblemError]:
    """Auto-return settings

     The seller's auto-return setting for FBS orders. Token types: personal only (limits.tsv). New in
    WB's reference of 2026-08-19: its schemas come from a copy that cuts them at depth (a cut part takes
    any object).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbsAutoreturnSettingsResponse200 | ProblemError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> FbsAutoreturnSettingsResponse200 | ProblemError | None:
    """Auto-return settings

     The seller's auto-return setting for FBS orders. Token types: personal only (limits.tsv). New in
    WB's reference of 2026-08-19: its schemas come from a copy that cuts them at depth (a cut part takes
    any object).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbsAutoreturnSettingsResponse200 | ProblemError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[FbsAutoreturnSettingsResponse200 | ProblemError]:
    """Auto-return settings

     The seller's auto-return setting for FBS orders. Token types: personal only (limits.tsv). New in
    WB's reference of 2026-08-19: its schemas come from a copy that cuts them at depth (a cut part takes
    any object).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbsAutoreturnSettingsResponse200 | ProblemError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> FbsAutoreturnSettingsResponse200 | ProblemError | None:
    """Auto-return settings

     The seller's auto-return setting for FBS orders. Token types: personal only (limits.tsv). New in
    WB's reference of 2026-08-19: its schemas come from a copy that cuts them at depth (a cut part takes
    any object).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbsAutoreturnSettingsResponse200 | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
