import type { Evidence, InferredClassification } from '../../domain/registry-validation.js';
import { builder } from '../builder.js';
import { CellSourceEnum, ModalityEnum, VectorEnum } from './enums.js';
import { EvidenceFieldEnum, InterventionTypeEnum, MatchMethodEnum } from './registry-enums.js';

export const EvidenceRef = builder.objectRef<Evidence>('Evidence').implement({
  description: 'The passage of the registry record a value was read from.',
  fields: (t) => ({
    field: t.expose('field', { type: EvidenceFieldEnum, description: 'Which field of the record.' }),
    text: t.exposeString('text', { description: 'A short excerpt of that field.' }),
  }),
});

type Inferred<K extends keyof InferredClassification> = NonNullable<InferredClassification[K]>;

export const InferredModalityRef = builder.objectRef<Inferred<'modality'>>('InferredModality').implement({
  description: 'A modality read from the registry text, with its evidence.',
  fields: (t) => ({
    value: t.expose('value', { type: ModalityEnum }),
    evidence: t.field({ type: EvidenceRef, resolve: (i) => i.evidence }),
  }),
});
export const InferredVectorRef = builder.objectRef<Inferred<'vector'>>('InferredVector').implement({
  description: 'A gene-delivery vector read from the registry text, with its evidence.',
  fields: (t) => ({
    value: t.expose('value', { type: VectorEnum }),
    evidence: t.field({ type: EvidenceRef, resolve: (i) => i.evidence }),
  }),
});
export const InferredCellSourceRef = builder
  .objectRef<Inferred<'cellSource'>>('InferredCellSource')
  .implement({
    description: 'A cell source read from the registry text, with its evidence.',
    fields: (t) => ({
      value: t.expose('value', { type: CellSourceEnum }),
      evidence: t.field({ type: EvidenceRef, resolve: (i) => i.evidence }),
    }),
  });
export const InferredTextRef = builder.objectRef<Inferred<'transgene'>>('InferredText').implement({
  description: 'A free-text value (a transgene, an antigen) read from the registry text, with its evidence.',
  fields: (t) => ({
    value: t.exposeString('value'),
    evidence: t.field({ type: EvidenceRef, resolve: (i) => i.evidence }),
  }),
});

export const InferredClassificationRef = builder
  .objectRef<InferredClassification>('InferredClassification')
  .implement({
    description:
      'What the classifier read from the registry record about an intervention. Inferred, not curated: each value cites its passage; null where the text says nothing.',
    fields: (t) => ({
      modality: t.field({ type: InferredModalityRef, nullable: true, resolve: (c) => c.modality ?? null }),
      vector: t.field({ type: InferredVectorRef, nullable: true, resolve: (c) => c.vector ?? null }),
      transgene: t.field({ type: InferredTextRef, nullable: true, resolve: (c) => c.transgene ?? null }),
      targetAntigen: t.field({
        type: InferredTextRef,
        nullable: true,
        resolve: (c) => c.targetAntigen ?? null,
      }),
      cellSource: t.field({
        type: InferredCellSourceRef,
        nullable: true,
        resolve: (c) => c.cellSource ?? null,
      }),
    }),
  });

export interface TherapyMatch {
  method: 'ALIAS' | 'PRODUCT_CODE' | 'CURATOR';
  evidence: string | null;
}

export const TherapyMatchRef = builder.objectRef<TherapyMatch>('TherapyMatch').implement({
  description: 'Why a registered intervention is linked to a curated therapy.',
  fields: (t) => ({
    method: t.expose('method', { type: MatchMethodEnum, description: 'How the link was made.' }),
    evidence: t.exposeString('evidence', {
      nullable: true,
      description: 'Why, in words: e.g. \'other name "CTL019" is a product code of tisagenlecleucel\'.',
    }),
  }),
});

export const Intervention = builder.drizzleNode('interventions', {
  name: 'Intervention',
  select: {},
  description:
    "One intervention as a trial's registry record lists it: always one trial's own, never shared. It may point to a curated therapy through an explained match.",
  id: { column: (i) => i.id },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name as registered, e.g. "CTL019".' }),
    type: t.expose('type', {
      type: InterventionTypeEnum,
      nullable: true,
      description: 'Registry intervention type.',
    }),
    description: t.exposeString('description', { nullable: true, description: 'Description as registered.' }),
    otherNames: t.exposeStringList('otherNames', {
      description: 'Other names the record gives (synonyms, product codes, brand names).',
    }),
    position: t.exposeInt('position', { description: 'Order in the registry record, from 0.' }),
    arms: t.relation('arms', {
      description: 'Arms of the trial that give this intervention, in record order.',
      query: { orderBy: { position: 'asc', id: 'asc' } },
    }),
    therapy: t.relation('therapy', {
      nullable: true,
      description: 'The curated therapy (construct) this intervention is, when matched. See `match` for why.',
    }),
    match: t.field({
      type: TherapyMatchRef,
      nullable: true,
      description:
        'How and why `therapy` was linked; null when the intervention is not matched. A CURATOR match with ' +
        'a null `therapy` records that a curator unlinked it: imports will not match it again.',
      select: { columns: { therapyId: true, matchMethod: true, matchEvidence: true } },
      resolve: (i) =>
        i.matchMethod && (i.therapyId != null || i.matchMethod === 'CURATOR')
          ? { method: i.matchMethod, evidence: i.matchEvidence }
          : null,
    }),
    inferred: t.field({
      type: InferredClassificationRef,
      nullable: true,
      description:
        'Classification inferred from the record text, each value with its evidence; null when not classified.',
      select: { columns: { inferred: true } },
      resolve: (i) => i.inferred ?? null,
    }),
    trial: t.relation('trial', { description: 'The trial whose record lists this intervention.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    version: t.exposeInt('version', { description: 'Incremented on every change.' }),
  }),
});
