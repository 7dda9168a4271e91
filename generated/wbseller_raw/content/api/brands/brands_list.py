from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.brands_list_response import BrandsListResponse
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    subject_id: int,
    next_: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subjectId"] = subject_id

    params["next"] = next_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/content/v1/brands",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BrandsListResponse | ProblemError | None:
    if response.status_code == 200:
        response_200 = BrandsListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ProblemError.from_dict(response.json())

        return response_400

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
) -> Response[BrandsListResponse | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    subject_id: int,
    next_: int | Unset = UNSET,
) -> Response[BrandsListResponse | ProblemError]:
    """Brands

     The brands of a subject (`subjectId`); paged by the `next` cursor of the previous answer (`total`
    says how many there are).

    Args:
        subject_id (int):
        next_ (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BrandsListResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        subject_id=subject_id,
        next_=next_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    subject_id: int,
    next_: int | Unset = UNSET,
) -> BrandsListResponse | ProblemError | None:
    """Brands

     The brands of a subject (`subjectId`); paged by the `next` cursor of the previous answer (`total`
    says how many there are).

    Args:
        subject_id (int):
        next_ (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BrandsListResponse | ProblemError
    """

    return sync_detailed(
        client=client,
        subject_id=subject_id,
        next_=next_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    subject_id: int,
    next_: int | Unset = UNSET,
) -> Response[BrandsListResponse | ProblemError]:
    """Brands

     The brands of a subject (`subjectId`); paged by the `next` cursor of the previous answer (`total`
    says how many there are).

    Args:
        subject_id (int):
        next_ (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BrandsListResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        subject_id=subject_id,
        next_=next_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    subject_id: int,
    next_: int | Unset = UNSET,
) -> BrandsListResponse | ProblemError | None:
    """Brands

     The brands of a subject (`subjectId`); paged by the `next` cursor of the previous answer (`total`
    says how many there are).

    Args:
        subject_id (int):
        next_ (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BrandsListResponse | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            subject_id=subject_id,
            next_=next_,
        )
    ).parsed
