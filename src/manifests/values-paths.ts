/**
 * Helm values edited by key path, as byte-preserving splices (see `yaml-splice.ts`): the scalar
 * at a path gets new text at its source range, so comments, quoting, key order and line endings
 * elsewhere stay as they were.
 *
 * Key paths name a value the way argocd-image-updater's `helm.image-name` / `helm.image-tag`
 * settings do: keys joined by `.` (`image.tag`), list items by a bracketed index
 * (`images[0].tag`), and a key that itself holds a dot with the dot escaped
 * (`podAnnotations.example\.com/revision`); `\\` is a backslash and `\[` a bracket.
 */
import { isMap, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml'
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
import { parameterIndex, scopedRoot, type ValuesScope } from './values-scope.js'

export type { ValuesScope }

import { ValuesPathError, parseKeyPath, type PathSegment } from './key-path.js'

export { ValuesPathError, parseKeyPath, type PathSegment }

/** One value to write. */
export interface ValueEdit {
  /** Key path as written, e.g. `image.tag`. */
  path: string
  value: string
}

/** One value written (or created). */
export interface ValueChange {
  file: string
  /** 1-based line in the edited content. */
  line: number
  path: string
  /** Previous value; absent when the key was created or held null. */
  old?: string
  new: string
}

/** The edited text and what changed in it. */
export interface SetValuesResult {
  content: string
  changes: ValueChange[]
}

/** Where a walk along a path stopped. */
interface Found {
  /** The pair whose value the full path names, when every segment exists. */
  pair?: Pair
  /** The list item the full path names, when the last segment is an index. */
  item?: Node | null
  /** The deepest mapping reached and how many segments led to it, when a key is missing. */
  missingIn?: { map: YAMLMap | null; depth: number }
  /** A segment that cannot be followed (not a mapping or list, index out of range). */
  blocked?: string
}

function walk(root: unknown, segments: PathSegment[]): Found {
  let node: unknown = root
  for (const [i, seg] of segments.entries()) {
    const last = i === segments.length - 1
    if (typeof seg === 'number') {
      if (!isSeq(node)) return { blocked: `${shown(segments, i)} is not a list` }
      if (seg >= node.items.length)
        return { blocked: `${shown(segments, i + 1)}: the list has ${node.items.length} items` }
      const item = node.items[seg] as Node | null
      if (last) return { item }
      node = item
      continue
    }
    if (node === null || (isScalar(node) && node.value === null && i === 0))
      return { missingIn: { map: null, depth: i } }
    if (!isMap(node)) return { blocked: `${shown(segments, i)} is not a mapping` }
    const pair = node.items.find(p => isScalar(p.key) && String(p.key.value) === seg)
    if (pair === undefined) return { missingIn: { map: node, depth: i } }
    if (last) return { pair }
    node = pair.value
  }
  return {}
}

/** The first `n` segments written back as a path, for messages. */
function shown(segments: PathSegment[], n: number): string {
  if (n === 0) return 'the document'
  return segments
    .slice(0, n)
    .map((s, i) =>
      typeof s === 'number' ? `[${s}]` : (i > 0 ? '.' : '') + s.replace(/[\\.[]/g, c => `\\${c}`)
    )
    .join('')
}

function rootOf(source: string, file: string, scope?: ValuesScope): unknown {
  const docs = parseManifest(source, file)
  if (scope) return scopedRoot(docs, file, scope)
  if (docs.length > 1) throw new ValuesPathError(`${file}: a values file must be one YAML document`)
  return docs[0]?.contents ?? null
}

/** The segments from the document root to the value a key path names within a scope. */
function segmentsOf(root: unknown, file: string, path: string, scope?: ValuesScope): PathSegment[] {
  if (!scope) return parseKeyPath(path)
  if (scope.parameters) return [...scope.base, parameterIndex(root, file, scope, path), 'value']
  return [...scope.base, ...parseKeyPath(path)]
}

/** The one-line scalar a path names, or why there is none. */
function scalarAt(found: Found, file: string, path: string): Scalar | null | undefined {
  if (found.blocked) throw new ValuesPathError(`${file}: key path ${echo(path)}: ${found.blocked}`)
  if (found.missingIn) return undefined
  const value = found.pair ? found.pair.value : found.item
  if (value === null || value === undefined) return null
  if (!isScalar(value) || value.type?.startsWith('BLOCK'))
    throw new ValuesPathError(
      `${file}: key path ${echo(path)} holds a block or collection, not a one-line value`
    )
  return value
}

/**
 * Reads the values at `paths`: a string per path, `undefined` where the path is missing or
 * holds null. Throws {@link ValuesPathError} for a path that runs into a non-collection.
 */
export function getValues(
  source: string,
  file: string,
  paths: string[],
  scope?: ValuesScope
): (string | undefined)[] {
  const root = rootOf(source, file, scope)
  return paths.map(p => {
    const node = scalarAt(walk(root, segmentsOf(root, file, p, scope)), file, p)
    return node ? scalarText(node) : undefined
  })
}

/**
 * Writes each edit's value at its path. A missing path is an error naming the file and the path,
 * unless `createMissing` is set: then the missing mapping keys are added under the deepest one
 * that exists (list items are never created).
 */
export function setValues(
  source: string,
  edits: readonly ValueEdit[],
  opts: { file: string; createMissing?: boolean; scope?: ValuesScope }
): SetValuesResult {
  const { file } = opts
  const root = rootOf(source, file, opts.scope)
  const splices: Splice[] = []
  const notes: Array<{ change: Omit<ValueChange, 'file' | 'line'>; splice: number; at: number }> =
    []
  const seen = new Set<string>()
  for (const edit of edits) {
    const segments = segmentsOf(root, file, edit.path, opts.scope)
    const key = JSON.stringify(segments)
    if (seen.has(key)) throw new ValuesPathError(`key path ${echo(edit.path)} is given twice`)
    seen.add(key)
    const found = walk(root, segments)
    const node = scalarAt(found, file, edit.path)
    if (node === undefined) {
      if (!opts.createMissing)
        throw new ValuesPathError(
          `${file}: key path ${echo(edit.path)} not found (${shown(segments, (found.missingIn?.depth ?? 0) + 1)} is missing)`
        )
      const made = createText(source, file, found, segments, edit)
      splices.push(made.splice)
      notes.push({
        change: { path: edit.path, new: edit.value },
        splice: splices.length - 1,
        at: made.at
      })
      continue
    }
    const old = node ? scalarText(node) : undefined
    if (old === edit.value) continue
    const change = { path: edit.path, ...(old === undefined ? {} : { old }), new: edit.value }
    const s = valueSplice(source, found, node, edit.value)
    splices.push(s.splice)
    notes.push({ change, splice: splices.length - 1, at: s.at })
  }
  const { content, starts } = applySplices(source, splices)
  const changes = notes.map(({ change, splice, at }) => ({
    file,
    line: lineOf(content, (starts[splice] ?? 0) + at),
    ...change
  }))
  return { content, changes }
}

function valueSplice(
  source: string,
  found: Found,
  node: Scalar | null,
  value: string
): { splice: Splice; at: number } {
  const [start, end] = node?.range ?? nullRange(found)
  if (start !== end)
    return { splice: { start, end, text: formatScalarLike(value, node?.type) }, at: 0 }
  // An empty value sits right after the colon or right before a comment: keep both apart.
  const before = /\s/.test(source[start - 1] ?? ' ') ? '' : ' '
  const after = /\S/.test(source[start] ?? '\n') ? ' ' : ''
  const text = before + formatScalarLike(value, 'PLAIN') + after
  return { splice: { start, end, text }, at: before.length }
}

function nullRange(found: Found): [number, number] {
  const key = found.pair?.key as { range?: number[] } | undefined
  const end = key?.range?.[1] ?? 0
  return [end + 1, end + 1]
}

function createText(
  source: string,
  file: string,
  found: Found,
  segments: PathSegment[],
  edit: ValueEdit
): { splice: Splice; at: number } {
  const { map, depth } = found.missingIn ?? { map: null, depth: 0 }
  const rest = segments.slice(depth)
  const cannot = (why: string): never => {
    throw new ValuesPathError(`${file}: key path ${echo(edit.path)} cannot be created: ${why}`)
  }
  if (rest.some(s => typeof s === 'number')) cannot('list items are never created')
  if (map?.flow) cannot(`${shown(segments, depth)} is a flow mapping`)
  if (map === null && depth > 0) cannot(`${shown(segments, depth)} is empty`)
  const eol = eolOf(source)
  const first = map?.items[0]
  const indent = first ? columnOf(source, (first.key as { range: number[] }).range[0] ?? 0) : 0
  const last = map?.items[map.items.length - 1]
  const lastEnd = last ? ((last.value ?? last.key) as { range: number[] }).range[1] : undefined
  const at = lastEnd === undefined ? source.length : lineEndAfter(source, lastEnd)
  let text = at === source.length && source !== '' && !source.endsWith('\n') ? eol : ''
  if (lastEnd !== undefined) text += eol
  rest.forEach((seg, i) => {
    if (i > 0) text += eol
    text += `${' '.repeat(indent + 2 * i)}${formatScalarLike(String(seg), 'PLAIN')}:`
  })
  text += ' '
  const offset = text.length
  text += formatScalarLike(edit.value, 'PLAIN')
  if (lastEnd === undefined) text += eol
  return { splice: { start: at, end: at, text }, at: offset }
}
