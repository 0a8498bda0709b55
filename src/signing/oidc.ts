/**
 * OIDC identity tokens for keyless signing: GitHub Actions' token endpoint (audience
 * `sigstore`), or a token given in `SIGSTORE_ID_TOKEN` as cosign accepts it.
 *
 * @module
 */

import { errorMessage } from '../errors.js'
import type { Logger } from '../logger.js'
import { type KeylessPolicy, SigningError } from './types.js'

/** The audience Fulcio expects. */
export const SIGSTORE_AUDIENCE = 'sigstore'

/** The claims of a token that decide the certificate identity. */
export interface TokenClaims {
  iss?: string
  sub?: string
  email?: string
  job_workflow_ref?: string
}

/**
 * Whether {@link getIdentityToken} has somewhere to get a token from (`SIGSTORE_ID_TOKEN`, or
 * the GitHub Actions token endpoint), without asking it: so optional keyless signing can be
 * skipped up front instead of failing.
 */
export function identityTokenAvailable(env: NodeJS.ProcessEnv): boolean {
  return Boolean(
    env.SIGSTORE_ID_TOKEN ||
    (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
  )
}

/**
 * Gets an identity token from the environment: `SIGSTORE_ID_TOKEN` first (an explicit choice
 * wins), then the GitHub Actions token endpoint. The token and the request token are masked.
 */
export async function getIdentityToken(
  env: NodeJS.ProcessEnv,
  logger: Logger,
  fetchImpl: typeof fetch = fetch
): Promise<string> {
  const given = env.SIGSTORE_ID_TOKEN
  if (given) {
    logger.setSecret(given)
    return given
  }
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (!url || !requestToken) {
    throw new SigningError(
      'keyless signing needs an OIDC token: in GitHub Actions grant the job ' +
        '`permissions: id-token: write`; elsewhere set SIGSTORE_ID_TOKEN, or sign with cosign-key'
    )
  }
  logger.setSecret(requestToken)
  const target = new URL(url)
  target.searchParams.set('audience', SIGSTORE_AUDIENCE)
  let body: { value?: unknown }
  try {
    const res = await fetchImpl(target, {
      headers: { accept: 'application/json', authorization: `bearer ${requestToken}` }
    })
    if (!res.ok) throw new Error(`HTTP ${res.status}`)
    body = (await res.json()) as { value?: unknown }
  } catch (err) {
    throw new SigningError(
      `requesting the GitHub Actions OIDC token failed (${errorMessage(err)}); ` +
        'check the job has `permissions: id-token: write`'
    )
  }
  if (typeof body.value !== 'string' || body.value === '') {
    throw new SigningError('the GitHub Actions OIDC token endpoint answered without a token')
  }
  logger.setSecret(body.value)
  return body.value
}

/**
 * The claims of a JWT, unverified: only used to predict which identity our own token will be
 * certified as, never to trust anyone.
 */
export function tokenClaims(token: string): TokenClaims {
  const part = token.split('.')[1]
  if (!part) throw new SigningError('the OIDC token is not a JWT')
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as TokenClaims
  } catch {
    throw new SigningError('the OIDC token is not a JWT (its payload is not JSON)')
  }
}

/**
 * The policy a certificate issued for `claims` satisfies. Fulcio takes the identity from a
 * different claim per issuer (GitHub: `https://github.com/` + `job_workflow_ref`; e-mail
 * issuers: `email`; others: `sub`), so every candidate is allowed, exactly.
 */
export function policyFromClaims(claims: TokenClaims): KeylessPolicy {
  if (!claims.iss) throw new SigningError('the OIDC token has no issuer (iss) claim')
  const candidates = [
    claims.job_workflow_ref ? `https://github.com/${claims.job_workflow_ref}` : undefined,
    claims.email,
    claims.sub
  ].filter((c): c is string => typeof c === 'string' && c !== '')
  if (candidates.length === 0) throw new SigningError('the OIDC token names no subject')
  return {
    // Anchored: identity regexps are searched for, as in cosign.
    certificateIdentityRegexp: `^(?:${candidates.map(escapeRegExp).join('|')})$`,
    certificateOidcIssuer: claims.iss
  }
}

/** Escapes `s` for use as a literal inside a regular expression (JavaScript and Go RE2 alike). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
