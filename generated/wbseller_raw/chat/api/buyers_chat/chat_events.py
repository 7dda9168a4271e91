from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_events_response import ChatEventsResponse
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    next_: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["next"] = next_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/seller/events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatEventsResponse | ProblemError | None:
    if response.status_code == 200:
        response_200 = ChatEventsResponse.from_dict(response.json())

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
) -> Response[ChatEventsResponse | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    next_: int | Unset = UNSET,
) -> Response[ChatEventsResponse | ProblemError]:
    """Chat events

     The chats' events. Paged by `next`: start without it, then pass the previous answer's `result.next`
    (a Unix timestamp).

    Args:
        next_ (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatEventsResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        next_=next_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    next_: int | Unset = UNSET,
) -> ChatEventsResponse | ProblemError | None:
    """Chat events

     The chats' events. Paged by `next`: start without it, then pass the previous answer's `result.next`
    (a Unix timestamp).

    Args:
        next_ (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatEventsResponse | ProblemError
    """

    return sync_detailed(
        client=client,
        next_=next_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    next_: int | Unset = UNSET,
) -> Response[ChatEventsResponse | ProblemError]:
    """Chat events

     The chats' events. Paged by `next`: start without it, then pass the previous answer's `result.next`
    (a Unix timestamp).

    Args:
        next_ (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatEventsResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        next_=next_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    next_: int | Unset = UNSET,
) -> ChatEventsResponse | ProblemError | None:
    """Chat events

     The chats' events. Paged by `next`: start without it, then pass the previous answer's `result.next`
    (a Unix timestamp).

    Args:
        next_ (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatEventsResponse | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            next_=next_,
        )
    ).parsed
