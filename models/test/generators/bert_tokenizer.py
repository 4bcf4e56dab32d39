"""A BERT WordPiece tokenizer that reads a tokenizer.json, enough to make training batches.

The models it trains are run by transformers.js with the same tokenizer.json; small differences
(rare accents, unusual punctuation) only change which training texts look alike, never the export.
"""
import json
import unicodedata


def _is_cjk(ch):
    cp = ord(ch)
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or
            0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


def _is_punct(ch):
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith('P')


class BertTokenizer:
    def __init__(self, tokenizer_json):
        spec = json.load(open(tokenizer_json, encoding='utf-8'))
        self.vocab = spec['model']['vocab']
        self.unk = self.vocab['[UNK]']
        self.cls = self.vocab['[CLS]']
        self.sep = self.vocab['[SEP]']
        self.pad = self.vocab['[PAD]']

    def _words(self, text):
        text = unicodedata.normalize('NFD', text.lower())
        text = ''.join(c for c in text if unicodedata.category(c) != 'Mn')
        out, cur = [], ''
        for ch in text:
            if ch.isspace() or _is_punct(ch) or _is_cjk(ch):
                if cur:
                    out.append(cur)
                cur = ''
                if not ch.isspace():
                    out.append(ch)
            else:
                cur += ch
        if cur:
            out.append(cur)
        return out

    def _wordpiece(self, word):
        if len(word) > 100:
            return [self.unk]
        pieces, start = [], 0
        while start < len(word):
            end, found = len(word), None
            while start < end:
                piece = word[start:end] if start == 0 else '##' + word[start:end]
                if piece in self.vocab:
                    found = self.vocab[piece]
                    break
                end -= 1
            if found is None:
                return [self.unk]
            pieces.append(found)
            start = end
        return pieces

    def encode(self, text, max_len=64):
        ids = [self.cls]
        for w in self._words(text):
            ids += self._wordpiece(w)
        ids = ids[:max_len - 1] + [self.sep]
        return ids

    def batch(self, texts, max_len=64):
        encoded = [self.encode(t, max_len) for t in texts]
        width = max(len(e) for e in encoded)
        ids = [e + [self.pad] * (width - len(e)) for e in encoded]
        mask = [[1] * len(e) + [0] * (width - len(e)) for e in encoded]
        return ids, mask
