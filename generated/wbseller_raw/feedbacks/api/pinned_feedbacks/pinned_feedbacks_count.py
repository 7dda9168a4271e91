import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pinned_feedbacks_count_pin_on import (
    PinnedFeedbacksCountPinOn,
)
from ...models.pinned_feedbacks_count_response import PinnedFeedbacksCountResponse
from ...models.pinned_feedbacks_count_state import (
    PinnedFeedbacksCountState,
)
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    state: PinnedFeedbacksCountState | Unset = UNSET,
    pin_on: PinnedFeedbacksCountPinOn | Unset = UNSET,
    imt_id: int | Unset = UNSET,
    nm_id: int | Unset = UNSET,
    feedback_id: int | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/feedbacks/v1/pins/count",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PinnedFeedbacksCountResponse | ProblemError | None:
    if response.status_code == 200:
        response_200 = PinnedFeedbacksCountResponse.from_dict(response.json())

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
) -> Response[PinnedFeedbacksCountResponse | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    state: PinnedFeedbacksCountState | Unset = UNSET,
    pin_on: PinnedFeedbacksCountPinOn | Unset = UNSET,
    imt_id: int | Unset = UNSET,
    nm_id: int | Unset = UNSET,
    feedback_id: int | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
) -> Response[PinnedFeedbacksCountResponse | ProblemError]:
    """Pinned feedbacks count

     How many feedbacks are pinned or unpinned.

    Args:
        state (PinnedFeedbacksCountState | Unset):
        pin_on (PinnedFeedbacksCountPinOn | Unset):
        imt_id (int | Unset):
        nm_id (int | Unset):
        feedback_id (int | Unset):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PinnedFeedbacksCountResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        state=state,
        pin_on=pin_on,
        imt_id=imt_id,
        nm_id=nm_id,
        feedback_id=feedback_id,
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
    state: PinnedFeedbacksCountState | Unset = UNSET,
    pin_on: PinnedFeedbacksCountPinOn | Unset = UNSET,
    imt_id: int | Unset = UNSET,
    nm_id: int | Unset = UNSET,
    feedback_id: int | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
) -> PinnedFeedbacksCountResponse | ProblemError | None:
    """Pinned feedbacks count

     How many feedbacks are pinned or unpinned.

    Args:
        state (PinnedFeedbacksCountState | Unset):
        pin_on (PinnedFeedbacksCountPinOn | Unset):
        imt_id (int | Unset):
        nm_id (int | Unset):
        feedback_id (int | Unset):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PinnedFeedbacksCountResponse | ProblemError
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
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    state: PinnedFeedbacksCountState | Unset = UNSET,
    pin_on: PinnedFeedbacksCountPinOn | Unset = UNSET,
    imt_id: int | Unset = UNSET,
    nm_id: int | Unset = UNSET,
    feedback_id: int | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
) -> Response[PinnedFeedbacksCountResponse | ProblemError]:
    """Pinned feedbacks count

     How many feedbacks are pinned or unpinned.

    Args:
        state (PinnedFeedbacksCountState | Unset):
        pin_on (PinnedFeedbacksCountPinOn | Unset):
        imt_id (int | Unset):
        nm_id (int | Unset):
        feedback_id (int | Unset):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PinnedFeedbacksCountResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        state=state,
        pin_on=pin_on,
        imt_id=imt_id,
        nm_id=nm_id,
        feedback_id=feedback_id,
        date_from=date_from,
        date_to=date_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    state: PinnedFeedbacksCountState | Unset = UNSET,
    pin_on: PinnedFeedbacksCountPinOn | Unset = UNSET,
    imt_id: int | Unset = UNSET,
    nm_id: int | Unset = UNSET,
    feedback_id: int | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
) -> PinnedFeedbacksCountResponse | ProblemError | None:
    """Pinned feedbacks count

     How many feedbacks are pinned or unpinned.

    Args:
        state (PinnedFeedbacksCountState | Unset):
        pin_on (PinnedFeedbacksCountPinOn | Unset):
        imt_id (int | Unset):
        nm_id (int | Unset):
        feedback_id (int | Unset):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PinnedFeedbacksCountResponse | ProblemError
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
        )
    ).parsed
