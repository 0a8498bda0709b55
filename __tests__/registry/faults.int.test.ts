/**
 * The registry core under faults, against a real registry (Debian's docker-registry) with the
 * fault proxy in between: rate limiting, outages, cut connections, altered manifests and refused
 * credentials. Waits are never timed: the client's `sleep` seam records them instead.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { retagCommand } from '../../src/commands/retag.js'
import { RegistryClient } from '../../src/registry/client.js'
import { retag } from '../../src/registry/copy.js'
import { RegistryError } from '../../src/registry/errors.js'
import { Keychain } from '../../src/registry/keychain.js'
import { parseReference, type ImageReference } from '../../src/registry/reference.js'
import { DEFAULT_RETRY, type RetryPolicy } from '../../src/registry/transport.js'
import { getManifest, pushImage, type PushedImage } from '../harness/images.js'
import { startProxy, type FaultProxy } from '../harness/proxy.js'
import { startRegistry, type AuthMode, type TestRegistry } from '../harness/registry.js'
import { skopeoDigest } from '../harness/skopeo.js'
import { recordingLogger, type RecordingLogger } from '../harness/test-logger.js'
import { expectNoSecrets, userSecrets } from './secrets.js'
import { startTamperProxy } from './tamper-proxy.js'

interface Harness {
  client: RegistryClient
  logger: RecordingLogger
  /** Every wait the client asked for, in milliseconds. */
  sleeps: number[]
}

/**
 * A client whose waits are recorded and return at once, with jitter pinned to 0.75 (random 0.5)
 * so backoff values are exact. Credentials are the registry's first user unless given.
 */
function harness(
  registry: TestRegistry,
  opts: { credential?: { username: string; password: string } | null; retry?: RetryPolicy } = {}
): Harness {
  const logger = recordingLogger()
  const sleeps: number[] = []
  const explicit =
    opts.credential === null
      ? undefined
      : (opts.credential ??
        (registry.auth === 'none'
          ? undefined
          : { username: registry.username, password: registry.password }))
  const keychain = new Keychain({ explicit, env: { HOME: '/nonexistent' }, logger })
  const client = new RegistryClient({
    keychain,
    logger,
    retry: opts.retry,
    sleep: ms => {
      sleeps.push(ms)
      return Promise.resolve()
    },
    random: () => 0.5
  })
  return { client, logger, sleeps }
}

/** `METHOD path status` of the proxy's log, for exact request lists. */
function proxyLog(proxy: FaultProxy): string[] {
  return proxy.requests.map(r => `${r.method} ${r.path} ${r.status}`)
}

async function registryPuts(registry: TestRegistry): Promise<string[]> {
  return (await registry.syncAccessLog())
    .filter(e => e.method === 'PUT')
    .map(e => `${e.method} ${e.path} ${e.status}`)
}

function creds(registry: TestRegistry): { username: string; password: string } | undefined {
  return registry.auth === 'none'
    ? undefined
    : { username: registry.username, password: registry.password }
}

describe.each<AuthMode>(['none', 'basic', 'token'])('registry faults (%s auth)', auth => {
  let registry: TestRegistry
  let proxy: FaultProxy
  let image: PushedImage
  let source: ImageReference
  let targets = 0
  const errors: unknown[] = []
  const loggers: RecordingLogger[] = []

  /** A fresh target tag in the source repository, through the proxy. */
  const nextTarget = (): ImageReference =>
    source.withoutTag().withTag(`production-v1.2.3-abc1234-17000000${String(++targets)}`)

  /** A client through the proxy, authenticated up front so counts are the operation's own. */
  async function ready(opts: Parameters<typeof harness>[1] = {}): Promise<Harness> {
    const h = harness(registry, opts)
    loggers.push(h.logger)
    await h.client.head(source, { push: true })
    proxy.reset()
    registry.clearAccessLog()
    return h
  }

  beforeAll(async () => {
    registry = await startRegistry({ auth })
    proxy = await startProxy(registry.url)
    image = await pushImage(registry, 'app', 'staging-v1.2.3-abc1234-1700000000', { layers: 2 })
    source = parseReference(`${proxy.host}/app:${image.tag!}`)
  })
  afterEach(() => {
    proxy.clearFaults()
    proxy.reset()
  })
  afterAll(async () => {
    await proxy?.stop()
    await registry?.stop()
  })

  it('waits as long as Retry-After says on a 429, with exactly one extra request', async () => {
    const baseline = await ready()
    await retag(baseline.client, source, nextTarget())
    const plain = proxy.count()

    const h = await ready()
    const target = nextTarget()
    proxy.addFault({
      kind: 'status',
      status: 429,
      retryAfter: 2,
      times: 1,
      match: { method: 'GET', pathIncludes: `/manifests/${image.tag!}` }
    })
    const result = await retag(h.client, source, target)
    expect(result).toMatchObject({ digest: image.digest, changed: true })
    expect(h.sleeps).toEqual([2000])
    expect(proxy.count()).toBe(plain + 1)
    // The source read and the target check run at once; only the source read is retried.
    const log = proxyLog(proxy)
    expect(log.filter(l => l.startsWith('GET')).slice(0, 2)).toEqual([
      `GET /v2/app/manifests/${image.tag!} 429`,
      `GET /v2/app/manifests/${image.tag!} 200`
    ])
    expect([...log].sort()).toEqual(
      [
        `GET /v2/app/manifests/${image.tag!} 429`,
        `GET /v2/app/manifests/${image.tag!} 200`,
        `HEAD /v2/app/manifests/${target.tag!} 404`,
        `PUT /v2/app/manifests/${target.tag!} 201`,
        `HEAD /v2/app/manifests/${target.tag!} 200`
      ].sort()
    )
    expect(log.slice(-2)).toEqual([
      `PUT /v2/app/manifests/${target.tag!} 201`,
      `HEAD /v2/app/manifests/${target.tag!} 200`
    ])
    expect(await skopeoDigest(registry.ref('app', target.tag!), creds(registry))).toBe(image.digest)
    expectNoSecrets(h.logger, userSecrets(registry.users))
  })

  it('backs off with growing waits on 503s for the target HEAD, then succeeds', async () => {
    const h = await ready()
    const target = nextTarget()
    proxy.addFault({
      kind: 'status',
      status: 503,
      times: 2,
      match: { method: 'HEAD', pathIncludes: `/manifests/${target.tag!}` }
    })
    const result = await retag(h.client, source, target)
    expect(result).toMatchObject({ digest: image.digest, changed: true })
    // 250 ms doubling, times the pinned jitter of 0.75.
    expect(h.sleeps).toEqual([188, 375])
    expect(h.sleeps[1]).toBeGreaterThan(h.sleeps[0])
    for (const ms of h.sleeps) expect(ms).toBeLessThanOrEqual(DEFAULT_RETRY.maxDelayMs)
    // Two refused, the check, and the read-back after the PUT.
    expect(proxy.count({ method: 'HEAD', pathIncludes: target.tag! })).toBe(4)
    expect(proxy.count({ method: 'PUT' })).toBe(1)
    expectNoSecrets(h.logger, userSecrets(registry.users))
  })

  it('never waits longer than maxDelayMs, Retry-After included', async () => {
    const retry: RetryPolicy = { attempts: 6, baseDelayMs: 1000, maxDelayMs: 3000 }
    const h = await ready({ retry })
    const target = nextTarget()
    proxy.addFault({
      kind: 'status',
      status: 429,
      retryAfter: 3600,
      times: 1,
      match: { method: 'HEAD', pathIncludes: `/manifests/${target.tag!}` }
    })
    proxy.addFault({
      kind: 'status',
      status: 503,
      times: 4,
      match: { method: 'HEAD', pathIncludes: `/manifests/${target.tag!}` }
    })
    await retag(h.client, source, target)
    // Attempt 1 honours Retry-After up to the cap; then 2000, 4000, 8000 ms (× 0.75) capped.
    expect(h.sleeps).toEqual([3000, 1500, 3000, 3000, 3000])
    // Every attempt of the check, then the read-back.
    expect(proxy.count({ method: 'HEAD', pathIncludes: target.tag! })).toBe(retry.attempts + 1)
    expectNoSecrets(h.logger, userSecrets(registry.users))
  })

  it('retries a manifest GET cut off mid-body and writes the same digest', async () => {
    const h = await ready()
    const target = nextTarget()
    proxy.addFault({
      kind: 'reset-mid-body',
      times: 1,
      match: { method: 'GET', pathIncludes: `/manifests/${image.tag!}` }
    })
    const result = await retag(h.client, source, target)
    expect(result).toMatchObject({ digest: image.digest, changed: true })
    expect(h.sleeps).toHaveLength(1)
    expect(proxy.count({ fault: 'reset-mid-body' })).toBe(1)
    expect(proxy.count({ method: 'GET', pathIncludes: `/manifests/${image.tag!}` })).toBe(2)
    expect(await skopeoDigest(registry.ref('app', target.tag!), creds(registry))).toBe(image.digest)
    expectNoSecrets(h.logger, userSecrets(registry.users))
  })

  it('retries a HEAD whose connection is reset before any header', async () => {
    const h = await ready()
    const target = nextTarget()
    proxy.addFault({
      kind: 'reset-mid-body',
      times: 1,
      match: { method: 'HEAD', pathIncludes: `/manifests/${target.tag!}` }
    })
    const result = await retag(h.client, source, target)
    expect(result).toMatchObject({ digest: image.digest, changed: true })
    expect(h.sleeps).toHaveLength(1)
    // The reset check, its retry, and the read-back.
    expect(proxy.count({ method: 'HEAD', pathIncludes: target.tag! })).toBe(3)
    expectNoSecrets(h.logger, userSecrets(registry.users))
  })

  it('gives up on a manifest GET that fails every try, in one line, writing nothing', async () => {
    const h = await ready()
    const target = nextTarget()
    proxy.addFault({
      kind: 'status',
      status: 500,
      times: 100,
      match: { method: 'GET', pathIncludes: `/manifests/${image.tag!}` }
    })
    const err = await retag(h.client, source, target).catch((e: unknown) => e)
    errors.push(err)
    expect(err).toBeInstanceOf(RegistryError)
    const e = err as RegistryError
    expect(e.message).toBe(
      `reading ${source.familiar}: GET ${proxy.host}/v2/app/manifests/${image.tag!}: 500 UNKNOWN: injected 500 by test proxy`
    )
    expect(e).toMatchObject({ status: 500, method: 'GET', temporary: true })
    expect(proxy.count({ method: 'GET', status: 500 })).toBe(DEFAULT_RETRY.attempts)
    expect(h.sleeps).toHaveLength(DEFAULT_RETRY.attempts - 1)
    expect(proxy.count({ method: 'PUT' })).toBe(0)
    expect(await registryPuts(registry)).toEqual([])
    expectNoSecrets(h.logger, userSecrets(registry.users), [err])
  })

  it('gives up on a manifest PUT that fails every try, and the tag never appears', async () => {
    const h = await ready()
    const target = nextTarget()
    proxy.addFault({
      kind: 'status',
      status: 500,
      times: 100,
      match: { method: 'PUT', pathIncludes: `/manifests/${target.tag!}` }
    })
    const err = await retag(h.client, source, target).catch((e: unknown) => e)
    errors.push(err)
    expect((err as Error).message).toBe(
      `pushing tag ${target.familiar}: PUT ${proxy.host}/v2/app/manifests/${target.tag!}: 500 UNKNOWN: injected 500 by test proxy; the tag was not written: re-run the same command to resume (blobs already copied are kept)`
    )
    expect(err).toMatchObject({ status: 500, method: 'PUT', temporary: true })
    expect(proxy.count({ method: 'PUT', fault: 'status' })).toBe(DEFAULT_RETRY.attempts)
    // The proxy answered every PUT itself: none reached the registry.
    expect(await registryPuts(registry)).toEqual([])
    const head = await getManifest(registry, 'app', target.tag!, { method: 'HEAD' })
    expect(head.status).toBe(404)
    expectNoSecrets(h.logger, userSecrets(registry.users), [err])
  })

  it('refuses a manifest whose bytes do not hash to its digest, writing nothing', async () => {
    const tamper = await startTamperProxy(registry.url)
    try {
      const h = harness(registry)
      loggers.push(h.logger)
      registry.clearAccessLog()
      const byDigest = parseReference(`${tamper.host}/app@${image.digest}`)
      const byTag = parseReference(`${tamper.host}/app:${image.tag!}`)
      const target = parseReference(`${tamper.host}/app:production-tampered`)
      const altered = `manifest bytes do not hash to ${image.digest}; the registry or a proxy altered the manifest; nothing was written`

      const got = await h.client.get(byDigest).catch((e: unknown) => e)
      expect((got as Error).message).toBe(
        `GET ${tamper.host}/v2/app/manifests/${image.digest}: 200 ${altered}`
      )
      expect(got).toMatchObject({ status: 200, temporary: false })

      // By digest the reference names the hash; by tag the registry's Docker-Content-Digest does.
      const viaDigest = await retag(h.client, byDigest, target).catch((e: unknown) => e)
      expect((viaDigest as Error).message).toBe(
        `reading ${byDigest.familiar}: GET ${tamper.host}/v2/app/manifests/${image.digest}: 200 ${altered}`
      )
      const viaTag = await retag(h.client, byTag, target).catch((e: unknown) => e)
      expect((viaTag as Error).message).toBe(
        `reading ${byTag.familiar}: GET ${tamper.host}/v2/app/manifests/${image.tag!}: 200 ${altered}`
      )
      // Not a temporary failure: the same altered bytes were not fetched again.
      expect(tamper.requests.filter(r => r.startsWith('GET') && r.endsWith(' 200'))).toHaveLength(3)
      expect(tamper.tampered).toBe(3)
      expect(tamper.requests.filter(r => r.startsWith('PUT'))).toEqual([])
      expect(await registryPuts(registry)).toEqual([])
      expect((await getManifest(registry, 'app', 'production-tampered')).status).toBe(404)
      expectNoSecrets(h.logger, userSecrets(registry.users), [got, viaDigest, viaTag])
    } finally {
      await tamper.stop()
    }
  })

  it('never logged a credential or token in this suite', () => {
    for (const logger of loggers) expectNoSecrets(logger, userSecrets(registry.users), errors)
  })
})

describe.each<Exclude<AuthMode, 'none'>>(['basic', 'token'])(
  'refused credentials (%s auth)',
  auth => {
    let registry: TestRegistry
    let proxy: FaultProxy
    let source: ImageReference
    const tag = 'staging-v1.0.0-abc1234-1700000000'

    beforeAll(async () => {
      registry = await startRegistry({
        auth,
        users: { alice: 'alice-pw-8c1f0e', reader: 'reader-pw-5b7d2a' },
        token: { grants: { reader: { '*': ['pull'] } } }
      })
      proxy = await startProxy(registry.url)
      await pushImage(registry, 'app', tag)
      source = parseReference(`${proxy.host}/app:${tag}`)
    })
    afterAll(async () => {
      await proxy?.stop()
      await registry?.stop()
    })

    const known = (): string[] => [...userSecrets(registry.users), 'wrong-pw-3e9a41']

    it('says the credentials for the registry were refused', async () => {
      const h = harness(registry, {
        credential: { username: 'alice', password: 'wrong-pw-3e9a41' }
      })
      const err = await retag(h.client, source, source.withoutTag().withTag('production-x')).catch(
        (e: unknown) => e
      )
      expect(err).toBeInstanceOf(RegistryError)
      const message = (err as Error).message
      expect(message).not.toContain('\n')
      expect(message).toMatch(new RegExp(`^reading ${escapeRegExp(source.familiar)}: GET `))
      expect(message).toContain(`the credentials for ${proxy.host} were refused`)
      expect(err).toMatchObject({ status: 401, temporary: false })
      // A refusal is final: no backoff, and nothing reached the manifest PUT.
      expect(h.sleeps).toEqual([])
      expect(proxy.count({ method: 'PUT' })).toBe(0)
      expectNoSecrets(h.logger, known(), [err])
    })

    it('says how to log in when no credential was found', async () => {
      const h = harness(registry, { credential: null })
      const err = await h.client.head(source).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(RegistryError)
      const message = (err as Error).message
      expect(message).not.toContain('\n')
      expect(message).toContain(
        `log in to ${proxy.host} first (docker/login-action, or the registry-username and registry-password inputs)`
      )
      expect(message).not.toContain('credentials for')
      expectNoSecrets(h.logger, known(), [err])
    })

    // Basic auth has no scopes: only a token registry can grant pull without push.
    if (auth === 'token')
      it('says a pull-only token lacks repository:<repo>:pull,push when pushing', async () => {
        const h = harness(registry, {
          credential: { username: 'reader', password: registry.users.reader }
        })
        registry.clearAccessLog()
        const target = source.withoutTag().withTag('production-v1.0.0-abc1234-1700000000')
        const err = await retag(h.client, source, target).catch((e: unknown) => e)
        expect(err).toBeInstanceOf(RegistryError)
        expect((err as Error).message).toBe(
          `pushing tag ${target.familiar}: PUT ${proxy.host}/v2/app/manifests/${target.tag!}: 401 UNAUTHORIZED: authentication required; ` +
            `the credentials for ${proxy.host} lack the scope repository:app:pull,push; use a token that may push (for ghcr.io: permissions packages: write)`
        )
        expect(h.sleeps).toEqual([])
        // The first PUT with the cached pull-only token, then one with a fresh token: both refused.
        const put = `PUT /v2/app/manifests/${target.tag!} 401`
        expect(await registryPuts(registry)).toEqual([put, put])
        expect((await getManifest(registry, 'app', target.tag!)).status).toBe(404)
        expectNoSecrets(h.logger, known(), [err])
      })
  }
)

describe('retag input errors', () => {
  const host = '127.0.0.1:5000'
  const password = 'input-pw-0d4e77'

  function parse(inputs: Record<string, string>): Error {
    const logger = recordingLogger()
    const ctx = {
      logger,
      env: {},
      workspace: process.cwd(),
      now: () => new Date(1_700_000_000_000)
    }
    const all: Record<string, string> = {
      'registry-username': 'alice',
      'registry-password': password,
      ...inputs
    }
    let thrown: unknown
    try {
      retagCommand.parse({ get: name => all[name] }, ctx)
    } catch (err) {
      thrown = err
    }
    expect(thrown).toBeInstanceOf(Error)
    expectNoSecrets(logger, userSecrets({ alice: password }), [thrown])
    return thrown as Error
  }

  it.each<[string, Record<string, string>, string]>([
    [
      'an invalid reference',
      { image: `${host}/app:v1@sha256:abc`, tag: 'production-x' },
      `input 'image': invalid reference "${host}/app:v1@sha256:abc": sha256 digest must be 64 lowercase hexadecimal characters`
    ],
    [
      'an uppercase path',
      { image: `${host}/Acme/App:v1`, tag: 'production-x' },
      `input 'image': invalid reference "${host}/Acme/App:v1": repository name must be lowercase`
    ],
    [
      'a source with neither tag nor digest',
      { image: `${host}/app`, tag: 'production-x' },
      `input 'image': '${host}/app' has neither tag nor digest`
    ],
    [
      'latest as the source',
      { image: `${host}/app:latest`, tag: 'production-x' },
      "gate 'tag-policy' failed: 'latest' is a floating tag and cannot be a promotion source; fix: name the source by digest or by its immutable environment tag"
    ],
    [
      'latest as the target',
      { image: `${host}/app:staging-v1`, tag: 'latest' },
      "gate 'tag-policy' failed: 'latest' is a floating tag and cannot be a promotion target; fix: promote to an immutable environment tag (tag-template)"
    ],
    [
      'an invalid target tag',
      { image: `${host}/app:staging-v1`, tag: '-bad' },
      `input 'tag': invalid tag "-bad": tag must contain only letters, digits, "_", "." and "-", and not start with "." or "-"`
    ],
    [
      'an uppercase target image',
      { image: `${host}/app:staging-v1`, tag: 'production-x', 'target-image': `${host}/Prod` },
      `input 'target-image': invalid reference "${host}/Prod": repository name must be lowercase`
    ],
    [
      'neither tag nor to-environment',
      { image: `${host}/app:staging-v1` },
      "input 'tag': set exactly one of tag and to-environment"
    ]
  ])('refuses %s in one line', (_, inputs, message) => {
    const err = parse(inputs)
    expect(err.message).toBe(message)
    expect(err.message).not.toContain('\n')
  })
})

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
