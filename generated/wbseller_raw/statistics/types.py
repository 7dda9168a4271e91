"""Made a re-export by scripts/generate.py: the generator writes this file, byte for byte the
same, into every package; the one copy in wbseller_raw/_runtime is imported once (its attrs
classes cost milliseconds to define), not once per category used."""

from .._runtime.types import File, FileTypes, RequestFiles, Response, UNSET, Unset

__all__ = ["File", "FileTypes", "RequestFiles", "Response", "UNSET", "Unset"]
