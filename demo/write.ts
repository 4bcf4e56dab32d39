// The merchant drafting page: loads a demo catalog into the engine worker and drafts copy on device.
import { EngineClient } from '../src/engine-client.ts';
import { parseCatalogFeed } from '../workers/catalog/parse-feed.ts';
import type { DraftSentence, Lang, Product, ProductDraft } from '../workers/engine-api.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const params = new URLSearchParams(location.search);
const modelHost = new URL(params.get('models') ?? '../models/test/', location.href).href;

let products: Product[] = [];
let client: EngineClient | undefined;
let clientModels: boolean | undefined;

function engine(models: boolean): EngineClient {
  if (client && clientModels === models) return client;
  client?.dispose();
  clientModels = models;
  client = new EngineClient({ modelHost, models });
  return client;
}

async function loadCatalog(): Promise<void> {
  const name = $<HTMLSelectElement>('catalog').value;
  const response = await fetch(new URL(`./catalog/${name}.jsonl`, location.href));
  products = parseCatalogFeed(await response.text()).products;
  const select = $<HTMLSelectElement>('product');
  select.replaceChildren(...products.map((p) => new Option(p.title, p.id)));
}

function sentenceRow(sentence: DraftSentence): HTMLElement {
  const row = document.createElement('p');
  row.className = 'sentence';
  row.append(sentence.text);
  for (const source of sentence.sources) {
    const chip = document.createElement('span');
    chip.className = 'source';
    chip.textContent = source;
    row.append(chip);
  }
  return row;
}

/**
 * Shows the checked draft only. The model's raw text is never shown: a sentence it wrote that does not
 * trace to the product's facts, or a spec value whose machine translation failed its check, never
 * reaches the page (the drafter drops the one and glosses the other); the line above the draft says how
 * many were left out.
 */
function show(draft: ProductDraft): void {
  const values = draft.valuesTranslated === 'model' ? '; spec values translated on device and checked' : draft.valuesTranslated === 'lexical' ? '; spec values glossed word by word (no translation model)' : '';
  const dropped = (draft.dropped?.length ? `; ${draft.dropped.length} model sentence(s) left out: they did not trace to the product's facts` : '') +
    (draft.rejectedTranslations?.length ? `; ${draft.rejectedTranslations.length} machine translation(s) failed the check and were not used` : '');
  $('path').textContent = draft.source === 'model' ? `(written by the on-device model, every sentence checked${values}${dropped})` : `(templates${draft.note ? `: ${draft.note}` : ''}${values}${dropped})`;
  $('path').dataset.source = draft.source;
  $('description').replaceChildren(...draft.description.map(sentenceRow));
  $('blurb').replaceChildren(...draft.blurb.map(sentenceRow));
}

$('form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const light = $<HTMLInputElement>('light').checked;
  const stream = $('stream');
  stream.textContent = '';
  $('status').textContent = light ? 'Drafting from templates…' : 'Loading the model and drafting on your device…';
  $('status').removeAttribute('role');
  $('status').setAttribute('role', 'status');
  $<HTMLButtonElement>('draft').disabled = true;
  $<HTMLButtonElement>('stop').disabled = light;
  try {
    const e = engine(!light);
    await e.load(products);
    const started = performance.now();
    let pieces = 0;
    // Progress only: the unchecked text the model is writing is not shown.
    const draft = await e.draft($<HTMLSelectElement>('product').value, $<HTMLSelectElement>('lang').value as Lang, () => {
      pieces += 1;
      stream.textContent = `The model is writing (${pieces} pieces); each sentence is checked against the product's facts before it is shown.`;
    });
    stream.textContent = '';
    show(draft);
    $('status').textContent = `Done in ${((performance.now() - started) / 1000).toFixed(1)} s${pieces ? `, ${pieces} streamed pieces` : ''}.`;
  } catch (error) {
    $('status').setAttribute('role', 'alert');
    $('status').textContent = `Drafting failed: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    $<HTMLButtonElement>('draft').disabled = false;
    $<HTMLButtonElement>('stop').disabled = true;
  }
});

$('stop').addEventListener('click', () => void client?.stopGeneration());
$('catalog').addEventListener('change', () => void loadCatalog());
void loadCatalog();
