import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pinned_feedbacks_list_pin_on import (
    PinnedFeedbacksListPinOn,
)
from ...models.pinned_feedbacks_list_response import PinnedFeedbacksListResponse
from ...models.pinned_feedbacks_list_state import (
    PinnedFeedbacksListState,
)
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    state: PinnedFeedbacksListState | Unset = UNSET,
    pin_on: PinnedFeedbacksListPinOn | Unset = UNSET,
    imt_id: int | Unset = UNSET,
    nm_id: int | Unset = UNSET,
    feedback_id: int | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    next_: int | Unset = UNSET,
    limit: int | Unset = 500,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state

    params["state"] = json_state

    json_pin_on: str | Unset = UNSET
    if not isinstance(pin_on, Unset):
        json_pin_on = pin_on

    params["pinOn"] = json_pin_on

    params["imtId"] = imt_id

    params["nmId"] = nm_id

    params["feedbackId"] = feedback_id

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["dateFrom"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["dateTo"] = json_date_to

    params["next"] = next_

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/feedbacks/v1/pins",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PinnedFeedbacksListResponse | ProblemError | None:
    if response.status_code == 200:
        response_200 = PinnedFeedbacksListResponse.from_dict(response.json())

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
) -> Response[PinnedFeedbacksListResponse | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    state: PinnedFeedbacksListState | Unset = UNSET,
    pin_on: PinnedFeedbacksListPinOn | Unset = UNSET,
    imt_id: int | Unset = UNSET,
    nm_id: int | Unset = UNSET,
    feedback_id: int | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    next_: int | Unset = UNSET,
    limit: int | Unset = 500,
) -> Response[PinnedFeedbacksListResponse | ProblemError]:
    """Pinned feedbacks

     Pinned and unpinned feedbacks; paged by the `next` cursor of the answer.

    Args:
        state (PinnedFeedbacksListState | Unset):
        pin_on (PinnedFeedbacksListPinOn | Unset):
        imt_id (int | Unset):
        nm_id (int | Unset):
        feedback_id (int | Unset):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        next_ (int | Unset):
        limit (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PinnedFeedbacksListResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        state=state,
        pin_on=pin_on,
        imt_id=imt_id,
        nm_id=nm_id,
        feedback_id=feedback_id,
        date_from=date_from,
        date_to=date_to,
        next_=next_,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    state: PinnedFeedbacksListState | Unset = UNSET,
    pin_on: PinnedFeedbacksListPinOn | Unset = UNSET,
    imt_id: int | Unset = UNSET,
    nm_id: int | Unset = UNSET,
    feedback_id: int | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    next_: int | Unset = UNSET,
    limit: int | Unset = 500,
) -> PinnedFeedbacksListResponse | ProblemError | None:
    """Pinned feedbacks

     Pinned and unpinned feedbacks; paged by the `next` cursor of the answer.

    Args:
        state (PinnedFeedbacksListState | Unset):
        pin_on (PinnedFeedbacksListPinOn | Unset):
        imt_id (int | Unset):
        nm_id (int | Unset):
        feedback_id (int | Unset):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        next_ (int | Unset):
        limit (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PinnedFeedbacksListResponse | ProblemError
    """

    return sync_detailed(
        client=client,
        state=state,
        pin_on=pin_on,
        imt_id=imt_id,
        nm_id=nm_id,
        feedback_id=feedback_id,
        date_from=date_from,
        date_to=date_to,
        next_=next_,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    state: PinnedFeedbacksListState | Unset = UNSET,
    pin_on: PinnedFeedbacksListPinOn | Unset = UNSET,
    imt_id: int | Unset = UNSET,
    nm_id: int | Unset = UNSET,
    feedback_id: int | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    next_: int | Unset = UNSET,
    limit: int | Unset = 500,
) -> Response[PinnedFeedbacksListResponse | ProblemError]:
    """Pinned feedbacks

     Pinned and unpinned feedbacks; paged by the `next` cursor of the answer.

    Args:
        state (PinnedFeedbacksListState | Unset):
        pin_on (PinnedFeedbacksListPinOn | Unset):
        imt_id (int | Unset):
        nm_id (int | Unset):
        feedback_id (int | Unset):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        next_ (int | Unset):
        limit (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PinnedFeedbacksListResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        state=state,
        pin_on=pin_on,
        imt_id=imt_id,
        nm_id=nm_id,
        feedback_id=feedback_id,
        date_from=date_from,
        date_to=date_to,
        next_=next_,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    state: PinnedFeedbacksListState | Unset = UNSET,
    pin_on: PinnedFeedbacksListPinOn | Unset = UNSET,
    imt_id: int | Unset = UNSET,
    nm_id: int | Unset = UNSET,
    feedback_id: int | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    next_: int | Unset = UNSET,
    limit: int | Unset = 500,
) -> PinnedFeedbacksListResponse | ProblemError | None:
    """Pinned feedbacks

     Pinned and unpinned feedbacks; paged by the `next` cursor of the answer.

    Args:
        state (PinnedFeedbacksListState | Unset):
        pin_on (PinnedFeedbacksListPinOn | Unset):
        imt_id (int | Unset):
        nm_id (int | Unset):
        feedback_id (int | Unset):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        next_ (int | Unset):
        limit (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PinnedFeedbacksListResponse | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            state=state,
            pin_on=pin_on,
            imt_id=imt_id,
            nm_id=nm_id,
            feedback_id=feedback_id,
            date_from=date_from,
            date_to=date_to,
            next_=next_,
            limit=limit,
        )
    ).parsed
