from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...models.users_list_response import UsersListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    is_invite_only: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["isInviteOnly"] = is_invite_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemError | UsersListResponse | None:
    if response.status_code == 200:
        response_200 = UsersListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ProblemError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

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
) -> Response[ProblemError | UsersListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    is_invite_only: bool | Unset = False,
) -> Response[ProblemError | UsersListResponse]:
    """Users

     The users of the seller account, or the invited ones (`isInviteOnly`); paged by `limit` and
    `offset`. Served by user-management-api.wildberries.ru; a token of the Users category. Token types:
    personal only (limits.tsv). WB's operationId: `getV1Users`.

    Args:
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        is_invite_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | UsersListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        is_invite_only=is_invite_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    is_invite_only: bool | Unset = False,
) -> ProblemError | UsersListResponse | None:
    """Users

     The users of the seller account, or the invited ones (`isInviteOnly`); paged by `limit` and
    `offset`. Served by user-management-api.wildberries.ru; a token of the Users category. Token types:
    personal only (limits.tsv). WB's operationId: `getV1Users`.

    Args:
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        is_invite_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | UsersListResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        is_invite_only=is_invite_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    is_invite_only: bool | Unset = False,
) -> Response[ProblemError | UsersListResponse]:
    """Users

     The users of the seller account, or the invited ones (`isInviteOnly`); paged by `limit` and
    `offset`. Served by user-management-api.wildberries.ru; a token of the Users category. Token types:
    personal only (limits.tsv). WB's operationId: `getV1Users`.

    Args:
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        is_invite_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | UsersListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        is_invite_only=is_invite_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    is_invite_only: bool | Unset = False,
) -> ProblemError | UsersListResponse | None:
    """Users

     The users of the seller account, or the invited ones (`isInviteOnly`); paged by `limit` and
    `offset`. Served by user-management-api.wildberries.ru; a token of the Users category. Token types:
    personal only (limits.tsv). WB's operationId: `getV1Users`.

    Args:
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        is_invite_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | UsersListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            is_invite_only=is_invite_only,
        )
    ).parsed
