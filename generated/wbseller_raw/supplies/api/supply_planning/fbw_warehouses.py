from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fbw_warehouses_item import FbwWarehousesItem
from ...models.problem_error import ProblemError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/warehouses",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemError | list[FbwWarehousesItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FbwWarehousesItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ProblemError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProblemError | list[FbwWarehousesItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ProblemError | list[FbwWarehousesItem]]:
    """Warehouses list

     WB warehouses that accept supplies. WB marks it temporarily disabled (release note 570,
    MissiaL/wildberries-api@6f56592 (2026-08-19)): it may answer an error until WB turns it on again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | list[FbwWarehousesItem]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ProblemError | list[FbwWarehousesItem] | None:
    """Warehouses list

     WB warehouses that accept supplies. WB marks it temporarily disabled (release note 570,
    MissiaL/wildberries-api@6f56592 (2026-08-19)): it may answer an error until WB turns it on again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | list[FbwWarehousesItem]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ProblemError | list[FbwWarehousesItem]]:
    """Warehouses list

     WB warehouses that accept supplies. WB marks it temporarily disabled (release note 570,
    MissiaL/wildberries-api@6f56592 (2026-08-19)): it may answer an error until WB turns it on again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | list[FbwWarehousesItem]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ProblemError | list[FbwWarehousesItem] | None:
    """Warehouses list

     WB warehouses that accept supplies. WB marks it temporarily disabled (release note 570,
    MissiaL/wildberries-api@6f56592 (2026-08-19)): it may answer an error until WB turns it on again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | list[FbwWarehousesItem]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
