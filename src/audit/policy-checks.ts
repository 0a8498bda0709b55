/**
 * Judgements on one ImagePolicy spec, evaluated with the same Masterminds and Go-regexp
 * semantics the promotion path uses (`src/policy/`), so audit and selection never disagree.
 */
import {
  excludesPrereleases,
  parseConstraints,
  satisfies
} from '../policy/masterminds-constraint.js'
import { newVersion } from '../policy/masterminds.js'
import { selectTag, type ImagePolicySpec } from '../policy/select.js'

// The largest version Masterminds accepts: a range admits it only if nothing bounds it above.
const HIGHEST = newVersion('18446744073709551615.18446744073709551615.18446744073709551615')

/** Whether a (valid) semver range admits every future version: `*`, `x`, `>=1.2`, `>1`... */
export function isUnboundedRange(range: string): boolean {
  const constraints = parseConstraints(range)
  if (typeof constraints === 'string' || HIGHEST === undefined) return false
  return satisfies(HIGHEST, constraints)
}

/** Whether a (valid) semver range lets pre-releases through, i.e. names one. */
export function admitsPrereleases(range: string): boolean {
  const constraints = parseConstraints(range)
  return typeof constraints !== 'string' && !excludesPrereleases(constraints)
}

/**
 * Whether the policy would pick `latest` when the repository has that tag: run Flux's selection
 * on it (alphabetical picks it, a filter may or may not let it through; semver never does).
 */
export function canSelectLatest(spec: ImagePolicySpec): boolean {
  try {
    return selectTag(['latest'], spec).tag === 'latest'
  } catch {
    // A numerical policy that cannot parse the value fails instead of selecting it.
    return false
  }
}

/** Index of every `|` outside groups and classes, with escapes honoured. */
function topLevelBars(pattern: string): number[] {
  const bars: number[] = []
  let depth = 0
  let inClass = false
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') {
      inClass = true
      // `[]...]` and `[^]...]`: a leading `]` is literal in RE2.
      if (pattern[i + 1] === '^') i++
      if (pattern[i + 1] === ']') i++
    } else if (c === '(') depth++
    else if (c === ')') depth = Math.max(0, depth - 1)
    else if (c === '|' && depth === 0) bars.push(i)
  }
  return bars
}

/** Whether the character at `i` is escaped by an odd run of backslashes. */
function escaped(s: string, i: number): boolean {
  let n = 0
  for (let j = i - 1; j >= 0 && s[j] === '\\'; j--) n++
  return n % 2 === 1
}

function anchoredBranch(branch: string): boolean {
  const starts = branch.startsWith('^') || branch.startsWith('\\A')
  const last = branch.length - 1
  const ends =
    (branch.endsWith('$') && !escaped(branch, last)) ||
    (branch.endsWith('\\z') && !escaped(branch, last - 1))
  return starts && ends
}

/**
 * Whether a Go pattern only matches whole tags: every top-level alternative starts with `^`
 * (or `\A`) and ends with an unescaped `$` (or `\z`). Leading flag groups such as `(?i)` are
 * skipped.
 */
export function isAnchored(pattern: string): boolean {
  const body = pattern.replace(/^(?:\(\?[a-zA-Z-]+\))+/, '')
  const cuts = [-1, ...topLevelBars(body), body.length]
  for (let i = 0; i + 1 < cuts.length; i++) {
    if (!anchoredBranch(body.slice(cuts[i] + 1, cuts[i + 1]))) return false
  }
  return true
}
