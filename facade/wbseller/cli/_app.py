"""What every command shares: the global options and the client they build, errors as one line on
stderr, exit codes, logging."""

from __future__ import annotations

import logging
import math
import re
import warnings
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import click

from ..client import Client
from ..errors import InvalidRequestError, TransportError, WBError
from ..transport import GAVE_UP

# Exit codes (documented in `wbseller --help`)
OK = 0
FAILED = 1  # WB refused or failed, items failed, a wait timed out, a file could not be written
USAGE = 2  # bad arguments or input, checked before anything was sent
INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT


class Seconds(click.ParamType):  # type: ignore[type-arg]
    """A finite number of seconds > 0 (click's FloatRange lets NaN and infinity through)."""

    name = "seconds"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        if not math.isfinite(seconds) or seconds <= 0:
            self.fail(f"{value!r} is not a finite number of seconds > 0", param, ctx)
        return seconds


SECONDS = Seconds()


class CliError(Exception):
    """An error for the user: printed as one line `wbseller: <message>`, exit `code`."""

    def __init__(self, message: str, code: int = FAILED) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class ClientOptions:
    """More `Client(...)` keyword arguments, for a program running the CLI in-process:
    `cli.main(args, obj=ClientOptions({"rate_limits": ..., "limiter": ...}))` (the tests give the
    emulator's scaled limits this way)."""

    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class App:
    """The global options; builds one Client on first use and closes it at the end."""

    token: str | None
    wbd_token: str | None
    base_url: str | None
    sandbox: bool | None
    timeout: float
    max_retries: int
    extra: dict[str, Any] = field(default_factory=dict)
    emulator_limits: bool = False
    token_type: str | None = None
    _client: Client | None = None
    _offline: bool = False  # the client was built offline (without the emulator's limits)

    def client(self, *, offline: bool = False) -> Client:
        """offline: a client only to read the tokens' claims or check inputs (no call), so
        --emulator-limits asks no emulator for its limits; a later online use builds it again."""
        if self._client is not None and self._offline and not offline and self.emulator_limits:
            self.close()
        if self._client is None:
            self._offline = offline
            emulator = self.emulator_limits and not offline
            if emulator and not self.base_url:
                raise CliError("--emulator-limits needs --base-url (the emulator's URL)", USAGE)
            try:
                self._client = Client(
                    self.token,
                    wbd_token=self.wbd_token,
                    sandbox=self.sandbox,
                    base_url=self.base_url,
                    timeout=self.timeout,
                    max_retries=self.max_retries,
                    token_type=self.token_type,
                    emulator=emulator,
                    **self.extra,
                )
            except (TransportError, InvalidRequestError) as e:
                # the library's emulator=True (GET /__emulator__/limits): said as the option's
                if not emulator or (isinstance(e, InvalidRequestError) and e.field != "emulator"):
                    raise
                url = self.base_url.rstrip("/") + "/__emulator__/limits" if self.base_url else ""
                raise CliError(f"--emulator-limits: no limits from {url} (an emulator there?): {e}") from e
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


pass_app = click.make_pass_decorator(App)


# --- errors ---------------------------------------------------------------------------------------
def code_of(error: BaseException) -> int:
    """The exit code an exception stands for."""
    if isinstance(error, CliError):
        return error.code
    if isinstance(error, InvalidRequestError):
        return USAGE  # the facade's checks run before anything is sent
    if isinstance(error, KeyboardInterrupt | click.Abort):
        return INTERRUPTED
    return FAILED


def one_line(error: BaseException) -> str:
    """An exception as one line, its notes included (e.g. which uploads were already sent)."""
    parts = [str(error) or type(error).__name__, *getattr(error, "__notes__", [])]
    return re.sub(r"\s*\n\s*", " ", "; ".join(parts))


def say_error(message: str) -> None:
    click.echo(f"wbseller: {message}", err=True)


def at_row(error: InvalidRequestError, lines: Sequence[int] | Mapping[int, int], path: str) -> CliError:
    """A facade check failing on item N of what was read from a CSV file, named by its line (a
    check of something else, e.g. the warehouse ID, as it is). `lines`: item index -> line."""
    match = re.match(r"\w+\[(\d+)\]", error.field or "") or re.match(r"\w+\[(\d+)\]", str(error))
    index = int(match.group(1)) if match else -1
    line = (
        lines.get(index) if isinstance(lines, Mapping) else lines[index] if 0 <= index < len(lines) else None
    )
    text = one_line(error)
    return CliError(f"{path}, line {line}: {text}" if line is not None else text, USAGE)


def run_safely(call: Callable[[], Any]) -> int:
    """Run the command line; turn every error into one line on stderr and an exit code."""
    try:
        rv = call()
    except click.UsageError as e:
        hint = f" (see '{e.ctx.command_path} --help')" if e.ctx is not None else ""
        say_error(e.format_message() + hint)
        return USAGE
    except click.ClickException as e:
        say_error(e.format_message())
        return e.exit_code
    except (CliError, WBError, KeyboardInterrupt, click.Abort) as e:
        say_error("interrupted" if isinstance(e, KeyboardInterrupt | click.Abort) else one_line(e))
        return code_of(e)
    except OSError as e:  # a file not readable or writable
        say_error(f"{e.strerror or e}: {e.filename}" if e.filename else one_line(e))
        return FAILED
    return rv if isinstance(rv, int) else OK


@contextmanager
def warnings_as_lines() -> Iterator[None]:
    """Warnings (an expiring token, a non-JWT one) as `wbseller: warning: …` lines."""

    def show(message: Warning | str, *_: Any, **__: Any) -> None:
        if str(message) not in _LOGGED:  # a warning the log has just said (Redis unreachable)
            say_error(f"warning: {message}")

    with warnings.catch_warnings():
        warnings.showwarning = show
        yield


# --- logging --------------------------------------------------------------------------------------
_LOGGED: deque[str] = deque(maxlen=16)  # the run's latest warnings logged, not to be said twice


class _StderrHandler(logging.Handler):
    """Log records to stderr as `wbseller: <level>: <message>` (resolved at each record, so it
    follows a redirected stderr)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
            if record.levelno >= logging.WARNING:
                _LOGGED.append(message)
            click.echo(f"wbseller: {record.levelname.lower()}: {message}", err=True)
        except Exception:
            self.handleError(record)


def setup_logging(verbose: int) -> None:
    """Warnings always; -v adds what the transport decides (retries), -vv every request."""
    log = logging.getLogger("wbseller")
    for handler in [h for h in log.handlers if isinstance(h, _StderrHandler)]:
        log.removeHandler(handler)  # one per run, also when run again in one process
    _LOGGED.clear()
    handler = _StderrHandler()
    handler.setLevel(logging.WARNING if verbose <= 0 else logging.INFO if verbose == 1 else logging.DEBUG)
    if verbose <= 0:
        # the error a "giving up" warning names ends the command, which says it: once is enough
        handler.addFilter(lambda record: not getattr(record, GAVE_UP, False))
    log.addHandler(handler)
    log.setLevel(min(handler.level, log.getEffectiveLevel()))
