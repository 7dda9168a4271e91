from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    date_from: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/supplier/stocks",
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
    date_from: str,
) -> Response[Any | ProblemError]:
    """Warehouse stocks

     Stocks on WB warehouses. WB removed it: deprecated since 2026-03-24 (release note 494), removal
    planned for 2026-06-23; last seen 2026-06-05, gone by 2026-07-22. Use POST /api/analytics/v1/stocks-
    report/wb-warehouses instead (inferred: it appeared when this one was deprecated).

    Args:
        date_from (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError]
    """

    kwargs = _get_kwargs(
        date_from=date_from,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    date_from: str,
) -> Any | ProblemError | None:
    """Warehouse stocks

     Stocks on WB warehouses. WB removed it: deprecated since 2026-03-24 (release note 494), removal
    planned for 2026-06-23; last seen 2026-06-05, gone by 2026-07-22. Use POST /api/analytics/v1/stocks-
    report/wb-warehouses instead (inferred: it appeared when this one was deprecated).

    Args:
        date_from (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError
    """

    return sync_detailed(
        client=client,
        date_from=date_from,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    date_from: str,
) -> Response[Any | ProblemError]:
    """Warehouse stocks

     Stocks on WB warehouses. WB removed it: deprecated since 2026-03-24 (release note 494), removal
    planned for 2026-06-23; last seen 2026-06-05, gone by 2026-07-22. Use POST /api/analytics/v1/stocks-
    report/wb-warehouses instead (inferred: it appeared when this one was deprecated).

    Args:
        date_from (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError]
    """

    kwargs = _get_kwargs(
        date_from=date_from,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    date_from: str,
) -> Any | ProblemError | None:
    """Warehouse stocks

     Stocks on WB warehouses. WB removed it: deprecated since 2026-03-24 (release note 494), removal
    planned for 2026-06-23; last seen 2026-06-05, gone by 2026-07-22. Use POST /api/analytics/v1/stocks-
    report/wb-warehouses instead (inferred: it appeared when this one was deprecated).

    Args:
        date_from (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            date_from=date_from,
        )
    ).parsed
