import {
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';

export type Kind = 'type' | 'field' | 'argument' | 'inputField' | 'enumValue';

export interface DescriptionCoverage {
  /** Per kind: how many schema elements there are and the coordinates of those with no description. */
  kinds: Record<Kind, { total: number; missing: string[] }>;
}

const described = (text: string | null | undefined): boolean => (text ?? '').trim().length > 0;

/**
 * Walks every named type of a schema (built-in scalars and introspection types excepted) and lists
 * the types, object and interface fields, arguments, input fields and enum values with no
 * description, by schema coordinate (`Type.field(arg:)`).
 */
export function descriptionCoverage(schema: GraphQLSchema): DescriptionCoverage {
  const kinds: DescriptionCoverage['kinds'] = {
    type: { total: 0, missing: [] },
    field: { total: 0, missing: [] },
    argument: { total: 0, missing: [] },
    inputField: { total: 0, missing: [] },
    enumValue: { total: 0, missing: [] },
  };
  const count = (kind: Kind, coordinate: string, description: string | null | undefined) => {
    kinds[kind].total += 1;
    if (!described(description)) kinds[kind].missing.push(coordinate);
  };
  const types = Object.values(schema.getTypeMap()).sort((a, b) => a.name.localeCompare(b.name));
  for (const type of types) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    count('type', type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        count('field', `${type.name}.${field.name}`, field.description);
        for (const arg of field.args) {
          count('argument', `${type.name}.${field.name}(${arg.name}:)`, arg.description);
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        count('inputField', `${type.name}.${field.name}`, field.description);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        count('enumValue', `${type.name}.${value.name}`, value.description);
      }
    }
  }
  return { kinds };
}
