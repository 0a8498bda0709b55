/**
 * The three Flux policers (image-reflector-controller `internal/policy`), each run over
 * values in the order Flux hands them over, with a verdict for every value.
 */
import { compareBytes } from './filter.js'
import { parseGoFloat } from './go-strconv.js'
import { excludesPrereleases, satisfies, type Constraints } from './masterminds-constraint.js'
import { compareVersions, parseFluxVersion, type SemVersion } from './masterminds.js'
import type { Order } from './order.js'

/** How a tag fared: chosen, ruled out, or in the running but beaten. */
export type VerdictKind = 'selected' | 'rejected' | 'candidate'

/** A verdict on one compared value. */
export interface ValueVerdict {
  /** Outcome for the value. */
  readonly verdict: VerdictKind
  /** One short human-readable reason. */
  readonly reason: string
}

/** Result of running one policy over the compared values. */
export interface PolicyOutcome {
  /** The winning value, when the policy chose one. */
  readonly selected?: string
  /** Verdict for every value. */
  readonly verdicts: ReadonlyMap<string, ValueVerdict>
  /** One-line explanation when the policy chose nothing. */
  readonly failure?: string
  /** Values that compare equal to the winner (Flux keeps one by scan order). */
  readonly ties: readonly string[]
}

export type { Order } from './order.js'

/** Renders a value for messages, naming the tag when extract changed it. */
export type Describe = (value: string) => string

const rejected = (reason: string): ValueVerdict => ({ verdict: 'rejected', reason })
const candidate = (reason: string): ValueVerdict => ({ verdict: 'candidate', reason })
const selected = (reason: string): ValueVerdict => ({ verdict: 'selected', reason })

function countsText(counts: Record<string, number>): string {
  const parts = Object.entries(counts).filter(([, n]) => n > 0)
  return parts.map(([what, n]) => `${n} ${what}`).join(', ')
}

/**
 * Flux's `SemVer.Latest`: values that parse (Flux's `ParseVersion`) and satisfy the
 * range compete; a later value only wins when strictly greater, so among equal versions
 * (`1.0.0` / `v1.0.0` / `1.0.0+b`) the first one scanned stays. `values` may come in any
 * order: the tie goes to the first in Flux's scan order, descending bytes.
 */
export function semverPolicy(
  values: readonly string[],
  cs: Constraints,
  explain = true
): PolicyOutcome {
  const verdicts = new Map<string, ValueVerdict>()
  const inRange: [string, SemVersion][] = []
  const counts = { 'not semver': 0, 'out of range': 0, 'pre-release excluded by range': 0 }
  let best: [string, SemVersion] | undefined
  const reject = (value: string, why: keyof typeof counts): void => {
    counts[why]++
    if (explain)
      verdicts.set(value, rejected(why === 'out of range' ? `out of range ${cs.source}` : why))
  }
  for (const value of values) {
    const v = parseFluxVersion(value)
    if (!v) {
      reject(value, 'not semver')
      continue
    }
    if (!satisfies(v, cs)) {
      const pre = v.pre !== '' && excludesPrereleases(cs)
      reject(value, pre ? 'pre-release excluded by range' : 'out of range')
      continue
    }
    inRange.push([value, v])
    // Flux keeps the first of equal versions in its descending byte order: the greatest bytes.
    const d = best ? compareVersions(v, best[1]) : 1
    if (d > 0 || (d === 0 && compareBytes(value, best![0]) > 0)) best = [value, v]
  }
  if (!best) {
    const failure = `no tag satisfies semver range ${cs.source} among ${values.length} tags (${countsText(counts)})`
    return { verdicts, failure, ties: [] }
  }
  const [winner, top] = best
  const ties: string[] = []
  for (const [value, v] of inRange) {
    const tie = value !== winner && compareVersions(v, top) === 0
    if (tie) ties.push(value)
    if (!explain) continue
    if (value === winner) verdicts.set(value, selected(`highest version in range ${cs.source}`))
    else if (tie)
      verdicts.set(value, candidate(`same version as ${winner}, which Flux scans first and keeps`))
    else verdicts.set(value, candidate(`lower than ${winner}`))
  }
  return { selected: winner, verdicts, ties }
}

/**
 * Flux's `Numerical.Latest`: every value must parse with Go's `strconv.ParseFloat`,
 * otherwise the whole policy fails (Flux returns an error, it does not skip the value).
 * A value replaces the current best unless it is strictly worse, so among equal
 * numbers the last one scanned wins.
 */
export function numericalPolicy(
  values: readonly string[],
  order: Order,
  describe: Describe,
  explain = true
): PolicyOutcome {
  const parsed = values.map(parseGoFloat)
  const bad = parsed.findIndex(r => !r.ok)
  if (bad >= 0) {
    const ok = parsed.map(r => r.ok)
    return numericFailure(values, ok, bad, describe, explain)
  }
  const nums = parsed.map(r => (r.ok ? r.value : NaN))
  const asc = order === 'asc'
  const win = numericWinner(values, nums, asc)
  const pv = nums[win]
  const winner = values[win]
  const verdicts = new Map<string, ValueVerdict>()
  const ties: string[] = []
  values.forEach((value, i) => {
    const cv = nums[i]
    if (i !== win && cv === pv) ties.push(value)
    if (!explain) return
    if (i === win) verdicts.set(value, selected(asc ? 'highest number' : 'lowest number'))
    else if (cv === pv)
      verdicts.set(value, candidate(`same number as ${winner}, which Flux scans last and keeps`))
    else if (Number.isNaN(cv) || Number.isNaN(pv)) {
      verdicts.set(
        value,
        candidate(`not comparable with ${winner} (NaN); Flux's scan order decided`)
      )
    } else verdicts.set(value, candidate(`${cv < pv ? 'lower' : 'higher'} than ${winner}`))
  })
  return { selected: winner, verdicts, ties }
}

/**
 * Index of the value Flux's loop ends on when it scans `values` in descending byte order:
 * each value replaces the best unless strictly worse, so of equal numbers the last scanned (the
 * byte-wise smallest) wins. Without NaN that needs no sort.
 */
function numericWinner(values: readonly string[], nums: readonly number[], asc: boolean): number {
  if (!nums.some(Number.isNaN)) {
    let win = 0
    for (let i = 1; i < nums.length; i++) {
      const better = asc ? nums[i] > nums[win] : nums[i] < nums[win]
      if (better || (nums[i] === nums[win] && compareBytes(values[i], values[win]) < 0)) win = i
    }
    return win
  }
  // NaN compares false with everything, so the scan order decides: scan as Flux does.
  const scan = values.map((_, i) => i).sort((a, b) => compareBytes(values[b], values[a]))
  let win = -1
  let pv = 0
  scan.forEach((i, k) => {
    const cv = nums[i]
    if (k > 0 && ((asc && cv < pv) || (!asc && cv > pv))) return
    win = i
    pv = cv
  })
  return win
}

function numericFailure(
  values: readonly string[],
  ok: readonly boolean[],
  first: number,
  describe: Describe,
  explain: boolean
): PolicyOutcome {
  const verdicts = new Map<string, ValueVerdict>()
  if (explain)
    values.forEach((value, i) => {
      const v = ok[i]
        ? candidate('not compared: the numerical policy failed on a non-numeric tag')
        : rejected('not a number')
      verdicts.set(value, v)
    })
  const failure =
    `numerical policy failed: ${describe(values[first])} is not a number ` +
    '(Flux fails the whole policy when any considered tag is not numeric; narrow filterTags.pattern)'
  return { verdicts, failure, ties: [] }
}

/**
 * Flux's `Alphabetical.Latest`: byte-wise order; `asc` takes the last value (Z of A..Z),
 * `desc` the first. Values are distinct, so there are no ties.
 */
export function alphabeticalPolicy(
  values: readonly string[],
  order: Order,
  explain = true
): PolicyOutcome {
  const asc = order === 'asc'
  let winner = values[0]
  for (const v of values) {
    const d = compareBytes(v, winner)
    if (asc ? d > 0 : d < 0) winner = v
  }
  const verdicts = new Map<string, ValueVerdict>()
  for (const v of explain ? values : []) {
    if (v === winner) verdicts.set(v, selected(asc ? 'last in byte order' : 'first in byte order'))
    else verdicts.set(v, candidate(`sorts ${asc ? 'before' : 'after'} ${winner}`))
  }
  return { selected: winner, verdicts, ties: [] }
}
