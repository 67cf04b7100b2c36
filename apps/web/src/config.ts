/**
 * Where the explorer sends its GraphQL requests. By default the page's own
 * origin (`/graphql`), which the Vite dev and preview servers pass on to the
 * GeneTrials server; `VITE_GENETRIALS_API_URL` at build time names another
 * endpoint (that server must then allow this origin in `CORS_ORIGINS`).
 */
export const API_URL: string = import.meta.env.VITE_GENETRIALS_API_URL || '/graphql';

/** Rows per page of the trials table. */
export const PAGE_SIZE = 20;

/** Trials with patient outcomes shown one by one in the forest plot. */
export const FOREST_TRIALS = 25;
