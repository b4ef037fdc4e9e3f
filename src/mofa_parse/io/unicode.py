"""Which Unicode encoding a readout's bytes are in, when they say so or nearly.

A readout saved by a Windows tool may be UTF-16 or UTF-32 rather than UTF-8. With
a byte-order mark the bytes name their encoding and are read as it; without one,
English text in UTF-16 or UTF-32 still shows a pattern no other text has: a NUL
byte in the same place of every two or four bytes. ``without_bom`` names the
encoding that pattern suggests, so the error for such a file can say what to pass.
"""

from __future__ import annotations

import codecs

__all__ = ["from_bom", "without_bom"]

#: Byte-order marks and the codec that reads the bytes after them (longest first:
#: the UTF-32 little-endian mark begins with the UTF-16 one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: The bytes looked at to guess, and the share of them that must fit the pattern.
_SAMPLE = 4096
_SHARE = 0.9

#: Where the NUL bytes of ASCII-range text fall in each encoding, by position modulo 4.
_PATTERNS = (
    ("utf-32-le", (False, True, True, True)),
    ("utf-32-be", (True, True, True, False)),
    ("utf-16-le", (False, True, False, True)),
    ("utf-16-be", (True, False, True, False)),
)


def from_bom(data: bytes) -> str | None:
    """The codec for ``data`` when it opens with a UTF-16 or UTF-32 byte-order mark."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


def without_bom(data: bytes) -> str | None:
    """The UTF-16 or UTF-32 form ``data`` looks like without a byte-order mark, if any."""
    sample = data[:_SAMPLE]
    if len(sample) < 8:
        return None
    zero = [sample[offset::4].count(0) / len(sample[offset::4]) for offset in range(4)]
    for codec, nul in _PATTERNS:
        if all(share >= _SHARE if expected else share <= 1 - _SHARE for share, expected in zip(zero, nul)):
            return codec
    return None
