import path from 'node:path'
import { InputError } from './errors.js'
import { echo } from './util/text.js'

/**
 * Raw input, from the action's `INPUT_*` variables or the CLI's flags. An empty
 * value is `undefined`, so `promotion.yaml` or the core default applies.
 */
export interface InputSource {
  /** The trimmed value of an input, or `undefined` when it is unset or empty. */
  get(name: string): string | undefined
}

/** Reads the input of `name` and refuses to go on without it. */
export function getRequired(src: InputSource, name: string, hint?: string): string {
  const value = src.get(name)
  if (value === undefined) throw new InputError(name, 'required but not set', hint)
  return value
}

const TRUE = new Set(['true', 'True', 'TRUE'])
const FALSE = new Set(['false', 'False', 'FALSE'])

/**
 * Reads a boolean with the YAML 1.2 core schema, like `core.getBooleanInput`,
 * but with a default for an unset input and a message that names the input.
 */
export function getBoolean(src: InputSource, name: string, fallback: boolean): boolean {
  const value = src.get(name)
  if (value === undefined) return fallback
  if (TRUE.has(value)) return true
  if (FALSE.has(value)) return false
  throw new InputError(name, `expected true or false, got ${echo(value)}`)
}

/** Reads one of a fixed set of values. */
export function getEnum<T extends string>(
  src: InputSource,
  name: string,
  allowed: readonly T[],
  fallback: T
): T {
  const value = src.get(name)
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(name, `expected one of ${allowed.join(', ')}, got ${echo(value)}`)
}

/** Reads a whole number within bounds. */
export function getInteger(
  src: InputSource,
  name: string,
  bounds: { min: number; max: number },
  fallback: number
): number {
  const value = src.get(name)
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value))
    throw new InputError(name, `expected a whole number, got ${echo(value)}`)
  const n = Number(value)
  if (n < bounds.min || n > bounds.max) {
    throw new InputError(name, `expected a number from ${bounds.min} to ${bounds.max}, got ${n}`)
  }
  return n
}

/**
 * Splits a list input on newlines and commas, honouring double quotes so a value
 * may hold a comma, like docker/actions-toolkit's `getInputList`. Empty items and
 * `#` comment lines are dropped.
 */
export function parseList(value: string | undefined): string[] {
  if (value === undefined) return []
  const items: string[] = []
  for (const line of value.split(/\r?\n/)) {
    if (line.trim().startsWith('#')) continue
    let current = ''
    let quoted = false
    for (const ch of line) {
      if (ch === '"') quoted = !quoted
      else if (ch === ',' && !quoted) {
        items.push(current)
        current = ''
      } else current += ch
    }
    items.push(current)
  }
  return items.map(s => s.trim()).filter(s => s.length > 0)
}

/** Reads a list input; see {@link parseList}. */
export function getList(src: InputSource, name: string): string[] {
  return parseList(src.get(name))
}

/**
 * Resolves a path input against the workspace and refuses anything that would
 * leave it (`../`, absolute paths elsewhere), since inputs are untrusted.
 */
export function getWorkspacePath(
  src: InputSource,
  name: string,
  workspace: string,
  fallback?: string
): string | undefined {
  const value = src.get(name) ?? fallback
  if (value === undefined) return undefined
  return resolveInside(workspace, value, name)
}

/** Resolves `p` against `root` and throws an {@link InputError} if it escapes `root`. */
export function resolveInside(root: string, p: string, input: string): string {
  const base = path.resolve(root)
  const resolved = path.resolve(base, p)
  const rel = path.relative(base, resolved)
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new InputError(
      input,
      `path ${echo(p)} is outside ${base}`,
      'use a path inside the repository'
    )
  }
  return resolved
}
