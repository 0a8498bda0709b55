/**
 * A loopback reverse proxy that counts requests and injects faults, put between the code under
 * test and a real registry to prove retries, request counts and error handling.
 */
import { Agent, createServer, request as httpRequest } from 'node:http'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { LOOPBACK, listenLoopback } from './ports.js'

/** Which requests a fault rule applies to. Every given field must match. */
export interface FaultMatch {
  /** HTTP method, e.g. `PUT` (case-insensitive). */
  method?: string
  /** Substring of the path with query, e.g. `/manifests/`. */
  pathIncludes?: string
}

/**
 * What a fault does:
 * - `status`: answer with `status` and a distribution-style JSON error body, never forwarding;
 *   `retryAfter` adds a `Retry-After` header in seconds (typically with 429).
 * - `reset-mid-body`: forward, send the headers and the first `afterBytes` of the real body
 *   (default half), then destroy the socket. An empty body (HEAD, 201, 202) gets the socket
 *   destroyed before any header, so the client always sees an error.
 * - `slow-body`: forward, then drip the body `chunkBytes` (default 64) at a time, `delayMs` apart.
 * - `hold`: keep the request (body unread) until `release` settles, then forward it as is; see
 *   {@link holdRequest}, which orders two writers deterministically.
 */
export type FaultKind =
  | { kind: 'status'; status: number; retryAfter?: number }
  | { kind: 'reset-mid-body'; afterBytes?: number }
  | { kind: 'slow-body'; delayMs: number; chunkBytes?: number }
  | { kind: 'hold'; release: Promise<void>; onHeld: () => void }

/** A fault applied to at most `times` matching requests; later ones pass through. */
export type FaultRule = FaultKind & {
  /** Requests it applies to; default all. */
  match?: FaultMatch
  /** How many matching requests get the fault. */
  times: number
  /** Matching requests to let through untouched before the fault applies (default 0). */
  after?: number
}

/** Live view of an added rule. */
export interface FaultHandle {
  /** Requests the fault was applied to so far. */
  readonly applied: number
  /** Applications left. */
  readonly remaining: number
}

/** One request seen by the proxy, logged when its response starts. */
export interface ProxyRequest {
  /** HTTP method. */
  method: string
  /** Path with query string. */
  path: string
  /** Status sent (the registry's, or the fault's); 0 when the socket was reset before headers. */
  status: number
  /** Milliseconds from arrival until the response ended (grows until then). */
  ms: number
  /** Arrival, `performance.now()` of this process. */
  at: number
  /** Kind of fault applied, if any. */
  fault?: FaultKind['kind']
}

/** Filter of {@link FaultProxy.count}: every given field must match. */
export interface RequestFilter extends FaultMatch {
  /** Response status. */
  status?: number
  /** Fault kind. */
  fault?: FaultKind['kind']
}

/** A running proxy. */
export interface FaultProxy {
  /** `http://127.0.0.1:PORT`, use it instead of the target's URL. */
  url: string
  /** `127.0.0.1:PORT`. */
  host: string
  /** The proxied base URL. */
  target: string
  /** Delay added before forwarding each request; can be changed while running. */
  latencyMs: number
  /** Requests seen since start or the last `reset()`, in the order their responses started. */
  readonly requests: ProxyRequest[]
  /** Requests arrived and not yet answered in full, right now. */
  readonly inFlight: number
  /** The most requests ever in flight at once since start or the last `reset()`: a count. */
  readonly maxInFlight: number
  /** Number of logged requests matching `filter` (all when omitted). */
  count(filter?: RequestFilter | ((request: ProxyRequest) => boolean)): number
  /** Forgets the logged requests (rules stay). */
  reset(): void
  /** Adds a fault rule; rules are tried in the order added, the first live match applies. */
  addFault(rule: FaultRule): FaultHandle
  /** Removes every rule. */
  clearFaults(): void
  /** Closes the proxy and its connections. Idempotent. */
  stop(): Promise<void>
}

/** Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection and are never forwarded. */
const HOP_BY_HOP =
  'connection keep-alive proxy-connection te trailer transfer-encoding upgrade'.split(' ')
const ERROR_CODES: Record<number, string> = { 429: 'TOOMANYREQUESTS', 503: 'UNAVAILABLE' }

interface LiveRule {
  rule: FaultRule
  applied: number
  /** Matching requests seen, including those let through by `after`. */
  seen: number
}

/** A request held by the proxy until the test lets it go. */
export interface HeldRequest {
  /** Settles when a matching request has arrived and is being held. */
  reached: Promise<void>
  /** Forwards the held request (or lets the next matching one through at once). */
  release(): void
}

/** Holds the next request matching `match` (after `after` matching ones) until released. */
export function holdRequest(proxy: FaultProxy, match: FaultMatch, after = 0): HeldRequest {
  let release!: () => void
  let reached!: () => void
  const released = new Promise<void>(resolve => (release = resolve))
  const arrived = new Promise<void>(resolve => (reached = resolve))
  proxy.addFault({ kind: 'hold', release: released, onHeld: reached, match, times: 1, after })
  return { reached: arrived, release }
}

/** Starts a proxy to `targetUrl` (e.g. a `TestRegistry.url`) on a free loopback port. */
export async function startProxy(
  targetUrl: string,
  options: { latencyMs?: number } = {}
): Promise<FaultProxy> {
  const state: ProxyState = {
    target: new URL(targetUrl),
    origin: '',
    agent: new Agent({ keepAlive: true }),
    rules: [],
    requests: [],
    latencyMs: options.latencyMs ?? 0,
    inFlight: 0,
    maxInFlight: 0
  }
  const server = createServer((req, res) => void forward(state, req, res))
  state.origin = `http://${LOOPBACK}:${await listenLoopback(server)}`
  const { requests, rules } = state
  let stopped: Promise<void> | undefined
  return {
    url: state.origin,
    host: new URL(state.origin).host,
    target: state.target.origin,
    get latencyMs() {
      return state.latencyMs
    },
    set latencyMs(ms: number) {
      state.latencyMs = ms
    },
    requests,
    get inFlight() {
      return state.inFlight
    },
    get maxInFlight() {
      return state.maxInFlight
    },
    count: filter => requests.filter(r => matches(r, filter)).length,
    reset: () => {
      requests.splice(0)
      state.maxInFlight = state.inFlight
    },
    addFault: rule => {
      const live: LiveRule = { rule, applied: 0, seen: 0 }
      rules.push(live)
      return {
        get applied() {
          return live.applied
        },
        get remaining() {
          return Math.max(0, rule.times - live.applied)
        }
      }
    },
    clearFaults: () => void rules.splice(0),
    stop: () => {
      stopped ??= new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
        state.agent.destroy()
      })
      return stopped
    }
  }
}

interface ProxyState {
  target: URL
  origin: string
  agent: Agent
  rules: LiveRule[]
  requests: ProxyRequest[]
  latencyMs: number
  /** Requests between arrival and the end of their response. */
  inFlight: number
  maxInFlight: number
}

async function forward(
  state: ProxyState,
  req: IncomingMessage,
  res: ServerResponse
): Promise<void> {
  const started = performance.now()
  const entry: ProxyRequest = {
    method: req.method ?? 'GET',
    path: req.url ?? '/',
    status: 0,
    ms: 0,
    at: started
  }
  // Logged when the response starts, so it is in the log before the client can see the response.
  const log = (status: number): void => {
    entry.status = status
    entry.ms = performance.now() - started
    state.requests.push(entry)
  }
  state.inFlight++
  state.maxInFlight = Math.max(state.maxInFlight, state.inFlight)
  let ended = false
  const end = (): void => {
    if (ended) return
    ended = true
    state.inFlight--
  }
  res.on('finish', end)
  res.on('close', () => {
    entry.ms = performance.now() - started
    end()
  })
  if (state.latencyMs > 0) await sleep(state.latencyMs)
  let fault = takeFault(state.rules, entry)
  if (fault !== undefined) entry.fault = fault.kind
  if (fault?.kind === 'hold') {
    fault.onHeld()
    await fault.release
    fault = undefined
  }
  if (fault?.kind === 'status') {
    req.resume()
    log(fault.status)
    return sendStatus(res, fault.status, fault.retryAfter)
  }
  const { target } = state
  const upstream = httpRequest({
    host: target.hostname,
    port: target.port,
    method: req.method,
    path: req.url,
    headers: { ...withoutHopByHop(req.headers), host: target.host },
    agent: state.agent
  })
  upstream.on('error', err => {
    if (res.headersSent) return void res.destroy()
    log(502)
    res.writeHead(502, { 'content-type': 'text/plain' }).end(`proxy: ${err.message}`)
  })
  upstream.on('response', up => {
    const status = up.statusCode ?? 502
    const headers = withoutHopByHop(up.headers)
    if (up.headers.location?.startsWith(target.origin)) {
      headers.location = state.origin + up.headers.location.slice(target.origin.length)
    }
    if (fault === undefined) {
      log(status)
      res.writeHead(status, headers)
      up.pipe(res)
      return
    }
    void bufferBody(up).then(body => {
      if (fault.kind === 'reset-mid-body') resetMidBody(req, res, status, headers, body, fault, log)
      else void dripBody(res, status, headers, body, fault, log)
    })
  })
  req.pipe(upstream)
}

/** The first live rule matching the request, counted as applied. */
function takeFault(rules: LiveRule[], request: ProxyRequest): FaultRule | undefined {
  for (const live of rules) {
    if (live.applied >= live.rule.times || !matches(request, live.rule.match)) continue
    if (live.seen++ < (live.rule.after ?? 0)) continue
    live.applied++
    return live.rule
  }
  return undefined
}

function matches(
  r: ProxyRequest,
  filter: RequestFilter | ((request: ProxyRequest) => boolean) | undefined
): boolean {
  if (filter === undefined) return true
  if (typeof filter === 'function') return filter(r)
  return (
    (filter.method === undefined || filter.method.toUpperCase() === r.method) &&
    (filter.pathIncludes === undefined || r.path.includes(filter.pathIncludes)) &&
    (filter.status === undefined || filter.status === r.status) &&
    (filter.fault === undefined || filter.fault === r.fault)
  )
}

function sendStatus(res: ServerResponse, status: number, retryAfter: number | undefined): void {
  const code = ERROR_CODES[status] ?? 'UNKNOWN'
  const body = JSON.stringify({ errors: [{ code, message: `injected ${status} by test proxy` }] })
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter)
  res.writeHead(status, headers).end(body)
}

function resetMidBody(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: IncomingHttpHeaders,
  body: Buffer,
  fault: { afterBytes?: number },
  log: (status: number) => void
): void {
  if (body.length === 0 || req.method === 'HEAD') {
    log(0)
    res.socket?.destroy()
    return
  }
  log(status)
  // Keep the registry's Content-Length so the client knows the body was cut short.
  res.writeHead(status, headers)
  res.flushHeaders()
  const sent = Math.min(
    Math.max(fault.afterBytes ?? Math.floor(body.length / 2), 0),
    body.length - 1
  )
  res.write(body.subarray(0, sent), () => res.socket?.destroy())
}

async function dripBody(
  res: ServerResponse,
  status: number,
  headers: IncomingHttpHeaders,
  body: Buffer,
  fault: { delayMs: number; chunkBytes?: number },
  log: (status: number) => void
): Promise<void> {
  log(status)
  res.writeHead(status, headers)
  res.flushHeaders()
  const step = Math.max(1, fault.chunkBytes ?? 64)
  for (let offset = 0; offset < body.length && !res.destroyed; offset += step) {
    if (offset > 0) await sleep(fault.delayMs)
    res.write(body.subarray(offset, offset + step))
  }
  res.end()
}

function withoutHopByHop(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const copy = { ...headers }
  for (const name of HOP_BY_HOP) delete copy[name]
  return copy
}

async function bufferBody(stream: IncomingMessage): Promise<Buffer> {
  return Buffer.concat((await stream.toArray()) as Buffer[])
}
