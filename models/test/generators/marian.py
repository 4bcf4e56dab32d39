"""The translation test models: MarianMTModel-shaped (opus-mt), tiny, briefly trained, int8-quantized.

Stand in for Xenova/opus-mt-zh-en and Xenova/opus-mt-en-zh in tests. Same architecture (post-norm
Transformer encoder-decoder, sinusoidal positions, swish FFN, shared embeddings tied to the LM head,
final_logits_bias), same files transformers.js loads (onnx/encoder_model_quantized.onnx and the merged
decoder onnx/decoder_model_merged_quantized.onnx with past_key_values.N.{decoder,encoder}.{key,value}
inputs and present.* outputs), same tokenizer algorithm: the real opus-mt-zh-en SentencePiece Unigram
pieces and scores (source.spm / target.spm) with the ids of its vocab.json, cut down to the pieces the
training text and ASCII need (other characters read as <unk>), written as a tokenizer.json (Precompiled normalizer,
Metaspace pre-tokenizer and decoder, Unigram model, `</s>` appended). en-zh reuses the zh-en files with
the two sides swapped, and like the real opus-mt-en-zh wants the target-language token >>cmn_Hans<<.

Trained for a few hundred steps on the shopping glossary (workers/text/zh-en-glossary.json) placed in short
review-style sentence templates, so that glossary words and those sentences translate correctly.

The merged decoder recomputes cross-attention keys/values from encoder_hidden_states at every step
(cheap at this size); it still takes and returns the encoder past entries the real merged decoder has.
"""
import copy
import json
import math
import os
import random
import shutil
import base64

import onnx
import torch

torch.set_num_threads(1)
from torch import nn

from onnx_quantize import quantize_dynamic
from sentencepiece_model import META, Unigram, normalize, read_spm

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
BASE = os.path.join(HERE, 'base', 'opus-mt-zh-en')
REAL_FILES = '/tmp/aisle-model-files/Xenova__opus-mt-zh-en'
SIZES = dict(d_model=64, encoder_layers=2, decoder_layers=2, encoder_attention_heads=4, decoder_attention_heads=4,
             encoder_ffn_dim=192, decoder_ffn_dim=192, max_position_embeddings=128)
LANG_TOKEN = '>>cmn_Hans<<'

# (Chinese, English) sentence templates around one glossary word, and whole review sentences.
TEMPLATES = [
    ('{z}', '{e}'),
    ('这款{z}很好。', 'This {e} is great.'),
    ('我很喜欢这个{z}。', 'I really like this {e}.'),
    ('{z}质量很好。', 'The {e} quality is very good.'),
    ('{z}很舒服。', 'The {e} is very comfortable.'),
    ('{z}不好用。', 'The {e} is not easy to use.'),
    ('推荐这款{z}！', 'I recommend this {e}!'),
    ('便宜的{z}', 'cheap {e}'),
    ('送给妈妈的{z}', '{e} for mom'),
    ('{z}很好看。', 'The {e} looks nice.'),
]
SENTENCES = [
    ('质量很好。', 'The quality is very good.'), ('物流很快。', 'Shipping was fast.'),
    ('非常满意！', 'Very satisfied!'), ('不推荐。', 'Not recommended.'), ('尺码偏小。', 'The size runs small.'),
    ('颜色很漂亮。', 'The color is beautiful.'), ('电池续航很长。', 'The battery life is long.'),
    ('声音很清楚。', 'The sound is very clear.'), ('性价比很高。', 'Great value for money.'),
    ('包装很好。', 'The packaging is good.'), ('穿着很舒服。', 'It is comfortable to wear.'),
    ('很好用。', 'It works well.'), ('价格便宜。', 'The price is low.'), ('有点重。', 'It is a bit heavy.'),
    ('不防水。', 'It is not waterproof.'), ('非常好！', 'Very good!'), ('太贵了。', 'It is too expensive.'),
    ('屏幕很清晰。', 'The screen is very clear.'), ('做工不错。', 'The build is good.'),
    ('会再买。', 'I would buy again.'),
]


def corpus():
    terms = json.load(open(os.path.join(ROOT, 'workers', 'text', 'zh-en-glossary.json'), encoding='utf-8'))['terms']
    pairs = list(SENTENCES)
    for zh, en_words in terms.items():
        for z_t, e_t in TEMPLATES:
            zh_text, en_text = z_t.format(z=zh), e_t.format(e=en_words[0])
            pairs.append((zh_text, en_text[0].upper() + en_text[1:] if e_t[0] == '{' and e_t != '{e}' else en_text))
    return pairs


def build_vocab(pairs, source_scores, target_scores):
    """The real vocab.json, cut to: specials, pieces found inside the corpus, common single characters."""
    real = json.load(open(os.path.join(BASE, 'vocab.json'), encoding='utf-8'))
    substrings = set()
    for text in {normalize(t) for pair in pairs for t in pair}:
        for i in range(len(text)):
            for j in range(i + 1, min(len(text), i + 16) + 1):
                substrings.add(text[i:j])
    singles = {chr(c) for c in range(33, 127)} | {META}
    kept = []
    for piece, _ in sorted(real.items(), key=lambda kv: kv[1]):
        if piece in ('</s>', '<unk>', '<pad>'):
            if piece != '<pad>':
                kept.append(piece)
            continue
        if piece not in source_scores and piece not in target_scores:
            continue
        if (len(piece) == 1 and piece in singles) or piece in substrings:
            kept.append(piece)
    return kept


def tokenizer_json(vocab, encode_scores, charsmap):
    floor = min(encode_scores.values()) - 5
    entries = [[p, 0.0] if p in ('</s>', '<unk>', '<pad>', LANG_TOKEN) else [p, encode_scores.get(p, floor)] for p in vocab]
    specials = [(i, p) for i, p in enumerate(vocab) if p in ('</s>', '<unk>', '<pad>', LANG_TOKEN)]
    return {
        'version': '1.0',
        'truncation': None,
        'padding': None,
        'added_tokens': [{'id': i, 'content': p, 'single_word': False, 'lstrip': False, 'rstrip': False,
                          'normalized': False, 'special': True} for i, p in specials],
        'normalizer': {'type': 'Precompiled', 'precompiled_charsmap': base64.b64encode(charsmap).decode('ascii')},
        'pre_tokenizer': {'type': 'Metaspace', 'replacement': META, 'prepend_scheme': 'always', 'split': True},
        'post_processor': {
            'type': 'TemplateProcessing',
            'single': [{'Sequence': {'id': 'A', 'type_id': 0}}, {'SpecialToken': {'id': '</s>', 'type_id': 0}}],
            'pair': [{'Sequence': {'id': 'A', 'type_id': 0}}, {'Sequence': {'id': 'B', 'type_id': 0}},
                     {'SpecialToken': {'id': '</s>', 'type_id': 0}}],
            'special_tokens': {'</s>': {'id': '</s>', 'ids': [0], 'tokens': ['</s>']}},
        },
        'decoder': {'type': 'Metaspace', 'replacement': META, 'prepend_scheme': 'always', 'split': True},
        'model': {'type': 'Unigram', 'unk_id': 1, 'vocab': entries, 'byte_fallback': False},
    }


class Attention(nn.Module):
    def __init__(self, d, heads):
        super().__init__()
        self.heads, self.dim = heads, d // heads
        self.q_proj, self.k_proj, self.v_proj, self.out_proj = (nn.Linear(d, d) for _ in range(4))

    def split(self, x):
        b, t, _ = x.shape
        return x.view(b, t, self.heads, self.dim).transpose(1, 2)

    def attend(self, x, k, v, bias):
        q = self.split(self.q_proj(x) * self.dim ** -0.5)
        weights = (q @ k.transpose(-1, -2) + bias).softmax(-1)
        b, _, t, _ = q.shape
        return self.out_proj((weights @ v).transpose(1, 2).reshape(b, t, self.heads * self.dim))


class EncoderLayer(nn.Module):
    def __init__(self, d, heads, ffn):
        super().__init__()
        self.self_attn = Attention(d, heads)
        self.self_attn_layer_norm = nn.LayerNorm(d)
        self.fc1, self.fc2 = nn.Linear(d, ffn), nn.Linear(ffn, d)
        self.final_layer_norm = nn.LayerNorm(d)

    def forward(self, x, bias):
        a = self.self_attn
        x = self.self_attn_layer_norm(x + a.attend(x, a.split(a.k_proj(x)), a.split(a.v_proj(x)), bias))
        return self.final_layer_norm(x + self.fc2(nn.functional.silu(self.fc1(x))))


class DecoderLayer(nn.Module):
    def __init__(self, d, heads, ffn):
        super().__init__()
        self.self_attn = Attention(d, heads)
        self.self_attn_layer_norm = nn.LayerNorm(d)
        self.encoder_attn = Attention(d, heads)
        self.encoder_attn_layer_norm = nn.LayerNorm(d)
        self.fc1, self.fc2 = nn.Linear(d, ffn), nn.Linear(ffn, d)
        self.final_layer_norm = nn.LayerNorm(d)

    def forward(self, x, enc, self_bias, cross_bias, past_k, past_v, past_ek, past_ev):
        a = self.self_attn
        k = torch.cat([past_k, a.split(a.k_proj(x))], 2)
        v = torch.cat([past_v, a.split(a.v_proj(x))], 2)
        x = self.self_attn_layer_norm(x + a.attend(x, k, v, self_bias))
        c = self.encoder_attn
        # Recomputed from the encoder output each step; the past entries only pass through.
        ek = torch.cat([past_ek, c.split(c.k_proj(enc))], 2)[:, :, past_ek.shape[2]:]
        ev = torch.cat([past_ev, c.split(c.v_proj(enc))], 2)[:, :, past_ev.shape[2]:]
        x = self.encoder_attn_layer_norm(x + c.attend(x, ek, ev, cross_bias))
        x = self.final_layer_norm(x + self.fc2(nn.functional.silu(self.fc1(x))))
        return x, k, v, ek, ev


def sinusoidal(n, d):
    """Marian's static positions: sin in the first half of the dims, cos in the second."""
    pos = torch.arange(n).float()[:, None]
    freq = torch.exp(-math.log(10000.0) * torch.arange(0, d, 2).float() / d)[None, :]
    return torch.cat([torch.sin(pos * freq), torch.cos(pos * freq)], 1)


class Marian(nn.Module):
    def __init__(self, vocab):
        super().__init__()
        d = SIZES['d_model']
        self.scale = math.sqrt(d)
        self.shared = nn.Embedding(vocab, d)
        nn.init.normal_(self.shared.weight, std=d ** -0.5)
        self.register_buffer('positions', sinusoidal(SIZES['max_position_embeddings'], d))
        self.encoder_layers = nn.ModuleList(EncoderLayer(d, SIZES['encoder_attention_heads'], SIZES['encoder_ffn_dim'])
                                            for _ in range(SIZES['encoder_layers']))
        self.decoder_layers = nn.ModuleList(DecoderLayer(d, SIZES['decoder_attention_heads'], SIZES['decoder_ffn_dim'])
                                            for _ in range(SIZES['decoder_layers']))
        self.final_logits_bias = nn.Parameter(torch.zeros(vocab))

    def encode(self, input_ids, attention_mask):
        t = input_ids.shape[1]
        x = self.shared(input_ids) * self.scale + self.positions[:t]
        bias = (1.0 - attention_mask[:, None, None, :].float()) * -1e9
        for layer in self.encoder_layers:
            x = layer(x, bias)
        return x

    def decode(self, input_ids, enc, encoder_attention_mask, pasts):
        past_len = pasts[0].shape[2]
        t = input_ids.shape[1]
        q_pos = torch.arange(t)[:, None] + past_len
        k_pos = torch.arange(t + past_len)[None, :]
        self_bias = (k_pos > q_pos).float()[None, None] * -1e9
        cross_bias = (1.0 - encoder_attention_mask[:, None, None, :].float()) * -1e9
        x = self.shared(input_ids) * self.scale + self.positions[past_len:past_len + t]
        presents = []
        for i, layer in enumerate(self.decoder_layers):
            x, k, v, ek, ev = layer(x, enc, self_bias, cross_bias, *pasts[4 * i:4 * i + 4])
            presents += [k, v, ek, ev]
        logits = x @ self.shared.weight.T + self.final_logits_bias
        return logits, presents


class EncoderExport(nn.Module):
    def __init__(self, m):
        super().__init__()
        self.m = m

    def forward(self, input_ids, attention_mask):
        return self.m.encode(input_ids, attention_mask)


class DecoderExport(nn.Module):
    def __init__(self, m):
        super().__init__()
        self.m = m

    def forward(self, encoder_attention_mask, input_ids, encoder_hidden_states, *pasts):
        logits, presents = self.m.decode(input_ids, encoder_hidden_states, encoder_attention_mask, list(pasts))
        return (logits, *presents)


def train(model, batches_src, batches_tgt, pad, start, steps=260):
    random.seed(11)
    torch.manual_seed(11)
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, total_steps=steps, pct_start=0.1)
    data = list(zip(batches_src, batches_tgt))
    layers = SIZES['decoder_layers']
    heads, dim = SIZES['decoder_attention_heads'], SIZES['d_model'] // SIZES['decoder_attention_heads']
    for step in range(steps):
        chosen = random.sample(data, 48)
        s_len = max(len(s) for s, _ in chosen)
        t_len = max(len(t) for _, t in chosen) + 1
        src = torch.tensor([s + [pad] * (s_len - len(s)) for s, _ in chosen])
        tgt_in = torch.tensor([[start] + t + [pad] * (t_len - 1 - len(t)) for _, t in chosen])
        tgt_out = torch.tensor([t + [0] + [-100] * (t_len - 1 - len(t)) for _, t in chosen])
        mask = (src != pad).long()
        enc = model.encode(src, mask)
        empty = torch.zeros(len(chosen), heads, 0, dim)
        logits, _ = model.decode(tgt_in, enc, mask, [empty] * (4 * layers))
        loss = nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), tgt_out.reshape(-1), ignore_index=-100)
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()
        if step % 50 == 0 or step == steps - 1:
            print(f'  step {step} loss {loss.item():.3f}')


def greedy(model, ids, pad, start, limit=24):
    src = torch.tensor([ids])
    enc = model.encode(src, torch.ones_like(src))
    out = [start]
    layers = SIZES['decoder_layers']
    heads, dim = SIZES['decoder_attention_heads'], SIZES['d_model'] // SIZES['decoder_attention_heads']
    for _ in range(limit):
        empty = torch.zeros(1, heads, 0, dim)
        logits, _ = model.decode(torch.tensor([out]), enc, torch.ones_like(src), [empty] * (4 * layers))
        logits[0, -1, pad] = -1e9
        nxt = int(logits[0, -1].argmax())
        if nxt == 0:
            break
        out.append(nxt)
    return out[1:]


def export(model, out, vocab_size):
    onnx_dir = os.path.join(out, 'onnx')
    os.makedirs(onnx_dir, exist_ok=True)
    layers = SIZES['decoder_layers']
    heads, dim = SIZES['decoder_attention_heads'], SIZES['d_model'] // SIZES['decoder_attention_heads']
    ids = torch.tensor([[5, 6, 7, 0]])
    enc_path = os.path.join(onnx_dir, 'encoder_model.onnx')
    axes = {0: 'batch_size', 1: 'encoder_sequence_length'}
    torch.onnx.export(EncoderExport(model), (ids, torch.ones_like(ids)), enc_path,
                      input_names=['input_ids', 'attention_mask'], output_names=['last_hidden_state'],
                      dynamic_axes={'input_ids': axes, 'attention_mask': axes, 'last_hidden_state': axes},
                      opset_version=14, do_constant_folding=True)
    enc = model.encode(ids, torch.ones_like(ids))
    past_names, present_names, dyn = [], [], {
        'encoder_attention_mask': {0: 'batch_size', 1: 'encoder_sequence_length'},
        'input_ids': {0: 'batch_size', 1: 'decoder_sequence_length'},
        'encoder_hidden_states': {0: 'batch_size', 1: 'encoder_sequence_length'},
        'logits': {0: 'batch_size', 1: 'decoder_sequence_length'},
    }
    pasts = []
    for i in range(layers):
        for part, length in (('decoder', 'past_decoder_sequence_length'), ('encoder', 'encoder_sequence_length_out')):
            for kind in ('key', 'value'):
                name = f'past_key_values.{i}.{part}.{kind}'
                past_names.append(name)
                present_names.append(f'present.{i}.{part}.{kind}')
                dyn[name] = {0: 'batch_size', 2: length}
                dyn[f'present.{i}.{part}.{kind}'] = {0: 'batch_size', 2: f'{length} + 1' if part == 'decoder' else length}
                pasts.append(torch.randn(1, heads, 3 if part == 'decoder' else 4, dim))
    dec_path = os.path.join(onnx_dir, 'decoder_model_merged.onnx')
    torch.onnx.export(DecoderExport(model), (torch.ones_like(ids), torch.tensor([[9]]), enc, *pasts), dec_path,
                      input_names=['encoder_attention_mask', 'input_ids', 'encoder_hidden_states', *past_names],
                      output_names=['logits', *present_names], dynamic_axes=dyn,
                      opset_version=14, do_constant_folding=True)
    for name in ('encoder_model', 'decoder_model_merged'):
        path = os.path.join(onnx_dir, f'{name}.onnx')
        onnx.save(quantize_dynamic(copy.deepcopy(onnx.load(path))), os.path.join(onnx_dir, f'{name}_quantized.onnx'))
        os.remove(path)


def write_configs(out, vocab, model_id, source, target):
    config = json.load(open(os.path.join(BASE, 'config.json')))
    pad = vocab.index('<pad>')
    config.update(SIZES, _name_or_path=model_id, vocab_size=len(vocab), decoder_vocab_size=len(vocab),
                  decoder_start_token_id=pad, pad_token_id=pad, bad_words_ids=[[pad]], num_beams=1,
                  extra_pos_embeddings=len(vocab), num_hidden_layers=SIZES['encoder_layers'],
                  max_length=SIZES['max_position_embeddings'])
    json.dump(config, open(os.path.join(out, 'config.json'), 'w'), indent=2)
    generation = json.load(open(os.path.join(BASE, 'generation_config.json')))
    generation.update(bad_words_ids=[[pad]], decoder_start_token_id=pad, pad_token_id=pad, num_beams=1,
                      max_length=SIZES['max_position_embeddings'])
    json.dump(generation, open(os.path.join(out, 'generation_config.json'), 'w'), indent=2)
    tok_config = json.load(open(os.path.join(BASE, 'tokenizer_config.json')))
    tok_config.update(source_lang=source, target_lang=target, model_max_length=SIZES['max_position_embeddings'])
    json.dump(tok_config, open(os.path.join(out, 'tokenizer_config.json'), 'w'), indent=2)
    shutil.copy(os.path.join(BASE, 'special_tokens_map.json'), os.path.join(out, 'special_tokens_map.json'))


def ensure_base():
    """Copies the real opus-mt-zh-en tokenizer and config files beside this generator once."""
    if os.path.exists(os.path.join(BASE, 'vocab.json')):
        return
    os.makedirs(BASE, exist_ok=True)
    for name in ('config.json', 'generation_config.json', 'tokenizer_config.json', 'special_tokens_map.json',
                 'source.spm', 'target.spm', 'vocab.json'):
        shutil.copy(os.path.join(REAL_FILES, name), os.path.join(BASE, name))


def generate_direction(models_dir, direction):
    ensure_base()
    zh_scores, zh_charsmap = read_spm(os.path.join(BASE, 'source.spm'))
    en_scores, en_charsmap = read_spm(os.path.join(BASE, 'target.spm'))
    pairs = corpus()
    if direction == 'en-zh':
        pairs = [(e, z) for z, e in pairs]
        source_scores, target_scores, charsmap, source, target = en_scores, zh_scores, en_charsmap, 'eng', 'zho'
    else:
        source_scores, target_scores, charsmap, source, target = zh_scores, en_scores, zh_charsmap, 'zho', 'eng'
    vocab = build_vocab(pairs, zh_scores, en_scores)
    if direction == 'en-zh':
        vocab.append(LANG_TOKEN)
    vocab.append('<pad>')
    index = {p: i for i, p in enumerate(vocab)}
    model_id = f'aisle-test/opus-mt-{direction}'
    out = os.path.join(models_dir, model_id)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, 'tokenizer.json'), 'w', encoding='utf-8') as f:
        json.dump(tokenizer_json(vocab, source_scores, charsmap), f, ensure_ascii=False)
    write_configs(out, vocab, model_id, source, target)

    src_seg = Unigram({p: s for p, s in source_scores.items() if p in index})
    tgt_seg = Unigram({p: s for p, s in target_scores.items() if p in index})
    prefix = [index[LANG_TOKEN]] if direction == 'en-zh' else []
    unk = index['<unk>']
    src_ids = [prefix + [index.get(p, unk) if p else unk for p in src_seg.segment(s)] + [0] for s, _ in pairs]
    tgt_ids = [[index.get(p, unk) if p else unk for p in tgt_seg.segment(t)] for _, t in pairs]
    print(f'{model_id}: vocab {len(vocab)}, {len(pairs)} pairs')
    torch.manual_seed(11)  # the initial weights too: Debian's torch seeds itself randomly
    model = Marian(len(vocab))
    train(model, src_ids, tgt_ids, index['<pad>'], index['<pad>'])
    model.eval()
    right = 0
    with torch.no_grad():
        checked = list(zip(pairs, src_ids))[::8]
        for (s, t), ids in checked:
            got = ''.join(vocab[i] for i in greedy(model, ids, index['<pad>'], index['<pad>'])).replace(META, ' ').strip()
            right += got == t.strip()
        print(f'  exact translations of every 8th training pair: {right}/{len(checked)}')
        export(model, out, len(vocab))
    return {'task': f'translation-{direction}', 'id': model_id, 'dir': out, 'dtype': 'q8',
            **({'targetPrefix': LANG_TOKEN} if direction == 'en-zh' else {})}


def generate_zh_en(models_dir):
    return generate_direction(models_dir, 'zh-en')


def generate_en_zh(models_dir):
    return generate_direction(models_dir, 'en-zh')
