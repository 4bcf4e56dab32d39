"""The cross-encoder reranker test model: MiniLM-shaped BertForSequenceClassification, tiny, briefly trained.

Stands in for the manifest's real reranker (a published ms-marco MiniLM cross-encoder) in tests. Same
architecture (BERT encoder, pooler, one-logit classifier over "[CLS] question [SEP] passage [SEP]"), same
tokenizer algorithm (the multilingual test tokenizer), tiny sizes. Trained for about a minute with a
binary cross-entropy loss on questions built from the Q&A topic groups (workers/qa/topic-synonyms.json:
"how heavy is it?", "有多重？") against the demo catalog's own spec rows and sentences: a row or sentence
that names the topic is relevant, the product's other rows are not. No evaluation data is used.
"""
import json
import os
import random
import re

import torch
from torch import nn

from bert_tokenizer import BertTokenizer
from embed import SIZES, TinyBert, load_catalog, write_tokenizer
from onnx_export import export_encoder

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
MODEL_ID = 'aisle-test/cross-encoder-minilm'
EN_TEMPLATES = ['what is the {w}?', 'how about the {w}?', 'does it have {w}?', 'tell me about the {w}', '{w}?',
                'is the {w} listed?', 'what {w} is it?']
ZH_TEMPLATES = ['{w}是多少？', '{w}怎么样？', '有{w}吗？', '请问{w}', '{w}？']


class CrossEncoder(nn.Module):
    def __init__(self, vocab):
        super().__init__()
        h = SIZES['hidden_size']
        self.bert = TinyBert(vocab)
        self.pooler = nn.Linear(h, h)
        self.classifier = nn.Linear(h, 1)

    def forward(self, input_ids, attention_mask, token_type_ids):
        hidden = self.bert(input_ids, attention_mask, token_type_ids)
        return self.classifier(torch.tanh(self.pooler(hidden[:, 0])))


def label(name):
    words = re.sub(r'([a-z])([A-Z])', r'\1 \2', name).replace('_', ' ').replace('-', ' ').strip().lower()
    return words[:1].upper() + words[1:]


def candidates(p):
    rows = []
    for name, value in (p.get('attributes') or {}).items():
        if name == 'tags':
            continue
        if isinstance(value, dict):
            value = ', '.join(f'{k} {v}' for k, v in value.items())
        elif isinstance(value, list):
            value = ', '.join(str(v) for v in value)
        rows.append(f'{label(name)}: {value}')
    for key in ('brand', 'category', 'price'):
        if p.get(key) is not None:
            rows.append(f'{label(key)}: {p[key]}')
    text = p.get('description') or ''
    rows += [s.strip(' •') for s in re.split(r'(?<=[.!?])\s+|\n', text) if len(s.strip(' •')) > 3]
    rows += [r['text'] for r in p.get('reviews') or [] if r.get('text')]
    return rows


def training_examples(products, groups):
    examples = []
    for p in products:
        rows = candidates(p)
        for g in groups:
            pattern = re.compile(r'\b(?:' + '|'.join(re.escape(w) for w in g['en']) + r')', re.I)
            positives = [r for r in rows if pattern.search(r)]
            negatives = [r for r in rows if not pattern.search(r)]
            if not positives or not negatives:
                continue
            for w in g['en'][:4]:
                for t in EN_TEMPLATES:
                    examples.append((t.format(w=w), positives, negatives))
            for w in g['zh'][:3]:
                for t in ZH_TEMPLATES:
                    examples.append((t.format(w=w), positives, negatives))
    return examples


def encode_pairs(tok, pairs, max_len=64):
    ids, types = [], []
    for q, passage in pairs:
        a = tok.encode(q, 24)
        b = tok.encode(passage, max_len - len(a) + 1)[1:]
        ids.append(a + b)
        types.append([0] * len(a) + [1] * len(b))
    width = max(len(x) for x in ids)
    mask = [[1] * len(x) + [0] * (width - len(x)) for x in ids]
    ids = [x + [tok.pad] * (width - len(x)) for x in ids]
    types = [x + [0] * (width - len(x)) for x in types]
    return torch.tensor(ids), torch.tensor(mask), torch.tensor(types)


def train(model, tok, examples, steps=700, batch=32):
    random.seed(11)
    torch.manual_seed(11)
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3)
    loss_fn = nn.BCEWithLogitsLoss()
    for step in range(steps):
        pairs, labels = [], []
        for q, pos, neg in random.sample(examples, batch):
            pairs += [(q, random.choice(pos)), (q, random.choice(neg))]
            labels += [1.0, 0.0]
        logits = model(*encode_pairs(tok, pairs)).squeeze(-1)
        loss = loss_fn(logits, torch.tensor(labels))
        opt.zero_grad()
        loss.backward()
        opt.step()
        if step % 100 == 0:
            print(f'  step {step} loss {loss.item():.3f}')


def export(model, out):
    ids = torch.tensor([[101, 2000, 102, 2001, 102]])
    export_encoder(model, out, (ids, torch.ones_like(ids), torch.tensor([[0, 0, 0, 1, 1]])),
                   ['input_ids', 'attention_mask', 'token_type_ids'], ['logits'], {'logits': {0: 'batch_size'}})


def generate(models_dir):
    out = os.path.join(models_dir, MODEL_ID)
    os.makedirs(out, exist_ok=True)
    vocab = write_tokenizer(out)
    config_path = os.path.join(out, 'config.json')
    config = json.load(open(config_path))
    config.update(architectures=['BertForSequenceClassification'], id2label={'0': 'LABEL_0'}, label2id={'LABEL_0': 0},
                  _name_or_path=MODEL_ID)
    with open(config_path, 'w') as f:
        json.dump(config, f, indent=2)
    tok = BertTokenizer(os.path.join(out, 'tokenizer.json'))
    groups = json.load(open(os.path.join(ROOT, 'workers', 'qa', 'topic-synonyms.json'), encoding='utf-8'))['groups']
    examples = training_examples(load_catalog(), groups)
    print(f'{MODEL_ID}: vocab {vocab}, {len(examples)} training questions')
    torch.manual_seed(11)
    model = CrossEncoder(vocab)
    train(model, tok, examples)
    model.eval()
    export(model, out)
    return {'task': 'reranking', 'id': MODEL_ID, 'dir': out, 'dtype': 'q8'}
