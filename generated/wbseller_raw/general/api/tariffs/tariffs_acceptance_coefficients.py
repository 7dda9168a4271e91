from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...models.tariffs_acceptance_coefficients_item import (
    TariffsAcceptanceCoefficientsItem,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    warehouse_i_ds: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["warehouseIDs"] = warehouse_i_ds

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/tariffs/v1/acceptance/coefficients",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemError | list[TariffsAcceptanceCoefficientsItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TariffsAcceptanceCoefficientsItem.from_dict(
                response_200_item_data
            )

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
) -> Response[ProblemError | list[TariffsAcceptanceCoefficientsItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    warehouse_i_ds: str | Unset = UNSET,
) -> Response[ProblemError | list[TariffsAcceptanceCoefficientsItem]]:
    """Acceptance coefficients

     Acceptance coefficients of WB warehouses for the next 14 days (optionally of the given
    `warehouseIDs`). WB marks it temporarily disabled (release note 570, MissiaL/wildberries-api@6f56592
    (2026-08-19)): it may answer an error until WB turns it on again.

    Args:
        warehouse_i_ds (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | list[TariffsAcceptanceCoefficientsItem]]
    """

    kwargs = _get_kwargs(
        warehouse_i_ds=warehouse_i_ds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    warehouse_i_ds: str | Unset = UNSET,
) -> ProblemError | list[TariffsAcceptanceCoefficientsItem] | None:
    """Acceptance coefficients

     Acceptance coefficients of WB warehouses for the next 14 days (optionally of the given
    `warehouseIDs`). WB marks it temporarily disabled (release note 570, MissiaL/wildberries-api@6f56592
    (2026-08-19)): it may answer an error until WB turns it on again.

    Args:
        warehouse_i_ds (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | list[TariffsAcceptanceCoefficientsItem]
    """

    return sync_detailed(
        client=client,
        warehouse_i_ds=warehouse_i_ds,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    warehouse_i_ds: str | Unset = UNSET,
) -> Response[ProblemError | list[TariffsAcceptanceCoefficientsItem]]:
    """Acceptance coefficients

     Acceptance coefficients of WB warehouses for the next 14 days (optionally of the given
    `warehouseIDs`). WB marks it temporarily disabled (release note 570, MissiaL/wildberries-api@6f56592
    (2026-08-19)): it may answer an error until WB turns it on again.

    Args:
        warehouse_i_ds (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | list[TariffsAcceptanceCoefficientsItem]]
    """

    kwargs = _get_kwargs(
        warehouse_i_ds=warehouse_i_ds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    warehouse_i_ds: str | Unset = UNSET,
) -> ProblemError | list[TariffsAcceptanceCoefficientsItem] | None:
    """Acceptance coefficients

     Acceptance coefficients of WB warehouses for the next 14 days (optionally of the given
    `warehouseIDs`). WB marks it temporarily disabled (release note 570, MissiaL/wildberries-api@6f56592
    (2026-08-19)): it may answer an error until WB turns it on again.

    Args:
        warehouse_i_ds (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | list[TariffsAcceptanceCoefficientsItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            warehouse_i_ds=warehouse_i_ds,
        )
    ).parsed
