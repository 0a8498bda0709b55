import { PromoteError } from '../errors.js'
import type { RegistryClient, Manifest } from './client.js'
import { referrersTag } from './client.js'
import { RegistryError, withContext } from './errors.js'
import { bareRepository, copyReferrers } from './referrers.js'
import { isIndex, type ManifestContent } from './media-types.js'
import type { ImageReference } from './reference.js'
import { mapSettled, settledOrThrow } from '../util/concurrency.js'

/** Requests one retag keeps in flight at once (blob mounts, child manifests, attached lookups). */
const REQUESTS_AT_ONCE = 8

/** An environment tag already names another digest; tags are never moved. */
export class ImmutableTagError extends PromoteError {
  constructor(target: ImageReference, existing: string, wanted: string) {
    super(
      `tag ${target.familiar} already points at ${existing}, not ${wanted}; environment tags are immutable, ` +
        'so nothing was written: promote under a new tag (a new version or timestamp) or roll back explicitly'
    )
  }
}

/**
 * The tag named another digest right after this run wrote it: a concurrent writer
 * pushed the same tag name between our check and our read-back.
 */
export class ConcurrentTagWriteError extends PromoteError {
  /** What the tag named when read back. */
  readonly found: string | undefined

  constructor(target: ImageReference, wrote: string, found: string | undefined) {
    super(
      `tag ${target.familiar} names ${found ?? 'nothing'} right after this run wrote ${wrote} to it: ` +
        'another writer pushed the same tag at the same time, so this run stopped before writing anything to Git; ' +
        'find the other run, decide which digest the tag should name, and turn on tag immutability in the registry'
    )
    this.found = found
  }
}

/** A floating tag no longer names the digest its move was to replace: someone else moved it. */
export class MovedTagError extends PromoteError {
  /** What the tag names now. */
  readonly found: string | undefined

  constructor(target: ImageReference, found: string | undefined) {
    super(`tag ${target.familiar} was moved to ${found ?? 'nothing'} just before this run's write`)
    this.found = found
  }
}

/** What a retag did, or would do with `dryRun`. */
export interface RetagResult {
  /** The source, pinned to its digest. */
  source: string
  /** The target reference with its tag. */
  target: string
  digest: string
  mediaType: string
  /** False when the target tag already named the digest (a no-op). */
  changed: boolean
}

/**
 * Gives the manifest of `source` the tag of `target` without rebuilding: GET the
 * raw bytes and, at the same time, HEAD the target tag (same digest: no-op; another
 * digest: refuse), then PUT the same bytes, check the registry's digest answer and read the tag
 * back (another digest there means a concurrent writer), like
 * go-containerregistry's `crane tag`. Across repositories or registries the
 * referenced blobs and child manifests are copied first, children before the index.
 */
export async function retag(
  client: RegistryClient,
  source: ImageReference,
  target: ImageReference,
  opts: {
    expectedDigest?: string
    dryRun?: boolean
    /** A floating tag's move: the digest the tag may name now (and no other); none: absent. */
    replaces?: string | null
  } = {}
): Promise<RetagResult> {
  if (!target.tag) throw new PromoteError(`target ${target.familiar} has no tag`)
  const sameRepo = source.repository === target.repository
  const targetTag = target.withoutTag().withTag(target.tag)
  // The source and the target tag are read at once; a failure to read the source is the one
  // reported when both fail.
  const [read, check] = await Promise.allSettled([
    client.get(source, { push: sameRepo }),
    client.head(targetTag, { push: true })
  ])
  if (read.status === 'rejected') throw withContext(`reading ${source.familiar}`, read.reason)
  const manifest: Manifest = read.value
  if (opts.expectedDigest && manifest.digest !== opts.expectedDigest) {
    throw new PromoteError(
      `${source.familiar} resolves to ${manifest.digest}, not the expected ${opts.expectedDigest}; nothing was written`
    )
  }
  const result: RetagResult = {
    source: source.withoutTag().withDigest(manifest.digest).familiar,
    target: target.withoutTag().withTag(target.tag).familiar,
    digest: manifest.digest,
    mediaType: manifest.mediaType,
    changed: true
  }
  if (check.status === 'rejected') throw withContext(`checking ${targetTag.familiar}`, check.reason)
  const existing = check.value?.digest
  if (existing === manifest.digest) return { ...result, changed: false }
  if (opts.replaces !== undefined) {
    if ((existing ?? null) !== opts.replaces) throw new MovedTagError(targetTag, existing)
  } else if (existing) throw new ImmutableTagError(targetTag, existing, manifest.digest)
  if (opts.dryRun) return result
  try {
    if (!sameRepo) await copyReferenced(client, source, target, manifest)
    await client.put(target, target.tag, manifest)
  } catch (err) {
    const wrapped = withContext(`pushing tag ${targetTag.familiar}`, err)
    if (err instanceof RegistryError && err.temporary) wrapped.message += RESUME
    throw wrapped
  }
  await readBack(client, targetTag, manifest.digest)
  try {
    if (!sameRepo) await copyAttached(client, source, target, manifest.digest)
  } catch (err) {
    throw withContext(`pushing tag ${targetTag.familiar}`, err)
  }
  return result
}

/** Advice for a copy cut short before the tag was written: the tag PUT comes last. */
const RESUME =
  '; the tag was not written: re-run the same command to resume (blobs already copied are kept)'

/**
 * Registries without conditional writes (most of them) let a second PUT of a tag
 * replace the first, so the tag is read back right after writing it.
 */
async function readBack(client: RegistryClient, tag: ImageReference, wrote: string): Promise<void> {
  let found: string | undefined
  try {
    found = (await client.head(tag, { push: true }))?.digest
  } catch (err) {
    throw withContext(`reading back ${tag.familiar}`, err)
  }
  if (found !== wrote) throw new ConcurrentTagWriteError(tag, wrote, found)
}

/**
 * Makes everything `manifest` references present in the target repository: a
 * blob mount within one registry (201 whether or not the target had the blob, so
 * nothing is asked first), a download and upload across registries unless the
 * target has it; for an index, each child manifest by digest (and its blobs)
 * first. A child is PUT again rather than asked for: the PUT is idempotent and
 * costs no more than the HEAD that would spare it only on a re-run.
 */
async function copyReferenced(
  client: RegistryClient,
  from: ImageReference,
  to: ImageReference,
  manifest: Manifest
): Promise<void> {
  const content = JSON.parse(manifest.bytes.toString()) as ManifestContent
  if (isIndex(manifest.mediaType)) {
    const children = (content.manifests ?? []).filter(c => !client.memory.manifest(to, c.digest))
    const copied = await mapSettled(children, REQUESTS_AT_ONCE, async child => {
      const childManifest = await client.get(from.withoutTag().withDigest(child.digest))
      await copyReferenced(client, from, to, childManifest)
      await client.put(to, child.digest, childManifest)
    })
    settledOrThrow(copied)
    return
  }
  const blobs = [...(content.config ? [content.config] : []), ...(content.layers ?? [])]
  const copied = await mapSettled(
    blobs.filter(b => !client.memory.hasBlob(to, b.digest)),
    REQUESTS_AT_ONCE,
    async blob => {
      if (from.domain === to.domain) {
        if (await client.mountBlob(to, from, blob.digest)) return
      } else if (await client.hasBlob(to, blob.digest, true)) return
      await client.copyBlob(from, to, blob)
    }
  )
  settledOrThrow(copied)
}

/** cosign's legacy tag suffixes for things attached to a digest (`sha256-<hex>.sig`). */
const LEGACY_SUFFIXES = ['sig', 'att', 'sbom']

/**
 * Signatures, attestations and ledger records travel with the digest into another
 * repository: its referrers (API or tag schema) and cosign's legacy `.sig`/`.att`/`.sbom`
 * tags, bytes unchanged. A legacy tag the target already has is left alone.
 */
async function copyAttached(
  client: RegistryClient,
  from: ImageReference,
  to: ImageReference,
  digest: string
): Promise<void> {
  const [source, target] = [bareRepository(from), bareRepository(to)]
  // The referrers and each legacy tag are looked up at once.
  const copied = await mapSettled(
    [undefined, ...LEGACY_SUFFIXES],
    REQUESTS_AT_ONCE,
    async suffix => {
      if (suffix === undefined) return void (await copyReferrers(client, from, to, digest))
      const tag = `${referrersTag(digest)}.${suffix}`
      const found = await client.head(source.withTag(tag))
      if (!found || (await client.head(target.withTag(tag), { push: true }))) return
      const m = await client.get(source.withDigest(found.digest))
      await copyReferenced(client, source, target, m)
      await client.put(target, tag, m)
    }
  )
  settledOrThrow(copied)
}
