from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fbs_order_delete_meta_key import (
    FbsOrderDeleteMetaKey,
)
from ...models.marketplace_error import MarketplaceError
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_id: int,
    *,
    key: FbsOrderDeleteMetaKey | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_key: str | Unset = UNSET
    if not isinstance(key, Unset):
        json_key = key

    params["key"] = json_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v3/orders/{order_id}/meta".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | MarketplaceError | ProblemError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | MarketplaceError | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    key: FbsOrderDeleteMetaKey | Unset = UNSET,
) -> Response[Any | MarketplaceError | ProblemError]:
    """Delete a label identifier

     Deletes one label identifier of an order, by `key`: imei, uin, gtin, sgtin or customsDeclaration.

    Args:
        order_id (int):
        key (FbsOrderDeleteMetaKey | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        key=key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    key: FbsOrderDeleteMetaKey | Unset = UNSET,
) -> Any | MarketplaceError | ProblemError | None:
    """Delete a label identifier

     Deletes one label identifier of an order, by `key`: imei, uin, gtin, sgtin or customsDeclaration.

    Args:
        order_id (int):
        key (FbsOrderDeleteMetaKey | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MarketplaceError | ProblemError
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        key=key,
    ).parsed


async def asyncio_detailed(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    key: FbsOrderDeleteMetaKey | Unset = UNSET,
) -> Response[Any | MarketplaceError | ProblemError]:
    """Delete a label identifier

     Deletes one label identifier of an order, by `key`: imei, uin, gtin, sgtin or customsDeclaration.

    Args:
        order_id (int):
        key (FbsOrderDeleteMetaKey | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        key=key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    key: FbsOrderDeleteMetaKey | Unset = UNSET,
) -> Any | MarketplaceError | ProblemError | None:
    """Delete a label identifier

     Deletes one label identifier of an order, by `key`: imei, uin, gtin, sgtin or customsDeclaration.

    Args:
        order_id (int):
        key (FbsOrderDeleteMetaKey | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MarketplaceError | ProblemError
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            key=key,
        )
    ).parsed
