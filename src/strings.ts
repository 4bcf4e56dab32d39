/** UI strings, English and Chinese. */
const en = {
  launcher: 'Ask Aisle',
  title: 'Shopping assistant',
  close: 'Close assistant',
  searchLabel: 'Search the shop',
  searchPlaceholder: 'Search or ask: “waterproof jacket under $100”',
  results: (n: number) => (n === 1 ? '1 product' : `${n} products`),
  noResults: 'No products match that. Try other words.',
  viewProduct: 'View',
  addToCart: 'Add to cart',
  pathLexical: 'Quick match',
  pathModel: 'Smart match',
  modelLoading: (pct: number) => `Loading the smart-search model… ${pct}%`,
  modelReady: 'Smart search is on. Everything runs on your device.',
  modelOff: 'Quick search works now; smart search will load when needed.',
  modelError: 'The smart-search model could not load, so quick search answers instead.',
  privacy: 'Runs on your device. Nothing you type leaves it.',
  rating: (r: number) => `Rated ${r.toFixed(1)} out of 5`,
  catalogEmpty: 'No products found on this page yet.',
  error: 'Something went wrong. Your text is kept; please try again.',
  retry: 'Try again',
};

export type UiStrings = typeof en;

const zh: UiStrings = {
  launcher: '购物助手',
  title: '购物助手',
  close: '关闭助手',
  searchLabel: '搜索商品',
  searchPlaceholder: '搜索或提问：“100元以内的防水外套”',
  results: (n) => `${n} 件商品`,
  noResults: '没有符合的商品，换个说法试试。',
  viewProduct: '查看',
  addToCart: '加入购物车',
  pathLexical: '快速匹配',
  pathModel: '智能匹配',
  modelLoading: (pct) => `正在加载智能搜索模型… ${pct}%`,
  modelReady: '智能搜索已开启，全部在您的设备上运行。',
  modelOff: '快速搜索已可用；需要时会加载智能搜索。',
  modelError: '智能搜索模型无法加载，暂由快速搜索回答。',
  privacy: '在您的设备上运行，您输入的内容不会离开设备。',
  rating: (r) => `评分 ${r.toFixed(1)} / 5`,
  catalogEmpty: '此页面上还没有找到商品。',
  error: '出了点问题。您输入的内容已保留，请重试。',
  retry: '重试',
};

/** Strings for a language tag: Chinese for any `zh*`, English otherwise. */
export function stringsFor(lang: string | undefined): UiStrings {
  return lang?.toLowerCase().startsWith('zh') ? zh : en;
}
