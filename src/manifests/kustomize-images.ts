/**
 * `kustomize edit set image`, done as byte-preserving splices into `kustomization.yaml`.
 *
 * kustomize itself decodes the file, rewrites `images:` sorted by name with alphabetical keys
 * and re-encodes the whole document, which drops comments and quoting. Here the `yaml` package
 * only locates nodes; new scalar text is spliced in at their source ranges, so every byte we do
 * not own stays as it was.
 */
import { isMap, isScalar, isSeq, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml'
import { PromoteError } from '../errors.js'
import { InvalidReferenceError, parseReference } from '../registry/reference.js'
import { echo } from '../util/text.js'
import {
  applySplices,
  columnOf,
  eolOf,
  formatScalarLike,
  lineEndAfter,
  lineOf,
  parseManifest,
  scalarText,
  type Splice
} from './yaml-splice.js'

/** The field value that keeps what the kustomization already has (kustomize's `*`). */
export const KEEP = '*'

/** The fields of a kustomize `images:` entry that an argument can set. */
export type ImageField = 'newName' | 'newTag' | 'digest'

const FIELDS: readonly ImageField[] = ['newName', 'newTag', 'digest']

/**
 * One parsed `kustomize edit set image` argument. kustomize replaces the whole entry: a field
 * left `undefined` is removed from a matching entry, and {@link KEEP} keeps its current value.
 */
export interface ImageEdit {
  /** `images[].name` to match, compared exactly as `edit set image` does. */
  name: string
  /** Replacement repository, {@link KEEP}, or `undefined` to drop it. */
  newName?: string
  /** Replacement tag, {@link KEEP}, or `undefined` to drop it. */
  newTag?: string
  /** Replacement digest (`algorithm:hex`), {@link KEEP}, or `undefined` to drop it. */
  digest?: string
}

/** One field written, added or removed in a kustomization's `images:`. */
export interface ImageChange {
  /** The file, as given in the options. */
  file: string
  /** 1-based line in the edited content; for a removed field, its line in the original. */
  line: number
  /** `images[].name` of the entry. */
  image: string
  /** The field that changed. */
  field: ImageField
  /** Previous value; absent when the field was added. */
  old?: string
  /** New value; `''` when the field was removed (kustomize treats empty and absent alike). */
  new: string
}

/** The edited text of a kustomization and what changed in it. */
export interface SetImagesResult {
  /** The whole file; equal to the input when nothing changed. */
  content: string
  /** Changes in entry order; entries appended at the end come last. */
  changes: ImageChange[]
}

/** An image argument that `kustomize edit set image` would reject or misread. */
export class ImageArgError extends PromoteError {
  /** The argument as given. */
  readonly arg: string

  constructor(arg: string, problem: string) {
    super(`invalid image argument ${echo(arg)}: ${problem}`, 2)
    this.arg = arg
  }
}

const USAGE =
  'expected <name>=<newName>[:<newTag>][@<digest>], <name>:<newTag>[@<digest>] or <name>@<digest>'
const NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9._/:-]*[A-Za-z0-9])?$/
// Tag grammar of the OCI distribution spec, which is also what kustomize's help text states.
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/
const DIGEST_RE = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[A-Za-z0-9=_-]+$/
const HEX_LENGTH: Record<string, number> = { sha256: 64, sha512: 128 }

/**
 * Why `name` is not a repository a registry would accept (kustomize itself writes any text):
 * an uppercase path (`ghcr.io/acme/APP`) or a bad domain would only fail at deploy time.
 */
function repositoryProblem(name: string): string | undefined {
  try {
    parseReference(name)
    return undefined
  } catch (err) {
    if (err instanceof InvalidReferenceError) return err.reason
    throw err
  }
}

/**
 * Parses one argument of `kustomize edit set image`: `name=newName[:newTag][@digest]`,
 * `name:newTag[@digest]` or `name@digest`, where any of newName, newTag and digest may be `*`.
 * Stricter than kustomize, which accepts an empty or malformed tag or digest silently.
 */
export function parseImageArg(arg: string): ImageEdit {
  const fail = (problem: string): never => {
    throw new ImageArgError(arg, problem)
  }
  if (arg === '') fail('it is empty')
  if (/\s/.test(arg)) fail('it contains whitespace')
  const eq = arg.indexOf('=')
  const ref = splitImage(eq < 0 ? arg : arg.slice(eq + 1))
  // kustomize rejects an argument that names an image but sets nothing on it.
  if (eq < 0 && ref.tag === undefined && ref.digest === undefined) fail(USAGE)
  const name = eq < 0 ? ref.name : arg.slice(0, eq)
  if (name === '') fail('empty image name')
  if (name === KEEP) fail(`image name cannot be '${KEEP}'`)
  if (eq >= 0 && splitImage(name).name !== name) {
    fail(`image name ${echo(name)} must not carry a tag or digest`)
  }
  if (!NAME_RE.test(name)) fail(`image name ${echo(name)} is not a valid image name`)
  const badName = repositoryProblem(name)
  if (badName !== undefined) fail(`image name ${echo(name)}: ${badName}`)
  const edit: ImageEdit = { name }
  if (eq >= 0) {
    if (ref.name === '') fail('empty new name')
    if (ref.name !== KEEP && !NAME_RE.test(ref.name)) {
      fail(`new name ${echo(ref.name)} is not a valid image name`)
    }
    const badNewName = ref.name === KEEP ? undefined : repositoryProblem(ref.name)
    if (badNewName !== undefined) fail(`new name ${echo(ref.name)}: ${badNewName}`)
    edit.newName = ref.name
  }
  if (ref.tag !== undefined) {
    if (ref.tag === '') fail("empty tag after ':'")
    if (ref.tag !== KEEP && !TAG_RE.test(ref.tag)) {
      fail(
        `tag ${echo(ref.tag)} is not a valid tag (1-128 of A-Za-z0-9_.-, not starting with . or -)`
      )
    }
    edit.newTag = ref.tag
  }
  if (ref.digest !== undefined) {
    if (ref.digest === '') fail("empty digest after '@'")
    if (ref.digest !== KEEP && !validDigest(ref.digest)) {
      fail(`digest ${echo(ref.digest)} is not a valid digest (expected sha256:<64 lowercase hex>)`)
    }
    edit.digest = ref.digest
  }
  return edit
}

function validDigest(digest: string): boolean {
  if (!DIGEST_RE.test(digest)) return false
  const [algorithm = '', hex = ''] = digest.split(':')
  const length = HEX_LENGTH[algorithm]
  return length === undefined || new RegExp(`^[a-f0-9]{${length}}$`).test(hex)
}

/**
 * Splits `name[:tag][@digest]` the way kustomize's `image.Split` does: a `:` before the first
 * `/` is a registry port, and whichever of `:` and `@` comes first after it starts the suffix.
 */
function splitImage(ref: string): { name: string; tag?: string; digest?: string } {
  const slash = Math.max(ref.indexOf('/'), 0)
  const at = ref.indexOf('@', slash)
  const colon = ref.indexOf(':', slash)
  if (at >= 0 && (colon < 0 || at < colon)) {
    return { name: ref.slice(0, at), digest: ref.slice(at + 1) }
  }
  if (colon < 0) return { name: ref }
  if (at < 0) return { name: ref.slice(0, colon), tag: ref.slice(colon + 1) }
  return { name: ref.slice(0, colon), tag: ref.slice(colon + 1, at), digest: ref.slice(at + 1) }
}

type Recorded = Omit<ImageChange, 'file' | 'line'>

/** Collects splices and the changes anchored in them until the edit is applied. */
class Plan {
  readonly splices: Splice[] = []
  private readonly notes: Array<{ change: Recorded; splice?: number; at: number }> = []

  constructor(
    readonly source: string,
    readonly file: string
  ) {}

  splice(start: number, end: number, text: string, notes: Array<[Recorded, number]> = []): void {
    this.splices.push({ start, end, text })
    for (const [change, at] of notes)
      this.notes.push({ change, splice: this.splices.length - 1, at })
  }

  removed(change: Recorded, offset: number): void {
    this.notes.push({ change, at: lineOf(this.source, offset) })
  }

  finish(): SetImagesResult {
    const { content, starts } = applySplices(this.source, this.splices)
    // Report per image in file order, fields in kustomize's newName, newTag, digest order.
    const first = new Map<string, number>()
    this.notes.forEach(({ change }, i) => first.set(change.image, first.get(change.image) ?? i))
    const rank = ({ change }: (typeof this.notes)[number]): number =>
      (first.get(change.image) ?? 0) * FIELDS.length + FIELDS.indexOf(change.field)
    const notes = [...this.notes].sort((a, b) => rank(a) - rank(b))
    const changes = notes.map(({ change, splice, at }) => ({
      file: this.file,
      line: splice === undefined ? at : lineOf(content, (starts[splice] ?? 0) + at),
      ...change
    }))
    return { content, changes }
  }
}

/**
 * Applies `edits` to the `images:` of one kustomization. Like kustomize, each edit replaces the
 * fields of every entry with the same `name` and an edit whose name has no entry is appended;
 * unlike kustomize, nothing is re-sorted or reformatted.
 */
export function setImages(
  source: string,
  edits: readonly ImageEdit[],
  opts: { file: string }
): SetImagesResult {
  // kustomize keys its arguments by name, so a later argument for the same image wins.
  const pending = new Map(edits.map(edit => [edit.name, edit]))
  const plan = new Plan(source, opts.file)
  if (pending.size === 0) return plan.finish()
  const docs = parseManifest(source, opts.file)
  if (docs.length > 1) fail(plan, 0, 'a kustomization must be a single YAML document')
  const root = docs[0]?.contents ?? null
  if (root !== null && (!isMap(root) || root.flow)) fail(plan, 0, 'not a block mapping')
  const images = root?.items.find(pair => isScalar(pair.key) && pair.key.value === 'images')
  const list = images?.value ?? null
  if (isSeq(list)) {
    for (const entry of list.items) {
      const name = isMap(entry) ? entry.get('name') : undefined
      const edit = typeof name === 'string' ? pending.get(name) : undefined
      if (edit === undefined || !isMap(entry)) continue
      editEntry(plan, entry, edit)
    }
    for (const entry of list.items) if (isMap(entry)) pending.delete(String(entry.get('name')))
  } else if (list !== null && !(isScalar(list) && list.value === null && !list.source)) {
    fail(plan, images?.key ? keyStart(images) : 0, "'images' is not a list")
  }
  const added = [...pending.values()].filter(edit => FIELDS.some(f => settable(edit[f])))
  if (added.length > 0) appendEntries(plan, root, images, added)
  return plan.finish()
}

function fail(plan: Plan, offset: number, problem: string): never {
  throw new PromoteError(`${plan.file}:${lineOf(plan.source, offset)}: ${problem}`)
}

const settable = (value: string | undefined): value is string =>
  value !== undefined && value !== KEEP
const keyStart = (pair: Pair): number => (pair.key as { range: number[] }).range[0] ?? 0
const pairEnd = (pair: Pair): number => {
  const node = (isScalar(pair.value) ? pair.value : pair.key) as { range: number[] }
  return node.range[1] ?? 0
}

/** Rewrites, removes and adds the fields of one entry as kustomize's replacement would. */
function editEntry(plan: Plan, entry: YAMLMap, edit: ImageEdit): void {
  const removed = new Set<Pair>()
  const added: Array<[ImageField, string]> = []
  for (const field of FIELDS) {
    const want = edit[field]
    if (want === KEEP) continue
    const pair = entry.items.find(p => isScalar(p.key) && p.key.value === field)
    if (pair === undefined) {
      if (want !== undefined) added.push([field, want])
      continue
    }
    const value = pair.value
    if (value !== null && (!isScalar(value) || value.type?.startsWith('BLOCK'))) {
      // A splice cannot keep a block or collection value's layout, and kustomize wants a string.
      fail(
        plan,
        keyStart(pair),
        `images entry ${echo(edit.name)}: ${field} must be a one-line scalar`
      )
    }
    const old = value ? scalarText(value) : undefined
    if (want === undefined) {
      // An empty field means nothing to kustomize either, so it is left alone.
      if (old === undefined || old === '') continue
      removed.add(pair)
      plan.removed({ image: edit.name, field, old, new: '' }, keyStart(pair))
    } else if (old !== want) {
      const change = { image: edit.name, field, ...(old === undefined ? {} : { old }), new: want }
      replaceValue(plan, pair, change)
    }
  }
  removePairs(plan, entry, removed)
  if (added.length > 0) addPairs(plan, entry, removed, edit.name, added)
}

function replaceValue(plan: Plan, pair: Pair, change: Recorded): void {
  const value = pair.value as Scalar | null
  const [start, end] = value?.range ?? [pairEnd(pair), pairEnd(pair)]
  if (start !== end) {
    return plan.splice(start, end, formatScalarLike(change.new, value?.type), [[change, 0]])
  }
  // An empty value sits right after the colon or right before a comment: keep both apart.
  const before = /\s/.test(plan.source[start - 1] ?? ' ') ? '' : ' '
  const after = /\S/.test(plan.source[start] ?? '\n') ? ' ' : ''
  const text = before + formatScalarLike(change.new, 'PLAIN') + after
  plan.splice(start, end, text, [[change, before.length]])
}

function removePairs(plan: Plan, entry: YAMLMap, removed: Set<Pair>): void {
  const pairs = entry.items
  const firstKept = pairs.findIndex(pair => !removed.has(pair))
  const next = pairs[firstKept]
  // A leading field shares its line with the `- ` (or `{`), so the next kept key moves up.
  if (firstKept > 0 && next) plan.splice(keyStart(pairs[0]), keyStart(next), '')
  for (let i = firstKept + 1; i < pairs.length; i++) {
    const pair = pairs[i]
    if (!removed.has(pair)) continue
    if (entry.flow) plan.splice(pairEnd(pairs[i - 1]), pairEnd(pair), '')
    else plan.splice(...wholeLines(plan.source, keyStart(pair), pairEnd(pair)), '')
  }
}

/** The range of the full lines from `start` to `end`, with the line break that ends them. */
function wholeLines(source: string, start: number, end: number): [number, number] {
  const from = source.lastIndexOf('\n', start - 1) + 1
  const lineEnd = lineEndAfter(source, end)
  const to = source.indexOf('\n', lineEnd)
  if (to >= 0) return [from, to + 1]
  // Last line without a line break: take the break before it so none is left dangling.
  const before = from > 0 && source[from - 2] === '\r' ? from - 2 : Math.max(from - 1, 0)
  return [before, source.length]
}

function addPairs(
  plan: Plan,
  entry: YAMLMap,
  removed: Set<Pair>,
  image: string,
  fields: Array<[ImageField, string]>
): void {
  const kept = entry.items.filter(pair => !removed.has(pair))
  const last = kept[kept.length - 1]
  const indent = ' '.repeat(columnOf(plan.source, keyStart(entry.items[0])))
  const { text, notes } = fieldsText(image, fields, entry.flow ? ', ' : eolOf(plan.source) + indent)
  const at = entry.flow ? pairEnd(last) : lineEndAfter(plan.source, pairEnd(last))
  plan.splice(at, at, text, notes)
}

/** How new entries are written: the `- ` column and the key column after it. */
interface ListStyle {
  dash: number
  key: number
  flowItems: boolean
}

/** Appends entries for the images no entry matched, in the list's own style. */
function appendEntries(
  plan: Plan,
  root: YAMLMap | null,
  images: Pair | undefined,
  edits: ImageEdit[]
): void {
  const { source } = plan
  const list = images?.value
  if (isSeq(list) && list.flow) return appendFlow(plan, list, edits)
  const eol = eolOf(source)
  const first = images ?? root?.items[0]
  const parent = first ? columnOf(source, keyStart(first)) : 0
  const style = listStyle(source, root, list, parent)
  let text = ''
  let at = source.length
  if (isSeq(list)) {
    at = lineEndAfter(source, (list.items[list.items.length - 1] as { range: number[] }).range[1])
  } else if (images) {
    at = lineEndAfter(source, pairEnd(images))
  } else {
    // kustomize appends a missing field at the end of the file, and so do we.
    if (source !== '' && !source.endsWith('\n')) text += eol
    text += `${' '.repeat(parent)}images:`
  }
  const notes: Array<[Recorded, number]> = []
  for (const edit of edits) {
    text += eol + ' '.repeat(style.dash) + '-' + ' '.repeat(style.key - style.dash - 1)
    const entry = newEntry(edit, style.flowItems ? ', ' : eol + ' '.repeat(style.key))
    notes.push(...shift(entry.notes, text.length))
    text += entry.text
  }
  if (!images) text += eol
  plan.splice(at, at, text, notes)
}

function appendFlow(plan: Plan, list: YAMLSeq, edits: ImageEdit[]): void {
  const last = list.items[list.items.length - 1] as { range: number[] } | undefined
  const at = last ? (last.range[1] ?? 0) : (list.range?.[0] ?? 0) + 1
  let text = ''
  const notes: Array<[Recorded, number]> = []
  for (const edit of edits) {
    if (last || text !== '') text += ', '
    const entry = newEntry(edit, ', ')
    notes.push(...shift(entry.notes, text.length))
    text += entry.text
  }
  plan.splice(at, at, text, notes)
}

const shift = (notes: Array<[Recorded, number]>, by: number): Array<[Recorded, number]> =>
  notes.map(([change, at]) => [change, at + by])

function listStyle(source: string, root: YAMLMap | null, list: unknown, parent: number): ListStyle {
  const first = isSeq(list) ? (list.items[0] as { range: number[] } | undefined) : undefined
  if (!isSeq(list) || first === undefined) {
    const dash = parent + siblingIndent(source, root)
    return { dash, key: dash + 2, flowItems: false }
  }
  const start = first.range[0] ?? 0
  const dash = source.lastIndexOf('-', start - 1)
  const dashCol = columnOf(source, dash)
  const key = /^-[ ]+$/.test(source.slice(dash, start)) ? columnOf(source, start) : dashCol + 2
  const last = list.items[list.items.length - 1]
  return { dash: dashCol, key, flowItems: isMap(last) && Boolean(last.flow) }
}

/** How far the file's other block lists indent their `- ` past their key (0 is kustomize's). */
function siblingIndent(source: string, root: YAMLMap | null): number {
  for (const pair of root?.items ?? []) {
    const seq = pair.value as YAMLSeq | null
    const item = isSeq(seq) && !seq.flow ? (seq.items[0] as { range: number[] }) : undefined
    if (item === undefined) continue
    const dash = source.lastIndexOf('-', (item.range[0] ?? 0) - 1)
    return Math.max(columnOf(source, dash) - columnOf(source, keyStart(pair)), 0)
  }
  return 0
}

/** `key: value` pairs, each led by `sep`, with each change anchored at its key. */
function fieldsText(image: string, fields: Array<[ImageField, string]>, sep: string) {
  let text = ''
  const notes: Array<[Recorded, number]> = []
  for (const [field, value] of fields) {
    text += sep
    notes.push([{ image, field, new: value }, text.length])
    text += `${field}: ${formatScalarLike(value, 'PLAIN')}`
  }
  return { text, notes }
}

/** A new entry: a flow map when `sep` is `', '`, else block lines led by `sep`. */
function newEntry(edit: ImageEdit, sep: string) {
  const fields = FIELDS.flatMap(f =>
    settable(edit[f]) ? [[f, edit[f]] as [ImageField, string]] : []
  )
  const flow = sep === ', '
  const head = `${flow ? '{' : ''}name: ${formatScalarLike(edit.name, 'PLAIN')}`
  const body = fieldsText(edit.name, fields, sep)
  return { text: head + body.text + (flow ? '}' : ''), notes: shift(body.notes, head.length) }
}
