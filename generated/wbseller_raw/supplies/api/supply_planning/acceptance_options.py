from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.acceptance_options_request_item import AcceptanceOptionsRequestItem
from ...models.acceptance_options_response import AcceptanceOptionsResponse
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: list[AcceptanceOptionsRequestItem],
    warehouse_id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["warehouseID"] = warehouse_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/acceptance/options",
        "params": params,
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AcceptanceOptionsResponse | ProblemError | None:
    if response.status_code == 200:
        response_200 = AcceptanceOptionsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ProblemError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ProblemError.from_dict(response.json())

        return response_402

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
) -> Response[AcceptanceOptionsResponse | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[AcceptanceOptionsRequestItem],
    warehouse_id: int | Unset = UNSET,
) -> Response[AcceptanceOptionsResponse | ProblemError]:
    """Acceptance options

     Which warehouses and packaging types can accept the given goods (barcodes and quantities). WB marks
    it temporarily disabled (release note 570, MissiaL/wildberries-api@6f56592 (2026-08-19)): it may
    answer an error until WB turns it on again.

    Args:
        warehouse_id (int | Unset):
        body (list[AcceptanceOptionsRequestItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptanceOptionsResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
        warehouse_id=warehouse_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[AcceptanceOptionsRequestItem],
    warehouse_id: int | Unset = UNSET,
) -> AcceptanceOptionsResponse | ProblemError | None:
    """Acceptance options

     Which warehouses and packaging types can accept the given goods (barcodes and quantities). WB marks
    it temporarily disabled (release note 570, MissiaL/wildberries-api@6f56592 (2026-08-19)): it may
    answer an error until WB turns it on again.

    Args:
        warehouse_id (int | Unset):
        body (list[AcceptanceOptionsRequestItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptanceOptionsResponse | ProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
        warehouse_id=warehouse_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[AcceptanceOptionsRequestItem],
    warehouse_id: int | Unset = UNSET,
) -> Response[AcceptanceOptionsResponse | ProblemError]:
    """Acceptance options

     Which warehouses and packaging types can accept the given goods (barcodes and quantities). WB marks
    it temporarily disabled (release note 570, MissiaL/wildberries-api@6f56592 (2026-08-19)): it may
    answer an error until WB turns it on again.

    Args:
        warehouse_id (int | Unset):
        body (list[AcceptanceOptionsRequestItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptanceOptionsResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
        warehouse_id=warehouse_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[AcceptanceOptionsRequestItem],
    warehouse_id: int | Unset = UNSET,
) -> AcceptanceOptionsResponse | ProblemError | None:
    """Acceptance options

     Which warehouses and packaging types can accept the given goods (barcodes and quantities). WB marks
    it temporarily disabled (release note 570, MissiaL/wildberries-api@6f56592 (2026-08-19)): it may
    answer an error until WB turns it on again.

    Args:
        warehouse_id (int | Unset):
        body (list[AcceptanceOptionsRequestItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptanceOptionsResponse | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            warehouse_id=warehouse_id,
        )
    ).parsed
