from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.nm_report_downloads_list_response import NmReportDownloadsListResponse
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filterdownload_ids: list[UUID] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filterdownload_ids: list[str] | Unset = UNSET
    if not isinstance(filterdownload_ids, Unset):
        json_filterdownload_ids = []
        for filterdownload_ids_item_data in filterdownload_ids:
            filterdownload_ids_item = str(filterdownload_ids_item_data)
            json_filterdownload_ids.append(filterdownload_ids_item)

    params["filter[downloadIds]"] = json_filterdownload_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/nm-report/downloads",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NmReportDownloadsListResponse | ProblemError | None:
    if response.status_code == 200:
        response_200 = NmReportDownloadsListResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NmReportDownloadsListResponse | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filterdownload_ids: list[UUID] | Unset = UNSET,
) -> Response[NmReportDownloadsListResponse | ProblemError]:
    """CSV reports list

     The CSV reports and their status: WAITING, PROCESSING, SUCCESS, RETRY, FAILED.

    Args:
        filterdownload_ids (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NmReportDownloadsListResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        filterdownload_ids=filterdownload_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filterdownload_ids: list[UUID] | Unset = UNSET,
) -> NmReportDownloadsListResponse | ProblemError | None:
    """CSV reports list

     The CSV reports and their status: WAITING, PROCESSING, SUCCESS, RETRY, FAILED.

    Args:
        filterdownload_ids (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NmReportDownloadsListResponse | ProblemError
    """

    return sync_detailed(
        client=client,
        filterdownload_ids=filterdownload_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filterdownload_ids: list[UUID] | Unset = UNSET,
) -> Response[NmReportDownloadsListResponse | ProblemError]:
    """CSV reports list

     The CSV reports and their status: WAITING, PROCESSING, SUCCESS, RETRY, FAILED.

    Args:
        filterdownload_ids (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NmReportDownloadsListResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        filterdownload_ids=filterdownload_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filterdownload_ids: list[UUID] | Unset = UNSET,
) -> NmReportDownloadsListResponse | ProblemError | None:
    """CSV reports list

     The CSV reports and their status: WAITING, PROCESSING, SUCCESS, RETRY, FAILED.

    Args:
        filterdownload_ids (list[UUID] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NmReportDownloadsListResponse | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            filterdownload_ids=filterdownload_ids,
        )
    ).parsed
