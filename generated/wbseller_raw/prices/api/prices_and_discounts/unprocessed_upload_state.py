from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.buffer_task_response import BufferTaskResponse
from ...models.prices_error import PricesError
from ...models.problem_error import ProblemError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    upload_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["uploadID"] = upload_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/buffer/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BufferTaskResponse | PricesError | ProblemError | None:
    if response.status_code == 200:
        response_200 = BufferTaskResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PricesError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PricesError.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BufferTaskResponse | PricesError | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    upload_id: int,
) -> Response[BufferTaskResponse | PricesError | ProblemError]:
    """Unprocessed upload state

     Returns the data of an upload that is still being processed (status 1), e.g. prices and
    discounts set with the promo calendar, which are applied at the promo start.

    Maximum of 10 requests per 6 seconds for all methods in the Prices and Discounts category
    per seller's account.

    Args:
        upload_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BufferTaskResponse | PricesError | ProblemError]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    upload_id: int,
) -> BufferTaskResponse | PricesError | ProblemError | None:
    """Unprocessed upload state

     Returns the data of an upload that is still being processed (status 1), e.g. prices and
    discounts set with the promo calendar, which are applied at the promo start.

    Maximum of 10 requests per 6 seconds for all methods in the Prices and Discounts category
    per seller's account.

    Args:
        upload_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BufferTaskResponse | PricesError | ProblemError
    """

    return sync_detailed(
        client=client,
        upload_id=upload_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    upload_id: int,
) -> Response[BufferTaskResponse | PricesError | ProblemError]:
    """Unprocessed upload state

     Returns the data of an upload that is still being processed (status 1), e.g. prices and
    discounts set with the promo calendar, which are applied at the promo start.

    Maximum of 10 requests per 6 seconds for all methods in the Prices and Discounts category
    per seller's account.

    Args:
        upload_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BufferTaskResponse | PricesError | ProblemError]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    upload_id: int,
) -> BufferTaskResponse | PricesError | ProblemError | None:
    """Unprocessed upload state

     Returns the data of an upload that is still being processed (status 1), e.g. prices and
    discounts set with the promo calendar, which are applied at the promo start.

    Maximum of 10 requests per 6 seconds for all methods in the Prices and Discounts category
    per seller's account.

    Args:
        upload_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BufferTaskResponse | PricesError | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            upload_id=upload_id,
        )
    ).parsed
