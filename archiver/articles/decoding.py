"""Article bytes to text, or a clear error.

UTF-8 (with or without BOM), UTF-16/32 with a BOM, or a charset the server or page
declares; anything else is refused, naming its likely encoding. Guessing silently would
change the text (and its sha256) with the guesser's version, and corrupt quotes that are
evidence.
"""

from __future__ import annotations

import codecs
import re

from archiver.errors import ArticleError, BinaryArticle, EmptyArticle, NotUTF8

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/EPUB)"),
    (b"\x1f\x8b", "gzip data"),
    (b"OggS", "Ogg media"),
    (b"RIFF", "RIFF media"),
    (b"\x1aE\xdf\xa3", "Matroska/WebM media"),
    (b"ID3", "MP3 audio"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_bytes(
    source: str, data: bytes, content_type: str | None = None, encoding: str | None = None
) -> str:
    """Decode article bytes. UTF-8 (with or without BOM), UTF-16/32 with a BOM, or a
    charset the server or page declares; anything else is refused, naming its likely
    encoding. Guessing silently would change the text (and its sha256) with the guesser's
    version, and corrupt quotes that are evidence."""
    if not data.strip():
        raise EmptyArticle(f"{source}: empty article")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryArticle(f"{source}: binary file ({what}), not article text")
    if data[4:8] == b"ftyp":
        raise BinaryArticle(f"{source}: binary file (MP4/QuickTime media), not article text")
    if encoding:
        text = _decode_as(source, data, encoding, "given")
    else:
        bom = next((name for bom, name in _BOMS if data.startswith(bom)), None)
        if bom:
            text = _decode_as(source, data, bom, "BOM")
        elif b"\x00" in data[:8192]:
            raise BinaryArticle(f"{source}: binary file (NUL bytes), not article text")
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as error:
                declared = _declared_charset(data, content_type)
                if not declared or codecs.lookup(declared).name == "utf-8":
                    raise NotUTF8(_not_utf8_message(source, data, error)) from None
                text = _decode_as(source, data, declared, "declared")
    if len(_CONTROL.findall(text[:8192])) > max(2, len(text[:8192]) // 100):
        raise BinaryArticle(f"{source}: binary file (control characters), not article text")
    if not text.strip():
        raise EmptyArticle(f"{source}: empty article")
    return text


def _decode_as(source: str, data: bytes, encoding: str, why: str) -> str:
    try:
        return data.decode(encoding)
    except LookupError:
        raise ArticleError(f"{source}: unknown encoding {encoding!r} ({why})") from None
    except UnicodeDecodeError as error:
        raise NotUTF8(
            f"{source}: not valid {encoding} text ({why}): byte 0x{data[error.start]:02x} "
            f"at offset {error.start}"
        ) from None


def _declared_charset(data: bytes, content_type: str | None) -> str | None:
    found = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type or "", re.I)
    name = found.group(1) if found else None
    if not name and (meta := _META_CHARSET.search(data[:4096])):
        name = meta.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name if name else None
    except LookupError:
        return None


def _not_utf8_message(source: str, data: bytes, error: UnicodeDecodeError) -> str:
    message = f"{source}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})"
    try:  # only a hint for the user, never used to decode
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536]).best()
    except Exception:  # noqa: BLE001 - a failed guess must not hide the real error
        best = None
    if best is not None and best.encoding not in ("utf_8", "ascii"):
        return f"{message}; it looks like {best.encoding}: convert it to UTF-8 or give encoding"
    return message + "; convert it to UTF-8 or give its encoding"
