"""A client library for accessing Wildberries Media Campaigns API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
