#!/usr/bin/env python3
"""Derives Dictionary/nl-words.txt from Debian's wdutch word list (/usr/share/dict/dutch).

Keeps the words written in lower case only (no names), folds away diacritics (as kb's analyzer
does: financiële → financiele), keeps those of a-z only and at least 4 letters long (the shortest
part the decompounder splits off), and writes them sorted (byte order), one per line.

Usage: Scripts/derive-wordlist.py /usr/share/dict/dutch > Dictionary/nl-words.txt
"""
import re
import sys
import unicodedata

words = set()
with open(sys.argv[1], encoding="utf-8") as source:
    for line in source:
        word = line.strip()
        if not word or word != word.lower():
            continue
        folded = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
        if len(folded) >= 4 and re.fullmatch("[a-z]+", folded):
            words.add(folded)
sys.stdout.write("".join(word + "\n" for word in sorted(words)))
