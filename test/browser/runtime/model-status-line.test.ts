import { render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { modelStatus } from '../../../src/components/aisle-assistant/model-status.ts';
import { stringsFor } from '../../../src/strings.ts';

afterEach(() => document.body.replaceChildren());

function line(model: Parameters<typeof modelStatus>[0], lang = 'en'): string {
  const host = document.createElement('div');
  document.body.append(host);
  render(modelStatus(model, stringsFor(lang), lang === 'zh' ? 'zh' : 'en'), host);
  return host.textContent!.replace(/\s+/g, ' ').trim();
}

describe("the assistant's model status line", () => {
  it('says what is downloading: the AI runtime first, then the search model, each in its own MB', () => {
    expect(line({ state: 'loading', percent: 22, loadedBytes: 3_100_000, totalBytes: 14_265_122, part: 'runtime' })).toContain('AI runtime 3.1/14.3 MB');
    expect(line({ state: 'loading', percent: 30, loadedBytes: 40_000_000, totalBytes: 135_000_000, part: 'model' })).toContain('Search model 40/135 MB');
    expect(line({ state: 'loading', percent: 30, loadedBytes: 40_000_000, totalBytes: 135_000_000, part: 'runtime' }, 'zh')).toContain('AI 运行环境 40/135 MB');
  });
});
