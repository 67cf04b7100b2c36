// The database entry point (`@genetrials/schema/db`): tables, relations and the client, without
// the GraphQL schema, so a command that only needs the database starts fast.
export * from './client.js';
export { type Relations, relations } from './relations.js';
export * as tables from './tables.js';
