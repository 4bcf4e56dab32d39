import { describe, expect, it } from 'vitest';
import type { MessageRoute, RouteContext } from '../../../workers/protocol/route.ts';
import { routeByRules } from '../../../workers/route/route-rules.ts';

const onProduct: RouteContext = { productId: 'dj-123' };

/** [message, context, route, topic?] */
const english: [string, RouteContext, MessageRoute, string?][] = [
  ['How long does shipping to Shanghai take?', {}, 'store-policy', 'shipping'],
  ['do you ship to canada', {}, 'store-policy', 'shipping'],
  ["Can I return shoes I've worn once?", {}, 'store-policy', 'returns'],
  ['Is there a warranty on this laptop?', onProduct, 'store-policy', 'warranty'],
  ['Can I pay with Apple Pay?', {}, 'store-policy', 'payment'],
  ['Is there a student discount?', {}, 'store-policy', 'discounts'],
  ['What are your customer service hours?', {}, 'store-policy', 'contact'],
  ['Do you offer gift wrapping?', {}, 'store-policy', 'other'],
  ['Where is my order?', {}, 'human-help', 'order-help'],
  ['My package never arrived', onProduct, 'human-help', 'order-help'],
  ['I was charged twice', {}, 'human-help', 'order-help'],
  ['payment failed at checkout', {}, 'human-help', 'order-help'],
  ['Please cancel my order', {}, 'human-help', 'order-help'],
  ['Does this phone support 5G?', onProduct, 'product-question'],
  ['is it waterproof', onProduct, 'product-question'],
  ['How heavy is it?', onProduct, 'product-question'],
  ['running shoes under $100', {}, 'search'],
  ['show me laptops', onProduct, 'search'],
  ['a gift for my dad', {}, 'search'],
  ['Is it waterproof?', {}, 'search'],
];

const chinese: [string, RouteContext, MessageRoute, string?][] = [
  ['什么时候发货？', {}, 'store-policy', 'shipping'],
  ['寄到上海要几天？', {}, 'store-policy', 'shipping'],
  ['可以退货吗？', onProduct, 'store-policy', 'returns'],
  ['这台笔记本有保修吗？', onProduct, 'store-policy', 'warranty'],
  ['支持支付宝吗？', {}, 'store-policy', 'payment'],
  ['有优惠券吗？', {}, 'store-policy', 'discounts'],
  ['你们有实体店吗？', {}, 'store-policy', 'other'],
  ['我的订单到哪了？', {}, 'human-help', 'order-help'],
  ['付款失败怎么办', {}, 'human-help', 'order-help'],
  ['被扣了两次钱，重复扣款', {}, 'human-help', 'order-help'],
  ['我要转人工', onProduct, 'human-help', 'order-help'],
  ['这个手机支持5G吗？', onProduct, 'product-question'],
  ['它有多重？', onProduct, 'product-question'],
  ['送给妈妈的生日礼物', {}, 'search'],
  ['推荐一款笔记本电脑', onProduct, 'search'],
  ['200元以内的耳机', {}, 'search'],
];

describe('routing rules (light path)', () => {
  it.each(english)('English: %s', (message, context, route, topic) => {
    const decision = routeByRules(message, context);
    expect(decision).toMatchObject({ route, source: 'lexical' });
    if (topic) expect(decision.topic).toBe(topic);
    expect(decision.reason.length).toBeGreaterThan(0);
  });

  it.each(chinese)('Chinese: %s', (message, context, route, topic) => {
    const decision = routeByRules(message, context);
    expect(decision).toMatchObject({ route, source: 'lexical' });
    if (topic) expect(decision.topic).toBe(topic);
  });

  it('never calls a message a product question when no product is on screen', () => {
    expect(routeByRules('Does it support 5G?', {}).route).toBe('search');
    expect(routeByRules('Does it support 5G?', onProduct).route).toBe('product-question');
  });

  it('is sure that a short phrase that is not a question is a search, so a model never overrules it', () => {
    for (const message of ['rain jacket', 'perfume', 'yoga pants', '女士香水', '跑步用的耳机']) {
      for (const context of [{}, onProduct]) {
        const decision = routeByRules(message, context);
        expect(decision.route, message).toBe('search');
        expect(decision.confidence, message).toBeGreaterThanOrEqual(0.6);
      }
    }
    // Longer or question-shaped messages with no signal stay unsure: the model path decides those.
    expect(routeByRules('something nice to wear for the weekend').confidence).toBeLessThan(0.6);
    expect(routeByRules('do you sell office chairs?').confidence).toBeLessThan(0.6);
  });

  it('does not mistake product words for policy words (cardigan, tracksuit, cashmere, overnight bag)', () => {
    for (const message of ['wool cardigan', 'black tracksuit', 'cashmere sweater', 'overnight bag']) {
      expect(routeByRules(message).route, message).toBe('search');
    }
  });

  it('finds a product named after a way to pay, and still answers a way to pay asked about or named alone', () => {
    for (const message of ['bitcoin wallet', 'maestro pen', 'cash box', 'visa card holder', 'cash register', '比特币钱包']) {
      expect(routeByRules(message).route, message).toBe('search');
    }
    for (const message of ['paypal', 'Do you take Amex?', 'Can I pay with bitcoin?', 'discover card', '支付宝', '能用比特币付款吗？', '支付宝付款']) {
      expect(routeByRules(message), message).toMatchObject({ route: 'store-policy', topic: 'payment' });
    }
  });
});
