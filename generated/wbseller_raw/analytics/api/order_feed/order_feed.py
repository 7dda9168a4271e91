from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order_feed_request import OrderFeedRequest
from ...models.order_feed_response_200 import OrderFeedResponse200
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: OrderFeedRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/analytics/v1/order-feed",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrderFeedResponse200 | ProblemError | None:
    if response.status_code == 200:
        response_200 = OrderFeedResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ProblemError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

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
) -> Response[OrderFeedResponse200 | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderFeedRequest | Unset = UNSET,
) -> Response[OrderFeedResponse200 | ProblemError]:
    """Order feed

     Orders of a period, paged by `pagination.offset` and `pagination.limit` (up to 10,000),
    `pagination.snapshotTime` keeping the pages on one snapshot. New in WB's reference of 2026-08-19:
    its schemas come from a copy that cuts them at depth (a cut part takes any object). That copy still
    names a component OrderFeedResponse (currency, orders, snapshotTime) without saying where it sits in
    the answer: the answer is taken as any object.

    Args:
        body (OrderFeedRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderFeedResponse200 | ProblemError]
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
    body: OrderFeedRequest | Unset = UNSET,
) -> OrderFeedResponse200 | ProblemError | None:
    """Order feed

     Orders of a period, paged by `pagination.offset` and `pagination.limit` (up to 10,000),
    `pagination.snapshotTime` keeping the pages on one snapshot. New in WB's reference of 2026-08-19:
    its schemas come from a copy that cuts them at depth (a cut part takes any object). That copy still
    names a component OrderFeedResponse (currency, orders, snapshotTime) without saying where it sits in
    the answer: the answer is taken as any object.

    Args:
        body (OrderFeedRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderFeedResponse200 | ProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderFeedRequest | Unset = UNSET,
) -> Response[OrderFeedResponse200 | ProblemError]:
    """Order feed

     Orders of a period, paged by `pagination.offset` and `pagination.limit` (up to 10,000),
    `pagination.snapshotTime` keeping the pages on one snapshot. New in WB's reference of 2026-08-19:
    its schemas come from a copy that cuts them at depth (a cut part takes any object). That copy still
    names a component OrderFeedResponse (currency, orders, snapshotTime) without saying where it sits in
    the answer: the answer is taken as any object.

    Args:
        body (OrderFeedRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderFeedResponse200 | ProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OrderFeedRequest | Unset = UNSET,
) -> OrderFeedResponse200 | ProblemError | None:
    """Order feed

     Orders of a period, paged by `pagination.offset` and `pagination.limit` (up to 10,000),
    `pagination.snapshotTime` keeping the pages on one snapshot. New in WB's reference of 2026-08-19:
    its schemas come from a copy that cuts them at depth (a cut part takes any object). That copy still
    names a component OrderFeedResponse (currency, orders, snapshotTime) without saying where it sits in
    the answer: the answer is taken as any object.

    Args:
        body (OrderFeedRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderFeedResponse200 | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
