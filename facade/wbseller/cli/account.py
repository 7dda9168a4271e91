"""`wbseller token` (what the tokens' claims say, offline) and `wbseller ping` (is every host
reachable with them)."""

from __future__ import annotations

import json
import warnings
from dataclasses import asdict
from typing import Any

import click

from ..config import TokenWarning
from ..token import WBD, TokenInfo
from ..token_limits import BucketLimit, limits_for, period_text
from ._app import FAILED, OK, USAGE, App, CliError, pass_app

NO_TOKEN = "no token: pass --token or set WB_API_TOKEN (--wbd-token / WBD_API_TOKEN for WBD)"


CATEGORIES = ("common", "content", "prices", "marketplace", "promotion")


def _tokens(app: App) -> tuple[list[tuple[str, TokenInfo]], str]:
    """(label, claims) of each token given, and the seller token's type as the client paces it;
    the Client sorts out a WBD token given as --token."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", TokenWarning)  # `token` reports these itself
        client = app.client(offline=True)
    found = [("token", client.token_info), ("WBD token", client.wbd_token_info)]
    return [(label, info) for label, info in found if info is not None], client.token_type


def _type_source(app: App, info: TokenInfo) -> str:
    if app.token_type:
        return "--token-type"
    if info.token_type is not None:
        return "the token's claims"
    return "assumed: the token does not say; --token-type sets it"


def _limits(info: TokenInfo, token_type: str) -> list[BucketLimit]:
    held = [c for c in CATEGORIES if info.allows(c)] if info.is_jwt else None
    return limits_for(token_type, held)


def _limit_lines(limits: list[BucketLimit]) -> list[str]:
    """Per category, the distinct limits of its buckets, strictest first (xN: N buckets)."""
    lines = []
    for category in CATEGORIES:
        counts: dict[str, int] = {}
        for bl in (b for b in limits if b.category == category):
            text = f"{bl.rate.limit} per {period_text(bl.rate.period)}"
            counts[text] = counts.get(text, 0) + 1
        if counts:
            rates = ", ".join(t if n == 1 else f"{t} x{n}" for t, n in counts.items())
            lines.append(f"    {category:<12} {rates}")
    return lines


def _verdict(info: TokenInfo) -> int:
    if not info.is_jwt:
        return USAGE
    return FAILED if info.expired() else OK


def _expiry(info: TokenInfo) -> str:
    left = info.expires_in()
    if info.expires_at is None or left is None:
        return "no expiry claim"
    when = f"{info.expires_at:%Y-%m-%d %H:%M} UTC"
    if left <= 0:
        return f"{when} (EXPIRED {-left / 86400:.1f} days ago)"
    return f"{when} ({left / 86400:.1f} days left)"


def _lines(label: str, info: TokenInfo, token_type: str, source: str) -> list[str]:
    head = f"{label + ':':<12} sha256:{info.fingerprint}"
    typed = info.kind != WBD
    limits = [
        f"  limits:     WB's for a {token_type} token, per category (strictest first):",
        *_limit_lines(_limits(info, token_type)),
    ]
    if not info.is_jwt:
        return [
            f"{head} — not a JWT: sent as is, without scope or expiry checks",
            f"  type:       {token_type} ({source})",
            *limits,
        ]
    return [
        f"{head} ({info.kind})",
        f"  categories: {', '.join(sorted(info.categories)) or '-'}",
        f"  read-only:  {'yes' if info.read_only else 'no'}",
        f"  sandbox:    {'yes' if info.sandbox else 'no'}",
        *([f"  type:       {token_type} ({source})"] if typed else []),
        f"  seller id:  {info.seller_id or '-'}",
        f"  token id:   {info.token_id or '-'}",
        f"  expires:    {_expiry(info)}",
        *(limits if typed else []),
    ]


def _as_json(label: str, info: TokenInfo, token_type: str, source: str) -> dict[str, Any]:
    left = info.expires_in()
    typed = info.kind != WBD or not info.is_jwt
    limits = [
        {
            "category": bl.category,
            "bucket": bl.bucket,
            "limit": bl.rate.limit,
            "period_seconds": bl.rate.period,
            "burst": bl.rate.burst,
            "operations": list(bl.operations),
        }
        for bl in _limits(info, token_type)
    ]
    return {
        "token": label,
        "fingerprint": f"sha256:{info.fingerprint}",
        "jwt": info.is_jwt,
        "kind": info.kind if info.is_jwt else None,
        "categories": sorted(info.categories),
        "read_only": info.read_only,
        "sandbox": info.sandbox,
        "seller_id": info.seller_id,
        "token_id": info.token_id,
        "expires_at": info.expires_at.isoformat() if info.expires_at else None,
        "days_left": None if left is None else round(left / 86400, 3),
        "expired": info.expired(),
        "token_type": token_type if typed else None,
        "token_type_from": source if typed else None,
        "limits": limits if typed else None,
    }


@click.command(short_help="What the tokens' claims say (offline).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per token instead of text.")
@pass_app
@click.pass_context
def token(ctx: click.Context, app: App, as_json: bool) -> None:
    """Show what the tokens' claims say: categories, read-only, sandbox, type, seller, expiry,
    and the limits WB applies to the seller token's type (per category; --json: per bucket).

    Works offline; the tokens themselves are never shown (only a short hash). Exit 0 when every
    token is a valid, unexpired JWT, 1 when one has expired, 2 when one is not a JWT or none is
    given.
    """
    tokens, token_type = _tokens(app)
    if not tokens:
        raise CliError(NO_TOKEN, USAGE)
    for label, info in tokens:
        source = _type_source(app, info)
        if as_json:
            click.echo(json.dumps(_as_json(label, info, token_type, source), ensure_ascii=False))
        else:
            click.echo("\n".join(_lines(label, info, token_type, source)))
    ctx.exit(max(_verdict(info) for _, info in tokens))


@click.command(short_help="Check every WB host the token may use.")
@click.option(
    "--json", "as_json", is_flag=True,
    help="JSON lines, one per category: category, ok, status, ts (WB's time), error.",
)  # fmt: skip
@pass_app
@click.pass_context
def ping(ctx: click.Context, app: App, as_json: bool) -> None:
    """Check every WB host the token may use (its /ping); a line per category. WB allows 3 pings
    per 30 s per host: the client keeps to it (a 4th waits).

    Exit 1 if any category did not answer OK.
    """
    client = app.client()
    if client.token_info is None and client.wbd_token_info is None:
        raise CliError(NO_TOKEN, USAGE)
    results = client.ping()
    if as_json:
        for r in sorted(results.values(), key=lambda r: r.category):
            click.echo(json.dumps(asdict(r), ensure_ascii=False))
        ctx.exit(OK if all(r.ok for r in results.values()) else FAILED)
    said: dict[str, str] = {}  # error -> the category it was shown for: each error once
    for category, r in sorted(results.items()):
        status = "ok" if r.ok else "FAILED"
        detail = r.ts if r.ok else r.error
        if not r.ok and detail:
            first = said.setdefault(detail, category)
            detail = detail if first == category else f"(the same as {first})"
        click.echo(f"{category:<12} {status:<6} {r.status or '-':<4} {detail or ''}".rstrip())
    ctx.exit(OK if all(r.ok for r in results.values()) else FAILED)
