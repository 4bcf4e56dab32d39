/**
 * Names of ways to pay (card networks, wallets, pay-later services, cash and transfers), English and
 * Chinese, with their other names ("Amex" is "American Express", 美国运通 is too). A name routes a
 * question to payment ("Can I pay with American Express?" is not about express shipping), and names
 * the same method in a policy in either language.
 */
export interface PaymentMethod {
  /** English names and other spellings, lower-case: the first is how a policy usually writes it. */
  en: string[];
  /** Chinese names. */
  zh: string[];
  /** Methods that count as this one where a policy names them (a "credit card" policy names Visa). */
  includes?: string[];
}

const networks = ['visa', 'mastercard', 'american express', 'amex', 'discover card', 'jcb', 'unionpay', 'diners club', 'maestro'];

export const paymentMethods: PaymentMethod[] = [
  { en: ['visa'], zh: ['维萨'] },
  { en: ['mastercard', 'master card'], zh: ['万事达'] },
  { en: ['american express', 'amex'], zh: ['美国运通', '运通'] },
  { en: ['discover card'], zh: ['发现卡'] },
  { en: ['jcb'], zh: [] },
  { en: ['unionpay', 'union pay', 'china unionpay'], zh: ['银联'] },
  { en: ['diners club'], zh: ['大来卡'] },
  { en: ['maestro'], zh: [] },
  { en: ['credit card', 'credit cards'], zh: ['信用卡'], includes: networks },
  { en: ['debit card', 'debit cards'], zh: ['借记卡'], includes: ['visa', 'mastercard', 'maestro', 'unionpay'] },
  { en: ['paypal'], zh: ['贝宝'] },
  { en: ['apple pay'], zh: ['苹果支付'] },
  { en: ['google pay'], zh: ['谷歌支付'] },
  { en: ['samsung pay'], zh: ['三星支付'] },
  { en: ['amazon pay'], zh: [] },
  { en: ['shop pay'], zh: [] },
  { en: ['alipay'], zh: ['支付宝', '花呗'] },
  { en: ['wechat pay', 'wechat'], zh: ['微信支付', '微信'] },
  { en: ['klarna'], zh: [] },
  { en: ['afterpay', 'clearpay'], zh: [] },
  { en: ['affirm'], zh: [] },
  { en: ['venmo'], zh: [] },
  { en: ['cash on delivery', 'cod'], zh: ['货到付款'] },
  { en: ['cash'], zh: ['现金'] },
  { en: ['bank transfer', 'wire transfer', 'bank transfers'], zh: ['银行转账', '转账', '电汇'] },
  { en: ['cheque', 'cheques', 'check'], zh: ['支票'] },
  { en: ['bitcoin', 'cryptocurrency', 'crypto'], zh: ['比特币', '加密货币'] },
];

/** One method named in a text: where, and how it was written. */
export interface NamedPaymentMethod {
  method: PaymentMethod;
  start: number;
  end: number;
}

/** Every name, longest first, so "cash on delivery" wins over "cash" and 美国运通 over 运通. */
const names = paymentMethods
  .flatMap((method) => [...method.en, ...method.zh].map((name) => ({ name, method })))
  .sort((a, b) => b.name.length - a.name.length);

/** "check" is a method only where it is one ("pay by check", "accept checks"), not "can I check my order". */
const onlyAfterPayWords = new Set(['check', 'cod', 'crypto']);

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/**
 * The payment methods a lower-case text names, in order: English names as whole words (plurals too),
 * Chinese names anywhere. Overlapping names keep the longest.
 */
export function findPaymentMethods(lower: string): NamedPaymentMethod[] {
  const taken: NamedPaymentMethod[] = [];
  const free = (start: number, end: number) => taken.every((t) => end <= t.start || start >= t.end);
  for (const { name, method } of names) {
    const chinese = /\p{Script=Han}/u.test(name);
    for (let i = lower.indexOf(name); i >= 0; i = lower.indexOf(name, i + 1)) {
      let end = i + name.length;
      if (!chinese) {
        if (isWordChar(lower[i - 1])) continue;
        if (lower[end] === 's' && !isWordChar(lower[end + 1])) end += 1;
        if (isWordChar(lower[end])) continue;
        if (onlyAfterPayWords.has(name) && !/\b(?:pay|paying|paid|accept|accepts|take|takes|by|with|use)\s+(?:a\s+|an\s+)?$/.test(lower.slice(0, i))) continue;
      }
      if (free(i, end)) taken.push({ method, start: i, end });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The text with the payment methods it names blanked out (so "express" in "American Express" says nothing of shipping). */
export function withoutPaymentMethods(lower: string): string {
  let out = lower;
  for (const { start, end } of findPaymentMethods(lower)) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

/**
 * The words a policy may name one method by: its English and Chinese names, and the methods it
 * includes ("credit card": Visa, Mastercard, …), lower-case.
 */
export function paymentMethodForms(method: PaymentMethod): string[] {
  const included = (method.includes ?? []).flatMap((name) => paymentMethods.find((m) => m.en.includes(name))?.en ?? [name]);
  return [...new Set([...method.en, ...method.zh, ...included])];
}
