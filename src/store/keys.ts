/** Where the app keeps its saved preferences (src/store/store.ts; read early by src/start/sketch.ts). */
export const STORAGE_KEY = 'cwb-explorer:preferences';
