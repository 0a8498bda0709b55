import type { Readable } from 'node:stream'
import { Agent, EnvHttpProxyAgent, request, type Dispatcher } from 'undici'
import type { Logger } from '../logger.js'
import { RegistryError, isTemporaryStatus, parseErrorBody } from './errors.js'
import { fetchBearerToken, parseChallenge, type Challenge } from './bearer.js'
import type { Credential } from './keychain.js'

/** Bounds for retrying temporary failures. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number
  /** First backoff; each later one doubles, with jitter. */
  baseDelayMs: number
  /** Cap on any single wait, `Retry-After` included. */
  maxDelayMs: number
}

/** The default: 5 tries, 250 ms doubling, never more than 20 s in one wait. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 250, maxDelayMs: 20_000 }

/** Settings for one registry host. */
export interface TransportOptions {
  /** `host[:port]` to talk to (already mapped, e.g. docker.io → registry-1.docker.io). */
  host: string
  /** Plain HTTP instead of HTTPS: loopback or an `insecure-registries` entry only. */
  insecure: boolean
  /** Finds the credential for this host, once, when the registry first asks. */
  credential: () => Promise<Credential | undefined>
  logger: Logger
  retry?: RetryPolicy
  /** Time seam for tests. */
  sleep?: (ms: number) => Promise<void>
  /** Randomness seam for backoff jitter. */
  random?: () => number
}

/** One request to the registry's `/v2/` API. */
export interface RegistryRequest {
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE'
  /** Path and query below the host, e.g. `/v2/app/manifests/1.0`, or an absolute upload URL. */
  path: string
  headers?: Record<string, string>
  body?: Buffer
  /** A streamed request body (a blob on its way to another registry); such a request is never re-sent. */
  stream?: Readable
  /** Hand back a 200 answer's body as a stream instead of buffering it. */
  streamResponse?: boolean
  /** Token scopes the request needs, e.g. `repository:app:pull`. */
  scopes: string[]
}

/** A buffered answer. */
export interface RegistryResponse {
  status: number
  headers: Record<string, string | undefined>
  body: Buffer
  /** The URL that answered, after redirects. */
  url: string
  /** The body of a 200 answer to a `streamResponse` request; `body` is then empty. */
  stream?: Readable
}

const USER_AGENT = 'digest-promote'
const MAX_REDIRECTS = 5

let sharedDispatcher: Dispatcher | undefined
/** One connection pool per process; honours HTTP(S)_PROXY and NO_PROXY when set. */
function dispatcher(): Dispatcher {
  if (!sharedDispatcher) {
    const proxied = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some(
      k => process.env[k]
    )
    const opts = { headersTimeout: 60_000, bodyTimeout: 120_000, connections: 16 }
    sharedDispatcher = proxied ? new EnvHttpProxyAgent(opts) : new Agent(opts)
  }
  return sharedDispatcher
}

/**
 * Talks to one registry: answers auth challenges (Basic, or Bearer tokens per
 * repository scope, cached), retries only temporary failures with backoff that
 * honours `Retry-After`, follows redirects without leaking credentials, and
 * turns unusable answers into {@link RegistryError}s with a redacted URL.
 */
export class Transport {
  private readonly opts: TransportOptions
  private readonly retry: RetryPolicy
  private challenge: Challenge | undefined
  /** Asked once, however many requests start at the same moment. */
  private credentialLoad: Promise<Credential | undefined> | undefined
  private credentialValue: Credential | undefined
  private readonly tokens = new Map<string, { token: string; expiresAt: number }>()
  /** Tokens being fetched, by scope key: concurrent requests of one scope share the fetch. */
  private readonly fetching = new Map<string, Promise<string>>()

  constructor(opts: TransportOptions) {
    this.opts = opts
    this.retry = opts.retry ?? DEFAULT_RETRY
  }

  /** The base URL of the registry. */
  get baseUrl(): string {
    return `${this.opts.insecure ? 'http' : 'https'}://${this.opts.host}`
  }

  /** Sends `req`, authenticating and retrying as needed; returns any final status. */
  async send(req: RegistryRequest): Promise<RegistryResponse> {
    // A streamed body is consumed by the first try: such a request is sent exactly once.
    const attempts = req.stream ? 1 : this.retry.attempts
    let reauthenticated = req.stream !== undefined
    for (let attempt = 1; ; attempt++) {
      let res: RegistryResponse
      try {
        res = await this.once(req)
      } catch (err) {
        if (err instanceof RegistryError && !err.temporary) throw err
        if (attempt >= attempts) throw this.networkError(req, err, attempt)
        await this.backoff(attempt, undefined, req, err)
        continue
      }
      if (res.status === 401 && !reauthenticated) {
        reauthenticated = true
        this.learnChallenge(res, req)
        attempt--
        continue
      }
      if (isTemporaryStatus(res.status) && attempt < attempts) {
        await this.backoff(attempt, res.headers['retry-after'], req, res.status)
        continue
      }
      return res
    }
  }

  /**
   * Runs an exchange that cannot be re-sent piece by piece (a blob streamed from one registry
   * into another: its body is consumed) again from its start on a temporary failure, with the
   * backoff of {@link send}. A network error in it becomes a {@link RegistryError} for `req`.
   */
  async retrying<T>(req: RegistryRequest, exchange: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await exchange()
      } catch (err) {
        if (err instanceof RegistryError && !err.temporary) throw err
        if (attempt >= this.retry.attempts) {
          throw err instanceof RegistryError ? err : this.networkError(req, err, attempt)
        }
        await this.backoff(attempt, undefined, req, err)
      }
    }
  }

  /** Sends `req` and throws a {@link RegistryError} unless the status is one of `ok`. */
  async expect(req: RegistryRequest, ok: number[]): Promise<RegistryResponse> {
    const res = await this.send(req)
    if (!ok.includes(res.status)) throw this.errorFor(req, res)
    return res
  }

  /** Builds the error for an unexpected answer. */
  errorFor(req: RegistryRequest, res: RegistryResponse): RegistryError {
    return new RegistryError({
      status: res.status,
      codes: parseErrorBody(res.body),
      method: req.method,
      url: this.redact(req.path),
      advice: this.advice(req, res)
    })
  }

  private advice(req: RegistryRequest, res: RegistryResponse): string | undefined {
    const authenticate = res.headers['www-authenticate'] ?? ''
    const login = `log in to ${this.opts.host} first (docker/login-action, or the registry-username and registry-password inputs)`
    if (res.status === 401 && /insufficient_scope/.test(authenticate)) {
      return `the credentials for ${this.opts.host} lack the scope ${req.scopes.join(' ')}; use a token that may push (for ghcr.io: permissions packages: write)`
    }
    if (res.status === 401)
      return this.credentialValue ? `the credentials for ${this.opts.host} were refused` : login
    if (res.status === 403) {
      return `access denied by ${this.opts.host} for ${req.scopes.join(' ')}; check the token's permissions (for ghcr.io: packages: write)`
    }
    return undefined
  }

  private async once(req: RegistryRequest): Promise<RegistryResponse> {
    let url = req.path.startsWith('http') ? req.path : `${this.baseUrl}${req.path}`
    const headers: Record<string, string> = { 'user-agent': USER_AGENT, ...req.headers }
    // Only our own host gets credentials; an absolute URL (upload Location, Link) may point elsewhere.
    const authorization =
      new URL(url).host === this.opts.host ? await this.authorization(req.scopes) : undefined
    if (authorization) headers.authorization = authorization
    for (let hop = 0; ; hop++) {
      const res = await request(url, {
        method: req.method,
        headers,
        body: req.stream ?? req.body,
        dispatcher: dispatcher()
      })
      const location = res.headers.location
      if (
        res.statusCode >= 300 &&
        res.statusCode < 400 &&
        typeof location === 'string' &&
        hop < MAX_REDIRECTS
      ) {
        await res.body.dump()
        const next = new URL(location, url)
        // Storage back-ends (S3, GCS) get a signed URL and must not see our token.
        if (next.host !== new URL(url).host) delete headers.authorization
        url = next.toString()
        continue
      }
      if (req.streamResponse && res.statusCode === 200) {
        return {
          status: 200,
          headers: flatten(res.headers),
          body: Buffer.alloc(0),
          url,
          stream: res.body
        }
      }
      const body = Buffer.from(await res.body.arrayBuffer())
      return { status: res.statusCode, headers: flatten(res.headers), body, url }
    }
  }

  private async authorization(scopes: string[]): Promise<string | undefined> {
    const challenge = this.challenge
    if (!challenge) return undefined
    const credential = await this.credential()
    if (challenge.scheme === 'basic') {
      if (!credential || !('username' in credential)) return undefined
      const encoded = Buffer.from(`${credential.username}:${credential.password}`).toString(
        'base64'
      )
      this.opts.logger.setSecret(encoded)
      return `Basic ${encoded}`
    }
    const key = [...new Set(scopes)].sort().join(' ')
    const cached = this.tokens.get(key)
    if (cached && cached.expiresAt > Date.now()) return `Bearer ${cached.token}`
    let fetching = this.fetching.get(key)
    if (!fetching) {
      fetching = fetchBearerToken({
        challenge,
        scopes,
        credential,
        insecureAllowed: this.opts.insecure,
        logger: this.opts.logger,
        registry: this.opts.host
      })
        .then(token => {
          this.tokens.set(key, { token: token.token, expiresAt: Date.now() + token.expiresInMs })
          return token.token
        })
        .finally(() => this.fetching.delete(key))
      this.fetching.set(key, fetching)
    }
    return `Bearer ${await fetching}`
  }

  private credential(): Promise<Credential | undefined> {
    this.credentialLoad ??= this.opts.credential().then(value => {
      this.credentialValue = value
      return value
    })
    return this.credentialLoad
  }

  private learnChallenge(res: RegistryResponse, req: RegistryRequest): void {
    const header = res.headers['www-authenticate']
    const challenge = header ? parseChallenge(header) : undefined
    if (!challenge) return
    this.challenge = challenge
    // A 401 with a token we held means the token lacks the scope or has expired.
    this.tokens.delete([...new Set(req.scopes)].sort().join(' '))
  }

  private async backoff(
    attempt: number,
    retryAfter: string | undefined,
    req: RegistryRequest,
    why: unknown
  ): Promise<void> {
    const exp = this.retry.baseDelayMs * 2 ** (attempt - 1)
    const jitter = 0.5 + (this.opts.random ?? Math.random)() / 2
    const fromHeader = parseRetryAfter(retryAfter)
    const wait = Math.min(this.retry.maxDelayMs, fromHeader ?? Math.round(exp * jitter))
    const reason =
      typeof why === 'number' ? `status ${why}` : why instanceof Error ? why.message : String(why)
    this.opts.logger.debug(
      `${req.method} ${this.redact(req.path)}: ${reason}; retry ${attempt} in ${wait} ms`
    )
    await (this.opts.sleep ?? defaultSleep)(wait)
  }

  private networkError(req: RegistryRequest, err: unknown, tries: number): RegistryError {
    const cause =
      err instanceof Error
        ? ((err.cause as Error | undefined)?.message ?? err.message)
        : String(err)
    return new RegistryError({
      status: 0,
      method: req.method,
      url: this.redact(req.path),
      detail: `${cause} (after ${tries} ${tries === 1 ? 'try' : 'tries'})`,
      temporary: true
    })
  }

  /** The URL for messages: host and path, never a query (upload state, signed URLs). */
  redact(p: string): string {
    const url = new URL(p.startsWith('http') ? p : `${this.baseUrl}${p}`)
    return `${url.host}${url.pathname}`
  }
}

function flatten(
  headers: Record<string, string | string[] | undefined>
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {}
  for (const [k, v] of Object.entries(headers))
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v
  return out
}

/** `Retry-After` as seconds or an HTTP date (RFC 9110 §10.2.3), in milliseconds. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}
