import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...models.warehouse_measurements_response import WarehouseMeasurementsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime,
    limit: int,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["dateFrom"] = json_date_from

    json_date_to = date_to.isoformat()
    params["dateTo"] = json_date_to

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/analytics/v1/warehouse-measurements",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemError | WarehouseMeasurementsResponse | None:
    if response.status_code == 200:
        response_200 = WarehouseMeasurementsResponse.from_dict(response.json())

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

    if response.status_code == 403:
        response_403 = ProblemError.from_dict(response.json())

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
) -> Response[ProblemError | WarehouseMeasurementsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime,
    limit: int,
    offset: int | Unset = 0,
) -> Response[ProblemError | WarehouseMeasurementsResponse]:
    """Warehouse measurements

     Package dimensions measured at WB warehouses; paged by `limit` and `offset`.

    Args:
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime):
        limit (int):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | WarehouseMeasurementsResponse]
    """

    kwargs = _get_kwargs(
        date_from=date_from,
        date_to=date_to,
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
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime,
    limit: int,
    offset: int | Unset = 0,
) -> ProblemError | WarehouseMeasurementsResponse | None:
    """Warehouse measurements

     Package dimensions measured at WB warehouses; paged by `limit` and `offset`.

    Args:
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime):
        limit (int):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | WarehouseMeasurementsResponse
    """

    return sync_detailed(
        client=client,
        date_from=date_from,
        date_to=date_to,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime,
    limit: int,
    offset: int | Unset = 0,
) -> Response[ProblemError | WarehouseMeasurementsResponse]:
    """Warehouse measurements

     Package dimensions measured at WB warehouses; paged by `limit` and `offset`.

    Args:
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime):
        limit (int):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | WarehouseMeasurementsResponse]
    """

    kwargs = _get_kwargs(
        date_from=date_from,
        date_to=date_to,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime,
    limit: int,
    offset: int | Unset = 0,
) -> ProblemError | WarehouseMeasurementsResponse | None:
    """Warehouse measurements

     Package dimensions measured at WB warehouses; paged by `limit` and `offset`.

    Args:
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime):
        limit (int):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | WarehouseMeasurementsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
            offset=offset,
        )
    ).parsed
