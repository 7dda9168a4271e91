from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dbs_groups_info_item import DbsGroupsInfoItem
from ...models.dbs_groups_info_request import DbsGroupsInfoRequest
from ...models.marketplace_error import MarketplaceError
from ...models.problem_error import ProblemError
from ...types import Response


def _get_kwargs(
    *,
    body: DbsGroupsInfoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v3/dbs/groups/info",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MarketplaceError | ProblemError | list[DbsGroupsInfoItem] | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[DbsGroupsInfoItem] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = []
                _response_200_type_0 = data
                for response_200_type_0_item_data in _response_200_type_0:
                    response_200_type_0_item = DbsGroupsInfoItem.from_dict(
                        response_200_type_0_item_data
                    )

                    response_200_type_0.append(response_200_type_0_item)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DbsGroupsInfoItem] | None, data)

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = MarketplaceError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = MarketplaceError.from_dict(response.json())

        return response_402

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
) -> Response[MarketplaceError | ProblemError | list[DbsGroupsInfoItem] | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DbsGroupsInfoRequest,
) -> Response[MarketplaceError | ProblemError | list[DbsGroupsInfoItem] | None]:
    """Paid delivery of order groups

     The paid delivery cost of the given order groups. A read done with POST.

    Args:
        body (DbsGroupsInfoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MarketplaceError | ProblemError | list[DbsGroupsInfoItem] | None]
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
    body: DbsGroupsInfoRequest,
) -> MarketplaceError | ProblemError | list[DbsGroupsInfoItem] | None:
    """Paid delivery of order groups

     The paid delivery cost of the given order groups. A read done with POST.

    Args:
        body (DbsGroupsInfoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MarketplaceError | ProblemError | list[DbsGroupsInfoItem] | None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DbsGroupsInfoRequest,
) -> Response[MarketplaceError | ProblemError | list[DbsGroupsInfoItem] | None]:
    """Paid delivery of order groups

     The paid delivery cost of the given order groups. A read done with POST.

    Args:
        body (DbsGroupsInfoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MarketplaceError | ProblemError | list[DbsGroupsInfoItem] | None]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DbsGroupsInfoRequest,
) -> MarketplaceError | ProblemError | list[DbsGroupsInfoItem] | None:
    """Paid delivery of order groups

     The paid delivery cost of the given order groups. A read done with POST.

    Args:
        body (DbsGroupsInfoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MarketplaceError | ProblemError | list[DbsGroupsInfoItem] | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
