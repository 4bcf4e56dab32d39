"""BERT-family encoders with the published module layout, random weights, exported like Xenova's files.

BertModel (sentence embeddings: inputs input_ids, attention_mask, token_type_ids -> last_hidden_state),
BertForSequenceClassification (the ms-marco cross-encoder: -> logits [batch, 1]) and
DistilBertForSequenceClassification (SST-2: inputs input_ids, attention_mask -> logits [batch, 2]).
"""
import copy
import os

import onnx
import torch
from torch import nn

from onnx_quantize import quantize_dynamic

TOKEN_AXES = {0: 'batch_size', 1: 'sequence_length'}


class Attention(nn.Module):
    def __init__(self, h, heads):
        super().__init__()
        self.heads = heads
        self.q, self.k, self.v, self.o = (nn.Linear(h, h) for _ in range(4))

    def forward(self, x, bias):
        b, t, h = x.shape
        d = h // self.heads

        def split(y):
            return y.view(b, t, self.heads, d).transpose(1, 2)
        att = torch.matmul(split(self.q(x)), split(self.k(x)).transpose(-1, -2)) / (d ** 0.5) + bias
        return self.o(torch.matmul(att.softmax(-1), split(self.v(x))).transpose(1, 2).reshape(b, t, h))


class Layer(nn.Module):
    """One post-norm transformer layer (BERT and DistilBERT share this shape)."""

    def __init__(self, h, heads, inter, eps):
        super().__init__()
        self.attention = Attention(h, heads)
        self.ln1 = nn.LayerNorm(h, eps=eps)
        self.up, self.down = nn.Linear(h, inter), nn.Linear(inter, h)
        self.ln2 = nn.LayerNorm(h, eps=eps)

    def forward(self, x, bias):
        x = self.ln1(x + self.attention(x, bias))
        return self.ln2(x + self.down(nn.functional.gelu(self.up(x))))


class Encoder(nn.Module):
    """Embeddings (word, position, optional token type) + LayerNorm + layers; sizes from a config dict."""

    def __init__(self, vocab, hidden, layers, heads, inter, positions, token_types, eps):
        super().__init__()
        self.word = nn.Embedding(vocab, hidden)
        self.pos = nn.Embedding(positions, hidden)
        self.token_type = nn.Embedding(token_types, hidden) if token_types else None
        self.ln = nn.LayerNorm(hidden, eps=eps)
        self.layers = nn.ModuleList(Layer(hidden, heads, inter, eps) for _ in range(layers))

    def forward(self, input_ids, attention_mask, token_type_ids=None):
        x = self.word(input_ids) + self.pos(torch.arange(input_ids.shape[1]).unsqueeze(0))
        if self.token_type is not None:
            x = x + self.token_type(token_type_ids)
        x = self.ln(x)
        bias = (1.0 - attention_mask[:, None, None, :].float()) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        return x


def bert(config):
    return Encoder(config['vocab_size'], config['hidden_size'], config['num_hidden_layers'], config['num_attention_heads'],
                   config['intermediate_size'], config['max_position_embeddings'], config['type_vocab_size'],
                   config['layer_norm_eps'])


class BertModel(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.bert = bert(config)

    def forward(self, input_ids, attention_mask, token_type_ids):
        return self.bert(input_ids, attention_mask, token_type_ids)


class BertForSequenceClassification(nn.Module):
    def __init__(self, config):
        super().__init__()
        h = config['hidden_size']
        self.bert = bert(config)
        self.pooler = nn.Linear(h, h)
        self.classifier = nn.Linear(h, len(config['id2label']))

    def forward(self, input_ids, attention_mask, token_type_ids):
        hidden = self.bert(input_ids, attention_mask, token_type_ids)
        return self.classifier(torch.tanh(self.pooler(hidden[:, 0])))


class DistilBertForSequenceClassification(nn.Module):
    def __init__(self, config):
        super().__init__()
        dim = config['dim']
        self.distilbert = Encoder(config['vocab_size'], dim, config['n_layers'], config['n_heads'], config['hidden_dim'],
                                  config['max_position_embeddings'], 0, 1e-12)
        self.pre_classifier = nn.Linear(dim, dim)
        self.classifier = nn.Linear(dim, len(config['id2label']))

    def forward(self, input_ids, attention_mask):
        hidden = self.distilbert(input_ids, attention_mask)
        return self.classifier(torch.relu(self.pre_classifier(hidden[:, 0])))


def export(model, out, file_name, with_token_types, output_name, output_axes):
    """Writes onnx/{file_name} (int8, word table looked up as int8) through a temporary fp32 export."""
    os.makedirs(os.path.join(out, 'onnx'), exist_ok=True)
    ids = torch.tensor([[101, 2000, 2001, 102]])
    inputs = ['input_ids', 'attention_mask'] + (['token_type_ids'] if with_token_types else [])
    example = (ids, torch.ones_like(ids)) + ((torch.zeros_like(ids),) if with_token_types else ())
    path = os.path.join(out, 'onnx', 'model.fp32.onnx')
    model.eval()
    with torch.no_grad():
        torch.onnx.export(model, example, path, input_names=inputs, output_names=[output_name],
                          dynamic_axes={**{n: TOKEN_AXES for n in inputs}, output_name: output_axes},
                          opset_version=14, do_constant_folding=True)
    onnx.save(quantize_dynamic(copy.deepcopy(onnx.load(path)), gather_int8=True), os.path.join(out, 'onnx', file_name))
    os.remove(path)
