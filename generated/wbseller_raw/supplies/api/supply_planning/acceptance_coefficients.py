from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
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
        "url": "/api/v1/acceptance/coefficients",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ProblemError | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

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
) -> Response[Any | ProblemError]:
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
) -> Response[Any | ProblemError]:
    """Acceptance coefficients

     Acceptance coefficients of WB warehouses for the next 14 days. WB removed it: deprecated since
    2025-12-26 (release note 370), removal planned for 2026-02-03; last seen 2026-01-29, gone by
    2026-02-19. Use GET /api/tariffs/v1/acceptance/coefficients instead (WB's deprecation note links
    it).

    Args:
        warehouse_i_ds (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError]
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
) -> Any | ProblemError | None:
    """Acceptance coefficients

     Acceptance coefficients of WB warehouses for the next 14 days. WB removed it: deprecated since
    2025-12-26 (release note 370), removal planned for 2026-02-03; last seen 2026-01-29, gone by
    2026-02-19. Use GET /api/tariffs/v1/acceptance/coefficients instead (WB's deprecation note links
    it).

    Args:
        warehouse_i_ds (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError
    """

    return sync_detailed(
        client=client,
        warehouse_i_ds=warehouse_i_ds,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    warehouse_i_ds: str | Unset = UNSET,
) -> Response[Any | ProblemError]:
    """Acceptance coefficients

     Acceptance coefficients of WB warehouses for the next 14 days. WB removed it: deprecated since
    2025-12-26 (release note 370), removal planned for 2026-02-03; last seen 2026-01-29, gone by
    2026-02-19. Use GET /api/tariffs/v1/acceptance/coefficients instead (WB's deprecation note links
    it).

    Args:
        warehouse_i_ds (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError]
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
) -> Any | ProblemError | None:
    """Acceptance coefficients

     Acceptance coefficients of WB warehouses for the next 14 days. WB removed it: deprecated since
    2025-12-26 (release note 370), removal planned for 2026-02-03; last seen 2026-01-29, gone by
    2026-02-19. Use GET /api/tariffs/v1/acceptance/coefficients instead (WB's deprecation note links
    it).

    Args:
        warehouse_i_ds (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            warehouse_i_ds=warehouse_i_ds,
        )
    ).parsed
