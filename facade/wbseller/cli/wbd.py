"""`wbseller wbd`: Wildberries Digital. `upload FILE`: a content file, through
client.wbd.upload_content (checked, sent in parts, a failed part sent again alone) and, with
--wait, ContentUpload.wait until WB has published it; `download`: a content's file, through
client.wbd.download_content (streamed to disk, resumed with Range after a break, its size checked
against WB's content list); `offers` and `content`: the lists."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ._app import USAGE, App, CliError, pass_app
from ._io import percent, wanted
from ._out import emit, plain

NO_WBD_TOKEN = "no WBD token: pass --wbd-token or set WBD_API_TOKEN"


@click.group("wbd")
def group() -> None:
    """Wildberries Digital (needs a WBD token)."""


def _meta(value: str | None) -> dict[str, Any] | None:
    """--meta: a JSON object, or @FILE holding one."""
    if value is None:
        return None
    source = value
    if value.startswith("@"):
        source = Path(value[1:]).read_text(encoding="utf-8")
    try:
        meta = json.loads(source)
    except ValueError as e:
        raise CliError(f"--meta: not JSON: {e}", USAGE) from None
    if not isinstance(meta, dict):
        raise CliError("--meta: expected a JSON object", USAGE)
    return meta


def _status(info: Any) -> str:
    uri = getattr(info, "uri", None)
    return f"published: content {getattr(info, 'id', '?')}" + (f", uri {uri}" if isinstance(uri, str) else "")


@group.command("upload")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--title", required=True, help="The content's title.")
@click.option("--description", required=True, help="The content's description.")
@click.option("--catalog-id", type=int, required=True, help="1 video, 2 audio, 4 documents and books.")
@click.option("--content-type", metavar="TYPE", help="MIME type [default: from the file name].")
@click.option(
    "--meta",
    metavar="JSON|@FILE",
    help='e.g. \'{"thumbnail": [...], "rating": "16+"}\' (author, pages as the catalog needs).',
)
@click.option("--wait/--no-wait", default=False, show_default=True, help="Wait until WB has published it.")
@click.option(
    "--wait-timeout", "wait_timeout", type=click.FloatRange(min=0), metavar="SECONDS",
    help="With --wait: seconds to wait at most [default: 1800]; the global --timeout is per request.",
)  # fmt: skip
@click.option("--poll", type=click.FloatRange(min=0), help="Seconds between checks [default: 5].")
@click.option(
    "--progress/--no-progress", default=None, help="Progress on stderr [default: when it is a terminal]."
)
@click.option(
    "--json", "as_json", is_flag=True,
    help='One JSON document: {"content_id"}; with --wait also "status" and "uri".',
)  # fmt: skip
@pass_app
def upload(
    app: App,
    file: Path,
    title: str,
    description: str,
    catalog_id: int,
    content_type: str | None,
    meta: str | None,
    wait: bool,
    wait_timeout: float | None,
    poll: float | None,
    progress: bool | None,
    as_json: bool,
) -> None:
    """Upload a content file (in parts; never read whole into memory) and print its content_id.

    With --wait, wait until WB has processed it: exit 1 if WB reports an error (status 3).
    """
    client = app.client()
    if client.wbd_token_info is None:
        raise CliError(NO_WBD_TOKEN, USAGE)
    sent = client.wbd.upload_content(
        file,
        title=title,
        description=description,
        catalog_id=catalog_id,
        meta=_meta(meta),
        content_type=content_type,
        progress=percent(wanted(progress)),
    )
    if not wait:
        if as_json:
            emit({"content_id": sent.content_id})
        else:
            click.echo(f"content_id {sent.content_id}")
        return
    if not as_json:
        click.echo(f"content_id {sent.content_id}")
    info = sent.wait(timeout=wait_timeout, poll=poll)  # status 3: UploadError, exit 1
    if as_json:
        d = plain(info)
        emit({"content_id": sent.content_id, "status": d.get("status"), "uri": d.get("uri")})
    else:
        click.echo(_status(info))


def _client_with_wbd(app: App) -> Any:
    client = app.client()
    if client.wbd_token_info is None:
        raise CliError(NO_WBD_TOKEN, USAGE)
    return client


@group.command("download")
@click.argument("content")
@click.option(
    "-o", "--output", "dest", type=click.Path(path_type=Path), default=Path("."), show_default=True,
    help="A file to write, or an existing folder (the file then named from the content's URI).",
)  # fmt: skip
@click.option("--size", type=click.IntRange(min=0), help="With a URI: the file's size in bytes, if known.")
@click.option(
    "--progress/--no-progress", default=None, help="Progress on stderr [default: when it is a terminal]."
)
@click.option("--json", "as_json", is_flag=True, help='One JSON document: {"path", "bytes"}.')
@pass_app
def download(
    app: App, content: str, dest: Path, size: int | None, progress: bool | None, as_json: bool
) -> None:
    """Download a content's file: CONTENT is its content_id (its information is read first) or
    its URI. Streamed to DEST.part beside the destination and resumed with Range when the
    connection breaks; the file must be the size WB's content list gives (else nothing is saved,
    exit 1); an existing file at DEST is replaced only once the download is whole."""
    wbd = _client_with_wbd(app).wbd
    what: Any = wbd.get_content(int(content)) if content.isdigit() else content
    path = wbd.download_content(what, dest, size=size, progress=percent(wanted(progress)))
    if as_json:
        emit({"path": str(path), "bytes": path.stat().st_size})
    else:
        click.echo(f"{path} ({path.stat().st_size} bytes)")


def _listing_options(f: Any) -> Any:
    """The filters `offers` and `content` share (WB's list parameters)."""
    decorators: list[Callable[[Any], Any]] = [
        click.option("--search", help="Only those matching this text."),
        click.option("--category", type=int, help="1 video, 2 audio, 4 documents and books."),
        click.option("--status", type=int, help="Only those in this status."),
        click.option("--sort", type=click.Choice(["created", "updated"]), help="Order by."),
        click.option("--sort-dir", type=click.Choice(["asc", "desc"]), help="Ascending or descending."),
        click.option("--json", "as_json", is_flag=True, help="JSON lines, one each, as WB describes it."),
        pass_app,
    ]
    for decorator in reversed(decorators):
        f = decorator(f)
    return f


@group.command("offers")
@_listing_options
def offers(app: App, as_json: bool, **filters: Any) -> None:
    """List the offers (status 0 draft, 1 published, 2 suspended): ID, status, price, title."""
    for offer in _client_with_wbd(app).wbd.iter_offers(**filters):
        d = plain(offer)
        if as_json:
            emit(d)
        else:
            status = d.get("status")
            click.echo(
                f"{d.get('id', '-'):<10} status {'-' if status is None else status:<3} "
                f"price {d.get('price', '-'):<8} {d.get('title', '')}"
            )


@group.command("content")
@_listing_options
def content_list(app: App, as_json: bool, **filters: Any) -> None:
    """List the uploaded content (status 0 created, 1 uploaded, 2 published, 3 error, 4 processing,
    5 sent to server): content_id, status, title (the IDs `download` takes)."""
    for item in _client_with_wbd(app).wbd.iter_content(**filters):
        d = plain(item)
        if as_json:
            emit(d)
        else:
            click.echo(f"{d.get('id', '-'):<10} status {d.get('status', '-'):<3} {d.get('title', '')}")
