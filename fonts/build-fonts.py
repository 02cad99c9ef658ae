#!/usr/bin/env python3
"""Rebuilds the shipped fonts from the original Noto Serif TTFs (see README.md).

Why: fontkit (pdfkit's font engine) decodes the large GPOS/GSUB tables of Noto Serif lazily, glyph
pair by glyph pair; that alone cost ~100 ms per font style and ~0.4 ms per distinct word, most of
the time of a whole document. Here the OpenType layout tables are dropped and the Latin kerning
is kept as a legacy `kern` table (format 0: sorted pairs, binary-searched by fontkit), hinting and
glyph names are dropped. All characters of the originals stay (Latin, Latin Extended, Vietnamese,
Greek, Cyrillic…).

Usage: python3 build-fonts.py SRC_DIR   (SRC_DIR holds the @expo-google-fonts/noto-serif files)
Needs fontTools (Debian: python3-fonttools).
"""
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables._k_e_r_n import KernTable_format_0

STYLES = {
    "Regular": "400Regular/NotoSerif_400Regular.ttf",
    "Bold": "700Bold/NotoSerif_700Bold.ttf",
    "Italic": "400Regular_Italic/NotoSerif_400Regular_Italic.ttf",
    "BoldItalic": "700Bold_Italic/NotoSerif_700Bold_Italic.ttf",
}

# Kerning is kept between the glyphs of these characters: ASCII, Latin-1 (Spanish, English,
# French, Portuguese, German…), dashes and quotes. fontkit decodes the whole pair list when a font is
# first used (~1,700 pairs: a few ms; all Latin Extended pairs, 17,000: ~150 ms), so other letters
# (ł, ő, ễ…) are drawn unkerned.
# Spaces are left out: the layout measures words apart and places them itself.
KERN_RANGES = [
    (0x21, 0x7E),
    (0xA1, 0xFF),
    (0x2010, 0x2022),
]
MAX_PAIRS_PER_SUBTABLE = 10920  # 6 bytes a pair in a 64 KB subtable


def kerning_pairs(font: TTFont) -> dict:
    cmap = font.getBestCmap()
    wanted = {cmap[cp] for lo, hi in KERN_RANGES for cp in range(lo, hi + 1) if cp in cmap}
    gpos = font["GPOS"].table
    lookups = set()
    for record in gpos.FeatureList.FeatureRecord:
        if record.FeatureTag == "kern":
            lookups.update(record.Feature.LookupListIndex)
    pairs: dict = {}
    for index in sorted(lookups):
        lookup = gpos.LookupList.Lookup[index]
        subtables = [st.ExtSubTable if lookup.LookupType == 9 else st for st in lookup.SubTable]
        seen = set()  # (left, right) pairs decided by an earlier subtable of this lookup
        for st in subtables:
            if st.LookupType != 2:
                continue
            coverage = st.Coverage.glyphs
            if st.Format == 1:
                for left, pairset in zip(coverage, st.PairSet):
                    if left not in wanted:
                        continue
                    for rec in pairset.PairValueRecord:
                        right = rec.SecondGlyph
                        if right not in wanted or (left, right) in seen:
                            continue
                        seen.add((left, right))
                        value = getattr(rec.Value1, "XAdvance", 0) or 0
                        if value:
                            pairs[(left, right)] = pairs.get((left, right), 0) + value
            elif st.Format == 2:
                class1 = st.ClassDef1.classDefs
                class2 = st.ClassDef2.classDefs
                for left in coverage:
                    if left not in wanted:
                        continue
                    row = st.Class1Record[class1.get(left, 0)].Class2Record
                    for right in wanted:
                        if (left, right) in seen:
                            continue
                        seen.add((left, right))
                        value = getattr(row[class2.get(right, 0)].Value1, "XAdvance", 0) or 0
                        if value:
                            pairs[(left, right)] = pairs.get((left, right), 0) + value
    return pairs


def build(src_dir: Path, out_dir: Path) -> None:
    for style, rel in STYLES.items():
        source = TTFont(src_dir / rel)
        pairs = kerning_pairs(source)
        options = subset.Options()
        options.layout_features = []
        options.hinting = False
        options.glyph_names = False
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.drop_tables += ["GPOS", "GSUB", "GDEF"]
        sub = subset.Subsetter(options)
        sub.populate(unicodes=source.getBestCmap().keys())
        sub.subset(source)
        glyphs = set(source.getGlyphOrder())
        items = sorted(
            ((l, r), v) for (l, r), v in pairs.items() if l in glyphs and r in glyphs
        )
        kern = newTable("kern")
        kern.version = 0
        kern.kernTables = []
        order = {name: i for i, name in enumerate(source.getGlyphOrder())}
        items.sort(key=lambda item: (order[item[0][0]], order[item[0][1]]))
        for start in range(0, len(items), MAX_PAIRS_PER_SUBTABLE):
            table = KernTable_format_0()
            table.version = 0
            table.coverage = 1  # horizontal
            table.format = 0
            table.kernTable = dict(items[start : start + MAX_PAIRS_PER_SUBTABLE])
            kern.kernTables.append(table)
        source["kern"] = kern
        out = out_dir / f"NotoSerif-{style}.ttf"
        source.save(out)
        print(f"{out.name}: {len(items)} kerning pairs, {out.stat().st_size} bytes")


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(__file__).resolve().parent)
