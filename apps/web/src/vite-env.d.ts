/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The GraphQL endpoint the explorer calls (default: `/graphql` on the page's origin). */
  readonly VITE_GENETRIALS_API_URL?: string;
}
