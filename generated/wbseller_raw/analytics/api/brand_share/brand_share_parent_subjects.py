from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.brand_share_parent_subjects_response import (
    BrandShareParentSubjectsResponse,
)
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    locale: str | Unset = "ru",
    brand: str,
    date_from: str,
    date_to: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["locale"] = locale

    params["brand"] = brand

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/analytics/brand-share/parent-subjects",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BrandShareParentSubjectsResponse | ProblemError | None:
    if response.status_code == 200:
        response_200 = BrandShareParentSubjectsResponse.from_dict(response.json())

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
) -> Response[BrandShareParentSubjectsResponse | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    locale: str | Unset = "ru",
    brand: str,
    date_from: str,
    date_to: str,
) -> Response[BrandShareParentSubjectsResponse | ProblemError]:
    """Parent categories of a brand

     The parent categories a brand sells in, for a period.

    Args:
        locale (str | Unset):  Default: 'ru'.
        brand (str):
        date_from (str):
        date_to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BrandShareParentSubjectsResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        locale=locale,
        brand=brand,
        date_from=date_from,
        date_to=date_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    locale: str | Unset = "ru",
    brand: str,
    date_from: str,
    date_to: str,
) -> BrandShareParentSubjectsResponse | ProblemError | None:
    """Parent categories of a brand

     The parent categories a brand sells in, for a period.

    Args:
        locale (str | Unset):  Default: 'ru'.
        brand (str):
        date_from (str):
        date_to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BrandShareParentSubjectsResponse | ProblemError
    """

    return sync_detailed(
        client=client,
        locale=locale,
        brand=brand,
        date_from=date_from,
        date_to=date_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    locale: str | Unset = "ru",
    brand: str,
    date_from: str,
    date_to: str,
) -> Response[BrandShareParentSubjectsResponse | ProblemError]:
    """Parent categories of a brand

     The parent categories a brand sells in, for a period.

    Args:
        locale (str | Unset):  Default: 'ru'.
        brand (str):
        date_from (str):
        date_to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BrandShareParentSubjectsResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        locale=locale,
        brand=brand,
        date_from=date_from,
        date_to=date_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    locale: str | Unset = "ru",
    brand: str,
    date_from: str,
    date_to: str,
) -> BrandShareParentSubjectsResponse | ProblemError | None:
    """Parent categories of a brand

     The parent categories a brand sells in, for a period.

    Args:
        locale (str | Unset):  Default: 'ru'.
        brand (str):
        date_from (str):
        date_to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BrandShareParentSubjectsResponse | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            locale=locale,
            brand=brand,
            date_from=date_from,
            date_to=date_to,
        )
    ).parsed
