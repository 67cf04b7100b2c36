// The write layer: every write to the knowledge base goes through here. It validates input,
// screens patient-level data for direct identifiers, bumps versions and records each changed row
// in the history with its actor, all inside one transaction.
export * from './actor.js';
export * from './adverse-event.js';
export * from './cascade.js';
export * from './claim.js';
export * from './construct-curation.js';
export { type ChangeEntry, recordChanges } from './history.js';
export * from './patient.js';
export * from './registry.js';
export * from './review.js';
export * from './rows.js';
export * from './source.js';
export * from './therapy.js';
export * from './transaction.js';
export * from './trial.js';
export * from './trial-therapy.js';
