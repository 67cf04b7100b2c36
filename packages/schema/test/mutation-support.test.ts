import { encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { ConflictError } from '../src/domain/errors.js';
import { ValidationError } from '../src/domain/validation.js';
import { constraintError, decodeId } from '../src/graphql/mutations/write.js';

describe('decodeId', () => {
  it('returns the database id of a global ID of the expected type', () => {
    expect(decodeId(encodeGlobalID('Trial', 42), 'Trial', 'input.id')).toBe(42);
    expect(decodeId(encodeGlobalID('Review', 7), ['Trial', 'Review'], 'input.subjectId')).toBe(7);
  });

  it.each([
    [encodeGlobalID('Therapy', 1), 'wrong_id_type'],
    [encodeGlobalID('Trial', 'abc'), 'wrong_id_type'],
    [encodeGlobalID('Trial', 0), 'wrong_id_type'],
    ['%%%', 'invalid_id'],
  ])('rejects %j (%s) naming the field', (id, rule) => {
    try {
      decodeId(id, 'Trial', 'input.trialId');
      throw new Error('expected a ValidationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]).toMatchObject({ path: 'input.trialId', rule });
    }
  });
});

describe('constraintError', () => {
  const wrapped = (message: string) =>
    new Error('Failed query: insert into …', { cause: new Error(message) });

  it('turns a unique-constraint failure into a ConflictError naming the input field', () => {
    const error = constraintError(
      wrapped('SQLITE_CONSTRAINT_UNIQUE: UNIQUE constraint failed: trials.nct_id'),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ path: 'input.nctId' });
    expect(error?.message).not.toMatch(/trials|SQL/);
    expect(
      constraintError(wrapped('UNIQUE constraint failed: patients.trial_id, patients.subject_code')),
    ).toMatchObject({ path: 'input.subjectCode' });
    expect(
      constraintError(
        wrapped(
          'UNIQUE constraint failed: trial_therapies.trial_id, trial_therapies.therapy_id, trial_therapies.arm_name',
        ),
      ),
    ).toMatchObject({ path: 'input.armName' });
  });

  it('turns a foreign-key failure into a ValidationError', () => {
    expect(constraintError(wrapped('FOREIGN KEY constraint failed'))).toBeInstanceOf(ValidationError);
  });

  it('leaves every other error alone', () => {
    expect(constraintError(new Error('disk I/O error'))).toBeNull();
    expect(constraintError('not an error')).toBeNull();
  });
});
