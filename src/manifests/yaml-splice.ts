/**
 * Byte-preserving YAML edits: the `yaml` package only parses and reports node ranges; edits are
 * splices of new scalar text into the original string, so comments, quoting, key order, line
 * endings and indentation outside the spliced ranges survive untouched.
 */
import { parse, parseAllDocuments, visit, type Document, type Scalar } from 'yaml'
import { PromoteError } from '../errors.js'

/** A YAML file that does not parse. The message is one line and names file, line and column. */
export class ManifestParseError extends PromoteError {
  /** The file, as given by the caller. */
  readonly file: string
  /** 1-based line of the first error. */
  readonly line: number

  constructor(file: string, line: number, column: number, problem: string, what = 'invalid YAML') {
    super(`${file}:${line}:${column}: ${what}: ${problem}`)
    this.file = file
    this.line = line
  }
}

/** Replace `source[start, end)` with `text`. Splices of one edit must not overlap. */
export interface Splice {
  /** Offset (UTF-16 code units, as `yaml` reports ranges) where the replaced text starts. */
  start: number
  /** Offset just past the replaced text; equal to `start` for an insertion. */
  end: number
  /** The replacement text. */
  text: string
}

/**
 * Bound on alias resolutions while reading a document, as the `yaml` package counts them
 * (`maxAliasCount`, also its default): enough for anchors used as intended, far below what a
 * "billion laughs" file needs. Flux and kustomize would expand such a file when they read it.
 */
export const MAX_ALIAS_COUNT = 100

/** Bound on the text of one YAML file we parse: repository content is untrusted. */
export const MAX_MANIFEST_BYTES = 10 * 1024 * 1024

/**
 * Parses every document of a YAML stream (a part of a file when `linesBefore`, the file's lines
 * before it, is given), throwing {@link ManifestParseError} on the first error,
 * on a file over {@link MAX_MANIFEST_BYTES}, and on aliases that expand past
 * {@link MAX_ALIAS_COUNT} (an alias bomb), so no caller writes such a file back.
 */
export function parseManifest(text: string, file: string, linesBefore = 0): Document.Parsed[] {
  const size = Buffer.byteLength(text, 'utf8')
  if (size > MAX_MANIFEST_BYTES) {
    throw new ManifestParseError(
      file,
      1,
      1,
      `${size} bytes is over the ${MAX_MANIFEST_BYTES}-byte limit`,
      'refused YAML'
    )
  }
  const docs = parseAllDocuments(text, { prettyErrors: false })
  for (const doc of docs) {
    const error = doc.errors[0]
    if (error !== undefined) {
      const at = error.pos[0]
      throw new ManifestParseError(
        file,
        linesBefore + lineOf(text, at),
        at - text.lastIndexOf('\n', at - 1),
        error.message.split('\n')[0] ?? error.code
      )
    }
    const bomb = aliasProblem(doc, text)
    if (bomb !== undefined) {
      const at = bomb.offset
      throw new ManifestParseError(
        file,
        linesBefore + lineOf(text, at),
        at - text.lastIndexOf('\n', at - 1),
        bomb.problem,
        'refused YAML'
      )
    }
  }
  return [...docs]
}

/**
 * Why a parsed document's aliases cannot be read safely, with the offset of its first alias;
 * `undefined` for a document without aliases or with aliases within {@link MAX_ALIAS_COUNT}.
 * `source`, the text the document was parsed from, lets a text without aliases skip the walk.
 * The `yaml` package does the counting: it stops before expanding what it refuses.
 */
export function aliasProblem(
  doc: Document.Parsed,
  source?: string
): { offset: number; problem: string } | undefined {
  // Every alias is written `*name`: text without a `*` has none, and needs no walk.
  if (source !== undefined && !source.includes('*')) return undefined
  let offset: number | undefined
  visit(doc, {
    Alias: (_key, node) => {
      offset = node.range?.[0] ?? 0
      return visit.BREAK
    }
  })
  if (offset === undefined) return undefined
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
    return undefined
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    return {
      offset,
      problem: /alias/i.test(message)
        ? `its aliases expand past the limit of ${MAX_ALIAS_COUNT} (an alias bomb)`
        : (message.split('\n')[0] ?? message)
    }
  }
}

/**
 * Applies non-overlapping splices and returns where each one's text starts in the result, so
 * callers can report lines in the edited content.
 */
export function applySplices(
  source: string,
  splices: readonly Splice[]
): { content: string; starts: number[] } {
  // An insertion sorts before a replacement at the same offset so both land where intended.
  const order = splices
    .map((splice, index) => ({ splice, index }))
    .sort((a, b) => a.splice.start - b.splice.start || a.splice.end - b.splice.end)
  const starts: number[] = new Array<number>(splices.length).fill(0)
  let content = ''
  let from = 0
  for (const { splice, index } of order) {
    if (splice.start < from) throw new Error(`overlapping YAML splices at offset ${splice.start}`)
    content += source.slice(from, splice.start)
    starts[index] = content.length
    content += splice.text
    from = splice.end
  }
  return { content: content + source.slice(from), starts }
}

/** 1-based line number of `offset`. */
export function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** 0-based column of `offset`; a byte-order mark does not count as indentation. */
export function columnOf(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  return offset - lineStart - (lineStart === 0 && text.startsWith('\uFEFF') ? 1 : 0)
}

/** The line break the file already uses (its first one), so inserted lines match it. */
export function eolOf(text: string): string {
  const lf = text.indexOf('\n')
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n'
}

/**
 * Offset of the end of the line holding the last character before `offset` (before its `\r\n`
 * or `\n`), i.e. past any trailing comment. A block scalar's range ends after its line break,
 * hence stepping back over breaks first.
 */
export function lineEndAfter(text: string, offset: number): number {
  let at = offset
  while (at > 0 && (text[at - 1] === '\n' || text[at - 1] === '\r')) at--
  const lf = text.indexOf('\n', at)
  if (lf < 0) return text.length
  return text[lf - 1] === '\r' ? lf - 1 : lf
}

/** The string a scalar holds as written: plain scalars by their text, quoted ones decoded. */
export function scalarText(node: Scalar): string | undefined {
  const { value } = node
  if (value === null || value === undefined) return undefined
  if (node.type === 'PLAIN' && node.source !== undefined) return node.source
  return typeof value === 'string' ? value : node.source
}

const PLAIN_SAFE = /^[A-Za-z0-9_./][A-Za-z0-9_./@:+-]*$/

/**
 * Writes `value` in the quoting style of the scalar it replaces. A plain scalar stays plain only
 * when both YAML 1.2 (kustomize's go-yaml v3) and YAML 1.1 readers would still see a string,
 * otherwise it is double-quoted, as kustomize does for a tag like `"1234"`.
 */
export function formatScalarLike(value: string, style: Scalar.Type | undefined): string {
  const printable = !/\p{Cc}/u.test(value)
  if (style === 'QUOTE_SINGLE' && printable) return `'${value.replaceAll("'", "''")}'`
  if (style !== 'QUOTE_DOUBLE' && isPlainSafe(value)) return value
  return JSON.stringify(value)
}

/** Values already judged: a scan writes the same value into many files. */
const plainSafe = new Map<string, boolean>()
/** Values {@link plainSafe} holds at most; past that it starts over. */
const PLAIN_SAFE_CACHE = 1_000

function isPlainSafe(value: string): boolean {
  const known = plainSafe.get(value)
  if (known !== undefined) return known
  if (plainSafe.size >= PLAIN_SAFE_CACHE) plainSafe.clear()
  const safe = readsAsItself(value)
  plainSafe.set(value, safe)
  return safe
}

function readsAsItself(value: string): boolean {
  if (!PLAIN_SAFE.test(value) || value.endsWith(':')) return false
  try {
    return (['core', 'yaml-1.1'] as const).every(schema => parse(value, { schema }) === value)
  } catch {
    return false
  }
}
