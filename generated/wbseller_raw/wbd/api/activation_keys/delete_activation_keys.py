from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.keys_delete_response import KeysDeleteResponse
from ...models.wbd_problem import WbdProblem
from ...models.wbd_problem_400 import WbdProblem400
from ...models.wbd_problem_403 import WbdProblem403
from ...models.wbd_problem_500 import WbdProblem500
from ...types import UNSET, Response


def _get_kwargs(
    *,
    ids: list[int],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids = ids

    params["ids"] = json_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/keys-api/keys",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    KeysDeleteResponse
    | WbdProblem
    | WbdProblem400
    | WbdProblem403
    | WbdProblem500
    | None
):
    if response.status_code == 200:
        response_200 = KeysDeleteResponse.from_dict(response.json())

        return response_200

    if response.status_code == 207:
        response_207 = KeysDeleteResponse.from_dict(response.json())

        return response_207

    if response.status_code == 400:
        response_400 = WbdProblem400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = WbdProblem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = WbdProblem403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = WbdProblem.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = WbdProblem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = WbdProblem500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    KeysDeleteResponse | WbdProblem | WbdProblem400 | WbdProblem403 | WbdProblem500
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[int],
) -> Response[
    KeysDeleteResponse | WbdProblem | WbdProblem400 | WbdProblem403 | WbdProblem500
]:
    """Delete activation keys

     Deletes activation keys by their IDs. Access to the method is granted through a request to
    technical support. Answers 200 or 207 (multi-status: some keys were not deleted); either way
    `statuses` holds one `{id, code, message, status}` per key, `status` true when that key was
    deleted (WB's reference, wbd-keys-fields).

    Args:
        ids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KeysDeleteResponse | WbdProblem | WbdProblem400 | WbdProblem403 | WbdProblem500]
    """

    kwargs = _get_kwargs(
        ids=ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ids: list[int],
) -> (
    KeysDeleteResponse
    | WbdProblem
    | WbdProblem400
    | WbdProblem403
    | WbdProblem500
    | None
):
    """Delete activation keys

     Deletes activation keys by their IDs. Access to the method is granted through a request to
    technical support. Answers 200 or 207 (multi-status: some keys were not deleted); either way
    `statuses` holds one `{id, code, message, status}` per key, `status` true when that key was
    deleted (WB's reference, wbd-keys-fields).

    Args:
        ids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KeysDeleteResponse | WbdProblem | WbdProblem400 | WbdProblem403 | WbdProblem500
    """

    return sync_detailed(
        client=client,
        ids=ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[int],
) -> Response[
    KeysDeleteResponse | WbdProblem | WbdProblem400 | WbdProblem403 | WbdProblem500
]:
    """Delete activation keys

     Deletes activation keys by their IDs. Access to the method is granted through a request to
    technical support. Answers 200 or 207 (multi-status: some keys were not deleted); either way
    `statuses` holds one `{id, code, message, status}` per key, `status` true when that key was
    deleted (WB's reference, wbd-keys-fields).

    Args:
        ids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KeysDeleteResponse | WbdProblem | WbdProblem400 | WbdProblem403 | WbdProblem500]
    """

    kwargs = _get_kwargs(
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ids: list[int],
) -> (
    KeysDeleteResponse
    | WbdProblem
    | WbdProblem400
    | WbdProblem403
    | WbdProblem500
    | None
):
    """Delete activation keys

     Deletes activation keys by their IDs. Access to the method is granted through a request to
    technical support. Answers 200 or 207 (multi-status: some keys were not deleted); either way
    `statuses` holds one `{id, code, message, status}` per key, `status` true when that key was
    deleted (WB's reference, wbd-keys-fields).

    Args:
        ids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KeysDeleteResponse | WbdProblem | WbdProblem400 | WbdProblem403 | WbdProblem500
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
        )
    ).parsed
