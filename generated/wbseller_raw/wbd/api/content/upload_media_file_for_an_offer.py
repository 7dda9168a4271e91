from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gallery_upload_request import GalleryUploadRequest
from ...models.gallery_upload_response import GalleryUploadResponse
from ...models.wbd_problem import WbdProblem
from ...models.wbd_problem_400 import WbdProblem400
from ...models.wbd_problem_500 import WbdProblem500
from ...types import Response


def _get_kwargs(
    *,
    body: GalleryUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/content/gallery",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GalleryUploadResponse | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    if response.status_code == 200:
        response_200 = GalleryUploadResponse.from_dict(response.json())

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
) -> Response[GalleryUploadResponse | WbdProblem | WbdProblem400 | WbdProblem500]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GalleryUploadRequest,
) -> Response[GalleryUploadResponse | WbdProblem | WbdProblem400 | WbdProblem500]:
    """Upload media file for an offer

     Uploads media files (multipart field `files`, up to 8 files) and returns their URIs, to be put in
    an offer's `gallery` when creating or editing it. Size limits: image 5 MB, video 50 MB, all files
    together 100 MB. Allowed formats: images PNG, JPEG; video MP4. At most 10 requests per second
    (WB's reference, wbd-gallery-limit; the docs said 50).

    Args:
        body (GalleryUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GalleryUploadResponse | WbdProblem | WbdProblem400 | WbdProblem500]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GalleryUploadRequest,
) -> GalleryUploadResponse | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    """Upload media file for an offer

     Uploads media files (multipart field `files`, up to 8 files) and returns their URIs, to be put in
    an offer's `gallery` when creating or editing it. Size limits: image 5 MB, video 50 MB, all files
    together 100 MB. Allowed formats: images PNG, JPEG; video MP4. At most 10 requests per second
    (WB's reference, wbd-gallery-limit; the docs said 50).

    Args:
        body (GalleryUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GalleryUploadResponse | WbdProblem | WbdProblem400 | WbdProblem500
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GalleryUploadRequest,
) -> Response[GalleryUploadResponse | WbdProblem | WbdProblem400 | WbdProblem500]:
    """Upload media file for an offer

     Uploads media files (multipart field `files`, up to 8 files) and returns their URIs, to be put in
    an offer's `gallery` when creating or editing it. Size limits: image 5 MB, video 50 MB, all files
    together 100 MB. Allowed formats: images PNG, JPEG; video MP4. At most 10 requests per second
    (WB's reference, wbd-gallery-limit; the docs said 50).

    Args:
        body (GalleryUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GalleryUploadResponse | WbdProblem | WbdProblem400 | WbdProblem500]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GalleryUploadRequest,
) -> GalleryUploadResponse | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    """Upload media file for an offer

     Uploads media files (multipart field `files`, up to 8 files) and returns their URIs, to be put in
    an offer's `gallery` when creating or editing it. Size limits: image 5 MB, video 50 MB, all files
    together 100 MB. Allowed formats: images PNG, JPEG; video MP4. At most 10 requests per second
    (WB's reference, wbd-gallery-limit; the docs said 50).

    Args:
        body (GalleryUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GalleryUploadResponse | WbdProblem | WbdProblem400 | WbdProblem500
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
