/** Test support: a locally generated RS256 key pair standing in for Microsoft's signing keys. */
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, type JWTPayload } from 'jose';
import type { AuthConfig } from '../../../functions/auth/auth-config';

export const TENANT = '11111111-2222-3333-4444-555555555555';
export const OTHER_TENANT = '99999999-8888-7777-6666-555555555555';
export const CLIENT_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

export type TestKeys = {
  config: AuthConfig;
  sign(claims?: JWTPayload, opts?: { expiresIn?: string | number }): Promise<string>;
};

export async function testKeys(): Promise<TestKeys> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const config: AuthConfig = {
    tenants: [TENANT],
    audience: CLIENT_ID,
    keys: createLocalJWKSet({ keys: [jwk] }),
    scope: 'access_as_user',
  };
  const sign = (claims: JWTPayload = {}, opts: { expiresIn?: string | number } = {}) =>
    new SignJWT({
      tid: TENANT,
      iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
      aud: CLIENT_ID,
      scp: 'access_as_user',
      sub: 'user-1',
      name: 'Risk Owner',
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuedAt()
      .setExpirationTime(opts.expiresIn ?? '1h')
      .sign(privateKey);
  return { config, sign };
}
