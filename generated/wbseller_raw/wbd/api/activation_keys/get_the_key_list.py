from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.offer_key_list import OfferKeyList
from ...models.wbd_problem import WbdProblem
from ...models.wbd_problem_400 import WbdProblem400
from ...models.wbd_problem_403 import WbdProblem403
from ...models.wbd_problem_500 import WbdProblem500
from ...types import UNSET, Response, Unset


def _get_kwargs(
    offer_id: int,
    *,
    take: int | Unset = 50,
    skip: int | Unset = 0,
    deleted: bool | Unset = True,
    sold: bool | Unset = True,
    reserved: bool | Unset = True,
    expired: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["take"] = take

    params["skip"] = skip

    params["deleted"] = deleted

    params["sold"] = sold

    params["reserved"] = reserved

    params["expired"] = expired

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/offer/keys/{offer_id}/list".format(
            offer_id=quote(str(offer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OfferKeyList | WbdProblem | WbdProblem400 | WbdProblem403 | WbdProblem500 | None:
    if response.status_code == 200:
        response_200 = OfferKeyList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = WbdProblem400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = WbdProblem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = WbdProblem403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = WbdProblem.from_dict(response.json())

        return response_404

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
) -> Response[
    OfferKeyList | WbdProblem | WbdProblem400 | WbdProblem403 | WbdProblem500
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    offer_id: int,
    *,
    client: AuthenticatedClient | Client,
    take: int | Unset = 50,
    skip: int | Unset = 0,
    deleted: bool | Unset = True,
    sold: bool | Unset = True,
    reserved: bool | Unset = True,
    expired: bool | Unset = True,
) -> Response[
    OfferKeyList | WbdProblem | WbdProblem400 | WbdProblem403 | WbdProblem500
]:
    """Get the key list

     Lists the keys you uploaded for an offer, with skip/take pagination (`total` in the response).
    `deleted`, `sold`, `reserved` and `expired` (all default true) include those keys. Access to the
    method is granted through a request to technical support. Each key: `id`, `value`,
    `created_at`, `buyed_at` and `deleted_at` (null until bought or deleted) (WB's reference,
    wbd-keys-fields).

    Args:
        offer_id (int):
        take (int | Unset):  Default: 50.
        skip (int | Unset):  Default: 0.
        deleted (bool | Unset):  Default: True.
        sold (bool | Unset):  Default: True.
        reserved (bool | Unset):  Default: True.
        expired (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OfferKeyList | WbdProblem | WbdProblem400 | WbdProblem403 | WbdProblem500]
    """

    kwargs = _get_kwargs(
        offer_id=offer_id,
        take=take,
        skip=skip,
        deleted=deleted,
        sold=sold,
        reserved=reserved,
        expired=expired,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    offer_id: int,
    *,
    client: AuthenticatedClient | Client,
    take: int | Unset = 50,
    skip: int | Unset = 0,
    deleted: bool | Unset = True,
    sold: bool | Unset = True,
    reserved: bool | Unset = True,
    expired: bool | Unset = True,
) -> OfferKeyList | WbdProblem | WbdProblem400 | WbdProblem403 | WbdProblem500 | None:
    """Get the key list

     Lists the keys you uploaded for an offer, with skip/take pagination (`total` in the response).
    `deleted`, `sold`, `reserved` and `expired` (all default true) include those keys. Access to the
    method is granted through a request to technical support. Each key: `id`, `value`,
    `created_at`, `buyed_at` and `deleted_at` (null until bought or deleted) (WB's reference,
    wbd-keys-fields).

    Args:
        offer_id (int):
        take (int | Unset):  Default: 50.
        skip (int | Unset):  Default: 0.
        deleted (bool | Unset):  Default: True.
        sold (bool | Unset):  Default: True.
        reserved (bool | Unset):  Default: True.
        expired (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OfferKeyList | WbdProblem | WbdProblem400 | WbdProblem403 | WbdProblem500
    """

    return sync_detailed(
        offer_id=offer_id,
        client=client,
        take=take,
        skip=skip,
        deleted=deleted,
        sold=sold,
        reserved=reserved,
        expired=expired,
    ).parsed


async def asyncio_detailed(
    offer_id: int,
    *,
    client: AuthenticatedClient | Client,
    take: int | Unset = 50,
    skip: int | Unset = 0,
    deleted: bool | Unset = True,
    sold: bool | Unset = True,
    reserved: bool | Unset = True,
    expired: bool | Unset = True,
) -> Response[
    OfferKeyList | WbdProblem | WbdProblem400 | WbdProblem403 | WbdProblem500
]:
    """Get the key list

     Lists the keys you uploaded for an offer, with skip/take pagination (`total` in the response).
    `deleted`, `sold`, `reserved` and `expired` (all default true) include those keys. Access to the
    method is granted through a request to technical support. Each key: `id`, `value`,
    `created_at`, `buyed_at` and `deleted_at` (null until bought or deleted) (WB's reference,
    wbd-keys-fields).

    Args:
        offer_id (int):
        take (int | Unset):  Default: 50.
        skip (int | Unset):  Default: 0.
        deleted (bool | Unset):  Default: True.
        sold (bool | Unset):  Default: True.
        reserved (bool | Unset):  Default: True.
        expired (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OfferKeyList | WbdProblem | WbdProblem400 | WbdProblem403 | WbdProblem500]
    """

    kwargs = _get_kwargs(
        offer_id=offer_id,
        take=take,
        skip=skip,
        deleted=deleted,
        sold=sold,
        reserved=reserved,
        expired=expired,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    offer_id: int,
    *,
    client: AuthenticatedClient | Client,
    take: int | Unset = 50,
    skip: int | Unset = 0,
    deleted: bool | Unset = True,
    sold: bool | Unset = True,
    reserved: bool | Unset = True,
    expired: bool | Unset = True,
) -> OfferKeyList | WbdProblem | WbdProblem400 | WbdProblem403 | WbdProblem500 | None:
    """Get the key list

     Lists the keys you uploaded for an offer, with skip/take pagination (`total` in the response).
    `deleted`, `sold`, `reserved` and `expired` (all default true) include those keys. Access to the
    method is granted through a request to technical support. Each key: `id`, `value`,
    `created_at`, `buyed_at` and `deleted_at` (null until bought or deleted) (WB's reference,
    wbd-keys-fields).

    Args:
        offer_id (int):
        take (int | Unset):  Default: 50.
        skip (int | Unset):  Default: 0.
        deleted (bool | Unset):  Default: True.
        sold (bool | Unset):  Default: True.
        reserved (bool | Unset):  Default: True.
        expired (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OfferKeyList | WbdProblem | WbdProblem400 | WbdProblem403 | WbdProblem500
    """

    return (
        await asyncio_detailed(
            offer_id=offer_id,
            client=client,
            take=take,
            skip=skip,
            deleted=deleted,
            sold=sold,
            reserved=reserved,
            expired=expired,
        )
    ).parsed
