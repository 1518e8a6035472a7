"""Build resources/frequency/*.txt: how common each word is, from wordfreq's "small" lists.

Not run by the app or CI (wordfreq and its ~57 MB of data are not a dependency). Run once
with wordfreq's data unpacked and msgpack importable:

    python tools/build_frequency_lists.py PATH/TO/wordfreq/data

Each output line is ``word<TAB>zipf`` (zipf = log10 of uses per billion words, one decimal),
most common first, the top 12,000 words that are letters only. Data: wordfreq 3.1.1 by
Robyn Speer, CC BY-SA 4.0 (see resources/frequency/LICENSE).
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import msgpack  # type: ignore[import-not-found]

LANGUAGES = ("en", "fr", "de", "es", "nl", "pt", "it")
KEEP = 12_000


def main(data: Path) -> None:
    out = Path(__file__).resolve().parents[1] / "resources" / "frequency"
    out.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        with gzip.open(data / f"small_{code}.msgpack.gz", "rb") as handle:
            bins = msgpack.load(handle, raw=False)
        lines: list[str] = []
        for centibels, words in enumerate(bins[1:]):  # bins[0] is the header
            zipf = 9 - centibels / 100
            for word in words:
                if word.isalpha() and len(lines) < KEEP:
                    lines.append(f"{word}\t{zipf:.1f}")
        (out / f"{code}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(code, len(lines), lines[-1])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
