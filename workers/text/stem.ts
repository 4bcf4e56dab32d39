/**
 * A light English plural/possessive stemmer for matching shop vocabulary ("dresses" ~ "dress",
 * "men's" ~ "men", "accessories" ~ "accessory"). Not Porter: it only folds the forms shoppers
 * and category names actually vary in, so "glass" and "glasses" meet but "running" stays "running".
 * The one plural folding: search, recommendations and review aspects ("batteries" ~ "battery") all use it.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/s['’]$/, 's').replace(/['’]/g, '');
  if (w.length <= 3) return w;
  if (w === 'womens' || w === 'mens') return w.slice(0, -1);
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes|zzes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}
