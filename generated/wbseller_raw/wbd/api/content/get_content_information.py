from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.content_info import ContentInfo
from ...models.wbd_problem import WbdProblem
from ...models.wbd_problem_400 import WbdProblem400
from ...models.wbd_problem_500 import WbdProblem500
from ...types import Response


def _get_kwargs(
    content_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/content/author/{content_id}".format(
            content_id=quote(str(content_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContentInfo | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    if response.status_code == 200:
        response_200 = ContentInfo.from_dict(response.json())

        return response_200

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContentInfo | WbdProblem | WbdProblem400 | WbdProblem500]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    content_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContentInfo | WbdProblem | WbdProblem400 | WbdProblem500]:
    """Get content information

     Returns the information about one piece of content.

    Args:
        content_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContentInfo | WbdProblem | WbdProblem400 | WbdProblem500]
    """

    kwargs = _get_kwargs(
        content_id=content_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    content_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ContentInfo | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    """Get content information

     Returns the information about one piece of content.

    Args:
        content_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContentInfo | WbdProblem | WbdProblem400 | WbdProblem500
    """

    return sync_detailed(
        content_id=content_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    content_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContentInfo | WbdProblem | WbdProblem400 | WbdProblem500]:
    """Get content information

     Returns the information about one piece of content.

    Args:
        content_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContentInfo | WbdProblem | WbdProblem400 | WbdProblem500]
    """

    kwargs = _get_kwargs(
        content_id=content_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    content_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ContentInfo | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    """Get content information

     Returns the information about one piece of content.

    Args:
        content_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContentInfo | WbdProblem | WbdProblem400 | WbdProblem500
    """

    return (
        await asyncio_detailed(
            content_id=content_id,
            client=client,
        )
    ).parsed
