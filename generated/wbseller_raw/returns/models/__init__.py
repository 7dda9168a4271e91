"""Contains all the data models used in inputs/outputs"""

# Made lazy by scripts/generate.py: each model's module is imported when the model is first
# asked for, so an operation loads its own models, not every model of the spec.
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .claim_answer_request import ClaimAnswerRequest
    from .claims_list_response import ClaimsListResponse
    from .claims_list_response_claims_item import ClaimsListResponseClaimsItem
    from .problem_error import ProblemError

_MODULES = {
    "ClaimAnswerRequest": "claim_answer_request",
    "ClaimsListResponse": "claims_list_response",
    "ClaimsListResponseClaimsItem": "claims_list_response_claims_item",
    "ProblemError": "problem_error",
}

__all__ = (
    "ClaimAnswerRequest",
    "ClaimsListResponse",
    "ClaimsListResponseClaimsItem",
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
