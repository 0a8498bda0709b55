/**
 * SARIF 2.1.0 rendering of an audit, as `github/codeql-action/upload-sarif` reads it: one run,
 * every rule described in `tool.driver.rules`, every finding a result with a repository-
 * relative `artifactLocation.uri` and a 1-based `region.startLine`.
 */
import { createHash } from 'node:crypto'
import { VERSION } from '../version.js'
import type { Finding } from './findings.js'
import { RULES, ruleHelpUri } from './rules.js'

/**
 * The `partialFingerprints` key of a finding's identity. Code scanning matches alerts across
 * runs by it instead of by line, so an edit above a finding does not close and reopen it.
 */
export const FINGERPRINT_KEY = 'digestPromoteFinding/v1'

/** The schema URI SARIF 2.1.0 logs name (the OASIS errata 01 location). */
export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'

/** A SARIF `message` or description: plain text, optionally Markdown. */
interface SarifText {
  text: string
  markdown?: string
}

/** The part of a SARIF 2.1.0 `result` this tool writes. */
export interface SarifResult {
  /** The rule id, e.g. `DP001`. */
  ruleId: string
  /** Index of the rule in `tool.driver.rules`. */
  ruleIndex: number
  /** `error`, `warning` or `note`. */
  level: string
  /** The finding and its fix. */
  message: SarifText
  /** {@link FINGERPRINT_KEY}: a hash of the rule, the file and the object the finding is about. */
  partialFingerprints: Record<string, string>
  /** Exactly one physical location. */
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string }
      region: { startLine: number }
    }
  }>
}

/** The part of a SARIF 2.1.0 log this tool writes. */
export interface SarifLog {
  /** {@link SARIF_SCHEMA_URI}. */
  $schema: string
  /** Always `2.1.0`. */
  version: '2.1.0'
  /** One run of `digest-promote audit`. */
  runs: SarifRun[]
}

/** One SARIF `run`: the tool that ran and what it found. */
export interface SarifRun {
  /** `driver` names digest-promote, its version and every rule. */
  tool: { driver: Record<string, unknown> }
  /** How columns are counted; no result has columns, but the property is conventional. */
  columnKind: string
  /** One result per finding, in file, line, rule order. */
  results: SarifResult[]
}

/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
function pathToUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/')
}

function driver(): Record<string, unknown> {
  return {
    name: 'digest-promote',
    version: VERSION,
    semanticVersion: VERSION,
    rules: RULES.map(r => ({
      id: r.id,
      name: r.name,
      shortDescription: { text: r.summary },
      fullDescription: { text: r.help },
      help: { text: `${r.help} Fix: ${r.fix}.`, markdown: `${r.help}\n\n**Fix:** ${r.fix}.` },
      helpUri: ruleHelpUri(r),
      defaultConfiguration: { level: r.severity },
      properties: { tags: ['gitops', 'supply-chain'] }
    }))
  }
}

/**
 * One fingerprint per finding: the rule, the file and the object, never the line, tag or
 * digest, so it survives edits around the finding and the promotions that change the pin. Two
 * findings with the same identity in one file are told apart by their order.
 */
function fingerprints(findings: readonly Finding[], prefix: string): string[] {
  const seen = new Map<string, number>()
  return findings.map(f => {
    const identity = [f.rule, prefix + f.file, f.object ?? ''].join('\0')
    const n = (seen.get(identity) ?? 0) + 1
    seen.set(identity, n)
    return createHash('sha256').update(`${identity}\0${n}`).digest('hex')
  })
}

/**
 * The SARIF log for `findings`. `prefix` is the audited root relative to the repository
 * checkout (`''` when it is the root), so URIs resolve against `%SRCROOT%` as code scanning
 * expects.
 */
export function renderSarif(findings: readonly Finding[], prefix: string): SarifLog {
  const index = new Map(RULES.map((r, i) => [r.id, i]))
  const prints = fingerprints(findings, prefix)
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: driver() },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f, i) => ({
          ruleId: f.rule,
          ruleIndex: index.get(f.rule) ?? 0,
          level: f.severity,
          message: { text: `${f.message}. Fix: ${f.fix}.` },
          partialFingerprints: { [FINGERPRINT_KEY]: prints[i] ?? '' },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: pathToUri(prefix + f.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: f.line }
              }
            }
          ]
        }))
      }
    ]
  }
}
