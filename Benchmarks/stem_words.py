"""Times Snowball's C stemmer (PyStemmer) on a word list, for kb-bench's stemmer comparison.

Usage: python stem_words.py ALGORITHM WORDS_FILE REPETITIONS STEMS_OUT

Stems every word of WORDS_FILE (one word a line) with PyStemmer's ALGORITHM (``dutch`` or
``dutch_porter``), with its cache switched off so that every call stems, REPETITIONS times;
writes the stems to STEMS_OUT (one a line) and prints one JSON object: the number of words,
the best time in seconds, and the versions.
"""
import json
import sys
import time

import Stemmer


def main() -> None:
    algorithm, words_file, repetitions, stems_out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    with open(words_file, encoding="utf-8") as handle:
        words = [line.strip() for line in handle if line.strip()]
    stemmer = Stemmer.Stemmer(algorithm, 0)  # maxCacheSize 0: no cache, every word is stemmed
    stems = stemmer.stemWords(words)  # warm-up
    best = float("inf")
    for _ in range(repetitions):
        start = time.perf_counter()
        stemmer.stemWords(words)
        best = min(best, time.perf_counter() - start)
    with open(stems_out, "w", encoding="utf-8") as handle:
        handle.write("\n".join(stems) + "\n")
    print(json.dumps({
        "algorithm": algorithm,
        "words": len(words),
        "seconds": best,
        "pystemmer": Stemmer.version(),
        "python": sys.version.split()[0],
    }))


if __name__ == "__main__":
    main()
