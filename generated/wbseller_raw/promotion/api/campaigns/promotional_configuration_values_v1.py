from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.advert_config_v1 import AdvertConfigV1
from ...models.problem_error import ProblemError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/advert/v1/config",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AdvertConfigV1 | ProblemError | None:
    if response.status_code == 200:
        response_200 = AdvertConfigV1.from_dict(response.json())

        return response_200

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
) -> Response[AdvertConfigV1 | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[AdvertConfigV1 | ProblemError]:
    """Promotional configuration values (v1)

     The currency of the seller's promotion account (`currency`, ISO 4217, and its numeric
    `currencyCode`), the allowed bid steps of `set_bids_for_search_clusters_in_account_currency`
    (`cpmStep`, `cpcStep`) and the minimum top-up (`minTopUp`). Only Personal and Service
    tokens may call it. The successor of `promotional_configuration_values` (WB removed it on
    2026-02-11; minimum bids per card are `minimum_bids_for_product_cards`). WB's operation
    `getV1Config`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvertConfigV1 | ProblemError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> AdvertConfigV1 | ProblemError | None:
    """Promotional configuration values (v1)

     The currency of the seller's promotion account (`currency`, ISO 4217, and its numeric
    `currencyCode`), the allowed bid steps of `set_bids_for_search_clusters_in_account_currency`
    (`cpmStep`, `cpcStep`) and the minimum top-up (`minTopUp`). Only Personal and Service
    tokens may call it. The successor of `promotional_configuration_values` (WB removed it on
    2026-02-11; minimum bids per card are `minimum_bids_for_product_cards`). WB's operation
    `getV1Config`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvertConfigV1 | ProblemError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[AdvertConfigV1 | ProblemError]:
    """Promotional configuration values (v1)

     The currency of the seller's promotion account (`currency`, ISO 4217, and its numeric
    `currencyCode`), the allowed bid steps of `set_bids_for_search_clusters_in_account_currency`
    (`cpmStep`, `cpcStep`) and the minimum top-up (`minTopUp`). Only Personal and Service
    tokens may call it. The successor of `promotional_configuration_values` (WB removed it on
    2026-02-11; minimum bids per card are `minimum_bids_for_product_cards`). WB's operation
    `getV1Config`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvertConfigV1 | ProblemError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> AdvertConfigV1 | ProblemError | None:
    """Promotional configuration values (v1)

     The currency of the seller's promotion account (`currency`, ISO 4217, and its numeric
    `currencyCode`), the allowed bid steps of `set_bids_for_search_clusters_in_account_currency`
    (`cpmStep`, `cpcStep`) and the minimum top-up (`minTopUp`). Only Personal and Service
    tokens may call it. The successor of `promotional_configuration_values` (WB removed it on
    2026-02-11; minimum bids per card are `minimum_bids_for_product_cards`). WB's operation
    `getV1Config`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvertConfigV1 | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
