/**
 * Renderings of an audit: plain text grouped by file (the CLI), JSON, a job-summary table and
 * GitHub annotations. SARIF is in `sarif.ts`.
 */
import type { Annotation } from '../util/command-result.js'
import { cell } from '../util/markdown.js'
import { oneLine, type Finding, type FindingCounts } from './findings.js'
import { ruleOf } from './rules.js'

/** The `json` rendering: every finding plus totals. */
export interface AuditJson {
  /** Findings in file, line, rule order. */
  findings: Finding[]
  /** Totals by severity, and files walked. */
  counts: FindingCounts
}

// A job summary is capped at 1 MiB by GitHub; the full list is in the log and in SARIF.
const MAX_SUMMARY_ROWS = 300

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** `2 errors, 1 warning, 0 notes in 12 YAML files`. */
export function countsLine(c: FindingCounts): string {
  const what = `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.note, 'note')}`
  return `${what} in ${plural(c.files, 'YAML file')}`
}

/** Findings grouped by file, each with its line, severity, rule, message and fix. */
export function renderText(findings: readonly Finding[], counts: FindingCounts): string {
  if (findings.length === 0) return `audit: no findings in ${plural(counts.files, 'YAML file')}`
  const out: string[] = []
  let current: string | undefined
  const lineWidth = Math.max(...findings.map(f => String(f.line).length))
  const indent = ' '.repeat(2 + lineWidth + 2 + 7 + 2 + 5 + 2)
  for (const f of findings) {
    if (f.file !== current) {
      if (current !== undefined) out.push('')
      out.push(oneLine(f.file))
      current = f.file
    }
    out.push(
      `  ${String(f.line).padStart(lineWidth)}  ${f.severity.padEnd(7)}  ${f.rule}  ${f.message}`
    )
    out.push(`${indent}fix: ${f.fix}`)
  }
  out.push('', `audit: ${countsLine(counts)}`)
  return out.join('\n')
}

/** The `json` rendering. */
export function renderJson(findings: readonly Finding[], counts: FindingCounts): AuditJson {
  // The object is the SARIF fingerprint's business; the JSON names it in the message already.
  const plain = findings.map(f => {
    const copy = { ...f }
    delete copy.object
    return copy
  })
  return { findings: plain, counts }
}

/** A Markdown job summary: totals, then one table row per finding (capped). */
export function renderSummary(findings: readonly Finding[], counts: FindingCounts): string {
  const lines = ['### digest-promote audit', '', `**${countsLine(counts)}**`]
  if (findings.length === 0) return `${lines.join('\n')}\n`
  lines.push('', '| rule | severity | file:line | message |', '| --- | --- | --- | --- |')
  for (const f of findings.slice(0, MAX_SUMMARY_ROWS)) {
    const rule = `${f.rule} ${ruleOf(f.rule).name}`
    lines.push(
      `| ${cell(rule)} | ${f.severity} | ${cell(`${f.file}:${f.line}`)} | ${cell(`${f.message}; fix: ${f.fix}`)} |`
    )
  }
  if (findings.length > MAX_SUMMARY_ROWS) {
    lines.push(
      '',
      `… and ${findings.length - MAX_SUMMARY_ROWS} more; see the log or the SARIF file.`
    )
  }
  return `${lines.join('\n')}\n`
}

/**
 * One annotation per finding. `prefix` is the audited root relative to the workspace (`''`
 * when they are the same), since GitHub places annotations by repository-relative path.
 */
export function toAnnotations(findings: readonly Finding[], prefix: string): Annotation[] {
  return findings.map(f => ({
    level: f.severity === 'note' ? 'notice' : f.severity,
    message: `${f.message}; fix: ${f.fix}`,
    file: prefix + f.file,
    line: f.line,
    title: `${f.rule} ${ruleOf(f.rule).name}`
  }))
}
