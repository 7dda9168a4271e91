"""wbseller: the Python client for the Wildberries seller API."""

__version__ = "0.1.0"
