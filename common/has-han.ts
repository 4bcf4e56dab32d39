const hanRun = /\p{Script=Han}/u;

/** True when the text contains Chinese characters. */
export function hasHan(text: string): boolean {
  return hanRun.test(text);
}
