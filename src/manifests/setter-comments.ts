/**
 * Where Flux's image-automation-controller finds a setter marker for a scalar: kyaml's
 * `fieldmeta.FieldMeta.Read` (kustomize kyaml/v0.21.1, kyaml/fieldmeta/fieldmeta.go) reads the
 * node's line comment, or when it has none its head comment, as go-yaml v3 attaches them:
 * - a comment after the scalar on its line (in a flow sequence, after the item's comma too);
 *   a one-line flow sequence's comment belongs to the sequence, so no item gets it;
 * - one comment line right above a scalar that starts its own line: an item of a block
 *   sequence (after its `-`) or of a flow sequence, or a mapping value below its key
 *   (parserc.go `yaml_parser_parse_block_mapping_value` gives the value the pending head).
 */
import { isPair, isSeq, type Scalar } from 'yaml'

// go-yaml's LineComment of a scalar: a comment after it on its own line.
const LINE_COMMENT = /[ \t]+#([^\r\n]*)/y
// The same after an item of a flow sequence and its comma (go-yaml node_test.go `la, # IA`).
const FLOW_LINE_COMMENT = /(?:[ \t]*,)?[ \t]+#([^\r\n]*)/y
// What may stand between the start of a block sequence item's line and the item: one `-`.
const ITEM_PREFIX = /^[ \t]*-[ \t]+$/
// Nothing: a flow sequence item or a mapping value that starts its own line.
const OWN_LINE = /^[ \t]*$/
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
 * (or, for a mapping value, the pair) holding it. The line comment wins, even when it is not a
 * setter (kyaml reads only the first non-empty comment). Without one, a scalar that starts its
 * own line (a block sequence item after its `-`) takes the comment line right above it, when
 * that is the only comment line there: go-yaml makes contiguous comment lines one head comment,
 * and kyaml cannot decode several lines as JSON.
 */
export function markerSetter(text: string, node: Scalar, parent: unknown): string | undefined {
  const [start, end] = node.range ?? [0, 0]
  const flow = isSeq(parent) && parent.flow === true
  const trailing = flow ? FLOW_LINE_COMMENT : LINE_COMMENT
  trailing.lastIndex = end
  const line = trailing.exec(text)?.[1]
  if (line !== undefined) return setterOf(line)
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const prefix = text.slice(lineStart, start)
  const blockItem = isSeq(parent) && !flow && ITEM_PREFIX.test(prefix)
  const ownLine = (flow || (isPair(parent) && parent.value === node)) && OWN_LINE.test(prefix)
  if (!blockItem && !ownLine) return undefined
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
