from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fbs_orders_stickers_height import (
    FbsOrdersStickersHeight,
)
from ...models.fbs_orders_stickers_request import FbsOrdersStickersRequest
from ...models.fbs_orders_stickers_response import FbsOrdersStickersResponse
from ...models.fbs_orders_stickers_type import (
    FbsOrdersStickersType,
)
from ...models.fbs_orders_stickers_width import (
    FbsOrdersStickersWidth,
)
from ...models.marketplace_error import MarketplaceError
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: FbsOrdersStickersRequest | Unset = UNSET,
    type_: FbsOrdersStickersType,
    width: FbsOrdersStickersWidth,
    height: FbsOrdersStickersHeight,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_type_: str = type_
    params["type"] = json_type_

    json_width: int = width
    params["width"] = json_width

    json_height: int = height
    params["height"] = json_height

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v3/orders/stickers",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FbsOrdersStickersResponse | MarketplaceError | ProblemError | None:
    if response.status_code == 200:
        response_200 = FbsOrdersStickersResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = MarketplaceError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = MarketplaceError.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = MarketplaceError.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = MarketplaceError.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FbsOrdersStickersResponse | MarketplaceError | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FbsOrdersStickersRequest | Unset = UNSET,
    type_: FbsOrdersStickersType,
    width: FbsOrdersStickersWidth,
    height: FbsOrdersStickersHeight,
) -> Response[FbsOrdersStickersResponse | MarketplaceError | ProblemError]:
    """Order stickers

     Stickers of up to 100 orders in the `confirm` or `complete` status: `type` svg, zplv, zplh or png,
    size 58x40 or 40x30 (`width`, `height`); each file comes base64-encoded in the JSON answer. A read
    done with POST.

    Args:
        type_ (FbsOrdersStickersType):
        width (FbsOrdersStickersWidth):
        height (FbsOrdersStickersHeight):
        body (FbsOrdersStickersRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbsOrdersStickersResponse | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
        type_=type_,
        width=width,
        height=height,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: FbsOrdersStickersRequest | Unset = UNSET,
    type_: FbsOrdersStickersType,
    width: FbsOrdersStickersWidth,
    height: FbsOrdersStickersHeight,
) -> FbsOrdersStickersResponse | MarketplaceError | ProblemError | None:
    """Order stickers

     Stickers of up to 100 orders in the `confirm` or `complete` status: `type` svg, zplv, zplh or png,
    size 58x40 or 40x30 (`width`, `height`); each file comes base64-encoded in the JSON answer. A read
    done with POST.

    Args:
        type_ (FbsOrdersStickersType):
        width (FbsOrdersStickersWidth):
        height (FbsOrdersStickersHeight):
        body (FbsOrdersStickersRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbsOrdersStickersResponse | MarketplaceError | ProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
        type_=type_,
        width=width,
        height=height,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FbsOrdersStickersRequest | Unset = UNSET,
    type_: FbsOrdersStickersType,
    width: FbsOrdersStickersWidth,
    height: FbsOrdersStickersHeight,
) -> Response[FbsOrdersStickersResponse | MarketplaceError | ProblemError]:
    """Order stickers

     Stickers of up to 100 orders in the `confirm` or `complete` status: `type` svg, zplv, zplh or png,
    size 58x40 or 40x30 (`width`, `height`); each file comes base64-encoded in the JSON answer. A read
    done with POST.

    Args:
        type_ (FbsOrdersStickersType):
        width (FbsOrdersStickersWidth):
        height (FbsOrdersStickersHeight):
        body (FbsOrdersStickersRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbsOrdersStickersResponse | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
        type_=type_,
        width=width,
        height=height,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FbsOrdersStickersRequest | Unset = UNSET,
    type_: FbsOrdersStickersType,
    width: FbsOrdersStickersWidth,
    height: FbsOrdersStickersHeight,
) -> FbsOrdersStickersResponse | MarketplaceError | ProblemError | None:
    """Order stickers

     Stickers of up to 100 orders in the `confirm` or `complete` status: `type` svg, zplv, zplh or png,
    size 58x40 or 40x30 (`width`, `height`); each file comes base64-encoded in the JSON answer. A read
    done with POST.

    Args:
        type_ (FbsOrdersStickersType):
        width (FbsOrdersStickersWidth):
        height (FbsOrdersStickersHeight):
        body (FbsOrdersStickersRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbsOrdersStickersResponse | MarketplaceError | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            type_=type_,
            width=width,
            height=height,
        )
    ).parsed
