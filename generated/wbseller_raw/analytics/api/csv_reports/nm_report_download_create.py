from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.nm_report_download_create_request_variant_1 import (
    NmReportDownloadCreateRequestVariant1,
)
from ...models.nm_report_download_create_request_variant_2 import (
    NmReportDownloadCreateRequestVariant2,
)
from ...models.nm_report_download_create_request_variant_3 import (
    NmReportDownloadCreateRequestVariant3,
)
from ...models.nm_report_download_create_request_variant_4 import (
    NmReportDownloadCreateRequestVariant4,
)
from ...models.nm_report_download_create_request_variant_5 import (
    NmReportDownloadCreateRequestVariant5,
)
from ...models.nm_report_download_create_request_variant_6 import (
    NmReportDownloadCreateRequestVariant6,
)
from ...models.nm_report_download_create_request_variant_7 import (
    NmReportDownloadCreateRequestVariant7,
)
from ...models.nm_report_download_create_response import NmReportDownloadCreateResponse
from ...models.problem_error import ProblemError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: NmReportDownloadCreateRequestVariant1
    | NmReportDownloadCreateRequestVariant2
    | NmReportDownloadCreateRequestVariant3
    | NmReportDownloadCreateRequestVariant4
    | NmReportDownloadCreateRequestVariant5
    | NmReportDownloadCreateRequestVariant6
    | NmReportDownloadCreateRequestVariant7
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/nm-report/downloads",
    }

    if (
        isinstance(body, NmReportDownloadCreateRequestVariant1)
        or isinstance(body, NmReportDownloadCreateRequestVariant2)
        or isinstance(body, NmReportDownloadCreateRequestVariant3)
        or isinstance(body, NmReportDownloadCreateRequestVariant4)
        or isinstance(body, NmReportDownloadCreateRequestVariant5)
        or isinstance(body, NmReportDownloadCreateRequestVariant6)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NmReportDownloadCreateResponse | ProblemError | None:
    if response.status_code == 200:
        response_200 = NmReportDownloadCreateResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NmReportDownloadCreateResponse | ProblemError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NmReportDownloadCreateRequestVariant1
    | NmReportDownloadCreateRequestVariant2
    | NmReportDownloadCreateRequestVariant3
    | NmReportDownloadCreateRequestVariant4
    | NmReportDownloadCreateRequestVariant5
    | NmReportDownloadCreateRequestVariant6
    | NmReportDownloadCreateRequestVariant7
    | Unset = UNSET,
) -> Response[NmReportDownloadCreateResponse | ProblemError]:
    """Create a CSV report

     Creates a CSV report under the `id` (a UUID) the caller chooses; its kind is `reportType` and
    `params` its filters. The report is then polled with the reports list and downloaded as a ZIP file.

    Args:
        body (NmReportDownloadCreateRequestVariant1 | NmReportDownloadCreateRequestVariant2 |
            NmReportDownloadCreateRequestVariant3 | NmReportDownloadCreateRequestVariant4 |
            NmReportDownloadCreateRequestVariant5 | NmReportDownloadCreateRequestVariant6 |
            NmReportDownloadCreateRequestVariant7 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NmReportDownloadCreateResponse | ProblemError]
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
    body: NmReportDownloadCreateRequestVariant1
    | NmReportDownloadCreateRequestVariant2
    | NmReportDownloadCreateRequestVariant3
    | NmReportDownloadCreateRequestVariant4
    | NmReportDownloadCreateRequestVariant5
    | NmReportDownloadCreateRequestVariant6
    | NmReportDownloadCreateRequestVariant7
    | Unset = UNSET,
) -> NmReportDownloadCreateResponse | ProblemError | None:
    """Create a CSV report

     Creates a CSV report under the `id` (a UUID) the caller chooses; its kind is `reportType` and
    `params` its filters. The report is then polled with the reports list and downloaded as a ZIP file.

    Args:
        body (NmReportDownloadCreateRequestVariant1 | NmReportDownloadCreateRequestVariant2 |
            NmReportDownloadCreateRequestVariant3 | NmReportDownloadCreateRequestVariant4 |
            NmReportDownloadCreateRequestVariant5 | NmReportDownloadCreateRequestVariant6 |
            NmReportDownloadCreateRequestVariant7 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NmReportDownloadCreateResponse | ProblemError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NmReportDownloadCreateRequestVariant1
    | NmReportDownloadCreateRequestVariant2
    | NmReportDownloadCreateRequestVariant3
    | NmReportDownloadCreateRequestVariant4
    | NmReportDownloadCreateRequestVariant5
    | NmReportDownloadCreateRequestVariant6
    | NmReportDownloadCreateRequestVariant7
    | Unset = UNSET,
) -> Response[NmReportDownloadCreateResponse | ProblemError]:
    """Create a CSV report

     Creates a CSV report under the `id` (a UUID) the caller chooses; its kind is `reportType` and
    `params` its filters. The report is then polled with the reports list and downloaded as a ZIP file.

    Args:
        body (NmReportDownloadCreateRequestVariant1 | NmReportDownloadCreateRequestVariant2 |
            NmReportDownloadCreateRequestVariant3 | NmReportDownloadCreateRequestVariant4 |
            NmReportDownloadCreateRequestVariant5 | NmReportDownloadCreateRequestVariant6 |
            NmReportDownloadCreateRequestVariant7 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NmReportDownloadCreateResponse | ProblemError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NmReportDownloadCreateRequestVariant1
    | NmReportDownloadCreateRequestVariant2
    | NmReportDownloadCreateRequestVariant3
    | NmReportDownloadCreateRequestVariant4
    | NmReportDownloadCreateRequestVariant5
    | NmReportDownloadCreateRequestVariant6
    | NmReportDownloadCreateRequestVariant7
    | Unset = UNSET,
) -> NmReportDownloadCreateResponse | ProblemError | None:
    """Create a CSV report

     Creates a CSV report under the `id` (a UUID) the caller chooses; its kind is `reportType` and
    `params` its filters. The report is then polled with the reports list and downloaded as a ZIP file.

    Args:
        body (NmReportDownloadCreateRequestVariant1 | NmReportDownloadCreateRequestVariant2 |
            NmReportDownloadCreateRequestVariant3 | NmReportDownloadCreateRequestVariant4 |
            NmReportDownloadCreateRequestVariant5 | NmReportDownloadCreateRequestVariant6 |
            NmReportDownloadCreateRequestVariant7 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NmReportDownloadCreateResponse | ProblemError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
