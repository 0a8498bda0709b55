import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { Manifest, RegistryClient } from '../../src/registry/client.js'
import { MediaType } from '../../src/registry/media-types.js'
import { ImageReference } from '../../src/registry/reference.js'
import { captureTag } from '../../src/tags/capture-tag.js'
import { DEFAULT_TAG_TEMPLATE, parseTemplate } from '../../src/tags/template.js'

const digestOf = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`
const NOW = new Date('2026-06-01T00:00:00Z')
const FIELDS = { env: 'dev', version: '1.2.3', sha: 'abc1234' }

/** An in-memory registry behind our own client seam: manifests, blobs and tags by name. */
function fakeRegistry() {
  const manifests = new Map<string, Manifest>()
  const blobs = new Map<string, Buffer>()
  const tags = new Map<string, string>()
  const image = (config: object | undefined): string => {
    const cfg = Buffer.from(JSON.stringify(config ?? {}))
    blobs.set(digestOf(cfg), cfg)
    const content = config
      ? { mediaType: MediaType.ociManifest, config: { digest: digestOf(cfg), size: cfg.length } }
      : { mediaType: MediaType.ociManifest, layers: [] }
    return put(MediaType.ociManifest, content)
  }
  const put = (mediaType: string, content: object): string => {
    const bytes = Buffer.from(JSON.stringify(content))
    manifests.set(digestOf(bytes), { bytes, mediaType, digest: digestOf(bytes) })
    return digestOf(bytes)
  }
  const client = {
    get: (ref: ImageReference) => Promise.resolve(manifests.get(ref.digest!)!),
    getBlob: (_ref: ImageReference, digest: string) => Promise.resolve(blobs.get(digest)!),
    listTags: () => Promise.resolve([...tags.keys()]),
    head: (ref: ImageReference) => {
      const digest = tags.get(ref.tag!)
      return Promise.resolve(
        digest ? { mediaType: MediaType.ociManifest, digest, size: 1 } : undefined
      )
    }
  } as unknown as RegistryClient
  return { client, image, put, tags }
}

const pinned = (digest: string) => ImageReference.parse('ghcr.io/acme/app').withDigest(digest)
const template = parseTemplate(DEFAULT_TAG_TEMPLATE)

describe('captureTag stamps the build time, never the run time when it can help it', () => {
  it('takes {ts} from the config created', async () => {
    const r = fakeRegistry()
    const digest = r.image({ created: '2026-01-01T00:00:00Z' })
    expect(await captureTag(r.client, pinned(digest), template, FIELDS, NOW)).toEqual({
      tag: 'dev-v1.2.3-abc1234-1767225600',
      stampedFrom: 'build'
    })
  })

  it("reads an index's first platform image, not buildx's attestation manifest", async () => {
    const r = fakeRegistry()
    const attestation = r.image({ created: '2001-01-01T00:00:00Z' })
    const amd64 = r.image({ created: '2026-01-01T00:00:00Z' })
    const index = r.put(MediaType.ociIndex, {
      manifests: [
        { digest: attestation, platform: { os: 'unknown', architecture: 'unknown' } },
        { digest: amd64, platform: { os: 'linux', architecture: 'amd64' } }
      ]
    })
    expect((await captureTag(r.client, pinned(index), template, FIELDS, NOW)).tag).toBe(
      'dev-v1.2.3-abc1234-1767225600'
    )
  })

  it.each([
    ['the 1970 epoch', { created: '1970-01-01T00:00:00Z' }],
    ['no created', {}],
    ['a created that is not a time', { created: 'yesterday' }],
    ['no config at all', undefined]
  ])('with %s, reuses the tag an earlier capture gave the digest', async (_name, config) => {
    const r = fakeRegistry()
    const digest = r.image(config)
    const other = r.image({ created: '2025-01-01T00:00:00Z' })
    r.tags.set('dev-v1.2.3-abc1234-1760000000', digest)
    r.tags.set('dev-v1.2.3-abc1234-1770000000', other)
    r.tags.set('dev-v1.2.4-abc1234-1780000000', digest)
    expect(await captureTag(r.client, pinned(digest), template, FIELDS, NOW)).toEqual({
      tag: 'dev-v1.2.3-abc1234-1760000000',
      stampedFrom: 'existing'
    })
  })

  it('uses the clock only when the build has no time and no earlier tag exists', async () => {
    const r = fakeRegistry()
    const digest = r.image({ created: '1970-01-01T00:00:00Z' })
    r.tags.set('staging-v1.2.3-abc1234-1760000000', digest)
    expect(await captureTag(r.client, pinned(digest), template, FIELDS, NOW)).toEqual({
      tag: 'dev-v1.2.3-abc1234-1780272000',
      stampedFrom: 'clock'
    })
  })

  it('reads nothing for a template without a time', async () => {
    const r = fakeRegistry()
    const digest = r.image({ created: '2026-01-01T00:00:00Z' })
    const unstamped = parseTemplate('{env}-v{version}-{sha}')
    r.client.get = () => Promise.reject(new Error('read'))
    expect(await captureTag(r.client, pinned(digest), unstamped, FIELDS, NOW)).toEqual({
      tag: 'dev-v1.2.3-abc1234',
      stampedFrom: 'unstamped'
    })
  })
})
