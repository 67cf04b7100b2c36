import { builder } from '../builder.js';
import { MeshKindEnum } from './registry-enums.js';

export const MeshTerm = builder.drizzleObject('meshTerms', {
  name: 'MeshTerm',
  select: {},
  description:
    "A Medical Subject Heading the registry derived for a trial's conditions or interventions, its own or a broader ancestor.",
  fields: (t) => ({
    kind: t.expose('kind', { type: MeshKindEnum }),
    meshId: t.exposeString('meshId', { nullable: true, description: 'MeSH id, e.g. D008545.' }),
    term: t.exposeString('term', { description: 'The heading, e.g. "Melanoma".' }),
    isAncestor: t.exposeBoolean('isAncestor', {
      description:
        "True for a broader heading from the record's ancestors list, false for the record's own terms.",
    }),
  }),
});
