from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fbs_supply_barcode_response import FbsSupplyBarcodeResponse
from ...models.fbs_supply_barcode_type import (
    FbsSupplyBarcodeType,
)
from ...models.marketplace_error import MarketplaceError
from ...models.problem_error import ProblemError
from ...types import UNSET, Response


def _get_kwargs(
    supply_id: str,
    *,
    type_: FbsSupplyBarcodeType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str = type_
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/supplies/{supply_id}/barcode".format(
            supply_id=quote(str(supply_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FbsSupplyBarcodeResponse | MarketplaceError | ProblemError | None:
    if response.status_code == 200:
        response_200 = FbsSupplyBarcodeResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = MarketplaceError.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FbsSupplyBarcodeResponse | MarketplaceError | ProblemError]:
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
    type_: FbsSupplyBarcodeType,
) -> Response[FbsSupplyBarcodeResponse | MarketplaceError | ProblemError]:
    """Supply QR code

     The QR code of a supply (`type` of the image), base64-encoded in the JSON answer.

    Args:
        supply_id (str):
        type_ (FbsSupplyBarcodeType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbsSupplyBarcodeResponse | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        supply_id=supply_id,
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
    type_: FbsSupplyBarcodeType,
) -> FbsSupplyBarcodeResponse | MarketplaceError | ProblemError | None:
    """Supply QR code

     The QR code of a supply (`type` of the image), base64-encoded in the JSON answer.

    Args:
        supply_id (str):
        type_ (FbsSupplyBarcodeType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbsSupplyBarcodeResponse | MarketplaceError | ProblemError
    """

    return sync_detailed(
        supply_id=supply_id,
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    supply_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: FbsSupplyBarcodeType,
) -> Response[FbsSupplyBarcodeResponse | MarketplaceError | ProblemError]:
    """Supply QR code

     The QR code of a supply (`type` of the image), base64-encoded in the JSON answer.

    Args:
        supply_id (str):
        type_ (FbsSupplyBarcodeType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FbsSupplyBarcodeResponse | MarketplaceError | ProblemError]
    """

    kwargs = _get_kwargs(
        supply_id=supply_id,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    supply_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: FbsSupplyBarcodeType,
) -> FbsSupplyBarcodeResponse | MarketplaceError | ProblemError | None:
    """Supply QR code

     The QR code of a supply (`type` of the image), base64-encoded in the JSON answer.

    Args:
        supply_id (str):
        type_ (FbsSupplyBarcodeType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FbsSupplyBarcodeResponse | MarketplaceError | ProblemError
    """

    return (
        await asyncio_detailed(
            supply_id=supply_id,
            client=client,
            type_=type_,
        )
    ).parsed
