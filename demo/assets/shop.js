// The demo shop's own script: a localStorage cart that listens to Aisle's events, exactly as a
// merchant's theme would, and a hero search box that hands the query to the assistant.
const cartKey = 'demo-shop-cart';

function readCart() {
  try {
    return JSON.parse(localStorage.getItem(cartKey) ?? '[]');
  } catch {
    return [];
  }
}

function writeCart(items) {
  localStorage.setItem(cartKey, JSON.stringify(items));
  renderCart();
}

function addToCart(item) {
  const items = readCart();
  const existing = items.find((i) => i.id === item.id);
  if (existing) existing.quantity += item.quantity ?? 1;
  else items.push({ ...item, quantity: item.quantity ?? 1 });
  writeCart(items);
  showToast(`Added “${item.title}” to your cart`);
}

function showToast(message) {
  let toast = document.querySelector('.toast');
  if (!toast) {
    toast = document.createElement('div');
    toast.className = 'toast';
    toast.setAttribute('role', 'status');
    document.body.append(toast);
  }
  toast.textContent = message;
  toast.classList.add('visible');
  clearTimeout(showToast.timer);
  showToast.timer = setTimeout(() => toast.classList.remove('visible'), 2500);
}

function renderCart() {
  const items = readCart();
  const count = items.reduce((n, i) => n + i.quantity, 0);
  document.querySelectorAll('[data-cart-count]').forEach((el) => (el.textContent = String(count)));
  const view = document.querySelector('[data-cart-view]');
  if (!view) return;
  if (!items.length) {
    const p = document.createElement('p');
    p.textContent = 'Your cart is empty.';
    view.replaceChildren(p);
    return;
  }
  const list = document.createElement('ul');
  list.className = 'cart-list';
  for (const item of items) {
    const li = document.createElement('li');
    li.textContent = `${item.quantity} × ${item.title} — $${(item.price * item.quantity).toFixed(2)}`;
    list.append(li);
  }
  const total = document.createElement('p');
  total.className = 'cart-total';
  total.textContent = `Total: $${items.reduce((s, i) => s + i.price * i.quantity, 0).toFixed(2)}`;
  view.replaceChildren(list, total);
}

// Add to cart from the assistant: the event carries the product.
document.addEventListener('aisle-add-to-cart', (event) => {
  const { product, quantity } = event;
  addToCart({ id: product.id, title: product.title, price: product.price ?? 0, quantity });
});

// Add to cart from the shop's own buttons.
document.addEventListener('click', (event) => {
  const button = event.target.closest?.('.add-to-cart');
  if (!button) return;
  addToCart({ id: button.dataset.productId, title: button.dataset.title, price: Number(button.dataset.price) });
});

document.querySelector('[data-cart-clear]')?.addEventListener('click', () => writeCart([]));

// The hero search box asks the assistant.
document.querySelector('[data-ask-assistant]')?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const q = new FormData(event.target).get('q')?.toString().trim();
  if (!q) return;
  await customElements.whenDefined('aisle-assistant');
  const assistant = document.querySelector('aisle-assistant');
  assistant.open = true;
  assistant.search(q);
});

renderCart();
