from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.prices_error import PricesError
from ...models.problem_error import ProblemError
from ...models.quarantine_goods_response import QuarantineGoodsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/quarantine/goods",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PricesError | ProblemError | QuarantineGoodsResponse | None:
    if response.status_code == 200:
        response_200 = QuarantineGoodsResponse.from_dict(response.json())

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
) -> Response[PricesError | ProblemError | QuarantineGoodsResponse]:
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
) -> Response[PricesError | ProblemError | QuarantineGoodsResponse]:
    """Get products in quarantine

     Returns the products in price quarantine. If a product's new price with discount is at least
    3 times lower than the old price, the product is placed in quarantine and sold at the old
    price; the error is in the upload state response. The price or discount can be changed via
    the API, or the product released from quarantine in the seller's account. Quarantine does
    not apply to products with size-based pricing. Paginated with `limit` (at most 1,000) and
    `offset`.

    Maximum of 10 requests per 6 seconds for all methods in the Prices and Discounts category
    per seller's account.

    Args:
        limit (int):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PricesError | ProblemError | QuarantineGoodsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
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
) -> PricesError | ProblemError | QuarantineGoodsResponse | None:
    """Get products in quarantine

     Returns the products in price quarantine. If a product's new price with discount is at least
    3 times lower than the old price, the product is placed in quarantine and sold at the old
    price; the error is in the upload state response. The price or discount can be changed via
    the API, or the product released from quarantine in the seller's account. Quarantine does
    not apply to products with size-based pricing. Paginated with `limit` (at most 1,000) and
    `offset`.

    Maximum of 10 requests per 6 seconds for all methods in the Prices and Discounts category
    per seller's account.

    Args:
        limit (int):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PricesError | ProblemError | QuarantineGoodsResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    offset: int | Unset = UNSET,
) -> Response[PricesError | ProblemError | QuarantineGoodsResponse]:
    """Get products in quarantine

     Returns the products in price quarantine. If a product's new price with discount is at least
    3 times lower than the old price, the product is placed in quarantine and sold at the old
    price; the error is in the upload state response. The price or discount can be changed via
    the API, or the product released from quarantine in the seller's account. Quarantine does
    not apply to products with size-based pricing. Paginated with `limit` (at most 1,000) and
    `offset`.

    Maximum of 10 requests per 6 seconds for all methods in the Prices and Discounts category
    per seller's account.

    Args:
        limit (int):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PricesError | ProblemError | QuarantineGoodsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    offset: int | Unset = UNSET,
) -> PricesError | ProblemError | QuarantineGoodsResponse | None:
    """Get products in quarantine

     Returns the products in price quarantine. If a product's new price with discount is at least
    3 times lower than the old price, the product is placed in quarantine and sold at the old
    price; the error is in the upload state response. The price or discount can be changed via
    the API, or the product released from quarantine in the seller's account. Quarantine does
    not apply to products with size-based pricing. Paginated with `limit` (at most 1,000) and
    `offset`.

    Maximum of 10 requests per 6 seconds for all methods in the Prices and Discounts category
    per seller's account.

    Args:
        limit (int):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PricesError | ProblemError | QuarantineGoodsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed
