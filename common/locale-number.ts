/**
 * Numbers as shops print them, in any locale: "$1,299.00", "1.299,00 €", "1 299,00 zł",
 * "CHF 1'299.–", "₹1,23,456.00", "€ 1.299", "1.299.000 ₫", a review count "1.024".
 *
 * A separator that appears more than once, or before another kind of separator, groups digits. A lone
 * separator before exactly three digits is the one ambiguous case ("1.299" is 1299 in Germany and
 * 1.299 in the US); it is settled, in this order, by what the number is (a count has no fraction), by
 * the currency (a euro has two minor digits, a dong none, so three digits after the mark group
 * thousands), and by the page's language (its decimal mark, as the platform's Intl knows it).
 * Without any hint it stays a decimal mark, as schema.org's own number format has it.
 */

/** What is known about the number besides its text. */
export interface NumberHints {
  /** The page's language (`<html lang>`), e.g. "de-DE". */
  lang?: string;
  /** ISO 4217 code of the amount's currency, e.g. "EUR". */
  currency?: string;
  /** The number counts things (reviews, offers): it has no fraction. */
  integer?: boolean;
}

const minorDigitsCache = new Map<string, number | undefined>();

/** How many digits the currency's minor unit has (EUR 2, JPY 0, VND 0, KWD 3), or undefined if unknown. */
export function currencyDigits(currency: string | undefined): number | undefined {
  if (!currency || !/^[A-Za-z]{3}$/.test(currency.trim())) return undefined;
  const code = currency.trim().toUpperCase();
  if (!minorDigitsCache.has(code)) {
    let digits: number | undefined;
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits;
    } catch {
      digits = undefined;
    }
    minorDigitsCache.set(code, digits);
  }
  return minorDigitsCache.get(code);
}

const decimalMarkCache = new Map<string, string | undefined>();

/** The decimal mark of a language ("de" → ",", "en" → "."), or undefined when unknown. */
export function decimalMark(lang: string | undefined): string | undefined {
  const tag = lang?.trim();
  if (!tag) return undefined;
  if (!decimalMarkCache.has(tag)) {
    let mark: string | undefined;
    try {
      mark = new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
    } catch {
      mark = undefined;
    }
    decimalMarkCache.set(tag, mark === ',' || mark === '.' ? mark : undefined);
  }
  return decimalMarkCache.get(tag);
}

/** Currencies a symbol names without doubt ("$" and "¥" name several, so they are left out). */
const symbolCurrency: Record<string, string> = { '€': 'EUR', '£': 'GBP', '₫': 'VND', '₹': 'INR', '₩': 'KRW', '₺': 'TRY', '₽': 'RUB', '₪': 'ILS', '฿': 'THB', 'zł': 'PLN', 'Kč': 'CZK', 'Ft': 'HUF' };

/** Is a lone `mark` followed by exactly three digits a thousands separator, given the hints? */
function groupsThousands(mark: string, hints: NumberHints): boolean {
  if (hints.integer) return true;
  const digits = currencyDigits(hints.currency);
  if (digits !== undefined) return digits < 3;
  // Without a language, "." is the decimal mark (schema.org's number format) and "," groups.
  return (decimalMark(hints.lang) ?? '.') !== mark;
}

/** A number from text as a shop prints it, or undefined when it holds none. */
export function parseLocaleNumber(input: string, hints: NumberHints = {}): number | undefined {
  const symbol = hints.currency ? undefined : Object.keys(symbolCurrency).find((s) => input.includes(s));
  const known: NumberHints = symbol ? { ...hints, currency: symbolCurrency[symbol] } : hints;
  // Spaces and apostrophes between digit groups group thousands ("1 299", "1'299"); the first run of
  // digits and marks is the number ("4.5 out of 5" is 4.5), a trailing mark ("1'299.–") ends it.
  const grouped = input.replace(/[\u2212\u2012\u2013](?=\s*\d)/g, '-').replace(/(\d)[\s\u00a0\u202f\u2009'’](?=\d{3}(?!\d))/g, '$1');
  const match = /(-?)\s*(\d[\d.,]*)/.exec(grouped);
  if (!match) return undefined;
  let s = match[2].replace(/[.,]+$/, '');
  const marks = s.replace(/[^.,]/g, '');
  if (marks.length) {
    const last = marks[marks.length - 1];
    const lastAt = s.lastIndexOf(last);
    const after = s.length - lastAt - 1;
    const mixed = marks.includes('.') && marks.includes(',');
    const repeated = !mixed && marks.length > 1;
    const decimal = mixed || (!repeated && !(after === 3 && groupsThousands(last, known)));
    s = decimal ? `${s.slice(0, lastAt).replace(/[.,]/g, '')}.${s.slice(lastAt + 1)}` : s.replace(/[.,]/g, '');
  }
  const n = Number.parseFloat(`${match[1]}${s}`);
  return Number.isFinite(n) ? n : undefined;
}
