// A React 19 app that hosts <aisle-assistant>: the element comes from the package, like any app
// would import it (`import { defineAisle } from 'aisle-assistant'`), and React renders it as a tag.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defineAisle } from '../../src/index.ts';
import { App } from './App.tsx';

defineAisle();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
