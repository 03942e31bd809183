"""What a PDF really draws: for every character its ToUnicode map names, whether the embedded font
subset has a real glyph for it (not .notdef, not an empty outline). Read with pypdf and fontTools,
independently of how CaseDesk chose the fonts."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass, field

from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream

_BFCHAR = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


@dataclass
class Glyphs:
    drawn: set[str] = field(default_factory=set)  # characters with a real glyph
    missing: set[str] = field(default_factory=set)  # characters drawn as .notdef or an empty box
    fonts: set[str] = field(default_factory=set)  # embedded font names, subset prefix removed
    text: str = ""  # pypdf's text, page after page

    def letters(self) -> set[str]:
        """The drawn characters with compatibility forms undone (Arabic presentation forms → letters)."""
        return {c for ch in self.drawn for c in unicodedata.normalize("NFKC", ch)}


def _to_unicode(stream: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    text = stream.decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for code, value in _BFCHAR.findall(block):
            if len(value) % 4:  # ReportLab writes a code point beyond the BMP as one number (<1F469>)
                mapping[int(code, 16)] = chr(int(value, 16))
            else:
                mapping[int(code, 16)] = bytes.fromhex(value).decode("utf-16-be", errors="replace")
    return mapping


def _raw(operand: object) -> bytes:
    original = getattr(operand, "original_bytes", None)
    if isinstance(original, bytes):
        return original
    return operand if isinstance(operand, bytes) else str(operand).encode("latin-1")


def _codes_drawn(page: object, reader: PdfReader) -> dict[str, set[int]]:
    """Font resource name → the character codes the page's text operators draw with it."""
    drawn: dict[str, set[int]] = {}
    current = ""
    content = ContentStream(page.get_contents(), reader)  # type: ignore[attr-defined]
    for operands, operator in content.operations:
        if operator == b"Tf":
            current = str(operands[0])
        elif operator in (b"Tj", b"'", b'"'):
            drawn.setdefault(current, set()).update(_raw(operands[-1]))
        elif operator == b"TJ":
            for item in operands[0]:
                if not isinstance(item, int | float):
                    drawn.setdefault(current, set()).update(_raw(item))
    return drawn


def _check_font(font: object, codes: set[int], out: Glyphs) -> None:
    descriptor = font.get("/FontDescriptor")  # type: ignore[attr-defined]
    unicode_map = font.get("/ToUnicode")  # type: ignore[attr-defined]
    if descriptor is None or unicode_map is None or "/FontFile2" not in descriptor.get_object():
        return
    out.fonts.add(str(font["/BaseFont"]).split("+")[-1])  # type: ignore[index]
    program = TTFont(io.BytesIO(descriptor.get_object()["/FontFile2"].get_object().get_data()))
    cmap: dict[int, str] = {}
    for table in program["cmap"].tables:
        cmap.update(table.cmap)
    glyf = program["glyf"]
    for code, chars in _to_unicode(unicode_map.get_object().get_data()).items():
        if not chars or chars == "\x00" or code not in codes:
            continue
        name = cmap.get(code)
        empty = name is None or name == ".notdef" or (
            not chars.isspace() and glyf[name].numberOfContours == 0)
        (out.missing if empty else out.drawn).update(chars)


def glyphs_of(pdf: bytes, password: str | None = None) -> Glyphs:
    reader = PdfReader(io.BytesIO(pdf))
    if password is not None:
        reader.decrypt(password)
    out = Glyphs()
    for page in reader.pages:
        out.text += (page.extract_text() or "") + "\n"
        fonts = page.get("/Resources", {}).get("/Font", {})
        for name, codes in _codes_drawn(page, reader).items():
            if name in fonts:
                _check_font(fonts[name].get_object(), codes, out)
    return out
