/**
 * Where Flux's image-automation-controller finds a setter marker for a scalar: kyaml's
 * `fieldmeta.FieldMeta.Read` (kustomize kyaml/v0.21.1, kyaml/fieldmeta/fieldmeta.go) reads the
 * node's line comment, or when it has none its head comment, as go-yaml v3 attaches them.
 */
import { isSeq, type Scalar } from 'yaml'

// go-yaml's LineComment of a scalar: a comment after it on its own line.
const LINE_COMMENT = /[ \t]+#([^\r\n]*)/y
// What may stand between the start of a block sequence item's line and the item: one `-`.
const ITEM_PREFIX = /^[ \t]*-[ \t]+$/
const COMMENT_LINE = /^[ \t]*#(.*)$/

/**
 * The setter in a comment, read as kyaml's `processShortHand` does: strip the leading `#`s,
 * decode a JSON object of strings (Go's `map[string]string`; null leaves a key empty), take
 * `$imagepolicy`. Anything else is an ordinary comment.
 */
export function setterOf(comment: string | undefined): string | undefined {
  const setter = comment === undefined ? undefined : commentFields(comment)?.['$imagepolicy']
  return typeof setter === 'string' && setter !== '' ? setter : undefined
}

/**
 * A comment's fields when it is a JSON object of strings (null leaves a key empty), as kyaml
 * decodes setter comments after stripping the leading `#`s; undefined for any other comment.
 */
export function commentFields(comment: string): Record<string, string | null> | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(comment.replace(/^#*/, ''))
  } catch {
    return undefined
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined
  const fields = parsed as Record<string, unknown>
  if (!Object.values(fields).every(v => typeof v === 'string' || v === null)) return undefined
  return fields as Record<string, string | null>
}

/**
 * The setter marking `node`, whose range is an offset into `text`; `parent` is the collection
 * holding it. The line comment wins, even when it is not a setter (kyaml reads only the first
 * non-empty comment). Without one, an item of a block sequence takes the comment line right
 * above its `-`, when that is the only comment line there: go-yaml makes contiguous comment
 * lines one head comment, and kyaml cannot decode several lines as JSON.
 */
export function markerSetter(text: string, node: Scalar, parent: unknown): string | undefined {
  const [start, end] = node.range ?? [0, 0]
  LINE_COMMENT.lastIndex = end
  const line = LINE_COMMENT.exec(text)?.[1]
  if (line !== undefined) return setterOf(line)
  if (!isSeq(parent) || parent.flow === true) return undefined
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  if (!ITEM_PREFIX.test(text.slice(lineStart, start))) return undefined
  const above = lineBefore(text, lineStart)
  const head = above === undefined ? undefined : COMMENT_LINE.exec(above.line)?.[1]
  if (head === undefined || above === undefined) return undefined
  const further = lineBefore(text, above.start)
  if (further !== undefined && COMMENT_LINE.test(further.line)) return undefined
  return setterOf(head)
}

/** The line ending just before `lineStart` (without its line break), and where it starts. */
function lineBefore(text: string, lineStart: number): { line: string; start: number } | undefined {
  if (lineStart === 0) return undefined
  const start = text.lastIndexOf('\n', lineStart - 2) + 1
  const line = text.slice(start, lineStart - 1).replace(/\r$/, '')
  return { line: start === 0 ? line.replace(/^\uFEFF/, '') : line, start }
}
