// A server under test, in its own process so that it has a core to itself and the load
// generator does not share its event loop. `graphql`: the real server (startServer, as
// `genetrials serve` runs it) with request logs off and rate limits lifted; `baseline`: the
// hand-written node:http handler; `dataloader`: the conventional graphql-js + DataLoader server. Reports its port over IPC, stops on SIGTERM or when the
// parent goes away.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { configureConnection, createDb } from '@genetrials/schema';
import { createLogger, loadConfig, startServer } from '@genetrials/server';
import { createBaselineServer } from './baseline.js';
import { createDataLoaderServer } from './dataloader.js';

const [mode, databasePath] = process.argv.slice(2);
if (!databasePath || (mode !== 'graphql' && mode !== 'baseline' && mode !== 'dataloader')) {
  console.error('usage: child.ts graphql|baseline|dataloader <database file>');
  process.exit(2);
}

let close: () => Promise<void>;
let port: number;
if (mode === 'graphql') {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: `file:${databasePath}`,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
    GRAPHIQL: 'false',
  });
  // The load generator is one client sending thousands of requests a second.
  config.hardening.rateLimitPerMinute = 0;
  config.hardening.rateLimitIpPerMinute = 0;
  const running = await startServer(config, createLogger(config));
  port = running.port;
  close = running.close;
} else {
  const db = createDb({ url: `file:${databasePath}` });
  await configureConnection(db.client);
  const server = mode === 'baseline' ? createBaselineServer(db.client) : createDataLoaderServer(db.client);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }).then(() => db.client.close());
}

const stop = () => {
  close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
// Event-loop delay of the server process, for the attack scenario (attack.ts): answered and reset on ask.
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
process.on('message', (message: { type?: string }) => {
  if (message?.type !== 'eventLoopDelay') return;
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  process.send?.({ eventLoopDelay: { p99: ms(delay.percentile(99)), max: ms(delay.max) } });
  delay.reset();
});

process.once('SIGTERM', stop);
process.once('disconnect', stop);
process.send?.({ port });
