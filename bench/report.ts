/**
 * Numbers and Markdown for the benchmark: medians with their spread, ratios against the
 * in-process baseline, and the results table.
 */

/** One tool's measurements for one case at one proxy latency. */
export interface Row {
  /** Case label, e.g. `1 · 1 image, 1 layer, same repo`. */
  caseLabel: string
  /** Proxy latency added before each request, in ms. */
  latencyMs: number
  /** Tool label, e.g. `skopeo copy (cold cache)`. */
  tool: string
  /** True for the row the other rows of the same case and latency are compared with. */
  baseline: boolean
  /** Retags per repetition (50 for the batch case), to turn request totals into per-retag counts. */
  retagsPerRep: number
  /** Wall time of each repetition in ms (the whole batch for the batch case). */
  wallMs: number[]
  /** Requests the proxy saw per repetition, everything included. */
  requests: number[]
  /** Requests per repetition without `/v2/` pings and 401 challenges. */
  afterAuth: number[]
  /** Retags that threw or whose target digest differed from the source digest. */
  failures: string[]
}

/** Median of `values`; NaN when empty, so a missing measurement cannot pass for zero. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Formats milliseconds with precision that matches their size. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a'
  return value >= 100 ? value.toFixed(0) : value.toFixed(1)
}

function perRetag(row: Row, totals: number[]): number {
  return median(totals) / row.retagsPerRep
}

function count(value: number): string {
  if (!Number.isFinite(value)) return 'n/a'
  return Number.isInteger(value) ? String(value) : value.toFixed(2)
}

function times(value: number): string {
  if (!Number.isFinite(value)) return 'n/a'
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}×`
}

function ratioCell(row: Row, base: Row | undefined): string {
  if (row.baseline) return '1× (baseline)'
  if (base === undefined) return 'n/a'
  const time = median(row.wallMs) / median(base.wallMs)
  const req = perRetag(row, row.requests) / perRetag(base, base.requests)
  const after = perRetag(row, row.afterAuth) / perRetag(base, base.afterAuth)
  return `time ${times(time)}, requests ${times(req)} (${times(after)} after auth)`
}

function wallCell(row: Row): string {
  if (row.wallMs.length === 0) return 'n/a'
  const lo = Math.min(...row.wallMs)
  const hi = Math.max(...row.wallMs)
  return `${ms(median(row.wallMs))} (${ms(lo)}–${ms(hi)}, n=${row.wallMs.length})`
}

/** The results table; each row's ratio is against the baseline of its case and latency. */
export function markdownTable(rows: readonly Row[]): string {
  const lines = [
    '| case | latency | tool | requests/retag | wall ms | ratio |',
    '|---|---|---|---|---|---|'
  ]
  for (const row of rows) {
    const base = rows.find(
      r => r.baseline && r.caseLabel === row.caseLabel && r.latencyMs === row.latencyMs
    )
    const requests =
      `${count(perRetag(row, row.requests))} ` +
      `(${count(perRetag(row, row.afterAuth))} after auth)`
    const failed = row.failures.length > 0 ? ` **${row.failures.length} FAILED**` : ''
    lines.push(
      `| ${row.caseLabel} | ${row.latencyMs} ms | ${row.tool}${failed} | ${requests} | ` +
        `${wallCell(row)} | ${ratioCell(row, base)} |`
    )
  }
  return lines.join('\n')
}

/** Time over a baseline against its goal, e.g. `+180 ms (goal ≤ +200 ms, met)`. */
export function goalCell(overMs: number, goalMs: number): string {
  if (!Number.isFinite(overMs)) return 'n/a'
  const sign = overMs < 0 ? '−' : '+'
  const verdict = overMs <= goalMs ? 'met' : '**missed**'
  return `${sign}${ms(Math.abs(overMs))} ms (goal ≤ +${goalMs} ms, ${verdict})`
}
