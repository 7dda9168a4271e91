from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cluster_daily_stats_request import ClusterDailyStatsRequest
from ...models.cluster_daily_stats_response import ClusterDailyStatsResponse
from ...models.problem_error import ProblemError
from ...models.promotion_problem_error import PromotionProblemError
from ...types import Response


def _get_kwargs(
    *,
    body: ClusterDailyStatsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/adv/v1/normquery/stats",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClusterDailyStatsResponse | ProblemError | PromotionProblemError | None:
    if response.status_code == 200:
        response_200 = ClusterDailyStatsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PromotionProblemError.from_dict(response.json())

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
) -> Response[ClusterDailyStatsResponse | ProblemError | PromotionProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClusterDailyStatsRequest,
) -> Response[ClusterDailyStatsResponse | ProblemError | PromotionProblemError]:
    """Daily search clusters statistics

     Statistics per search cluster and day for a period (`from`, `to`) and up to 100
    (advertId, nmId) pairs. A read: safe to repeat. WB's operation `postV1NormqueryStats`.

    Args:
        body (ClusterDailyStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterDailyStatsResponse | ProblemError | PromotionProblemError]
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
    body: ClusterDailyStatsRequest,
) -> ClusterDailyStatsResponse | ProblemError | PromotionProblemError | None:
    """Daily search clusters statistics

     Statistics per search cluster and day for a period (`from`, `to`) and up to 100
    (advertId, nmId) pairs. A read: safe to repeat. WB's operation `postV1NormqueryStats`.

    Args:
        body (ClusterDailyStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterDailyStatsResponse | ProblemError | PromotionProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClusterDailyStatsRequest,
) -> Response[ClusterDailyStatsResponse | ProblemError | PromotionProblemError]:
    """Daily search clusters statistics

     Statistics per search cluster and day for a period (`from`, `to`) and up to 100
    (advertId, nmId) pairs. A read: safe to repeat. WB's operation `postV1NormqueryStats`.

    Args:
        body (ClusterDailyStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterDailyStatsResponse | ProblemError | PromotionProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ClusterDailyStatsRequest,
) -> ClusterDailyStatsResponse | ProblemError | PromotionProblemError | None:
    """Daily search clusters statistics

     Statistics per search cluster and day for a period (`from`, `to`) and up to 100
    (advertId, nmId) pairs. A read: safe to repeat. WB's operation `postV1NormqueryStats`.

    Args:
        body (ClusterDailyStatsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterDailyStatsResponse | ProblemError | PromotionProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
