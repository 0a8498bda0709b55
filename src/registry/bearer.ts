import { request } from 'undici'
import type { Logger } from '../logger.js'
import { RegistryError, parseErrorBody } from './errors.js'
import type { Credential } from './keychain.js'

/** What a registry's `WWW-Authenticate` header asks for. */
export type Challenge =
  | { scheme: 'basic'; realm?: string }
  | { scheme: 'bearer'; realm: string; service?: string; scope?: string }

/**
 * Parses a `WWW-Authenticate` challenge (RFC 9110 §11.6.1), as registries send
 * it: `Bearer realm="https://auth/token",service="reg",scope="repository:a:pull"`.
 */
export function parseChallenge(header: string): Challenge | undefined {
  const match = /^\s*(\w+)\s*(.*)$/s.exec(header)
  if (!match) return undefined
  const scheme = (match[1] ?? '').toLowerCase()
  const params: Record<string, string> = {}
  const re = /(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g
  for (let m = re.exec(match[2] ?? ''); m; m = re.exec(match[2] ?? '')) {
    params[(m[1] ?? '').toLowerCase()] = (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1')
  }
  if (scheme === 'basic')
    return { scheme: 'basic', ...(params.realm ? { realm: params.realm } : {}) }
  if (scheme === 'bearer' && params.realm) {
    return {
      scheme: 'bearer',
      realm: params.realm,
      ...(params.service ? { service: params.service } : {}),
      ...(params.scope ? { scope: params.scope } : {})
    }
  }
  return undefined
}

/** A token from the registry's token service. */
export interface BearerToken {
  token: string
  expiresInMs: number
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/

/**
 * Asks the token service named by the challenge for a token covering `scopes`
 * (the distribution token protocol: GET with Basic credentials, or the OAuth2
 * refresh-token POST when the credential is an identity token).
 */
export async function fetchBearerToken(init: {
  challenge: Extract<Challenge, { scheme: 'bearer' }>
  scopes: string[]
  credential: Credential | undefined
  insecureAllowed: boolean
  logger: Logger
  /** The registry the token is for, named in errors. */
  registry: string
}): Promise<BearerToken> {
  const { challenge, credential, logger } = init
  const realm = new URL(challenge.realm)
  // Credentials go to the token service only over TLS, or to a loopback or insecure-listed host.
  if (realm.protocol !== 'https:' && !LOOPBACK.test(realm.host) && !init.insecureAllowed) {
    throw new RegistryError({
      status: 0,
      method: 'GET',
      url: `${realm.host}${realm.pathname}`,
      detail: 'token service is not HTTPS',
      advice: 'add the registry to insecure-registries only if you trust the network',
      temporary: false
    })
  }
  const scopes = [
    ...new Set([...init.scopes, ...(challenge.scope ? challenge.scope.split(' ') : [])])
  ]
  const headers: Record<string, string> = { 'user-agent': 'digest-promote' }
  let method: 'GET' | 'POST' = 'GET'
  let body: string | undefined
  if (credential && 'identityToken' in credential) {
    method = 'POST'
    headers['content-type'] = 'application/x-www-form-urlencoded'
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: credential.identityToken,
      client_id: 'digest-promote'
    })
    if (challenge.service) form.set('service', challenge.service)
    form.set('scope', scopes.join(' '))
    body = form.toString()
  } else {
    if (challenge.service) realm.searchParams.set('service', challenge.service)
    for (const scope of scopes) realm.searchParams.append('scope', scope)
    if (credential && 'username' in credential) {
      realm.searchParams.set('account', credential.username)
      const encoded = Buffer.from(`${credential.username}:${credential.password}`).toString(
        'base64'
      )
      logger.setSecret(encoded)
      headers.authorization = `Basic ${encoded}`
    }
  }
  const res = await request(realm, { method, headers, body })
  const text = await res.body.text()
  const where = `${realm.host}${realm.pathname}`
  if (res.statusCode !== 200) {
    const denied = res.statusCode === 401 || res.statusCode === 403
    throw new RegistryError({
      status: res.statusCode,
      codes: parseErrorBody(text),
      method,
      url: where,
      detail: `token request for ${init.registry} refused`,
      // Anonymous and refused need different fixes: logging in at all, or other credentials.
      advice: !denied
        ? undefined
        : credential
          ? `the credentials for ${init.registry} were refused: check the username and password (token), or log in again`
          : `log in to ${init.registry} first (docker/login-action, or the registry-username and registry-password inputs)`
    })
  }
  const parsed = JSON.parse(text) as { token?: string; access_token?: string; expires_in?: number }
  const token = parsed.token ?? parsed.access_token
  if (!token) {
    throw new RegistryError({
      status: 200,
      method,
      url: where,
      detail: 'token service sent no token',
      temporary: false
    })
  }
  logger.setSecret(token)
  // Renew a little early; the distribution spec's default lifetime is 60 s.
  const seconds =
    typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : 60
  return { token, expiresInMs: Math.max(10, seconds - 10) * 1000 }
}
