import { COMMANDS } from './index.js'
import type { InputSpec } from './types.js'

/**
 * Inputs of the action itself rather than of a command: every action.yml declares them, and
 * the CLI has no such flags.
 */
export const ACTION_INPUTS: readonly InputSpec[] = [
  {
    name: 'summary',
    description:
      'Write the job summary: what the run did, or on failure what was attempted, which gate or input failed and the fix; false writes none (default true).',
    kind: 'flag'
  }
]

/** Every output any command sets, with the commands that set it. */
export const OUTPUTS: Record<string, string> = {
  digest: 'The manifest digest that was captured, promoted or rolled back to (first image).',
  'image-ref': 'name@digest of the first image.',
  tags: 'Environment tags capture pushed, one per line.',
  'source-tag': 'Tag the promoted digest came from.',
  'target-tag': 'Immutable tag created (or found) on the same digest.',
  'previous-digest': 'Digest the target environment pinned before.',
  changed: 'true when the run wrote anything (registry, Git or pull request).',
  'commit-sha':
    'Commit carrying the change (base branch in commit mode, promotion branch in pull-request mode).',
  'pull-request-number': 'Number of the promotion or rollback pull request.',
  'pull-request-url': 'URL of the promotion or rollback pull request.',
  'event-id': 'Ledger event ids written, one per line.',
  'deployment-id': 'GitHub deployment recorded for the change (with deployment: true).',
  'rollback-target': 'Digest a rollback would return to (status), or returned to (rollback).',
  drift: 'status: true when Git, the ledger and the registry disagree.',
  tag: 'Tag selected by select-tag, or parsed by ref.',
  findings: 'Number of audit findings.',
  errors: 'Number of error-severity audit findings.',
  'sarif-file': 'SARIF file audit wrote.',
  files: 'Files set-markers changed, one per line.',
  verified: 'verify: true when the signature (and any asked attestation) verified.',
  'signer-identity': 'verify: certificate identity (SAN) of the keyless signer.',
  'signer-issuer': 'verify: OIDC issuer of the keyless signer.',
  'key-fingerprint': 'verify: sha256 fingerprint of the signing public key.',
  'rekor-log-index': 'verify: transparency log index of the verified signature.'
}

/** Inputs whose action.yml declares a default; the others fall back to promotion.yaml, then the core. */
export const ACTION_DEFAULTS: Record<string, string> = {
  'github-token': '${{ github.token }}',
  summary: 'true'
}

/** A YAML double-quoted scalar. */
export function quote(s: string): string {
  return JSON.stringify(s)
}

/**
 * action.yml from the command table, so the action's inputs are exactly what
 * the commands read. An input several commands share lists each command's
 * meaning when they differ. A unit test keeps the committed file in sync.
 */
export function renderActionYml(): string {
  const inputs = new Map<string, Array<{ command: string; description: string }>>()
  for (const i of ACTION_INPUTS)
    inputs.set(i.name, [{ command: 'all', description: i.description }])
  for (const c of COMMANDS) {
    for (const i of c.inputs) {
      inputs.set(i.name, [
        ...(inputs.get(i.name) ?? []),
        { command: c.name, description: i.description }
      ])
    }
  }
  const lines = [
    '# Generated from src/commands by `npm run action-yml`; edit the commands, not this file.',
    'name: digest-promote',
    'description: Promote one immutable, verified image digest through GitOps environments without rebuilding.',
    'author: digest-promote',
    'branding:',
    '  icon: git-pull-request',
    '  color: blue',
    'inputs:',
    '  command:',
    `    description: ${quote(`The command to run: ${COMMANDS.map(c => c.name).join(', ')}.`)}`,
    '    required: true'
  ]
  for (const [name, uses] of [...inputs].sort(([a], [b]) => a.localeCompare(b))) {
    const same = uses.every(u => u.description === uses[0]?.description)
    const description = same
      ? `${uses[0]?.description ?? ''} (${uses.map(u => u.command).join(', ')})`
      : uses.map(u => `${u.command}: ${u.description}`).join(' | ')
    lines.push(`  ${name}:`, `    description: ${quote(description)}`, '    required: false')
    if (ACTION_DEFAULTS[name]) lines.push(`    default: ${quote(ACTION_DEFAULTS[name])}`)
  }
  lines.push('outputs:')
  for (const [name, description] of Object.entries(OUTPUTS))
    lines.push(`  ${name}:`, `    description: ${quote(description)}`)
  lines.push('runs:', '  using: node24', '  main: dist/index.js', '')
  return lines.join('\n')
}
