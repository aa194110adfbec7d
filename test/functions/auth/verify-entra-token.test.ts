import { beforeAll, describe, expect, it } from 'vitest';
import { AuthError, verifyEntraToken } from '../../../functions/auth/verify-entra-token';
import { authConfigFromEnv } from '../../../functions/auth/auth-config';
import { CLIENT_ID, OTHER_TENANT, TENANT, testKeys, type TestKeys } from './entra-keys';

let keys: TestKeys;
beforeAll(async () => {
  keys = await testKeys();
});

async function reason(token: Promise<string>): Promise<string> {
  try {
    await verifyEntraToken(await token, keys.config);
    return 'accepted';
  } catch (err) {
    return err instanceof AuthError ? err.reason : `unexpected ${String(err)}`;
  }
}

describe('verifyEntraToken', () => {
  it('accepts a token of an allowed tenant, for our audience, with access_as_user', async () => {
    const claims = await verifyEntraToken(await keys.sign(), keys.config);
    expect(claims).toEqual({ tenantId: TENANT, subject: 'user-1', name: 'Risk Owner' });
  });

  it('accepts the api:// form of the audience', async () => {
    expect(await reason(keys.sign({ aud: `api://${CLIENT_ID}` }))).toBe('accepted');
  });

  it('rejects a token issued for another application (wrong audience)', async () => {
    expect(await reason(keys.sign({ aud: 'someone-else' }))).toBe('audience');
  });

  it('rejects a token whose issuer is not the v2.0 endpoint of its tenant', async () => {
    expect(await reason(keys.sign({ iss: `https://sts.windows.net/${TENANT}/` }))).toBe('issuer');
  });

  it('rejects a tenant that is not in the allow-list', async () => {
    const iss = `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0`;
    expect(await reason(keys.sign({ tid: OTHER_TENANT, iss }))).toBe('tenant');
  });

  it('rejects an expired token', async () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    expect(await reason(keys.sign({ iat: past - 3600 }, { expiresIn: past }))).toBe('expired');
  });

  it('rejects a token without the access_as_user scope', async () => {
    expect(await reason(keys.sign({ scp: 'User.Read' }))).toBe('scope');
  });

  it('rejects a token signed by another key', async () => {
    const other = await testKeys();
    expect(await reason(other.sign())).toBe('invalid');
  });

  it('rejects text that is not a JWT', async () => {
    expect(await reason(Promise.resolve('not-a-jwt'))).toBe('invalid');
  });
});

describe('authConfigFromEnv', () => {
  it('returns null when neither AUTH_TENANTS nor AUTH_AUDIENCE is set', () => {
    expect(authConfigFromEnv({})).toBeNull();
  });

  it('reads the comma-separated tenant allow-list and the audience', () => {
    const config = authConfigFromEnv({
      AUTH_TENANTS: ` ${TENANT}, ${OTHER_TENANT} `,
      AUTH_AUDIENCE: CLIENT_ID,
    });
    expect(config?.tenants).toEqual([TENANT, OTHER_TENANT]);
    expect(config?.audience).toBe(CLIENT_ID);
    expect(config?.scope).toBe('access_as_user');
  });

  it('refuses a half configuration instead of running without auth', () => {
    expect(() => authConfigFromEnv({ AUTH_TENANTS: TENANT })).toThrow(/AUTH_AUDIENCE/);
    expect(() => authConfigFromEnv({ AUTH_AUDIENCE: CLIENT_ID })).toThrow(/AUTH_TENANTS/);
  });
});
