export { type App, type AppOptions, createApp } from './app.js';
export { type Config, loadConfig } from './config.js';
export { seedIfEmpty, seedKnowledgeBase } from './seed/seed.js';
export { type RunningServer, startServer } from './server.js';
