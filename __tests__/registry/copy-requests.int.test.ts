import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { RegistryClient } from '../../src/registry/client.js'
import { retag } from '../../src/registry/copy.js'
import { Keychain } from '../../src/registry/keychain.js'
import { parseReference } from '../../src/registry/reference.js'
import { pushImage, type PushImageOptions } from '../harness/images.js'
import { startProxy, type FaultProxy } from '../harness/proxy.js'
import { startRegistry, type TestRegistry } from '../harness/registry.js'
import { skopeoDigest } from '../harness/skopeo.js'
import { recordingLogger } from '../harness/test-logger.js'

const logger = recordingLogger()

/** The proxy's log as `METHOD path status`, digests and upload query strings blanked. */
function requestLog(proxy: FaultProxy): string[] {
  return proxy.requests.map(r => {
    const path = r.path
      .replace(/\?.*$/, '')
      .replace(/sha256[:-][0-9a-f]{64}/g, m => (m.includes(':') ? '<digest>' : '<digest-tag>'))
    return `${r.method} ${path} ${r.status}`
  })
}

/**
 * Checks that `log` is `phases` one after another: the requests of one phase run at once, so
 * their order within it is free, but no request of a later phase starts before the phase ends.
 */
function expectPhases(log: string[], phases: string[][]): void {
  let at = 0
  const got = phases.map(phase => log.slice(at, (at += phase.length)).sort())
  expect({ phases: got, after: log.slice(at) }).toEqual({
    phases: phases.map(phase => [...phase].sort()),
    after: []
  })
}

/**
 * A promotion into another repository of the same registry copies by mounting: one GET per
 * manifest, one mount per blob (201 whether or not the target had it), one PUT per manifest,
 * plus the immutability check and the read-back of the tag, and the look-ups for what is
 * attached to the digest (referrers index, cosign's legacy tags).
 */
describe('request counts of a copy into another repository', () => {
  let registry: TestRegistry
  let proxy: FaultProxy
  let client: RegistryClient

  beforeAll(async () => {
    registry = await startRegistry()
    proxy = await startProxy(registry.url)
    client = new RegistryClient({
      keychain: new Keychain({ env: { HOME: '/nonexistent' }, logger }),
      logger
    })
    // The run's first copy learns that the registry has no referrers API; the counts below
    // are those of every later image.
    await pushImage(registry, 'acme/app', 'warm-up', { seed: 'warm-up' })
    await retag(client, ref('acme/app', 'warm-up'), ref('acme/prod', 'warm-up'))
  })
  afterAll(async () => {
    await proxy?.stop()
    await registry?.stop()
  })
  beforeEach(() => proxy.reset())

  function ref(repo: string, tag: string) {
    return parseReference(`${proxy.host}/${repo}:${tag}`)
  }

  const attached = [
    'GET /v2/acme/app/manifests/<digest-tag> 404',
    'HEAD /v2/acme/app/manifests/<digest-tag>.sig 404',
    'HEAD /v2/acme/app/manifests/<digest-tag>.att 404',
    'HEAD /v2/acme/app/manifests/<digest-tag>.sbom 404'
  ]

  async function copy(tag: string, options: PushImageOptions): Promise<string[]> {
    const pushed = await pushImage(registry, 'acme/app', tag, { seed: tag, ...options })
    proxy.reset()
    const result = await retag(client, ref('acme/app', tag), ref('acme/prod', tag))
    expect(result).toMatchObject({ digest: pushed.digest, changed: true })
    const log = requestLog(proxy)
    expect(await skopeoDigest(registry.ref('acme/prod', tag))).toBe(pushed.digest)
    return log
  }

  it('one layer: GET and tag check at once, two mounts at once, PUT, read-back', async () => {
    expectPhases(await copy('one-layer', { layers: 1 }), [
      ['GET /v2/acme/app/manifests/one-layer 200', 'HEAD /v2/acme/prod/manifests/one-layer 404'],
      Array<string>(2).fill('POST /v2/acme/prod/blobs/uploads/ 201'),
      ['PUT /v2/acme/prod/manifests/one-layer 201'],
      ['HEAD /v2/acme/prod/manifests/one-layer 200'],
      attached
    ])
  })

  it('five layers: one mount per blob, no HEAD before a mount', async () => {
    expectPhases(await copy('five-layers', { layers: 5 }), [
      [
        'GET /v2/acme/app/manifests/five-layers 200',
        'HEAD /v2/acme/prod/manifests/five-layers 404'
      ],
      Array<string>(6).fill('POST /v2/acme/prod/blobs/uploads/ 201'),
      ['PUT /v2/acme/prod/manifests/five-layers 201'],
      ['HEAD /v2/acme/prod/manifests/five-layers 200'],
      attached
    ])
  })

  it('a two-platform index: each child read, its blobs mounted and PUT, no HEAD of a child', async () => {
    const child = [
      'GET /v2/acme/app/manifests/<digest> 200',
      ...Array<string>(2).fill('POST /v2/acme/prod/blobs/uploads/ 201'),
      'PUT /v2/acme/prod/manifests/<digest> 201'
    ]
    const platforms = [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' }
    ]
    expectPhases(await copy('two-platforms', { platforms }), [
      [
        'GET /v2/acme/app/manifests/two-platforms 200',
        'HEAD /v2/acme/prod/manifests/two-platforms 404'
      ],
      // The children are copied at once.
      [...child, ...child],
      ['PUT /v2/acme/prod/manifests/two-platforms 201'],
      ['HEAD /v2/acme/prod/manifests/two-platforms 200'],
      attached
    ])
  })
})
