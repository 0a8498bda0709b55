import { PromoteError } from '../errors.js'
import type { Logger } from '../logger.js'
import type { RegistryClient } from '../registry/client.js'
import { retag } from '../registry/copy.js'
import { withContext } from '../registry/errors.js'
import type { ImageReference } from '../registry/reference.js'
import { captureTag, type CaptureTag } from '../tags/capture-tag.js'
import { refuseFloating } from '../tags/floating.js'
import type { CaptureOptions } from './capture.js'
import { signDigest } from '../signing/signature-gate.js'
import { imageTable } from './summary.js'
import type { CommandResult } from './types.js'

/*
 * The two halves of one image's capture: resolving it (reads only, before any claim) and
 * tagging it (the writes, after the claims).
 */

/** One image resolved to its digest, with the environment tag it is to get (reads only). */
export interface Resolved {
  image: ImageReference
  digest: string
  tag?: string
}

/** One image's capture. */
export interface Captured {
  image: string
  digest: string
  imageRef: string
  tag?: string
  changed: boolean
}

/** The command result of a capture. */
export function captureResult(results: Captured[], dryRun: boolean): CommandResult {
  const first = results[0]
  const changed = results.some(r => r.changed)
  const tags = results.flatMap(r => (r.tag ? [r.tag] : []))
  return {
    status: changed ? 'changed' : 'unchanged',
    outputs: {
      digest: first.digest,
      'image-ref': first.imageRef,
      tags: tags.join('\n'),
      changed: String(changed)
    },
    text: results
      .map(
        r =>
          `${r.imageRef}${r.tag ? ` (${r.changed ? 'tagged' : dryRun ? 'would tag' : 'already'} ${r.tag})` : ''}`
      )
      .join('\n'),
    json: results,
    summary: `### Captured\n\n${imageTable(results.map(r => ({ image: r.image, digest: r.digest, tag: r.tag, changed: r.changed })))}`
  }
}

/** Resolves the digest and names its environment tag; writes nothing. */
export async function resolveOne(
  client: RegistryClient,
  image: ImageReference,
  opts: CaptureOptions,
  logger: Logger,
  now: Date
): Promise<Resolved> {
  const wanted = image.digest ?? opts.digest
  let digest: string
  try {
    digest = await resolveDigest(client, image, wanted)
  } catch (err) {
    throw withContext(`resolving ${image.familiar}`, err)
  }
  if (!opts.environmentTag) return { image, digest }
  const pinned = image.withoutTag().withDigest(digest)
  const { template, fields } = opts.environmentTag
  let stamped: CaptureTag
  try {
    stamped = await captureTag(client, pinned, template, fields, now)
  } catch (err) {
    throw withContext(`reading the build time of ${image.repository}@${digest}`, err)
  }
  const { tag, stampedFrom } = stamped
  refuseFloating(tag, 'target')
  logger.info(`${image.repository}: ${tag} (${STAMPED_FROM[stampedFrom]})`)
  return { image, digest, tag }
}

/** Signs the digest when asked, and gives it its environment tag (read back). */
export async function tagOne(
  client: RegistryClient,
  { image, digest, tag }: Resolved,
  opts: CaptureOptions,
  logger: Logger
): Promise<Captured> {
  const pinned = image.withoutTag().withDigest(digest)
  if (!opts.dryRun) await signDigest(client, pinned, opts.signing, logger)
  const result: Captured = {
    image: image.name,
    digest,
    imageRef: `${image.repository}@${digest}`,
    changed: false
  }
  if (!tag) return result
  const r = await retag(client, pinned, image.withoutTag().withTag(tag), {
    expectedDigest: digest,
    dryRun: opts.dryRun
  })
  return { ...result, tag, changed: r.changed && !opts.dryRun }
}

const STAMPED_FROM: Record<CaptureTag['stampedFrom'], string> = {
  build: "time from the image's build",
  existing: 'the tag an earlier capture gave this digest',
  clock: 'the image records no build time; time of this run',
  unstamped: 'the template has no time'
}

/** One HEAD per name; when a digest was reported, the registry must answer exactly it. */
async function resolveDigest(
  client: RegistryClient,
  image: ImageReference,
  wanted: string | undefined
): Promise<string> {
  if (image.tag && !image.digest) {
    const byTag = await client.head(image)
    if (!byTag) throw new PromoteError(`tag ${image.tag} not found in ${image.repository}`)
    if (wanted && byTag.digest !== wanted) {
      throw new PromoteError(
        `tag ${image.tag} now points at ${byTag.digest}, not the built digest ${wanted}; nothing was written`
      )
    }
    return byTag.digest
  }
  const pinned = image.withoutTag().withDigest(wanted as string)
  const byDigest = await client.head(pinned)
  if (!byDigest) throw new PromoteError(`digest ${wanted} not found in ${image.repository}`)
  if (byDigest.digest !== wanted) {
    throw new PromoteError(
      `the registry answered ${byDigest.digest} for ${wanted}; nothing was written`
    )
  }
  return wanted
}
