// Everything that brings data in: the ClinicalTrials.gov and publication importers, the
// intervention classifier, the curated seed and the synthetic generator.
export * from './import/classify.js';
export * from './import/ctgov-import.js';
export * from './import/progress.js';
export * from './import/publications-import.js';
export * from './import/publications-map.js';
export * from './import/report.js';
export * from './seed/seed.js';
export * from './seed/synthetic.js';
