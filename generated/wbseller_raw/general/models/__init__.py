"""Contains all the data models used in inputs/outputs"""

# Made lazy by scripts/generate.py: each model's module is imported when the model is first
# asked for, so an operation loads its own models, not every model of the spec.
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_connectivity_check_response_200 import ApiConnectivityCheckResponse200
    from .news_item import NewsItem
    from .news_response import NewsResponse
    from .news_tag import NewsTag
    from .ping_response import PingResponse
    from .problem_error import ProblemError

_MODULES = {
    "ApiConnectivityCheckResponse200": "api_connectivity_check_response_200",
    "NewsItem": "news_item",
    "NewsResponse": "news_response",
    "NewsTag": "news_tag",
    "PingResponse": "ping_response",
    "ProblemError": "problem_error",
}

__all__ = (
    "ApiConnectivityCheckResponse200",
    "NewsItem",
    "NewsResponse",
    "NewsTag",
    "PingResponse",
    "ProblemError",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # once: later lookups are plain attributes
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
