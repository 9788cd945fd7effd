"""The letters a name is written with, for the patterns that find names.

    CAPITAL   inside a character class: any capital of the Latin alphabets ("Émile",
              "Ólafsdóttir", "Žika", "Łukasz", "Ọkọ̀"), A-Z among them
    LOWER     inside a character class: any small letter of the Latin alphabets (the "é"
              of "Héritier"), a-z among them
    MARKS     inside a character class: the combining accents some languages write
              with a letter ("Tìmílẹ́yìn" has one after its "ẹ")

Python's re has no class for a capital letter, and [A-Z] took "Émile Zoungrana" for
"Zoungrana" and "Tìmílẹ́yìn Adéwùmí" for "Adéwùmí".
"""

from __future__ import annotations

_LATIN = [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]  # Latin-1 to Extended Additional
CAPITAL = "A-Z" + "".join(letter for letter in map(chr, _LATIN) if letter.isupper())
LOWER = "a-z" + "".join(letter for letter in map(chr, _LATIN) if letter.islower())
MARKS = "\u0300-\u036f"
