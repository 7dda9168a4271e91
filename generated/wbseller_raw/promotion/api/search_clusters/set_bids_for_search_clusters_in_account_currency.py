from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cluster_bids_v1_request import ClusterBidsV1Request
from ...models.cluster_bids_v1_response import ClusterBidsV1Response
from ...models.problem_error import ProblemError
from ...models.promotion_problem_error import PromotionProblemError
from ...types import Response


def _get_kwargs(
    *,
    body: ClusterBidsV1Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/advert/v1/normquery/bids",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClusterBidsV1Response | ProblemError | PromotionProblemError | None:
    if response.status_code == 200:
        response_200 = ClusterBidsV1Response.from_dict(response.json())

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
) -> Response[ClusterBidsV1Response | ProblemError | PromotionProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClusterBidsV1Request,
) -> Response[ClusterBidsV1Response | ProblemError | PromotionProblemError]:
    """Set bids for search clusters in the account currency

     Sets bids on search clusters in minor units of the seller account's currency (kopecks:
    `bidMinorUnits`), for campaigns with manual bid and payment per views (cpm); the allowed
    steps are in `promotional_configuration_values_v1`. At most 100 bids per request. The
    answer lists the bids set (`success`) and those refused with WB's `reason` (`failed`).
    Only Personal and Service tokens may call it. WB's operation `postV1NormqueryBids`.

    Args:
        body (ClusterBidsV1Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterBidsV1Response | ProblemError | PromotionProblemError]
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
    body: ClusterBidsV1Request,
) -> ClusterBidsV1Response | ProblemError | PromotionProblemError | None:
    """Set bids for search clusters in the account currency

     Sets bids on search clusters in minor units of the seller account's currency (kopecks:
    `bidMinorUnits`), for campaigns with manual bid and payment per views (cpm); the allowed
    steps are in `promotional_configuration_values_v1`. At most 100 bids per request. The
    answer lists the bids set (`success`) and those refused with WB's `reason` (`failed`).
    Only Personal and Service tokens may call it. WB's operation `postV1NormqueryBids`.

    Args:
        body (ClusterBidsV1Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterBidsV1Response | ProblemError | PromotionProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClusterBidsV1Request,
) -> Response[ClusterBidsV1Response | ProblemError | PromotionProblemError]:
    """Set bids for search clusters in the account currency

     Sets bids on search clusters in minor units of the seller account's currency (kopecks:
    `bidMinorUnits`), for campaigns with manual bid and payment per views (cpm); the allowed
    steps are in `promotional_configuration_values_v1`. At most 100 bids per request. The
    answer lists the bids set (`success`) and those refused with WB's `reason` (`failed`).
    Only Personal and Service tokens may call it. WB's operation `postV1NormqueryBids`.

    Args:
        body (ClusterBidsV1Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterBidsV1Response | ProblemError | PromotionProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ClusterBidsV1Request,
) -> ClusterBidsV1Response | ProblemError | PromotionProblemError | None:
    """Set bids for search clusters in the account currency

     Sets bids on search clusters in minor units of the seller account's currency (kopecks:
    `bidMinorUnits`), for campaigns with manual bid and payment per views (cpm); the allowed
    steps are in `promotional_configuration_values_v1`. At most 100 bids per request. The
    answer lists the bids set (`success`) and those refused with WB's `reason` (`failed`).
    Only Personal and Service tokens may call it. WB's operation `postV1NormqueryBids`.

    Args:
        body (ClusterBidsV1Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterBidsV1Response | ProblemError | PromotionProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
