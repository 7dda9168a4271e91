from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.media_stats_item import MediaStatsItem
from ...models.media_stats_request_item import MediaStatsRequestItem
from ...models.problem_error import ProblemError
from ...models.promotion_error import PromotionError
from ...types import Response


def _get_kwargs(
    *,
    body: list[MediaStatsRequestItem],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/adv/v1/stats",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemError | PromotionError | list[MediaStatsItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MediaStatsItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = PromotionError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProblemError | PromotionError | list[MediaStatsItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[MediaStatsRequestItem],
) -> Response[ProblemError | PromotionError | list[MediaStatsItem]]:
    """Media campaign statistics

     Statistics of WB Media campaigns, 1 to 100 requests per call, each `{id}` (all time),
    `{id, dates: [...]}` (per date) or `{id, interval: {begin, end}}`; the answer has one item
    per request: `{interval, stats}`, `{dates, stats}`, `{stats}`, or `{advert_id, error}` for
    a campaign WB does not know. WB's schema gives the alternatives as oneOf; they are one
    lenient object here (a request item: `id` with optional `dates`/`interval`; an answer item:
    every field optional). A read: safe to repeat. WB's operation `postV1Stats`.

    Args:
        body (list[MediaStatsRequestItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | PromotionError | list[MediaStatsItem]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[MediaStatsRequestItem],
) -> ProblemError | PromotionError | list[MediaStatsItem] | None:
    """Media campaign statistics

     Statistics of WB Media campaigns, 1 to 100 requests per call, each `{id}` (all time),
    `{id, dates: [...]}` (per date) or `{id, interval: {begin, end}}`; the answer has one item
    per request: `{interval, stats}`, `{dates, stats}`, `{stats}`, or `{advert_id, error}` for
    a campaign WB does not know. WB's schema gives the alternatives as oneOf; they are one
    lenient object here (a request item: `id` with optional `dates`/`interval`; an answer item:
    every field optional). A read: safe to repeat. WB's operation `postV1Stats`.

    Args:
        body (list[MediaStatsRequestItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | PromotionError | list[MediaStatsItem]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[MediaStatsRequestItem],
) -> Response[ProblemError | PromotionError | list[MediaStatsItem]]:
    """Media campaign statistics

     Statistics of WB Media campaigns, 1 to 100 requests per call, each `{id}` (all time),
    `{id, dates: [...]}` (per date) or `{id, interval: {begin, end}}`; the answer has one item
    per request: `{interval, stats}`, `{dates, stats}`, `{stats}`, or `{advert_id, error}` for
    a campaign WB does not know. WB's schema gives the alternatives as oneOf; they are one
    lenient object here (a request item: `id` with optional `dates`/`interval`; an answer item:
    every field optional). A read: safe to repeat. WB's operation `postV1Stats`.

    Args:
        body (list[MediaStatsRequestItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | PromotionError | list[MediaStatsItem]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[MediaStatsRequestItem],
) -> ProblemError | PromotionError | list[MediaStatsItem] | None:
    """Media campaign statistics

     Statistics of WB Media campaigns, 1 to 100 requests per call, each `{id}` (all time),
    `{id, dates: [...]}` (per date) or `{id, interval: {begin, end}}`; the answer has one item
    per request: `{interval, stats}`, `{dates, stats}`, `{stats}`, or `{advert_id, error}` for
    a campaign WB does not know. WB's schema gives the alternatives as oneOf; they are one
    lenient object here (a request item: `id` with optional `dates`/`interval`; an answer item:
    every field optional). A read: safe to repeat. WB's operation `postV1Stats`.

    Args:
        body (list[MediaStatsRequestItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | PromotionError | list[MediaStatsItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
