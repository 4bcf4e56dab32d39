/**
 * The embed script: `<script type="module" src=".../aisle.js"></script>`. A few hundred bytes;
 * the element and the engine load lazily from beside it.
 */
void import('./define.ts').then(({ defineAisle }) => defineAisle(import.meta.url));
