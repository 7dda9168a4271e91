"""The fault tests use the service tests' clients and scenario driver (sync and async)."""

from services.conftest import make_client, run  # noqa: F401  (fixtures)
