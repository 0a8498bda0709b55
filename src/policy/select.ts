/**
 * Picks the tag a Flux ImagePolicy would pick (image-reflector-controller
 * `applyPolicy`): optional `filterTags`, then exactly one of the semver, numerical or
 * alphabetical policies, with a verdict for every tag explaining the outcome.
 */
import { PromoteError } from '../errors.js'
import { applyFilter, closestTag, sortDescending, type FilterOutcome } from './filter.js'
import { compileGoRegexp, type GoRegexp } from './go-regexp.js'
import { fluxOrder } from './order.js'
import { parseConstraints, type Constraints } from './masterminds-constraint.js'
import {
  alphabeticalPolicy,
  numericalPolicy,
  semverPolicy,
  type Order,
  type PolicyOutcome,
  type VerdictKind
} from './policies.js'

export type { Order, VerdictKind } from './policies.js'

/** `spec.policy` plus `spec.filterTags` of an ImagePolicy (v1 / v1beta2). */
export interface ImagePolicySpec {
  /** Highest version satisfying a Masterminds/semver range. */
  semver?: { range: string }
  /** Highest (`asc`, Flux's default) or lowest (`desc`) number. */
  numerical?: { order?: Order }
  /** Last (`asc`, Flux's default) or first (`desc`) in byte order. */
  alphabetical?: { order?: Order }
  /** Go RE2 `pattern` a tag must match; `extract` template builds the compared value. */
  filterTags?: { pattern?: string; extract?: string }
}

/** What happened to one tag. */
export interface TagVerdict {
  /** The tag as given. */
  tag: string
  /** Selected, rejected (filtered out or not eligible), or a beaten candidate. */
  verdict: VerdictKind
  /** One short human-readable reason. */
  reason: string
  /** The value the policy compared, when `filterTags.extract` made it differ from the tag. */
  value?: string
}

/** Outcome of {@link selectTag}. */
export interface Selection {
  /** The tag Flux would set as `status.latestRef.tag`, if any. */
  tag?: string
  /** How many values the policy compared (after the filter and de-duplication). */
  considered: number
  /** One verdict per distinct input tag, in input order. */
  verdicts: TagVerdict[]
  /** One line saying why no tag was selected. */
  reason?: string
  /** Set when Flux's own pick is not deterministic (ties under a filter). */
  warning?: string
}

/** The ImagePolicy spec is invalid; Flux would mark the ImagePolicy stalled. */
export class InvalidPolicyError extends PromoteError {}

type Kind = 'semver' | 'numerical' | 'alphabetical'

interface Compiled {
  kind: Kind
  order: Order
  constraints?: Constraints
  filter?: { re: GoRegexp; pattern: string; extract: string }
}

// Flux's PolicerFromSpec checks semver, then alphabetical, then numerical.
const KINDS: readonly Kind[] = ['semver', 'alphabetical', 'numerical']

function policyKind(policy: ImagePolicySpec): Kind {
  const set = KINDS.filter(k => policy[k] !== undefined && policy[k] !== null)
  if (set.length === 0) {
    throw new InvalidPolicyError(
      'policy sets none of semver, numerical, alphabetical; set exactly one'
    )
  }
  if (set.length > 1) {
    const which = set.join(' and ')
    throw new InvalidPolicyError(
      `policy sets ${which}; set exactly one (Flux would silently use ${set[0]})`
    )
  }
  return set[0]
}

function compile(policy: ImagePolicySpec): Compiled {
  const kind = policyKind(policy)
  let order: Order = 'asc'
  let constraints: Constraints | undefined
  if (kind === 'semver') {
    const range: unknown = policy.semver?.range
    if (typeof range !== 'string') {
      throw new InvalidPolicyError('policy.semver.range must be a string')
    }
    const parsed = parseConstraints(range)
    if (typeof parsed === 'string') {
      throw new InvalidPolicyError(`invalid policy.semver.range '${range}': ${parsed}`)
    }
    constraints = parsed
  } else {
    const given: unknown = policy[kind]?.order
    // Flux upper-cases the order before checking it (PolicerFromSpec), so `ASC` is asc.
    const normalised = fluxOrder(given)
    if (normalised === undefined) {
      throw new InvalidPolicyError(
        `policy.${kind}.order must be asc or desc (any case), got ${JSON.stringify(given)}`
      )
    }
    order = normalised
  }
  const ft = policy.filterTags
  // Flux filters whenever filterTags is present, even with an empty pattern.
  const filter = ft
    ? {
        re: compileGoRegexp(ft.pattern ?? ''),
        pattern: ft.pattern ?? '',
        extract: ft.extract ?? ''
      }
    : undefined
  return { kind, order, constraints, filter }
}

function run(
  c: Compiled,
  values: readonly string[],
  byValue: ReadonlyMap<string, string> | undefined,
  explain: boolean
): PolicyOutcome {
  const describe = (v: string): string => {
    const tag = byValue?.get(v)
    return tag !== undefined && tag !== v ? `'${v}' (tag ${tag})` : `'${v}'`
  }
  if (c.kind === 'semver') return semverPolicy(values, c.constraints!, explain)
  if (c.kind === 'numerical') return numericalPolicy(values, c.order, describe, explain)
  return alphabeticalPolicy(values, c.order, explain)
}

function tagVerdicts(
  tags: readonly string[],
  f: FilterOutcome | undefined,
  out: PolicyOutcome
): TagVerdict[] {
  const valueOf = new Map<string, string>()
  for (const [value, tag] of f?.byValue ?? []) valueOf.set(tag, value)
  return tags.map((tag): TagVerdict => {
    // With a filter, a tag that neither gave a value nor lost one to another tag did not match.
    if (f && !valueOf.has(tag) && !f.superseded.has(tag))
      return { tag, verdict: 'rejected', reason: 'filtered out by pattern' }
    const lost = f?.superseded.get(tag)
    if (lost !== undefined) {
      const keeper = f!.byValue.get(lost)!
      const reason = `extracts the same value as ${keeper}, which Flux keeps`
      return { tag, verdict: 'rejected', reason, value: lost }
    }
    const value = valueOf.get(tag) ?? tag
    const v = out.verdicts.get(value)!
    return value === tag ? { tag, ...v } : { tag, ...v, value }
  })
}

/**
 * Selects the tag Flux's image-reflector-controller would select from `tags` for
 * `policy`, evaluating tags in the order Flux stores them (descending byte order).
 *
 * @throws InvalidPolicyError for a spec Flux would refuse (no or several policy kinds,
 *   bad order, unparsable semver range).
 * @throws InvalidPatternError for a filter pattern Go rejects.
 */
export function selectTag(
  tags: readonly string[],
  policy: ImagePolicySpec,
  opts: { explain?: boolean } = {}
): Selection {
  const explain = opts.explain ?? true
  const c = compile(policy)
  const distinct = [...new Set(tags)]
  if (distinct.length === 0)
    return { considered: 0, verdicts: [], reason: 'no tags to choose from' }
  // No sort: each policy breaks ties as Flux's scan of the tags in descending byte order does.
  // Flux feeds filtered values in Go map order (random); the same rule keeps that
  // deterministic and matches what Flux does without a filter.
  const f = c.filter ? applyFilter(distinct, c.filter.re, c.filter.extract) : undefined
  const values = f ? [...f.byValue.keys()] : distinct
  if (c.filter && values.length === 0) {
    const closest = closestTag(distinct, c.filter.pattern)
    const hint = closest === undefined ? '' : `; closest: ${closest}`
    const reason = `no tag matched the filter ${c.filter.pattern} among ${distinct.length} tags${hint}`
    const verdicts = (explain ? distinct : []).map(tag => ({
      tag,
      verdict: 'rejected' as const,
      reason: 'filtered out by pattern'
    }))
    return { considered: 0, verdicts, reason }
  }
  const out = run(c, values, f?.byValue, explain)
  const selection: Selection = {
    considered: values.length,
    // Per-tag verdicts cost as much as the selection itself on large repositories; skip them
    // unless someone will read them.
    verdicts: explain ? tagVerdicts(distinct, f, out) : []
  }
  if (out.selected === undefined) selection.reason = out.failure
  else selection.tag = f ? f.byValue.get(out.selected) : out.selected
  if (f && out.selected !== undefined && out.ties.length > 0) {
    const tied = [out.selected, ...sortDescending([...out.ties])].map(v => f.byValue.get(v) ?? v)
    selection.warning =
      `tags ${tied.join(', ')} tie; Flux scans filtered values in Go map order, ` +
      `so it may pick any of them (this tool picks ${tied[0]})`
  }
  return selection
}
