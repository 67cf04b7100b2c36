import { defineRelations } from 'drizzle-orm';
import * as tables from './tables.js';

export const relations = defineRelations(tables, (r) => ({
  trials: {
    therapyLinks: r.many.trialTherapies({ from: r.trials.id, to: r.trialTherapies.trialId }),
    therapies: r.many.therapies({
      from: r.trials.id.through(r.trialTherapies.trialId),
      to: r.therapies.id.through(r.trialTherapies.therapyId),
    }),
    patients: r.many.patients({ from: r.trials.id, to: r.patients.trialId }),
    reviews: r.many.reviews({
      from: r.trials.id.through(r.reviewTrials.trialId),
      to: r.reviews.id.through(r.reviewTrials.reviewId),
    }),
    claims: r.many.claims({ from: r.trials.id, to: r.claims.subjectId, where: { subjectType: 'TRIAL' } }),
    interventions: r.many.interventions({ from: r.trials.id, to: r.interventions.trialId }),
    arms: r.many.arms({ from: r.trials.id, to: r.arms.trialId }),
    sites: r.many.trialSites({ from: r.trials.id, to: r.trialSites.trialId }),
    meshTerms: r.many.meshTerms({ from: r.trials.id, to: r.meshTerms.trialId }),
    outcomeMeasures: r.many.outcomeMeasures({ from: r.trials.id, to: r.outcomeMeasures.trialId }),
    registryAdverseEvents: r.many.registryAdverseEvents({
      from: r.trials.id,
      to: r.registryAdverseEvents.trialId,
    }),
    results: r.one.trialResults({ from: r.trials.id, to: r.trialResults.trialId }),
  },
  therapies: {
    trialLinks: r.many.trialTherapies({ from: r.therapies.id, to: r.trialTherapies.therapyId }),
    trials: r.many.trials({
      from: r.therapies.id.through(r.trialTherapies.therapyId),
      to: r.trials.id.through(r.trialTherapies.trialId),
    }),
    reviews: r.many.reviews({
      from: r.therapies.id.through(r.reviewTherapies.therapyId),
      to: r.reviews.id.through(r.reviewTherapies.reviewId),
    }),
    claims: r.many.claims({
      from: r.therapies.id,
      to: r.claims.subjectId,
      where: { subjectType: 'THERAPY' },
    }),
    interventions: r.many.interventions({ from: r.therapies.id, to: r.interventions.therapyId }),
  },
  interventions: {
    trial: r.one.trials({ from: r.interventions.trialId, to: r.trials.id, optional: false }),
    therapy: r.one.therapies({ from: r.interventions.therapyId, to: r.therapies.id }),
    arms: r.many.arms({
      from: r.interventions.id.through(r.interventionArms.interventionId),
      to: r.arms.id.through(r.interventionArms.armId),
    }),
  },
  arms: {
    trial: r.one.trials({ from: r.arms.trialId, to: r.trials.id, optional: false }),
    interventions: r.many.interventions({
      from: r.arms.id.through(r.interventionArms.armId),
      to: r.interventions.id.through(r.interventionArms.interventionId),
    }),
  },
  trialSites: {
    trial: r.one.trials({ from: r.trialSites.trialId, to: r.trials.id, optional: false }),
  },
  meshTerms: {
    trial: r.one.trials({ from: r.meshTerms.trialId, to: r.trials.id, optional: false }),
  },
  outcomeMeasures: {
    trial: r.one.trials({ from: r.outcomeMeasures.trialId, to: r.trials.id, optional: false }),
  },
  registryAdverseEvents: {
    trial: r.one.trials({ from: r.registryAdverseEvents.trialId, to: r.trials.id, optional: false }),
  },
  trialResults: {
    trial: r.one.trials({ from: r.trialResults.trialId, to: r.trials.id, optional: false }),
    source: r.one.sources({ from: r.trialResults.sourceId, to: r.sources.id }),
  },
  trialTherapies: {
    trial: r.one.trials({ from: r.trialTherapies.trialId, to: r.trials.id, optional: false }),
    therapy: r.one.therapies({ from: r.trialTherapies.therapyId, to: r.therapies.id, optional: false }),
  },
  patients: {
    trial: r.one.trials({ from: r.patients.trialId, to: r.trials.id, optional: false }),
    adverseEvents: r.many.adverseEvents({ from: r.patients.id, to: r.adverseEvents.patientId }),
    claims: r.many.claims({ from: r.patients.id, to: r.claims.subjectId, where: { subjectType: 'PATIENT' } }),
  },
  adverseEvents: {
    patient: r.one.patients({ from: r.adverseEvents.patientId, to: r.patients.id, optional: false }),
  },
  reviews: {
    source: r.one.sources({ from: r.reviews.sourceId, to: r.sources.id }),
    assessments: r.many.assessments({ from: r.reviews.id, to: r.assessments.reviewId }),
    trials: r.many.trials({
      from: r.reviews.id.through(r.reviewTrials.reviewId),
      to: r.trials.id.through(r.reviewTrials.trialId),
    }),
    therapies: r.many.therapies({
      from: r.reviews.id.through(r.reviewTherapies.reviewId),
      to: r.therapies.id.through(r.reviewTherapies.therapyId),
    }),
    claims: r.many.claims({ from: r.reviews.id, to: r.claims.subjectId, where: { subjectType: 'REVIEW' } }),
  },
  assessments: {
    review: r.one.reviews({ from: r.assessments.reviewId, to: r.reviews.id, optional: false }),
  },
  sources: {
    claims: r.many.claims({ from: r.sources.id, to: r.claims.sourceId }),
    reviews: r.many.reviews({ from: r.sources.id, to: r.reviews.sourceId }),
  },
  claims: {
    source: r.one.sources({ from: r.claims.sourceId, to: r.sources.id, optional: false }),
  },
}));

export type Relations = typeof relations;
