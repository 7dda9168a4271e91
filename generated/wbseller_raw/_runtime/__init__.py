"""What every package of wbseller_raw shares (scripts/generate.py)."""
