"""Stateful handlers, one module per WB category; importing this package registers them."""

from __future__ import annotations

import importlib
import pkgutil

from .base import HANDLERS, ROUTES, Ctx, Reply, SellerState, handler, route

for _mod in pkgutil.iter_modules(__path__):
    if _mod.name != "base" and not _mod.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_mod.name}")

__all__ = ["HANDLERS", "ROUTES", "Ctx", "Reply", "SellerState", "handler", "route"]
