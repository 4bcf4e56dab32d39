/**
 * Seed words that name the aspect groups shoppers look for, English and Chinese. Aspects are found
 * in the reviews themselves; a group whose terms meet a seed takes the seed's category name.
 */
export const ASPECT_CATEGORIES: Readonly<Record<string, { en: string; zh: string; seeds: readonly string[] }>> = {
  battery: { en: 'Battery', zh: '电池', seeds: ['battery', 'battery life', 'charge', 'charging', 'charger', 'power', '电池', '续航', '充电', '电量', '待机', '充电器'] },
  camera: { en: 'Camera', zh: '拍照', seeds: ['camera', 'photo', 'picture', 'lens', 'video', 'selfie', 'zoom', '相机', '摄像头', '拍照', '像素', '照片', '镜头'] },
  screen: { en: 'Screen', zh: '屏幕', seeds: ['screen', 'display', 'monitor', 'resolution', 'touchscreen', 'brightness', '屏幕', '屏', '显示', '分辨率'] },
  sound: { en: 'Sound', zh: '音质', seeds: ['sound', 'audio', 'speaker', 'volume', 'bass', 'noise', 'mic', 'microphone', '音质', '声音', '音效', '喇叭', '音量', '降噪', '话筒', '耳机'] },
  performance: { en: 'Performance', zh: '性能', seeds: ['performance', 'speed', 'processor', 'cpu', 'gpu', 'ram', 'memory', 'boot', 'graphics', '性能', '速度', '运行', '反应', '处理器', '内存', '网速', '信号'] },
  keyboard: { en: 'Keyboard', zh: '键盘', seeds: ['keyboard', 'key', 'trackpad', 'touchpad', 'mouse', '键盘', '触控板', '鼠标'] },
  software: { en: 'Software', zh: '软件', seeds: ['software', 'windows', 'os', 'app', 'program', 'driver', 'update', '软件', '系统', '应用', '程序'] },
  fit: { en: 'Fit', zh: '合身', seeds: ['fit', 'fitting', 'waist', 'sleeve', 'inseam', '合身', '版型', '上身', '腰'] },
  size: { en: 'Size', zh: '尺码', seeds: ['size', 'sizing', 'length', 'width', 'dimension', '尺码', '尺寸', '大小', '码数', '码'] },
  comfort: { en: 'Comfort', zh: '舒适度', seeds: ['comfort', 'cushion', 'cushioning', 'support', 'sole', 'insole', 'arch', '舒适', '舒适度', '脚感', '手感', '穿着'] },
  material: { en: 'Material', zh: '材质', seeds: ['material', 'fabric', 'cotton', 'leather', 'polyester', 'wool', 'plastic', 'metal', 'glass', '面料', '材质', '布料', '材料', '料子'] },
  quality: { en: 'Quality', zh: '质量', seeds: ['quality', 'build', 'build quality', 'durability', 'construction', 'stitching', 'seam', 'zipper', '质量', '做工', '品质', '用料', '工艺'] },
  design: { en: 'Design', zh: '外观', seeds: ['design', 'look', 'style', 'color', 'colour', 'appearance', 'shape', 'pattern', '外观', '颜色', '款式', '设计', '样子', '样式', '颜值'] },
  weight: { en: 'Weight', zh: '重量', seeds: ['weight', 'heavy', '重量', '分量'] },
  price: { en: 'Price', zh: '价格', seeds: ['price', 'cost', 'value', 'money', 'deal', 'price tag', '价格', '价钱', '性价比', '价位', '价'] },
  shipping: { en: 'Shipping', zh: '物流', seeds: ['shipping', 'delivery', 'package', 'packaging', 'box', 'courier', '物流', '快递', '发货', '送货', '包装', '配送', '到货'] },
  service: { en: 'Service', zh: '服务', seeds: ['service', 'staff', 'seller', 'customer service', 'support', 'waiter', 'waitress', 'manager', 'warranty', '服务', '客服', '态度', '前台', '卖家', '商家', '服务员', '售后'] },
  food: { en: 'Food', zh: '餐饮', seeds: ['food', 'taste', 'flavor', 'flavour', 'dish', 'meal', 'breakfast', 'menu', 'portion', '味道', '口味', '早餐', '菜', '口感', '餐厅'] },
  room: { en: 'Room', zh: '房间', seeds: ['room', 'bed', 'bathroom', 'shower', '房间', '床', '卫生间', '浴室', '设施'] },
  location: { en: 'Location', zh: '位置', seeds: ['location', 'neighborhood', 'parking', '位置', '交通', '地段', '地理位置', '环境'] },
  cleanliness: { en: 'Cleanliness', zh: '卫生', seeds: ['cleanliness', 'hygiene', '卫生', '清洁'] },
  smell: { en: 'Smell', zh: '气味', seeds: ['smell', 'scent', 'odor', 'fragrance', '气味', '味儿', '异味', '香味'] },
  ease: { en: 'Ease of use', zh: '易用性', seeds: ['setup', 'installation', 'instructions', 'use', 'usability', '安装', '操作', '使用'] },
};

const seedIndex = new Map<string, string>();
for (const [id, { seeds }] of Object.entries(ASPECT_CATEGORIES)) for (const seed of seeds) seedIndex.set(seed, id);

/** The category a term belongs to: its whole text, else its head word (last), else any of its words. */
export function categoryOf(term: string, words: string[]): string | undefined {
  const lower = term.toLowerCase();
  return seedIndex.get(lower) ?? seedIndex.get(words[words.length - 1] ?? '') ?? words.map((w) => seedIndex.get(w)).find(Boolean);
}

/** Display name of a category in the shopper's language. */
export function categoryName(id: string, language: 'en' | 'zh'): string {
  const category = ASPECT_CATEGORIES[id];
  return category ? category[language] : id;
}
