from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.goods_list_response import GoodsListResponse
from ...models.prices_error import PricesError
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int,
    offset: int | Unset = UNSET,
    filter_nm_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filterNmID"] = filter_nm_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/list/goods/filter",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GoodsListResponse | PricesError | ProblemError | None:
    if response.status_code == 200:
        response_200 = GoodsListResponse.from_dict(response.json())

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
) -> Response[GoodsListResponse | PricesError | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    offset: int | Unset = UNSET,
    filter_nm_id: int | Unset = UNSET,
) -> Response[GoodsListResponse | PricesError | ProblemError]:
    """Get products with prices

     Returns product data by its WB article (`filterNmID`). To get all products, do not set the
    article, set `limit=1000` and use `offset`: the next offset is the previous offset plus limit;
    repeat until the response has an empty array. Size-level data (products with
    `editableSizePrice`) comes from Get product sizes with prices.

    Maximum of 10 requests per 6 seconds for all methods in the Prices and Discounts category
    per seller's account.

    Args:
        limit (int):
        offset (int | Unset):
        filter_nm_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GoodsListResponse | PricesError | ProblemError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filter_nm_id=filter_nm_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    offset: int | Unset = UNSET,
    filter_nm_id: int | Unset = UNSET,
) -> GoodsListResponse | PricesError | ProblemError | None:
    """Get products with prices

     Returns product data by its WB article (`filterNmID`). To get all products, do not set the
    article, set `limit=1000` and use `offset`: the next offset is the previous offset plus limit;
    repeat until the response has an empty array. Size-level data (products with
    `editableSizePrice`) comes from Get product sizes with prices.

    Maximum of 10 requests per 6 seconds for all methods in the Prices and Discounts category
    per seller's account.

    Args:
        limit (int):
        offset (int | Unset):
        filter_nm_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GoodsListResponse | PricesError | ProblemError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        filter_nm_id=filter_nm_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    offset: int | Unset = UNSET,
    filter_nm_id: int | Unset = UNSET,
) -> Response[GoodsListResponse | PricesError | ProblemError]:
    """Get products with prices

     Returns product data by its WB article (`filterNmID`). To get all products, do not set the
    article, set `limit=1000` and use `offset`: the next offset is the previous offset plus limit;
    repeat until the response has an empty array. Size-level data (products with
    `editableSizePrice`) comes from Get product sizes with prices.

    Maximum of 10 requests per 6 seconds for all methods in the Prices and Discounts category
    per seller's account.

    Args:
        limit (int):
        offset (int | Unset):
        filter_nm_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GoodsListResponse | PricesError | ProblemError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filter_nm_id=filter_nm_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    offset: int | Unset = UNSET,
    filter_nm_id: int | Unset = UNSET,
) -> GoodsListResponse | PricesError | ProblemError | None:
    """Get products with prices

     Returns product data by its WB article (`filterNmID`). To get all products, do not set the
    article, set `limit=1000` and use `offset`: the next offset is the previous offset plus limit;
    repeat until the response has an empty array. Size-level data (products with
    `editableSizePrice`) comes from Get product sizes with prices.

    Maximum of 10 requests per 6 seconds for all methods in the Prices and Discounts category
    per seller's account.

    Args:
        limit (int):
        offset (int | Unset):
        filter_nm_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GoodsListResponse | PricesError | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            filter_nm_id=filter_nm_id,
        )
    ).parsed
