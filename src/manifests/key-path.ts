/**
 * Key paths as values targets name them (`image.tag`, `images[0].digest`, `a\\.b`), apart from
 * the YAML code that follows them, so that parsing inputs loads nothing else.
 *
 * @module
 */

import { PromoteError } from '../errors.js'
import { echo } from '../util/text.js'

/** One step of a key path: a mapping key or a list index. */
export type PathSegment = string | number

/** A key path that does not parse, or that the file cannot satisfy. One line, no input names. */
export class ValuesPathError extends PromoteError {}

const MAX_PATH_SEGMENTS = 64

/** Parses a key path into its segments (see the module comment for the syntax). */
export function parseKeyPath(text: string): PathSegment[] {
  const bad = (problem: string): never => {
    throw new ValuesPathError(`key path ${echo(text)}: ${problem}`)
  }
  const segments: PathSegment[] = []
  let key = ''
  let pendingKey = true
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\\') {
      const next = text[i + 1]
      if (next !== '.' && next !== '\\' && next !== '[') bad("'\\' escapes only '.', '[' or '\\'")
      key += next
      i++
    } else if (c === '.') {
      if (pendingKey) {
        if (key === '') bad('empty key (two dots, or a leading or trailing dot)')
        segments.push(key)
      } else if (key !== '') bad("expected '.' or '[' after ']'")
      key = ''
      pendingKey = true
    } else if (c === '[') {
      const close = text.indexOf(']', i)
      const index = text.slice(i + 1, close < 0 ? undefined : close)
      if (close < 0 || !/^(0|[1-9][0-9]{0,5})$/.test(index)) bad('expected [<index>], e.g. [0]')
      if (pendingKey && key !== '') segments.push(key)
      else if (pendingKey && segments.length === 0) bad('a list index needs a key before it')
      segments.push(Number(index))
      key = ''
      pendingKey = false
      i = close
    } else {
      if (!pendingKey) bad("expected '.' or '[' after ']'")
      key += c
    }
  }
  if (pendingKey) {
    if (key === '') bad('empty key (two dots, or a leading or trailing dot)')
    segments.push(key)
  }
  if (segments.length > MAX_PATH_SEGMENTS) bad(`more than ${MAX_PATH_SEGMENTS} segments`)
  return segments
}
