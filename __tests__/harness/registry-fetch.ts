/**
 * `fetch` against a test registry, answering its auth challenges the way a registry client does,
 * so harness code works unchanged in the `none`, `basic` and `token` modes.
 */

/** Where requests go and how to authenticate. A `TestRegistry` fits as is. */
export interface RegistryTarget {
  /** Registry base URL, `http://127.0.0.1:PORT` (or a proxy in front of it). */
  url: string
  /** User for Basic auth, or for the token server when the registry asks for a bearer token. */
  username?: string
  /** Password of `username`. */
  password?: string
  /**
   * Extra headers for every request. When they contain `authorization`, challenges are not
   * answered, so a test can send a forged or limited token and see the registry's 401.
   */
  headers?: () => Record<string, string> | Promise<Record<string, string>>
}

/** Request options of {@link registryFetch}. */
export interface RegistryRequest {
  /** HTTP method. Default GET. */
  method?: string
  /** Request headers. */
  headers?: Record<string, string>
  /** Body; a buffer, since a request may be sent twice. */
  body?: Uint8Array
}

interface AuthState {
  basic: boolean
  tokens: Map<string, string>
}

/** Per target, so two targets with the same URL (e.g. another user) never share tokens. */
const authStates = new WeakMap<RegistryTarget, AuthState>()

/**
 * Sends a request; on a 401 challenge answers it and sends the request once more.
 *
 * A Basic challenge is answered with the target's credentials, which are then sent up front. A
 * Bearer challenge is answered with a token for exactly the challenge's scope, fetched from its
 * realm with Basic credentials and cached per repository until the next challenge.
 *
 * @param repo - repository the request is about, the token cache key (`''` for `/v2/`)
 * @param pathOrUrl - `/v2/...` relative to `target.url`, or an absolute URL (upload `Location`)
 */
export async function registryFetch(
  target: RegistryTarget,
  repo: string,
  pathOrUrl: string,
  init: RegistryRequest = {}
): Promise<Response> {
  let state = authStates.get(target)
  if (state === undefined) authStates.set(target, (state = { basic: false, tokens: new Map() }))
  const url = new URL(pathOrUrl, target.url).href
  const extra = (await target.headers?.()) ?? {}
  const fixedAuth = Object.keys(extra).some(h => h.toLowerCase() === 'authorization')
  const send = (authorization: string | undefined): Promise<Response> =>
    fetch(url, {
      method: init.method ?? 'GET',
      headers: { ...init.headers, ...extra, ...(authorization ? { authorization } : {}) },
      body: init.body
    })

  const token = state.tokens.get(repo)
  let preset: string | undefined
  if (token !== undefined) preset = `Bearer ${token}`
  else if (state.basic) preset = basicAuth(target)
  const res = await send(fixedAuth ? undefined : preset)
  const challenge = res.headers.get('www-authenticate')
  if (res.status !== 401 || fixedAuth || challenge === null || target.username === undefined) {
    return res
  }
  await res.arrayBuffer()
  if (/^basic\b/i.test(challenge)) {
    state.basic = true
    return send(basicAuth(target))
  }
  const fresh = await fetchToken(target, challenge)
  state.tokens.set(repo, fresh)
  return send(`Bearer ${fresh}`)
}

/**
 * Gets a token for a Bearer challenge (`realm`, `service`, `scope`) from its realm with the
 * target's Basic credentials. A space-separated scope is sent as repeated `scope` parameters.
 *
 * @throws Error with the token server's status and body when it refuses
 */
export async function fetchToken(target: RegistryTarget, challenge: string): Promise<string> {
  const params = Object.fromEntries(
    [...challenge.matchAll(/(\w+)="([^"]*)"/g)].map(m => [m[1], m[2]])
  )
  if (params.realm === undefined) throw new Error(`no realm in challenge: ${challenge}`)
  const url = new URL(params.realm)
  if (params.service !== undefined) url.searchParams.set('service', params.service)
  for (const scope of params.scope?.split(' ') ?? []) url.searchParams.append('scope', scope)
  if (target.username !== undefined) url.searchParams.set('account', target.username)
  const res = await fetch(url, { headers: { authorization: basicAuth(target) } })
  await expectStatus(res, 200, `GET token ${url.href}`)
  const body = (await res.json()) as { token?: string; access_token?: string }
  const token = body.token ?? body.access_token
  if (token === undefined) throw new Error(`token server answered no token: ${url.href}`)
  return token
}

/** `Basic base64(user:password)` for the target's credentials. */
export function basicAuth(target: RegistryTarget): string {
  const pair = `${target.username ?? ''}:${target.password ?? ''}`
  return `Basic ${Buffer.from(pair).toString('base64')}`
}

/**
 * Throws unless `res` has `status`; the message names `what` and quotes the body, which carries
 * the registry's error code.
 */
export async function expectStatus(res: Response, status: number, what: string): Promise<void> {
  if (res.status === status) return
  const body = await res.text()
  throw new Error(`${what}: expected ${status}, got ${res.status} ${body.slice(0, 500)}`)
}
