"""`wbseller wbd upload FILE`: a content file to Wildberries Digital, through
client.wbd.upload_content (checked, sent in parts, a failed part sent again alone) and, with
--wait, ContentUpload.wait until WB has published it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ._app import USAGE, App, CliError, pass_app
from ._io import percent, wanted

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
    click.echo(f"content_id {sent.content_id}")
    if not wait:
        return
    click.echo(_status(sent.wait(timeout=wait_timeout, poll=poll)))  # status 3: UploadError, exit 1
