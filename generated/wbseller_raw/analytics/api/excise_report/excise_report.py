from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.excise_report_request import ExciseReportRequest
from ...models.excise_report_response import ExciseReportResponse
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ExciseReportRequest | Unset = UNSET,
    date_from: str,
    date_to: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/analytics/excise-report",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExciseReportResponse | ProblemError | None:
    if response.status_code == 200:
        response_200 = ExciseReportResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExciseReportResponse | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExciseReportRequest | Unset = UNSET,
    date_from: str,
    date_to: str,
) -> Response[ExciseReportResponse | ProblemError]:
    """Items with mandatory labelling

     Operations with items that need mandatory labelling, by country.

    Args:
        date_from (str):
        date_to (str):
        body (ExciseReportRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExciseReportResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
        date_from=date_from,
        date_to=date_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ExciseReportRequest | Unset = UNSET,
    date_from: str,
    date_to: str,
) -> ExciseReportResponse | ProblemError | None:
    """Items with mandatory labelling

     Operations with items that need mandatory labelling, by country.

    Args:
        date_from (str):
        date_to (str):
        body (ExciseReportRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExciseReportResponse | ProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
        date_from=date_from,
        date_to=date_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExciseReportRequest | Unset = UNSET,
    date_from: str,
    date_to: str,
) -> Response[ExciseReportResponse | ProblemError]:
    """Items with mandatory labelling

     Operations with items that need mandatory labelling, by country.

    Args:
        date_from (str):
        date_to (str):
        body (ExciseReportRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExciseReportResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
        date_from=date_from,
        date_to=date_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExciseReportRequest | Unset = UNSET,
    date_from: str,
    date_to: str,
) -> ExciseReportResponse | ProblemError | None:
    """Items with mandatory labelling

     Operations with items that need mandatory labelling, by country.

    Args:
        date_from (str):
        date_to (str):
        body (ExciseReportRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExciseReportResponse | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            date_from=date_from,
            date_to=date_to,
        )
    ).parsed
