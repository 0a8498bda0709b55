import { lstat, readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { PromoteError } from '../errors.js'
import { MARKER_TOKEN, setMarkers, type PolicyValue } from '../manifests/setters.js'
import { MAX_ALIAS_COUNT, ManifestParseError, parseManifest } from '../manifests/yaml-splice.js'
import type { ImageReference } from '../registry/reference.js'
import { confine } from '../util/confine.js'
import type { ValuesTarget } from '../config/promotion-config.js'
import type { ValuesScope } from '../manifests/values-scope.js'
import { addMarkerValue, sameRepository, type MarkerValues } from './marker-values.js'

export { sameRepository }
import { pinnedMarkerPins } from './pinned.js'
import { valuesPins } from './values-target.js'

/** Where an environment pins an image, and to what. */
export interface PinnedImage {
  /** File relative to the repository root. */
  file: string
  /** How the pin is written. */
  via: 'kustomization' | 'marker' | 'values'
  /** Key paths of a Helm values pin, for edits, and where in the file they start. */
  keys?: { tag: string; digest: string; scope?: ValuesScope }
  /** kustomize `images[].name`, for edits. */
  entryName?: string
  /** Flux policy `<namespace>:<name>`, for marker edits. */
  policy?: string
  /** Repository as a whole-reference marker spells it, kept when rewriting. */
  name?: string
  tag?: string
  digest?: string
  /** For a marker a rollback pinned: the rollback's ledger event id (`src/manifests/pins.ts`). */
  pinnedBy?: string
}

/** What an environment's files say about one image. */
export interface ImageState {
  image: ImageReference
  pins: PinnedImage[]
  /** The digest every pin agrees on; undefined when none pins a digest. */
  digest?: string
  /** The tag of the first pin that has one. */
  tag?: string
}

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']
/** Bounds on what an environment directory can make us read: it is untrusted input. */
const MAX_FILES = 5_000
const MAX_FILE_BYTES = 2 * 1024 * 1024

/**
 * The kustomization file of an environment directory, if it has one, relative to the real
 * repository root. A symlinked kustomization file is not taken (kustomize would follow it out).
 */
export async function findKustomization(root: string, dir: string): Promise<string | undefined> {
  const start = await confine(root, dir)
  for (const name of KUSTOMIZATION_FILES) {
    try {
      if ((await lstat(path.join(start.abs, name))).isFile()) return joinRel(start.rel, name)
    } catch {
      // Not this spelling.
    }
  }
  return undefined
}

const joinRel = (dir: string, name: string): string => (dir === '.' ? name : `${dir}/${name}`)

/** Reads the `images:` entries of a kustomization that name `image`. */
export function kustomizationPins(
  text: string,
  file: string,
  image: ImageReference
): PinnedImage[] {
  return imageEntryPins(kustomizationImageEntries(text, file), file, image)
}

/** The `images:` entries of a kustomization, parsed once for every image of a promotion. */
function kustomizationImageEntries(text: string, file: string): Array<Record<string, unknown>> {
  // Bounded: parseManifest refuses alias bombs and oversized files before anything expands.
  const doc: unknown = parseManifest(text, file)[0]?.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  const images = (doc as { images?: unknown } | null)?.images
  return Array.isArray(images) ? (images as Array<Record<string, unknown>>) : []
}

/** The pins of `image` among a kustomization's `images:` entries. */
function imageEntryPins(
  entries: Array<Record<string, unknown>>,
  file: string,
  image: ImageReference
): PinnedImage[] {
  const pins: PinnedImage[] = []
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null || typeof entry.name !== 'string') continue
    const repo = typeof entry.newName === 'string' ? entry.newName : entry.name
    if (!sameRepository(repo, image)) continue
    pins.push({
      file,
      via: 'kustomization',
      entryName: entry.name,
      ...(typeof entry.newTag === 'string' || typeof entry.newTag === 'number'
        ? { tag: String(entry.newTag) }
        : {}),
      ...(typeof entry.digest === 'string' ? { digest: entry.digest } : {})
    })
  }
  return pins
}

const PROBE: PolicyValue = {
  name: 'probe.invalid/probe',
  tag: 'probe',
  digest: `sha256:${'0'.repeat(64)}`
}

/**
 * Reads Flux setter markers and their current values, by asking the setter to
 * rewrite each policy it finds and reading back the old values, so reading and
 * writing share one parser.
 */
export function markerPins(text: string, file: string, image: ImageReference): PinnedImage[] {
  if (!text.includes(MARKER_TOKEN)) return []
  const found = setMarkers(text, new Map(), { file })
  const policies = new Map(found.unknownPolicies.map(u => [u.policy, PROBE]))
  const probed = setMarkers(text, policies, { file })
  const byPolicy = new Map<string, MarkerValues>()
  for (const change of probed.changes)
    addMarkerValue(byPolicy, change.marker, change.old, () => ({}))
  const pins: PinnedImage[] = []
  for (const [policy, v] of byPolicy) {
    if (!v.name || !sameRepository(v.name, image)) continue
    pins.push({
      file,
      via: 'marker',
      policy,
      ...(v.tag ? { tag: v.tag } : {}),
      ...(v.digest ? { digest: v.digest } : {})
    })
  }
  return pins
}

/**
 * Lists YAML files under `dir`, bounded, skipping `.git` and symlinks, as paths relative to the
 * real repository root: `dir` itself is confined first, so a symlink on the way that leaves the
 * repository is refused, and one that stays inside yields the paths Git knows.
 */
export async function listYamlFiles(root: string, dir: string): Promise<string[]> {
  const start = await confine(root, dir)
  const out: string[] = []
  async function walk(abs: string, rel: string): Promise<void> {
    let entries
    try {
      entries = await readdir(abs, { withFileTypes: true })
    } catch {
      throw new PromoteError(
        `environment directory '${dir}' does not exist in the GitOps repository`
      )
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name === '.git' || e.isSymbolicLink()) continue
      const child = joinRel(rel, e.name)
      if (e.isDirectory()) await walk(path.join(abs, e.name), child)
      else if (e.isFile() && (/\.ya?ml$/.test(e.name) || e.name === 'Kustomization')) {
        out.push(child)
        if (out.length > MAX_FILES)
          throw new PromoteError(`'${dir}' holds more than ${MAX_FILES} YAML files`)
      }
    }
  }
  await walk(start.abs, start.rel)
  return out
}

/** Reads what an environment directory pins for each image. */
export async function readEnvironment(
  root: string,
  dir: string,
  images: ImageReference[],
  values?: ValuesTarget
): Promise<ImageState[]> {
  const files = await listYamlFiles(root, dir)
  const kustomization = await findKustomization(root, dir)
  const texts = new Map<string, string>()
  for (const f of files) {
    const abs = path.join(root, f)
    if ((await lstat(abs)).size > MAX_FILE_BYTES) {
      // Skipping the kustomization would read "no pin" where there may be one.
      if (f === kustomization)
        throw new PromoteError(`${f}: larger than ${MAX_FILE_BYTES} bytes; refusing to read it`)
      continue
    }
    texts.set(f, await readFile(abs, 'utf8'))
  }
  const entries = kustomization
    ? kustomizationImageEntries(texts.get(kustomization) ?? '', kustomization)
    : []
  const valuePins = values
    ? await Promise.all(images.map(image => valuesPins(root, values, image, sameRepository)))
    : []
  return images.map((image, i) => {
    const pins: PinnedImage[] = [...(valuePins[i] ?? [])]
    if (kustomization) pins.push(...imageEntryPins(entries, kustomization, image))
    for (const [f, text] of texts) {
      try {
        pins.push(...markerPins(text, f, image), ...pinnedMarkerPins(text, f, image))
      } catch (err) {
        // Only files with the marker token are parsed. One that does not parse may pin this
        // image: skipping it would promote (or report) only part of the environment.
        if (!(err instanceof ManifestParseError)) throw err
        throw new PromoteError(
          `${err.message}; the file carries an $imagepolicy marker, so it cannot be skipped: fix the YAML`
        )
      }
    }
    const digests = [...new Set(pins.flatMap(p => (p.digest ? [p.digest] : [])))]
    if (digests.length > 1) {
      throw new PromoteError(
        `${dir} pins ${image.repository} to several digests (${digests.join(', ')}); make its files agree before promoting`
      )
    }
    return { image, pins, digest: digests[0], tag: pins.find(p => p.tag)?.tag }
  })
}
