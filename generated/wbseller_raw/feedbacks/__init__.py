"""A client library for accessing Wildberries Feedbacks and Questions API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
