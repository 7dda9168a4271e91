from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_a_list_of_your_offers_category import (
    GetAListOfYourOffersCategory,
)
from ...models.get_a_list_of_your_offers_sort import (
    GetAListOfYourOffersSort,
)
from ...models.get_a_list_of_your_offers_sort_dir import (
    GetAListOfYourOffersSortDir,
)
from ...models.get_a_list_of_your_offers_status import (
    GetAListOfYourOffersStatus,
)
from ...models.offer_list import OfferList
from ...models.wbd_problem import WbdProblem
from ...models.wbd_problem_400 import WbdProblem400
from ...models.wbd_problem_500 import WbdProblem500
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    category: GetAListOfYourOffersCategory | Unset = UNSET,
    status: GetAListOfYourOffersStatus | Unset = UNSET,
    sort: GetAListOfYourOffersSort | Unset = UNSET,
    sort_dir: GetAListOfYourOffersSortDir | Unset = UNSET,
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
        "url": "/api/v1/offers/author",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OfferList | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    if response.status_code == 200:
        response_200 = OfferList.from_dict(response.json())

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
) -> Response[OfferList | WbdProblem | WbdProblem400 | WbdProblem500]:
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
    category: GetAListOfYourOffersCategory | Unset = UNSET,
    status: GetAListOfYourOffersStatus | Unset = UNSET,
    sort: GetAListOfYourOffersSort | Unset = UNSET,
    sort_dir: GetAListOfYourOffersSortDir | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 50,
) -> Response[OfferList | WbdProblem | WbdProblem400 | WbdProblem500]:
    """Get a list of your offers

     Lists your offers with filtering and skip/take pagination; `total` in the response is the number
    of offers matching the filter. `search` matches part of or the full offer name; `category` filters
    by content category (1 Video content, 2 Audio content, 4 Document); `status` by offer status
    (0 Draft, 1 Published, 2 Suspended); `sort` by `created` or `updated` date, `sort_dir` `asc` or
    `desc`; `skip` offers are skipped (skip 20 starts from the 21st record) and at most `take`
    (default 50) are returned.

    Args:
        search (str | Unset):
        category (GetAListOfYourOffersCategory | Unset):
        status (GetAListOfYourOffersStatus | Unset):
        sort (GetAListOfYourOffersSort | Unset):
        sort_dir (GetAListOfYourOffersSortDir | Unset):
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OfferList | WbdProblem | WbdProblem400 | WbdProblem500]
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
    category: GetAListOfYourOffersCategory | Unset = UNSET,
    status: GetAListOfYourOffersStatus | Unset = UNSET,
    sort: GetAListOfYourOffersSort | Unset = UNSET,
    sort_dir: GetAListOfYourOffersSortDir | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 50,
) -> OfferList | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    """Get a list of your offers

     Lists your offers with filtering and skip/take pagination; `total` in the response is the number
    of offers matching the filter. `search` matches part of or the full offer name; `category` filters
    by content category (1 Video content, 2 Audio content, 4 Document); `status` by offer status
    (0 Draft, 1 Published, 2 Suspended); `sort` by `created` or `updated` date, `sort_dir` `asc` or
    `desc`; `skip` offers are skipped (skip 20 starts from the 21st record) and at most `take`
    (default 50) are returned.

    Args:
        search (str | Unset):
        category (GetAListOfYourOffersCategory | Unset):
        status (GetAListOfYourOffersStatus | Unset):
        sort (GetAListOfYourOffersSort | Unset):
        sort_dir (GetAListOfYourOffersSortDir | Unset):
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OfferList | WbdProblem | WbdProblem400 | WbdProblem500
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
    category: GetAListOfYourOffersCategory | Unset = UNSET,
    status: GetAListOfYourOffersStatus | Unset = UNSET,
    sort: GetAListOfYourOffersSort | Unset = UNSET,
    sort_dir: GetAListOfYourOffersSortDir | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 50,
) -> Response[OfferList | WbdProblem | WbdProblem400 | WbdProblem500]:
    """Get a list of your offers

     Lists your offers with filtering and skip/take pagination; `total` in the response is the number
    of offers matching the filter. `search` matches part of or the full offer name; `category` filters
    by content category (1 Video content, 2 Audio content, 4 Document); `status` by offer status
    (0 Draft, 1 Published, 2 Suspended); `sort` by `created` or `updated` date, `sort_dir` `asc` or
    `desc`; `skip` offers are skipped (skip 20 starts from the 21st record) and at most `take`
    (default 50) are returned.

    Args:
        search (str | Unset):
        category (GetAListOfYourOffersCategory | Unset):
        status (GetAListOfYourOffersStatus | Unset):
        sort (GetAListOfYourOffersSort | Unset):
        sort_dir (GetAListOfYourOffersSortDir | Unset):
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OfferList | WbdProblem | WbdProblem400 | WbdProblem500]
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
    category: GetAListOfYourOffersCategory | Unset = UNSET,
    status: GetAListOfYourOffersStatus | Unset = UNSET,
    sort: GetAListOfYourOffersSort | Unset = UNSET,
    sort_dir: GetAListOfYourOffersSortDir | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 50,
) -> OfferList | WbdProblem | WbdProblem400 | WbdProblem500 | None:
    """Get a list of your offers

     Lists your offers with filtering and skip/take pagination; `total` in the response is the number
    of offers matching the filter. `search` matches part of or the full offer name; `category` filters
    by content category (1 Video content, 2 Audio content, 4 Document); `status` by offer status
    (0 Draft, 1 Published, 2 Suspended); `sort` by `created` or `updated` date, `sort_dir` `asc` or
    `desc`; `skip` offers are skipped (skip 20 starts from the 21st record) and at most `take`
    (default 50) are returned.

    Args:
        search (str | Unset):
        category (GetAListOfYourOffersCategory | Unset):
        status (GetAListOfYourOffersStatus | Unset):
        sort (GetAListOfYourOffersSort | Unset):
        sort_dir (GetAListOfYourOffersSortDir | Unset):
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OfferList | WbdProblem | WbdProblem400 | WbdProblem500
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
