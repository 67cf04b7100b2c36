export { createApp, type App, type AppOptions } from './app.js';
export { loadConfig, type Config } from './config.js';
export { seedIfEmpty, seedKnowledgeBase } from './seed/seed.js';
export { startServer, type RunningServer } from './server.js';
