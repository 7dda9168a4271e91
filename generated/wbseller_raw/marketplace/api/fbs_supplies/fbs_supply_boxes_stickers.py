from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fbs_supply_boxes_stickers_request import FbsSupplyBoxesStickersRequest
from ...models.fbs_supply_boxes_stickers_response import FbsSupplyBoxesStickersResponse
from ...models.fbs_supply_boxes_stickers_type import (
    FbsSupplyBoxesStickersType,
)
from ...models.marketplace_error import MarketplaceError
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    supply_id: str,
    *,
    body: FbsSupplyBoxesStickersRequest | Unset = UNSET,
    type_: FbsSupplyBoxesStickersType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_type_: str = type_
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v3/supplies/{supply_id}/trbx/stickers".format(
            supply_id=quote(str(supply_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FbsSupplyBoxesStickersResponse | MarketplaceError | ProblemError | None:
    if response.status_code == 200:
        response_200 = FbsSupplyBoxesStickersResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = MarketplaceError.from_dict(response.json())

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
) -> Response[FbsSupplyBoxesStickersResponse | MarketplaceError | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    supply_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FbsSupplyBoxesStickersRequest | Unset = UNSET,
    type_: FbsSupplyBoxesStickersType,
) -> Response[FbsSupplyBoxesStickersResponse | MarketplaceError | ProblemError]:
    """Box stickers

     Stickers of boxes of a supply (`type` of the image), base64-encoded in the JSON answer. A read done
    with POST.

    Args:
        supply_id (str):
        type_ (FbsSupplyBoxesStickersType):
        body (FbsSupplyBoxesStickersRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbsSupplyBoxesStickersResponse | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        supply_id=supply_id,
        body=body,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    supply_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FbsSupplyBoxesStickersRequest | Unset = UNSET,
    type_: FbsSupplyBoxesStickersType,
) -> FbsSupplyBoxesStickersResponse | MarketplaceError | ProblemError | None:
    """Box stickers

     Stickers of boxes of a supply (`type` of the image), base64-encoded in the JSON answer. A read done
    with POST.

    Args:
        supply_id (str):
        type_ (FbsSupplyBoxesStickersType):
        body (FbsSupplyBoxesStickersRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbsSupplyBoxesStickersResponse | MarketplaceError | ProblemError
    """

    return sync_detailed(
        supply_id=supply_id,
        client=client,
        body=body,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    supply_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FbsSupplyBoxesStickersRequest | Unset = UNSET,
    type_: FbsSupplyBoxesStickersType,
) -> Response[FbsSupplyBoxesStickersResponse | MarketplaceError | ProblemError]:
    """Box stickers

     Stickers of boxes of a supply (`type` of the image), base64-encoded in the JSON answer. A read done
    with POST.

    Args:
        supply_id (str):
        type_ (FbsSupplyBoxesStickersType):
        body (FbsSupplyBoxesStickersRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbsSupplyBoxesStickersResponse | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        supply_id=supply_id,
        body=body,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    supply_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FbsSupplyBoxesStickersRequest | Unset = UNSET,
    type_: FbsSupplyBoxesStickersType,
) -> FbsSupplyBoxesStickersResponse | MarketplaceError | ProblemError | None:
    """Box stickers

     Stickers of boxes of a supply (`type` of the image), base64-encoded in the JSON answer. A read done
    with POST.

    Args:
        supply_id (str):
        type_ (FbsSupplyBoxesStickersType):
        body (FbsSupplyBoxesStickersRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbsSupplyBoxesStickersResponse | MarketplaceError | ProblemError
    """

    return (
        await asyncio_detailed(
            supply_id=supply_id,
            client=client,
            body=body,
            type_=type_,
        )
    ).parsed
