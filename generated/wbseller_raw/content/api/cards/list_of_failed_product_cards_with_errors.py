from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cards_error_list_response import CardsErrorListResponse
from ...models.content_error import ContentError
from ...models.locale import Locale
from ...models.problem_error import ProblemError
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
        "url": "/content/v2/cards/error/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CardsErrorListResponse | ContentError | ProblemError | None:
    if response.status_code == 200:
        response_200 = CardsErrorListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ContentError.from_dict(response.json())

        return response_400

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
) -> Response[CardsErrorListResponse | ContentError | ProblemError]:
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
) -> Response[CardsErrorListResponse | ContentError | ProblemError]:
    """List of failed product cards with errors

     Returns the product cards that failed to be created and the errors met while creating them.
    To remove a product card from this list, repeat the creation request with the errors fixed.
    No sandbox.

    Removed by WB: this GET is the docs' form; WB's reference has not listed it since before
    2025-12-26 (last seen 2025-08-04). Its successor is `POST /content/v2/cards/error/list`
    (`list_of_failed_product_cards_with_errors_post`, with a cursor and an answer in batches:
    specs/changes/2026-12-06-content-current.yaml, cards-error-list-batches). Kept, deprecated
    and marked `x-wb-removed`, for code that still calls it; the facade does not.

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Args:
        locale (Locale | Unset): Language of the multi-language fields: ru — Russian, en —
            English, zh — Chinese.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardsErrorListResponse | ContentError | ProblemError]
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
) -> CardsErrorListResponse | ContentError | ProblemError | None:
    """List of failed product cards with errors

     Returns the product cards that failed to be created and the errors met while creating them.
    To remove a product card from this list, repeat the creation request with the errors fixed.
    No sandbox.

    Removed by WB: this GET is the docs' form; WB's reference has not listed it since before
    2025-12-26 (last seen 2025-08-04). Its successor is `POST /content/v2/cards/error/list`
    (`list_of_failed_product_cards_with_errors_post`, with a cursor and an answer in batches:
    specs/changes/2026-12-06-content-current.yaml, cards-error-list-batches). Kept, deprecated
    and marked `x-wb-removed`, for code that still calls it; the facade does not.

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Args:
        locale (Locale | Unset): Language of the multi-language fields: ru — Russian, en —
            English, zh — Chinese.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardsErrorListResponse | ContentError | ProblemError
    """

    return sync_detailed(
        client=client,
        locale=locale,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    locale: Locale | Unset = UNSET,
) -> Response[CardsErrorListResponse | ContentError | ProblemError]:
    """List of failed product cards with errors

     Returns the product cards that failed to be created and the errors met while creating them.
    To remove a product card from this list, repeat the creation request with the errors fixed.
    No sandbox.

    Removed by WB: this GET is the docs' form; WB's reference has not listed it since before
    2025-12-26 (last seen 2025-08-04). Its successor is `POST /content/v2/cards/error/list`
    (`list_of_failed_product_cards_with_errors_post`, with a cursor and an answer in batches:
    specs/changes/2026-12-06-content-current.yaml, cards-error-list-batches). Kept, deprecated
    and marked `x-wb-removed`, for code that still calls it; the facade does not.

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Args:
        locale (Locale | Unset): Language of the multi-language fields: ru — Russian, en —
            English, zh — Chinese.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardsErrorListResponse | ContentError | ProblemError]
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
) -> CardsErrorListResponse | ContentError | ProblemError | None:
    """List of failed product cards with errors

     Returns the product cards that failed to be created and the errors met while creating them.
    To remove a product card from this list, repeat the creation request with the errors fixed.
    No sandbox.

    Removed by WB: this GET is the docs' form; WB's reference has not listed it since before
    2025-12-26 (last seen 2025-08-04). Its successor is `POST /content/v2/cards/error/list`
    (`list_of_failed_product_cards_with_errors_post`, with a cursor and an answer in batches:
    specs/changes/2026-12-06-content-current.yaml, cards-error-list-batches). Kept, deprecated
    and marked `x-wb-removed`, for code that still calls it; the facade does not.

    Maximum of 100 requests per minute for all methods in the Content category per seller's account.

    Args:
        locale (Locale | Unset): Language of the multi-language fields: ru — Russian, en —
            English, zh — Chinese.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardsErrorListResponse | ContentError | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            locale=locale,
        )
    ).parsed
