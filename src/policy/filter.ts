/**
 * Flux's `RegexFilter` (image-reflector-controller `internal/policy/filter.go`) plus the
 * ordering Flux feeds tags to it in, and a hint for filters that match nothing.
 */
import { goTemplateExpander } from './go-expand.js'
import type { GoRegexp } from './go-regexp.js'

/**
 * Go's `strings.Compare` (byte order of UTF-8), which for strings equals code point
 * order. UTF-16 order differs only where a surrogate meets U+E000..U+FFFF.
 */
export function compareBytes(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x === y) continue
    const xs = x >= 0xd800 && x <= 0xdfff
    const ys = y >= 0xd800 && y <= 0xdfff
    // A surrogate encodes a code point above U+FFFF, which sorts after every BMP unit.
    if (xs !== ys) return xs ? 1 : -1
    return x < y ? -1 : 1
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1
}

/** Sorts strings into descending byte order, in place. */
export function sortDescending(list: string[]): string[] {
  // Without surrogates UTF-16 order is byte order, and the default sort is much faster.
  if (!list.some(s => /[\ud800-\udfff]/.test(s))) return list.sort().reverse()
  return list.sort((a, b) => compareBytes(b, a))
}

/**
 * Unique tags in the order Flux's policies see them without a filter: the
 * ImageRepository scan sorts the tag list in place, descending, before storing it
 * (`sortTagsAndGetLatestTags`), and the ImagePolicy reads it back in that order.
 */
export function fluxTagOrder(tags: readonly string[]): string[] {
  return sortDescending([...new Set(tags)])
}

/** What the filter made of the tags. */
export interface FilterOutcome {
  /** Compared value → the tag Flux maps it back to (`GetOriginalTag`). */
  readonly byValue: ReadonlyMap<string, string>
  /** Matching tags whose value another tag took over, with the value. */
  readonly superseded: ReadonlyMap<string, string>
}

/**
 * Flux's `RegexFilter.Apply`, over tags in any order: a tag is kept when the pattern matches
 * anywhere in it (`FindStringSubmatchIndex`); with `extract` the kept key is the expansion.
 * Flux applies it to tags in descending byte order and a later tag with the same key replaces
 * the earlier one in its map, so of tags sharing a key the byte-wise smallest is kept.
 */
export function applyFilter(tags: readonly string[], re: GoRegexp, extract: string): FilterOutcome {
  const byValue = new Map<string, string>()
  const superseded = new Map<string, string>()
  const prefix = requiredPrefix(re.source)
  const expand = goTemplateExpander(extract, re.groupNames)
  for (const tag of tags) {
    // A tag without the literal every match starts with cannot match; where there is no such
    // literal, a plain test is much cheaper than finding the groups for the many misses.
    const m = !tag.startsWith(prefix)
      ? null
      : extract === ''
        ? re.test(tag) && [tag]
        : prefix === '' && !re.test(tag)
          ? null
          : re.findSubmatch(tag)
    if (!m) continue
    // Flux only expands when extract is non-empty; an empty template keeps the tag.
    const value = extract === '' ? tag : expand(m)
    const previous = byValue.get(value)
    if (previous === undefined) byValue.set(value, tag)
    else if (compareBytes(tag, previous) < 0) {
      superseded.set(previous, value)
      byValue.set(value, tag)
    } else superseded.set(tag, value)
  }
  return { byValue, superseded }
}

/**
 * The literal text a pattern starts with (after `^` / `\A`), up to its first
 * metacharacter; a character made optional by a following quantifier is dropped.
 */
export function literalPrefix(pattern: string): string {
  let i = pattern.startsWith('^') ? 1 : pattern.startsWith('\\A') ? 2 : 0
  let out = ''
  while (i < pattern.length) {
    let ch = pattern[i]
    let width = 1
    if (ch === '\\') {
      const next = pattern[i + 1]
      if (next === undefined || /[0-9A-Za-z]/.test(next)) break
      ch = next
      width = 2
    } else if ('.+*?()[]{}|^$'.includes(ch)) break
    const after = pattern[i + width]
    if (after === '*' || after === '?' || after === '{') break
    out += ch
    i += width
    if (after === '+') break
  }
  return out
}

/**
 * Literal text every match of `pattern` starts with at the start of the tag, or `''` when
 * none is certain: the pattern must anchor at the start (`^`, `\A`, which only `(?m)` before
 * them could loosen) and hold no `|` anywhere (an alternative could start differently). The
 * prefix stops before the first non-ASCII character, so a quantifier can never split one.
 */
export function requiredPrefix(pattern: string): string {
  if (!(pattern.startsWith('^') || pattern.startsWith('\\A')) || pattern.includes('|')) return ''
  return /^[\x20-\x7e]*/.exec(literalPrefix(pattern))![0]
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

/**
 * The tag sharing the longest prefix with the pattern's literal prefix (byte-wise
 * smallest on ties), or undefined when no tag shares even one character.
 */
export function closestTag(tags: readonly string[], pattern: string): string | undefined {
  const prefix = literalPrefix(pattern)
  let best: string | undefined
  let bestLength = 0
  for (const tag of tags) {
    const n = commonPrefixLength(prefix, tag)
    if (
      n > bestLength ||
      (n === bestLength && n > 0 && best !== undefined && compareBytes(tag, best) < 0)
    ) {
      best = tag
      bestLength = n
    }
  }
  return best
}
