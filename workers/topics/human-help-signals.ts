/**
 * Messages that ask for something only the shop's people can do: look up or change an order, sort out
 * a payment, reach a person. English patterns need the shopper's own order/payment ("my order", "I was
 * charged"), so "how long do returns take?" stays a policy question.
 */
const english: RegExp[] = [
  /\bwhere('?s| is| are) (my|our) (order|package|parcel|stuff|delivery|shipment|refund|item|items)\b/,
  /\bwhere is it\b.*\border/,
  /\btrack(ing)? (my|an|the|our) (order|package|parcel|shipment|delivery)\b/,
  /\b(order|tracking) (status|number)\b/,
  /\b(status|update) (of|on|for) (my |an |the )?order\b/,
  /\b(cancel|change|modify|update|edit) (my|an|the|our) (order|address|shipping address|delivery address|payment)\b/,
  /\bmy (order|package|parcel|delivery|shipment|refund)\b.*\b(hasn'?t|has not|didn'?t|did not|never|not|still|yet|late|delayed|missing|lost|stuck|wrong|damaged)\b/,
  /\b(hasn'?t|has not|didn'?t|did not|never|still not|not yet) (arrive|arrived|come|came|been (delivered|shipped|refunded)|received|got|get)\b/,
  /\b(haven'?t|have not|didn'?t|did not) (received|receive|got|get) (my|the|an?)\b/,
  /\b(i was|i've been|i got|i have been|you) (charged|billed) (twice|two times|double|more than once|again|wrong)\b/,
  /\bcharged (me )?(twice|two times|double)\b/,
  /\b(payment|transaction|checkout|card) (failed|fails|was declined|got declined|keeps (failing|getting declined)|did ?n'?t go through|won'?t go through|isn'?t going through|not going through|error)\b/,
  /\bmy card (was |got |keeps being |is being )?(declined|rejected|refused)\b/,
  /\b(can'?t|cannot|unable to) (pay|check ?out|complete (my|the) (order|payment|purchase)|log ?in|sign ?in)\b/,
  /\b(talk|speak|chat) (to|with) (a |an )?(human|person|real person|agent|someone|somebody|representative)\b/,
  /\b(wrong|damaged|broken|missing) (item|items|parcel|package|order)\b.*\b(received|got|arrived|came)\b/,
  /\b(received|got) (the |a )?(wrong|damaged|broken) (item|size|colou?r|product|parcel|package)\b/,
  /\bmy (account|password)\b/,
];

const chinese: string[] = [
  '我的订单', '我订单', '订单号', '订单状态', '查订单', '查一下订单', '查询订单', '取消订单', '取消我的', '修改订单', '修改地址', '改地址',
  '到哪了', '到哪里了', '到哪儿了', '还没收到', '没收到', '还没到', '一直没到', '付款失败', '支付失败', '付不了款', '付不了', '无法付款', '无法支付',
  '扣了两次', '重复扣款', '扣款两次', '多扣', '退款还没', '退款没到', '退款还没到', '人工客服', '转人工', '真人', '登录不了', '无法登录', '密码',
  '发错', '收到的是坏', '物流信息', '查物流', '包裹丢',
];

/** The phrase that marks a message as needing the shop's people, or undefined. */
export function humanHelpSignal(message: string): string | undefined {
  const lower = message.normalize('NFKC').toLowerCase();
  for (const pattern of english) {
    const m = pattern.exec(lower);
    if (m) return m[0];
  }
  return chinese.find((word) => lower.includes(word));
}
