/** ROUGE-N and ROUGE-L F1 over the tokens the reference scorer uses (lower-case words, single Chinese characters). */

/** Tokens as the reference scorer counts them. */
export function rougeTokens(text: string): string[] {
  return (text ?? '').toLowerCase().match(/[a-z0-9]+|[\u4e00-\u9fff]/g) ?? [];
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const f1 = (overlap: number, a: number, b: number) => {
  if (!overlap || !a || !b) return 0;
  const p = overlap / a;
  const r = overlap / b;
  return (2 * p * r) / (p + r);
};

/** ROUGE-N F1 of a candidate against one reference. */
export function rougeN(candidate: string[], reference: string[], n: number): number {
  const a = ngrams(candidate, n);
  const b = ngrams(reference, n);
  let overlap = 0;
  for (const [k, v] of a) overlap += Math.min(v, b.get(k) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
  return f1(overlap, total(a), total(b));
}

/** ROUGE-L F1 (longest common subsequence) of a candidate against one reference. */
export function rougeL(candidate: string[], reference: string[]): number {
  let prev = new Array<number>(reference.length + 1).fill(0);
  for (const x of candidate) {
    const cur = [0];
    reference.forEach((y, j) => cur.push(x === y ? prev[j] + 1 : Math.max(prev[j + 1], cur[j])));
    prev = cur;
  }
  return f1(prev[reference.length], candidate.length, reference.length);
}
