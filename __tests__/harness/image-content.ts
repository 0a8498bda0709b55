/**
 * The bytes of test images, made offline and reproducibly from a seed.
 *
 * Layers are real gzipped tar files and the config is a valid image config with matching
 * `rootfs.diff_ids`, so tools that inspect, copy or convert images (skopeo) accept them.
 */
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'

/** Media types used by the harness (OCI image spec and Docker image manifest v2 schema 2). */
export const MEDIA_TYPES = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip'
} as const

/** An OS and architecture pair, as in an index's `platform`. */
export interface Platform {
  /** e.g. `linux`. */
  os: string
  /** e.g. `amd64`. */
  architecture: string
  /** e.g. `v8` for arm64. */
  variant?: string
}

/** A blob as referenced from a manifest (OCI image spec `descriptor.md`). */
export interface Descriptor {
  /** Media type. */
  mediaType: string
  /** `sha256:<hex>`. */
  digest: string
  /** Length in bytes. */
  size: number
}

/** How to make an image. */
export interface ImageSpec {
  /** Content seed: different seeds give different blobs and digests. */
  seed: string
  /** OS and architecture written into the config. */
  platform: Platform
  /** Manifest family. */
  format: 'oci' | 'docker'
  /** Layer count. */
  layers: number
  /** Bytes of file content per layer before compression. */
  layerSize: number
  /** Serialise the manifest with {@link serialise}'s pretty form. */
  pretty: boolean
  /** The config's `created` (default `2026-01-01T00:00:00Z`); `null` leaves it out. */
  created?: string | null
}

/** A single-platform image, ready to upload: blobs first, then the manifest. */
export interface BuiltImage {
  /** Config descriptor. */
  config: Descriptor
  /** Layer descriptors, in order. */
  layers: Descriptor[]
  /** Every blob's bytes by digest (config and layers). */
  blobs: Map<string, Buffer>
  /** Manifest media type. */
  mediaType: string
  /** Manifest bytes. */
  bytes: Buffer
}

/** `sha256:<hex>` of `bytes`. */
export function sha256Digest(bytes: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

/** Builds the blobs and the manifest of one image. Same spec, same bytes. */
export function buildImage(spec: ImageSpec): BuiltImage {
  const docker = spec.format === 'docker'
  const blobs = new Map<string, Buffer>()
  const add = (mediaType: string, bytes: Buffer): Descriptor => {
    const digest = sha256Digest(bytes)
    blobs.set(digest, bytes)
    return { mediaType, digest, size: bytes.length }
  }
  const diffIds: string[] = []
  const layers: Descriptor[] = []
  for (let i = 0; i < spec.layers; i++) {
    const tar = tarFile(`layer-${i}.bin`, seededBytes(`${spec.seed}/layer/${i}`, spec.layerSize))
    diffIds.push(sha256Digest(tar))
    layers.push(add(docker ? MEDIA_TYPES.dockerLayer : MEDIA_TYPES.ociLayer, gzipSync(tar)))
  }
  const created = spec.created === undefined ? '2026-01-01T00:00:00Z' : spec.created
  const configJson = {
    ...(created === null ? {} : { created }),
    ...spec.platform,
    config: { Env: ['PATH=/usr/bin:/bin'], Labels: { 'org.digest-promote.test.seed': spec.seed } },
    rootfs: { type: 'layers', diff_ids: diffIds },
    history: diffIds.map((_, i) => ({
      created: created ?? undefined,
      created_by: `digest-promote harness layer ${i}`
    }))
  }
  const configType = docker ? MEDIA_TYPES.dockerConfig : MEDIA_TYPES.ociConfig
  const config = add(configType, Buffer.from(JSON.stringify(configJson)))
  const mediaType = docker ? MEDIA_TYPES.dockerManifest : MEDIA_TYPES.ociManifest
  const bytes = serialise({ schemaVersion: 2, mediaType, config, layers }, spec.pretty)
  return { config, layers, blobs, mediaType, bytes }
}

/**
 * JSON bytes of `value`: compact, or with 3-space indents and a trailing newline, a form no JSON
 * library writes by default, so a test can prove a manifest was copied, not re-serialised.
 */
export function serialise(value: unknown, pretty: boolean): Buffer {
  return Buffer.from(pretty ? `${JSON.stringify(value, null, 3)}\n` : JSON.stringify(value))
}

/** Pseudo-random but reproducible bytes: a SHA-256 counter stream keyed by `label`. */
export function seededBytes(label: string, size: number): Buffer {
  const blocks: Buffer[] = []
  for (let i = 0; i * 32 < size; i++) {
    blocks.push(createHash('sha256').update(`${label}#${i}`).digest())
  }
  return Buffer.concat(blocks).subarray(0, size)
}

/** A one-file ustar archive with fixed metadata (mode 0644, uid 0, mtime 0). */
function tarFile(name: string, content: Buffer): Buffer {
  const header = Buffer.alloc(512)
  const field = (offset: number, text: string): number => header.write(text, offset, 'ascii')
  field(0, name)
  field(100, '0000644\0')
  field(108, '0000000\0')
  field(116, '0000000\0')
  field(124, `${content.length.toString(8).padStart(11, '0')}\0`)
  field(136, '00000000000\0')
  // The checksum is computed with its own field read as spaces (POSIX ustar).
  field(148, '        ')
  field(156, '0')
  field(257, 'ustar\0')
  field(263, '00')
  const checksum = header.reduce((sum, byte) => sum + byte, 0)
  field(148, `${checksum.toString(8).padStart(6, '0')}\0 `)
  const padding = Buffer.alloc((512 - (content.length % 512)) % 512)
  return Buffer.concat([header, content, padding, Buffer.alloc(1024)])
}
