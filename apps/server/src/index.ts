export { type App, type AppOptions, createApp } from './app.js';
export { createToken } from './auth.js';
export { type Config, loadConfig } from './config.js';
export { createLogger } from './logger.js';
export { type RunningServer, startServer } from './server.js';
