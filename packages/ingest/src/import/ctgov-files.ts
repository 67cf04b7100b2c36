// Reading study records from files and folders, lazily: folders are walked with fs.opendir, files
// are read one at a time, and large JSON arrays are streamed element by element, so memory does
// not grow with the number of files or records.

import { createReadStream } from 'node:fs';
import { open, opendir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { chainUnchecked } from 'stream-chain';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { fromV1, fromV2, isV1Study, isV2Study, RecordShapeError, type StudyRecord } from './ctgov-record.js';
import { fromXml } from './ctgov-xml.js';

/** File name endings the ClinicalTrials.gov importer reads; other files in a folder are ignored. */
export const STUDY_FILE_EXTENSIONS = ['.json', '.ndjson', '.jsonl', '.xml'] as const;

/** One record read from a file, not yet interpreted, or the reason it could not be read. */
export type RawRecord =
  | { file: string; index: number | null; kind: 'json'; value: unknown }
  | { file: string; index: number | null; kind: 'xml'; text: string }
  | { file: string; index: number | null; kind: 'error'; reason: string };

export interface ReadOptions {
  /** Descend into sub-folders (default true). */
  recursive?: boolean;
  /** JSON files larger than this are streamed instead of parsed whole (default 16 MiB). */
  streamThresholdBytes?: number;
  /** Called for each file once it has been read to the end. */
  onFile?: (file: string) => void;
}

const isStudyFile = (name: string) =>
  (STUDY_FILE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

/**
 * Every study file under `paths`, in folder order, one at a time. Symbolic links are followed, but
 * a folder already entered (by its real path) is not entered again, so link loops end.
 */
export async function* walkStudyFiles(paths: readonly string[], recursive = true): AsyncGenerator<string> {
  const seen = new Set<string>();
  for (const path of paths) {
    const info = await stat(path);
    if (info.isDirectory()) yield* walkFolder(path, recursive, seen);
    else yield path;
  }
}

async function* walkFolder(folder: string, recursive: boolean, seen: Set<string>): AsyncGenerator<string> {
  const real = await realpath(folder).catch(() => folder);
  if (seen.has(real)) return;
  seen.add(real);
  const dir = await opendir(folder);
  for await (const entry of dir) {
    const path = join(folder, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const info = await stat(path).catch(() => null);
      isDir = !!info?.isDirectory();
      isFile = !!info?.isFile();
    }
    if (isDir && recursive) yield* walkFolder(path, recursive, seen);
    else if (isFile && isStudyFile(entry.name)) yield path;
  }
}

/** Counts the study files under `paths` (for a progress bar's total) without keeping their names. */
export async function countStudyFiles(paths: readonly string[], recursive = true): Promise<number> {
  let n = 0;
  for await (const _ of walkStudyFiles(paths, recursive)) n++;
  return n;
}

/** Every record in every study file under `paths`. */
export async function* readRawRecords(
  paths: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<RawRecord> {
  for await (const file of walkStudyFiles(paths, options.recursive ?? true)) {
    yield* readFileRecords(file, options.streamThresholdBytes ?? 16 * 1024 * 1024);
    options.onFile?.(file);
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The records of one file: XML, NDJSON, or JSON (one study, an array, or a v1/v2 envelope). */
export async function* readFileRecords(
  file: string,
  streamThresholdBytes: number,
): AsyncGenerator<RawRecord> {
  const ext = extname(file).toLowerCase();
  try {
    if (ext === '.xml') {
      yield { file, index: null, kind: 'xml', text: await readFile(file, 'utf8') };
    } else if (ext === '.ndjson' || ext === '.jsonl') {
      yield* readJsonLines(file);
    } else if ((await stat(file)).size > streamThresholdBytes) {
      yield* streamJson(file);
    } else {
      const text = await readFile(file, 'utf8');
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        yield { file, index: null, kind: 'error', reason: `malformed JSON: ${message(error)}` };
        return;
      }
      yield* unwrapJson(file, value);
    }
  } catch (error) {
    yield { file, index: null, kind: 'error', reason: `cannot read file: ${message(error)}` };
  }
}

/** The studies inside a parsed JSON document. */
function* unwrapJson(file: string, value: unknown): Generator<RawRecord> {
  const list = studyList(value);
  if (list) {
    for (const [index, item] of list.entries()) yield { file, index, kind: 'json', value: item };
  } else {
    yield { file, index: null, kind: 'json', value };
  }
}

/** A JSON array, a v1 `FullStudiesResponse.FullStudies` or a v2 page's `studies`, if `value` is one. */
function studyList(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const v1 = (v.FullStudiesResponse as Record<string, unknown> | undefined)?.FullStudies;
  if (Array.isArray(v1)) return v1;
  if (Array.isArray(v.studies)) return v.studies;
  return null;
}

async function* readJsonLines(file: string): AsyncGenerator<RawRecord> {
  const lines = createInterface({
    input: createReadStream(file, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let index = -1;
  for await (const line of lines) {
    index++;
    if (line.trim() === '') continue;
    try {
      yield { file, index, kind: 'json', value: JSON.parse(line) };
    } catch (error) {
      yield { file, index, kind: 'error', reason: `malformed JSON on line ${index + 1}: ${message(error)}` };
    }
  }
}

/** The first non-blank character of a file. */
async function firstChar(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return (
      buffer
        .subarray(0, bytesRead)
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trimStart()[0] ?? ''
    );
  } finally {
    await handle.close();
  }
}

/**
 * Streams a large JSON file: a top-level array, or the list of a v1 envelope
 * (`FullStudiesResponse.FullStudies`) or v2 page (`studies`). A syntax error ends the file and is
 * reported with how many records were read before it. A large single-study object is read whole.
 */
async function* streamJson(file: string): AsyncGenerator<RawRecord> {
  const first = await firstChar(file);
  const stages: unknown[] = [createReadStream(file), parser()];
  if (first === '{') stages.push(pick({ filter: /^(?:FullStudiesResponse\.FullStudies|studies)$/ }));
  stages.push(streamArray());
  const pipeline = chainUnchecked<Buffer, { key: number; value: unknown }>(stages);
  let count = 0;
  try {
    for await (const item of pipeline as unknown as AsyncIterable<{ key: number; value: unknown }>) {
      count++;
      yield { file, index: item.key, kind: 'json', value: item.value };
    }
  } catch (error) {
    pipeline.destroy();
    yield {
      file,
      index: count,
      kind: 'error',
      reason: `malformed JSON after ${count} record(s): ${message(error)}; the rest of the file was not read`,
    };
    return;
  }
  if (count === 0 && first === '{') {
    // Not an envelope: one (large) study object.
    try {
      yield* unwrapJson(file, JSON.parse(await readFile(file, 'utf8')));
    } catch (error) {
      yield { file, index: null, kind: 'error', reason: `malformed JSON: ${message(error)}` };
    }
  }
}

/** Interprets a raw record as a study in whichever format it is. Throws when it is none. */
export function toStudyRecord(raw: Exclude<RawRecord, { kind: 'error' }>): StudyRecord {
  if (raw.kind === 'xml') return fromXml(raw.text);
  if (isV2Study(raw.value)) return fromV2(raw.value);
  if (isV1Study(raw.value)) return fromV1(raw.value);
  throw new RecordShapeError('not a ClinicalTrials.gov study record (no protocolSection / ProtocolSection)');
}
