import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RegistryClient, referrersTag } from '../../src/registry/client.js'
import { retag } from '../../src/registry/copy.js'
import { Keychain } from '../../src/registry/keychain.js'
import { parseReference } from '../../src/registry/reference.js'
import {
  attachReferrer,
  copyReferrers,
  listReferrers,
  readReferrerLayer,
  type ReferrerArtifact
} from '../../src/registry/referrers.js'
import { getManifest, pushImage, registryFetch, type PushedImage } from '../harness/images.js'
import { startRegistry, type AuthMode, type TestRegistry } from '../harness/registry.js'
import { skopeoDigest } from '../harness/skopeo.js'
import { recordingLogger } from '../harness/test-logger.js'

const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'

function artifact(text: string, artifactType = BUNDLE_TYPE): ReferrerArtifact {
  return {
    artifactType,
    blobs: [{ mediaType: artifactType, bytes: Buffer.from(text) }],
    annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope', 'a.first': 'sorted' }
  }
}

describe.each<AuthMode>(['none', 'token'])('referrers on a registry without the API (%s)', auth => {
  let registry: TestRegistry
  let image: PushedImage
  let client: RegistryClient
  const logger = recordingLogger()

  beforeAll(async () => {
    registry = await startRegistry({ auth })
    image = await pushImage(registry, 'app', 'v1')
    const explicit =
      auth === 'none' ? undefined : { username: registry.username, password: registry.password }
    client = new RegistryClient({
      keychain: new Keychain({ explicit, env: { HOME: '/nonexistent' }, logger }),
      logger
    })
  })
  afterAll(async () => {
    await registry?.stop()
  })

  const subject = () => ({
    mediaType: image.mediaType,
    digest: image.digest,
    size: image.bytes.length
  })
  const creds = () => (auth === 'none' ? undefined : registry)

  it('has no referrers API, so the tag schema is the only index', async () => {
    const res = await registryFetch(registry, 'app', `/v2/app/referrers/${image.digest}`)
    await res.arrayBuffer()
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type') ?? '').not.toContain('application/vnd.oci.image.index')
  })

  it('attaches once, however often it is called, and never moves the subject', async () => {
    const repo = parseReference(registry.ref('app', 'v1'))
    const first = await attachReferrer(client, repo, subject(), artifact('bundle one'))
    const second = await attachReferrer(client, repo, subject(), artifact('bundle one'))
    expect(second).toEqual(first)
    expect(first.artifactType).toBe(BUNDLE_TYPE)
    expect(Object.keys(first.annotations ?? {})).toEqual(['a.first', 'dev.sigstore.bundle.content'])

    const listed = await listReferrers(client, repo, image.digest)
    expect(listed.map(d => d.digest)).toEqual([first.digest])
    expect(listed[0]).toMatchObject({ artifactType: BUNDLE_TYPE, annotations: first.annotations })

    const index = await getManifest(registry, 'app', referrersTag(image.digest))
    expect(index.status).toBe(200)
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json')

    expect(await skopeoDigest(registry.ref('app', 'v1'), creds())).toBe(image.digest)
    expect(await skopeoDigest(registry.ref('app', image.digest), creds())).toBe(image.digest)
  })

  it('writes an OCI 1.1 artifact manifest whose subject is the digest', async () => {
    const repo = parseReference(registry.ref('app', image.digest))
    const d = await attachReferrer(client, repo, subject(), artifact('bundle one'))
    const { manifest, layer } = await readReferrerLayer(client, repo, d, BUNDLE_TYPE)
    expect(manifest).toMatchObject({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: BUNDLE_TYPE,
      config: { mediaType: 'application/vnd.oci.empty.v1+json', size: 2 },
      subject: { digest: image.digest, mediaType: image.mediaType, size: image.bytes.length }
    })
    expect(layer?.toString()).toBe('bundle one')
    expect((await readReferrerLayer(client, repo, d, 'text/other')).layer).toBeUndefined()
  })

  it('adds a second artifact beside the first and filters by artifact type', async () => {
    const repo = parseReference(registry.ref('app', 'v1'))
    const other = await attachReferrer(
      client,
      repo,
      subject(),
      artifact('sbom', 'application/spdx+json')
    )
    const all = await listReferrers(client, repo, image.digest)
    expect(all).toHaveLength(2)
    const bundles = await listReferrers(client, repo, image.digest, BUNDLE_TYPE)
    expect(bundles).toHaveLength(1)
    expect(bundles[0].digest).not.toBe(other.digest)
    expect(await skopeoDigest(registry.ref('app', 'v1'), creds())).toBe(image.digest)
  })

  it('copies referrers into another repository, once, bytes unchanged', async () => {
    const from = parseReference(registry.ref('app', 'v1'))
    // The subject first, as a promotion into another repository does.
    await retag(client, from, parseReference(registry.ref('copy', 'v1')))
    const to = parseReference(registry.ref('copy', image.digest))
    const source = await listReferrers(client, from, image.digest, BUNDLE_TYPE)
    const copied = await copyReferrers(client, from, to, image.digest, BUNDLE_TYPE)
    expect(copied.map(d => d.digest)).toEqual(source.map(d => d.digest))
    await copyReferrers(client, from, to, image.digest, BUNDLE_TYPE)
    const listed = await listReferrers(client, to, image.digest, BUNDLE_TYPE)
    expect(listed.map(d => d.digest)).toEqual(source.map(d => d.digest))
    expect(listed[0]).toMatchObject({
      artifactType: BUNDLE_TYPE,
      annotations: source[0].annotations
    })
    expect(await skopeoDigest(registry.ref('copy', image.digest), creds())).toBe(image.digest)
  })

  it('lists nothing for a digest without referrers', async () => {
    const other = await pushImage(registry, 'app', 'v2')
    const repo = parseReference(registry.ref('app', 'v2'))
    expect(await listReferrers(client, repo, other.digest)).toEqual([])
  })
})
