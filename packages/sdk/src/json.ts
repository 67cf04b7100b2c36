/** A value of the `JSON` scalar: what a source reported, as plain JSON. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
