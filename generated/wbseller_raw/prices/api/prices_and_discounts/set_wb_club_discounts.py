from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.club_discounts_upload_request import ClubDiscountsUploadRequest
from ...models.prices_error import PricesError
from ...models.problem_error import ProblemError
from ...models.task_created_response import TaskCreatedResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ClubDiscountsUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/upload/task/club-discount",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PricesError | ProblemError | TaskCreatedResponse | None:
    if response.status_code == 200:
        response_200 = TaskCreatedResponse.from_dict(response.json())

        return response_200

    if response.status_code == 208:
        response_208 = TaskCreatedResponse.from_dict(response.json())

        return response_208

    if response.status_code == 400:
        response_400 = PricesError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PricesError.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = PricesError.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = PricesError.from_dict(response.json())

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
) -> Response[PricesError | ProblemError | TaskCreatedResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClubDiscountsUploadRequest,
) -> Response[PricesError | ProblemError | TaskCreatedResponse]:
    """Set WB Club discounts

     Sets WB Club subscription discounts. At most 1,000 products per request.

    Asynchronous like Set prices and discounts: follow the returned upload ID with the upload
    state/details methods. 200 and 208 are both success answers (208: this upload already exists).

    Maximum of 10 requests per 6 seconds for all methods in the Prices and Discounts category
    per seller's account.

    Args:
        body (ClubDiscountsUploadRequest): Products and WB Club discounts. Maximum 1,000 products.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PricesError | ProblemError | TaskCreatedResponse]
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
    body: ClubDiscountsUploadRequest,
) -> PricesError | ProblemError | TaskCreatedResponse | None:
    """Set WB Club discounts

     Sets WB Club subscription discounts. At most 1,000 products per request.

    Asynchronous like Set prices and discounts: follow the returned upload ID with the upload
    state/details methods. 200 and 208 are both success answers (208: this upload already exists).

    Maximum of 10 requests per 6 seconds for all methods in the Prices and Discounts category
    per seller's account.

    Args:
        body (ClubDiscountsUploadRequest): Products and WB Club discounts. Maximum 1,000 products.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PricesError | ProblemError | TaskCreatedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClubDiscountsUploadRequest,
) -> Response[PricesError | ProblemError | TaskCreatedResponse]:
    """Set WB Club discounts

     Sets WB Club subscription discounts. At most 1,000 products per request.

    Asynchronous like Set prices and discounts: follow the returned upload ID with the upload
    state/details methods. 200 and 208 are both success answers (208: this upload already exists).

    Maximum of 10 requests per 6 seconds for all methods in the Prices and Discounts category
    per seller's account.

    Args:
        body (ClubDiscountsUploadRequest): Products and WB Club discounts. Maximum 1,000 products.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PricesError | ProblemError | TaskCreatedResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ClubDiscountsUploadRequest,
) -> PricesError | ProblemError | TaskCreatedResponse | None:
    """Set WB Club discounts

     Sets WB Club subscription discounts. At most 1,000 products per request.

    Asynchronous like Set prices and discounts: follow the returned upload ID with the upload
    state/details methods. 200 and 208 are both success answers (208: this upload already exists).

    Maximum of 10 requests per 6 seconds for all methods in the Prices and Discounts category
    per seller's account.

    Args:
        body (ClubDiscountsUploadRequest): Products and WB Club discounts. Maximum 1,000 products.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PricesError | ProblemError | TaskCreatedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
