import { ruleOf, type RuleId, type Severity } from './rules.js'

/** One problem at one place in the audited repository. */
export interface Finding {
  /** The rule that found it. */
  rule: RuleId
  /** Its severity: the rule's, unless the rule depends on where it fired. */
  severity: Severity
  /** Path relative to the audited root, with `/` separators. */
  file: string
  /** 1-based line. */
  line: number
  /** What is wrong, naming the image or object. */
  message: string
  /** How to fix it. */
  fix: string
  /**
   * What the finding is about, free of its line, tag or digest (`container app of Deployment
   * default/app`, `ImagePolicy flux-system/app`): with the rule and the file, the identity that
   * SARIF's fingerprint keeps across edits. Absent for a finding about the whole file.
   */
  object?: string
}

/** Optional parts of {@link FindingSink.add}. */
export interface FindingOptions {
  /** Overrides the rule's severity. */
  severity?: Severity
  /** Overrides the rule's fix. */
  fix?: string
  /** What the finding is about ({@link Finding.object}). */
  object?: string
}

/**
 * Escapes control characters: messages quote repository content (image references, marker
 * comments), and one finding must stay one line in text output and logs.
 */
export const oneLine = (text: string): string =>
  text.replace(/\p{Cc}/gu, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

/** Collects findings, filling severity and fix from the rule table. */
export class FindingSink {
  /** Everything added, in order. */
  readonly list: Finding[] = []

  /** Records a finding of `rule` at `file:line`. */
  add(rule: RuleId, file: string, line: number, message: string, opts: FindingOptions = {}): void {
    const r = ruleOf(rule)
    this.list.push({
      rule,
      severity: opts.severity ?? r.severity,
      file,
      line,
      message: oneLine(message),
      fix: opts.fix ?? r.fix,
      ...(opts.object !== undefined ? { object: opts.object } : {})
    })
  }
}

/** Per-severity totals. */
export interface FindingCounts {
  /** All findings. */
  findings: number
  /** Error-severity findings; any of these fails the run. */
  error: number
  /** Warning-severity findings. */
  warning: number
  /** Note-severity findings. */
  note: number
  /** YAML files walked (read or skipped). */
  files: number
}

/** Counts findings by severity. */
export function countFindings(findings: readonly Finding[], files: number): FindingCounts {
  const of = (s: Severity): number => findings.filter(f => f.severity === s).length
  return {
    findings: findings.length,
    error: of('error'),
    warning: of('warning'),
    note: of('note'),
    files
  }
}

const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** File, then line, then rule: a stable order for golden files and diffs. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return order(a.file, b.file)
  return a.line - b.line || order(a.rule, b.rule) || order(a.message, b.message)
}
