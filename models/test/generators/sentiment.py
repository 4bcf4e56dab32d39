"""The sentiment test model: DistilBERT-shaped sequence classifier, tiny, briefly trained, int8-quantized.

Stands in for a published multilingual sentiment classifier (docs/reviews.md names the real one:
a DistilBERT sequence-classification model with labels positive / neutral / negative). Same
architecture as transformers.js's DistilBertForSequenceClassification (input_ids + attention_mask ->
logits from the [CLS] token through pre_classifier and classifier), the same WordPiece tokenizer
algorithm (the test embedding model's tokenizer.json: all-MiniLM-L6-v2's uncased vocab with common
Chinese characters), tiny sizes.

Training data is made here, never taken from an evaluation set: (1) template sentences over aspect
seed words, labelled by the project's own lexicons (workers/reviews/lexicon/zh-sentiment-lexicon.json
for Chinese, short English opinion lists below), with negation and degree words, and "A but B"
contrasts labelled by B; (2) the Luma demo catalog's reviews labelled by their star rating
(4-5 positive, 1-2 negative). A minute of training; the model learns the lexicon, nothing more.
"""
import json
import os
import random

import torch
from torch import nn

from bert_tokenizer import BertTokenizer
from embed import write_tokenizer
from onnx_export import export_encoder

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
MODEL_ID = 'aisle-test/multilingual-sentiment'
LABELS = ['positive', 'neutral', 'negative']
SIZES = dict(dim=32, n_layers=2, n_heads=2, hidden_dim=64, max_position_embeddings=512)

EN_POS = ('great good excellent amazing love perfect comfortable sturdy fast beautiful nice awesome solid reliable '
          'soft bright sharp quiet smooth lightweight durable fantastic happy impressed recommend worth').split()
EN_NEG = ('bad terrible awful poor broken cheap flimsy slow ugly uncomfortable noisy disappointing useless '
          'horrible defective weak dull blurry itchy heavy overpriced faulty worst hate returned').split()
EN_ASPECTS = ('battery screen camera sound fit size price shipping quality material fabric comfort design color '
              'keyboard delivery service zipper strap sole').split()
EN_NEUTRAL = ['I bought this last week.', 'It came in a box.', 'The {a} is blue.', 'I use the {a} every day.',
              'This is my second order.', 'The {a} is as described.', 'I got it for my son.']
ZH_ASPECTS = '电池 屏幕 拍照 音质 价格 物流 质量 做工 包装 尺码 面料 客服 服务 房间 早餐 位置 外观 颜色'.split()
ZH_NEUTRAL = ['我昨天买的{a}。', '这是第二次买了。', '{a}是蓝色的。', '给家里人买的。', '今天刚收到{a}。']


def load_lexicon():
    path = os.path.join(ROOT, 'workers', 'reviews', 'lexicon', 'zh-sentiment-lexicon.json')
    return json.load(open(path, encoding='utf-8'))


def clause(lang, polarity, rng, lex):
    """One opinion clause and its label, with optional negation (flips) and degree words."""
    negate = rng.random() < 0.25
    if lang == 'en':
        aspect = rng.choice(EN_ASPECTS)
        word = rng.choice(EN_POS if polarity == 'positive' else EN_NEG)
        degree = rng.choice(['', '', 'very ', 'really ', 'a bit ', 'so '])
        text = f"the {aspect} is {'not ' if negate else ''}{degree}{word}"
    else:
        aspect = rng.choice(ZH_ASPECTS)
        words = [w for w, v in lex['positive' if polarity == 'positive' else 'negative'].items() if not w.startswith('不')]
        word = rng.choice(words)
        degree = rng.choice(['', '', '很', '非常', '有点', '特别', '太'])
        text = f"{aspect}{'不' if negate else ''}{degree}{word}"
    label = polarity if not negate else ('negative' if polarity == 'positive' else 'positive')
    return text, label


def synthetic(rng, lex, n=5000):
    rows = []
    for _ in range(n):
        lang = rng.choice(['en', 'zh'])
        kind = rng.random()
        if kind < 0.12:
            aspect = rng.choice(EN_ASPECTS if lang == 'en' else ZH_ASPECTS)
            rows.append((rng.choice(EN_NEUTRAL if lang == 'en' else ZH_NEUTRAL).format(a=aspect), 'neutral'))
        elif kind < 0.35:
            a, _ = clause(lang, rng.choice(['positive', 'negative']), rng, lex)
            b, label = clause(lang, rng.choice(['positive', 'negative']), rng, lex)
            rows.append((f'{a} but {b}.' if lang == 'en' else f'{a}，但是{b}。', label))
        else:
            text, label = clause(lang, rng.choice(['positive', 'negative']), rng, lex)
            rows.append((text.capitalize() + '.' if lang == 'en' else text + rng.choice(['。', '！', '']), label))
    return rows


def demo_reviews():
    rows = []
    with open(os.path.join(ROOT, 'demo', 'catalog', 'magento_luma_products.jsonl'), encoding='utf-8') as f:
        for line in f:
            for review in json.loads(line).get('reviews', []):
                rating = review.get('rating')
                if rating in (4, 5):
                    rows.append((review['text'], 'positive'))
                elif rating in (1, 2):
                    rows.append((review['text'], 'negative'))
    return rows


class Layer(nn.Module):
    def __init__(self, dim, heads, hidden):
        super().__init__()
        self.heads = heads
        self.q_lin, self.k_lin, self.v_lin, self.out_lin = (nn.Linear(dim, dim) for _ in range(4))
        self.sa_layer_norm = nn.LayerNorm(dim, eps=1e-12)
        self.lin1, self.lin2 = nn.Linear(dim, hidden), nn.Linear(hidden, dim)
        self.output_layer_norm = nn.LayerNorm(dim, eps=1e-12)
        self.act = nn.GELU()

    def forward(self, x, bias):
        b, t, h = x.shape
        d = h // self.heads

        def split(y):
            return y.view(b, t, self.heads, d).transpose(1, 2)
        att = torch.matmul(split(self.q_lin(x)) / (d ** 0.5), split(self.k_lin(x)).transpose(-1, -2)) + bias
        ctx = torch.matmul(att.softmax(-1), split(self.v_lin(x))).transpose(1, 2).reshape(b, t, h)
        x = self.sa_layer_norm(x + self.out_lin(ctx))
        return self.output_layer_norm(x + self.lin2(self.act(self.lin1(x))))


class TinyDistilBertClassifier(nn.Module):
    def __init__(self, vocab):
        super().__init__()
        dim = SIZES['dim']
        self.word = nn.Embedding(vocab, dim)
        self.pos = nn.Embedding(SIZES['max_position_embeddings'], dim)
        self.ln = nn.LayerNorm(dim, eps=1e-12)
        self.layers = nn.ModuleList(Layer(dim, SIZES['n_heads'], SIZES['hidden_dim']) for _ in range(SIZES['n_layers']))
        self.pre_classifier = nn.Linear(dim, dim)
        self.classifier = nn.Linear(dim, len(LABELS))

    def forward(self, input_ids, attention_mask):
        positions = torch.arange(input_ids.shape[1]).unsqueeze(0)
        x = self.ln(self.word(input_ids) + self.pos(positions))
        bias = (1.0 - attention_mask[:, None, None, :].float()) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        return self.classifier(torch.relu(self.pre_classifier(x[:, 0])))


def write_config(out, vocab):
    config = {
        '_name_or_path': MODEL_ID, 'architectures': ['DistilBertForSequenceClassification'], 'model_type': 'distilbert',
        'activation': 'gelu', 'attention_dropout': 0.1, 'dropout': 0.1, 'seq_classif_dropout': 0.2, 'qa_dropout': 0.1,
        'initializer_range': 0.02, 'pad_token_id': 0, 'sinusoidal_pos_embds': False, 'tie_weights_': True,
        'id2label': {str(i): l for i, l in enumerate(LABELS)}, 'label2id': {l: i for i, l in enumerate(LABELS)},
        'vocab_size': vocab, **SIZES, 'transformers_version': '4.21.0',
    }
    with open(os.path.join(out, 'config.json'), 'w') as f:
        json.dump(config, f, indent=2)
    tc_path = os.path.join(out, 'tokenizer_config.json')
    tc = json.load(open(tc_path))
    tc['tokenizer_class'] = 'DistilBertTokenizer'
    with open(tc_path, 'w') as f:
        json.dump(tc, f, indent=2)


def train(model, tok, rows, steps=700, batch=64):
    rng = random.Random(11)
    torch.manual_seed(11)
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3)
    for step in range(steps):
        chosen = rng.sample(rows, batch)
        ids, mask = tok.batch([t for t, _ in chosen], max_len=48)
        logits = model(torch.tensor(ids), torch.tensor(mask))
        loss = nn.functional.cross_entropy(logits, torch.tensor([LABELS.index(l) for _, l in chosen]))
        opt.zero_grad()
        loss.backward()
        opt.step()
        if step % 100 == 0:
            print(f'  step {step} loss {loss.item():.3f}')


def export(model, out):
    ids = torch.tensor([[101, 2000, 2001, 102]])
    export_encoder(model, out, (ids, torch.ones_like(ids)), ['input_ids', 'attention_mask'], ['logits'],
                   {'logits': {0: 'batch_size'}})


def generate(models_dir):
    out = os.path.join(models_dir, MODEL_ID)
    os.makedirs(out, exist_ok=True)
    vocab = write_tokenizer(out)
    write_config(out, vocab)
    tok = BertTokenizer(os.path.join(out, 'tokenizer.json'))
    rng = random.Random(5)
    rows = synthetic(rng, load_lexicon()) + demo_reviews()
    print(f'{MODEL_ID}: vocab {vocab}, {len(rows)} training texts')
    torch.manual_seed(11)  # the initial weights too: Debian's torch seeds itself randomly
    model = TinyDistilBertClassifier(vocab)
    train(model, tok, rows)
    model.eval()
    export(model, out)
    return {'task': 'sentiment', 'id': MODEL_ID, 'dir': out, 'dtype': 'q8', 'labels': LABELS}
