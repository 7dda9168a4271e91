from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...models.warehouse_remains_create_response import WarehouseRemainsCreateResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    locale: str | Unset = "ru",
    group_by_brand: bool | Unset = False,
    group_by_subject: bool | Unset = False,
    group_by_sa: bool | Unset = False,
    group_by_nm: bool | Unset = False,
    group_by_barcode: bool | Unset = False,
    group_by_size: bool | Unset = False,
    filter_pics: int | Unset = 0,
    filter_volume: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["locale"] = locale

    params["groupByBrand"] = group_by_brand

    params["groupBySubject"] = group_by_subject

    params["groupBySa"] = group_by_sa

    params["groupByNm"] = group_by_nm

    params["groupByBarcode"] = group_by_barcode

    params["groupBySize"] = group_by_size

    params["filterPics"] = filter_pics

    params["filterVolume"] = filter_volume

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/warehouse_remains",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemError | WarehouseRemainsCreateResponse | None:
    if response.status_code == 200:
        response_200 = WarehouseRemainsCreateResponse.from_dict(response.json())

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
) -> Response[ProblemError | WarehouseRemainsCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    locale: str | Unset = "ru",
    group_by_brand: bool | Unset = False,
    group_by_subject: bool | Unset = False,
    group_by_sa: bool | Unset = False,
    group_by_nm: bool | Unset = False,
    group_by_barcode: bool | Unset = False,
    group_by_size: bool | Unset = False,
    filter_pics: int | Unset = 0,
    filter_volume: int | Unset = 0,
) -> Response[ProblemError | WarehouseRemainsCreateResponse]:
    """Create the warehouse remains report

     Starts generating the warehouse remains report: answers `data.taskId`, then poll the task's status
    (at most once per 5 s) and download it when `done`.

    Args:
        locale (str | Unset):  Default: 'ru'.
        group_by_brand (bool | Unset):  Default: False.
        group_by_subject (bool | Unset):  Default: False.
        group_by_sa (bool | Unset):  Default: False.
        group_by_nm (bool | Unset):  Default: False.
        group_by_barcode (bool | Unset):  Default: False.
        group_by_size (bool | Unset):  Default: False.
        filter_pics (int | Unset):  Default: 0.
        filter_volume (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | WarehouseRemainsCreateResponse]
    """

    kwargs = _get_kwargs(
        locale=locale,
        group_by_brand=group_by_brand,
        group_by_subject=group_by_subject,
        group_by_sa=group_by_sa,
        group_by_nm=group_by_nm,
        group_by_barcode=group_by_barcode,
        group_by_size=group_by_size,
        filter_pics=filter_pics,
        filter_volume=filter_volume,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    locale: str | Unset = "ru",
    group_by_brand: bool | Unset = False,
    group_by_subject: bool | Unset = False,
    group_by_sa: bool | Unset = False,
    group_by_nm: bool | Unset = False,
    group_by_barcode: bool | Unset = False,
    group_by_size: bool | Unset = False,
    filter_pics: int | Unset = 0,
    filter_volume: int | Unset = 0,
) -> ProblemError | WarehouseRemainsCreateResponse | None:
    """Create the warehouse remains report

     Starts generating the warehouse remains report: answers `data.taskId`, then poll the task's status
    (at most once per 5 s) and download it when `done`.

    Args:
        locale (str | Unset):  Default: 'ru'.
        group_by_brand (bool | Unset):  Default: False.
        group_by_subject (bool | Unset):  Default: False.
        group_by_sa (bool | Unset):  Default: False.
        group_by_nm (bool | Unset):  Default: False.
        group_by_barcode (bool | Unset):  Default: False.
        group_by_size (bool | Unset):  Default: False.
        filter_pics (int | Unset):  Default: 0.
        filter_volume (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | WarehouseRemainsCreateResponse
    """

    return sync_detailed(
        client=client,
        locale=locale,
        group_by_brand=group_by_brand,
        group_by_subject=group_by_subject,
        group_by_sa=group_by_sa,
        group_by_nm=group_by_nm,
        group_by_barcode=group_by_barcode,
        group_by_size=group_by_size,
        filter_pics=filter_pics,
        filter_volume=filter_volume,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    locale: str | Unset = "ru",
    group_by_brand: bool | Unset = False,
    group_by_subject: bool | Unset = False,
    group_by_sa: bool | Unset = False,
    group_by_nm: bool | Unset = False,
    group_by_barcode: bool | Unset = False,
    group_by_size: bool | Unset = False,
    filter_pics: int | Unset = 0,
    filter_volume: int | Unset = 0,
) -> Response[ProblemError | WarehouseRemainsCreateResponse]:
    """Create the warehouse remains report

     Starts generating the warehouse remains report: answers `data.taskId`, then poll the task's status
    (at most once per 5 s) and download it when `done`.

    Args:
        locale (str | Unset):  Default: 'ru'.
        group_by_brand (bool | Unset):  Default: False.
        group_by_subject (bool | Unset):  Default: False.
        group_by_sa (bool | Unset):  Default: False.
        group_by_nm (bool | Unset):  Default: False.
        group_by_barcode (bool | Unset):  Default: False.
        group_by_size (bool | Unset):  Default: False.
        filter_pics (int | Unset):  Default: 0.
        filter_volume (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | WarehouseRemainsCreateResponse]
    """

    kwargs = _get_kwargs(
        locale=locale,
        group_by_brand=group_by_brand,
        group_by_subject=group_by_subject,
        group_by_sa=group_by_sa,
        group_by_nm=group_by_nm,
        group_by_barcode=group_by_barcode,
        group_by_size=group_by_size,
        filter_pics=filter_pics,
        filter_volume=filter_volume,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    locale: str | Unset = "ru",
    group_by_brand: bool | Unset = False,
    group_by_subject: bool | Unset = False,
    group_by_sa: bool | Unset = False,
    group_by_nm: bool | Unset = False,
    group_by_barcode: bool | Unset = False,
    group_by_size: bool | Unset = False,
    filter_pics: int | Unset = 0,
    filter_volume: int | Unset = 0,
) -> ProblemError | WarehouseRemainsCreateResponse | None:
    """Create the warehouse remains report

     Starts generating the warehouse remains report: answers `data.taskId`, then poll the task's status
    (at most once per 5 s) and download it when `done`.

    Args:
        locale (str | Unset):  Default: 'ru'.
        group_by_brand (bool | Unset):  Default: False.
        group_by_subject (bool | Unset):  Default: False.
        group_by_sa (bool | Unset):  Default: False.
        group_by_nm (bool | Unset):  Default: False.
        group_by_barcode (bool | Unset):  Default: False.
        group_by_size (bool | Unset):  Default: False.
        filter_pics (int | Unset):  Default: 0.
        filter_volume (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | WarehouseRemainsCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            locale=locale,
            group_by_brand=group_by_brand,
            group_by_subject=group_by_subject,
            group_by_sa=group_by_sa,
            group_by_nm=group_by_nm,
            group_by_barcode=group_by_barcode,
            group_by_size=group_by_size,
            filter_pics=filter_pics,
            filter_volume=filter_volume,
        )
    ).parsed
