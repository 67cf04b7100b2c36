import { describe, expect, it } from 'vitest';
// The server's list, read by path at test time only: the SDK ships no server code
// (and has no dependency on the schema package).
import { ERROR_CODE_LIST } from '../../schema/src/graphql/error-codes.js';
import { ERROR_CODES, isGeneTrialsErrorCode, TRANSPORT_ERROR_CODES } from '../src/index.js';

describe('ERROR_CODES', () => {
  it("is the server's documented list of extensions.code values, in order", () => {
    expect([...ERROR_CODES]).toEqual(ERROR_CODE_LIST);
  });

  it('keeps transport codes apart from server codes', () => {
    for (const code of TRANSPORT_ERROR_CODES) expect(ERROR_CODE_LIST).not.toContain(code);
    expect(isGeneTrialsErrorCode('DATABASE_BUSY')).toBe(true);
    expect(isGeneTrialsErrorCode('CLIENT_TIMEOUT')).toBe(true);
    expect(isGeneTrialsErrorCode('SOMETHING_NEW')).toBe(false);
  });
});
