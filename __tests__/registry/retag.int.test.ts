import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RegistryClient } from '../../src/registry/client.js'
import { retag } from '../../src/registry/copy.js'
import { attachReferrer, listReferrers } from '../../src/registry/referrers.js'
import { Keychain } from '../../src/registry/keychain.js'
import { parseReference } from '../../src/registry/reference.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { startRegistry, type AuthMode, type TestRegistry } from '../harness/registry.js'
import { skopeoDigest } from '../harness/skopeo.js'
import { recordingLogger, type RecordingLogger } from '../harness/test-logger.js'

function clientFor(registry: TestRegistry, logger: RecordingLogger): RegistryClient {
  const explicit =
    registry.auth === 'none'
      ? undefined
      : { username: registry.username, password: registry.password }
  const keychain = new Keychain({ explicit, env: { HOME: '/nonexistent' }, logger })
  return new RegistryClient({ keychain, logger })
}

/** Requests a retag made after authenticating: no 401 challenges, no `/v2/` pings. */
function afterAuth(
  registry: TestRegistry,
  entries: Awaited<ReturnType<TestRegistry['syncAccessLog']>>
) {
  return entries
    .filter(e => e.status !== 401 && e.path !== '/v2/')
    .map(e => `${e.method} ${e.path.replace(registry.url, '')} ${e.status}`)
}

describe.each<AuthMode>(['none', 'basic', 'token'])(
  'retag against a real registry (%s auth)',
  auth => {
    let registry: TestRegistry
    let single: PushedImage
    let docker: PushedImage
    let index: PushedImage
    const logger = recordingLogger()

    beforeAll(async () => {
      registry = await startRegistry({ auth })
      single = await pushImage(registry, 'app', 'staging-v1.2.3-abc1234-1700000000', {
        pretty: true,
        layers: 2
      })
      docker = await pushImage(registry, 'app', 'staging-v1.0.0-def5678-1700000001', {
        format: 'docker'
      })
      index = await pushImage(registry, 'multi', 'staging-v2.0.0-abc1234-1700000002', {
        platforms: [
          { os: 'linux', architecture: 'amd64' },
          { os: 'linux', architecture: 'arm64' }
        ],
        pretty: true
      })
    })
    afterAll(async () => {
      await registry?.stop()
    })

    const creds = () =>
      auth === 'none' ? undefined : { username: registry.username, password: registry.password }

    it('tags the same manifest bytes in 4 requests after auth (the last reads the tag back), then is a no-op', async () => {
      const client = clientFor(registry, logger)
      const source = parseReference(registry.ref('app', single.tag!))
      const target = source.withoutTag().withTag('production-v1.2.3-abc1234-1700000000')
      // Authenticate first so the count below is the retag's own requests.
      await client.head(source, { push: true })
      await registry.syncAccessLog()
      registry.clearAccessLog()
      const result = await retag(client, source, target)
      expect(result).toMatchObject({ digest: single.digest, changed: true })
      const requests = afterAuth(registry, await registry.syncAccessLog())
      // The source read and the target check run at once; then the write and its read-back.
      expect(requests.slice(0, 2).sort()).toEqual(
        [
          `GET /v2/app/manifests/${single.tag} 200`,
          'HEAD /v2/app/manifests/production-v1.2.3-abc1234-1700000000 404'
        ].sort()
      )
      expect(requests.slice(2)).toEqual([
        'PUT /v2/app/manifests/production-v1.2.3-abc1234-1700000000 201',
        'HEAD /v2/app/manifests/production-v1.2.3-abc1234-1700000000 200'
      ])
      expect(
        await skopeoDigest(registry.ref('app', 'production-v1.2.3-abc1234-1700000000'), creds())
      ).toBe(single.digest)
      const again = await retag(client, source, target)
      expect(again).toMatchObject({ digest: single.digest, changed: false })
    })

    it('keeps the digest of a Docker v2s2 manifest', async () => {
      const client = clientFor(registry, logger)
      const source = parseReference(registry.ref('app', docker.tag!))
      await retag(
        client,
        source,
        source.withoutTag().withTag('production-v1.0.0-def5678-1700000001')
      )
      expect(
        await skopeoDigest(registry.ref('app', 'production-v1.0.0-def5678-1700000001'), creds())
      ).toBe(docker.digest)
    })

    it('retags a multi-arch index in one PUT and keeps the index digest', async () => {
      const client = clientFor(registry, logger)
      const source = parseReference(registry.ref('multi', index.tag!))
      await client.head(source, { push: true })
      await registry.syncAccessLog()
      registry.clearAccessLog()
      const result = await retag(
        client,
        source,
        source.withoutTag().withTag('production-v2.0.0-abc1234-1700000002')
      )
      expect(result.digest).toBe(index.digest)
      const puts = afterAuth(registry, await registry.syncAccessLog()).filter(r =>
        r.startsWith('PUT')
      )
      expect(puts).toEqual(['PUT /v2/multi/manifests/production-v2.0.0-abc1234-1700000002 201'])
      expect(
        await skopeoDigest(registry.ref('multi', 'production-v2.0.0-abc1234-1700000002'), creds())
      ).toBe(index.digest)
    })

    it('carries referrers and cosign legacy tags along to another repository', async () => {
      const client = clientFor(registry, logger)
      const pushed = await pushImage(registry, 'signed', 'staging-v3.0.0-abc1234-1700000003', {
        seed: 'signed'
      })
      const source = parseReference(registry.ref('signed', pushed.tag!))
      const subject = (await client.head(source))!
      const attached = await attachReferrer(client, source, subject, {
        artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        blobs: [
          {
            mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
            bytes: Buffer.from('{"bundle":1}')
          }
        ]
      })
      const legacy = await pushImage(registry, 'signed', `${pushed.digest.replace(':', '-')}.sig`, {
        seed: 'legacy sig'
      })
      const target = parseReference(
        registry.ref('signed-prod', 'production-v3.0.0-abc1234-1700000003')
      )
      await retag(client, source, target)
      const copied = await listReferrers(client, target, pushed.digest)
      expect(copied.map(d => d.digest)).toEqual([attached.digest])
      expect(
        await skopeoDigest(
          registry.ref('signed-prod', `${pushed.digest.replace(':', '-')}.sig`),
          creds()
        )
      ).toBe(legacy.digest)
      expect(await skopeoDigest(target.familiar, creds())).toBe(pushed.digest)
    })

    it('copies an index to another repository with children and blobs, digest kept', async () => {
      const client = clientFor(registry, logger)
      const source = parseReference(registry.ref('multi', index.tag!))
      const target = parseReference(
        registry.ref('multi-prod', 'production-v2.0.0-abc1234-1700000002')
      )
      const result = await retag(client, source, target)
      expect(result).toMatchObject({ digest: index.digest, changed: true })
      expect(await skopeoDigest(target.familiar, creds())).toBe(index.digest)
      const log = (await registry.syncAccessLog()).filter(e => e.status !== 401)
      expect(
        log
          .filter(e => e.method === 'POST' && e.path.includes('mount='))
          .every(e => e.status === 201)
      ).toBe(true)
    })

    it('refuses to move an existing tag to another digest and writes nothing', async () => {
      const client = clientFor(registry, logger)
      const other = await pushImage(registry, 'app', 'production-v9.9.9-abc1234-1700000009', {
        seed: 'other'
      })
      const source = parseReference(registry.ref('app', single.tag!))
      const target = source.withoutTag().withTag('production-v9.9.9-abc1234-1700000009')
      registry.clearAccessLog()
      await expect(retag(client, source, target)).rejects.toThrow(
        `tag ${target.familiar} already points at ${other.digest}, not ${single.digest}; environment tags are immutable`
      )
      expect((await registry.syncAccessLog()).filter(e => e.method === 'PUT')).toEqual([])
      expect(await skopeoDigest(target.familiar, creds())).toBe(other.digest)
    })

    it('names the repository and tag when the source tag is missing', async () => {
      const client = clientFor(registry, logger)
      const source = parseReference(registry.ref('app', 'staging-v0.0.1-abc1234-1700000000'))
      await expect(
        retag(client, source, source.withoutTag().withTag('production-x'))
      ).rejects.toThrow(
        new RegExp(
          `^reading ${source.familiar.replace(/[.]/g, '\\.')}: GET ${registry.host}/v2/app/manifests/staging-v0.0.1-abc1234-1700000000: 404 MANIFEST_UNKNOWN`
        )
      )
    })

    it('refuses when the source resolves to another digest than expected, writing nothing', async () => {
      const client = clientFor(registry, logger)
      const source = parseReference(registry.ref('app', single.tag!))
      registry.clearAccessLog()
      await expect(
        retag(client, source, source.withoutTag().withTag('production-never'), {
          expectedDigest: docker.digest
        })
      ).rejects.toThrow(
        `resolves to ${single.digest}, not the expected ${docker.digest}; nothing was written`
      )
      expect((await registry.syncAccessLog()).filter(e => e.method === 'PUT')).toEqual([])
    })

    it('never logs a credential', () => {
      const all = logger.lines.join('\n')
      if (auth !== 'none') {
        expect(logger.secrets).toContain(registry.password)
        expect(all).not.toContain(registry.password)
        expect(all).not.toContain(
          Buffer.from(`${registry.username}:${registry.password}`).toString('base64')
        )
      }
      for (const secret of logger.secrets) expect(all).not.toContain(secret)
    })
  }
)

describe('authentication failures', () => {
  it.each<AuthMode>(['basic', 'token'])('names the registry and how to log in (%s)', async auth => {
    const registry = await startRegistry({ auth })
    try {
      await pushImage(registry, 'app', 'v1')
      const logger = recordingLogger()
      const keychain = new Keychain({
        explicit: { username: registry.username, password: 'wrong-password' },
        env: {},
        logger
      })
      const client = new RegistryClient({ keychain, logger })
      const err = await client
        .head(parseReference(registry.ref('app', 'v1')))
        .catch((e: Error) => e)
      expect(err).toBeInstanceOf(Error)
      const message = (err as Error).message
      expect(message).toContain(registry.host)
      expect(message).toMatch(/refused|wrong/)
      expect(message).not.toContain('wrong-password')
      expect(logger.lines.join('\n')).not.toContain('wrong-password')
    } finally {
      await registry.stop()
    }
  })

  it('explains a push without push scope (token mode, pull-only user)', async () => {
    const registry = await startRegistry({
      auth: 'token',
      users: { alice: 'alice-pw', reader: 'reader-pw' },
      token: { grants: { reader: { '*': ['pull'] } } }
    })
    try {
      await pushImage(registry, 'app', 'staging-v1.0.0-abc1234-1700000000')
      const logger = recordingLogger()
      const keychain = new Keychain({
        explicit: { username: 'reader', password: 'reader-pw' },
        env: {},
        logger
      })
      const client = new RegistryClient({ keychain, logger })
      const source = parseReference(registry.ref('app', 'staging-v1.0.0-abc1234-1700000000'))
      await expect(
        retag(client, source, source.withoutTag().withTag('production-v1.0.0-abc1234-1700000000'))
      ).rejects.toThrow(/lack the scope repository:app:pull,push/)
    } finally {
      await registry.stop()
    }
  })
})

describe('retag across registries', () => {
  let source: TestRegistry
  let target: TestRegistry

  beforeAll(async () => {
    ;[source, target] = await Promise.all([
      startRegistry({ auth: 'token' }),
      startRegistry({ auth: 'basic' })
    ])
  })
  afterAll(async () => {
    await Promise.all([source?.stop(), target?.stop()])
  })

  it('streams the blobs of a multi-arch index into another registry and keeps the digest', async () => {
    const logger = recordingLogger()
    const index = await pushImage(source, 'app', 'staging-v4.0.0-abc1234-1700000004', {
      platforms: [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64' }
      ],
      layers: 2,
      layerSize: 3 * 1024 * 1024
    })
    // One keychain, each registry with its own user: the explicit credential applies to both.
    const keychain = new Keychain({
      env: { HOME: '/nonexistent' },
      logger,
      explicit: { username: source.username, password: source.password },
      explicitRegistries: [source.host]
    })
    const both = new Keychain({
      env: { HOME: '/nonexistent' },
      logger,
      explicit: { username: target.username, password: target.password },
      explicitRegistries: [target.host]
    })
    const client = new RegistryClient({
      keychain: {
        resolve: async (registry: string, repo?: string) =>
          (await keychain.resolve(registry, repo)) ?? both.resolve(registry, repo)
      } as Keychain,
      logger
    })
    const from = parseReference(source.ref('app', index.tag!))
    const to = parseReference(target.ref('app', 'production-v4.0.0-abc1234-1700000004'))
    const result = await retag(client, from, to)
    expect(result).toMatchObject({ digest: index.digest, changed: true })
    expect(
      await skopeoDigest(to.familiar, { username: target.username, password: target.password })
    ).toBe(index.digest)
    const uploads = (await target.syncAccessLog()).filter(
      e => e.method === 'PUT' && e.path.includes('/blobs/uploads/')
    )
    expect(uploads.length).toBe(6)
    expect(await retag(client, from, to)).toMatchObject({ changed: false })
    for (const secret of logger.secrets) expect(logger.lines.join('\n')).not.toContain(secret)
  })
})
