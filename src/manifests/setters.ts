/**
 * Flux image-automation-controller setter markers, applied as byte-preserving splices.
 *
 * Flux marks a scalar field with a line comment `# {"$imagepolicy": "<ns>:<policy>"}` (whole
 * reference) or `"<ns>:<policy>:name|tag|digest"` (one part) and rewrites the field from the
 * policy's `status.latestRef`; a sequence item or a mapping value that starts its own line may
 * carry the marker on the comment line above it instead (see setter-comments.ts). Flux re-encodes each touched file through
 * kyaml; here only the marked scalars' text changes.
 */
import {
  closeSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync
} from 'node:fs'
import { realpath } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { visit } from 'yaml'
import { PromoteError } from '../errors.js'
import {
  applySplices,
  formatScalarLike,
  lineOf,
  ManifestParseError,
  parseManifest,
  scalarText,
  type Splice
} from './yaml-splice.js'
import { markerSetter } from './setter-comments.js'
import { subsetMarkerSites, type MarkerSite } from './block-subset.js'
import { documentSlices } from './yaml-documents.js'

/**
 * The token Flux screens files for before parsing them (`"$imagepolicy"`, quotes included):
 * files without it are never parsed, so templates that are not YAML cannot fail a scan.
 */
export const MARKER_TOKEN = '"$imagepolicy"'

/** What an image policy resolved to, as in Flux's ImagePolicy `status.latestRef`. */
export interface PolicyValue {
  /** Repository without tag or digest, e.g. `ghcr.io/acme/app`. */
  name: string
  /** Tag; whole-reference and `:tag` markers need it unless a digest is given. */
  tag?: string
  /** Digest (`sha256:…`); written by `:digest` markers and appended to whole references. */
  digest?: string
}

/** One marked field rewritten. */
export interface MarkerChange {
  /** The file, as given in the options. */
  file: string
  /** 1-based line of the field in the edited content. */
  line: number
  /** The setter named by the marker, e.g. `flux-system:app:tag`. */
  marker: string
  /** Previous value of the field (`''` if it was empty). */
  old: string
  /** New value of the field. */
  new: string
}

/** A marker naming a policy that is not in the policy map; its field is left as it was. */
export interface UnknownPolicy {
  /** 1-based line of the marked field. */
  line: number
  /** The `<namespace>:<name>` the marker refers to. */
  policy: string
  /** The whole setter name in the marker. */
  marker: string
}

/** A marker whose policy is known but cannot fill it; its field is left as it was. */
export interface SkippedMarker {
  /** 1-based line of the marked field. */
  line: number
  /** The whole setter name in the marker. */
  marker: string
  /** Why it was not applied. */
  reason: string
}

/** The edited text of one file and what happened to its markers. */
export interface SetMarkersResult {
  /** The whole file; equal to the input when nothing changed. */
  content: string
  /** Fields rewritten, in file order. */
  changes: MarkerChange[]
  /** Markers naming a policy not in the map (Flux ignores these silently). */
  unknownPolicies: UnknownPolicy[]
  /** Markers that could not be filled, e.g. `:digest` for a policy without a digest. */
  skipped: SkippedMarker[]
}

const PARTS = new Set(['name', 'tag', 'digest'])

/**
 * Rewrites every scalar carrying an `$imagepolicy` marker whose policy is in `policies` (keyed
 * `<namespace>:<name>`), across all documents of the file. Throws `ManifestParseError` when the
 * file contains the marker token but is not valid YAML.
 */
export function setMarkers(
  source: string,
  policies: ReadonlyMap<string, PolicyValue>,
  opts: { file: string }
): SetMarkersResult {
  const result: SetMarkersResult = {
    content: source,
    changes: [],
    unknownPolicies: [],
    skipped: []
  }
  // Flux's screen is per file; a file that passes is parsed whole. Here only its documents that
  // could hold a marker are: with the token, or with a JSON escape that could spell it.
  if (!source.includes(MARKER_TOKEN)) return result
  const splices: Splice[] = []
  const pending: Array<Omit<MarkerChange, 'file' | 'line'>> = []
  const candidate = (text: string): boolean => text.includes(MARKER_TOKEN) || text.includes('\\u')
  for (const { text, start: base, linesBefore } of documentSlices(source, candidate)) {
    // Most marked documents are plain block YAML that needs no parser; the rest are parsed.
    const sites = subsetMarkerSites(text) ?? parsedMarkerSites(text, opts.file, linesBefore)
    for (const site of sites) {
      const line = linesBefore + lineOf(text, site.start)
      const target = resolveSetter(site.setter, policies)
      if ('unknown' in target) {
        result.unknownPolicies.push({ line, ...target.unknown })
      } else if ('reason' in target) {
        result.skipped.push({ line, marker: site.setter, ...target })
      } else if (site.old !== target.value) {
        const replacement = formatScalarLike(target.value, site.type)
        splices.push({ start: base + site.start, end: base + site.end, text: replacement })
        pending.push({ marker: site.setter, old: site.old, new: target.value })
      }
    }
  }
  const { content, starts } = applySplices(source, splices)
  result.content = content
  result.changes = pending.map((change, i) => ({
    file: opts.file,
    line: lineOf(content, starts[i] ?? 0),
    ...change
  }))
  return result
}

/** The marked scalars of one document, found by parsing it. */
export function parsedMarkerSites(text: string, file: string, linesBefore: number): MarkerSite[] {
  const sites: MarkerSite[] = []
  for (const doc of parseManifest(text, file, linesBefore)) {
    visit(doc, {
      Scalar: (key, node, path) => {
        const [start, end] = node.range ?? [0, 0]
        if (key === 'key' || start === end || !SCALAR_TYPES.has(node.type ?? '')) return
        const setter = markerSetter(text, node, path.at(-1))
        if (setter === undefined) return
        sites.push({ start, end, type: node.type!, old: scalarText(node) ?? '', setter })
      }
    })
  }
  return sites
}

/** The scalar styles a marker can rewrite (not block scalars). */
const SCALAR_TYPES = new Set<string>(['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'])

type Resolved =
  { value: string } | { reason: string } | { unknown: { policy: string; marker: string } }

/**
 * The value Flux writes for a setter: `<ns>:<name>` is the whole reference
 * (`name:tag@digest`, as ImageRef.String()), and `:name`, `:tag`, `:digest` one part each.
 */
function resolveSetter(setter: string, policies: ReadonlyMap<string, PolicyValue>): Resolved {
  const parts = setter.split(':')
  const policy = parts.slice(0, 2).join(':')
  const value = parts.length >= 2 && parts.length <= 3 ? policies.get(policy) : undefined
  if (value === undefined) return { unknown: { policy, marker: setter } }
  const part = parts[2]
  if (part !== undefined && !PARTS.has(part)) return { reason: `unknown setter part '${part}'` }
  if (part === 'name') return { value: value.name }
  if (part === 'tag' || part === 'digest') {
    const field = value[part]
    return field ? { value: field } : { reason: `policy '${policy}' has no ${part}` }
  }
  // Flux would write `name:` for an empty tag; a reference with neither is not a promotion.
  if (!value.tag && !value.digest) return { reason: `policy '${policy}' has no tag or digest` }
  const tag = value.tag ? `:${value.tag}` : ''
  return { value: `${value.name}${tag}${value.digest ? `@${value.digest}` : ''}` }
}

/** Limits on a directory scan. */
export interface ScanOptions {
  /** Most YAML files to look at before giving up (default 10,000). */
  maxFiles?: number
  /** Larger files are reported in `errors` and not read (default 10 MiB). */
  maxFileBytes?: number
}

/** A file whose content changed; the caller writes it. */
export interface ScannedFile {
  /** Path relative to the root, with `/` separators. */
  path: string
  /** The new content. */
  content: string
  /** What changed in it. */
  changes: MarkerChange[]
}

/** Everything a directory scan found; nothing is written. */
export interface ScanResult {
  /** Files with at least one change, in path order. */
  files: ScannedFile[]
  /** Files that could not be read or parsed; the scan goes on past them, as Flux's does. */
  errors: Array<{ file: string; message: string }>
  /** Markers naming policies not in the map, across all files. */
  unknownPolicies: Array<UnknownPolicy & { file: string }>
  /** Markers that could not be filled, across all files. */
  skipped: Array<SkippedMarker & { file: string }>
}

/**
 * Applies {@link setMarkers} to every `.yaml`, `.yml` and `Kustomization` file under `dir`
 * (relative to `root` or absolute, and inside it), skipping `.git`. Symlinked files are read
 * only when they resolve inside `root`; symlinked directories are not descended, like Go's
 * `filepath.Walk` that Flux uses. Throws if `dir` is outside `root` or holds more than
 * `maxFiles` YAML files, since a partial scan would promote only part of the markers.
 */
export async function scanDirectory(
  root: string,
  dir: string,
  policies: ReadonlyMap<string, PolicyValue>,
  opts: ScanOptions = {}
): Promise<ScanResult> {
  const realRoot = await realpath(root)
  const start = await realpath(resolve(realRoot, dir))
  if (!within(realRoot, start)) {
    throw new PromoteError(`directory '${dir}' is outside the repository root '${root}'`)
  }
  const limits = { files: opts.maxFiles ?? 10_000, bytes: opts.maxFileBytes ?? 10 * 1024 * 1024 }
  const result: ScanResult = { files: [], errors: [], unknownPolicies: [], skipped: [] }
  const walk = { root: realRoot, seen: new Set<string>(), errors: result.errors }
  let count = 0
  for (const path of yamlFiles(walk, start)) {
    if (++count > limits.files) {
      throw new PromoteError(
        `more than ${limits.files} YAML files under '${dir}'; point at a narrower directory`
      )
    }
    scanFile(path, relativePath(realRoot, path), policies, limits.bytes, result)
  }
  return result
}

/**
 * The file's text, or its size when over `maxBytes` (then it is not read). Synchronous: one
 * open, fstat and read per file costs a fraction of the promise-based calls' overhead, and a
 * scan has nothing else to do meanwhile.
 */
function readBounded(path: string, maxBytes: number): { text: string } | { size: number } {
  const fd = openSync(path, 'r')
  try {
    const { size } = fstatSync(fd)
    return size > maxBytes ? { size } : { text: readFileSync(fd, 'utf8') }
  } finally {
    closeSync(fd)
  }
}

function scanFile(
  path: string,
  file: string,
  policies: ReadonlyMap<string, PolicyValue>,
  maxBytes: number,
  result: ScanResult
): void {
  const read = readBounded(path, maxBytes)
  if ('size' in read) {
    result.errors.push({ file, message: `${read.size} bytes is over the ${maxBytes}-byte limit` })
    return
  }
  const content = read.text
  try {
    const edited = setMarkers(content, policies, { file })
    result.unknownPolicies.push(...edited.unknownPolicies.map(u => ({ file, ...u })))
    result.skipped.push(...edited.skipped.map(s => ({ file, ...s })))
    if (edited.content !== content) {
      result.files.push({ path: file, content: edited.content, changes: edited.changes })
    }
  } catch (err) {
    if (!(err instanceof ManifestParseError)) throw err
    result.errors.push({ file, message: err.message })
  }
}

interface Walk {
  root: string
  seen: Set<string>
  errors: ScanResult['errors']
}

// Synchronous like the reads: a scan waits on nothing else, and each promise-based call costs a
// round trip through the thread pool.
function* yamlFiles(walk: Walk, dir: string): Generator<string> {
  const entries = readdirSync(dir, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== '.git') yield* yamlFiles(walk, path)
      continue
    }
    // Flux's reader takes these names; `Kustomization` is a kustomization file name too.
    if (!/\.ya?ml$/.test(entry.name) && entry.name !== 'Kustomization') continue
    const real = entry.isSymbolicLink() ? realOrUndefined(path) : path
    if (real === undefined || walk.seen.has(real)) continue
    // A path joined from a directory inside the root and an entry name stays inside it; only a
    // symlink's target needs the check.
    if (real !== path && !within(walk.root, real)) {
      const message = 'symlink resolves outside the repository; not followed'
      walk.errors.push({ file: relativePath(walk.root, path), message })
      continue
    }
    if (!entry.isFile() && !statSync(real).isFile()) continue
    walk.seen.add(real)
    yield path
  }
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path)
  } catch {
    return undefined
  }
}

function within(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}

const relativePath = (root: string, path: string): string =>
  relative(root, path).split(sep).join('/')
