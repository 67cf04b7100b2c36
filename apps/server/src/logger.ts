import { type DestinationStream, pino } from 'pino';
import type { Config } from './config.js';

/** The request and command logger: JSON lines to stdout, or to `destination` when one is given. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream) {
  const options = { level: config.logLevel, base: { service: 'genetrials' } };
  return destination ? pino(options, destination) : pino(options);
}

export type Logger = ReturnType<typeof createLogger>;
