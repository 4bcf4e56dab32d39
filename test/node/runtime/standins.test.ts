import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { realManifest, standinsDir } from '../../helpers/local-hub.ts';

const dir = standinsDir('small');
const session = (model: string, file: string) => ort.InferenceSession.create(join(dir, model, file));
const config = (model: string) => JSON.parse(readFileSync(join(dir, model, 'config.json'), 'utf8')) as Record<string, unknown>;
const ids = (values: number[]) => new ort.Tensor('int64', BigInt64Array.from(values.map(BigInt)), [1, values.length]);

/** Float16 bits -> number (ONNX Runtime hands float16 tensors over as raw Uint16 bits). */
function half(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >> 10) & 0x1f;
  const frac = bits & 0x3ff;
  if (exp === 0) return sign * 2 ** -14 * (frac / 1024);
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * 2 ** (exp - 15) * (1 + frac / 1024);
}

describe('the committed small stand-ins (models/standins/small): the published interface', () => {
  it('has every file models/manifest.json lists, for every model and lite model', async () => {
    for (const [task, model] of Object.entries((await realManifest()).models)) {
      for (const m of [model, ...(model.lite ? [model.lite] : [])]) {
        for (const f of m.files) expect(() => readFileSync(join(dir, m.id, f.path)), `${task}: ${m.id}/${f.path}`).not.toThrow();
      }
    }
  });

  it('keeps the published model types, architectures and label sets', () => {
    expect(config('Xenova/paraphrase-multilingual-MiniLM-L12-v2')).toMatchObject({ model_type: 'bert', architectures: ['BertModel'] });
    expect(config('Xenova/all-MiniLM-L6-v2')).toMatchObject({ model_type: 'bert', architectures: ['BertModel'] });
    expect(config('Xenova/ms-marco-MiniLM-L-6-v2')).toMatchObject({ model_type: 'bert', architectures: ['BertForSequenceClassification'], id2label: { 0: 'LABEL_0' } });
    expect(config('Xenova/distilbert-base-uncased-finetuned-sst-2-english')).toMatchObject({
      model_type: 'distilbert', architectures: ['DistilBertForSequenceClassification'], id2label: { 0: 'NEGATIVE', 1: 'POSITIVE' },
    });
    expect(config('Xenova/opus-mt-zh-en')).toMatchObject({ model_type: 'marian', architectures: ['MarianMTModel'] });
    expect(config('onnx-community/Qwen2.5-0.5B-Instruct')).toMatchObject({ model_type: 'qwen2', architectures: ['Qwen2ForCausalLM'], tie_word_embeddings: true });
    const tokenizer = JSON.parse(readFileSync(join(dir, 'Xenova/paraphrase-multilingual-MiniLM-L12-v2', 'tokenizer.json'), 'utf8'));
    expect(tokenizer.model.type).toBe('Unigram');
  });

  it('keeps the ONNX input and output names transformers.js feeds and reads', async () => {
    const embed = await session('Xenova/paraphrase-multilingual-MiniLM-L12-v2', 'onnx/model_quantized.onnx');
    expect([embed.inputNames, embed.outputNames]).toEqual([['input_ids', 'attention_mask', 'token_type_ids'], ['last_hidden_state']]);
    const sst2 = await session('Xenova/distilbert-base-uncased-finetuned-sst-2-english', 'onnx/model_quantized.onnx');
    expect([sst2.inputNames, sst2.outputNames]).toEqual([['input_ids', 'attention_mask'], ['logits']]);
    const rerank = await session('Xenova/ms-marco-MiniLM-L-6-v2', 'onnx/model_quantized.onnx');
    const scored = await rerank.run({ input_ids: ids([101, 2054, 102, 2003, 102]), attention_mask: ids([1, 1, 1, 1, 1]), token_type_ids: ids([0, 0, 0, 1, 1]) });
    expect(scored.logits.dims).toEqual([1, 1]);
    const decoder = await session('Xenova/opus-mt-en-zh', 'onnx/decoder_model_merged_quantized.onnx');
    expect(decoder.inputNames.slice(0, 4)).toEqual(['encoder_attention_mask', 'input_ids', 'encoder_hidden_states', 'past_key_values.0.decoder.key']);
    const llm = await session('onnx-community/Qwen2.5-0.5B-Instruct', 'onnx/model_q4.onnx');
    expect(llm.inputNames.slice(0, 4)).toEqual(['input_ids', 'attention_mask', 'position_ids', 'past_key_values.0.key']);
    expect(llm.outputNames.slice(0, 2)).toEqual(['logits', 'present.0.key']);
  });

  it('q4f16 (for WebGPU) computes what q4 computes, in float16', async () => {
    const model = 'onnx-community/Qwen2.5-0.5B-Instruct';
    const { num_key_value_heads: kv, hidden_size: hidden, num_attention_heads: heads } = config(model) as Record<string, number>;
    const run = async (file: string, f16: boolean) => {
      const s = await session(model, file);
      const feeds: Record<string, ort.Tensor> = { input_ids: ids([5, 6, 7]), attention_mask: ids([1, 1, 1]), position_ids: ids([0, 1, 2]) };
      for (const name of s.inputNames.filter((n) => n.startsWith('past_key_values'))) {
        feeds[name] = new ort.Tensor(f16 ? 'float16' : 'float32', f16 ? new Uint16Array(0) : new Float32Array(0), [1, kv, 0, hidden / heads]);
      }
      const { logits } = await s.run(feeds);
      return { type: logits.type, values: Array.from(logits.data as ArrayLike<number>, (x) => (f16 ? half(x) : x)) };
    };
    const q4 = await run('onnx/model_q4.onnx', false);
    const q4f16 = await run('onnx/model_q4f16.onnx', true);
    expect([q4.type, q4f16.type]).toEqual(['float32', 'float16']);
    const worst = Math.max(...q4.values.map((v, i) => Math.abs(v - q4f16.values[i])));
    const scale = Math.max(...q4.values.map(Math.abs));
    expect(worst / scale).toBeLessThan(0.02);
  });
});
