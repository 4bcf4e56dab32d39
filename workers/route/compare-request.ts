/** The products a compare request names, as written, and whether one side is the product on screen. */
export interface CompareRequest {
  items: string[];
  withProduct: boolean;
}

/**
 * Compare phrasings, English and Chinese; each captures the two sides in order. Read from NFKC text
 * with its case kept (the sides are searched as written).
 */
const patterns: RegExp[] = [
  /^(?:can you |could you |please )?compare (.+?) (?:with|and|to|against|vs\.?|versus) (.+?)(?:,? (?:for me|please))?[?.!]*$/i,
  /^(?:what(?:'s| is) the )?difference between (.+?) and (.+?)[?.!]*$/i,
  /^(?:which (?:one )?is better|which should i (?:buy|get|choose))[,:]? (.+?) or (.+?)[?.!]*$/i,
  /^(.+?),? or (.+?)[,:]? which (?:one )?is better[?.!]*$/i,
  /^how does (.+?) compare (?:to|with|against) (.+?)[?.!]*$/i,
  /^(.+?) (?:vs\.?|versus) (.+?)[?.!]*$/i,
  /^(?:请|帮我|请帮我)?(?:比较|对比|比一比|比一下)(?:一下)?(.+?)(?:和|与|跟|同|还是)(.+?)[?？。!！]*$/,
  /^(.+?)(?:和|与|跟|同|还是)(.+?)(?:比较|对比|相比|比一比|比一下|比(?=哪|谁))(?:一下)?(?:哪个好|哪个更好|哪一个好|谁好|怎么样|有什么区别|的区别|有啥区别)?[?？。!！]*$/,
  /^(.+?)(?:和|与|跟|同|还是)(.+?)(?:哪个好|哪个更好|哪一个好|有什么区别|的区别|有啥区别|选哪个)[?？。!！]*$/,
];

/** Words around a side that are not its name. */
const strip = (side: string) =>
  side.replace(/^(?:the|a|an)\s+/i, '').replace(/[,，。?？!！\s]+$/u, '').replace(/^(?:一下|下)/, '').trim();

const isProductReference = (side: string) =>
  /^(?:it|this|this one|that one|this (?:\p{L}+)|the one i'?m (?:looking at|viewing))$/iu.test(side) ||
  /^(?:这个|这款|这件|这双|这台|这部|它|该商品|本品)(?:\p{Script=Han}{0,2})$/u.test(side);

/**
 * Reads "compare X with Y", "X vs Y", "which is better, X or Y", "X 和 Y 比较", "比较 X 和 Y" into the
 * two sides. A side that points at the product on screen ("this", "这款") counts only when there is
 * one; undefined when the message is no compare request or names fewer than two products.
 */
export function compareRequest(message: string, hasProduct: boolean): CompareRequest | undefined {
  const text = message.normalize('NFKC').trim();
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const sides = [strip(match[1]), strip(match[2])];
    if (sides.some((s) => !s || s.length > 60)) return undefined;
    const here = sides.filter(isProductReference);
    const items = sides.filter((s) => !isProductReference(s));
    if (here.length && !hasProduct) return undefined;
    if (items.length + (here.length ? 1 : 0) < 2) return undefined;
    return { items, withProduct: here.length > 0 };
  }
  return undefined;
}
