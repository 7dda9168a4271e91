from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_attachment_download_202_response import (
    ChatAttachmentDownload202Response,
)
from ...models.problem_error import ProblemError
from ...types import File, Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/seller/download/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatAttachmentDownload202Response | File | ProblemError | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 202:
        response_202 = ChatAttachmentDownload202Response.from_dict(response.json())

        return response_202

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

    if response.status_code == 451:
        response_451 = ProblemError.from_dict(response.json())

        return response_451

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatAttachmentDownload202Response | File | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ChatAttachmentDownload202Response | File | ProblemError]:
    """Download an attachment

     A file or image of a chat message: 200 with the file (PDF, JPEG, PNG), or 202 while it is being
    moderated (`retrySeconds` says when to ask again).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatAttachmentDownload202Response | File | ProblemError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ChatAttachmentDownload202Response | File | ProblemError | None:
    """Download an attachment

     A file or image of a chat message: 200 with the file (PDF, JPEG, PNG), or 202 while it is being
    moderated (`retrySeconds` says when to ask again).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatAttachmentDownload202Response | File | ProblemError
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ChatAttachmentDownload202Response | File | ProblemError]:
    """Download an attachment

     A file or image of a chat message: 200 with the file (PDF, JPEG, PNG), or 202 while it is being
    moderated (`retrySeconds` says when to ask again).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatAttachmentDownload202Response | File | ProblemError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ChatAttachmentDownload202Response | File | ProblemError | None:
    """Download an attachment

     A file or image of a chat message: 200 with the file (PDF, JPEG, PNG), or 202 while it is being
    moderated (`retrySeconds` says when to ask again).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatAttachmentDownload202Response | File | ProblemError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
