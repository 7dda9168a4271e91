from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalog import Catalog
from ...models.wbd_problem import WbdProblem
from ...models.wbd_problem_500 import WbdProblem500
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/catalog",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Catalog | WbdProblem | WbdProblem500 | None:
    if response.status_code == 200:
        response_200 = Catalog.from_dict(response.json())

        return response_200

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
) -> Response[Catalog | WbdProblem | WbdProblem500]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Catalog | WbdProblem | WbdProblem500]:
    """Get categories and their subcategories

     Returns the category tree, three levels deep: the root node (the Catalog entity); categories
    (`section`: 1 Video content, 2 Audio content, 3 Activation keys, 4 E-books, 5 Audiobooks,
    6 Digital goods, 8 Services, 12 Coupons and entertainment, 13 Gift certificates); and the leaves,
    subcategories (`catalog_path` IDs, e.g. 65 Educational videos, 66 Sports, 67 Masterclass, 68 Yoga,
    69 Meditations). Each node: `id`, `parent_id`, `section_id`, `node_order`, `total`, `name`,
    `img`, `is_section`, `path` and its `children` (WB's reference, wbd-catalog-nodes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Catalog | WbdProblem | WbdProblem500]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Catalog | WbdProblem | WbdProblem500 | None:
    """Get categories and their subcategories

     Returns the category tree, three levels deep: the root node (the Catalog entity); categories
    (`section`: 1 Video content, 2 Audio content, 3 Activation keys, 4 E-books, 5 Audiobooks,
    6 Digital goods, 8 Services, 12 Coupons and entertainment, 13 Gift certificates); and the leaves,
    subcategories (`catalog_path` IDs, e.g. 65 Educational videos, 66 Sports, 67 Masterclass, 68 Yoga,
    69 Meditations). Each node: `id`, `parent_id`, `section_id`, `node_order`, `total`, `name`,
    `img`, `is_section`, `path` and its `children` (WB's reference, wbd-catalog-nodes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Catalog | WbdProblem | WbdProblem500
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Catalog | WbdProblem | WbdProblem500]:
    """Get categories and their subcategories

     Returns the category tree, three levels deep: the root node (the Catalog entity); categories
    (`section`: 1 Video content, 2 Audio content, 3 Activation keys, 4 E-books, 5 Audiobooks,
    6 Digital goods, 8 Services, 12 Coupons and entertainment, 13 Gift certificates); and the leaves,
    subcategories (`catalog_path` IDs, e.g. 65 Educational videos, 66 Sports, 67 Masterclass, 68 Yoga,
    69 Meditations). Each node: `id`, `parent_id`, `section_id`, `node_order`, `total`, `name`,
    `img`, `is_section`, `path` and its `children` (WB's reference, wbd-catalog-nodes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Catalog | WbdProblem | WbdProblem500]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Catalog | WbdProblem | WbdProblem500 | None:
    """Get categories and their subcategories

     Returns the category tree, three levels deep: the root node (the Catalog entity); categories
    (`section`: 1 Video content, 2 Audio content, 3 Activation keys, 4 E-books, 5 Audiobooks,
    6 Digital goods, 8 Services, 12 Coupons and entertainment, 13 Gift certificates); and the leaves,
    subcategories (`catalog_path` IDs, e.g. 65 Educational videos, 66 Sports, 67 Masterclass, 68 Yoga,
    69 Meditations). Each node: `id`, `parent_id`, `section_id`, `node_order`, `total`, `name`,
    `img`, `is_section`, `path` and its `children` (WB's reference, wbd-catalog-nodes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Catalog | WbdProblem | WbdProblem500
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
