from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...types import File, Response


def _get_kwargs(
    download_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/nm-report/downloads/file/{download_id}".format(
            download_id=quote(str(download_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | ProblemError | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ProblemError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ProblemError.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ProblemError.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[File | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    download_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | ProblemError]:
    """Download a CSV report

     The report's file: a ZIP archive holding the CSV.

    Args:
        download_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | ProblemError]
    """

    kwargs = _get_kwargs(
        download_id=download_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    download_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> File | ProblemError | None:
    """Download a CSV report

     The report's file: a ZIP archive holding the CSV.

    Args:
        download_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | ProblemError
    """

    return sync_detailed(
        download_id=download_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    download_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | ProblemError]:
    """Download a CSV report

     The report's file: a ZIP archive holding the CSV.

    Args:
        download_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | ProblemError]
    """

    kwargs = _get_kwargs(
        download_id=download_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    download_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> File | ProblemError | None:
    """Download a CSV report

     The report's file: a ZIP archive holding the CSV.

    Args:
        download_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | ProblemError
    """

    return (
        await asyncio_detailed(
            download_id=download_id,
            client=client,
        )
    ).parsed
