import type { Product } from '../../../workers/protocol/product.ts';

const battery = [
  { text: 'The battery easily lasts two days. Great phone.', rating: 5 },
  { text: 'Battery life is excellent.', rating: 5 },
  { text: 'I love the battery, it charges fast.', rating: 4 },
  { text: 'Good battery and a sharp screen.', rating: 4 },
  { text: 'The battery is great for travel.', rating: 5 },
  { text: 'Battery is reliable all day.', rating: 4 },
  { text: 'Amazing battery!', rating: 5 },
  { text: 'Battery drains fast when gaming. Disappointed.', rating: 2 },
  { text: 'The battery died after a year, poor.', rating: 1 },
  { text: 'Camera is sharp at night.', rating: 5 },
];

/** A phone with 5G in its specs, no headphone jack, page Q&A and nine reviews about the battery (seven positive). */
export function phone(extraReviews: { text: string; rating?: number }[] = []): Product {
  return {
    id: 'phone-1',
    title: 'Nimbus X5 Smartphone',
    brand: 'Nimbus',
    category: 'smartphones',
    price: 499,
    currency: 'USD',
    description: 'A fast phone with a 6.1 inch OLED display.\n• 128 GB storage\n• Dual camera with night mode',
    attributes: { network: '5G', headphoneJack: 'No', weight: '172 g', warrantyInformation: '2 year warranty', returnPolicy: '30 days return policy' },
    tags: ['smartphones'],
    reviews: [...battery, ...extraReviews],
    questions: [{ question: 'Does it come with a charger?', answer: 'Yes, a USB-C charger is in the box.' }],
  };
}

/** A hoodie whose description says it is machine washable and water-repellent (not waterproof). */
export function hoodie(): Product {
  return {
    id: 'hoodie-1',
    title: 'Bruno Compete Hoodie',
    brand: 'Luma',
    category: 'Men/Tops/Hoodies & Sweatshirts',
    price: 63,
    description: "The hoodie's water-repellent exterior shields you from the elements.\n• Full zip black hoodie.\n• Machine wash/dry.",
    attributes: { material: ['Cotton', 'Polyester'], sizes: ['S', 'M', 'L'], colors: ['Black', 'Gray'] },
    tags: [],
    reviews: [],
  };
}

/** Every piece of text in a product's own data, to check that cited evidence is really there. */
export function productText(p: Product): string {
  return [
    p.title, p.brand, p.category, String(p.price), p.description,
    ...Object.entries(p.attributes).flatMap(([k, v]) => [k, ...(Array.isArray(v) ? v : [v])]),
    ...p.reviews.map((r) => r.text), ...(p.questions ?? []).flatMap((q) => [q.question, q.answer]),
  ].join('\n');
}
