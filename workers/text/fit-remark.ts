/**
 * Sizing remarks in reviews, English and Chinese. One home for the review room (a fit remark is a
 * caveat for the next buyer, never praise) and Q&A ("does it fit true to size?" is answered from
 * what reviewers say about the fit).
 */

/** The item is bigger, smaller, longer … than its size says: "runs large", "order a size up", "鞋码偏小". */
const fitRemark =
  /\b(?:runs?|running|ran|fits?|sized?|sizing)\s+(?:a\s+(?:bit|little)\s+|kind\s+of\s+|way\s+)?(?:large|small|big|long|short|narrow|wide|tight|loose)\b|\btoo\s+(?:big|small|large|tight|loose|long|short|narrow|wide)\b|\b(?:size|order)\s+(?:up|down)\b|\bsizes?\s+run\b|偏大|偏小|偏紧|偏松|大一码|小一码|不合身|尺码不准/iu;

/** The size is as labelled: "fits true to size", "尺码很准", "正码". */
const trueToSize = /\b(?:true|correct)\s+to\s+size\b|\bsize\s+is\s+(?:right|accurate|spot on)\b|(?:尺码|鞋码|码数)(?:很|挺|比较)?(?:准|标准|正)|正码/iu;

/** True when a sentence says the item runs large/small/long …: a caveat, not praise. */
export function isFitRemark(text: string): boolean {
  return fitRemark.test(text);
}

/** True when a sentence says how the size fits: a fit remark, or that it is true to size. */
export function isSizingRemark(text: string): boolean {
  return fitRemark.test(text) || trueToSize.test(text);
}
