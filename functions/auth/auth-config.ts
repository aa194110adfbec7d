/**
 * Optional Entra ID bearer validation, on when both AUTH_TENANTS (comma-separated tenant ids
 * allowed) and AUTH_AUDIENCE (the add-in's client id) are set. Setting only one is a
 * misconfiguration and stops the host, rather than silently running without auth.
 */
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';

export type AuthConfig = {
  readonly tenants: readonly string[];
  readonly audience: string;
  /** Signing keys: Microsoft's JWKS in production; a local key set in tests. */
  readonly keys: JWTVerifyGetKey;
  /** Scope the token must carry in `scp`. */
  readonly scope: string;
};

export const ENTRA_JWKS_URL = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';
export const REQUIRED_SCOPE = 'access_as_user';

export function authConfigFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): AuthConfig | null {
  const tenants = (env.AUTH_TENANTS ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const audience = (env.AUTH_AUDIENCE ?? '').trim();
  if (tenants.length === 0 && audience === '') return null;
  if (tenants.length === 0 || audience === '') {
    throw new Error(
      'Entra ID auth needs both AUTH_TENANTS and AUTH_AUDIENCE; set both, or neither to turn it off.',
    );
  }
  return {
    tenants,
    audience,
    keys: createRemoteJWKSet(new URL(ENTRA_JWKS_URL)),
    scope: REQUIRED_SCOPE,
  };
}
