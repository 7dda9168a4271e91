from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_error import CalendarError
from ...models.problem_error import ProblemError
from ...models.promotion_upload_request import PromotionUploadRequest
from ...models.promotion_upload_response import PromotionUploadResponse
from ...types import Response


def _get_kwargs(
    *,
    body: PromotionUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/calendar/promotions/upload",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CalendarError | ProblemError | PromotionUploadResponse | None:
    if response.status_code == 200:
        response_200 = PromotionUploadResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CalendarError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = CalendarError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CalendarError | ProblemError | PromotionUploadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PromotionUploadRequest,
) -> Response[CalendarError | ProblemError | PromotionUploadResponse]:
    """Add Product to the Promotion

     Creates a product upload for the promotion and returns its `uploadID`
    (`alreadyExists` tells whether such an upload already existed). The upload is processed
    asynchronously: its status can be checked using separate methods (not part of these docs).
    Not applicable for auto promotions.
    Limit: 10 requests per 6 seconds (interval 600 ms, burst 5).

    Args:
        body (PromotionUploadRequest): WB's reference of 2026-07-23 marks no field of this body
            required
            (specs/changes/2026-12-06-wb-contracts.yaml, calendar-upload-bounds); an upload without a
            promotion or products is refused by WB (400 or 422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarError | ProblemError | PromotionUploadResponse]
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
    body: PromotionUploadRequest,
) -> CalendarError | ProblemError | PromotionUploadResponse | None:
    """Add Product to the Promotion

     Creates a product upload for the promotion and returns its `uploadID`
    (`alreadyExists` tells whether such an upload already existed). The upload is processed
    asynchronously: its status can be checked using separate methods (not part of these docs).
    Not applicable for auto promotions.
    Limit: 10 requests per 6 seconds (interval 600 ms, burst 5).

    Args:
        body (PromotionUploadRequest): WB's reference of 2026-07-23 marks no field of this body
            required
            (specs/changes/2026-12-06-wb-contracts.yaml, calendar-upload-bounds); an upload without a
            promotion or products is refused by WB (400 or 422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarError | ProblemError | PromotionUploadResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PromotionUploadRequest,
) -> Response[CalendarError | ProblemError | PromotionUploadResponse]:
    """Add Product to the Promotion

     Creates a product upload for the promotion and returns its `uploadID`
    (`alreadyExists` tells whether such an upload already existed). The upload is processed
    asynchronously: its status can be checked using separate methods (not part of these docs).
    Not applicable for auto promotions.
    Limit: 10 requests per 6 seconds (interval 600 ms, burst 5).

    Args:
        body (PromotionUploadRequest): WB's reference of 2026-07-23 marks no field of this body
            required
            (specs/changes/2026-12-06-wb-contracts.yaml, calendar-upload-bounds); an upload without a
            promotion or products is refused by WB (400 or 422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarError | ProblemError | PromotionUploadResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PromotionUploadRequest,
) -> CalendarError | ProblemError | PromotionUploadResponse | None:
    """Add Product to the Promotion

     Creates a product upload for the promotion and returns its `uploadID`
    (`alreadyExists` tells whether such an upload already existed). The upload is processed
    asynchronously: its status can be checked using separate methods (not part of these docs).
    Not applicable for auto promotions.
    Limit: 10 requests per 6 seconds (interval 600 ms, burst 5).

    Args:
        body (PromotionUploadRequest): WB's reference of 2026-07-23 marks no field of this body
            required
            (specs/changes/2026-12-06-wb-contracts.yaml, calendar-upload-bounds); an upload without a
            promotion or products is refused by WB (400 or 422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarError | ProblemError | PromotionUploadResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
