/** hono middleware: a valid Entra ID bearer token or a 401 problem+json with WWW-Authenticate. */
import type { MiddlewareHandler } from 'hono';
import type { AuthConfig } from './auth-config';
import { ProblemError } from '../http/problem';
import { AuthError, verifyEntraToken } from './verify-entra-token';

export function requireBearer(config: AuthConfig): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m)
      throw unauthorized(
        'missing',
        'An Entra ID access token is required: send Authorization: Bearer <token>.',
      );
    try {
      await verifyEntraToken(m[1], config);
    } catch (err) {
      if (err instanceof AuthError) throw unauthorized(err.reason, err.message);
      throw err;
    }
    await next();
  };
}

function unauthorized(reason: string, detail: string): ProblemError {
  const error = reason === 'missing' ? '' : ', error="invalid_token"';
  return new ProblemError(
    'unauthorized',
    detail,
    [{ field: 'header.authorization', reason, detail }],
    {
      'www-authenticate': `Bearer${error}`,
    },
  );
}
