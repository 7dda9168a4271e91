from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.config_response import ConfigResponse
from ...models.problem_error import ProblemError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/adv/v0/config",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConfigResponse | ProblemError | None:
    if response.status_code == 200:
        response_200 = ConfigResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ProblemError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConfigResponse | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ConfigResponse | ProblemError]:
    """Promotional configuration values

     Acceptable values of the main configuration parameters of campaigns: minimum bids per
    category and settings such as the minimum budget, the statistics depth and the maximum
    number of product cards per campaign.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `promotional_configuration_values_v1`, `minimum_bids_for_product_cards`; inferred from
    the operation family (the facts' successor_basis: family).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigResponse | ProblemError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ConfigResponse | ProblemError | None:
    """Promotional configuration values

     Acceptable values of the main configuration parameters of campaigns: minimum bids per
    category and settings such as the minimum budget, the statistics depth and the maximum
    number of product cards per campaign.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `promotional_configuration_values_v1`, `minimum_bids_for_product_cards`; inferred from
    the operation family (the facts' successor_basis: family).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigResponse | ProblemError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ConfigResponse | ProblemError]:
    """Promotional configuration values

     Acceptable values of the main configuration parameters of campaigns: minimum bids per
    category and settings such as the minimum budget, the statistics depth and the maximum
    number of product cards per campaign.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `promotional_configuration_values_v1`, `minimum_bids_for_product_cards`; inferred from
    the operation family (the facts' successor_basis: family).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigResponse | ProblemError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ConfigResponse | ProblemError | None:
    """Promotional configuration values

     Acceptable values of the main configuration parameters of campaigns: minimum bids per
    category and settings such as the minimum budget, the statistics depth and the maximum
    number of product cards per campaign.

    Removed by WB on 2026-02-11 (wb-facts/2026-08/operations.yaml `retired`;
    specs/changes/2026-12-06-promotion-current.yaml, promotion-removed-2026-02-11): WB answers 404.
    Successor: `promotional_configuration_values_v1`, `minimum_bids_for_product_cards`; inferred from
    the operation family (the facts' successor_basis: family).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigResponse | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
