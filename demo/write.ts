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

function show(draft: ProductDraft): void {
  const values = draft.valuesTranslated === 'model' ? '; spec values translated on device' : draft.valuesTranslated === 'lexical' ? '; spec values glossed word by word (no translation model)' : '';
  $('path').textContent = draft.source === 'model' ? `(written by the on-device model, every sentence checked${values})` : `(templates${draft.note ? `: ${draft.note}` : ''}${values})`;
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
    const draft = await e.draft($<HTMLSelectElement>('product').value, $<HTMLSelectElement>('lang').value as Lang, (text) => {
      pieces += 1;
      stream.append(text);
    });
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
