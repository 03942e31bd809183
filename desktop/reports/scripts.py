"""Every script in print: a font per run, joined Arabic, right-to-left order, and a visible mark for
what no font has.

ReportLab draws the glyphs of one font per run, left to right, and neither shapes Arabic nor orders
right-to-left text by itself (its own shaping needs uharfbuzz and shapes a whole word with the font
of its first letter; its bidi needs rlbidi, which is not on PyPI). So every string a document prints
goes through here first:

1. Arabic letters become their joined forms (arabic-reshaper: initial, medial, final, isolated and
   the lam-alef ligatures, as Unicode presentation forms, which Noto Sans Arabic draws);
2. each line is put in display order by the Unicode Bidirectional Algorithm (python-bidi, the
   Rust unicode-bidi crate: embedding levels with paired brackets), mirrored brackets included;
3. each character gets the first bundled font that has it (DejaVu Sans for Latin, Greek and
   Cyrillic, Noto Sans Arabic, Noto Sans Hebrew, Droid Sans Fallback for Chinese, Japanese and
   Korean, Symbola for emoji) and a run of characters with the same font becomes one
   `<font name=…>` run of escaped text (P1);
4. a character that no font has prints as U+FFFD "�", never as an empty box; invisible format
   characters (zero-width joiner, variation selectors, bidi marks) are dropped.

A paragraph whose lines may run right-to-left is broken into lines here (in logical order, each line
then reordered), because reordering a whole paragraph before ReportLab breaks it would put the first
words of a right-to-left paragraph on its last line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from bidi.mirror import MIRRORED
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph

from desktop.resources import resource

REPLACEMENT = "\ufffd"
ARABIC, ARABIC_BOLD = "CaseDeskArabic", "CaseDeskArabic-Bold"
HEBREW, HEBREW_BOLD = "CaseDeskHebrew", "CaseDeskHebrew-Bold"
CJK, EMOJI = "CaseDeskCJK", "CaseDeskEmoji"
FALLBACK_FILES = {
    ARABIC: "NotoSansArabic-Regular.ttf", ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    HEBREW: "NotoSansHebrew-Regular.ttf", HEBREW_BOLD: "NotoSansHebrew-Bold.ttf",
    CJK: "DroidSansFallback.ttf", EMOJI: "SymbolaEmoji.ttf",
}
_REGULAR_CHAIN = (ARABIC, HEBREW, CJK, EMOJI)
_BOLD_CHAIN = (ARABIC_BOLD, HEBREW_BOLD, CJK, EMOJI)
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def _ignorable(char: str) -> bool:
    """Format characters that draw nothing: ZWJ and ZWNJ, variation selectors, bidi controls, BOM."""
    code = ord(char)
    return (unicodedata.category(char) == "Cf" and char != "\u00ad") or 0xFE00 <= code <= 0xFE0F or (
        0xE0100 <= code <= 0xE01EF)


@lru_cache(maxsize=1)
def register_script_fonts() -> None:
    """The fallback fonts, from the bundled resources/fonts (also inside the installers)."""
    for name, file_name in FALLBACK_FILES.items():
        path = Path(resource("fonts", file_name))
        if not path.is_file():
            raise FileNotFoundError(f"Font file {file_name} is missing from resources/fonts.")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    for regular, bold in ((ARABIC, ARABIC_BOLD), (HEBREW, HEBREW_BOLD), (CJK, CJK), (EMOJI, EMOJI)):
        pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)


@lru_cache(maxsize=64)
def _cmap(font: str) -> frozenset[int]:
    face = pdfmetrics.getFont(font).face
    return frozenset(code for code, glyph in face.charToGlyph.items() if glyph)


def covers(font: str, char: str) -> bool:
    return ord(char) in _cmap(font)


def _is_bold(font: str) -> bool:
    return font.endswith("-Bold")


def _preferred(char: str, bold: bool) -> str | None:
    """Arabic, Hebrew and emoji take their own font even where DejaVu has a glyph (DejaVu draws
    some of each), so that one word never mixes two designs."""
    code = ord(char)
    if 0x0600 <= code <= 0x08FF or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFC:
        return ARABIC_BOLD if bold else ARABIC
    if 0x0590 <= code <= 0x05FF or 0xFB1D <= code <= 0xFB4F:
        return HEBREW_BOLD if bold else HEBREW
    if 0x1F000 <= code <= 0x1FAFF:
        return EMOJI
    return None


def font_for(char: str, base: str) -> str | None:
    """The first font with a glyph for `char`: the script's own, the document's, then the fallbacks."""
    bold = _is_bold(base)
    preferred = _preferred(char, bold)
    if preferred is not None and covers(preferred, char):
        return preferred
    if covers(base, char):
        return base
    for fallback in _BOLD_CHAIN if bold else _REGULAR_CHAIN:
        if covers(fallback, char):
            return fallback
    return None


def font_runs(value: str, base: str) -> list[tuple[str, str]]:
    """(font, text) runs of a string already in display order; missing glyphs become U+FFFD."""
    register_script_fonts()
    runs: list[tuple[str, str]] = []
    current = base
    for char in value:
        if _ignorable(char):
            continue
        if char.isspace() or (unicodedata.combining(char) and covers(current, char)):
            font: str | None = current
        else:
            font = font_for(char, base)
        if font is None:
            font, char = base, REPLACEMENT
        current = font
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return runs


def has_rtl(value: str) -> bool:
    return bool(_RTL.search(value))


def is_rtl_paragraph(value: str) -> bool:
    """The paragraph direction of the Unicode algorithm (P2, P3): that of its first strong letter."""
    for char in value:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def shape(value: str) -> str:
    """Arabic letters in their joined (presentation) forms; other text unchanged."""
    return arabic_reshaper.reshape(value) if _ARABIC.search(value) else value


def _levels(value: str, rtl: bool) -> list[int] | None:
    """Embedding levels per character from unicode-bidi (it reports them per UTF-8 byte)."""
    report = get_display(value, base_dir="R" if rtl else "L", debug=True)
    if not isinstance(report, str) or "levels" not in report:
        return None
    section = report[report.index("levels"):report.find("paragraphs")]
    per_byte = [int(level) for level in _LEVEL.findall(section)]
    levels: list[int] = []
    position = 0
    for char in value:
        if position >= len(per_byte):
            return None
        levels.append(per_byte[position])
        position += len(char.encode("utf-8"))
    return levels if position == len(per_byte) else None


def _clusters(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cluster that must stay in its own order: a letter with its combining
    marks (Hebrew points), an emoji with its joiners, variation selectors and skin tones."""
    clusters: list[tuple[int, int]] = []
    for index, char in enumerate(line):
        code = ord(char)
        joins = (unicodedata.category(char) in ("Mn", "Me") or char == "\u200d" or 0xFE00 <= code <= 0xFE0F
                 or 0x1F3FB <= code <= 0x1F3FF or (index > 0 and line[index - 1] == "\u200d"))
        if joins and clusters:
            clusters[-1] = (clusters[-1][0], index + 1)
        else:
            clusters.append((index, index + 1))
    return clusters


def visual(line: str, rtl: bool | None = None) -> str:
    """One line (already shaped) in display order, left to right, with mirrored brackets."""
    if not has_rtl(line):
        return line
    direction = is_rtl_paragraph(line) if rtl is None else rtl
    levels = _levels(line, direction)
    if levels is None:  # an unexpected report: the library's own order, without mirroring
        display = get_display(line, base_dir="R" if direction else "L")
        return display if isinstance(display, str) else line
    clusters = _clusters(line)
    pieces = [line[start:end] for start, end in clusters]
    pieces = [MIRRORED.get(piece, piece) if levels[start] % 2 else piece
              for piece, (start, _end) in zip(pieces, clusters, strict=True)]
    cluster_levels = [levels[start] for start, _end in clusters]
    order = list(range(len(pieces)))
    lowest_odd = min((level for level in cluster_levels if level % 2), default=1)
    for level in range(max(cluster_levels), lowest_odd - 1, -1):  # L2: reverse runs at or above it
        index = 0
        while index < len(order):
            if cluster_levels[order[index]] >= level:
                end = index
                while end < len(order) and cluster_levels[order[end]] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return "".join(pieces[i] for i in order)


def markup(value: str, base: str) -> str:
    """Paragraph markup for one line or more of plain text: shaped, in display order, a font per run,
    every run escaped (P1). Lines are joined with <br/>."""
    lines = []
    for line in value.split("\n"):
        shaped = shape(line)
        lines.append(runs_markup(font_runs(visual(shaped), base), base))
    return "<br/>".join(lines)


def runs_markup(runs: Sequence[tuple[str, str]], base: str) -> str:
    return "".join(escape(text) if font == base else f'<font name="{font}">{escape(text)}</font>'
                   for font, text in runs)


def string_width(value: str, font: str, size: float) -> float:
    """The printed width of a one-line string, run by run."""
    return _width(visual(shape(value)), font, size)


def draw_string(canvas: Any, x: float, y: float, value: str, font: str, size: float,
                align: str = "left") -> None:
    """A one-line string on a canvas (headers, footers) with the same fallback and order as text."""
    runs = font_runs(visual(shape(value)), font)
    width = sum(pdfmetrics.stringWidth(text, run_font, size) for run_font, text in runs)
    left = x - width if align == "right" else x - width / 2 if align == "centre" else x
    for run_font, text in runs:
        canvas.setFont(run_font, size)
        canvas.drawString(left, y, text)
        left += pdfmetrics.stringWidth(text, run_font, size)


@dataclass
class _Line:
    paragraph: Paragraph
    height: float = 0.0


class BidiParagraph(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """A paragraph with right-to-left text: broken into lines in logical order, each line then put
    in display order; set ragged left when a right-to-left paragraph runs over several lines."""

    def __init__(self, value: str, style: ParagraphStyle, lines: list[Paragraph] | None = None) -> None:
        super().__init__()
        self.value, self.style = value, style
        self._given = lines
        self._lines: list[_Line] = []
        self.width = self.height = 0.0

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab's name
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802 - ReportLab's name
        return float(self.style.spaceAfter)

    def _line_style(self, rtl: bool) -> ParagraphStyle:
        alignment = TA_RIGHT if rtl and self.style.alignment == TA_LEFT else self.style.alignment
        return ParagraphStyle(f"{self.style.name}-line", parent=self.style, spaceBefore=0, spaceAfter=0,
                              alignment=alignment)

    def _paragraphs(self, width: float) -> list[Paragraph]:
        if self._given is not None:
            return self._given
        out: list[Paragraph] = []
        font, size = self.style.fontName, self.style.fontSize
        for logical in self.value.split("\n"):
            shaped = shape(logical)
            rtl = is_rtl_paragraph(shaped)
            lines = _break_line(shaped, width, font, size)
            # a right-to-left paragraph of several lines is set ragged left, as it is read; one line
            # (a name in a table) keeps the column's alignment, as on screen
            style = self._line_style(rtl and len(lines) > 1)
            for line in lines:
                out.append(Paragraph(runs_markup(font_runs(visual(line, rtl), font), font), style))
        return out

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._lines = []
        for paragraph in self._paragraphs(availWidth):
            _width, height = paragraph.wrap(availWidth, availHeight)
            self._lines.append(_Line(paragraph, height))
        self.width, self.height = availWidth, sum(line.height for line in self._lines)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for line in self._lines:
            y -= line.height
            line.paragraph.drawOn(self.canv, 0, y)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        used, first = 0.0, list[Paragraph]()
        for line in self._lines:
            if used + line.height > availHeight and first:
                break
            used += line.height
            first.append(line.paragraph)
        if len(first) == len(self._lines) or not first:
            return [] if not first else [self]
        rest = [line.paragraph for line in self._lines[len(first):]]
        return [BidiParagraph(self.value, self.style, first), BidiParagraph(self.value, self.style, rest)]


def _break_line(shaped: str, width: float, font: str, size: float) -> list[str]:
    """Greedy line breaking at spaces, in logical order, measured as printed."""
    words = shaped.split(" ")
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = word if not current else f"{current} {word}"
        if current and _width(candidate, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return lines


def _width(shaped: str, font: str, size: float) -> float:
    runs = font_runs(shaped, font)
    return float(sum(pdfmetrics.stringWidth(text, run_font, size) for run_font, text in runs))
