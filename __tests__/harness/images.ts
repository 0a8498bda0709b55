/**
 * Test images pushed straight through the distribution API with `fetch`, so suites can set up
 * registries without skopeo and know every byte they pushed.
 *
 * Every call answers auth challenges through {@link registryFetch}, so the same code works in
 * the `none`, `basic` and `token` modes of `startRegistry`.
 */
import { MEDIA_TYPES, buildImage, serialise, sha256Digest } from './image-content.js'
import type { Descriptor, Platform } from './image-content.js'
import { expectStatus, registryFetch } from './registry-fetch.js'
import type { RegistryTarget } from './registry-fetch.js'

export { MEDIA_TYPES, sha256Digest } from './image-content.js'
export type { Descriptor, Platform } from './image-content.js'
export { registryFetch } from './registry-fetch.js'
export type { RegistryTarget } from './registry-fetch.js'

/**
 * `Accept` for manifest requests. All four types are needed: without the OCI types the registry
 * answers 404 for OCI manifests, and without the Docker type 400 for v2s2 by tag (pitfall 1).
 */
export const MANIFEST_ACCEPT = [
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.dockerManifest,
  MEDIA_TYPES.dockerList
].join(', ')

/** Options of {@link pushImage}. */
export interface PushImageOptions {
  /** Layer count. Default 1. */
  layers?: number
  /** Bytes of file content per layer before compression. Default 512. */
  layerSize?: number
  /** Content seed: different seeds give different digests. Default `<repo>:<tag>`. */
  seed?: string
  /** Manifest family. Default `oci`. */
  format?: 'oci' | 'docker'
  /**
   * One entry sets the image's platform (default linux/amd64). Two or more make an index (Docker:
   * manifest list) whose children are pushed by digest first.
   */
  platforms?: Platform[]
  /** Serialise manifests in a form no JSON library writes by default, to catch re-serialising. */
  pretty?: boolean
  /** The config's `created`: an RFC 3339 time, or `null` to leave it out. */
  created?: string | null
}

/** What {@link pushImage} pushed. */
export interface PushedImage {
  /** Repository name. */
  repo: string
  /** Tag, if pushed by tag. */
  tag?: string
  /** `sha256:<hex>` of {@link PushedImage.bytes}, as confirmed by `Docker-Content-Digest`. */
  digest: string
  /** Manifest or index media type. */
  mediaType: string
  /** Exact manifest bytes. */
  bytes: Buffer
  /** Platform of a single-platform image. */
  platform?: Platform
  /** Config blob (images only). */
  config?: Descriptor
  /** Layer blobs (images only). */
  layers?: Descriptor[]
  /** Children of an index, pushed by digest, in index order. */
  children?: PushedImage[]
}

/** A manifest as the registry served it. */
export interface FetchedManifest {
  /** HTTP status. */
  status: number
  /** Response headers. */
  headers: Headers
  /** Body bytes: the manifest, an error body, or empty for HEAD. */
  bytes: Buffer
  /** `Content-Type`. */
  mediaType: string | undefined
  /** On 200: sha256 of the body for GET, the `Docker-Content-Digest` header for HEAD. */
  digest: string | undefined
}

/**
 * Pushes an image, or an index of images when `platforms` has 2 or more entries.
 *
 * @param tag - tag to push under, or undefined to push by digest only
 * @throws Error naming the request and the registry's answer when a step fails
 */
export async function pushImage(
  target: RegistryTarget,
  repo: string,
  tag: string | undefined,
  options: PushImageOptions = {}
): Promise<PushedImage> {
  const seed = options.seed ?? `${repo}:${tag ?? ''}`
  const platforms = options.platforms ?? []
  if (platforms.length < 2) {
    const platform = platforms[0] ?? { os: 'linux', architecture: 'amd64' }
    return pushSingle(target, repo, tag, seed, platform, options)
  }
  const children: PushedImage[] = []
  for (const p of platforms) {
    const childSeed = `${seed}/${p.os}/${p.architecture}/${p.variant ?? ''}`
    children.push(await pushSingle(target, repo, undefined, childSeed, p, options))
  }
  const mediaType = options.format === 'docker' ? MEDIA_TYPES.dockerList : MEDIA_TYPES.ociIndex
  const manifests = children.map(c => ({
    mediaType: c.mediaType,
    digest: c.digest,
    size: c.bytes.length,
    platform: c.platform
  }))
  const bytes = serialise({ schemaVersion: 2, mediaType, manifests }, options.pretty ?? false)
  const digest = await putManifest(target, repo, tag ?? sha256Digest(bytes), bytes, mediaType)
  return { repo, tag, digest, mediaType, bytes, children }
}

async function pushSingle(
  target: RegistryTarget,
  repo: string,
  tag: string | undefined,
  seed: string,
  platform: Platform,
  options: PushImageOptions
): Promise<PushedImage> {
  const image = buildImage({
    seed,
    platform,
    format: options.format ?? 'oci',
    layers: options.layers ?? 1,
    layerSize: options.layerSize ?? 512,
    pretty: options.pretty ?? false,
    created: options.created
  })
  for (const blob of image.blobs.values()) await uploadBlob(target, repo, blob)
  const { bytes, mediaType, config, layers } = image
  const digest = await putManifest(target, repo, tag ?? sha256Digest(bytes), bytes, mediaType)
  return { repo, tag, digest, mediaType, bytes, platform, config, layers }
}

/**
 * Uploads a blob with POST then `PUT <Location>&digest=`; the one-request monolithic upload is
 * accepted by the registry but stores nothing (pitfall 12).
 *
 * @returns the blob's digest
 */
export async function uploadBlob(
  target: RegistryTarget,
  repo: string,
  bytes: Buffer
): Promise<string> {
  const digest = sha256Digest(bytes)
  const start = await registryFetch(target, repo, `/v2/${repo}/blobs/uploads/`, { method: 'POST' })
  await expectStatus(start, 202, `POST /v2/${repo}/blobs/uploads/`)
  await start.arrayBuffer()
  // Location is absolute and carries `_state`; keep its query and add the digest.
  const location = new URL(start.headers.get('location') ?? '', target.url)
  location.searchParams.set('digest', digest)
  const put = await registryFetch(target, repo, location.href, {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream' },
    body: bytes
  })
  await expectStatus(put, 201, `PUT upload of ${digest} to ${repo}`)
  await put.arrayBuffer()
  return digest
}

/**
 * PUTs manifest bytes as given, with `Content-Type` set to `mediaType` (the registry refuses a
 * mismatch, pitfall 2).
 *
 * @returns the `Docker-Content-Digest` the registry answered, checked against the bytes
 */
export async function putManifest(
  target: RegistryTarget,
  repo: string,
  reference: string,
  bytes: Buffer,
  mediaType: string
): Promise<string> {
  const what = `PUT /v2/${repo}/manifests/${reference}`
  const res = await registryFetch(target, repo, `/v2/${repo}/manifests/${reference}`, {
    method: 'PUT',
    headers: { 'content-type': mediaType },
    body: bytes
  })
  await expectStatus(res, 201, what)
  await res.arrayBuffer()
  const digest = res.headers.get('docker-content-digest')
  if (digest !== sha256Digest(bytes)) {
    throw new Error(`${what}: registry digest ${digest} is not the sha256 of the bytes sent`)
  }
  return digest
}

/**
 * GETs (or HEADs) a manifest by tag or digest, with the full `Accept` list unless `accept` is
 * given. Never throws on an HTTP status: tests assert it.
 */
export async function getManifest(
  target: RegistryTarget,
  repo: string,
  reference: string,
  options: { method?: 'GET' | 'HEAD'; accept?: string } = {}
): Promise<FetchedManifest> {
  const method = options.method ?? 'GET'
  const res = await registryFetch(target, repo, `/v2/${repo}/manifests/${reference}`, {
    method,
    headers: { accept: options.accept ?? MANIFEST_ACCEPT }
  })
  const bytes = Buffer.from(await res.arrayBuffer())
  let digest: string | undefined
  if (res.status === 200) {
    digest =
      method === 'HEAD'
        ? (res.headers.get('docker-content-digest') ?? undefined)
        : sha256Digest(bytes)
  }
  const mediaType = res.headers.get('content-type') ?? undefined
  return { status: res.status, headers: res.headers, bytes, mediaType, digest }
}

/**
 * DELETEs a manifest by digest (202; a tag gives 400, a registry without delete 405). Never
 * throws on an HTTP status.
 */
export async function deleteManifest(
  target: RegistryTarget,
  repo: string,
  digest: string
): Promise<{ status: number; body: string }> {
  const res = await registryFetch(target, repo, `/v2/${repo}/manifests/${digest}`, {
    method: 'DELETE'
  })
  return { status: res.status, body: await res.text() }
}
