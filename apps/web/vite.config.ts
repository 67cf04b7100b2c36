import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

/**
 * The GeneTrials server the dev and preview servers pass `/graphql` on to
 * (same origin for the browser: no CORS setup needed). `GENETRIALS_SERVER`
 * points the explorer at another server.
 */
const server = process.env.GENETRIALS_SERVER ?? 'http://127.0.0.1:4000';

export function graphqlProxy(target: string): Record<string, ProxyOptions> {
  return { '/graphql': { target, changeOrigin: true } };
}

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173, proxy: graphqlProxy(server) },
  preview: { host: '127.0.0.1', port: 4173, proxy: graphqlProxy(server) },
  build: { outDir: 'dist', sourcemap: false },
});
