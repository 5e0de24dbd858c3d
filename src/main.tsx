import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { prefetchBundledModel } from './app/data';
import './styles.css';

// Start the model's request before React's first render so the two overlap.
if (!new URLSearchParams(location.search).has('model')) void prefetchBundledModel();

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
