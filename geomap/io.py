"""Reading input documents: text files and standard input, with clear errors."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from .errors import InputError

_SNIFF = 8192


def read_text(name: str, warn: Callable[[str], None] | None = None) -> str:
    """Read a text document from a path, or standard input for ``-``.

    Invalid UTF-8 is decoded with replacement characters and reported through ``warn``;
    a binary file (NUL bytes) or a missing or unreadable one raises
    :class:`~geomap.errors.InputError` naming the file.
    """
    if name == "-":
        raw = sys.stdin.buffer.read()
    else:
        path = Path(name)
        if path.is_dir():
            raise InputError(f"{name}: is a directory, expected a text file")
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{name}: no such file") from None
        except OSError as err:
            raise InputError(f"{name}: cannot read ({err.strerror or err})") from err
    if b"\x00" in raw[:_SNIFF]:
        raise InputError(f"{name}: binary file, expected UTF-8 text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        if warn is not None:
            warn(f"{name}: invalid UTF-8 at byte {err.start}; undecodable bytes replaced")
        return raw.decode("utf-8", errors="replace")
