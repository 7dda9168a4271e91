from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fbw_supplies_list_item import FbwSuppliesListItem
from ...models.fbw_supplies_list_request import FbwSuppliesListRequest
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: FbwSuppliesListRequest,
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/supplies",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemError | list[FbwSuppliesListItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FbwSuppliesListItem.from_dict(response_200_item_data)

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

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProblemError | list[FbwSuppliesListItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FbwSuppliesListRequest,
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
) -> Response[ProblemError | list[FbwSuppliesListItem]]:
    """Supplies list

     FBW supplies, filtered by dates (`dates[].type`: factDate, createDate, supplyDate, updatedDate) and
    statuses (`statusIDs` 1-6); paged by `limit` (up to 1000) and `offset`.

    Args:
        limit (int | Unset):  Default: 1000.
        offset (int | Unset):  Default: 0.
        body (FbwSuppliesListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | list[FbwSuppliesListItem]]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: FbwSuppliesListRequest,
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
) -> ProblemError | list[FbwSuppliesListItem] | None:
    """Supplies list

     FBW supplies, filtered by dates (`dates[].type`: factDate, createDate, supplyDate, updatedDate) and
    statuses (`statusIDs` 1-6); paged by `limit` (up to 1000) and `offset`.

    Args:
        limit (int | Unset):  Default: 1000.
        offset (int | Unset):  Default: 0.
        body (FbwSuppliesListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | list[FbwSuppliesListItem]
    """

    return sync_detailed(
        client=client,
        body=body,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FbwSuppliesListRequest,
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
) -> Response[ProblemError | list[FbwSuppliesListItem]]:
    """Supplies list

     FBW supplies, filtered by dates (`dates[].type`: factDate, createDate, supplyDate, updatedDate) and
    statuses (`statusIDs` 1-6); paged by `limit` (up to 1000) and `offset`.

    Args:
        limit (int | Unset):  Default: 1000.
        offset (int | Unset):  Default: 0.
        body (FbwSuppliesListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | list[FbwSuppliesListItem]]
    """

    kwargs = _get_kwargs(
        body=body,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FbwSuppliesListRequest,
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
) -> ProblemError | list[FbwSuppliesListItem] | None:
    """Supplies list

     FBW supplies, filtered by dates (`dates[].type`: factDate, createDate, supplyDate, updatedDate) and
    statuses (`statusIDs` 1-6); paged by `limit` (up to 1000) and `offset`.

    Args:
        limit (int | Unset):  Default: 1000.
        offset (int | Unset):  Default: 0.
        body (FbwSuppliesListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | list[FbwSuppliesListItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            limit=limit,
            offset=offset,
        )
    ).parsed
