from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.claims_list_response import ClaimsListResponse
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    is_archive: bool,
    id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    nm_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["is_archive"] = is_archive

    json_id: str | Unset = UNSET
    if not isinstance(id, Unset):
        json_id = str(id)
    params["id"] = json_id

    params["limit"] = limit

    params["offset"] = offset

    params["nm_id"] = nm_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/claims",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClaimsListResponse | ProblemError | None:
    if response.status_code == 200:
        response_200 = ClaimsListResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClaimsListResponse | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    is_archive: bool,
    id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    nm_id: int | Unset = UNSET,
) -> Response[ClaimsListResponse | ProblemError]:
    """Return claims

     Buyers' return claims (current or archived); paged by `limit` (up to 200) and `offset`.

    Args:
        is_archive (bool):
        id (UUID | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        nm_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimsListResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        is_archive=is_archive,
        id=id,
        limit=limit,
        offset=offset,
        nm_id=nm_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    is_archive: bool,
    id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    nm_id: int | Unset = UNSET,
) -> ClaimsListResponse | ProblemError | None:
    """Return claims

     Buyers' return claims (current or archived); paged by `limit` (up to 200) and `offset`.

    Args:
        is_archive (bool):
        id (UUID | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        nm_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimsListResponse | ProblemError
    """

    return sync_detailed(
        client=client,
        is_archive=is_archive,
        id=id,
        limit=limit,
        offset=offset,
        nm_id=nm_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    is_archive: bool,
    id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    nm_id: int | Unset = UNSET,
) -> Response[ClaimsListResponse | ProblemError]:
    """Return claims

     Buyers' return claims (current or archived); paged by `limit` (up to 200) and `offset`.

    Args:
        is_archive (bool):
        id (UUID | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        nm_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimsListResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        is_archive=is_archive,
        id=id,
        limit=limit,
        offset=offset,
        nm_id=nm_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    is_archive: bool,
    id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    nm_id: int | Unset = UNSET,
) -> ClaimsListResponse | ProblemError | None:
    """Return claims

     Buyers' return claims (current or archived); paged by `limit` (up to 200) and `offset`.

    Args:
        is_archive (bool):
        id (UUID | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        nm_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimsListResponse | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            is_archive=is_archive,
            id=id,
            limit=limit,
            offset=offset,
            nm_id=nm_id,
        )
    ).parsed
