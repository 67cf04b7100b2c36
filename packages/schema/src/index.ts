export * from './db/client.js';
export { type Relations, relations } from './db/relations.js';
export * as tables from './db/tables.js';
export * from './domain/enums.js';
export * from './domain/provenance.js';
export * from './domain/statistics.js';
export * from './domain/validation.js';
export { type Context, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './graphql/builder.js';
export { printSchemaSdl, schema } from './graphql/index.js';
