"""Reads a SentencePiece model file (`*.spm`, a protobuf ModelProto) and segments text the Unigram way.

Debian ships no `sentencepiece` Python package, so this reads the three fields the test models need
(pieces with scores and types, the normalizer's precompiled charsmap) straight from the protobuf wire
format, and implements the Unigram Viterbi segmentation that transformers.js runs over tokenizer.json.
"""
import struct
import unicodedata

META = '\u2581'  # the metaspace: SentencePiece's word-start marker


def _varint(buf, i):
    result = shift = 0
    while True:
        byte = buf[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def _fields(buf):
    i = 0
    while i < len(buf):
        key, i = _varint(buf, i)
        field, wire = key >> 3, key & 7
        if wire == 0:
            value, i = _varint(buf, i)
        elif wire == 1:
            value, i = buf[i:i + 8], i + 8
        elif wire == 5:
            value, i = buf[i:i + 4], i + 4
        elif wire == 2:
            size, i = _varint(buf, i)
            value, i = buf[i:i + size], i + size
        else:
            raise ValueError(f'unsupported protobuf wire type {wire}')
        yield field, wire, value


def read_spm(path):
    """Returns ({piece: score} for normal pieces, precompiled charsmap bytes)."""
    buf = open(path, 'rb').read()
    scores, charsmap = {}, b''
    for field, _, value in _fields(buf):
        if field == 1:
            piece, score, kind = None, 0.0, 1
            for f, _, v in _fields(value):
                if f == 1:
                    piece = v.decode('utf-8')
                elif f == 2:
                    score = struct.unpack('<f', v)[0]
                elif f == 3:
                    kind = v
            if kind == 1:
                scores[piece] = score
        elif field == 3:
            for f, _, v in _fields(value):
                if f == 2:
                    charsmap = v
    return scores, charsmap


def normalize(text):
    """What tokenizer.json's Precompiled normalizer + Metaspace pre-tokenizer do in transformers.js."""
    text = unicodedata.normalize('NFKC', text).strip()
    text = META + text.replace(' ', META)
    return text


class Unigram:
    """Viterbi segmentation over piece scores, unknown characters scored below every piece."""

    def __init__(self, scores):
        self.scores = scores
        self.max_len = max(len(p) for p in scores)
        self.unk_score = min(scores.values()) - 10

    def segment(self, text):
        text = normalize(text)
        n = len(text)
        best = [float('-inf')] * (n + 1)
        back = [None] * (n + 1)
        best[0] = 0.0
        for i in range(n):
            if best[i] == float('-inf'):
                continue
            single = False
            for size in range(1, min(self.max_len, n - i) + 1):
                piece = text[i:i + size]
                score = self.scores.get(piece)
                if score is None:
                    continue
                single |= size == 1
                if best[i] + score > best[i + size]:
                    best[i + size], back[i + size] = best[i] + score, (i, piece)
            if not single and best[i] + self.unk_score > best[i + 1]:
                best[i + 1], back[i + 1] = best[i] + self.unk_score, (i, None)
        pieces, at = [], n
        while at > 0:
            start, piece = back[at]
            pieces.append(piece)
            at = start
        return pieces[::-1]
