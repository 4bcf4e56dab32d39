/**
 * Shopping-review phrases VADER's social-media lexicon does not score ("dies fast", "runs small",
 * "fits perfectly"), on VADER's valence scale (-4 … 4). Matched as whole words, case-insensitive.
 * Kept short and general on purpose: product vocabulary, not any data set's words.
 */
export const REVIEW_PHRASES: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:dies|died|dying|drains?|drained|draining) (?:fast|quickly|so fast|too fast|in no time)\b/i, -2.2],
  [/\b(?:runs?|ran|running|fits?|fitted) (?:small|large|big|tight|short|narrow)\b/i, -1.2],
  [/\b(?:too|way too|a bit|a little|slightly|rather) (?:small|big|large|tight|loose|short|long|heavy|thin|expensive|pricey|slow|loud|noisy|bulky|hot|narrow|wide)\b/i, -1.4],
  [/\b(?:fits?|fitted|fitting|works?|worked|working) (?:perfectly|great|well|fine|like a charm|as expected|as described|true to size)\b/i, 2],
  [/\btrue to size\b/i, 1.5],
  [/\b(?:stopped|stops|quit|quits) (?:working|charging|holding)\b/i, -2.5],
  [/\b(?:fell|falls|falling|came|coming|comes) apart\b/i, -2.5],
  [/\b(?:broke|broken|breaks|cracked|ripped|torn|tore|leaks?|leaked|leaking|defective|faulty|flimsy|overpriced|uncomfortable|itchy|scratchy|blurry|laggy|sluggish|dim|grainy|tinny|mushy|wobbly)\b/i, -2],
  [/\b(?:returned|returning|sent it back|send it back|refund|waste of money|not worth)\b/i, -2],
  [/\b(?:well made|well-made|well built|sturdy|durable|comfy|snug|roomy|breathable|lightweight|crisp|sharp|bright|vivid|responsive|speedy|fast|quick|quickly|quiet|smooth|affordable|reasonably priced|value for money|good value|great value|long battery life|lasts? (?:all day|forever|long))\b/i, 1.8],
  [/\b(?:slow|slowly|late|delayed|heavy|bulky|noisy|loud|cheaply made|cheap feeling|cheap material|pricey|expensive|overheats?|overheating|hot)\b/i, -1.5],
  [/\b(?:would|will|gonna) (?:buy|order|purchase) (?:again|another|more)\b/i, 2],
  [/\bhighly recommend(?:ed)?\b/i, 2.5],
];

/** Negations that flip a review phrase ("not sturdy", "never arrived late"). */
export const PHRASE_NEGATION = /\b(?:not|no|never|isn'?t|wasn'?t|aren'?t|weren'?t|doesn'?t|didn'?t|don'?t|hardly|without|nor)\s+(?:\w+\s+)?$/i;
