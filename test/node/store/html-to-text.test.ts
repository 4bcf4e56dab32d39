import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../../common/html-to-text.ts';

describe('htmlToText (FAQ answers are data, never markup)', () => {
  it('keeps plain text as it is, tidying white space', () => {
    expect(htmlToText('  Ships in   2 days.\n\n Free over $50. ')).toBe('Ships in 2 days.\nFree over $50.');
  });

  it('turns paragraphs, breaks and list items into lines and drops every tag', () => {
    expect(htmlToText('<p>Returns within <strong>30 days</strong>.</p><ul><li>Unused</li><li>With tags</li></ul>Thanks<br/>Team'))
      .toBe('Returns within 30 days.\nUnused\nWith tags\nThanks\nTeam');
  });

  it('drops script, style and comments with their content', () => {
    const text = htmlToText('<p>Free returns.</p><script>alert("x")</script><style>p{color:red}</style><!-- hidden --><img src=x onerror="alert(1)">');
    expect(text).toBe('Free returns.');
  });

  it('decodes entities once, so encoded markup stays visible text and never becomes a tag', () => {
    expect(htmlToText('Orders &lt; $50 &amp; &quot;express&quot; &#8212; &#x4e2d;&#25991; &nbsp;ok')).toBe('Orders < $50 & "express" — 中文 ok');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
  });

  it('survives broken markup (an unclosed tag or comment) without leaking it', () => {
    expect(htmlToText('Free shipping <b>over $50')).toBe('Free shipping over $50');
    expect(htmlToText('Visible <!-- never closed')).toBe('Visible');
    expect(htmlToText('Visible <a href="x"')).toBe('Visible');
  });

  it('leaves unknown entities and invalid code points harmless', () => {
    expect(decodeEntities('&bogus; &#0; &#xD800;')).toBe('&bogus;  ');
  });
});
