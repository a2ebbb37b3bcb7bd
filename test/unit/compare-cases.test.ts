import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/compare/diagnose';
import { extraCases, sharedCases, type FailingCase } from '../support/cases';

// Long after every case's x-date, as a user opening the page later would be.
const NOW = Date.parse('2027-03-01T12:00:00Z');

function diagnoseCase(failing: FailingCase) {
  return diagnose({
    request: failing.input.curl ?? failing.input.http ?? '',
    serverResponse: failing.input.serverResponse ?? '',
    clientSigningString: failing.input.clientSigningString ?? '',
    secret: failing.secret,
    now: NOW,
  });
}

describe.each([...sharedCases, ...extraCases])('case $name', (failing) => {
  it('yields exactly its expected causes, most certain first', async () => {
    const diagnosis = await diagnoseCase(failing);
    expect(diagnosis.causes.map((cause) => cause.id)).toEqual(failing.expect.causes);
  });

  it('computes its correct signature', async () => {
    const diagnosis = await diagnoseCase(failing);
    expect(diagnosis.expected?.signature).toBe(failing.expect.correctSignature);
  });

  it('reads every pasted field without an error', async () => {
    const diagnosis = await diagnoseCase(failing);
    expect(diagnosis.errors).toEqual({});
  });

  it('gives each cause its field, a sentence and a fix', async () => {
    const diagnosis = await diagnoseCase(failing);
    for (const cause of diagnosis.causes) {
      expect(cause.field).not.toBe('');
      expect(cause.sentence).toMatch(/\.$/);
      expect(cause.fix).toMatch(/\.$/);
    }
  });
});

describe('the x-date age', () => {
  const [stale] = sharedCases.filter((failing) => failing.name === 'stage-left-in-path');
  if (!stale) throw new Error('the stage-left-in-path case is missing');
  const request = stale.input.curl ?? '';
  const base = {
    request,
    serverResponse: '',
    clientSigningString: '',
    secret: stale.secret,
    now: NOW,
  };

  it('is a note, not a cause, when the time the request was sent is unknown', async () => {
    const diagnosis = await diagnose(base);
    expect(diagnosis.causes.map((cause) => cause.id)).not.toContain('date-expired');
    expect(diagnosis.notes.join(' ')).toMatch(/x-date is \d+ days? before now/);
  });

  it('is date-expired when the request was sent more than 900 seconds after x-date', async () => {
    const sentAt = Date.parse('2026-11-20T09:30:01Z');
    const diagnosis = await diagnose({ ...base, sentAt });
    expect(diagnosis.causes[0]?.id).toBe('date-expired');
  });

  it('is no cause when the request was sent within 900 seconds of x-date', async () => {
    const sentAt = Date.parse('2026-11-20T09:30:00Z');
    const diagnosis = await diagnose({ ...base, sentAt });
    expect(diagnosis.causes.map((cause) => cause.id)).toEqual(['stage-kept']);
  });
});
