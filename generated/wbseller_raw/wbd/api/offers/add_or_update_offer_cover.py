from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_or_update_offer_cover_x_content_type import (
    AddOrUpdateOfferCoverXContentType,
)
from ...models.wbd_problem import WbdProblem
from ...models.wbd_problem_400 import WbdProblem400
from ...models.wbd_problem_500 import WbdProblem500
from ...types import File, Response


def _get_kwargs(
    *,
    body: File,
    x_content_type: AddOrUpdateOfferCoverXContentType,
    x_wbd_offer_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Content-Type"] = str(x_content_type)

    headers["X-Wbd-OfferId"] = str(x_wbd_offer_id)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/offers/thumb",
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | WbdProblem | WbdProblem400 | WbdProblem500]:
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
    x_content_type: AddOrUpdateOfferCoverXContentType,
    x_wbd_offer_id: int,
) -> Response[Any | WbdProblem | WbdProblem400 | WbdProblem500]:
    """Add or update offer cover

     Adds or replaces the cover of an offer. The body is the image file's bytes; `X-Content-Type`
    gives its type and `X-Wbd-OfferId` the offer. Maximum file size 5 MB; allowed formats PNG, JPEG.
    Recommended: 1:1 aspect ratio, at least 1200x1200 pixels, a background that contrasts with white.

    Args:
        x_content_type (AddOrUpdateOfferCoverXContentType):
        x_wbd_offer_id (int):
        body (File): File bytes. Maximum size 5 MB; formats PNG, JPEG.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WbdProblem | WbdProblem400 | WbdProblem500]
    """

    kwargs = _get_kwargs(
        body=body,
        x_content_type=x_content_type,
        x_wbd_offer_id=x_wbd_offer_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    x_content_type: AddOrUpdateOfferCoverXContentType,
    x_wbd_offer_id: int,
) -> Any | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    """Add or update offer cover

     Adds or replaces the cover of an offer. The body is the image file's bytes; `X-Content-Type`
    gives its type and `X-Wbd-OfferId` the offer. Maximum file size 5 MB; allowed formats PNG, JPEG.
    Recommended: 1:1 aspect ratio, at least 1200x1200 pixels, a background that contrasts with white.

    Args:
        x_content_type (AddOrUpdateOfferCoverXContentType):
        x_wbd_offer_id (int):
        body (File): File bytes. Maximum size 5 MB; formats PNG, JPEG.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WbdProblem | WbdProblem400 | WbdProblem500
    """

    return sync_detailed(
        client=client,
        body=body,
        x_content_type=x_content_type,
        x_wbd_offer_id=x_wbd_offer_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    x_content_type: AddOrUpdateOfferCoverXContentType,
    x_wbd_offer_id: int,
) -> Response[Any | WbdProblem | WbdProblem400 | WbdProblem500]:
    """Add or update offer cover

     Adds or replaces the cover of an offer. The body is the image file's bytes; `X-Content-Type`
    gives its type and `X-Wbd-OfferId` the offer. Maximum file size 5 MB; allowed formats PNG, JPEG.
    Recommended: 1:1 aspect ratio, at least 1200x1200 pixels, a background that contrasts with white.

    Args:
        x_content_type (AddOrUpdateOfferCoverXContentType):
        x_wbd_offer_id (int):
        body (File): File bytes. Maximum size 5 MB; formats PNG, JPEG.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WbdProblem | WbdProblem400 | WbdProblem500]
    """

    kwargs = _get_kwargs(
        body=body,
        x_content_type=x_content_type,
        x_wbd_offer_id=x_wbd_offer_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    x_content_type: AddOrUpdateOfferCoverXContentType,
    x_wbd_offer_id: int,
) -> Any | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    """Add or update offer cover

     Adds or replaces the cover of an offer. The body is the image file's bytes; `X-Content-Type`
    gives its type and `X-Wbd-OfferId` the offer. Maximum file size 5 MB; allowed formats PNG, JPEG.
    Recommended: 1:1 aspect ratio, at least 1200x1200 pixels, a background that contrasts with white.

    Args:
        x_content_type (AddOrUpdateOfferCoverXContentType):
        x_wbd_offer_id (int):
        body (File): File bytes. Maximum size 5 MB; formats PNG, JPEG.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WbdProblem | WbdProblem400 | WbdProblem500
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_content_type=x_content_type,
            x_wbd_offer_id=x_wbd_offer_id,
        )
    ).parsed
