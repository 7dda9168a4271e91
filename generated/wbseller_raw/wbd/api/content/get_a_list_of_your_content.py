from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.content_list import ContentList
from ...models.get_a_list_of_your_content_category import (
    GetAListOfYourContentCategory,
)
from ...models.get_a_list_of_your_content_sort import (
    GetAListOfYourContentSort,
)
from ...models.get_a_list_of_your_content_sort_dir import (
    GetAListOfYourContentSortDir,
)
from ...models.get_a_list_of_your_content_status import (
    GetAListOfYourContentStatus,
)
from ...models.wbd_problem import WbdProblem
from ...models.wbd_problem_400 import WbdProblem400
from ...models.wbd_problem_500 import WbdProblem500
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    category: GetAListOfYourContentCategory | Unset = UNSET,
    status: GetAListOfYourContentStatus | Unset = UNSET,
    sort: GetAListOfYourContentSort | Unset = UNSET,
    sort_dir: GetAListOfYourContentSortDir | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    json_category: int | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category

    params["category"] = json_category

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    json_sort_dir: str | Unset = UNSET
    if not isinstance(sort_dir, Unset):
        json_sort_dir = sort_dir

    params["sort_dir"] = json_sort_dir

    params["skip"] = skip

    params["take"] = take

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/content/author",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContentList | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    if response.status_code == 200:
        response_200 = ContentList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = WbdProblem400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = WbdProblem.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = WbdProblem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = WbdProblem500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContentList | WbdProblem | WbdProblem400 | WbdProblem500]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    category: GetAListOfYourContentCategory | Unset = UNSET,
    status: GetAListOfYourContentStatus | Unset = UNSET,
    sort: GetAListOfYourContentSort | Unset = UNSET,
    sort_dir: GetAListOfYourContentSortDir | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 50,
) -> Response[ContentList | WbdProblem | WbdProblem400 | WbdProblem500]:
    """Get a list of your content

     Lists your content with filtering and skip/take pagination; `total` in the response is the number
    of items matching the filter. `search` matches part of or the full content name; `category` filters
    by content category (`catalog_id`: 1 Video content, 2 Audio content, 4 Document); `status` by
    content status (0 Created, 1 Uploaded to server, 2 Published, 3 Error in processing or
    publication, 4 Processing, 5 Sent to server); `sort` by `created` or `updated` date, `sort_dir`
    `asc` or `desc`; `skip` items are skipped (skip 20 starts from the 21st record) and at most `take`
    (default 50) are returned.

    Args:
        search (str | Unset):
        category (GetAListOfYourContentCategory | Unset):
        status (GetAListOfYourContentStatus | Unset):
        sort (GetAListOfYourContentSort | Unset):
        sort_dir (GetAListOfYourContentSortDir | Unset):
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContentList | WbdProblem | WbdProblem400 | WbdProblem500]
    """

    kwargs = _get_kwargs(
        search=search,
        category=category,
        status=status,
        sort=sort,
        sort_dir=sort_dir,
        skip=skip,
        take=take,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    category: GetAListOfYourContentCategory | Unset = UNSET,
    status: GetAListOfYourContentStatus | Unset = UNSET,
    sort: GetAListOfYourContentSort | Unset = UNSET,
    sort_dir: GetAListOfYourContentSortDir | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 50,
) -> ContentList | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    """Get a list of your content

     Lists your content with filtering and skip/take pagination; `total` in the response is the number
    of items matching the filter. `search` matches part of or the full content name; `category` filters
    by content category (`catalog_id`: 1 Video content, 2 Audio content, 4 Document); `status` by
    content status (0 Created, 1 Uploaded to server, 2 Published, 3 Error in processing or
    publication, 4 Processing, 5 Sent to server); `sort` by `created` or `updated` date, `sort_dir`
    `asc` or `desc`; `skip` items are skipped (skip 20 starts from the 21st record) and at most `take`
    (default 50) are returned.

    Args:
        search (str | Unset):
        category (GetAListOfYourContentCategory | Unset):
        status (GetAListOfYourContentStatus | Unset):
        sort (GetAListOfYourContentSort | Unset):
        sort_dir (GetAListOfYourContentSortDir | Unset):
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContentList | WbdProblem | WbdProblem400 | WbdProblem500
    """

    return sync_detailed(
        client=client,
        search=search,
        category=category,
        status=status,
        sort=sort,
        sort_dir=sort_dir,
        skip=skip,
        take=take,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    category: GetAListOfYourContentCategory | Unset = UNSET,
    status: GetAListOfYourContentStatus | Unset = UNSET,
    sort: GetAListOfYourContentSort | Unset = UNSET,
    sort_dir: GetAListOfYourContentSortDir | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 50,
) -> Response[ContentList | WbdProblem | WbdProblem400 | WbdProblem500]:
    """Get a list of your content

     Lists your content with filtering and skip/take pagination; `total` in the response is the number
    of items matching the filter. `search` matches part of or the full content name; `category` filters
    by content category (`catalog_id`: 1 Video content, 2 Audio content, 4 Document); `status` by
    content status (0 Created, 1 Uploaded to server, 2 Published, 3 Error in processing or
    publication, 4 Processing, 5 Sent to server); `sort` by `created` or `updated` date, `sort_dir`
    `asc` or `desc`; `skip` items are skipped (skip 20 starts from the 21st record) and at most `take`
    (default 50) are returned.

    Args:
        search (str | Unset):
        category (GetAListOfYourContentCategory | Unset):
        status (GetAListOfYourContentStatus | Unset):
        sort (GetAListOfYourContentSort | Unset):
        sort_dir (GetAListOfYourContentSortDir | Unset):
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContentList | WbdProblem | WbdProblem400 | WbdProblem500]
    """

    kwargs = _get_kwargs(
        search=search,
        category=category,
        status=status,
        sort=sort,
        sort_dir=sort_dir,
        skip=skip,
        take=take,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    category: GetAListOfYourContentCategory | Unset = UNSET,
    status: GetAListOfYourContentStatus | Unset = UNSET,
    sort: GetAListOfYourContentSort | Unset = UNSET,
    sort_dir: GetAListOfYourContentSortDir | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 50,
) -> ContentList | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    """Get a list of your content

     Lists your content with filtering and skip/take pagination; `total` in the response is the number
    of items matching the filter. `search` matches part of or the full content name; `category` filters
    by content category (`catalog_id`: 1 Video content, 2 Audio content, 4 Document); `status` by
    content status (0 Created, 1 Uploaded to server, 2 Published, 3 Error in processing or
    publication, 4 Processing, 5 Sent to server); `sort` by `created` or `updated` date, `sort_dir`
    `asc` or `desc`; `skip` items are skipped (skip 20 starts from the 21st record) and at most `take`
    (default 50) are returned.

    Args:
        search (str | Unset):
        category (GetAListOfYourContentCategory | Unset):
        status (GetAListOfYourContentStatus | Unset):
        sort (GetAListOfYourContentSort | Unset):
        sort_dir (GetAListOfYourContentSortDir | Unset):
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContentList | WbdProblem | WbdProblem400 | WbdProblem500
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            category=category,
            status=status,
            sort=sort,
            sort_dir=sort_dir,
            skip=skip,
            take=take,
        )
    ).parsed
