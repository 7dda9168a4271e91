from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.acquiring_report_by_id_item import AcquiringReportByIdItem
from ...models.acquiring_report_by_id_request import AcquiringReportByIdRequest
from ...models.problem_error import ProblemError
from ...types import Response


def _get_kwargs(
    report_id: int,
    *,
    body: AcquiringReportByIdRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/finance/v1/acquiring/detailed/{report_id}".format(
            report_id=quote(str(report_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ProblemError | list[AcquiringReportByIdItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AcquiringReportByIdItem.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ProblemError | list[AcquiringReportByIdItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    report_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AcquiringReportByIdRequest,
) -> Response[Any | ProblemError | list[AcquiringReportByIdItem]]:
    """Acquiring report by ID

     The rows of one acquiring report, paged by `rrdId` until 204. Token types: personal, service only
    (limits.tsv).

    Args:
        report_id (int):
        body (AcquiringReportByIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError | list[AcquiringReportByIdItem]]
    """

    kwargs = _get_kwargs(
        report_id=report_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    report_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AcquiringReportByIdRequest,
) -> Any | ProblemError | list[AcquiringReportByIdItem] | None:
    """Acquiring report by ID

     The rows of one acquiring report, paged by `rrdId` until 204. Token types: personal, service only
    (limits.tsv).

    Args:
        report_id (int):
        body (AcquiringReportByIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError | list[AcquiringReportByIdItem]
    """

    return sync_detailed(
        report_id=report_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    report_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AcquiringReportByIdRequest,
) -> Response[Any | ProblemError | list[AcquiringReportByIdItem]]:
    """Acquiring report by ID

     The rows of one acquiring report, paged by `rrdId` until 204. Token types: personal, service only
    (limits.tsv).

    Args:
        report_id (int):
        body (AcquiringReportByIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProblemError | list[AcquiringReportByIdItem]]
    """

    kwargs = _get_kwargs(
        report_id=report_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    report_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AcquiringReportByIdRequest,
) -> Any | ProblemError | list[AcquiringReportByIdItem] | None:
    """Acquiring report by ID

     The rows of one acquiring report, paged by `rrdId` until 204. Token types: personal, service only
    (limits.tsv).

    Args:
        report_id (int):
        body (AcquiringReportByIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProblemError | list[AcquiringReportByIdItem]
    """

    return (
        await asyncio_detailed(
            report_id=report_id,
            client=client,
            body=body,
        )
    ).parsed
