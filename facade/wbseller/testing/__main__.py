"""Deprecated: python -m wbseller_emulator (this forwards to it for one release)."""

from __future__ import annotations

from wbseller_emulator.__main__ import main

if __name__ == "__main__":
    main()
