from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fbw_supply_details_response import FbwSupplyDetailsResponse
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    is_preorder_id: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["isPreorderID"] = is_preorder_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/supplies/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FbwSupplyDetailsResponse | ProblemError | None:
    if response.status_code == 200:
        response_200 = FbwSupplyDetailsResponse.from_dict(response.json())

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
) -> Response[FbwSupplyDetailsResponse | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    is_preorder_id: bool | Unset = False,
) -> Response[FbwSupplyDetailsResponse | ProblemError]:
    """Supply details

     One supply by its ID (or its preorder ID with `isPreorderID=true`).

    Args:
        id (int):
        is_preorder_id (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbwSupplyDetailsResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        id=id,
        is_preorder_id=is_preorder_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    is_preorder_id: bool | Unset = False,
) -> FbwSupplyDetailsResponse | ProblemError | None:
    """Supply details

     One supply by its ID (or its preorder ID with `isPreorderID=true`).

    Args:
        id (int):
        is_preorder_id (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbwSupplyDetailsResponse | ProblemError
    """

    return sync_detailed(
        id=id,
        client=client,
        is_preorder_id=is_preorder_id,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    is_preorder_id: bool | Unset = False,
) -> Response[FbwSupplyDetailsResponse | ProblemError]:
    """Supply details

     One supply by its ID (or its preorder ID with `isPreorderID=true`).

    Args:
        id (int):
        is_preorder_id (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbwSupplyDetailsResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        id=id,
        is_preorder_id=is_preorder_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    is_preorder_id: bool | Unset = False,
) -> FbwSupplyDetailsResponse | ProblemError | None:
    """Supply details

     One supply by its ID (or its preorder ID with `isPreorderID=true`).

    Args:
        id (int):
        is_preorder_id (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbwSupplyDetailsResponse | ProblemError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            is_preorder_id=is_preorder_id,
        )
    ).parsed
