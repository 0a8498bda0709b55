/**
 * Read-only navigation of `yaml` document nodes. The audit never converts documents to plain
 * objects: nodes keep their source ranges, which give exact lines, and unresolved aliases
 * cannot blow up (`toJS` would expand them).
 */
import { isMap, isPair, isScalar, isSeq, type LineCounter, type Pair, type YAMLMap } from 'yaml'
import { scalarText } from '../manifests/yaml-splice.js'

/** The pair of `key` in a block or flow mapping, when `node` is a mapping that has it. */
export function pairOf(node: unknown, key: string): Pair | undefined {
  if (!isMap(node)) return undefined
  return node.items.find(p => isScalar(p.key) && p.key.value === key)
}

/** The value node under `keys`, one mapping level per key. */
export function childAt(node: unknown, ...keys: string[]): unknown {
  let at = node
  for (const key of keys) {
    at = pairOf(at, key)?.value
    if (at === undefined || at === null) return undefined
  }
  return at
}

/** The node as a mapping, or `undefined`. */
export function asMap(node: unknown): YAMLMap | undefined {
  return isMap(node) ? node : undefined
}

/** The items of a sequence node; `[]` for anything else. */
export function itemsOf(node: unknown): unknown[] {
  return isSeq(node) ? node.items : []
}

/**
 * The text of a scalar as written: plain scalars keep their source (so tag `1.20` stays
 * `1.20`, not the number 1.2), quoted ones are decoded. `undefined` for null and non-scalars.
 */
export function textOf(node: unknown): string | undefined {
  return isScalar(node) ? scalarText(node) : undefined
}

/** The string under `keys`, see {@link textOf}. */
export function textAt(node: unknown, ...keys: string[]): string | undefined {
  return textOf(childAt(node, ...keys))
}

/** Turns node offsets into 1-based lines of one file. */
export class LineMap {
  /** `linesBefore`: lines of the file before the text the counter counted. */
  constructor(
    private readonly counter: LineCounter,
    private readonly linesBefore = 0
  ) {}

  /** Line of a node's first character; for a pair, of its key. `fallback` when unknown. */
  of(node: unknown, fallback = 1): number {
    const target = isPair(node) ? node.key : node
    const range = (target as { range?: [number, number, number] | null } | null)?.range
    if (!range) return fallback
    return this.at(range[0])
  }

  /** Line of an offset. */
  at(offset: number): number {
    return this.linesBefore + Math.max(1, this.counter.linePos(offset).line)
  }
}
