import type { SubjectType } from '../../domain/enums.js';
import { addClaim, deleteClaim as deleteClaimCommand } from '../../write/claim.js';
import { builder } from '../builder.js';
import { Claim, SUBJECT_TYPENAMES } from '../types/provenance.js';
import { adminAccess, curatorAccess, deletedResult, entityResult } from './errors.js';
import { DeleteInput, decodeId, decodeTypedId, loaded, write } from './write.js';

// Claims record what one source said about one field of one entity. They are added and removed,
// never edited: a corrected reading is a new claim.

const SUBJECT_TYPES_BY_TYPENAME = new Map(
  Object.entries(SUBJECT_TYPENAMES).map(([type, typename]) => [typename, type as SubjectType]),
);

const AddClaimInput = builder.inputType('AddClaimInput', {
  description:
    'Cites a source for one field of an entity. Every claim (about any entity) is screened for direct ' +
    'identifiers, in its value at any depth, its keys, field name and locator; an age (ageAtEnrollment, …) ' +
    'over 89 is stored as 90.',
  fields: (t) => ({
    subjectId: t.id({
      required: true,
      description: 'Global ID of a Trial, Therapy, Patient, AdverseEvent or Review.',
    }),
    field: t.string({ required: true, description: 'camelCase field name, e.g. ageAtEnrollment.' }),
    value: t.field({ type: 'JSON', required: true, description: 'The value as the source reported it.' }),
    sourceId: t.id({ required: true }),
    locator: t.string({ description: 'Where in the source: a section, page or short paraphrase.' }),
  }),
});

const deleteClaim = deletedResult('deleteClaim');

builder.mutationFields((t) => ({
  addClaim: t.drizzleField({
    type: Claim,
    description: 'Cites a source for a field of an entity. Needs a curator token.',
    ...curatorAccess,
    errors: entityResult('addClaim', 'claim'),
    args: { input: t.arg({ type: AddClaimInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const subject = decodeTypedId(
        input.subjectId,
        [...SUBJECT_TYPES_BY_TYPENAME.keys()],
        'input.subjectId',
      );
      const subjectType = SUBJECT_TYPES_BY_TYPENAME.get(subject.typename) as SubjectType;
      const sourceId = decodeId(input.sourceId, 'Source', 'input.sourceId');
      const { id } = await write(ctx, (w) =>
        addClaim(w, {
          subjectType,
          subjectId: subject.id,
          field: input.field,
          value: input.value,
          sourceId,
          locator: input.locator,
        }),
      );
      return loaded(ctx.db.query.claims.findFirst(query({ where: { id } })), 'Claim', id);
    },
  }),

  deleteClaim: t.field({
    type: deleteClaim.type,
    description: 'Removes a claim (`Claim.id`). Needs an admin token.',
    ...adminAccess,
    errors: deleteClaim.errors,
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = decodeId(input.id, 'Claim', 'input.id');
      await write(ctx, (w) => deleteClaimCommand(w, { id, expectedVersion: input.expectedVersion }));
      return { deletedId: input.id };
    },
  }),
}));
