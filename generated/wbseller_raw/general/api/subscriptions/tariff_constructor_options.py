from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...models.tariff_constructor_options_locale import (
    TariffConstructorOptionsLocale,
)
from ...models.tariff_constructor_options_response import (
    TariffConstructorOptionsResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    locale: TariffConstructorOptionsLocale | Unset = "ru",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_locale: str | Unset = UNSET
    if not isinstance(locale, Unset):
        json_locale = locale

    params["locale"] = json_locale

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/common/v1/tariff-constructor/options",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemError | TariffConstructorOptionsResponse | None:
    if response.status_code == 200:
        response_200 = TariffConstructorOptionsResponse.from_dict(response.json())

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
) -> Response[ProblemError | TariffConstructorOptionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    locale: TariffConstructorOptionsLocale | Unset = "ru",
) -> Response[ProblemError | TariffConstructorOptionsResponse]:
    """Tariff options

     The seller's tariff options and packages (the tariff constructor) and the commission rate they make.
    Token types: service only (limits.tsv). WB's operationId: `getV1TariffConstructorOptions`.

    Args:
        locale (TariffConstructorOptionsLocale | Unset):  Default: 'ru'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | TariffConstructorOptionsResponse]
    """

    kwargs = _get_kwargs(
        locale=locale,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    locale: TariffConstructorOptionsLocale | Unset = "ru",
) -> ProblemError | TariffConstructorOptionsResponse | None:
    """Tariff options

     The seller's tariff options and packages (the tariff constructor) and the commission rate they make.
    Token types: service only (limits.tsv). WB's operationId: `getV1TariffConstructorOptions`.

    Args:
        locale (TariffConstructorOptionsLocale | Unset):  Default: 'ru'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | TariffConstructorOptionsResponse
    """

    return sync_detailed(
        client=client,
        locale=locale,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    locale: TariffConstructorOptionsLocale | Unset = "ru",
) -> Response[ProblemError | TariffConstructorOptionsResponse]:
    """Tariff options

     The seller's tariff options and packages (the tariff constructor) and the commission rate they make.
    Token types: service only (limits.tsv). WB's operationId: `getV1TariffConstructorOptions`.

    Args:
        locale (TariffConstructorOptionsLocale | Unset):  Default: 'ru'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | TariffConstructorOptionsResponse]
    """

    kwargs = _get_kwargs(
        locale=locale,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    locale: TariffConstructorOptionsLocale | Unset = "ru",
) -> ProblemError | TariffConstructorOptionsResponse | None:
    """Tariff options

     The seller's tariff options and packages (the tariff constructor) and the commission rate they make.
    Token types: service only (limits.tsv). WB's operationId: `getV1TariffConstructorOptions`.

    Args:
        locale (TariffConstructorOptionsLocale | Unset):  Default: 'ru'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | TariffConstructorOptionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            locale=locale,
        )
    ).parsed
