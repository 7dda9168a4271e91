from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cluster_stats_request import ClusterStatsRequest
from ...models.cluster_stats_response import ClusterStatsResponse
from ...models.problem_error import ProblemError
from ...models.promotion_problem_error import PromotionProblemError
from ...types import Response


def _get_kwargs(
    *,
    body: ClusterStatsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/adv/v0/normquery/stats",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClusterStatsResponse | ProblemError | PromotionProblemError | None:
    if response.status_code == 200:
        response_200 = ClusterStatsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PromotionProblemError.from_dict(response.json())

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
) -> Response[ClusterStatsResponse | ProblemError | PromotionProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClusterStatsRequest,
) -> Response[ClusterStatsResponse | ProblemError | PromotionProblemError]:
    """Search clusters statistics

     Statistics per search cluster for a period (`from`, `to`: dates) and up to 100 (advert_id,
    nm_id) pairs: views, clicks, carts, orders, CTR, CPC, CPM, average position, spend (views,
    CTR and CPM null for cpc campaigns). A read: safe to repeat. WB's operation
    `postV0NormqueryStats`.

    Args:
        body (ClusterStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterStatsResponse | ProblemError | PromotionProblemError]
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
    body: ClusterStatsRequest,
) -> ClusterStatsResponse | ProblemError | PromotionProblemError | None:
    """Search clusters statistics

     Statistics per search cluster for a period (`from`, `to`: dates) and up to 100 (advert_id,
    nm_id) pairs: views, clicks, carts, orders, CTR, CPC, CPM, average position, spend (views,
    CTR and CPM null for cpc campaigns). A read: safe to repeat. WB's operation
    `postV0NormqueryStats`.

    Args:
        body (ClusterStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterStatsResponse | ProblemError | PromotionProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClusterStatsRequest,
) -> Response[ClusterStatsResponse | ProblemError | PromotionProblemError]:
    """Search clusters statistics

     Statistics per search cluster for a period (`from`, `to`: dates) and up to 100 (advert_id,
    nm_id) pairs: views, clicks, carts, orders, CTR, CPC, CPM, average position, spend (views,
    CTR and CPM null for cpc campaigns). A read: safe to repeat. WB's operation
    `postV0NormqueryStats`.

    Args:
        body (ClusterStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterStatsResponse | ProblemError | PromotionProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ClusterStatsRequest,
) -> ClusterStatsResponse | ProblemError | PromotionProblemError | None:
    """Search clusters statistics

     Statistics per search cluster for a period (`from`, `to`: dates) and up to 100 (advert_id,
    nm_id) pairs: views, clicks, carts, orders, CTR, CPC, CPM, average position, spend (views,
    CTR and CPM null for cpc campaigns). A read: safe to repeat. WB's operation
    `postV0NormqueryStats`.

    Args:
        body (ClusterStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterStatsResponse | ProblemError | PromotionProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
