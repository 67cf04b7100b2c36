import { pino } from 'pino';
import type { Config } from './config.js';

export function createLogger(config: Pick<Config, 'logLevel'>) {
  return pino({ level: config.logLevel, base: { service: 'genetrials' } });
}

export type Logger = ReturnType<typeof createLogger>;
