/**
 * A loopback token server for the registry's `token` auth mode.
 *
 * It implements the distribution token endpoint
 * (https://distribution.github.io/distribution/spec/auth/token/) just far enough for tests:
 * Basic credentials in, an ES256 JWT out, with per-user grants. The JWT details follow what
 * docker-registry 2.8 accepts (shared/research/registry-lab.md §3): `aud` a string, raw `r||s`
 * signatures, an uppercase libtrust `kid`.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createTrustedKey, libtrustKeyId, signJwt } from './jwt.js'
import type { SigningKeyPair } from './jwt.js'
import { LOOPBACK, listenLoopback } from './ports.js'

/** One entry of the JWT `access` claim: what the bearer may do to one resource. */
export interface TokenAccess {
  /** `repository`, or `registry` for `registry:catalog:*`. */
  type: string
  /** Repository name, e.g. `app`; `catalog` for the registry type. */
  name: string
  /** Granted actions: `pull`, `push`, `delete`, or `*`. */
  actions: string[]
}

/** JWT claims the registry reads. All are written as given, so tests can forge any of them. */
export interface TokenClaims {
  /** Issuer; must equal the registry's `auth.token.issuer`. */
  iss?: string
  /** Subject, shown as `auth.user.name` in the registry log. */
  sub?: string
  /** Audience; the registry requires a string equal to its `service` (an array is refused). */
  aud?: string | string[]
  /** Expiry in seconds since the epoch. Required by the registry, which allows 60 s of leeway. */
  exp?: number
  /** Not-before in seconds since the epoch. */
  nbf?: number
  /** Issued-at in seconds since the epoch. */
  iat?: number
  /** Token id. */
  jti?: string
  /** Granted access. */
  access?: TokenAccess[]
}

/** Which key signs a token: the trusted one in the registry's bundle, or a stranger's. */
export type SigningKey = 'trusted' | 'foreign'

/** Options of {@link startTokenServer}. */
export interface TokenServerOptions {
  /** Directory for `root.crt` (the registry's `rootcertbundle`) and `root.key`. Must exist. */
  dir: string
  /** Accepted Basic credentials, user name to password. */
  users: Record<string, string>
  /** The registry's `auth.token.service`, checked against `?service=` and used as `aud`. */
  service?: string
  /** The registry's `auth.token.issuer`, used as `iss`. */
  issuer?: string
  /**
   * Per-user limits, user to repository name (`*` for any) to allowed actions. A user not listed
   * gets `pull`, `push` and `delete` on every repository requested, e.g. `{ bob: { '*': ['pull'] } }`
   * makes bob pull-only.
   */
  grants?: Record<string, Record<string, string[]>>
  /** Answer requests without credentials, granting `pull` only. Default false (401). */
  allowAnonymousPull?: boolean
  /** Lifetime of issued tokens in seconds. Default 300. */
  expiresInSeconds?: number
}

/** One request the token server answered. */
export interface TokenRequest {
  /** Path with query string, as received. */
  path: string
  /** Every requested scope, with space-separated scope values split apart. */
  scopes: string[]
  /** The `account` query parameter, if sent. */
  account: string | undefined
  /** The authenticated user, or undefined for anonymous or refused requests. */
  user: string | undefined
  /** HTTP status sent back. */
  status: number
  /** Access granted in the token; empty when none was issued. */
  granted: TokenAccess[]
}

/** Options of {@link TokenServer.mintToken}. */
export interface MintOptions {
  /** Access claim. Default none (valid for `GET /v2/` only). */
  access?: TokenAccess[]
  /** Subject. Default `alice`. */
  subject?: string
  /** Seconds until expiry; negative for an expired token (use -120 or less, see the leeway). */
  expiresIn?: number
  /** Signing key. Default `trusted`. */
  key?: SigningKey
}

/** A running token server. */
export interface TokenServer {
  /** Base URL, `http://127.0.0.1:PORT`. */
  url: string
  /** Token endpoint, the registry's `auth.token.realm`. */
  realm: string
  /** Service name (`aud`). */
  service: string
  /** Issuer name (`iss`). */
  issuer: string
  /** PEM file holding the trusted certificate, the registry's `rootcertbundle`. */
  certPath: string
  /** libtrust key ID of the trusted key, as put in the JWT header `kid`. */
  kid: string
  /** Every request answered, oldest first. */
  readonly requests: TokenRequest[]
  /** How many tokens were issued through the endpoint (minted ones are not counted). */
  readonly issuedCount: number
  /** Signs `claims` exactly as given, for forged or malformed tokens. */
  signToken(claims: TokenClaims, key?: SigningKey): string
  /** Signs a well-formed token with this server's issuer and service, for negative tests. */
  mintToken(options?: MintOptions): string
  /** Closes the server. Safe to call twice. */
  stop(): Promise<void>
}

const ALL_ACTIONS = ['pull', 'push', 'delete']
const BASIC_CHALLENGE = { 'www-authenticate': 'Basic realm="digest-promote-test-token"' }

/**
 * Starts a token server on a free loopback port, with a fresh P-256 key and self-signed
 * certificate written to `options.dir`.
 */
export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const trusted = await createTrustedKey(options.dir)
  const state: ServerState = {
    options,
    service: options.service ?? 'digest-promote-test',
    issuer: options.issuer ?? 'digest-promote-test-issuer',
    trusted,
    foreign: undefined,
    requests: [],
    issuedCount: 0
  }
  const server = createServer((req, res) => handleTokenRequest(state, req, res))
  const url = `http://${LOOPBACK}:${await listenLoopback(server)}`
  let stopped: Promise<void> | undefined
  return {
    url,
    realm: `${url}/token`,
    service: state.service,
    issuer: state.issuer,
    certPath: trusted.certPath,
    kid: trusted.kid,
    requests: state.requests,
    get issuedCount() {
      return state.issuedCount
    },
    signToken: (claims, key) => signWith(state, claims, key),
    mintToken: (opts: MintOptions = {}) => {
      const claims = claimsFor(state, opts.subject ?? 'alice', opts.access ?? [], opts.expiresIn)
      return signWith(state, claims, opts.key)
    },
    stop: () => {
      stopped ??= new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      return stopped
    }
  }
}

interface ServerState {
  options: TokenServerOptions
  service: string
  issuer: string
  trusted: SigningKeyPair
  foreign: SigningKeyPair | undefined
  requests: TokenRequest[]
  issuedCount: number
}

function handleTokenRequest(state: ServerState, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://token.invalid')
  const record: TokenRequest = {
    path: req.url ?? '/',
    scopes: url.searchParams.getAll('scope').flatMap(s => s.split(' ').filter(Boolean)),
    account: url.searchParams.get('account') ?? undefined,
    user: undefined,
    status: 0,
    granted: []
  }
  state.requests.push(record)
  const reply = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
    record.status = status
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(JSON.stringify(body))
  }
  const refuse = (status: number, code: string, message: string, headers = {}): void =>
    reply(status, { errors: [{ code, message }] }, headers)

  if (req.method !== 'GET' || url.pathname !== '/token') {
    return refuse(404, 'NOT_FOUND', 'unknown endpoint')
  }
  const service = url.searchParams.get('service')
  if (service !== null && service !== state.service) {
    return refuse(400, 'UNSUPPORTED', `unknown service ${service}`)
  }
  const creds = parseBasic(req.headers.authorization)
  if (creds !== undefined && state.options.users[creds.user] !== creds.password) {
    return refuse(401, 'UNAUTHORIZED', 'invalid username or password', BASIC_CHALLENGE)
  }
  if (creds === undefined && !state.options.allowAnonymousPull) {
    return refuse(401, 'UNAUTHORIZED', 'credentials required', BASIC_CHALLENGE)
  }
  record.user = creds?.user
  record.granted = record.scopes.flatMap(scope => grant(scope, creds?.user, state.options.grants))
  const expiresIn = state.options.expiresInSeconds ?? 300
  const token = signWith(state, claimsFor(state, creds?.user, record.granted, expiresIn))
  state.issuedCount++
  reply(200, {
    token,
    access_token: token,
    expires_in: expiresIn,
    issued_at: new Date().toISOString()
  })
}

function claimsFor(
  state: ServerState,
  sub: string | undefined,
  access: TokenAccess[],
  expiresIn = 300
): TokenClaims {
  const now = Math.floor(Date.now() / 1000)
  const exp = now + expiresIn
  const nbf = Math.min(now, exp)
  return {
    iss: state.issuer,
    sub,
    aud: state.service,
    exp,
    nbf,
    iat: now,
    jti: randomUUID(),
    access
  }
}

function signWith(state: ServerState, claims: TokenClaims, which: SigningKey = 'trusted'): string {
  if (which === 'trusted') return signJwt(claims, state.trusted)
  if (state.foreign === undefined) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    state.foreign = { key: privateKey, kid: libtrustKeyId(privateKey) }
  }
  return signJwt(claims, state.foreign)
}

/** Grants for one requested scope (`type:name:actions`), given the user's limits. */
function grant(
  scope: string,
  user: string | undefined,
  grants: TokenServerOptions['grants']
): TokenAccess[] {
  const first = scope.indexOf(':')
  const last = scope.lastIndexOf(':')
  if (first <= 0 || last === first) return []
  const type = scope.slice(0, first)
  const name = scope.slice(first + 1, last)
  const requested = scope.slice(last + 1).split(',')
  if (type === 'registry') {
    return user !== undefined && name === 'catalog' ? [{ type, name, actions: ['*'] }] : []
  }
  if (type !== 'repository') return []
  let allowed = ['pull']
  if (user !== undefined) {
    const limits = grants?.[user]
    allowed = limits === undefined ? ALL_ACTIONS : (limits[name] ?? limits['*'] ?? [])
  }
  const actions = requested.filter(a => allowed.includes(a) || allowed.includes('*'))
  return actions.length > 0 ? [{ type, name, actions }] : []
}

function parseBasic(header: string | undefined): { user: string; password: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '')
  if (match === null) return undefined
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return undefined
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}
