from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fbs_supply_boxes_add_201_response import FbsSupplyBoxesAdd201Response
from ...models.fbs_supply_boxes_add_request import FbsSupplyBoxesAddRequest
from ...models.marketplace_error import MarketplaceError
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    supply_id: str,
    *,
    body: FbsSupplyBoxesAddRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v3/supplies/{supply_id}/trbx".format(
            supply_id=quote(str(supply_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FbsSupplyBoxesAdd201Response | MarketplaceError | ProblemError | None:
    if response.status_code == 201:
        response_201 = FbsSupplyBoxesAdd201Response.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = MarketplaceError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = MarketplaceError.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = MarketplaceError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = MarketplaceError.from_dict(response.json())

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
) -> Response[FbsSupplyBoxesAdd201Response | MarketplaceError | ProblemError]:
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
    body: FbsSupplyBoxesAddRequest | Unset = UNSET,
) -> Response[FbsSupplyBoxesAdd201Response | MarketplaceError | ProblemError]:
    """Add boxes to a supply

     Adds `amount` boxes to a supply; answers their IDs.

    Args:
        supply_id (str):
        body (FbsSupplyBoxesAddRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbsSupplyBoxesAdd201Response | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        supply_id=supply_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    supply_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FbsSupplyBoxesAddRequest | Unset = UNSET,
) -> FbsSupplyBoxesAdd201Response | MarketplaceError | ProblemError | None:
    """Add boxes to a supply

     Adds `amount` boxes to a supply; answers their IDs.

    Args:
        supply_id (str):
        body (FbsSupplyBoxesAddRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbsSupplyBoxesAdd201Response | MarketplaceError | ProblemError
    """

    return sync_detailed(
        supply_id=supply_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    supply_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FbsSupplyBoxesAddRequest | Unset = UNSET,
) -> Response[FbsSupplyBoxesAdd201Response | MarketplaceError | ProblemError]:
    """Add boxes to a supply

     Adds `amount` boxes to a supply; answers their IDs.

    Args:
        supply_id (str):
        body (FbsSupplyBoxesAddRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbsSupplyBoxesAdd201Response | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        supply_id=supply_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    supply_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FbsSupplyBoxesAddRequest | Unset = UNSET,
) -> FbsSupplyBoxesAdd201Response | MarketplaceError | ProblemError | None:
    """Add boxes to a supply

     Adds `amount` boxes to a supply; answers their IDs.

    Args:
        supply_id (str):
        body (FbsSupplyBoxesAddRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbsSupplyBoxesAdd201Response | MarketplaceError | ProblemError
    """

    return (
        await asyncio_detailed(
            supply_id=supply_id,
            client=client,
            body=body,
        )
    ).parsed
