/**
 * The product-QA data sets serialise spec rows as `item_weight: { unit:pounds, value:13. }`,
 * `color: { standardized_values:[ "silver" ], value:"silver" }` or `cable: [ { value:"without cable" } ]`.
 * A shop's spec row reads `item_weight: 13 pounds`: this adapter writes the former as the latter, so
 * the engine sees the product's format, not the data set's.
 */
export function specEvidenceText(text: string): string {
  const row = /^\s*([^:{}[\]]+):\s*([[{].*)$/s.exec(text);
  if (!row) return text;
  const found: { key: string; value: string }[] = [];
  let unit: string | undefined;
  // The data set's normalised copies (`normalized_value:{ unit:pounds, value:20.6 }`) repeat the row's own value.
  const own = row[2].replace(/(?:normalized|standardized)[_ ]?values?\s*:\s*(?:\{[^{}]*\}|\[[^\]]*\])\s*,?/gi, '');
  for (const [, key, quoted, bare] of own.matchAll(/([a-z_ ]+?)\s*:\s*(?:\[\s*)?(?:"((?:[^"\\]|\\.)*)"|([^,{}[\]]*))/gi)) {
    const value = (quoted ?? bare ?? '').trim().replace(/\.$/, '');
    const name = key.trim().toLowerCase();
    if (name === 'unit') unit ??= value;
    else if (value) found.push({ key: name, value });
  }
  const values = [...new Set(found.map((f) => f.value))];
  if (!values.length) return text;
  return `${row[1].trim()}: ${values.join(', ')}${unit ? ` ${unit}` : ''}`;
}
