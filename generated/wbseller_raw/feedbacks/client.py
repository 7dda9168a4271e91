"""Made by scripts/generate.py: the generator writes the same client.py into every package;
its attrs classes are defined once, in wbseller_raw/_runtime, and subclassed here so that each
package's client stays a type of its own."""

from .._runtime import client as _shared


class AuthenticatedClient(_shared.AuthenticatedClient):
    __doc__ = _shared.AuthenticatedClient.__doc__
    __slots__ = ()


class Client(_shared.Client):
    __doc__ = _shared.Client.__doc__
    __slots__ = ()
