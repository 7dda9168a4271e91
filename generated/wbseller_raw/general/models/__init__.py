"""Contains all the data models used in inputs/outputs"""

from .api_connectivity_check_response_200 import ApiConnectivityCheckResponse200
from .news_item import NewsItem
from .news_response import NewsResponse
from .ping_response import PingResponse
from .problem_error import ProblemError

__all__ = (
    "ApiConnectivityCheckResponse200",
    "NewsItem",
    "NewsResponse",
    "PingResponse",
    "ProblemError",
)
