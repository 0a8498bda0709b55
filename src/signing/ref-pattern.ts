/**
 * The `provenance-ref` pattern, kept apart from the provenance gate so that checking it, the
 * first step of a run that has one, loads only the regular-expression engine.
 *
 * @module
 */

import { RE2JS } from 're2js'

/** Compiles a ref pattern for a whole-string match, as `provenance-ref` documents. */
export function compileRefPattern(pattern: string): ((ref: string) => boolean) | string {
  try {
    const re = RE2JS.compile(`^(?:${pattern})$`)
    return ref => re.matches(ref)
  } catch (err) {
    return err instanceof Error ? err.message : String(err)
  }
}
