import type { GeneTrialsClient } from '@genetrials/sdk';
import { createContext, type ReactNode, useContext } from 'react';

const GeneTrialsContext = createContext<GeneTrialsClient | null>(null);

export interface GeneTrialsProviderProps {
  /** The SDK client every hook below the provider uses: `createClient({ url, token })`. */
  client: GeneTrialsClient;
  children?: ReactNode;
}

/**
 * Puts a GeneTrials client in context for the hooks. Render it inside
 * TanStack Query's `QueryClientProvider`, which owns the cache.
 */
export function GeneTrialsProvider({ client, children }: GeneTrialsProviderProps): ReactNode {
  return <GeneTrialsContext.Provider value={client}>{children}</GeneTrialsContext.Provider>;
}

/** The client from the nearest `GeneTrialsProvider`; throws outside one. */
export function useGeneTrialsClient(): GeneTrialsClient {
  const client = useContext(GeneTrialsContext);
  if (!client) {
    throw new Error('useGeneTrialsClient: no GeneTrialsProvider above this component');
  }
  return client;
}
