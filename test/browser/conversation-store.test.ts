/**
 * The conversation kept in the tab's sessionStorage: restored across page navigations, bounded in
 * size, and read after the element's first render, never while it connects (a page's first
 * sessionStorage access loads the tab's whole storage area synchronously).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineAisle } from '../../src/define.ts';
import type { AisleAssistant } from '../../src/components/aisle-assistant/aisle-assistant.ts';
import { ConversationStore, MAX_STORED_CHARS } from '../../src/components/aisle-assistant/conversation-store.ts';
import { ConversationController, type ConversationHost } from '../../src/components/aisle-assistant/controllers/conversation-controller.ts';
import type { Turn } from '../../src/components/aisle-assistant/conversation.ts';
import { until } from '../helpers/until.ts';

defineAisle(new URL('/', location.href));

const answerTurn = (i: number, text = `Answer ${i}`): Turn => ({ id: `t${i}`, ask: `Question ${i}`, reply: { kind: 'answer', text, source: 'lexical' }, at: i });

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  sessionStorage.clear();
});

describe('the conversation in session storage', () => {
  it('keeps the newest turns that fit in MAX_STORED_CHARS, in order, and restores them', () => {
    const store = new ConversationStore('test-cap');
    // 30 answers of 40,000 characters: 1.2 MB, far over the bound.
    const turns = Array.from({ length: 30 }, (_, i) => answerTurn(i, `Answer ${i}: ${'long text '.repeat(4_000)}`));
    store.save(turns);
    const raw = sessionStorage.getItem('test-cap')!;
    expect(raw.length).toBeLessThanOrEqual(MAX_STORED_CHARS);
    const loaded = store.load();
    expect(loaded.length).toBeGreaterThan(1);
    expect(loaded.length).toBeLessThan(30);
    expect(loaded.map((t) => t.ask)).toEqual(turns.slice(-loaded.length).map((t) => t.ask));
    // A small conversation is kept whole.
    store.save(turns.slice(0, 3).map((t, i) => answerTurn(i)));
    expect(store.load().map((t) => t.ask)).toEqual(['Question 0', 'Question 1', 'Question 2']);
  });

  it('the element does not touch sessionStorage while it connects; the saved conversation appears after its first render', async () => {
    const key = `test-${crypto.randomUUID()}`;
    sessionStorage.setItem(key, JSON.stringify([answerTurn(1, 'Saved answer about the lamp')]));
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    const el = document.createElement('aisle-assistant') as AisleAssistant;
    el.setAttribute('models', 'off');
    el.setAttribute('storage-key', key);
    el.setAttribute('open', '');
    document.body.append(el);
    const reads = () => getItem.mock.contexts.filter((c) => c === sessionStorage).length;
    expect(reads()).toBe(0);
    await el.updateComplete;
    // The first render is done without it.
    expect(reads()).toBe(0);
    const ask = await until(() => [...el.shadowRoot!.querySelectorAll('[part="ask"]')].find((a) => a.textContent?.includes('Question 1')));
    expect(ask).toBeTruthy();
    expect(el.shadowRoot!.textContent).toContain('Saved answer about the lamp');
  });

  it('a turn added before the read comes after the saved turns, and both are saved', () => {
    const key = `test-${crypto.randomUUID()}`;
    sessionStorage.setItem(key, JSON.stringify([answerTurn(1)]));
    const host = { addController: () => {}, removeController: () => {}, requestUpdate: () => {}, updateComplete: new Promise<boolean>(() => {}), storageKey: key, strings: {} } as unknown as ConversationHost;
    const chat = new ConversationController(host);
    chat.hostConnected();
    expect(chat.turns).toEqual([]);
    chat.add('Question 2', { kind: 'error', message: 'The shop could not be reached.', retryText: 'Question 2' });
    expect(chat.turns.map((t) => t.ask)).toEqual(['Question 1', 'Question 2']);
    expect(new ConversationStore(key).load().map((t) => t.ask)).toEqual(['Question 1', 'Question 2']);
  });
});
