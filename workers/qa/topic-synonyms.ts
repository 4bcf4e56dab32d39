/**
 * Groups of words that ask about the same product property ("weight" ~ "how heavy" ~ "多重").
 * A question word in a group also matches the group's other words, in English and Chinese, so a
 * shopper's phrasing finds the spec row the shop wrote in its own words.
 */
export interface TopicGroup {
  /** Stable id, also the attribute-ish name used in hints ("weight"). */
  id: string;
  /** How the topic is named to a shopper. */
  name: { en: string; zh: string };
  /** English words and short phrases (matched on stems). */
  en: string[];
  /** Chinese words (matched as substrings). */
  zh: string[];
}

/** Question phrases whose words are all stopwords but which ask about a topic ("how many" -> quantity). */
export const topicPhrases: readonly { pattern: RegExp; topic: string }[] = [
  { pattern: /\bhow many\b/i, topic: 'quantity' },
  { pattern: /\bhow much (?:does it|do they|will it) weigh\b/i, topic: 'weight' },
  { pattern: /\bhow much (?:is|does it cost|do they cost)\b|\bhow much\s*\?/i, topic: 'price' },
];

/** The topic groups: common shopping properties across electronics, apparel, home and toys. */
export const topicGroups: readonly TopicGroup[] = [
  { id: 'weight', name: { en: 'weight', zh: '重量' }, en: ['weight', 'weigh', 'heavy', 'heaviness', 'lightweight', 'lbs', 'lb', 'pound', 'kg', 'kilogram', 'gram', 'ounce', 'oz'], zh: ['重量', '多重', '重', '轻', '斤', '公斤', '克'] },
  { id: 'dimensions', name: { en: 'size and dimensions', zh: '尺寸' }, en: ['dimension', 'size', 'big', 'large', 'small', 'tall', 'height', 'high', 'wide', 'width', 'long', 'length', 'deep', 'depth', 'measurement', 'measure', 'inch', 'cm', 'mm'], zh: ['尺寸', '大小', '多大', '多高', '多长', '多宽', '高度', '宽度', '长度', '厘米', '英寸'] },
  { id: 'fit', name: { en: 'fit and sizing', zh: '尺码' }, en: ['fit', 'fits', 'sizing', 'tight', 'loose', 'snug', 'runs'], zh: ['尺码', '合身', '偏大', '偏小', '码'] },
  { id: 'water', name: { en: 'water resistance', zh: '防水' }, en: ['waterproof', 'water', 'resistant', 'rain', 'splash', 'wet', 'submersible', 'ipx', 'ip67', 'ip68', 'repellent'], zh: ['防水', '防泼水', '下雨', '雨', '水'] },
  { id: 'washing', name: { en: 'washing and care', zh: '洗涤' }, en: ['wash', 'washable', 'washing', 'machine', 'dishwasher', 'clean', 'laundry', 'dry', 'dryer'], zh: ['机洗', '水洗', '洗', '清洗', '洗碗机', '烘干'] },
  { id: 'battery', name: { en: 'battery', zh: '电池' }, en: ['battery', 'batteries', 'charge', 'charging', 'mah', 'rechargeable'], zh: ['电池', '续航', '充电', '电量'] },
  { id: 'network', name: { en: 'network', zh: '网络' }, en: ['5g', '4g', 'lte', 'network', 'cellular', 'wifi', 'wi-fi', 'bluetooth', 'wireless', 'nfc'], zh: ['网络', '蓝牙', '无线', '信号'] },
  { id: 'warranty', name: { en: 'warranty', zh: '保修' }, en: ['warranty', 'guarantee', 'guaranteed'], zh: ['保修', '质保', '保修期'] },
  { id: 'returns', name: { en: 'returns', zh: '退货' }, en: ['return', 'returns', 'refund', 'exchange'], zh: ['退货', '退款', '换货', '退换'] },
  { id: 'shipping', name: { en: 'shipping', zh: '发货' }, en: ['ship', 'shipping', 'delivery', 'deliver', 'arrive', 'dispatch'], zh: ['发货', '配送', '快递', '送货', '到货', '运费'] },
  { id: 'material', name: { en: 'material', zh: '材质' }, en: ['material', 'made', 'fabric', 'cotton', 'wool', 'leather', 'plastic', 'metal', 'steel', 'wood', 'polyester', 'nylon'], zh: ['材质', '材料', '面料', '棉', '皮', '塑料', '金属', '木'] },
  { id: 'color', name: { en: 'colour', zh: '颜色' }, en: ['color', 'colour', 'colors', 'black', 'white', 'red', 'blue', 'gray', 'grey'], zh: ['颜色', '色'] },
  { id: 'price', name: { en: 'price', zh: '价格' }, en: ['price', 'cost', 'costs', 'expensive', 'cheap', 'discount', 'free'], zh: ['价格', '多少钱', '价钱', '贵', '便宜', '免费', '折扣'] },
  { id: 'stock', name: { en: 'availability', zh: '库存' }, en: ['stock', 'available', 'availability', 'instock'], zh: ['库存', '有货', '现货'] },
  { id: 'age', name: { en: 'age range', zh: '适用年龄' }, en: ['age', 'ages', 'old', 'year', 'years', 'kid', 'child', 'toddler', 'adult'], zh: ['年龄', '岁', '孩子', '儿童', '小孩'] },
  { id: 'comfort', name: { en: 'comfort', zh: '舒适度' }, en: ['comfort', 'comfortable', 'soft', 'cushion'], zh: ['舒适', '舒服', '柔软'] },
  { id: 'screen', name: { en: 'screen', zh: '屏幕' }, en: ['screen', 'display', 'resolution', 'oled', 'lcd'], zh: ['屏幕', '显示', '分辨率'] },
  { id: 'camera', name: { en: 'camera', zh: '相机' }, en: ['camera', 'photo', 'picture', 'megapixel', 'lens'], zh: ['相机', '摄像头', '拍照', '像素'] },
  { id: 'storage', name: { en: 'storage', zh: '存储' }, en: ['storage', 'memory', 'gb', 'tb', 'ram', 'ssd'], zh: ['存储', '内存', '容量'] },
  { id: 'noise', name: { en: 'noise', zh: '噪音' }, en: ['noise', 'noisy', 'quiet', 'loud', 'silent'], zh: ['噪音', '声音', '安静', '吵'] },
  { id: 'assembly', name: { en: 'assembly', zh: '安装' }, en: ['assembly', 'assemble', 'install', 'installation', 'setup'], zh: ['安装', '组装'] },
  { id: 'included', name: { en: 'what is included', zh: '包装清单' }, en: ['include', 'included', 'includes', 'box', 'component', 'accessory'], zh: ['包括', '包含', '附带', '配件', '清单'] },
  { id: 'quantity', name: { en: 'quantity', zh: '数量' }, en: ['quantity', 'pack', 'piece', 'pcs', 'count', 'set', 'total', 'eaches'], zh: ['数量', '几个', '多少个', '件数', '几件'] },
  { id: 'brand', name: { en: 'brand', zh: '品牌' }, en: ['brand', 'manufacturer', 'maker'], zh: ['品牌', '厂家', '牌子'] },
  { id: 'durability', name: { en: 'durability', zh: '耐用性' }, en: ['durable', 'durability', 'sturdy', 'last', 'break', 'broke', 'quality'], zh: ['耐用', '结实', '质量'] },
  { id: 'scent', name: { en: 'scent', zh: '气味' }, en: ['scent', 'smell', 'fragrance', 'odor'], zh: ['气味', '味道', '香味'] },
];
