// The domain entry point (`@genetrials/schema/domain`): enums, validation, privacy, statistics and
// provenance rules as plain functions, with no database or GraphQL.
export * from './changes.js';
export * from './enums.js';
export * from './privacy.js';
export * from './provenance.js';
export * from './registry-enums.js';
export * from './registry-validation.js';
export * from './roles.js';
export * from './statistics.js';
export * from './validation.js';
