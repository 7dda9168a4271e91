import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.measurement_penalties_response import MeasurementPenaltiesResponse
from ...models.problem_error import ProblemError
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
        "url": "/api/analytics/v1/measurement-penalties",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MeasurementPenaltiesResponse | ProblemError | None:
    if response.status_code == 200:
        response_200 = MeasurementPenaltiesResponse.from_dict(response.json())

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
) -> Response[MeasurementPenaltiesResponse | ProblemError]:
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
) -> Response[MeasurementPenaltiesResponse | ProblemError]:
    """Measurement penalties

     Penalties for wrong package dimensions; paged by `limit` and `offset`.

    Args:
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime):
        limit (int):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeasurementPenaltiesResponse | ProblemError]
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
) -> MeasurementPenaltiesResponse | ProblemError | None:
    """Measurement penalties

     Penalties for wrong package dimensions; paged by `limit` and `offset`.

    Args:
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime):
        limit (int):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeasurementPenaltiesResponse | ProblemError
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
) -> Response[MeasurementPenaltiesResponse | ProblemError]:
    """Measurement penalties

     Penalties for wrong package dimensions; paged by `limit` and `offset`.

    Args:
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime):
        limit (int):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeasurementPenaltiesResponse | ProblemError]
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
) -> MeasurementPenaltiesResponse | ProblemError | None:
    """Measurement penalties

     Penalties for wrong package dimensions; paged by `limit` and `offset`.

    Args:
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime):
        limit (int):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeasurementPenaltiesResponse | ProblemError
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
