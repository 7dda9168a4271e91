"""`wbseller doctor`: is everything in place to work with WB from here? The token (type, scopes,
expiry, the limits that apply: `wbseller token`'s code), the operations it cannot use and why,
the environment (base URL, sandbox, proxies, Redis), one ping per host (paced within WB's 3 per
30 s per host by the client) and one cheap read per category the token holds."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import click

from ..client import Client
from ..config import EXPIRY_WARNING_DAYS
from ..errors import WBError
from ..operations import Operation, all_operations, hosts, operation, rate
from ..token import WBD, TokenInfo
from ..token_limits import describe
from ..wires import hide_password
from . import account
from ._app import FAILED, OK, USAGE, App, CliError, one_line, pass_app
from ._out import emit

PROXY_ENV = ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY")
# a probe is one request of the token's own budget: where its type may make fewer than one such
# request a minute (a Base token: 4 price-list reads an hour, shared with the price uploads) it is
# left out unless asked for (--all-probes)
SCARCE_INTERVAL = 60.0
TLS_ENV = ("SSL_CERT_FILE", "SSL_CERT_DIR")


def _calendar_window() -> dict[str, Any]:
    now = datetime.now(UTC).replace(microsecond=0)
    return {"start_date_time": now, "end_date_time": now + timedelta(days=1), "all_promo": True, "limit": 1}


# one cheap read per category: (category, spec, operationId, keyword arguments of the raw call)
PROBES: tuple[tuple[str, str, str, Any], ...] = (
    ("content", "content", "limits_for_the_product_cards", dict),
    ("prices", "prices", "get_products_with_prices", lambda: {"limit": 1}),
    ("prices", "calendar", "promotions_list", _calendar_window),
    ("marketplace", "marketplace", "get_warehouses", dict),
    ("promotion", "promotion", "campaigns_lists", dict),
    ("wbd", "wbd", "get_a_list_of_your_offers", lambda: {"take": 1, "skip": 0}),
)


@dataclass
class Check:
    section: str  # token, operations, environment, ping, probe
    name: str
    status: str  # ok, warn, fail, skip
    detail: str

    @property
    def failed(self) -> bool:
        return self.status == "fail"


# --- the token --------------------------------------------------------------------------------------
def _token_checks(label: str, info: TokenInfo) -> list[Check]:
    if not info.is_jwt:
        return [Check("token", label, "warn", "not a JWT: sent as is, without scope or expiry checks")]
    left = info.expires_in()
    expiry = account._expiry(info)
    if info.expired():
        status = "fail"
    elif left is not None and left < EXPIRY_WARNING_DAYS * 86400:
        status = "warn"
    else:
        status = "ok"
    what = f"{info.kind}; categories {', '.join(sorted(info.categories)) or '-'}"
    flags = [f for f, on in (("read-only", info.read_only), ("sandbox", info.sandbox)) if on]
    return [
        Check("token", label, "ok", what + (f"; {', '.join(flags)}" if flags else "")),
        Check("token", f"{label} expiry", status, expiry),
    ]


def _why_not(
    op: Operation[Any, Any], info: TokenInfo | None, wbd: TokenInfo | None, token_type: str, known: bool
) -> str | None:
    """Why the client's tokens cannot call `op` (None: they can, as far as the claims tell)."""
    if op.category == WBD:
        return None if wbd is not None else "no WBD token"
    if info is None:
        return "no seller token"
    if not info.is_jwt:
        return None
    if not any(info.allows(c) for c in op.categories):
        return f"scope: needs the {' or '.join(op.categories)} category"
    if info.read_only and op.write:
        return "read-only token"
    if known and not op.allows(token_type):
        return f"token type: {' and '.join(op.token_types or ())} only"
    return None


def _type_known(app: App, client: Client) -> bool:
    """Whether the token type is known (given, or in the claims): an assumed one refuses nothing."""
    info = client.token_info
    return app.token_type is not None or (info is not None and info.token_type is not None)


def _unusable(app: App, client: Client) -> list[dict[str, str]]:
    known = _type_known(app, client)
    out = []
    for op in all_operations().values():
        if op.removed:
            continue  # nobody can: WB took it away (the reference pages say so)
        why = _why_not(op, client.token_info, client.wbd_token_info, client.token_type, known)
        if why is not None:
            out.append({"operation": op.key, "request": op.name, "reason": why})
    return out


def _unusable_checks(unusable: list[dict[str, str]]) -> list[Check]:
    """A warning per reason, with how many operations it bars (named when they are few)."""
    if not unusable:
        return [Check("operations", "cannot use", "ok", "none: the tokens may call every operation")]
    by_reason: dict[str, list[str]] = {}
    for u in unusable:
        by_reason.setdefault(u["reason"], []).append(u["operation"])
    checks = []
    for reason, ops in sorted(by_reason.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        named = f": {', '.join(ops)}" if len(ops) <= 3 else ""
        checks.append(Check("operations", "cannot use", "warn", f"{len(ops)} operation(s), {reason}{named}"))
    return checks


# --- the environment ----------------------------------------------------------------------------------
def _environment(app: App, client: Client | None) -> list[Check]:
    checks = []
    where = app.base_url or "WB's hosts"
    if app.base_url and app.emulator_limits:
        where += " (paced by its emulator's limits)"
    checks.append(Check("environment", "base URL", "ok", where))
    sandbox = client.sandbox if client is not None else app.sandbox
    checks.append(Check("environment", "sandbox", "ok", "yes" if sandbox else "no"))
    proxy = app.extra.get("proxy")
    found = {k: os.environ.get(k) or os.environ.get(k.lower()) for k in PROXY_ENV}
    shown = [f"{k}={hide_password(v) if k != 'NO_PROXY' else v}" for k, v in found.items() if v]
    if proxy:
        detail = f"--proxy {hide_password(str(proxy))} (the environment's are not used)"
    elif shown:
        detail = "from the environment: " + ", ".join(shown)
    else:
        detail = "none"
    checks.append(Check("environment", "proxy", "ok", detail))
    tls = [f"{k}={os.environ[k]}" for k in TLS_ENV if os.environ.get(k)]
    checks.append(Check("environment", "TLS", "ok", ", ".join(tls) or "the system's CA bundle (certifi)"))
    checks.append(_redis())
    return checks


def _redis() -> Check:
    url = os.environ.get("WB_REDIS_URL")
    if not url:
        return Check(
            "environment", "Redis", "ok", "WB_REDIS_URL not set: limits shared within this process only"
        )
    shown = hide_password(url)
    try:
        import redis  # the extra: imported only when WB_REDIS_URL asks for it
    except ImportError:
        return Check(
            "environment", "Redis", "fail", f"WB_REDIS_URL={shown}, but the redis extra is not installed"
        )
    try:
        conn = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        try:
            conn.ping()
        finally:
            conn.close()
    except Exception as e:  # any failure of the connection is the answer
        return Check("environment", "Redis", "fail", f"WB_REDIS_URL={shown}: no answer ({one_line(e)})")
    return Check("environment", "Redis", "ok", f"WB_REDIS_URL={shown}: answers; limits shared through it")


# --- the hosts ----------------------------------------------------------------------------------------
def _origin(app: App, client: Client, spec: str) -> str:
    """Where a spec's requests go: the base URL, or its WB host."""
    if app.base_url:
        return app.base_url
    h = hosts(spec)
    return str(h["sandbox"] if client.sandbox and h["sandbox"] else h["production"])


def _pings(client: Client) -> tuple[list[Check], set[str]]:
    """One ping per host of the categories the seller token holds; the specs whose host did not
    answer at all (the probes to that host are skipped)."""
    if client.token_info is None:
        return [Check("ping", "hosts", "skip", "no seller token (WBD has no /ping)")], set()
    checks, dead = [], set()
    for spec, r in sorted(client.ping().items()):
        if r.ok:
            checks.append(
                Check("ping", spec, "ok", f"HTTP {r.status}" + (f", WB's time {r.ts}" if r.ts else ""))
            )
        else:
            checks.append(Check("ping", spec, "fail", r.error or f"HTTP {r.status}"))
            if r.status is None:
                dead.add(spec)
    return checks, dead


def _probes(app: App, client: Client, dead: set[str], scarce: bool) -> list[Check]:
    checks = []
    known = _type_known(app, client)
    gone = {_origin(app, client, spec) for spec in dead}
    for _, spec, op_id, kwargs in PROBES:
        op = operation(spec, op_id)
        name = f"{spec} {op.name}"
        why = _why_not(op, client.token_info, client.wbd_token_info, client.token_type, known)
        if why is not None:
            checks.append(Check("probe", name, "skip", why))
            continue
        if _origin(app, client, spec) in gone:
            checks.append(Check("probe", name, "skip", "the host did not answer the ping"))
            continue
        kind = "personal" if spec == WBD else client.token_type
        allowed = rate(op, kind)
        if allowed.interval > SCARCE_INTERVAL and not scarce:
            detail = (
                f"a {kind} token may make {describe(allowed)} of these (bucket {op.bucket_for(kind)}): "
                "not spent on a probe (--all-probes spends one)"
            )
            checks.append(Check("probe", name, "skip", detail))
            continue
        try:
            response = op.api.sync_detailed(client=getattr(client, spec).raw, **kwargs())
        except WBError as e:
            checks.append(Check("probe", name, "fail", one_line(e)))
            continue
        checks.append(Check("probe", name, "ok", f"HTTP {response.status_code}"))
    return checks


# --- the command ------------------------------------------------------------------------------------
@click.command(short_help="Check the token, the environment and WB's hosts.")
@click.option("--no-network", is_flag=True, help="Only what needs no request: the token and the environment.")
@click.option(
    "--all-probes", is_flag=True,
    help="Also probe where the token's type allows fewer than one request a minute (a Base token's "
    "4 price reads an hour): each probe spends one of them.",
)  # fmt: skip
@click.option(
    "--json", "as_json", is_flag=True,
    help="One JSON document: ok, checks [{section, name, status, detail}], tokens (as `token --json`), "
    "unusable [{operation, request, reason}].",
)  # fmt: skip
@pass_app
@click.pass_context
def doctor(ctx: click.Context, app: App, no_network: bool, all_probes: bool, as_json: bool) -> None:
    """Check what working with WB from here needs, and say what is wrong:

    \b
    - token: its type, categories, read-only, sandbox, expiry, and the limits that apply (as
      `wbseller token` shows them); the operations it cannot use (scope, read-only, token type);
    - environment: the base URL, sandbox, proxies (--proxy or HTTP(S)_PROXY / ALL_PROXY /
      NO_PROXY), TLS certificates, WB_REDIS_URL and whether Redis answers;
    - ping: each host the token may use, once (the client keeps to WB's 3 pings per 30 s per host);
    - probes: one cheap read per category the token holds (the content limits, the first goods
      item, the promotions of a day, the warehouses, the campaign counts, the first WBD offer),
      except where the token's type allows fewer than one a minute (--all-probes: those too).

    Exit 0 when nothing failed (warnings: an expiry within 14 days, operations the token cannot
    use), 1 when a check failed, 2 without any token.
    """
    tokens, token_type = account._tokens(app)
    if not tokens:
        raise CliError(account.NO_TOKEN, USAGE)
    checks: list[Check] = []
    for label, info in tokens:
        checks += _token_checks(label, info)
    client: Client | None = None
    try:
        client = app.client()
    except (CliError, WBError, ImportError) as e:
        checks.append(Check("environment", "client", "fail", one_line(e)))
    unusable = _unusable(app, client) if client is not None else []
    if client is not None:
        checks += _unusable_checks(unusable)
    checks += _environment(app, client)
    if client is not None and not no_network:
        pings, dead = _pings(client)
        checks += pings + _probes(app, client, dead, all_probes)
    failed = [c for c in checks if c.failed]
    if as_json:
        emit(
            {
                "ok": not failed,
                "checks": [asdict(c) for c in checks],
                "tokens": [
                    account._as_json(label, info, token_type, account._type_source(app, info))
                    for label, info in tokens
                ],
                "unusable": unusable,
            }
        )
    else:
        for label, info in tokens:
            click.echo("\n".join(account._lines(label, info, token_type, account._type_source(app, info))))
        section = ""
        for c in checks:
            if c.section != section:
                section = c.section
                click.echo(f"{section}:")
            click.echo(f"  [{c.status:^4}] {c.name}: {c.detail}")
        click.echo(f"{len(failed)} check(s) failed" if failed else "all fine")
    ctx.exit(FAILED if failed else OK)
