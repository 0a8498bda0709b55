/**
 * Setter markers in a YAML document read without a YAML parser, for the documents that need
 * none: block mappings and block sequences whose keys are plain words and whose values are
 * one-line plain or simply quoted scalars (a Deployment, a kustomization, a HelmRelease as people
 * write them). Every line is classified and the block structure checked, so a document this
 * accepts is valid YAML whose marked scalars, as {@link markerSetter} would find them after a full
 * parse, are exactly the ones returned here. Anything else (flow collections, block or multi-line
 * scalars, anchors, tags, escapes, tabs, duplicate keys, odd indentation) is left to the parser:
 * the answer is then `undefined`.
 *
 * @module
 */
import type { Scalar } from 'yaml'
import { setterOf } from './setter-comments.js'

/** A scalar carrying a setter marker, by offsets into its document's text. */
export interface MarkerSite {
  start: number
  end: number
  type: Scalar.Type
  /** The scalar's value as {@link scalarText} reads it (`''` for a null). */
  old: string
  /** The setter the marker names, e.g. `flux-system:app:tag`. */
  setter: string
}

/** Longer documents go to the parser, which also enforces the size limit. */
const MAX_SUBSET_BYTES = 1024 * 1024

// A plain key the core schema reads as the same string for every spelling: no number, bool or
// null, and short enough for an implicit key.
const KEY = '[A-Za-z_][A-Za-z0-9_./-]{0,200}'
// A one-line scalar: plain without spaces, indicators or a trailing `:`, or quoted without
// escapes; or a one-line flow collection (checked by readsAsFlow).
const PLAIN = '[A-Za-z0-9_./$][A-Za-z0-9_./$@:+=~^%-]*'
const QUOTED = `"[^"\\x00-\\x1f]*"|'[^'\\x00-\\x1f]*'`
const VALUE = `${PLAIN}|${QUOTED}|[[{][^#]*[\\]}]`
// What may follow a scalar or a key's colon: spaces, or a comment after at least one space.
const REST = '(?: +#(.*)| *)$'
const MAPPING_LINE = new RegExp(`^( *)(${KEY}):(?: +(${VALUE}))?${REST}`)
const ITEM_LINE = new RegExp(`^( *)-( +)(?:(${KEY}):(?: +(${VALUE}))?|(${VALUE}))${REST}`)
const COMMENT_LINE = /^ *#(.*)$/
const BLANK_LINE = /^ *$/
const DOCUMENT_START = /^---(?: +#.*| *)$/
const NOT_A_STRING_KEY = /^(?:true|false|null|yes|no|on|off|y|n)$/i
const NULL_VALUE = /^(?:null|Null|NULL)$/

/** An open block collection: where its entries start, and a mapping's keys so far. */
interface Collection {
  indent: number
  kind: 'map' | 'seq'
  keys?: Set<string>
  /** A sequence at the same indentation as the key it belongs to (`key:\n- a`). */
  compact?: boolean
}

/** One classified content line. */
interface Entry {
  indent: number
  kind: 'map' | 'seq'
  /** A mapping key on this line (for an item, the key of the mapping the item opens). */
  key?: string
  keyColumn?: number
  /** The scalar value on the line, its column and its trailing comment (after `#`). */
  value?: string
  valueColumn?: number
  comment?: string
}

/**
 * The marked scalars of `text`, in document order, or `undefined` when `text` is not in the
 * subset (then it must be parsed).
 */
export function subsetMarkerSites(text: string): MarkerSite[] | undefined {
  if (text.length > MAX_SUBSET_BYTES || /[\t\r\\\uFEFF]/.test(text)) return undefined
  const lines = text.split('\n')
  const sites: MarkerSite[] = []
  const stack: Collection[] = []
  // A key without a value, waiting to see whether a nested collection follows. Any other line
  // followed by a more indented one (a scalar's continuation, say) is not in the subset.
  let open: { indent: number } | undefined
  let lineStart = 0
  for (const [i, line] of lines.entries()) {
    const start = lineStart
    lineStart += line.length + 1
    if (BLANK_LINE.test(line) || COMMENT_LINE.test(line)) continue
    if (i === 0 && DOCUMENT_START.test(line)) continue
    const entry = classify(line)
    if (!entry) return undefined
    if (!place(stack, entry, open)) return undefined
    open = undefined
    const top = stack[stack.length - 1]
    if (entry.key !== undefined) {
      if (entry.kind === 'seq') {
        // `- key: ...` opens a mapping at the key's column.
        stack.push({ indent: entry.keyColumn!, kind: 'map', keys: new Set([entry.key]) })
      } else {
        if (top.keys!.has(entry.key)) return undefined
        top.keys!.add(entry.key)
      }
      if (entry.value === undefined) open = { indent: entry.keyColumn! }
    }
    if (entry.value === undefined) continue
    // A flow collection holds no marker: the line has no comment, and no item starts a line.
    if (isFlow(entry.value)) {
      if (entry.comment !== undefined) return undefined
      continue
    }
    const setter = siteSetter(entry, lines, i)
    if (setter === undefined) continue
    const at = start + entry.valueColumn!
    sites.push({ start: at, end: at + entry.value.length, ...scalarOf(entry.value), setter })
  }
  return sites
}

function classify(line: string): Entry | undefined {
  const mapping = MAPPING_LINE.exec(line)
  if (mapping) {
    const [, indent, key, value, comment] = mapping
    if (NOT_A_STRING_KEY.test(key) || (value !== undefined && !plainOk(value))) return undefined
    return {
      indent: indent.length,
      kind: 'map',
      key,
      keyColumn: indent.length,
      ...(value !== undefined
        ? { value, valueColumn: line.indexOf(value, indent.length + key.length + 1) }
        : {}),
      ...(comment !== undefined ? { comment } : {})
    }
  }
  const item = ITEM_LINE.exec(line)
  if (!item) return undefined
  const [, indent, gap, key, keyValue, value, comment] = item
  const column = indent.length + 1 + gap.length
  if (key !== undefined && NOT_A_STRING_KEY.test(key)) return undefined
  const scalar = key !== undefined ? keyValue : value
  if (scalar !== undefined && !plainOk(scalar)) return undefined
  return {
    indent: indent.length,
    kind: 'seq',
    ...(key !== undefined ? { key, keyColumn: column } : {}),
    ...(scalar !== undefined
      ? {
          value: scalar,
          valueColumn: key !== undefined ? line.indexOf(scalar, column + key.length + 1) : column
        }
      : {}),
    ...(comment !== undefined ? { comment } : {})
  }
}

/** A plain scalar may not end in `:` (it would be a key); quoted ones are whole. */
function plainOk(value: string): boolean {
  if (isFlow(value)) return readsAsFlow(value)
  return value.startsWith('"') || value.startsWith("'") || !value.endsWith(':')
}

function isFlow(value: string): boolean {
  return value.startsWith('[') || value.startsWith('{')
}

const FLOW_SCALAR = new RegExp(`(?:[A-Za-z0-9_./$][A-Za-z0-9_./$@+=~^%-]*|${QUOTED})`, 'y')
const FLOW_KEY = new RegExp(`${KEY}(?=:)`, 'y')

/**
 * Whether `text` is one flow collection of flow collections, plain scalars without `:` and
 * quoted scalars without escapes, with plain keys that are all different within each mapping:
 * what `ports: [{ containerPort: 8080 }]` needs, and no more.
 */
function readsAsFlow(text: string): boolean {
  let at = 0
  const spaces = (): void => {
    while (text[at] === ' ') at++
  }
  const value = (depth: number): boolean => {
    if (text[at] === '[' || text[at] === '{') return depth < 8 && collection(depth + 1)
    FLOW_SCALAR.lastIndex = at
    if (!FLOW_SCALAR.test(text)) return false
    at = FLOW_SCALAR.lastIndex
    return true
  }
  const collection = (depth: number): boolean => {
    const map = text[at] === '{'
    const close = map ? '}' : ']'
    const keys = new Set<string>()
    at++
    for (;;) {
      spaces()
      if (text[at] === close) break
      if (map) {
        FLOW_KEY.lastIndex = at
        const key = FLOW_KEY.exec(text)?.[0]
        if (key === undefined || NOT_A_STRING_KEY.test(key) || keys.has(key)) return false
        keys.add(key)
        at = FLOW_KEY.lastIndex + 1
        if (text[at] !== ' ') return false
        spaces()
      }
      if (!value(depth)) return false
      spaces()
      if (text[at] === ',') at++
      else if (text[at] !== close) return false
    }
    at++
    return true
  }
  return value(0) && at === text.length && isFlow(text)
}

/**
 * Finds the collection `entry` belongs to, opening or closing collections by indentation;
 * false when the structure is not a plain block tree. `open` is a key without a value on the
 * line before: a more indented line (or, for a sequence, one at the key's own indentation)
 * starts its value.
 */
function place(stack: Collection[], entry: Entry, open: { indent: number } | undefined): boolean {
  if (stack.length === 0) {
    stack.push(newCollection(entry))
    return true
  }
  if (open && entry.indent > open.indent) {
    stack.push(newCollection(entry))
    return true
  }
  if (open && entry.indent === open.indent && entry.kind === 'seq') {
    // A key's sequence may sit at the key's own indentation.
    stack.push({ ...newCollection(entry), compact: true })
    return true
  }
  while (stack.length > 0 && stack[stack.length - 1].indent > entry.indent) stack.pop()
  let top = stack[stack.length - 1]
  if (top?.compact && top.indent === entry.indent && entry.kind === 'map') {
    stack.pop()
    top = stack[stack.length - 1]
  }
  return top !== undefined && top.indent === entry.indent && top.kind === entry.kind
}

function newCollection(entry: Entry): Collection {
  return entry.kind === 'map'
    ? { indent: entry.indent, kind: 'map', keys: new Set() }
    : { indent: entry.indent, kind: 'seq' }
}

/**
 * The setter marking the line's scalar, as {@link markerSetter} reads it: its line comment
 * (which wins even when it is no setter), or for a sequence item's own scalar the one comment
 * line right above it.
 */
function siteSetter(entry: Entry, lines: string[], i: number): string | undefined {
  if (entry.comment !== undefined) return setterOf(entry.comment)
  if (entry.kind !== 'seq' || entry.key !== undefined || i === 0) return undefined
  const head = COMMENT_LINE.exec(lines[i - 1])?.[1]
  if (head === undefined || (i >= 2 && COMMENT_LINE.test(lines[i - 2]))) return undefined
  return setterOf(head)
}

/** The scalar's style and value, as the parser would give them. */
function scalarOf(value: string): { type: Scalar.Type; old: string } {
  if (value.startsWith('"')) return { type: 'QUOTE_DOUBLE', old: value.slice(1, -1) }
  if (value.startsWith("'")) return { type: 'QUOTE_SINGLE', old: value.slice(1, -1) }
  return { type: 'PLAIN', old: NULL_VALUE.test(value) ? '' : value }
}
