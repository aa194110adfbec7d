/**
 * Entra ID access-token check (v2.0 tokens): signature by the tenant's signing keys, audience =
 * the add-in's client id, `tid` in the allow-list, issuer
 * `https://login.microsoftonline.com/{tid}/v2.0`, not expired, `scp` containing access_as_user.
 */
import { errors, jwtVerify, type JWTPayload } from 'jose';
import type { AuthConfig } from './auth-config';

export type EntraClaims = {
  readonly tenantId: string;
  readonly subject: string;
  readonly name: string | null;
};

export class AuthError extends Error {
  readonly reason: 'expired' | 'invalid' | 'audience' | 'issuer' | 'tenant' | 'scope';
  constructor(reason: AuthError['reason'], message: string) {
    super(message);
    this.name = 'AuthError';
    this.reason = reason;
  }
}

export function entraIssuer(tenantId: string): string {
  return `https://login.microsoftonline.com/${tenantId}/v2.0`;
}

export async function verifyEntraToken(token: string, config: AuthConfig): Promise<EntraClaims> {
  const payload = await verifySignature(token, config);
  const tid = typeof payload.tid === 'string' ? payload.tid : '';
  if (!config.tenants.includes(tid)) {
    throw new AuthError(
      'tenant',
      'The token was issued for a tenant that is not allowed to use this service.',
    );
  }
  if (payload.iss !== entraIssuer(tid)) {
    throw new AuthError(
      'issuer',
      'The token was not issued by the Microsoft identity platform (v2.0) for its tenant.',
    );
  }
  const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
  if (!scopes.includes(config.scope)) {
    throw new AuthError('scope', `The token lacks the ${config.scope} scope.`);
  }
  return {
    tenantId: tid,
    subject: payload.sub ?? '',
    name: typeof payload.name === 'string' ? payload.name : null,
  };
}

async function verifySignature(token: string, config: AuthConfig): Promise<JWTPayload> {
  const audiences = config.audience.startsWith('api://')
    ? [config.audience]
    : [config.audience, `api://${config.audience}`];
  try {
    const { payload } = await jwtVerify(token, config.keys, {
      audience: audiences,
      algorithms: ['RS256'],
      requiredClaims: ['tid', 'iss', 'exp'],
      clockTolerance: 60,
    });
    return payload;
  } catch (err) {
    if (err instanceof errors.JWTExpired)
      throw new AuthError('expired', 'The access token has expired; sign in again.');
    if (err instanceof errors.JWTClaimValidationFailed && err.claim === 'aud') {
      throw new AuthError(
        'audience',
        'The access token was issued for another application (audience).',
      );
    }
    throw new AuthError('invalid', 'The access token is not valid (signature, format or claims).');
  }
}
