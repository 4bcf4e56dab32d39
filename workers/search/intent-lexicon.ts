/**
 * Fixed shopping vocabulary the query parser knows without a model: colours, gender words and
 * category synonyms, English and Chinese. Shop-specific words (brands, categories) come from the
 * catalog instead (see catalog-vocabulary.ts).
 */

/** Colour words to their English name. */
export const colorWords: Readonly<Record<string, string>> = {
  black: 'black', white: 'white', red: 'red', blue: 'blue', green: 'green', yellow: 'yellow', grey: 'gray',
  gray: 'gray', purple: 'purple', orange: 'orange', pink: 'pink', brown: 'brown', silver: 'silver', gold: 'gold',
  golden: 'gold', beige: 'beige', navy: 'navy', violet: 'purple', tan: 'tan', khaki: 'khaki', olive: 'olive',
  '黑色': 'black', '黑': 'black', '白色': 'white', '白': 'white', '红色': 'red', '红': 'red', '蓝色': 'blue', '蓝': 'blue',
  '绿色': 'green', '绿': 'green', '黄色': 'yellow', '黄': 'yellow', '灰色': 'gray', '灰': 'gray', '紫色': 'purple',
  '橙色': 'orange', '粉色': 'pink', '粉红色': 'pink', '棕色': 'brown', '咖啡色': 'brown', '银色': 'silver', '金色': 'gold',
  '米色': 'beige', '藏青色': 'navy', '卡其色': 'khaki',
};

/** Other spellings a product may use for a colour. */
export const colorAliases: Readonly<Record<string, string[]>> = {
  gray: ['gray', 'grey'], gold: ['gold', 'golden'], navy: ['navy'], purple: ['purple', 'violet'],
};

/** Gender words (stemmed) to the stem the catalog uses. */
export const genderWords: Readonly<Record<string, 'men' | 'women'>> = {
  men: 'men', man: 'men', male: 'men', guy: 'men', gentleman: 'men', women: 'women', woman: 'women', female: 'women',
  lady: 'women', ladie: 'women', girl: 'women', '男士': 'men', '男': 'men', '男款': 'men', '男生': 'men', '女士': 'women',
  '女': 'women', '女款': 'women', '女生': 'women', '女性': 'women', '男性': 'men',
};

/** Everyday names of product kinds to the word shops more often file them under (stemmed). */
export const categorySynonyms: Readonly<Record<string, string[]>> = {
  phone: ['smartphone', 'phone'], cellphone: ['smartphone'], mobile: ['smartphone', 'mobile'], smartphone: ['smartphone', 'phone'], notebook: ['laptop', 'notebook'],
  computer: ['laptop', 'computer'], sneaker: ['shoe', 'sneaker'], trainer: ['shoe', 'trainer'], footwear: ['shoe', 'footwear'],
  perfume: ['fragrance', 'perfume'], cologne: ['fragrance'], scent: ['fragrance'], cosmetic: ['beauty'], makeup: ['beauty'],
  tee: ['shirt', 'tee'], 't-shirt': ['shirt', 't-shirt'], tshirt: ['shirt', 'tshirt'], couch: ['sofa'], car: ['vehicle', 'car'],
  bike: ['motorcycle', 'bike'], motorbike: ['motorcycle'], scooter: ['motorcycle', 'scooter'], jewelry: ['jewellery', 'jewelry'], tab: ['tablet'], pad: ['tablet'],
  earbud: ['earphone', 'earbud'], headphone: ['headphone', 'earphone'], purse: ['bag', 'handbag'], handbag: ['bag', 'handbag'],
};

/** Words that ask for a lower price without naming one. */
export const budgetPattern = /\b(?:cheap|affordable|budget|inexpensive|low[- ]cost|bargain)\b|便宜|实惠|平价|低价/;
