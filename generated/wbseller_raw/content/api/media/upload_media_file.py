from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.content_error import ContentError
from ...models.content_response import ContentResponse
from ...models.media_file_upload import MediaFileUpload
from ...models.problem_error import ProblemError
from ...types import Response


def _get_kwargs(
    *,
    body: MediaFileUpload,
    x_nm_id: str,
    x_photo_number: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Nm-Id"] = x_nm_id

    headers["X-Photo-Number"] = str(x_photo_number)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/content/v3/media/file",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContentError | ContentResponse | ProblemError | None:
    if response.status_code == 200:
        response_200 = ContentResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ContentError.from_dict(response.json())

        return response_400

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
) -> Response[ContentError | ContentResponse | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MediaFileUpload,
    x_nm_id: str,
    x_photo_number: int,
) -> Response[ContentError | ContentResponse | ProblemError]:
    """Upload media file

     Uploads one media file and adds it to a product card (headers `X-Nm-Id` and
    `X-Photo-Number`, the file in the multipart field `uploadfile`).

    Images: at most 30 per product card; resolution at least 700 × 900 pixels; at most 32 MB;
    quality at least 65%; formats JPG, PNG, BMP, GIF (static), WebP.
    Video: at most one per product card; at most 50 MB; formats MOV, MP4.

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Args:
        x_nm_id (str):
        x_photo_number (int):
        body (MediaFileUpload): One media file. Image: JPG, PNG, BMP, GIF (static) or WebP, at
            least 700 × 900 pixels, at
            most 32 MB, quality at least 65%. Video: MOV or MP4, at most 50 MB.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContentError | ContentResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
        x_nm_id=x_nm_id,
        x_photo_number=x_photo_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MediaFileUpload,
    x_nm_id: str,
    x_photo_number: int,
) -> ContentError | ContentResponse | ProblemError | None:
    """Upload media file

     Uploads one media file and adds it to a product card (headers `X-Nm-Id` and
    `X-Photo-Number`, the file in the multipart field `uploadfile`).

    Images: at most 30 per product card; resolution at least 700 × 900 pixels; at most 32 MB;
    quality at least 65%; formats JPG, PNG, BMP, GIF (static), WebP.
    Video: at most one per product card; at most 50 MB; formats MOV, MP4.

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Args:
        x_nm_id (str):
        x_photo_number (int):
        body (MediaFileUpload): One media file. Image: JPG, PNG, BMP, GIF (static) or WebP, at
            least 700 × 900 pixels, at
            most 32 MB, quality at least 65%. Video: MOV or MP4, at most 50 MB.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContentError | ContentResponse | ProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
        x_nm_id=x_nm_id,
        x_photo_number=x_photo_number,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MediaFileUpload,
    x_nm_id: str,
    x_photo_number: int,
) -> Response[ContentError | ContentResponse | ProblemError]:
    """Upload media file

     Uploads one media file and adds it to a product card (headers `X-Nm-Id` and
    `X-Photo-Number`, the file in the multipart field `uploadfile`).

    Images: at most 30 per product card; resolution at least 700 × 900 pixels; at most 32 MB;
    quality at least 65%; formats JPG, PNG, BMP, GIF (static), WebP.
    Video: at most one per product card; at most 50 MB; formats MOV, MP4.

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Args:
        x_nm_id (str):
        x_photo_number (int):
        body (MediaFileUpload): One media file. Image: JPG, PNG, BMP, GIF (static) or WebP, at
            least 700 × 900 pixels, at
            most 32 MB, quality at least 65%. Video: MOV or MP4, at most 50 MB.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContentError | ContentResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
        x_nm_id=x_nm_id,
        x_photo_number=x_photo_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MediaFileUpload,
    x_nm_id: str,
    x_photo_number: int,
) -> ContentError | ContentResponse | ProblemError | None:
    """Upload media file

     Uploads one media file and adds it to a product card (headers `X-Nm-Id` and
    `X-Photo-Number`, the file in the multipart field `uploadfile`).

    Images: at most 30 per product card; resolution at least 700 × 900 pixels; at most 32 MB;
    quality at least 65%; formats JPG, PNG, BMP, GIF (static), WebP.
    Video: at most one per product card; at most 50 MB; formats MOV, MP4.

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Args:
        x_nm_id (str):
        x_photo_number (int):
        body (MediaFileUpload): One media file. Image: JPG, PNG, BMP, GIF (static) or WebP, at
            least 700 × 900 pixels, at
            most 32 MB, quality at least 65%. Video: MOV or MP4, at most 50 MB.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContentError | ContentResponse | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_nm_id=x_nm_id,
            x_photo_number=x_photo_number,
        )
    ).parsed
