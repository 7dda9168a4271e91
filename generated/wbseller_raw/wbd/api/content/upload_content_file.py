from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chunk_upload_response import ChunkUploadResponse
from ...models.upload_content_file_x_content_type import (
    UploadContentFileXContentType,
)
from ...models.wbd_problem import WbdProblem
from ...models.wbd_problem_400 import WbdProblem400
from ...models.wbd_problem_500 import WbdProblem500
from ...types import File, Response


def _get_kwargs(
    *,
    body: File,
    x_content_type: UploadContentFileXContentType,
    x_wbd_part_index: int,
    x_wbd_content_uuid: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Content-Type"] = str(x_content_type)

    headers["X-Wbd-Part-Index"] = str(x_wbd_part_index)

    headers["X-Wbd-Content-Uuid"] = x_wbd_content_uuid

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/content/upload/chunk",
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChunkUploadResponse | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    if response.status_code == 200:
        response_200 = ChunkUploadResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = WbdProblem400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = WbdProblem.from_dict(response.json())

        return response_401

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
) -> Response[ChunkUploadResponse | WbdProblem | WbdProblem400 | WbdProblem500]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    x_content_type: UploadContentFileXContentType,
    x_wbd_part_index: int,
    x_wbd_content_uuid: str,
) -> Response[ChunkUploadResponse | WbdProblem | WbdProblem400 | WbdProblem500]:
    """Upload content (file)

     Uploads one part (chunk) of a content file; repeat for every part declared in `Initialize new
    content`. The body is the part's bytes (at most 2 MB); `X-Content-Type` must match the content's
    type, `X-Wbd-Part-Index` is the part's index (starting from 1) and `X-Wbd-Content-Uuid` the `uuid`
    returned by `Initialize new content`. The whole file is at most 3 GB. The docs say nothing on
    re-sending a part or on sending parts out of order.

    Idempotent (our reading, not a quote): a part is identified by its index, and its size is fixed
    by `Initialize new content`, so re-sending it replaces that part with the same bytes; it never
    adds one. That is why a part is sent again after a break that leaves it unknown whether WB
    stored it, and why a 3 GB upload need not start over.

    Args:
        x_content_type (UploadContentFileXContentType):
        x_wbd_part_index (int):
        x_wbd_content_uuid (str):
        body (File): File bytes of one part, at most 2 MB (2097152 bytes). Whole file: at most 3
            GB; formats MP4,
            MP3, PDF, EPUB, TXT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChunkUploadResponse | WbdProblem | WbdProblem400 | WbdProblem500]
    """

    kwargs = _get_kwargs(
        body=body,
        x_content_type=x_content_type,
        x_wbd_part_index=x_wbd_part_index,
        x_wbd_content_uuid=x_wbd_content_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    x_content_type: UploadContentFileXContentType,
    x_wbd_part_index: int,
    x_wbd_content_uuid: str,
) -> ChunkUploadResponse | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    """Upload content (file)

     Uploads one part (chunk) of a content file; repeat for every part declared in `Initialize new
    content`. The body is the part's bytes (at most 2 MB); `X-Content-Type` must match the content's
    type, `X-Wbd-Part-Index` is the part's index (starting from 1) and `X-Wbd-Content-Uuid` the `uuid`
    returned by `Initialize new content`. The whole file is at most 3 GB. The docs say nothing on
    re-sending a part or on sending parts out of order.

    Idempotent (our reading, not a quote): a part is identified by its index, and its size is fixed
    by `Initialize new content`, so re-sending it replaces that part with the same bytes; it never
    adds one. That is why a part is sent again after a break that leaves it unknown whether WB
    stored it, and why a 3 GB upload need not start over.

    Args:
        x_content_type (UploadContentFileXContentType):
        x_wbd_part_index (int):
        x_wbd_content_uuid (str):
        body (File): File bytes of one part, at most 2 MB (2097152 bytes). Whole file: at most 3
            GB; formats MP4,
            MP3, PDF, EPUB, TXT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChunkUploadResponse | WbdProblem | WbdProblem400 | WbdProblem500
    """

    return sync_detailed(
        client=client,
        body=body,
        x_content_type=x_content_type,
        x_wbd_part_index=x_wbd_part_index,
        x_wbd_content_uuid=x_wbd_content_uuid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    x_content_type: UploadContentFileXContentType,
    x_wbd_part_index: int,
    x_wbd_content_uuid: str,
) -> Response[ChunkUploadResponse | WbdProblem | WbdProblem400 | WbdProblem500]:
    """Upload content (file)

     Uploads one part (chunk) of a content file; repeat for every part declared in `Initialize new
    content`. The body is the part's bytes (at most 2 MB); `X-Content-Type` must match the content's
    type, `X-Wbd-Part-Index` is the part's index (starting from 1) and `X-Wbd-Content-Uuid` the `uuid`
    returned by `Initialize new content`. The whole file is at most 3 GB. The docs say nothing on
    re-sending a part or on sending parts out of order.

    Idempotent (our reading, not a quote): a part is identified by its index, and its size is fixed
    by `Initialize new content`, so re-sending it replaces that part with the same bytes; it never
    adds one. That is why a part is sent again after a break that leaves it unknown whether WB
    stored it, and why a 3 GB upload need not start over.

    Args:
        x_content_type (UploadContentFileXContentType):
        x_wbd_part_index (int):
        x_wbd_content_uuid (str):
        body (File): File bytes of one part, at most 2 MB (2097152 bytes). Whole file: at most 3
            GB; formats MP4,
            MP3, PDF, EPUB, TXT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChunkUploadResponse | WbdProblem | WbdProblem400 | WbdProblem500]
    """

    kwargs = _get_kwargs(
        body=body,
        x_content_type=x_content_type,
        x_wbd_part_index=x_wbd_part_index,
        x_wbd_content_uuid=x_wbd_content_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    x_content_type: UploadContentFileXContentType,
    x_wbd_part_index: int,
    x_wbd_content_uuid: str,
) -> ChunkUploadResponse | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    """Upload content (file)

     Uploads one part (chunk) of a content file; repeat for every part declared in `Initialize new
    content`. The body is the part's bytes (at most 2 MB); `X-Content-Type` must match the content's
    type, `X-Wbd-Part-Index` is the part's index (starting from 1) and `X-Wbd-Content-Uuid` the `uuid`
    returned by `Initialize new content`. The whole file is at most 3 GB. The docs say nothing on
    re-sending a part or on sending parts out of order.

    Idempotent (our reading, not a quote): a part is identified by its index, and its size is fixed
    by `Initialize new content`, so re-sending it replaces that part with the same bytes; it never
    adds one. That is why a part is sent again after a break that leaves it unknown whether WB
    stored it, and why a 3 GB upload need not start over.

    Args:
        x_content_type (UploadContentFileXContentType):
        x_wbd_part_index (int):
        x_wbd_content_uuid (str):
        body (File): File bytes of one part, at most 2 MB (2097152 bytes). Whole file: at most 3
            GB; formats MP4,
            MP3, PDF, EPUB, TXT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChunkUploadResponse | WbdProblem | WbdProblem400 | WbdProblem500
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_content_type=x_content_type,
            x_wbd_part_index=x_wbd_part_index,
            x_wbd_content_uuid=x_wbd_content_uuid,
        )
    ).parsed
