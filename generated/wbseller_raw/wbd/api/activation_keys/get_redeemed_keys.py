import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.redeemed_key_list import RedeemedKeyList
from ...models.wbd_problem import WbdProblem
from ...models.wbd_problem_400 import WbdProblem400
from ...models.wbd_problem_500 import WbdProblem500
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offer_id: int | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 50,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offer_id"] = offer_id

    params["skip"] = skip

    params["take"] = take

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/keys-api/keys/redeemed",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RedeemedKeyList | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    if response.status_code == 200:
        response_200 = RedeemedKeyList.from_dict(response.json())

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
) -> Response[RedeemedKeyList | WbdProblem | WbdProblem400 | WbdProblem500]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    offer_id: int | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 50,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
) -> Response[RedeemedKeyList | WbdProblem | WbdProblem400 | WbdProblem500]:
    """Get redeemed keys

     Lists redeemed keys with filtering and skip/take pagination; `total` in the response is the number
    of keys matching the filter. `offer_id` selects the keys of one offer; `skip` records are skipped
    (skip 20 starts from the 21st record) and at most `take` (default 50) are returned; `date_from`
    (included) and `date_to` (excluded) filter by purchase date, RFC 3339 (`2023-06-17T19:20:30Z`).
    Each key: `id`, `offer_id`, `offer_title`, `offer_price`, `value`, `created_at`, `buyed_at`
    (WB's reference, wbd-keys-fields).

    Args:
        offer_id (int | Unset):
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 50.
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RedeemedKeyList | WbdProblem | WbdProblem400 | WbdProblem500]
    """

    kwargs = _get_kwargs(
        offer_id=offer_id,
        skip=skip,
        take=take,
        date_from=date_from,
        date_to=date_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offer_id: int | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 50,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
) -> RedeemedKeyList | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    """Get redeemed keys

     Lists redeemed keys with filtering and skip/take pagination; `total` in the response is the number
    of keys matching the filter. `offer_id` selects the keys of one offer; `skip` records are skipped
    (skip 20 starts from the 21st record) and at most `take` (default 50) are returned; `date_from`
    (included) and `date_to` (excluded) filter by purchase date, RFC 3339 (`2023-06-17T19:20:30Z`).
    Each key: `id`, `offer_id`, `offer_title`, `offer_price`, `value`, `created_at`, `buyed_at`
    (WB's reference, wbd-keys-fields).

    Args:
        offer_id (int | Unset):
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 50.
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RedeemedKeyList | WbdProblem | WbdProblem400 | WbdProblem500
    """

    return sync_detailed(
        client=client,
        offer_id=offer_id,
        skip=skip,
        take=take,
        date_from=date_from,
        date_to=date_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offer_id: int | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 50,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
) -> Response[RedeemedKeyList | WbdProblem | WbdProblem400 | WbdProblem500]:
    """Get redeemed keys

     Lists redeemed keys with filtering and skip/take pagination; `total` in the response is the number
    of keys matching the filter. `offer_id` selects the keys of one offer; `skip` records are skipped
    (skip 20 starts from the 21st record) and at most `take` (default 50) are returned; `date_from`
    (included) and `date_to` (excluded) filter by purchase date, RFC 3339 (`2023-06-17T19:20:30Z`).
    Each key: `id`, `offer_id`, `offer_title`, `offer_price`, `value`, `created_at`, `buyed_at`
    (WB's reference, wbd-keys-fields).

    Args:
        offer_id (int | Unset):
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 50.
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RedeemedKeyList | WbdProblem | WbdProblem400 | WbdProblem500]
    """

    kwargs = _get_kwargs(
        offer_id=offer_id,
        skip=skip,
        take=take,
        date_from=date_from,
        date_to=date_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offer_id: int | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 50,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
) -> RedeemedKeyList | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    """Get redeemed keys

     Lists redeemed keys with filtering and skip/take pagination; `total` in the response is the number
    of keys matching the filter. `offer_id` selects the keys of one offer; `skip` records are skipped
    (skip 20 starts from the 21st record) and at most `take` (default 50) are returned; `date_from`
    (included) and `date_to` (excluded) filter by purchase date, RFC 3339 (`2023-06-17T19:20:30Z`).
    Each key: `id`, `offer_id`, `offer_title`, `offer_price`, `value`, `created_at`, `buyed_at`
    (WB's reference, wbd-keys-fields).

    Args:
        offer_id (int | Unset):
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 50.
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RedeemedKeyList | WbdProblem | WbdProblem400 | WbdProblem500
    """

    return (
        await asyncio_detailed(
            client=client,
            offer_id=offer_id,
            skip=skip,
            take=take,
            date_from=date_from,
            date_to=date_to,
        )
    ).parsed
