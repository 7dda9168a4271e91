from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.media_campaign import MediaCampaign
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: str | Unset = UNSET,
    type_: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: str | Unset = UNSET,
    direction: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    params["type"] = type_

    params["limit"] = limit

    params["offset"] = offset

    params["order"] = order

    params["direction"] = direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/adv/v1/adverts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ProblemError | list[MediaCampaign] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MediaCampaign.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ProblemError | list[MediaCampaign]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    type_: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: str | Unset = UNSET,
    direction: str | Unset = UNSET,
) -> Response[Any | ProblemError | list[MediaCampaign]]:
    """List of media campaigns

     Returns the list of the seller's media campaigns, optionally filtered by status and type,
    sorted by `order`/`direction` and paged with `limit`/`offset`. HTTP 204 when nothing is found.
    Limit: 10 requests per second (interval 100 ms, burst 10).

    Args:
        status (str | Unset):
        type_ (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order (str | Unset):
        direction (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError | list[MediaCampaign]]
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        limit=limit,
        offset=offset,
        order=order,
        direction=direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    type_: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: str | Unset = UNSET,
    direction: str | Unset = UNSET,
) -> Any | ProblemError | list[MediaCampaign] | None:
    """List of media campaigns

     Returns the list of the seller's media campaigns, optionally filtered by status and type,
    sorted by `order`/`direction` and paged with `limit`/`offset`. HTTP 204 when nothing is found.
    Limit: 10 requests per second (interval 100 ms, burst 10).

    Args:
        status (str | Unset):
        type_ (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order (str | Unset):
        direction (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError | list[MediaCampaign]
    """

    return sync_detailed(
        client=client,
        status=status,
        type_=type_,
        limit=limit,
        offset=offset,
        order=order,
        direction=direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    type_: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: str | Unset = UNSET,
    direction: str | Unset = UNSET,
) -> Response[Any | ProblemError | list[MediaCampaign]]:
    """List of media campaigns

     Returns the list of the seller's media campaigns, optionally filtered by status and type,
    sorted by `order`/`direction` and paged with `limit`/`offset`. HTTP 204 when nothing is found.
    Limit: 10 requests per second (interval 100 ms, burst 10).

    Args:
        status (str | Unset):
        type_ (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order (str | Unset):
        direction (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError | list[MediaCampaign]]
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        limit=limit,
        offset=offset,
        order=order,
        direction=direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    type_: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: str | Unset = UNSET,
    direction: str | Unset = UNSET,
) -> Any | ProblemError | list[MediaCampaign] | None:
    """List of media campaigns

     Returns the list of the seller's media campaigns, optionally filtered by status and type,
    sorted by `order`/`direction` and paged with `limit`/`offset`. HTTP 204 when nothing is found.
    Limit: 10 requests per second (interval 100 ms, burst 10).

    Args:
        status (str | Unset):
        type_ (int | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order (str | Unset):
        direction (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError | list[MediaCampaign]
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            type_=type_,
            limit=limit,
            offset=offset,
            order=order,
            direction=direction,
        )
    ).parsed
