import type { InterruptableStoppingCriteria, PreTrainedModel, PreTrainedTokenizer, ProgressInfo } from '@huggingface/transformers';
import { transformers } from '../runtime/transformers-env.ts';
import type { ManifestModel } from '../protocol/models.ts';
import { dtypeFor } from '../runtime/manifest.ts';
import type { ChatMessage, GenerateOptions, GenerationResult } from './generate-types.ts';
import { yieldToEventLoop } from '../../common/yield-to-event-loop.ts';

/**
 * A small instruction-tuned causal LM (Qwen2-shaped) run by transformers.js: chat template in,
 * streamed text out, greedy decoding with the key/value cache, stoppable. One generation at a
 * time: a second call waits for the first.
 */
export class TextGenerator {
  private queue: Promise<unknown> = Promise.resolve();
  private current?: InterruptableStoppingCriteria;

  private constructor(
    private readonly tokenizer: PreTrainedTokenizer,
    private readonly model: PreTrainedModel,
    readonly id: string,
  ) {
    // One event-loop turn before each decoding step, so a stop request can arrive mid-generation.
    const stepper = this.model as unknown as { forward(inputs: unknown): Promise<unknown> };
    const forward = stepper.forward.bind(stepper);
    stepper.forward = async (inputs) => {
      await yieldToEventLoop();
      return forward(inputs);
    };
  }

  /** Loads tokenizer and model from the configured host. */
  static async load(
    entry: ManifestModel,
    device: 'wasm' | 'cpu' | 'webgpu',
    progress_callback?: (info: ProgressInfo) => void,
  ): Promise<TextGenerator> {
    const { AutoModelForCausalLM, AutoTokenizer } = await transformers();
    const tokenizer = await AutoTokenizer.from_pretrained(entry.id, { progress_callback });
    const model = await AutoModelForCausalLM.from_pretrained(entry.id, {
      dtype: dtypeFor(entry, device) as 'q8', // q4f16 on WebGPU, q4 on WASM and Node for the published Qwen
      device,
      progress_callback,
    });
    return new TextGenerator(tokenizer, model, entry.id);
  }

  /** Stops the generation running now, if any. */
  stop(): void {
    this.current?.interrupt();
  }

  /** Generates the assistant's reply to the messages, streaming it through `onToken`. */
  generate(messages: ChatMessage[], options: GenerateOptions = {}): Promise<GenerationResult> {
    const run = this.queue.then(() => this.run(messages, options));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(messages: ChatMessage[], { onToken, signal, maxNewTokens = 160 }: GenerateOptions): Promise<GenerationResult> {
    const { InterruptableStoppingCriteria, StoppingCriteriaList, TextStreamer } = await transformers();
    const stopper = new InterruptableStoppingCriteria();
    this.current = stopper;
    if (signal?.aborted) stopper.interrupt();
    const onAbort = () => stopper.interrupt();
    signal?.addEventListener('abort', onAbort);
    let text = '';
    let tokens = 0;
    const streamer = new TextStreamer(this.tokenizer, {
      skip_prompt: true,
      skip_special_tokens: true,
      callback_function: (piece: string) => {
        text += piece;
        if (piece) onToken?.(piece);
      },
      token_callback_function: () => {
        tokens += 1;
      },
    });
    const inputs = this.tokenizer.apply_chat_template(messages, {
      add_generation_prompt: true,
      return_dict: true,
    }) as unknown as Record<string, unknown>;
    const stopping = new StoppingCriteriaList();
    stopping.push(stopper);
    const started = performance.now();
    try {
      await this.model.generate({
        ...inputs,
        max_new_tokens: maxNewTokens,
        do_sample: false,
        repetition_penalty: 1.1,
        streamer,
        stopping_criteria: stopping,
      } as never);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (this.current === stopper) this.current = undefined;
    }
    const ms = performance.now() - started;
    return { text: text.trim(), tokens, stopped: stopper.interrupted, ms, tokensPerSecond: tokens / (ms / 1000) };
  }

  async dispose(): Promise<void> {
    await this.model.dispose();
  }
}
