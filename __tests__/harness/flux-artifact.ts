/**
 * Flux OCI artifacts, as `flux push artifact` makes them, pushed through the distribution API.
 *
 * The format follows fluxcd/pkg at commit c635f881c403a2427f95710efb8a5f67194f78e3:
 * - `oci/globals.go`: config media type `application/vnd.cncf.flux.config.v1+json`, content
 *   layer `application/vnd.cncf.flux.content.v1.tar+gzip`;
 * - `oci/constants.go` and `oci/meta.go`: the manifest annotations
 *   `org.opencontainers.image.created` (RFC 3339, UTC), `org.opencontainers.image.source` and
 *   `org.opencontainers.image.revision` (the CLI writes `<branch>@sha1:<commit>`);
 * - `oci/push.go`: an OCI image manifest over `empty.Image` whose config is go-containerregistry
 *   v0.21.5's `ConfigFile` (pinned in `oci/go.mod`) with `created` set, and one appended layer,
 *   which fills `rootfs.diff_ids` and adds an empty `history` entry;
 * - `tar/tar.go`: a gzipped tar of the directory, `.` first, directories before their files in
 *   lexical order, uid/gid 0, no user or group names, no times.
 */
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { MEDIA_TYPES, putManifest, sha256Digest, uploadBlob } from './images.js'
import type { Descriptor, RegistryTarget } from './images.js'

/** Media types of a Flux artifact (fluxcd/pkg `oci/globals.go`). */
export const FLUX_MEDIA_TYPES = {
  config: 'application/vnd.cncf.flux.config.v1+json',
  content: 'application/vnd.cncf.flux.content.v1.tar+gzip'
} as const

/** Manifest annotation keys `flux push artifact` writes (fluxcd/pkg `oci/constants.go`). */
export const FLUX_ANNOTATIONS = {
  source: 'org.opencontainers.image.source',
  revision: 'org.opencontainers.image.revision',
  created: 'org.opencontainers.image.created'
} as const

/** What {@link pushFluxArtifact} pushed. */
export interface PushedFluxArtifact {
  /** `sha256:<hex>` of {@link PushedFluxArtifact.bytes}, as the registry confirmed it. */
  digest: string
  /** Exact manifest bytes. */
  bytes: Buffer
  /** The config blob's descriptor. */
  config: Descriptor
  /** The one content layer's descriptor. */
  layer: Descriptor
  /** The manifest's annotations. */
  annotations: Record<string, string>
}

/** A ustar header block; `size` 0 for directories. */
function tarHeader(name: string, type: 'file' | 'dir', size: number): Buffer {
  if (Buffer.byteLength(name) > 100) throw new Error(`tar: name longer than 100 bytes: ${name}`)
  const header = Buffer.alloc(512)
  const field = (offset: number, text: string): number => header.write(text, offset, 'ascii')
  header.write(name, 0, 'utf8')
  field(100, type === 'dir' ? '0000755\0' : '0000644\0')
  field(108, '0000000\0')
  field(116, '0000000\0')
  field(124, `${size.toString(8).padStart(11, '0')}\0`)
  field(136, '00000000000\0')
  // The checksum is computed with its own field read as spaces (POSIX ustar).
  field(148, '        ')
  field(156, type === 'dir' ? '5' : '0')
  field(257, 'ustar\0')
  field(263, '00')
  const checksum = header.reduce((sum, byte) => sum + byte, 0)
  field(148, `${checksum.toString(8).padStart(6, '0')}\0 `)
  return header
}

/**
 * A tar of `files` (relative `/` paths) the way fluxcd/pkg's `tar.Tar` walks a directory: `.`,
 * then each directory before what it holds, in lexical order.
 */
export function fluxTar(files: Record<string, string>): Buffer {
  const blocks: Buffer[] = [tarHeader('.', 'dir', 0)]
  const dirs = new Set<string>()
  for (const name of Object.keys(files).sort()) {
    if (name.startsWith('/') || name.split('/').some(s => s === '' || s === '..' || s === '.'))
      throw new Error(`tar: not a relative path: ${name}`)
    const parts = name.split('/')
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/')
      if (dirs.has(dir)) continue
      dirs.add(dir)
      blocks.push(tarHeader(dir, 'dir', 0))
    }
    const content = Buffer.from(files[name] ?? '', 'utf8')
    blocks.push(tarHeader(name, 'file', content.length), content)
    blocks.push(Buffer.alloc((512 - (content.length % 512)) % 512))
  }
  blocks.push(Buffer.alloc(1024))
  return Buffer.concat(blocks)
}

/**
 * Pushes a Flux artifact holding `files` to `repository:tag`. `annotations` override or add to
 * the defaults: source `https://github.com/acme/app-manifests`, revision
 * `main@sha1:<sha1 of the files>`, created `2026-01-01T00:00:00Z`.
 */
export async function pushFluxArtifact(
  target: RegistryTarget,
  repository: string,
  tag: string,
  files: Record<string, string>,
  annotations: Record<string, string> = {}
): Promise<PushedFluxArtifact> {
  const tar = fluxTar(files)
  const layerBytes = gzipSync(tar)
  const commit = createHash('sha1').update(tar).digest('hex')
  const merged: Record<string, string> = {
    [FLUX_ANNOTATIONS.created]: '2026-01-01T00:00:00Z',
    [FLUX_ANNOTATIONS.revision]: `main@sha1:${commit}`,
    [FLUX_ANNOTATIONS.source]: 'https://github.com/acme/app-manifests',
    ...annotations
  }
  // go-containerregistry's ConfigFile field order; Go's encoding/json writes no spaces.
  const configBytes = Buffer.from(
    JSON.stringify({
      architecture: '',
      created: merged[FLUX_ANNOTATIONS.created],
      history: [{ created: '0001-01-01T00:00:00Z' }],
      os: '',
      rootfs: { type: 'layers', diff_ids: [sha256Digest(tar)] },
      config: {}
    })
  )
  const config: Descriptor = {
    mediaType: FLUX_MEDIA_TYPES.config,
    size: configBytes.length,
    digest: await uploadBlob(target, repository, configBytes)
  }
  const layer: Descriptor = {
    mediaType: FLUX_MEDIA_TYPES.content,
    size: layerBytes.length,
    digest: await uploadBlob(target, repository, layerBytes)
  }
  // Go marshals map keys sorted, struct fields in declaration order.
  const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : 1)))
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config,
      layers: [layer],
      annotations: sorted
    })
  )
  const digest = await putManifest(target, repository, tag, bytes, MEDIA_TYPES.ociManifest)
  return { digest, bytes, config, layer, annotations: sorted }
}
