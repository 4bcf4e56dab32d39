"""Byte-level BPE, the tokenizer algorithm of Qwen2 / GPT-2: training merges on a corpus and encoding.

Text is split by Qwen2's pre-tokenizer pattern (approximated with Python's `re`: `[^\\W\\d_]` stands for
\\p{L}, `\\d` for \\p{N}), each piece is mapped to bytes and the bytes to printable characters
(GPT-2's bytes_to_unicode), then merged pair by pair in rank order.
"""
import collections
import re
import unicodedata

QWEN2_PATTERN = (r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|"
                 r"\s*[\r\n]+|\s+(?!\S)|\s+")
_PY_PATTERN = re.compile(r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\w]?[^\W\d_]+|\d| ?[^\s\w]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+")


def bytes_to_unicode():
    keep = list(range(ord('!'), ord('~') + 1)) + list(range(ord('¡'), ord('¬') + 1)) + list(range(ord('®'), ord('ÿ') + 1))
    chars = keep[:]
    n = 0
    for b in range(256):
        if b not in keep:
            keep.append(b)
            chars.append(256 + n)
            n += 1
    return {b: chr(c) for b, c in zip(keep, chars)}


BYTE_CHARS = bytes_to_unicode()


def pieces(text):
    text = unicodedata.normalize('NFC', text)
    return [''.join(BYTE_CHARS[b] for b in m.encode('utf-8')) for m in _PY_PATTERN.findall(text)]


def train_merges(texts, vocab_size):
    words = collections.Counter(p for t in texts for p in pieces(t))
    splits = {w: list(w) for w in words}
    vocab = [BYTE_CHARS[b] for b in range(256)]
    merges = []
    while len(vocab) < vocab_size:
        pairs = collections.Counter()
        for w, count in words.items():
            s = splits[w]
            for a, b in zip(s, s[1:]):
                pairs[a, b] += count
        if not pairs:
            break
        (a, b), count = pairs.most_common(1)[0]
        if count < 2:
            break
        merges.append((a, b))
        vocab.append(a + b)
        for w in words:
            s = splits[w]
            if len(s) < 2:
                continue
            out, i = [], 0
            while i < len(s):
                if i < len(s) - 1 and s[i] == a and s[i + 1] == b:
                    out.append(a + b)
                    i += 2
                else:
                    out.append(s[i])
                    i += 1
            splits[w] = out
    return vocab, merges


class Encoder:
    """Encodes text with trained merges (lowest rank first), as transformers.js's BPE model does."""

    def __init__(self, vocab, merges):
        self.ids = {t: i for i, t in enumerate(vocab)}
        self.ranks = {m: i for i, m in enumerate(merges)}
        self.cache = {}

    def word(self, w):
        if w in self.cache:
            return self.cache[w]
        s = list(w)
        while len(s) > 1:
            ranked = [(self.ranks.get((a, b), 1 << 30), i) for i, (a, b) in enumerate(zip(s, s[1:]))]
            rank, i = min(ranked)
            if rank == 1 << 30:
                break
            s = s[:i] + [s[i] + s[i + 1]] + s[i + 2:]
        ids = [self.ids[t] for t in s]
        self.cache[w] = ids
        return ids

    def encode(self, text):
        return [i for p in pieces(text) for i in self.word(p)]
