from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.marketplace_error import MarketplaceError
from ...models.office import Office
from ...models.problem_error import ProblemError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/offices",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MarketplaceError | ProblemError | list[Office] | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[Office] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = []
                _response_200_type_0 = data
                for response_200_type_0_item_data in _response_200_type_0:
                    response_200_type_0_item = Office.from_dict(
                        response_200_type_0_item_data
                    )

                    response_200_type_0.append(response_200_type_0_item)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Office] | None, data)

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = MarketplaceError.from_dict(response.json())

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
) -> Response[MarketplaceError | ProblemError | list[Office] | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[MarketplaceError | ProblemError | list[Office] | None]:
    """Get offices

     Returns a list of all WB offices a seller warehouse can be linked to.

    Maximum of 300 requests per minute for all methods in the Marketplace category per seller's
    account; a request answered 409 counts as 5 requests (interval 200 ms, burst 20:
    api-information.txt rate-limit table, Marketplace example).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MarketplaceError | ProblemError | list[Office] | None]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> MarketplaceError | ProblemError | list[Office] | None:
    """Get offices

     Returns a list of all WB offices a seller warehouse can be linked to.

    Maximum of 300 requests per minute for all methods in the Marketplace category per seller's
    account; a request answered 409 counts as 5 requests (interval 200 ms, burst 20:
    api-information.txt rate-limit table, Marketplace example).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MarketplaceError | ProblemError | list[Office] | None
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[MarketplaceError | ProblemError | list[Office] | None]:
    """Get offices

     Returns a list of all WB offices a seller warehouse can be linked to.

    Maximum of 300 requests per minute for all methods in the Marketplace category per seller's
    account; a request answered 409 counts as 5 requests (interval 200 ms, burst 20:
    api-information.txt rate-limit table, Marketplace example).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MarketplaceError | ProblemError | list[Office] | None]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> MarketplaceError | ProblemError | list[Office] | None:
    """Get offices

     Returns a list of all WB offices a seller warehouse can be linked to.

    Maximum of 300 requests per minute for all methods in the Marketplace category per seller's
    account; a request answered 409 counts as 5 requests (interval 200 ms, burst 20:
    api-information.txt rate-limit table, Marketplace example).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MarketplaceError | ProblemError | list[Office] | None
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
