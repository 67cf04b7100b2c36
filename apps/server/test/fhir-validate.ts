import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';

// Validation of FHIR R5 JSON against the official definitions of the core package
// hl7.fhir.r5.core 5.0.0 (a devDependency), two ways:
//  1. the package's JSON Schema (openapi/fhir.schema.json, draft-06) with ajv: element names, JSON
//     types, primitive formats;
//  2. the StructureDefinition snapshots: every element named must exist (choice types [x]
//     included), cardinality min/max, required elements, primitive regexes, codes of required
//     bindings from the package's ValueSets, and every Coding whose system is a complete
//     CodeSystem of the package must use a code of that CodeSystem.
// The JSON Schema alone does not say that e.g. ResearchStudy.status is required, nor which codes
// are allowed: the second check does.

const require = createRequire(import.meta.url);
export const FHIR_PACKAGE_DIR = dirname(require.resolve('hl7.fhir.r5.core/package.json'));

function readPackageFile<T>(name: string): T | undefined {
  const file = join(FHIR_PACKAGE_DIR, name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

interface ElementType {
  code: string;
  extension?: { url: string; valueUrl?: string; valueString?: string }[];
}
interface ElementDefinition {
  path: string;
  min: number;
  max: string;
  type?: ElementType[];
  contentReference?: string;
  binding?: { strength: string; valueSet?: string };
}
interface StructureDefinition {
  type: string;
  kind: string;
  snapshot: { element: ElementDefinition[] };
}
interface Concept {
  code: string;
  concept?: Concept[];
}
interface CodeSystem {
  url: string;
  content: string;
  concept?: Concept[];
}
interface ValueSet {
  url: string;
  compose?: {
    include: { system?: string; concept?: { code: string }[]; valueSet?: string[]; filter?: unknown[] }[];
  };
}

interface LoadedType {
  sd: StructureDefinition;
  children: Map<string, ElementDefinition[]>;
  byPath: Map<string, ElementDefinition>;
}

const FHIR_TYPE_EXT = 'http://hl7.org/fhir/StructureDefinition/structuredefinition-fhir-type';
const REGEX_EXT = 'http://hl7.org/fhir/StructureDefinition/regex';
const NUMBER_TYPES = new Set(['integer', 'positiveInt', 'unsignedInt', 'decimal']);

export interface FhirIssue {
  path: string;
  message: string;
}

export class FhirValidator {
  private readonly types = new Map<string, LoadedType | null>();
  private readonly codeSystems = new Map<string, Set<string> | null>();
  private readonly valueSets = new Map<
    string,
    { codes: Map<string, Set<string>>; complete: boolean } | null
  >();
  private ajv: Ajv | undefined;
  private readonly schemaValidators = new Map<string, ValidateFunction>();
  /** Required bindings that could not be checked (value set outside the core package). */
  readonly uncheckedBindings = new Set<string>();
  /** CodeSystems whose codes were checked, with how many codings. */
  readonly checkedSystems = new Map<string, number>();

  private type(name: string): LoadedType | null {
    if (this.types.has(name)) return this.types.get(name) ?? null;
    const sd = readPackageFile<StructureDefinition>(`StructureDefinition-${name}.json`);
    let loaded: LoadedType | null = null;
    if (sd?.snapshot) {
      const children = new Map<string, ElementDefinition[]>();
      const byPath = new Map<string, ElementDefinition>();
      for (const element of sd.snapshot.element) {
        byPath.set(element.path, element);
        const parent = element.path.slice(0, element.path.lastIndexOf('.'));
        if (!element.path.includes('.')) continue;
        const list = children.get(parent) ?? [];
        list.push(element);
        children.set(parent, list);
      }
      loaded = { sd, children, byPath };
    }
    this.types.set(name, loaded);
    return loaded;
  }

  private codeSystem(url: string): Set<string> | null {
    if (this.codeSystems.has(url)) return this.codeSystems.get(url) ?? null;
    const name = url.slice(url.lastIndexOf('/') + 1);
    const cs = readPackageFile<CodeSystem>(`CodeSystem-${name}.json`);
    let codes: Set<string> | null = null;
    if (cs && cs.url === url && cs.content === 'complete') {
      codes = new Set();
      const walk = (concepts: Concept[] = []) => {
        for (const c of concepts) {
          codes?.add(c.code);
          walk(c.concept);
        }
      };
      walk(cs.concept);
    }
    this.codeSystems.set(url, codes);
    return codes;
  }

  private valueSet(canonical: string) {
    const url = canonical.split('|')[0] as string;
    if (this.valueSets.has(url)) return this.valueSets.get(url) ?? null;
    const vs = readPackageFile<ValueSet>(`ValueSet-${url.slice(url.lastIndexOf('/') + 1)}.json`);
    let result: { codes: Map<string, Set<string>>; complete: boolean } | null = null;
    if (vs && vs.url === url && vs.compose) {
      const codes = new Map<string, Set<string>>();
      let complete = true;
      for (const include of vs.compose.include) {
        if (include.valueSet || include.filter || !include.system) {
          complete = false;
          continue;
        }
        const set = codes.get(include.system) ?? new Set<string>();
        if (include.concept) for (const c of include.concept) set.add(c.code);
        else {
          const all = this.codeSystem(include.system);
          if (!all) complete = false;
          else for (const code of all) set.add(code);
        }
        codes.set(include.system, set);
      }
      result = { codes, complete };
    }
    this.valueSets.set(url, result);
    return result;
  }

  /** Issues of one resource (empty when it is valid) against both definitions. */
  validate(resource: unknown): FhirIssue[] {
    return [...this.validateStructure(resource), ...this.validateSchema(resource)];
  }

  /** Issues against the StructureDefinition snapshots. */
  validateStructure(resource: unknown): FhirIssue[] {
    const issues: FhirIssue[] = [];
    this.resource(resource, '', issues);
    return issues;
  }

  /** Issues against the package's JSON Schema (its definition for the resource's type). */
  validateSchema(resource: unknown): FhirIssue[] {
    const type = (resource as { resourceType?: unknown })?.resourceType;
    if (typeof type !== 'string') return [{ path: '', message: 'no resourceType' }];
    let validate = this.schemaValidators.get(type);
    if (!validate) {
      if (!this.ajv) {
        // The package's schema is draft-06 with "id" (not "$id") and one regex that is valid only
        // without the unicode flag (the decimal pattern has a stray "}").
        this.ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
        this.ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
        const schema = readPackageFile<Record<string, unknown>>('openapi/fhir.schema.json');
        if (!schema) throw new Error('hl7.fhir.r5.core has no openapi/fhir.schema.json');
        delete schema.id;
        this.ajv.addSchema(schema, 'fhir');
      }
      validate = this.ajv.getSchema(`fhir#/definitions/${type}`);
      if (!validate) return [{ path: '', message: `the JSON Schema has no ${type}` }];
      this.schemaValidators.set(type, validate);
    }
    if (validate(resource)) return [];
    return (validate.errors ?? []).map((e) => ({
      path: e.instancePath,
      message: `JSON Schema: ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`,
    }));
  }

  private resource(value: unknown, path: string, issues: FhirIssue[]) {
    const type = (value as { resourceType?: unknown })?.resourceType;
    const loaded = typeof type === 'string' ? this.type(type) : null;
    if (loaded?.sd.kind !== 'resource') {
      issues.push({ path, message: `unknown resourceType ${JSON.stringify(type)}` });
      return;
    }
    this.object(value, loaded, type as string, `${path}${type}`, issues, true);
  }

  private object(
    value: unknown,
    loaded: LoadedType,
    elementPath: string,
    path: string,
    issues: FhirIssue[],
    isResource = false,
  ) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      issues.push({ path, message: 'must be a JSON object' });
      return;
    }
    const obj = value as Record<string, unknown>;
    const children = loaded.children.get(elementPath) ?? [];
    if (Object.keys(obj).length === 0) issues.push({ path, message: 'empty object' });
    for (const [key, child] of Object.entries(obj)) {
      if (key === 'resourceType' && isResource) continue;
      const name = key.startsWith('_') ? key.slice(1) : key;
      let element = children.find((e) => e.path === `${elementPath}.${name}`);
      let typeCode: string | undefined;
      if (!element) {
        for (const e of children) {
          if (!e.path.endsWith('[x]')) continue;
          const prefix = e.path.slice(elementPath.length + 1, -3);
          if (!name.startsWith(prefix)) continue;
          const suffix = name.slice(prefix.length);
          const t = e.type?.find((t) => t.code.charAt(0).toUpperCase() + t.code.slice(1) === suffix);
          if (t) {
            element = e;
            typeCode = t.code;
          }
        }
      } else if (element.type?.length === 1) typeCode = element.type[0]?.code;
      if (!element) {
        issues.push({ path: `${path}.${key}`, message: `no element ${elementPath}.${name} in FHIR R5` });
        continue;
      }
      if (key.startsWith('_')) continue; // primitive extensions: none are emitted
      const many = element.max !== '1';
      if (element.max === '0')
        issues.push({ path: `${path}.${key}`, message: 'element is prohibited (max 0)' });
      const values = many ? child : [child];
      if (many && !Array.isArray(child)) {
        issues.push({
          path: `${path}.${key}`,
          message: `${element.path} is 0..${element.max}: must be an array`,
        });
        continue;
      }
      if (!many && Array.isArray(child)) {
        issues.push({ path: `${path}.${key}`, message: `${element.path} is ..1: must not be an array` });
        continue;
      }
      const list = values as unknown[];
      if (many && list.length === 0) issues.push({ path: `${path}.${key}`, message: 'empty array' });
      if (element.max !== '*' && list.length > Number(element.max))
        issues.push({ path: `${path}.${key}`, message: `more than ${element.max}` });
      list.forEach((item, index) => {
        const at = many ? `${path}.${key}[${index}]` : `${path}.${key}`;
        if (item === null || item === undefined) {
          issues.push({ path: at, message: 'null' });
          return;
        }
        this.element(item, loaded, element as ElementDefinition, typeCode, at, issues);
      });
    }
    for (const element of children) {
      if (element.min < 1) continue;
      const name = element.path.slice(elementPath.length + 1);
      const present = name.endsWith('[x]')
        ? Object.keys(obj).some((k) => k.startsWith(name.slice(0, -3)))
        : name in obj;
      if (!present) issues.push({ path, message: `missing required ${element.path} (min ${element.min})` });
    }
  }

  private element(
    value: unknown,
    loaded: LoadedType,
    element: ElementDefinition,
    typeCode: string | undefined,
    path: string,
    issues: FhirIssue[],
  ) {
    if (element.contentReference) {
      const target = element.contentReference.slice(element.contentReference.indexOf('#') + 1);
      this.object(value, loaded, target, path, issues);
      return;
    }
    if (!typeCode) {
      issues.push({ path, message: `cannot tell the type of ${element.path}` });
      return;
    }
    if (typeCode === 'BackboneElement' || typeCode === 'Element') {
      this.object(value, loaded, element.path, path, issues);
      return;
    }
    let fhirType = typeCode;
    if (typeCode.startsWith('http://hl7.org/fhirpath/System.')) {
      const ext = element.type?.[0]?.extension?.find((e) => e.url === FHIR_TYPE_EXT);
      fhirType = ext?.valueUrl ?? 'string';
    }
    if (fhirType === 'Resource') {
      this.resource(value, `${path}:`, issues);
      return;
    }
    const typeDef = this.type(fhirType);
    if (!typeDef) {
      issues.push({ path, message: `unknown type ${fhirType}` });
      return;
    }
    if (typeDef.sd.kind === 'primitive-type') this.primitive(value, fhirType, typeDef, path, issues);
    else this.object(value, typeDef, fhirType, path, issues);
    if (element.binding?.strength === 'required' && element.binding.valueSet)
      this.requiredBinding(value, fhirType, element, path, issues);
    if (fhirType === 'Coding') this.coding(value as { system?: string; code?: string }, path, issues);
  }

  private primitive(value: unknown, type: string, typeDef: LoadedType, path: string, issues: FhirIssue[]) {
    if (type === 'boolean') {
      if (typeof value !== 'boolean') issues.push({ path, message: 'must be a boolean' });
      return;
    }
    if (NUMBER_TYPES.has(type)) {
      if (typeof value !== 'number' || !Number.isFinite(value))
        issues.push({ path, message: `${type}: must be a number` });
      else if (type !== 'decimal' && !Number.isInteger(value))
        issues.push({ path, message: `${type}: must be whole` });
      else if (type === 'unsignedInt' && value < 0) issues.push({ path, message: 'unsignedInt: negative' });
      else if (type === 'positiveInt' && value < 1) issues.push({ path, message: 'positiveInt: below 1' });
      return;
    }
    if (typeof value !== 'string') {
      issues.push({ path, message: `${type}: must be a string` });
      return;
    }
    if (value.trim() === '') issues.push({ path, message: `${type}: blank` });
    const regex = typeDef.byPath
      .get(`${type}.value`)
      ?.type?.[0]?.extension?.find((e) => e.url === REGEX_EXT)?.valueString;
    if (regex && !new RegExp(`^(?:${regex})$`).test(value))
      issues.push({
        path,
        message: `${type}: ${JSON.stringify(value.slice(0, 80))} does not match ${regex}`,
      });
  }

  private requiredBinding(
    value: unknown,
    type: string,
    element: ElementDefinition,
    path: string,
    issues: FhirIssue[],
  ) {
    const vs = this.valueSet(element.binding?.valueSet as string);
    if (!vs?.complete) {
      this.uncheckedBindings.add(`${element.path} → ${element.binding?.valueSet}`);
      return;
    }
    const allowed = (system: string | undefined, code: string | undefined) =>
      code !== undefined &&
      (system ? (vs.codes.get(system)?.has(code) ?? false) : [...vs.codes.values()].some((s) => s.has(code)));
    if (type === 'code') {
      if (!allowed(undefined, value as string))
        issues.push({
          path,
          message: `${JSON.stringify(value)} is not in ${element.binding?.valueSet} (required)`,
        });
    } else if (type === 'CodeableConcept' || type === 'Coding') {
      const codings = type === 'Coding' ? [value] : ((value as { coding?: unknown[] }).coding ?? []);
      if (!codings.some((c) => allowed((c as Coding).system, (c as Coding).code)))
        issues.push({ path, message: `no coding from ${element.binding?.valueSet} (required)` });
    }
  }

  private coding(value: { system?: string; code?: string }, path: string, issues: FhirIssue[]) {
    if (!value.system || value.code === undefined) return;
    const codes = this.codeSystem(value.system);
    if (!codes) return;
    this.checkedSystems.set(value.system, (this.checkedSystems.get(value.system) ?? 0) + 1);
    if (!codes.has(value.code))
      issues.push({ path, message: `${value.code} is not a code of ${value.system}` });
  }
}

interface Coding {
  system?: string;
  code?: string;
}
