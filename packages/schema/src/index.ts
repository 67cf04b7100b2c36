export * from './db/client.js';
export * as tables from './db/tables.js';
export { relations, type Relations } from './db/relations.js';
export * from './domain/enums.js';
export * from './domain/statistics.js';
export * from './domain/validation.js';
export * from './domain/provenance.js';
export { schema, printSchemaSdl } from './graphql/index.js';
export { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, type Context } from './graphql/builder.js';
