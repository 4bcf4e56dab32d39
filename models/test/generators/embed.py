"""The multilingual embedding test model: MiniLM-shaped BERT, tiny, briefly trained, int8-quantized.

Stands in for the manifest's real multilingual sentence-embedding model in tests. Same architecture
(BertModel, mean pooling), same tokenizer algorithm (the published all-MiniLM-L6-v2 tokenizer.json,
with the 3,755 level-1 GB2312 Chinese characters appended), tiny sizes. Trained for a minute with an
in-batch contrastive loss on the demo catalog (short queries -> product text) and on the shopping
glossary (Chinese word -> English words and products), so the model path really retrieves: an English
query finds its products, and a Chinese query finds English products of the right kind.
"""
import json
import os
import random
import re

import torch
from torch import nn

from bert_tokenizer import BertTokenizer
from onnx_export import TOKEN_AXES, export_encoder

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
BASE = os.path.join(HERE, 'base', 'all-MiniLM-L6-v2')
MODEL_ID = 'aisle-test/multilingual-minilm'
SIZES = dict(hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=64,
             max_position_embeddings=512)


def common_hanzi():
    chars = []
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.append(bytes([hi, lo]).decode('gb2312'))
            except UnicodeDecodeError:
                pass
    return chars


def write_tokenizer(out):
    spec = json.load(open(os.path.join(BASE, 'tokenizer.json'), encoding='utf-8'))
    vocab = spec['model']['vocab']
    for ch in common_hanzi():
        if ch not in vocab:
            vocab[ch] = len(vocab)
    with open(os.path.join(out, 'tokenizer.json'), 'w', encoding='utf-8') as f:
        json.dump(spec, f, ensure_ascii=False)
    for name in ('tokenizer_config.json', 'special_tokens_map.json'):
        with open(os.path.join(BASE, name), encoding='utf-8') as src, open(os.path.join(out, name), 'w') as dst:
            dst.write(src.read())
    config = json.load(open(os.path.join(BASE, 'config.json')))
    config.update(SIZES, vocab_size=len(vocab), _name_or_path=MODEL_ID)
    with open(os.path.join(out, 'config.json'), 'w') as f:
        json.dump(config, f, indent=2)
    return len(vocab)


class Layer(nn.Module):
    def __init__(self, h, heads, inter):
        super().__init__()
        self.heads = heads
        self.q, self.k, self.v, self.o = (nn.Linear(h, h) for _ in range(4))
        self.ln1 = nn.LayerNorm(h, eps=1e-12)
        self.up, self.down = nn.Linear(h, inter), nn.Linear(inter, h)
        self.ln2 = nn.LayerNorm(h, eps=1e-12)
        self.act = nn.GELU()

    def forward(self, x, bias):
        b, t, h = x.shape
        d = h // self.heads

        def split(y):
            return y.view(b, t, self.heads, d).transpose(1, 2)
        att = torch.matmul(split(self.q(x)), split(self.k(x)).transpose(-1, -2)) / (d ** 0.5) + bias
        ctx = torch.matmul(att.softmax(-1), split(self.v(x))).transpose(1, 2).reshape(b, t, h)
        x = self.ln1(x + self.o(ctx))
        return self.ln2(x + self.down(self.act(self.up(x))))


class TinyBert(nn.Module):
    def __init__(self, vocab):
        super().__init__()
        h = SIZES['hidden_size']
        self.word = nn.Embedding(vocab, h)
        self.pos = nn.Embedding(SIZES['max_position_embeddings'], h)
        self.token_type = nn.Embedding(2, h)
        self.ln = nn.LayerNorm(h, eps=1e-12)
        self.layers = nn.ModuleList(Layer(h, SIZES['num_attention_heads'], SIZES['intermediate_size'])
                                    for _ in range(SIZES['num_hidden_layers']))

    def forward(self, input_ids, attention_mask, token_type_ids):
        positions = torch.arange(input_ids.shape[1]).unsqueeze(0)
        x = self.ln(self.word(input_ids) + self.pos(positions) + self.token_type(token_type_ids))
        bias = (1.0 - attention_mask[:, None, None, :].float()) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        return x


def category_words(category):
    return re.sub(r'[/&\-]+', ' ', category or '').strip()


def product_text(p):
    tags = p.get('attributes', {}).get('tags') or []
    parts = [p['title'], category_words(p.get('category')), p.get('brand') or '', ' '.join(tags), p.get('description') or '']
    return '. '.join(x for x in parts if x)


def load_catalog():
    products = []
    for name in ('dummyjson_products.jsonl', 'magento_luma_products.jsonl'):
        with open(os.path.join(ROOT, 'demo', 'catalog', name), encoding='utf-8') as f:
            products += [json.loads(line) for line in f if line.strip()]
    return products


def training_pairs(products, glossary):
    pairs = []
    for p in products:
        doc = product_text(p)
        tags = p.get('attributes', {}).get('tags') or []
        anchors = [p['title'], category_words(p.get('category')), ' '.join(tags),
                   f"{p.get('brand') or ''} {category_words(p.get('category'))}".strip(),
                   (p.get('description') or '').split('.')[0]]
        pairs += [(a, doc) for a in anchors if a]
    for zh, en_words in glossary.items():
        pairs.append((zh, ' '.join(en_words)))
        for en in en_words:
            pairs.append((en, zh))
            pattern = re.compile(r'\b' + re.escape(en) + r'\b', re.I)
            matching = [product_text(p) for p in products if pattern.search(p['title'] + ' ' + category_words(p.get('category')))]
            pairs += [(zh, doc) for doc in matching[:6]]
    return pairs


def mean_pool(hidden, mask):
    m = mask.unsqueeze(-1).float()
    return (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)


def train(model, tok, pairs, steps=1200, batch=64):
    random.seed(7)
    torch.manual_seed(7)
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3)
    for step in range(steps):
        chosen = random.sample(pairs, batch)
        # in-batch negatives: drop repeated positives so no negative is really a positive
        seen, a_texts, b_texts = set(), [], []
        for a, b in chosen:
            if b not in seen:
                seen.add(b)
                a_texts.append(a)
                b_texts.append(b)
        ea = embed(model, tok, a_texts)
        eb = embed(model, tok, b_texts)
        logits = ea @ eb.T / 0.05
        labels = torch.arange(len(a_texts))
        loss = (nn.functional.cross_entropy(logits, labels) + nn.functional.cross_entropy(logits.T, labels)) / 2
        opt.zero_grad()
        loss.backward()
        opt.step()
        if step % 200 == 0:
            print(f'  step {step} loss {loss.item():.3f}')


def embed(model, tok, texts):
    ids, mask = tok.batch(texts)
    ids, mask = torch.tensor(ids), torch.tensor(mask)
    out = model(ids, mask, torch.zeros_like(ids))
    return nn.functional.normalize(mean_pool(out, mask), dim=-1)


def export(model, out):
    ids = torch.tensor([[101, 2000, 2001, 102]])
    export_encoder(model, out, (ids, torch.ones_like(ids), torch.zeros_like(ids)),
                   ['input_ids', 'attention_mask', 'token_type_ids'], ['last_hidden_state'],
                   {'last_hidden_state': TOKEN_AXES}, keep_fp32=True)


def generate(models_dir):
    out = os.path.join(models_dir, MODEL_ID)
    os.makedirs(out, exist_ok=True)
    vocab = write_tokenizer(out)
    tok = BertTokenizer(os.path.join(out, 'tokenizer.json'))
    glossary = json.load(open(os.path.join(ROOT, 'workers', 'text', 'zh-en-glossary.json'), encoding='utf-8'))['terms']
    pairs = training_pairs(load_catalog(), glossary)
    print(f'{MODEL_ID}: vocab {vocab}, {len(pairs)} training pairs')
    torch.manual_seed(7)  # the initial weights too: Debian's torch seeds itself randomly
    model = TinyBert(vocab)
    train(model, tok, pairs)
    model.eval()
    export(model, out)
    return {'task': 'embeddings', 'id': MODEL_ID, 'dir': out, 'dtype': 'q8', 'pooling': 'mean', 'normalize': True,
            'dims': SIZES['hidden_size']}
