// Starts the app once the page has painted (src/main.tsx), in steps the page can breathe between:
// React first, then the app's own code (./app/run.tsx), each evaluated in a task of its own, so
// neither holds the page for long.
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

void import('react-dom/client').then(nextTask).then(() => import('./app/run'));
export {}; // a module, for the dynamic import in src/main.tsx
