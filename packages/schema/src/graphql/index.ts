import { printSchema } from 'graphql';
import { builder } from './builder.js';
import { applyDescriptions } from './descriptions.js';
import './types/enums.js';
import './types/provenance.js';
import './types/outcome.js';
import './types/registry-enums.js';
import './types/result-parts.js';
import './types/trial-registry.js';
import './types/intervention.js';
import './types/arm.js';
import './types/site.js';
import './types/mesh-term.js';
import './types/outcome-measure.js';
import './types/registry-adverse-event.js';
import './types/registry-results.js';
import './types/trial.js';
import './types/therapy.js';
import './types/patient.js';
import './types/review.js';
import './types/links.js';
import './types/search.js';
import './types/stats.js';
import './types/history.js';
import './mutations/write.js';
import './mutations/trial.js';
import './mutations/therapy.js';
import './mutations/trial-therapy.js';
import './mutations/patient.js';
import './mutations/adverse-event.js';
import './mutations/review.js';
import './mutations/source.js';
import './mutations/claim.js';
import './mutations/construct-curation.js';

/** The executable GraphQL schema. Resolvers read the database from `context.db`. */
export const schema = applyDescriptions(builder.toSchema({ sortSchema: false }));

/** The SDL as committed in `schema.graphql`. */
export function printSchemaSdl(): string {
  return `${printSchema(schema)}\n`;
}
