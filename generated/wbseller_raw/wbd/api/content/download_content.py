from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.wbd_problem import WbdProblem
from ...models.wbd_problem_400 import WbdProblem400
from ...models.wbd_problem_500 import WbdProblem500
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    uri: str,
    *,
    range_: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(range_, Unset):
        headers["Range"] = range_

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/content/download/{uri}".format(
            uri=quote(str(uri), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 206:
        response_206 = File(payload=BytesIO(response.content))

        return response_206

    if response.status_code == 400:
        response_400 = WbdProblem400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = WbdProblem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = WbdProblem.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = WbdProblem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = WbdProblem500.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = WbdProblem500.from_dict(response.json())

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[File | WbdProblem | WbdProblem400 | WbdProblem500]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uri: str,
    *,
    client: AuthenticatedClient | Client,
    range_: str | Unset = UNSET,
) -> Response[File | WbdProblem | WbdProblem400 | WbdProblem500]:
    """Download content

     Downloads content by its URI, taken from the `uri` or `files` field of the content information
    (`Get content information`, `Get a list of your content`). The `{uri}` path parameter holds
    slashes (e.g. `vol19/924/e9e55159ea3d9018bd061c62f75efbdf/content`) that must be sent as is, not
    percent-encoded. Parts of the file can be downloaded with the `Range` header (e.g.
    `bytes=0-524287999`); the answer then carries `Content-Range` (e.g.
    `bytes 0-524287999/1073741824`).

    Args:
        uri (str):
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | WbdProblem | WbdProblem400 | WbdProblem500]
    """

    kwargs = _get_kwargs(
        uri=uri,
        range_=range_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uri: str,
    *,
    client: AuthenticatedClient | Client,
    range_: str | Unset = UNSET,
) -> File | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    """Download content

     Downloads content by its URI, taken from the `uri` or `files` field of the content information
    (`Get content information`, `Get a list of your content`). The `{uri}` path parameter holds
    slashes (e.g. `vol19/924/e9e55159ea3d9018bd061c62f75efbdf/content`) that must be sent as is, not
    percent-encoded. Parts of the file can be downloaded with the `Range` header (e.g.
    `bytes=0-524287999`); the answer then carries `Content-Range` (e.g.
    `bytes 0-524287999/1073741824`).

    Args:
        uri (str):
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | WbdProblem | WbdProblem400 | WbdProblem500
    """

    return sync_detailed(
        uri=uri,
        client=client,
        range_=range_,
    ).parsed


async def asyncio_detailed(
    uri: str,
    *,
    client: AuthenticatedClient | Client,
    range_: str | Unset = UNSET,
) -> Response[File | WbdProblem | WbdProblem400 | WbdProblem500]:
    """Download content

     Downloads content by its URI, taken from the `uri` or `files` field of the content information
    (`Get content information`, `Get a list of your content`). The `{uri}` path parameter holds
    slashes (e.g. `vol19/924/e9e55159ea3d9018bd061c62f75efbdf/content`) that must be sent as is, not
    percent-encoded. Parts of the file can be downloaded with the `Range` header (e.g.
    `bytes=0-524287999`); the answer then carries `Content-Range` (e.g.
    `bytes 0-524287999/1073741824`).

    Args:
        uri (str):
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | WbdProblem | WbdProblem400 | WbdProblem500]
    """

    kwargs = _get_kwargs(
        uri=uri,
        range_=range_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uri: str,
    *,
    client: AuthenticatedClient | Client,
    range_: str | Unset = UNSET,
) -> File | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    """Download content

     Downloads content by its URI, taken from the `uri` or `files` field of the content information
    (`Get content information`, `Get a list of your content`). The `{uri}` path parameter holds
    slashes (e.g. `vol19/924/e9e55159ea3d9018bd061c62f75efbdf/content`) that must be sent as is, not
    percent-encoded. Parts of the file can be downloaded with the `Range` header (e.g.
    `bytes=0-524287999`); the answer then carries `Content-Range` (e.g.
    `bytes 0-524287999/1073741824`).

    Args:
        uri (str):
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | WbdProblem | WbdProblem400 | WbdProblem500
    """

    return (
        await asyncio_detailed(
            uri=uri,
            client=client,
            range_=range_,
        )
    ).parsed
