import { useSyncExternalStore } from 'react';

/**
 * The reader token for patient-level data. Kept in this tab's sessionStorage
 * (gone when the tab closes) and in memory when storage is unavailable; never
 * in the URL or localStorage.
 */
const KEY = 'genetrials.token';
const listeners = new Set<() => void>();
let memory: string | undefined;

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function getToken(): string | undefined {
  return storage()?.getItem(KEY) ?? memory ?? undefined;
}

export function setToken(token: string | undefined): void {
  const value = token?.trim() || undefined;
  memory = value;
  const store = storage();
  try {
    if (value) store?.setItem(KEY, value);
    else store?.removeItem(KEY);
  } catch {
    // Storage full or blocked: the in-memory copy still holds it.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current token, re-rendering when it changes. */
export function useToken(): string | undefined {
  return useSyncExternalStore(subscribe, getToken, () => undefined);
}
