from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.content_error import ContentError
from ...models.locale import Locale
from ...models.problem_error import ProblemError
from ...models.vat_response import VatResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    locale: Locale | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_locale: str | Unset = UNSET
    if not isinstance(locale, Unset):
        json_locale = locale

    params["locale"] = json_locale

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/content/v2/directory/vat",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContentError | ProblemError | VatResponse | None:
    if response.status_code == 200:
        response_200 = VatResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ContentError.from_dict(response.json())

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
) -> Response[ContentError | ProblemError | VatResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    locale: Locale | Unset = UNSET,
) -> Response[ContentError | ProblemError | VatResponse]:
    """VAT rate

     Returns the list of values of the VAT rate characteristic.

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Args:
        locale (Locale | Unset): Language of the multi-language fields: ru — Russian, en —
            English, zh — Chinese.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContentError | ProblemError | VatResponse]
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
    locale: Locale | Unset = UNSET,
) -> ContentError | ProblemError | VatResponse | None:
    """VAT rate

     Returns the list of values of the VAT rate characteristic.

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Args:
        locale (Locale | Unset): Language of the multi-language fields: ru — Russian, en —
            English, zh — Chinese.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContentError | ProblemError | VatResponse
    """

    return sync_detailed(
        client=client,
        locale=locale,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    locale: Locale | Unset = UNSET,
) -> Response[ContentError | ProblemError | VatResponse]:
    """VAT rate

     Returns the list of values of the VAT rate characteristic.

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Args:
        locale (Locale | Unset): Language of the multi-language fields: ru — Russian, en —
            English, zh — Chinese.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContentError | ProblemError | VatResponse]
    """

    kwargs = _get_kwargs(
        locale=locale,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    locale: Locale | Unset = UNSET,
) -> ContentError | ProblemError | VatResponse | None:
    """VAT rate

     Returns the list of values of the VAT rate characteristic.

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Args:
        locale (Locale | Unset): Language of the multi-language fields: ru — Russian, en —
            English, zh — Chinese.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContentError | ProblemError | VatResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            locale=locale,
        )
    ).parsed
