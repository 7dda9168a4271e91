from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...models.questions_list_response import QuestionsListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    is_answered: bool,
    nm_id: int | Unset = UNSET,
    take: int,
    skip: int,
    order: str | Unset = UNSET,
    date_from: int | Unset = UNSET,
    date_to: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["isAnswered"] = is_answered

    params["nmId"] = nm_id

    params["take"] = take

    params["skip"] = skip

    params["order"] = order

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/questions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemError | QuestionsListResponse | None:
    if response.status_code == 200:
        response_200 = QuestionsListResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProblemError | QuestionsListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    is_answered: bool,
    nm_id: int | Unset = UNSET,
    take: int,
    skip: int,
    order: str | Unset = UNSET,
    date_from: int | Unset = UNSET,
    date_to: int | Unset = UNSET,
) -> Response[ProblemError | QuestionsListResponse]:
    """Questions list

     Answered or unanswered questions; paged by `take` and `skip`.

    Args:
        is_answered (bool):
        nm_id (int | Unset):
        take (int):
        skip (int):
        order (str | Unset):
        date_from (int | Unset):
        date_to (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | QuestionsListResponse]
    """

    kwargs = _get_kwargs(
        is_answered=is_answered,
        nm_id=nm_id,
        take=take,
        skip=skip,
        order=order,
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
    is_answered: bool,
    nm_id: int | Unset = UNSET,
    take: int,
    skip: int,
    order: str | Unset = UNSET,
    date_from: int | Unset = UNSET,
    date_to: int | Unset = UNSET,
) -> ProblemError | QuestionsListResponse | None:
    """Questions list

     Answered or unanswered questions; paged by `take` and `skip`.

    Args:
        is_answered (bool):
        nm_id (int | Unset):
        take (int):
        skip (int):
        order (str | Unset):
        date_from (int | Unset):
        date_to (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | QuestionsListResponse
    """

    return sync_detailed(
        client=client,
        is_answered=is_answered,
        nm_id=nm_id,
        take=take,
        skip=skip,
        order=order,
        date_from=date_from,
        date_to=date_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    is_answered: bool,
    nm_id: int | Unset = UNSET,
    take: int,
    skip: int,
    order: str | Unset = UNSET,
    date_from: int | Unset = UNSET,
    date_to: int | Unset = UNSET,
) -> Response[ProblemError | QuestionsListResponse]:
    """Questions list

     Answered or unanswered questions; paged by `take` and `skip`.

    Args:
        is_answered (bool):
        nm_id (int | Unset):
        take (int):
        skip (int):
        order (str | Unset):
        date_from (int | Unset):
        date_to (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | QuestionsListResponse]
    """

    kwargs = _get_kwargs(
        is_answered=is_answered,
        nm_id=nm_id,
        take=take,
        skip=skip,
        order=order,
        date_from=date_from,
        date_to=date_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    is_answered: bool,
    nm_id: int | Unset = UNSET,
    take: int,
    skip: int,
    order: str | Unset = UNSET,
    date_from: int | Unset = UNSET,
    date_to: int | Unset = UNSET,
) -> ProblemError | QuestionsListResponse | None:
    """Questions list

     Answered or unanswered questions; paged by `take` and `skip`.

    Args:
        is_answered (bool):
        nm_id (int | Unset):
        take (int):
        skip (int):
        order (str | Unset):
        date_from (int | Unset):
        date_to (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | QuestionsListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            is_answered=is_answered,
            nm_id=nm_id,
            take=take,
            skip=skip,
            order=order,
            date_from=date_from,
            date_to=date_to,
        )
    ).parsed
