// The smallest React console: react-dom's client rendering one element. Built by the bench
// (first-view-size.ts) and loaded like the console: the baseline its size and load time are read against.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.body).render(createElement('p', { id: 'baseline-ready' }, 'Identity Service Console'));
