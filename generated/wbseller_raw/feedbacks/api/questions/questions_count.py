from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...models.questions_count_response import QuestionsCountResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    date_from: int | Unset = UNSET,
    date_to: int | Unset = UNSET,
    is_answered: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["isAnswered"] = is_answered

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/questions/count",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemError | QuestionsCountResponse | None:
    if response.status_code == 200:
        response_200 = QuestionsCountResponse.from_dict(response.json())

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
) -> Response[ProblemError | QuestionsCountResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    date_from: int | Unset = UNSET,
    date_to: int | Unset = UNSET,
    is_answered: bool | Unset = True,
) -> Response[ProblemError | QuestionsCountResponse]:
    """Questions count

     How many questions a period has.

    Args:
        date_from (int | Unset):
        date_to (int | Unset):
        is_answered (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | QuestionsCountResponse]
    """

    kwargs = _get_kwargs(
        date_from=date_from,
        date_to=date_to,
        is_answered=is_answered,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    date_from: int | Unset = UNSET,
    date_to: int | Unset = UNSET,
    is_answered: bool | Unset = True,
) -> ProblemError | QuestionsCountResponse | None:
    """Questions count

     How many questions a period has.

    Args:
        date_from (int | Unset):
        date_to (int | Unset):
        is_answered (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | QuestionsCountResponse
    """

    return sync_detailed(
        client=client,
        date_from=date_from,
        date_to=date_to,
        is_answered=is_answered,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    date_from: int | Unset = UNSET,
    date_to: int | Unset = UNSET,
    is_answered: bool | Unset = True,
) -> Response[ProblemError | QuestionsCountResponse]:
    """Questions count

     How many questions a period has.

    Args:
        date_from (int | Unset):
        date_to (int | Unset):
        is_answered (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | QuestionsCountResponse]
    """

    kwargs = _get_kwargs(
        date_from=date_from,
        date_to=date_to,
        is_answered=is_answered,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    date_from: int | Unset = UNSET,
    date_to: int | Unset = UNSET,
    is_answered: bool | Unset = True,
) -> ProblemError | QuestionsCountResponse | None:
    """Questions count

     How many questions a period has.

    Args:
        date_from (int | Unset):
        date_to (int | Unset):
        is_answered (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | QuestionsCountResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            date_from=date_from,
            date_to=date_to,
            is_answered=is_answered,
        )
    ).parsed
