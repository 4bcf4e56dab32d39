import { readFileSync } from 'node:fs';
import { parseMerchantFaq, type MerchantFaq } from '../../workers/store/merchant-faq.ts';
import { root } from './demo-catalog.ts';

/** The demo shop's FAQ file (demo/faq.json), parsed as the engine would read it. */
export function demoFaq(): MerchantFaq {
  return parseMerchantFaq(readFileSync(`${root}demo/faq.json`, 'utf8'), 'https://demo-shop.example/faq.json');
}
