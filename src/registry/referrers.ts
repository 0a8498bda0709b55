/**
 * OCI 1.1 referrers: artifacts (signatures, attestations) pushed as manifests whose `subject`
 * names an image digest, so they travel with the digest and never change it.
 *
 * Registries with the referrers API index them on their own. For the others (Debian's
 * distribution 2.8, older Harbor, ...) the distribution spec's fallback applies: an OCI index
 * tagged `<alg>-<hex>` that the client keeps up to date itself (distribution-spec
 * "Referrers Tag Schema").
 *
 * @module
 */

import { type Manifest, sha256Digest, referrersTag, type RegistryClient } from './client.js'
import { RegistryError } from './errors.js'
import { MediaType, type Descriptor, type ManifestContent } from './media-types.js'
import { ImageReference } from './reference.js'

/** What {@link attachReferrer} pushes: the layers and labels of one artifact manifest. */
export interface ReferrerArtifact {
  /** The manifest's `artifactType`, e.g. `application/vnd.dev.sigstore.bundle.v0.3+json`. */
  artifactType: string
  /** The layers, in order; each is uploaded as a blob unless the registry has it already. */
  blobs: Array<{ mediaType: string; bytes: Buffer }>
  /** Manifest annotations, copied into the referrers index entry as the spec requires. */
  annotations?: Record<string, string>
  /**
   * `first-blob`: the first blob is also the manifest's config (its media type the artifact
   * type, as image-spec allows for artifacts), so the registry needs no empty config blob and
   * a one-blob artifact costs one blob upload. Default `empty`: the empty JSON config.
   */
  config?: 'empty' | 'first-blob'
}

/** The empty JSON config every artifact manifest points at (image-spec "Guidance for an Empty Descriptor"). */
const EMPTY_CONFIG = Buffer.from('{}')

/**
 * How often the referrers tag index is re-read after writing it. Two writers updating the same
 * index can drop each other's entry (the tag schema has no compare-and-swap), so the write is
 * checked and retried a few times.
 */
const INDEX_WRITE_ATTEMPTS = 3

/** `repo` without tag or digest, so `withTag` and `withDigest` address exactly what they say. */
export function bareRepository(repo: ImageReference): ImageReference {
  return ImageReference.parse(repo.repository)
}

/**
 * Pushes `artifact` as an OCI image manifest whose `subject` is `subject`, in the repository of
 * `repo`, by digest only (no tag), then makes sure it is listed among the subject's referrers.
 *
 * Idempotent: the manifest bytes are a pure function of the arguments, so pushing the same
 * artifact twice gives the same digest, and an index entry is only added when missing. The
 * subject itself is never written.
 *
 * @returns the descriptor of the artifact manifest, as listed in the referrers index.
 */
export async function attachReferrer(
  client: RegistryClient,
  repo: ImageReference,
  subject: Descriptor,
  artifact: ReferrerArtifact
): Promise<Descriptor> {
  const bare = bareRepository(repo)
  // A registry that did not index an earlier artifact's subject will not index this one: its
  // referrers tag index is read while the artifact is uploaded rather than after.
  const early = client.memory.indexesNoSubjects(bare)
    ? client.find(bare.withTag(referrersTag(subject.digest)), { push: true })
    : undefined
  early?.catch(() => undefined)
  const empty = artifact.config === 'first-blob' ? undefined : await emptyConfig(client, bare)
  const layers: Descriptor[] = []
  for (const blob of artifact.blobs) {
    // Small and almost always new: uploaded without asking first (an upload of a blob the
    // registry has already is harmless).
    const digest = sha256Digest(blob.bytes)
    if (!client.memory.hasBlob(bare, digest)) await client.uploadBlob(bare, digest, blob.bytes)
    layers.push({ mediaType: blob.mediaType, digest, size: blob.bytes.length })
  }
  const config = empty ?? layers[0] ?? (await emptyConfig(client, bare))
  const annotations =
    artifact.annotations && Object.keys(artifact.annotations).length > 0
      ? sortedRecord(artifact.annotations)
      : undefined
  const content = {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    artifactType: artifact.artifactType,
    config,
    layers,
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    ...(annotations ? { annotations } : {})
  }
  const bytes = Buffer.from(JSON.stringify(content))
  const manifest: Manifest = {
    bytes,
    mediaType: MediaType.ociManifest,
    digest: sha256Digest(bytes)
  }
  const pushed = await client.push(bare, manifest.digest, manifest)
  const descriptor: Descriptor = {
    mediaType: MediaType.ociManifest,
    digest: manifest.digest,
    size: bytes.length,
    artifactType: artifact.artifactType,
    ...(annotations ? { annotations } : {})
  }
  if (pushed.indexedSubject !== subject.digest) {
    client.memory.rememberNoSubjectIndexing(bare)
    await addToReferrersTag(client, bare, subject.digest, descriptor, early)
  }
  return descriptor
}

/**
 * The empty JSON config every artifact manifest may point at, made present in the repository of
 * `bare`: asked for once per repository and run, uploaded when missing.
 */
async function emptyConfig(client: RegistryClient, bare: ImageReference): Promise<Descriptor> {
  const config = { mediaType: MediaType.ociEmpty, digest: sha256Digest(EMPTY_CONFIG), size: 2 }
  if (
    !client.memory.hasBlob(bare, config.digest) &&
    !(await client.hasBlob(bare, config.digest, true))
  )
    await client.uploadBlob(bare, config.digest, EMPTY_CONFIG)
  return config
}

/**
 * Descriptors of the artifacts that refer to `digest` in the repository of `repo`, optionally
 * only those of `artifactType`; from the referrers API or, where the registry lacks it, the
 * referrers tag index.
 */
export async function listReferrers(
  client: RegistryClient,
  repo: ImageReference,
  digest: string,
  artifactType?: string
): Promise<Descriptor[]> {
  const all = await client.referrers(bareRepository(repo), digest)
  return artifactType === undefined ? all : all.filter(d => d.artifactType === artifactType)
}

/**
 * Copies the referrers of `digest` (optionally only those of `artifactType`) from the repository
 * of `from` to that of `to`, manifest bytes unchanged, so signatures follow a digest promoted
 * into another repository or registry. The subject must already be in `to`. Idempotent.
 *
 * @returns the descriptors now listed in `to`.
 */
export async function copyReferrers(
  client: RegistryClient,
  from: ImageReference,
  to: ImageReference,
  digest: string,
  artifactType?: string
): Promise<Descriptor[]> {
  const source = bareRepository(from)
  const target = bareRepository(to)
  const copied: Descriptor[] = []
  for (const referrer of await listReferrers(client, source, digest, artifactType)) {
    const m = await client.get(source.withDigest(referrer.digest))
    const content = JSON.parse(m.bytes.toString()) as ManifestContent
    if (content.subject?.digest !== digest) continue
    for (const blob of [content.config, ...(content.layers ?? [])]) {
      if (!blob || client.memory.hasBlob(target, blob.digest)) continue
      if (!(await client.hasBlob(target, blob.digest, true))) {
        const bytes = await client.getBlob(source, blob.digest)
        await client.uploadBlob(target, blob.digest, bytes)
      }
    }
    const pushed = await client.push(target, m.digest, m)
    const entry: Descriptor = {
      mediaType: m.mediaType,
      digest: m.digest,
      size: m.bytes.length,
      ...(content.artifactType ? { artifactType: content.artifactType } : {}),
      ...(referrer.annotations ? { annotations: referrer.annotations } : {})
    }
    if (pushed.indexedSubject !== digest) await addToReferrersTag(client, target, digest, entry)
    copied.push(entry)
  }
  return copied
}

/**
 * Reads an artifact manifest named by a referrer descriptor and returns it with the bytes of
 * its first layer of `mediaType`, or `undefined` when it has none. The manifest is fetched by
 * digest, so its bytes are checked against the descriptor.
 */
export async function readReferrerLayer(
  client: RegistryClient,
  repo: ImageReference,
  referrer: Descriptor,
  mediaType: string
): Promise<{ manifest: ManifestContent; layer?: Buffer }> {
  const bare = bareRepository(repo)
  const m = await client.get(bare.withDigest(referrer.digest))
  const manifest = JSON.parse(m.bytes.toString()) as ManifestContent
  const layer = manifest.layers?.find(l => l.mediaType === mediaType)
  if (!layer) return { manifest }
  return { manifest, layer: await client.getBlob(bare, layer.digest) }
}

/**
 * Adds `entry` to the referrers tag index of `subject` unless it is listed already: one GET
 * (`read`, when the caller started it already), one PUT and one GET reading the index back. The tag schema has no compare-and-swap, so a writer
 * whose PUT lands between our GET and PUT drops our entry; the read-back then finds it missing,
 * and the entry is merged again into what the other writer left (bounded).
 */
async function addToReferrersTag(
  client: RegistryClient,
  repo: ImageReference,
  subject: string,
  entry: Descriptor,
  read?: Promise<Manifest | undefined>
): Promise<void> {
  const tagRef = repo.withTag(referrersTag(subject))
  let listed = indexEntries(await (read ?? client.find(tagRef, { push: true })))
  for (let attempt = 1; !listed.some(d => d.digest === entry.digest); attempt++) {
    if (attempt > INDEX_WRITE_ATTEMPTS) {
      throw new RegistryError({
        status: 200,
        method: 'PUT',
        url: `/v2/${repo.path}/manifests/${tagRef.tag!}`,
        detail: `referrers index ${tagRef.tag!} lost the entry ${entry.digest} ${attempt - 1} times`,
        advice: 'another client is rewriting the index concurrently; retry the run',
        temporary: true
      })
    }
    const index = { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [...listed, entry] }
    const bytes = Buffer.from(JSON.stringify(index))
    await client.put(repo, tagRef.tag!, {
      bytes,
      mediaType: MediaType.ociIndex,
      digest: sha256Digest(bytes)
    })
    listed = indexEntries(await client.find(tagRef, { push: true }))
  }
}

/** The entries of a referrers index, none when there is no index. */
function indexEntries(index: Manifest | undefined): Descriptor[] {
  if (!index) return []
  return (JSON.parse(index.bytes.toString()) as ManifestContent).manifests ?? []
}

/** A copy of `record` with keys in sorted order, so equal annotations give equal bytes. */
function sortedRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)))
}
