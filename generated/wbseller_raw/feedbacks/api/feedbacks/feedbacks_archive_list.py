from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.feedbacks_archive_list_order import (
    FeedbacksArchiveListOrder,
)
from ...models.feedbacks_archive_list_response import FeedbacksArchiveListResponse
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    nm_id: int | Unset = UNSET,
    take: int,
    skip: int,
    order: FeedbacksArchiveListOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["nmId"] = nm_id

    params["take"] = take

    params["skip"] = skip

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/feedbacks/archive",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FeedbacksArchiveListResponse | ProblemError | None:
    if response.status_code == 200:
        response_200 = FeedbacksArchiveListResponse.from_dict(response.json())

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

    if response.status_code == 403:
        response_403 = ProblemError.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ProblemError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FeedbacksArchiveListResponse | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    nm_id: int | Unset = UNSET,
    take: int,
    skip: int,
    order: FeedbacksArchiveListOrder | Unset = UNSET,
) -> Response[FeedbacksArchiveListResponse | ProblemError]:
    """Archived feedbacks

     Archived feedbacks; paged by `take` and `skip`.

    Args:
        nm_id (int | Unset):
        take (int):
        skip (int):
        order (FeedbacksArchiveListOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbacksArchiveListResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        nm_id=nm_id,
        take=take,
        skip=skip,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    nm_id: int | Unset = UNSET,
    take: int,
    skip: int,
    order: FeedbacksArchiveListOrder | Unset = UNSET,
) -> FeedbacksArchiveListResponse | ProblemError | None:
    """Archived feedbacks

     Archived feedbacks; paged by `take` and `skip`.

    Args:
        nm_id (int | Unset):
        take (int):
        skip (int):
        order (FeedbacksArchiveListOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbacksArchiveListResponse | ProblemError
    """

    return sync_detailed(
        client=client,
        nm_id=nm_id,
        take=take,
        skip=skip,
        order=order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    nm_id: int | Unset = UNSET,
    take: int,
    skip: int,
    order: FeedbacksArchiveListOrder | Unset = UNSET,
) -> Response[FeedbacksArchiveListResponse | ProblemError]:
    """Archived feedbacks

     Archived feedbacks; paged by `take` and `skip`.

    Args:
        nm_id (int | Unset):
        take (int):
        skip (int):
        order (FeedbacksArchiveListOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbacksArchiveListResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        nm_id=nm_id,
        take=take,
        skip=skip,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    nm_id: int | Unset = UNSET,
    take: int,
    skip: int,
    order: FeedbacksArchiveListOrder | Unset = UNSET,
) -> FeedbacksArchiveListResponse | ProblemError | None:
    """Archived feedbacks

     Archived feedbacks; paged by `take` and `skip`.

    Args:
        nm_id (int | Unset):
        take (int):
        skip (int):
        order (FeedbacksArchiveListOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbacksArchiveListResponse | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            nm_id=nm_id,
            take=take,
            skip=skip,
            order=order,
        )
    ).parsed
