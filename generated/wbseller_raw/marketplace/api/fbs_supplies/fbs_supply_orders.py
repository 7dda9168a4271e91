from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...types import Response


def _get_kwargs(
    supply_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/supplies/{supply_id}/orders".format(
            supply_id=quote(str(supply_id), safe=""),
        ),
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
    supply_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ProblemError]:
    """Orders of a supply (v3)

     WB removed it: deprecated since 2025-12-26 (release note 363), removal planned for 2025-12-17; last
    seen 2026-01-17, gone by 2026-01-22. Use GET /api/marketplace/v3/supplies/{supplyId}/order-ids
    instead (inferred from the operation family).

    Args:
        supply_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError]
    """

    kwargs = _get_kwargs(
        supply_id=supply_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    supply_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ProblemError | None:
    """Orders of a supply (v3)

     WB removed it: deprecated since 2025-12-26 (release note 363), removal planned for 2025-12-17; last
    seen 2026-01-17, gone by 2026-01-22. Use GET /api/marketplace/v3/supplies/{supplyId}/order-ids
    instead (inferred from the operation family).

    Args:
        supply_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError
    """

    return sync_detailed(
        supply_id=supply_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    supply_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ProblemError]:
    """Orders of a supply (v3)

     WB removed it: deprecated since 2025-12-26 (release note 363), removal planned for 2025-12-17; last
    seen 2026-01-17, gone by 2026-01-22. Use GET /api/marketplace/v3/supplies/{supplyId}/order-ids
    instead (inferred from the operation family).

    Args:
        supply_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError]
    """

    kwargs = _get_kwargs(
        supply_id=supply_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    supply_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ProblemError | None:
    """Orders of a supply (v3)

     WB removed it: deprecated since 2025-12-26 (release note 363), removal planned for 2025-12-17; last
    seen 2026-01-17, gone by 2026-01-22. Use GET /api/marketplace/v3/supplies/{supplyId}/order-ids
    instead (inferred from the operation family).

    Args:
        supply_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError
    """

    return (
        await asyncio_detailed(
            supply_id=supply_id,
            client=client,
        )
    ).parsed
