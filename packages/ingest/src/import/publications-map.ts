// Publication metadata → reviews (pure). Formats: ClinicalTrials.gov reference lists
// (`{references: [{pmid, type, citation, nctIds}]}`), hand-transcribed records
// (`{records: [{pmid, doi, title, authors, journal, year, …, publicationType}]}`), PubMed esummary
// JSON (`{result: {uids, <uid>: {…}}}`) and Crossref works (`{message: {…}}` or `{message: {items}}`).

import {
  NCT_ID_PATTERN,
  parseOrThrow,
  type ReviewKind,
  reviewInput,
  type SourceKind,
  ValidationError,
} from '@genetrials/schema';
import { RecordError } from './ctgov-map.js';
import { cleanLine, cleanText, truncate } from './text.js';

export type PublicationFormat = 'ctgov-references' | 'transcribed-records' | 'pubmed-esummary' | 'crossref';

/** One publication ready to store: review columns, its source, the trials it is about. */
export interface MappedPublication {
  review: {
    kind: ReviewKind;
    title: string;
    authors: string[];
    authorsComplete: boolean;
    journal: string | null;
    year: number | null;
    volume: string | null;
    issue: string | null;
    pages: string | null;
    doi: string | null;
    pmid: string | null;
    url: string | null;
    abstract: string | null;
  };
  source: {
    kind: SourceKind;
    title: string;
    publisher: string | null;
    publishedOn: string | null;
    url: string | null;
    doi: string | null;
    pmid: string | null;
  };
  /** NCT ids the record says the publication is about. */
  nctIds: string[];
  /** Text to look for therapy names in (title and abstract). */
  text: string;
}

export type PublicationItem =
  | { index: number; kind: 'record'; publication: MappedPublication }
  | { index: number; kind: 'skipped'; id: string | null; reason: string }
  | { index: number; kind: 'failed'; id: string | null; reason: string };

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;

/** Which publication format a parsed JSON document is, or null. */
export function publicationFormat(doc: unknown): PublicationFormat | null {
  const d = obj(doc);
  if (Array.isArray(d.references)) return 'ctgov-references';
  if (Array.isArray(d.records)) return 'transcribed-records';
  if (obj(d.result).uids) return 'pubmed-esummary';
  if (d.message && typeof d.message === 'object') return 'crossref';
  return null;
}

/** A DOI as stored: without a resolver prefix or trailing punctuation (matched case-insensitively). */
export function normalizeDoi(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const doi = raw
    .trim()
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '')
    .replace(/[.,;]+$/, '');
  return /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : null;
}

const PMID = /^[1-9]\d{0,8}$/;

/**
 * A publication type → review kind. PubMed/transcribed types: Review, Systematic Review,
 * Meta-Analysis → REVIEW_ARTICLE; Comment, Editorial, Letter → COMMENTARY; News, Newspaper Article
 * → NEWS; Journal Article, Clinical Trial (any phase), Randomized Controlled Trial, Case Reports,
 * Multicenter Study → PRIMARY_REPORT. A list takes the first of REVIEW, COMMENTARY, NEWS, PRIMARY
 * that any entry gives; an unknown type gives null.
 */
export function kindOfPublicationTypes(types: readonly string[]): ReviewKind | null {
  const t = types.map((x) => x.trim().toLowerCase());
  if (t.some((x) => ['review', 'systematic review', 'meta-analysis', 'review article'].includes(x)))
    return 'REVIEW_ARTICLE';
  if (t.some((x) => ['comment', 'editorial', 'letter', 'commentary'].includes(x))) return 'COMMENTARY';
  if (t.some((x) => ['news', 'newspaper article'].includes(x))) return 'NEWS';
  if (
    t.some(
      (x) =>
        [
          'journal article',
          'case reports',
          'multicenter study',
          'randomized controlled trial',
          'research article',
        ].includes(x) ||
        x.startsWith('clinical trial') ||
        x === 'controlled clinical trial',
    )
  )
    return 'PRIMARY_REPORT';
  return null;
}

const sourceKindOf = (kind: ReviewKind): SourceKind =>
  kind === 'REVIEW_ARTICLE' ? 'REVIEW' : kind === 'NEWS' ? 'NEWS' : 'JOURNAL_ARTICLE';

export interface ParsedCitation {
  authors: string[];
  authorsComplete: boolean;
  title: string;
  journal: string | null;
  year: number | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  doi: string | null;
  /** PubMed's trailing publication-type markers ("Review.", "Comment.") */
  markers: string[];
}

const CITATION =
  /^(?<authors>.+?)\. (?<title>.+?[.?!]) (?<journal>[^.]+(?:\.[^.0-9]+)*?)\. (?<year>\d{4})(?: [A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?)?(?: \d{1,2})?(?:;(?<volume>[^(:]+)?(?:\((?<issue>[^)]+)\))?(?::(?<pages>[^.\s]+))?)?\./;

/**
 * An NLM/PubMed citation string ("Authors. Title. Journal. 2005 Sep;63(3):280-93. doi: …").
 * When it does not have that shape, the whole citation is the title and the rest is unknown.
 */
export function parseCitation(citation: string): ParsedCitation {
  const text = cleanLine(citation) ?? '';
  const doi = normalizeDoi(/\bdoi:\s*(10\.\S+?)(?:\.?\s|\.?$)/i.exec(text)?.[1]);
  const markers = [...text.matchAll(/\b(Review|Comment|Editorial|Letter|Meta-Analysis)\.(?=\s|$)/g)].map(
    (m) => m[1] as string,
  );
  const m = CITATION.exec(text);
  if (!m?.groups) {
    return {
      authors: [],
      authorsComplete: false,
      title: text,
      journal: null,
      year: null,
      volume: null,
      issue: null,
      pages: null,
      doi,
      markers,
    };
  }
  const g = m.groups;
  const rawAuthors = (g.authors ?? '').split(/,\s*/).map((a) => a.trim());
  const etAl = rawAuthors.some((a) => /^et al\.?$/i.test(a)) || /\bet al\b/i.test(g.authors ?? '');
  const authors = rawAuthors
    .filter((a) => a && !/^et al\.?$/i.test(a))
    .map((a) => a.replace(/\s+et al$/i, ''));
  const clip = (value: string | undefined, max: number) => {
    const v = value?.trim();
    return v && v.length <= max ? v : null;
  };
  return {
    authors,
    authorsComplete: !etAl,
    title: (g.title ?? '').replace(/\.$/, ''),
    journal: clip(g.journal, 300),
    year: g.year ? Number(g.year) : null,
    volume: clip(g.volume, 20),
    issue: clip(g.issue, 20),
    pages: clip(g.pages, 40),
    doi,
    markers,
  };
}

function validated(publication: MappedPublication, id: string | null): MappedPublication {
  try {
    parseOrThrow(reviewInput, publication.review);
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new RecordError(
        `invalid publication${id ? ` ${id}` : ''}: ${error.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
      );
    }
    throw error;
  }
  return publication;
}

const pubmedUrl = (pmid: string | null) => (pmid ? `https://pubmed.ncbi.nlm.nih.gov/${pmid}/` : null);
const doiUrl = (doi: string | null) => (doi ? `https://doi.org/${doi}` : null);

function build(
  kind: ReviewKind,
  fields: Omit<MappedPublication['review'], 'kind' | 'url'> & { url?: string | null },
  nctIds: string[],
): MappedPublication {
  const title = truncate(fields.title, 1000);
  const url = fields.url ?? pubmedUrl(fields.pmid) ?? doiUrl(fields.doi);
  return {
    review: {
      ...fields,
      kind,
      title,
      url,
      authors: fields.authors.map((a) => truncate(a, 200)).slice(0, 500),
    },
    source: {
      kind: sourceKindOf(kind),
      title: truncate(title, 500),
      publisher: fields.journal ? truncate(fields.journal, 200) : null,
      publishedOn: fields.year ? String(fields.year) : null,
      url,
      doi: fields.doi,
      pmid: fields.pmid,
    },
    nctIds: [...new Set(nctIds.filter((n) => NCT_ID_PATTERN.test(n)))],
    text: [title, fields.abstract ?? ''].join('\n'),
  };
}

export interface MapOptions {
  /** Import BACKGROUND references that are marked as reviews or commentary (without trial links). */
  includeBackground?: boolean;
}

/**
 * One entry of a ClinicalTrials.gov reference list. RESULT → PRIMARY_REPORT (the trial's results
 * publication), linked to the citing trials. DERIVED (PubMed indexed it under the trial's NCT id)
 * → PRIMARY_REPORT, or REVIEW_ARTICLE / COMMENTARY when the citation or its title says so, linked
 * to the trials. BACKGROUND references are literature the trial cites, not reports about it:
 * skipped, unless `includeBackground` and they are marked as a review or commentary, then imported
 * without trial links.
 */
export function mapCtgovReference(entry: unknown, index: number, options: MapOptions = {}): PublicationItem {
  const e = obj(entry);
  const pmid = str(e.pmid)?.trim() || null;
  const type = str(e.type);
  const citation = str(e.citation);
  const id = pmid ? `PMID ${pmid}` : null;
  if (!citation) return { index, kind: 'failed', id, reason: 'reference without a citation' };
  if (pmid && !PMID.test(pmid))
    return { index, kind: 'failed', id, reason: `malformed PMID ${JSON.stringify(pmid)}` };
  const parsed = parseCitation(citation);
  const reviewLike =
    parsed.markers.includes('Review') ||
    parsed.markers.includes('Meta-Analysis') ||
    /\b(?:review|meta-analysis|systematic review)\b/i.test(parsed.title);
  const commentLike = parsed.markers.some((m) => ['Comment', 'Editorial', 'Letter'].includes(m));
  let kind: ReviewKind;
  let linkTrials = true;
  switch (type) {
    case 'RESULT':
      kind = 'PRIMARY_REPORT';
      break;
    case 'DERIVED':
      kind = reviewLike ? 'REVIEW_ARTICLE' : commentLike ? 'COMMENTARY' : 'PRIMARY_REPORT';
      break;
    case 'BACKGROUND':
      if (!options.includeBackground) {
        return {
          index,
          kind: 'skipped',
          id,
          reason: 'BACKGROUND reference: cited by the trial, not about it',
        };
      }
      if (!reviewLike && !commentLike) {
        return {
          index,
          kind: 'skipped',
          id,
          reason: 'BACKGROUND reference of unknown kind (not marked as a review or commentary)',
        };
      }
      kind = reviewLike ? 'REVIEW_ARTICLE' : 'COMMENTARY';
      linkTrials = false;
      break;
    default:
      return { index, kind: 'failed', id, reason: `unknown reference type ${JSON.stringify(type)}` };
  }
  try {
    const publication = build(
      kind,
      {
        title: parsed.title,
        authors: parsed.authors,
        authorsComplete: parsed.authorsComplete,
        journal: parsed.journal,
        year: parsed.year,
        volume: parsed.volume,
        issue: parsed.issue,
        pages: parsed.pages,
        doi: parsed.doi,
        pmid,
        abstract: null,
      },
      linkTrials ? arr(e.nctIds).map(String) : [],
    );
    return { index, kind: 'record', publication: validated(publication, id) };
  } catch (error) {
    return { index, kind: 'failed', id, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** One hand-transcribed record (`reviews_from_pages.json`). */
export function mapTranscribedRecord(entry: unknown, index: number): PublicationItem {
  const e = obj(entry);
  const pmid = str(e.pmid)?.trim() || null;
  const doi = normalizeDoi(str(e.doi));
  const id = pmid ? `PMID ${pmid}` : doi ? `DOI ${doi}` : null;
  const title = cleanLine(str(e.title));
  if (!title) return { index, kind: 'failed', id, reason: 'record without a title' };
  const types = Array.isArray(e.publicationType)
    ? e.publicationType.map(String)
    : [str(e.publicationType) ?? ''];
  const kind = kindOfPublicationTypes(types);
  if (!kind)
    return {
      index,
      kind: 'failed',
      id,
      reason: `unknown publication type ${JSON.stringify(e.publicationType)}`,
    };
  const abstract = cleanText(str(e.abstract));
  const nctIds = [...`${title}\n${abstract ?? ''}`.matchAll(/\bNCT\d{8}\b/g)].map((m) => m[0]);
  try {
    const publication = build(
      kind,
      {
        title,
        authors: arr(e.authors)
          .map((a) => cleanLine(str(a)))
          .filter((a): a is string => !!a),
        authorsComplete: !e.authorsNote && !arr(e.authors).some((a) => /et al/i.test(String(a))),
        journal: cleanLine(str(e.journal)),
        year: typeof e.year === 'number' ? e.year : null,
        volume: cleanLine(str(e.volume)),
        issue: cleanLine(str(e.issue)),
        pages: cleanLine(str(e.pages)),
        doi,
        pmid,
        abstract,
        url: pubmedUrl(pmid) ?? doiUrl(doi) ?? cleanLine(str(e.sourceUrl)),
      },
      [...nctIds, ...arr(e.nctIds).map(String)],
    );
    return { index, kind: 'record', publication: validated(publication, id) };
  } catch (error) {
    return { index, kind: 'failed', id, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** One PubMed esummary document summary. */
export function mapPubmedSummary(entry: unknown, index: number): PublicationItem {
  const e = obj(entry);
  const pmid = str(e.uid)?.trim() || null;
  const id = pmid ? `PMID ${pmid}` : null;
  if (e.error) return { index, kind: 'failed', id, reason: `PubMed error: ${String(e.error)}` };
  const title = cleanLine(str(e.title))?.replace(/\.$/, '') ?? null;
  if (!title) return { index, kind: 'failed', id, reason: 'record without a title' };
  const kind = kindOfPublicationTypes(arr(e.pubtype).map(String));
  if (!kind)
    return { index, kind: 'failed', id, reason: `unknown publication type ${JSON.stringify(e.pubtype)}` };
  const doi = normalizeDoi(
    str(obj(arr(e.articleids).find((a) => str(obj(a).idtype) === 'doi')).value) ??
      str(e.elocationid)?.replace(/^doi:\s*/i, ''),
  );
  const year = Number(/\b(\d{4})\b/.exec(str(e.pubdate) ?? '')?.[1]) || null;
  try {
    const publication = build(
      kind,
      {
        title,
        authors: arr(e.authors)
          .map((a) => cleanLine(str(obj(a).name)))
          .filter((a): a is string => !!a),
        authorsComplete: true,
        journal: cleanLine(str(e.fulljournalname) ?? str(e.source)),
        year,
        volume: cleanLine(str(e.volume)),
        issue: cleanLine(str(e.issue)),
        pages: cleanLine(str(e.pages)),
        doi,
        pmid,
        abstract: null,
      },
      [],
    );
    return { index, kind: 'record', publication: validated(publication, id) };
  } catch (error) {
    return { index, kind: 'failed', id, reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * One Crossref work. Crossref's `type` does not tell a review from a research article: a
 * `journal-article` is PRIMARY_REPORT unless its title says review/meta-analysis (REVIEW_ARTICLE);
 * other types fail with the type named.
 */
export function mapCrossrefWork(entry: unknown, index: number): PublicationItem {
  const e = obj(entry);
  const doi = normalizeDoi(str(e.DOI));
  const id = doi ? `DOI ${doi}` : null;
  const title = cleanLine(str(arr(e.title)[0]));
  if (!title) return { index, kind: 'failed', id, reason: 'work without a title' };
  const type = str(e.type);
  if (type !== 'journal-article') {
    return { index, kind: 'failed', id, reason: `unsupported Crossref type ${JSON.stringify(type)}` };
  }
  const kind: ReviewKind = /\b(?:review|meta-analysis)\b/i.test(title) ? 'REVIEW_ARTICLE' : 'PRIMARY_REPORT';
  const parts = arr(arr(obj(e.issued)['date-parts'])[0]);
  const year = typeof parts[0] === 'number' ? parts[0] : null;
  const abstract = cleanText(str(e.abstract)?.replace(/<[^>]+>/g, ' '));
  try {
    const publication = build(
      kind,
      {
        title,
        authors: arr(e.author)
          .map((a) =>
            cleanLine(
              [str(obj(a).family), str(obj(a).given)?.replace(/[^A-Z]/g, '')].filter(Boolean).join(' ') ||
                str(obj(a).name),
            ),
          )
          .filter((a): a is string => !!a),
        authorsComplete: true,
        journal: cleanLine(str(arr(e['container-title'])[0])),
        year,
        volume: cleanLine(str(e.volume)),
        issue: cleanLine(str(e.issue)),
        pages: cleanLine(str(e.page)),
        doi,
        pmid: null,
        abstract: null,
      },
      [...`${title}\n${abstract ?? ''}`.matchAll(/\bNCT\d{8}\b/g)].map((m) => m[0]),
    );
    return { index, kind: 'record', publication: validated(publication, id) };
  } catch (error) {
    return { index, kind: 'failed', id, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Every publication in a parsed document, mapped. Throws a RecordError when the format is unknown. */
export function* mapPublicationDocument(doc: unknown, options: MapOptions = {}): Generator<PublicationItem> {
  const d = obj(doc);
  switch (publicationFormat(doc)) {
    case 'ctgov-references':
      for (const [i, entry] of arr(d.references).entries()) yield mapCtgovReference(entry, i, options);
      return;
    case 'transcribed-records':
      for (const [i, entry] of arr(d.records).entries()) yield mapTranscribedRecord(entry, i);
      return;
    case 'pubmed-esummary': {
      const result = obj(d.result);
      for (const [i, uid] of arr(result.uids).entries()) yield mapPubmedSummary(result[String(uid)], i);
      return;
    }
    case 'crossref': {
      const message = obj(d.message);
      const items = Array.isArray(message.items) ? message.items : [message];
      for (const [i, entry] of items.entries()) yield mapCrossrefWork(entry, i);
      return;
    }
    default:
      throw new RecordError(
        'unknown publication format (expected {references}, {records}, a PubMed esummary {result} or a Crossref {message})',
      );
  }
}
