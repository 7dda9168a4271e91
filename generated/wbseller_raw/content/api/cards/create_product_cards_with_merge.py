from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cards_upload_add_request import CardsUploadAddRequest
from ...models.content_error import ContentError
from ...models.content_response import ContentResponse
from ...models.problem_error import ProblemError
from ...types import Response


def _get_kwargs(
    *,
    body: CardsUploadAddRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/content/v2/cards/upload/add",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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

    if response.status_code == 413:
        response_413 = ContentError.from_dict(response.json())

        return response_413

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
    body: CardsUploadAddRequest,
) -> Response[ContentError | ContentResponse | ProblemError]:
    """Create product cards with merge

     Creates new product cards by merging them with an existing card (imtID). Asynchronous: the
    request is queued for processing. If the answer is Success (200) but the product card was
    not created, check the list of failed product cards with errors; if it is listed there,
    correct the reported errors and resend the request.

    Dimensions only in centimeters; the weight of the packed product in kilograms. Barcodes
    cannot be edited or deleted, but new ones can be added. Photos, video and tags are not sent
    and cannot be edited here. The products page states "at most 3000 product cards (nmID)" per
    request (the update's limit; a card holds at most 30 product cards). Maximum request size 10 MB.

    Maximum of 10 requests per minute (interval 6 s) for this method: WB's current limit
    (specs/changes/2026-12-03-wb-current.yaml, cards-write-limit), not the category's 100 per minute.

    Args:
        body (CardsUploadAddRequest): Product cards to create in the existing card imtID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContentError | ContentResponse | ProblemError]
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
    body: CardsUploadAddRequest,
) -> ContentError | ContentResponse | ProblemError | None:
    """Create product cards with merge

     Creates new product cards by merging them with an existing card (imtID). Asynchronous: the
    request is queued for processing. If the answer is Success (200) but the product card was
    not created, check the list of failed product cards with errors; if it is listed there,
    correct the reported errors and resend the request.

    Dimensions only in centimeters; the weight of the packed product in kilograms. Barcodes
    cannot be edited or deleted, but new ones can be added. Photos, video and tags are not sent
    and cannot be edited here. The products page states "at most 3000 product cards (nmID)" per
    request (the update's limit; a card holds at most 30 product cards). Maximum request size 10 MB.

    Maximum of 10 requests per minute (interval 6 s) for this method: WB's current limit
    (specs/changes/2026-12-03-wb-current.yaml, cards-write-limit), not the category's 100 per minute.

    Args:
        body (CardsUploadAddRequest): Product cards to create in the existing card imtID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContentError | ContentResponse | ProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CardsUploadAddRequest,
) -> Response[ContentError | ContentResponse | ProblemError]:
    """Create product cards with merge

     Creates new product cards by merging them with an existing card (imtID). Asynchronous: the
    request is queued for processing. If the answer is Success (200) but the product card was
    not created, check the list of failed product cards with errors; if it is listed there,
    correct the reported errors and resend the request.

    Dimensions only in centimeters; the weight of the packed product in kilograms. Barcodes
    cannot be edited or deleted, but new ones can be added. Photos, video and tags are not sent
    and cannot be edited here. The products page states "at most 3000 product cards (nmID)" per
    request (the update's limit; a card holds at most 30 product cards). Maximum request size 10 MB.

    Maximum of 10 requests per minute (interval 6 s) for this method: WB's current limit
    (specs/changes/2026-12-03-wb-current.yaml, cards-write-limit), not the category's 100 per minute.

    Args:
        body (CardsUploadAddRequest): Product cards to create in the existing card imtID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContentError | ContentResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CardsUploadAddRequest,
) -> ContentError | ContentResponse | ProblemError | None:
    """Create product cards with merge

     Creates new product cards by merging them with an existing card (imtID). Asynchronous: the
    request is queued for processing. If the answer is Success (200) but the product card was
    not created, check the list of failed product cards with errors; if it is listed there,
    correct the reported errors and resend the request.

    Dimensions only in centimeters; the weight of the packed product in kilograms. Barcodes
    cannot be edited or deleted, but new ones can be added. Photos, video and tags are not sent
    and cannot be edited here. The products page states "at most 3000 product cards (nmID)" per
    request (the update's limit; a card holds at most 30 product cards). Maximum request size 10 MB.

    Maximum of 10 requests per minute (interval 6 s) for this method: WB's current limit
    (specs/changes/2026-12-03-wb-current.yaml, cards-write-limit), not the category's 100 per minute.

    Args:
        body (CardsUploadAddRequest): Product cards to create in the existing card imtID.

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
        )
    ).parsed
