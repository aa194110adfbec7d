import { describe, expect, it } from 'vitest';
import { makeRunExcel, toHostError } from '../../../addin/office/run-excel';
import { HostError } from '../../../addin/host-error';

const officeError = (code: string) => Object.assign(new Error(`office says ${code}`), { code });

describe('makeRunExcel', () => {
  it('retries while the user is editing a cell, then succeeds', async () => {
    let attempts = 0;
    const waits: number[] = [];
    const run = makeRunExcel(
      async (batch) => {
        attempts++;
        if (attempts < 3) throw officeError('InvalidOperationInCellEditMode');
        return batch({} as Excel.RequestContext);
      },
      {
        wait: async (ms) => {
          waits.push(ms);
        },
      },
    );
    expect(await run(async () => 42)).toBe(42);
    expect(attempts).toBe(3);
    expect(waits).toEqual([250, 500]);
  });

  it('gives up with busy_editing after the last attempt', async () => {
    const run = makeRunExcel(
      async () => {
        throw officeError('InvalidOperationInCellEditMode');
      },
      { attempts: 2, wait: async () => {} },
    );
    const err = await run(async () => 1).catch((e: unknown) => e);
    expect((err as HostError).reason).toBe('busy_editing');
  });

  it('does not retry other errors', async () => {
    let attempts = 0;
    const run = makeRunExcel(
      async () => {
        attempts++;
        throw officeError('ItemNotFound');
      },
      { wait: async () => {} },
    );
    const err = await run(async () => 1).catch((e: unknown) => e);
    expect(attempts).toBe(1);
    expect((err as HostError).reason).toBe('sheet_missing');
  });
});

describe('toHostError', () => {
  it('maps OfficeExtension error codes to reasons', () => {
    expect(toHostError(officeError('ApiNotFound')).reason).toBe('api_unsupported');
    expect(toHostError(officeError('ResponsePayloadSizeLimitExceeded')).reason).toBe('too_large');
    expect(toHostError(officeError('AccessDenied')).reason).toBe('access_denied');
  });

  it('passes HostErrors through and wraps anything else as unknown', () => {
    const h = new HostError('network', 'offline');
    expect(toHostError(h)).toBe(h);
    const u = toHostError(new Error('boom'));
    expect(u.reason).toBe('unknown');
    expect(u.message).toBe('Excel could not complete the request: boom');
  });
});
