from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...models.supplier_sales_item import SupplierSalesItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    date_from: str,
    flag: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["flag"] = flag

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/supplier/sales",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemError | list[SupplierSalesItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SupplierSalesItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ProblemError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ProblemError.from_dict(response.json())

        return response_402

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProblemError | list[SupplierSalesItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    date_from: str,
    flag: int | Unset = 0,
) -> Response[ProblemError | list[SupplierSalesItem]]:
    """Sales

     Sales and returns. With `flag=0` (default) the rows whose `lastChangeDate` is at or after `dateFrom`
    (RFC 3339, Moscow time), up to about 80,000 rows per answer: the next call passes the last row's
    `lastChangeDate`. With `flag=1` all the rows of the calendar date of `dateFrom`.

    Args:
        date_from (str):
        flag (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | list[SupplierSalesItem]]
    """

    kwargs = _get_kwargs(
        date_from=date_from,
        flag=flag,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    date_from: str,
    flag: int | Unset = 0,
) -> ProblemError | list[SupplierSalesItem] | None:
    """Sales

     Sales and returns. With `flag=0` (default) the rows whose `lastChangeDate` is at or after `dateFrom`
    (RFC 3339, Moscow time), up to about 80,000 rows per answer: the next call passes the last row's
    `lastChangeDate`. With `flag=1` all the rows of the calendar date of `dateFrom`.

    Args:
        date_from (str):
        flag (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | list[SupplierSalesItem]
    """

    return sync_detailed(
        client=client,
        date_from=date_from,
        flag=flag,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    date_from: str,
    flag: int | Unset = 0,
) -> Response[ProblemError | list[SupplierSalesItem]]:
    """Sales

     Sales and returns. With `flag=0` (default) the rows whose `lastChangeDate` is at or after `dateFrom`
    (RFC 3339, Moscow time), up to about 80,000 rows per answer: the next call passes the last row's
    `lastChangeDate`. With `flag=1` all the rows of the calendar date of `dateFrom`.

    Args:
        date_from (str):
        flag (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | list[SupplierSalesItem]]
    """

    kwargs = _get_kwargs(
        date_from=date_from,
        flag=flag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    date_from: str,
    flag: int | Unset = 0,
) -> ProblemError | list[SupplierSalesItem] | None:
    """Sales

     Sales and returns. With `flag=0` (default) the rows whose `lastChangeDate` is at or after `dateFrom`
    (RFC 3339, Moscow time), up to about 80,000 rows per answer: the next call passes the last row's
    `lastChangeDate`. With `flag=1` all the rows of the calendar date of `dateFrom`.

    Args:
        date_from (str):
        flag (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | list[SupplierSalesItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            date_from=date_from,
            flag=flag,
        )
    ).parsed
