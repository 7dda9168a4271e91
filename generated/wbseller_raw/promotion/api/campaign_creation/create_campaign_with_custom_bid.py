from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_error import ProblemError
from ...models.seacat_save_ad_request import SeacatSaveAdRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SeacatSaveAdRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/adv/v2/seacat/save-ad",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemError | int | str | None:
    if response.status_code == 200:
        response_200 = cast(int, response.json())
        return response_200

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = ProblemError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ProblemError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProblemError | int | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SeacatSaveAdRequest,
) -> Response[ProblemError | int | str]:
    """Create campaign with custom bid

     Creates a campaign with custom bid from product cards (at most 50; the available cards come
    from `product_cards_for_campaigns`). The body names the campaign (`name`, required) and
    takes `bid_type`, `payment_type` and `placement_types` (WB's current reference, issue 11:
    specs/changes/2026-12-03-wb-current.yaml, seacat-save-ad-name; `campaignName` is gone).

    Args:
        body (SeacatSaveAdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | int | str]
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
    body: SeacatSaveAdRequest,
) -> ProblemError | int | str | None:
    """Create campaign with custom bid

     Creates a campaign with custom bid from product cards (at most 50; the available cards come
    from `product_cards_for_campaigns`). The body names the campaign (`name`, required) and
    takes `bid_type`, `payment_type` and `placement_types` (WB's current reference, issue 11:
    specs/changes/2026-12-03-wb-current.yaml, seacat-save-ad-name; `campaignName` is gone).

    Args:
        body (SeacatSaveAdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | int | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SeacatSaveAdRequest,
) -> Response[ProblemError | int | str]:
    """Create campaign with custom bid

     Creates a campaign with custom bid from product cards (at most 50; the available cards come
    from `product_cards_for_campaigns`). The body names the campaign (`name`, required) and
    takes `bid_type`, `payment_type` and `placement_types` (WB's current reference, issue 11:
    specs/changes/2026-12-03-wb-current.yaml, seacat-save-ad-name; `campaignName` is gone).

    Args:
        body (SeacatSaveAdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemError | int | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SeacatSaveAdRequest,
) -> ProblemError | int | str | None:
    """Create campaign with custom bid

     Creates a campaign with custom bid from product cards (at most 50; the available cards come
    from `product_cards_for_campaigns`). The body names the campaign (`name`, required) and
    takes `bid_type`, `payment_type` and `placement_types` (WB's current reference, issue 11:
    specs/changes/2026-12-03-wb-current.yaml, seacat-save-ad-name; `campaignName` is gone).

    Args:
        body (SeacatSaveAdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemError | int | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
