from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.content_init_request import ContentInitRequest
from ...models.content_init_response import ContentInitResponse
from ...models.wbd_problem import WbdProblem
from ...models.wbd_problem_400 import WbdProblem400
from ...models.wbd_problem_500 import WbdProblem500
from ...types import Response


def _get_kwargs(
    *,
    body: ContentInitRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/content/upload/init",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContentInitResponse | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    if response.status_code == 200:
        response_200 = ContentInitResponse.from_dict(response.json())

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
) -> Response[ContentInitResponse | WbdProblem | WbdProblem400 | WbdProblem500]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContentInitRequest,
) -> Response[ContentInitResponse | WbdProblem | WbdProblem400 | WbdProblem500]:
    """Initialize new content

     Registers new content (its information) before its file is uploaded; returns the `content_id` and
    the `uuid` that `Upload content (file)` needs.

    - Split the file into parts (chunks) of at most 2 MB and list each part's 1-based `index` and
      `size` in bytes in `parts` (a 5 MB file: 2 MB, 2 MB, 1 MB).
    - `content_type` must suit `catalog_id`: 1 Video content → video/mp4; 2 Audio content → audio/mpeg;
      4 Document → application/pdf, application/epub+zip, text/plain.
    - File requirements: at most 3 GB; video/audio at least 1 minute long.
    - Required in `meta`: `thumbnail` (the URIs from `Upload content cover`) and `rating` for all
      content; also `author` for audio content; `author` and `pages` for documents.
    - `meta.rating` is an age rating (`0+`, `6+`, `12+`, `14+`, `16+`, `18+`); `meta` also takes
      `bisac`, `duration`, `original_name`, `source_file_name`, `translator` and `voice`; `author`,
      `original_name`, `source_file_name`, `translator` and `voice` at most 100 characters (WB's
      reference, wbd-content-init-meta).

    Args:
        body (ContentInitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContentInitResponse | WbdProblem | WbdProblem400 | WbdProblem500]
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
    body: ContentInitRequest,
) -> ContentInitResponse | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    """Initialize new content

     Registers new content (its information) before its file is uploaded; returns the `content_id` and
    the `uuid` that `Upload content (file)` needs.

    - Split the file into parts (chunks) of at most 2 MB and list each part's 1-based `index` and
      `size` in bytes in `parts` (a 5 MB file: 2 MB, 2 MB, 1 MB).
    - `content_type` must suit `catalog_id`: 1 Video content → video/mp4; 2 Audio content → audio/mpeg;
      4 Document → application/pdf, application/epub+zip, text/plain.
    - File requirements: at most 3 GB; video/audio at least 1 minute long.
    - Required in `meta`: `thumbnail` (the URIs from `Upload content cover`) and `rating` for all
      content; also `author` for audio content; `author` and `pages` for documents.
    - `meta.rating` is an age rating (`0+`, `6+`, `12+`, `14+`, `16+`, `18+`); `meta` also takes
      `bisac`, `duration`, `original_name`, `source_file_name`, `translator` and `voice`; `author`,
      `original_name`, `source_file_name`, `translator` and `voice` at most 100 characters (WB's
      reference, wbd-content-init-meta).

    Args:
        body (ContentInitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContentInitResponse | WbdProblem | WbdProblem400 | WbdProblem500
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContentInitRequest,
) -> Response[ContentInitResponse | WbdProblem | WbdProblem400 | WbdProblem500]:
    """Initialize new content

     Registers new content (its information) before its file is uploaded; returns the `content_id` and
    the `uuid` that `Upload content (file)` needs.

    - Split the file into parts (chunks) of at most 2 MB and list each part's 1-based `index` and
      `size` in bytes in `parts` (a 5 MB file: 2 MB, 2 MB, 1 MB).
    - `content_type` must suit `catalog_id`: 1 Video content → video/mp4; 2 Audio content → audio/mpeg;
      4 Document → application/pdf, application/epub+zip, text/plain.
    - File requirements: at most 3 GB; video/audio at least 1 minute long.
    - Required in `meta`: `thumbnail` (the URIs from `Upload content cover`) and `rating` for all
      content; also `author` for audio content; `author` and `pages` for documents.
    - `meta.rating` is an age rating (`0+`, `6+`, `12+`, `14+`, `16+`, `18+`); `meta` also takes
      `bisac`, `duration`, `original_name`, `source_file_name`, `translator` and `voice`; `author`,
      `original_name`, `source_file_name`, `translator` and `voice` at most 100 characters (WB's
      reference, wbd-content-init-meta).

    Args:
        body (ContentInitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContentInitResponse | WbdProblem | WbdProblem400 | WbdProblem500]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContentInitRequest,
) -> ContentInitResponse | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    """Initialize new content

     Registers new content (its information) before its file is uploaded; returns the `content_id` and
    the `uuid` that `Upload content (file)` needs.

    - Split the file into parts (chunks) of at most 2 MB and list each part's 1-based `index` and
      `size` in bytes in `parts` (a 5 MB file: 2 MB, 2 MB, 1 MB).
    - `content_type` must suit `catalog_id`: 1 Video content → video/mp4; 2 Audio content → audio/mpeg;
      4 Document → application/pdf, application/epub+zip, text/plain.
    - File requirements: at most 3 GB; video/audio at least 1 minute long.
    - Required in `meta`: `thumbnail` (the URIs from `Upload content cover`) and `rating` for all
      content; also `author` for audio content; `author` and `pages` for documents.
    - `meta.rating` is an age rating (`0+`, `6+`, `12+`, `14+`, `16+`, `18+`); `meta` also takes
      `bisac`, `duration`, `original_name`, `source_file_name`, `translator` and `voice`; `author`,
      `original_name`, `source_file_name`, `translator` and `voice` at most 100 characters (WB's
      reference, wbd-content-init-meta).

    Args:
        body (ContentInitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContentInitResponse | WbdProblem | WbdProblem400 | WbdProblem500
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
