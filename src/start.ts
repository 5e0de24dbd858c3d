import { domReady } from './app/early';

// Starts the app once the page has painted (src/main.tsx), in steps the page can breathe between:
// React first, then the app's own code (./app/run.tsx), each evaluated in a task of its own, so
// neither holds the page for long. The app needs the whole page, parsed.
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

void import('react-dom/client')
  .then(nextTask)
  .then(domReady)
  .then(() => import('./app/run'));
