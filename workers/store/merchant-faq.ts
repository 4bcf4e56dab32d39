import { errorMessage } from '../../common/error-message.ts';
import { htmlToText } from '../../common/html-to-text.ts';
import { policyUrl } from '../../common/policy-url.ts';
import { classifyPolicyText, policyTopics } from '../topics/policy-topics.ts';
import type { PolicyEntry, PolicyTopic, StoreContact } from '../protocol/store.ts';

/** A merchant FAQ file, parsed: its entries, the shop's contact link, and notes on what was skipped. */
export interface MerchantFaq {
  entries: PolicyEntry[];
  contact?: StoreContact;
  warnings: string[];
}

type Json = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

const topicAliases: Record<string, PolicyTopic> = {
  delivery: 'shipping', return: 'returns', refunds: 'returns', refund: 'returns', exchanges: 'returns',
  guarantee: 'warranty', payments: 'payment', orders: 'order-help', order: 'order-help', 'order help': 'order-help',
  discount: 'discounts', promotions: 'discounts', 'contact us': 'contact',
  配送: 'shipping', 发货: 'shipping', 退换货: 'returns', 退货: 'returns', 保修: 'warranty', 质保: 'warranty', 支付: 'payment',
  付款: 'payment', 订单: 'order-help', 优惠: 'discounts', 联系我们: 'contact', 联系: 'contact',
};

/** A topic named by the merchant ("Shipping", "returns", "退换货"), or undefined when it names none. */
export function topicFromName(name: string | undefined): PolicyTopic | undefined {
  const key = name?.trim().toLowerCase();
  if (!key) return undefined;
  if ((policyTopics as string[]).includes(key) || key === 'other') return key as PolicyTopic;
  return topicAliases[key];
}

function contactFrom(value: unknown, base: string): StoreContact | undefined {
  if (typeof value === 'string') {
    const url = policyUrl(value.includes('@') && !value.includes(':') ? `mailto:${value}` : value, base);
    return url ? { url } : undefined;
  }
  const c = value as Json | undefined;
  const url = policyUrl(str(c?.url) ?? (str(c?.email) ? `mailto:${str(c?.email)}` : undefined), base);
  return url ? { url, label: str(c?.label) } : undefined;
}

/** Strips Markdown inline syntax to plain text: links keep their words, emphasis and code marks go. */
export function markdownInlineToText(text: string): string {
  return htmlToText(text)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(\S(?:[\s\S]*?\S)?)\1/g, '$2')
    .replace(/^\s*[-*+]\s+/gm, '• ')
    .trim();
}

function parseJsonFaq(json: unknown, fileUrl: string): MerchantFaq {
  const root = (Array.isArray(json) ? { policies: json } : json) as Json;
  const warnings: string[] = [];
  const page = policyUrl(str(root.page), fileUrl) ?? fileUrl;
  const list = Array.isArray(root.policies) ? root.policies : Array.isArray(root.faq) ? root.faq : [];
  if (!list.length) warnings.push('the FAQ file has no "policies" list');
  const entries: PolicyEntry[] = [];
  list.forEach((item, i) => {
    const e = item as Json;
    const answer = str(e?.answer) ?? str(e?.text);
    if (!answer) return void warnings.push(`FAQ entry ${i + 1} has no answer`);
    const question = str(e.question) ? markdownInlineToText(str(e.question)!) : undefined;
    const text = markdownInlineToText(answer);
    const named = (Array.isArray(e.topics) ? e.topics : [e.topic]).map((t) => topicFromName(str(t))).filter((t): t is PolicyTopic => !!t);
    entries.push({
      id: `merchant:${str(e.id) ?? i + 1}`,
      topics: named.length ? named : classifyPolicyText(question, text),
      question,
      text,
      kind: 'merchant-faq',
      url: policyUrl(str(e.url), page) ?? page,
      productId: str(e.productId),
    });
  });
  return { entries, contact: contactFrom(root.contact, page), warnings };
}

const slug = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

function parseMarkdownFaq(markdown: string, fileUrl: string): MerchantFaq {
  const entries: PolicyEntry[] = [];
  let contact: StoreContact | undefined;
  let section: PolicyTopic | undefined;
  let current: { question: string; lines: string[] } | undefined;
  const flush = () => {
    if (!current) return;
    const text = markdownInlineToText(current.lines.join('\n').trim());
    if (text) {
      const question = markdownInlineToText(current.question);
      entries.push({
        id: `merchant:${slug(question) || entries.length + 1}`,
        topics: section ? [section] : classifyPolicyText(question, text),
        question,
        text,
        kind: 'merchant-faq',
        url: `${fileUrl.split('#')[0]}#${slug(question)}`,
      });
    }
    current = undefined;
  };
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const contactLine = /^contact:\s*(?:\[([^\]]*)\]\(([^)\s]+)\)|(\S+))\s*$/i.exec(line.trim());
    if (heading && heading[1].length <= 2) {
      flush();
      section = heading[1].length === 2 ? topicFromName(heading[2]) : section;
    } else if (heading) {
      flush();
      current = { question: heading[2], lines: [] };
    } else if (contactLine && !current) {
      const url = contactFrom(contactLine[2] ?? contactLine[3], fileUrl)?.url;
      if (url) contact = { url, label: contactLine[1] || undefined };
    } else if (current) current.lines.push(line);
  }
  flush();
  return { entries, contact, warnings: entries.length ? [] : ['the FAQ file has no "### question" sections'] };
}

/**
 * Parses a merchant FAQ file (the `faq="..."` attribute). JSON: `{ page?, contact?, policies: [{ id?,
 * topic?, question?, answer, url?, productId? }] }`. Markdown: `## Topic` sections, `### Question`
 * headings with the answer below, and an optional `Contact: [label](url)` line. See docs/store-questions.md.
 */
export function parseMerchantFaq(text: string, fileUrl: string): MerchantFaq {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return parseJsonFaq(JSON.parse(trimmed), fileUrl);
    } catch (error) {
      return { entries: [], warnings: [`the FAQ file is not valid JSON (${errorMessage(error)})`] };
    }
  }
  return parseMarkdownFaq(trimmed, fileUrl);
}
