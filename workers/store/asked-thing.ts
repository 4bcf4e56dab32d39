import { hasHan, tokenize } from '../text/tokenize.ts';
import { findPaymentMethods, paymentMethodForms } from '../topics/payment-methods.ts';
import { isTopicWord } from '../topics/policy-topics.ts';
import type { PolicyTopic } from '../protocol/store.ts';
import { isContentTerm, policyQueryTerms } from './policy-query-terms.ts';

/**
 * The one thing a yes/no question asks about: where to ("Do you ship to Peru?", 能寄到秘鲁吗？) or
 * how to pay ("Can I pay with American Express?", 能用美国运通卡付款吗？). Only a passage that names
 * it can say yes or no.
 */
export interface AskedThing {
  /** As the shopper wrote it ("Peru", "秘鲁", "American Express"). */
  label: string;
  /** Lower-case words or phrases, any of which names it in a policy ("american express", "amex", "美国运通"). */
  forms: string[];
}

/** Where a parcel goes: the words after "ship / deliver / send … to", up to the end of the question or a new clause. */
const destinationEn = /\b(?:ship|shipp|deliver|send|sent|post|mail|dispatch)\w*\b(?:\s+[\w'-]+){0,3}?\s+to\s+(.+?)\s*(?:\b(?:if|for|by|within|from|before|after|when|please|and then|in \d)\b|[?.!,;]|$)/i;
/** …and in Chinese, 寄到…吗 closing the question (寄到中国要交关税吗 asks about duties, not about China). */
const destinationZh = /(?:寄|送|发|运|邮寄|配送|快递|发货|送货|运送)(?:到|往|去)([^，。？?！!吗么嘛呢]+?)(?:吗|么|嘛|呢)?\s*[？?。！!]?\s*$/u;
/** How to pay: "pay with / by / using …", "accept / take / use …" (and "pay cash": a way to pay right after "pay"). */
const paymentEn = /\b(?:pay(?:ing)?\s+(?:with|by|using|via|through|in)|accept(?:s)?|take(?:s)?|use|support(?:s)?)\s+(?:an?\s+|the\s+|your\s+)?(.+?)\s*(?:\b(?:if|for|at|on (?:this|your)|when|please|to pay|here|online)\b|[?.!,;]|$)/i;
/** …and 用…付款, 支持…吗, 接受…吗, 能刷…吗. */
const paymentZh = /(?:用|使用|通过)([^，。？?]+?)(?:卡)?(?:来)?(?:付款|支付|付钱|结账|结算|买单)|(?:支持|接受|收|能刷|可以刷)([^，。？?]+?)(?:付款|支付)?(?:吗|么|嘛)/u;

const articles = /^(?:the|a|an)\s+/i;

/**
 * The place or way to pay a yes/no question asks about, on a shipping or payment question; none when
 * it asks about neither, or only names the topic ("Can I pay in installments?").
 */
export function askedThing(question: string, topic: PolicyTopic | undefined): AskedThing | undefined {
  if (topic !== 'shipping' && topic !== 'payment') return undefined;
  const text = question.normalize('NFKC');
  const lower = text.toLowerCase();
  if (topic === 'payment') {
    // Only where the question asks to pay with it: "Do you store my credit card details?" asks no such thing.
    const methods = findPaymentMethods(lower);
    const slot = slotOf(text, hasHan(text) ? paymentZh : paymentEn) ?? methods.find((m) => /\bpay(?:ing)?\s+$/.test(lower.slice(0, m.start)));
    if (!slot) return undefined;
    const named = methods.find((m) => m.start < slot.end && m.end > slot.start);
    if (named) return { label: text.slice(named.start, named.end), forms: paymentMethodForms(named.method) };
    return thingOf(text.slice(slot.start, slot.end), topic);
  }
  const slot = slotOf(text, hasHan(text) ? destinationZh : destinationEn);
  return slot ? thingOf(text.slice(slot.start, slot.end), topic) : undefined;
}

/** Where in the question the thing asked is written. */
interface Slot {
  start: number;
  end: number;
}

/** Where a pattern's first filled group lies in the text. */
function slotOf(text: string, pattern: RegExp): Slot | undefined {
  const m = new RegExp(pattern.source, `${pattern.flags}d`).exec(text);
  const at = m?.indices?.slice(1).find((span) => span !== undefined);
  return at ? { start: at[0], end: at[1] } : undefined;
}

/** A named thing from the words of a slot: none when they only repeat the topic ("installments") or say nothing. */
function thingOf(slot: string, topic: PolicyTopic): AskedThing | undefined {
  const label = slot.trim().replace(articles, '').replace(/[的了]$/u, '');
  if (hasHan(label)) {
    // A Chinese name (a word or two: 寄到中国要交关税吗 asks about duties): itself, or the English
    // words the policy glossaries give it (加拿大: canada).
    if (isTopicWord(label, topic) || tokenize(label).length > 2) return undefined;
    const english = policyQueryTerms(label).filter((t) => !hasHan(t) && !isTopicWord(t, topic));
    return { label, forms: [label, ...english] };
  }
  // The words that name something, as written ("payment in euros": "euros"; "the PO boxes": "PO boxes").
  const kept = label.split(/\s+/).filter((w) => tokenize(w).some((t) => isContentTerm(t) && !isTopicWord(t, topic)));
  const words = kept.flatMap((w) => tokenize(w));
  if (!words.length || words.length > 4) return undefined;
  return { label: kept.join(' '), forms: [words.join(' ')] };
}
