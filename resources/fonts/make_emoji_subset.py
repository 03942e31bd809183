"""Make SymbolaEmoji.ttf: the emoji and symbol blocks of Symbola, the monochrome font CaseDesk prints
emoji with (DejaVu Sans has the Latin, Greek, Cyrillic letters; Symbola adds 👩 👧 ✅ and the rest).

Symbola 2.60 is taken from Debian's fonts-symbola (2.60-1.1). Its licence: "Fonts are free for any
use; they may be opened, edited, modified, regenerated, packaged and redistributed." Only the blocks
below are kept (1.1 MB instead of 3.2 MB). A developer tool, not needed to run CaseDesk:

    apt-get download fonts-symbola && dpkg-deb -x fonts-symbola_*.deb /tmp/symbola
    pip install fonttools
    python resources/fonts/make_emoji_subset.py /tmp/symbola/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset

BLOCKS = "U+2300-23FF,U+2600-27BF,U+2B00-2BFF,U+1F000-1FAFF"
OUT = Path(__file__).resolve().parent / "SymbolaEmoji.ttf"


def main(source: str) -> None:
    subset.main([source, f"--unicodes={BLOCKS}", f"--output-file={OUT}", "--no-hinting",
                 "--layout-features=*", "--name-IDs=*"])
    print(f"{OUT.name}: {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
