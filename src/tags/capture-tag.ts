/**
 * The first environment's tag for a captured digest. Its `{ts}` is the build's time, not the
 * time of the run, so capturing the same digest, version and revision again names the same tag
 * and pushes nothing.
 *
 * @module
 */

import type { RegistryClient } from '../registry/client.js'
import { isIndex, type Descriptor, type ManifestContent } from '../registry/media-types.js'
import type { ImageReference } from '../registry/reference.js'
import { parseTag, renderTag, type TagFields, type TagTemplate } from './template.js'

/**
 * Build times before this are not build times: reproducible builds stamp the 1970 epoch
 * (`SOURCE_DATE_EPOCH=0`, ko, rules_oci), and a `{ts}` must have 9 to 11 digits anyway.
 */
const EARLIEST_BUILD = Date.parse('2000-01-01T00:00:00Z')

/** A config larger than this is not read for its `created` field. */
const MAX_CONFIG_BYTES = 1024 * 1024

/** How many existing tags of the same version and revision are checked for the digest. */
const MAX_CANDIDATES = 20

/** The capture tag and where its timestamp came from. */
export interface CaptureTag {
  tag: string
  /**
   * `build`: the image config's `created`; `existing`: an earlier capture's tag of the digest;
   * `clock`: the time of the run; `unstamped`: the template has no `{ts}` or `{now}`.
   */
  stampedFrom: 'build' | 'existing' | 'clock' | 'unstamped'
}

/**
 * Renders `template` for `pinned` (a reference by digest). `{ts}` and `{now}` come from the image
 * config's `created`; without a usable one, an existing tag that the template gave this digest
 * with the same other fields is reused; only then is the clock used.
 */
export async function captureTag(
  client: RegistryClient,
  pinned: ImageReference,
  template: TagTemplate,
  fields: Omit<TagFields, 'ts' | 'now'>,
  now: Date
): Promise<CaptureTag> {
  const stamped = template.parts.some(p => 'field' in p && (p.field === 'ts' || p.field === 'now'))
  if (!stamped) return { tag: renderTag(template, fields), stampedFrom: 'unstamped' }
  const built = await buildTime(client, pinned)
  if (built !== undefined) {
    const ts = String(Math.floor(built / 1000))
    return { tag: renderTag(template, { ...fields, ts, now: ts }), stampedFrom: 'build' }
  }
  const existing = await existingTag(client, pinned, template, fields)
  if (existing) return { tag: existing, stampedFrom: 'existing' }
  const ts = String(Math.floor(now.getTime() / 1000))
  return { tag: renderTag(template, { ...fields, ts, now: ts }), stampedFrom: 'clock' }
}

/**
 * The image config's `created` in epoch milliseconds; for an index, that of its first platform
 * image. `undefined` when missing, unparsable or before 2000. Registry errors propagate.
 */
export async function buildTime(
  client: RegistryClient,
  pinned: ImageReference
): Promise<number | undefined> {
  let manifest = await client.get(pinned)
  let content = parseJson(manifest.bytes) as ManifestContent | undefined
  if (isIndex(manifest.mediaType) || Array.isArray(content?.manifests)) {
    const child = (content?.manifests ?? []).find(isPlatformImage)
    if (!child) return undefined
    manifest = await client.get(pinned.withoutTag().withDigest(child.digest))
    content = parseJson(manifest.bytes) as ManifestContent | undefined
  }
  const config = content?.config
  if (typeof config?.digest !== 'string' || !(config.size <= MAX_CONFIG_BYTES)) return undefined
  const parsed = parseJson(await client.getBlob(pinned, config.digest)) as
    { created?: unknown } | undefined
  const created = typeof parsed?.created === 'string' ? Date.parse(parsed.created) : NaN
  return Number.isFinite(created) && created >= EARLIEST_BUILD ? created : undefined
}

/** An index entry that is an image, not buildx's `unknown/unknown` attestation manifest. */
function isPlatformImage(d: Descriptor & { platform?: { os?: string } }): boolean {
  return typeof d?.digest === 'string' && d.platform?.os !== 'unknown'
}

/** The newest tag `template` made with `fields` that names `pinned`'s digest, if any. */
async function existingTag(
  client: RegistryClient,
  pinned: ImageReference,
  template: TagTemplate,
  fields: Omit<TagFields, 'ts' | 'now'>
): Promise<string | undefined> {
  const keys = Object.keys(fields) as Array<keyof typeof fields>
  const candidates = (await client.listTags(pinned.withoutTag()))
    .map(tag => ({ tag, parsed: parseTag(template, tag) }))
    .filter(
      c => c.parsed && keys.every(k => fields[k] === undefined || c.parsed?.[k] === fields[k])
    )
    .sort((a, b) => stampOf(b.parsed) - stampOf(a.parsed) || b.tag.localeCompare(a.tag))
    .slice(0, MAX_CANDIDATES)
  for (const { tag } of candidates) {
    const found = await client.head(pinned.withoutTag().withTag(tag))
    if (found?.digest === pinned.digest) return tag
  }
  return undefined
}

function stampOf(fields: TagFields | undefined): number {
  return Number(fields?.ts ?? fields?.now ?? 0)
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'))
  } catch {
    return undefined
  }
}
