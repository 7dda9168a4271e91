import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.documents_list_order import (
    DocumentsListOrder,
)
from ...models.documents_list_response import DocumentsListResponse
from ...models.documents_list_sort import DocumentsListSort
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    locale: str | Unset = "en",
    begin_time: datetime.date | Unset = UNSET,
    end_time: datetime.date | Unset = UNSET,
    sort: DocumentsListSort | Unset = "date",
    order: DocumentsListOrder | Unset = "desc",
    category: str | Unset = UNSET,
    service_name: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["locale"] = locale

    json_begin_time: str | Unset = UNSET
    if not isinstance(begin_time, Unset):
        json_begin_time = begin_time.isoformat()
    params["beginTime"] = json_begin_time

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["endTime"] = json_end_time

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["category"] = category

    params["serviceName"] = service_name

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/documents/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DocumentsListResponse | ProblemError | None:
    if response.status_code == 200:
        response_200 = DocumentsListResponse.from_dict(response.json())

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
) -> Response[DocumentsListResponse | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    locale: str | Unset = "en",
    begin_time: datetime.date | Unset = UNSET,
    end_time: datetime.date | Unset = UNSET,
    sort: DocumentsListSort | Unset = "date",
    order: DocumentsListOrder | Unset = "desc",
    category: str | Unset = UNSET,
    service_name: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[DocumentsListResponse | ProblemError]:
    """Documents list

     The seller's documents; paged by `limit` (up to 50) and `offset`.

    Args:
        locale (str | Unset):  Default: 'en'.
        begin_time (datetime.date | Unset):
        end_time (datetime.date | Unset):
        sort (DocumentsListSort | Unset):  Default: 'date'.
        order (DocumentsListOrder | Unset):  Default: 'desc'.
        category (str | Unset):
        service_name (str | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentsListResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        locale=locale,
        begin_time=begin_time,
        end_time=end_time,
        sort=sort,
        order=order,
        category=category,
        service_name=service_name,
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
    locale: str | Unset = "en",
    begin_time: datetime.date | Unset = UNSET,
    end_time: datetime.date | Unset = UNSET,
    sort: DocumentsListSort | Unset = "date",
    order: DocumentsListOrder | Unset = "desc",
    category: str | Unset = UNSET,
    service_name: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> DocumentsListResponse | ProblemError | None:
    """Documents list

     The seller's documents; paged by `limit` (up to 50) and `offset`.

    Args:
        locale (str | Unset):  Default: 'en'.
        begin_time (datetime.date | Unset):
        end_time (datetime.date | Unset):
        sort (DocumentsListSort | Unset):  Default: 'date'.
        order (DocumentsListOrder | Unset):  Default: 'desc'.
        category (str | Unset):
        service_name (str | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentsListResponse | ProblemError
    """

    return sync_detailed(
        client=client,
        locale=locale,
        begin_time=begin_time,
        end_time=end_time,
        sort=sort,
        order=order,
        category=category,
        service_name=service_name,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    locale: str | Unset = "en",
    begin_time: datetime.date | Unset = UNSET,
    end_time: datetime.date | Unset = UNSET,
    sort: DocumentsListSort | Unset = "date",
    order: DocumentsListOrder | Unset = "desc",
    category: str | Unset = UNSET,
    service_name: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[DocumentsListResponse | ProblemError]:
    """Documents list

     The seller's documents; paged by `limit` (up to 50) and `offset`.

    Args:
        locale (str | Unset):  Default: 'en'.
        begin_time (datetime.date | Unset):
        end_time (datetime.date | Unset):
        sort (DocumentsListSort | Unset):  Default: 'date'.
        order (DocumentsListOrder | Unset):  Default: 'desc'.
        category (str | Unset):
        service_name (str | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentsListResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        locale=locale,
        begin_time=begin_time,
        end_time=end_time,
        sort=sort,
        order=order,
        category=category,
        service_name=service_name,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    locale: str | Unset = "en",
    begin_time: datetime.date | Unset = UNSET,
    end_time: datetime.date | Unset = UNSET,
    sort: DocumentsListSort | Unset = "date",
    order: DocumentsListOrder | Unset = "desc",
    category: str | Unset = UNSET,
    service_name: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> DocumentsListResponse | ProblemError | None:
    """Documents list

     The seller's documents; paged by `limit` (up to 50) and `offset`.

    Args:
        locale (str | Unset):  Default: 'en'.
        begin_time (datetime.date | Unset):
        end_time (datetime.date | Unset):
        sort (DocumentsListSort | Unset):  Default: 'date'.
        order (DocumentsListOrder | Unset):  Default: 'desc'.
        category (str | Unset):
        service_name (str | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentsListResponse | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            locale=locale,
            begin_time=begin_time,
            end_time=end_time,
            sort=sort,
            order=order,
            category=category,
            service_name=service_name,
            limit=limit,
            offset=offset,
        )
    ).parsed
