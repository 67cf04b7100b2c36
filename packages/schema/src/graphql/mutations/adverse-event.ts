import { addAdverseEvent, deleteAdverseEvent, updateAdverseEvent } from '../../write/adverse-event.js';
import { builder } from '../builder.js';
import { AdverseEvent } from '../types/patient.js';
import { adminAccess, curatorAccess, deletedResult, entityResult } from './errors.js';
import { eventFields } from './patient.js';
import { DeleteInput, decodeId, loaded, write } from './write.js';

// Adverse events are created with their patient (createPatient's `adverseEvents`, see patient.ts) or
// one at a time here, and changed one at a time: each keeps its id, so claims citing it stay attached.

const AddAdverseEventInput = builder.inputType('AddAdverseEventInput', {
  description: 'An adverse event of an existing patient.',
  fields: (t) => ({ patientId: t.id({ required: true }), ...eventFields(t, true) }),
});

const UpdateAdverseEventInput = builder.inputType('UpdateAdverseEventInput', {
  description:
    'Changes to an adverse event: fields left out stay as they are; null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true }),
    expectedVersion: t.int({ required: true, description: 'The version last read.' }),
    ...eventFields(t, false),
  }),
});

const deleteEvent = deletedResult('deleteAdverseEvent');

builder.mutationFields((t) => ({
  addAdverseEvent: t.drizzleField({
    type: AdverseEvent,
    description: 'Records an adverse event of a patient. Needs a curator token.',
    ...curatorAccess,
    errors: entityResult('addAdverseEvent', 'adverseEvent'),
    args: { input: t.arg({ type: AddAdverseEventInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const patientId = decodeId(input.patientId, 'Patient', 'input.patientId');
      const { id } = await write(ctx, (w) => addAdverseEvent(w, { ...input, patientId }));
      return loaded(ctx.db.query.adverseEvents.findFirst(query({ where: { id } })), 'AdverseEvent', id);
    },
  }),

  updateAdverseEvent: t.drizzleField({
    type: AdverseEvent,
    description:
      'Changes an adverse event (a stale `expectedVersion` is a ConflictError). Needs a curator token.',
    ...curatorAccess,
    errors: entityResult('updateAdverseEvent', 'adverseEvent'),
    args: { input: t.arg({ type: UpdateAdverseEventInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id: globalId, expectedVersion, ...patch } = input;
      const id = decodeId(globalId, 'AdverseEvent', 'input.id');
      await write(ctx, (w) => updateAdverseEvent(w, { id, expectedVersion, patch }));
      return loaded(ctx.db.query.adverseEvents.findFirst(query({ where: { id } })), 'AdverseEvent', id);
    },
  }),

  deleteAdverseEvent: t.field({
    type: deleteEvent.type,
    description: 'Deletes an adverse event and the claims about it. Needs an admin token.',
    ...adminAccess,
    errors: deleteEvent.errors,
    args: { input: t.arg({ type: DeleteInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const id = decodeId(input.id, 'AdverseEvent', 'input.id');
      await write(ctx, (w) => deleteAdverseEvent(w, { id, expectedVersion: input.expectedVersion }));
      return { deletedId: input.id };
    },
  }),
}));
