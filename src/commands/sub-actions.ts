/**
 * The sub-actions: one folder per everyday command (`uses: acme/digest-promote/promote@v1`),
 * each with an action.yml that lists only that command's inputs and outputs and runs the one
 * bundle, like github/codeql-action's `upload-sarif/action.yml` runs `../lib/…`.
 *
 * @module
 */

import {
  ACTION_DEFAULTS,
  ACTION_INPUTS,
  OUTPUTS,
  quote,
  renderActionYml
} from './action-metadata.js'
import { findCommand } from './index.js'

/** What `promote`, `plan` and `rollback` report (a plan leaves the commit and PR ones empty). */
const PROMOTION_OUTPUTS = [
  'digest',
  'image-ref',
  'source-tag',
  'target-tag',
  'previous-digest',
  'event-id',
  'changed',
  'commit-sha',
  'pull-request-number',
  'pull-request-url'
]

/**
 * The commands that ship as sub-actions, with the outputs each one sets (the keys its
 * result's `outputs` can hold). A sub-action's folder is its command's name.
 */
export const SUB_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  capture: ['digest', 'image-ref', 'tags', 'changed'],
  promote: [...PROMOTION_OUTPUTS, 'deployment-id'],
  plan: PROMOTION_OUTPUTS,
  rollback: [...PROMOTION_OUTPUTS, 'deployment-id'],
  unpin: PROMOTION_OUTPUTS,
  status: ['digest', 'image-ref', 'previous-digest', 'rollback-target', 'drift', 'changed'],
  apply: ['digest', 'previous-digest', 'drift', 'changed'],
  verify: [
    'digest',
    'verified',
    'signer-identity',
    'signer-issuer',
    'key-fingerprint',
    'rekor-log-index'
  ],
  audit: ['findings', 'errors', 'sarif-file'],
  adopt: ['changed', 'event-id', 'commit-sha', 'pull-request-number', 'pull-request-url']
}

/** The folder, relative to the repository root, of each sub-action's action.yml. */
export function subActionPath(name: string): string {
  return `${name}/action.yml`
}

/**
 * The action.yml of the sub-action for command `name`. Its `command` input is fixed by a
 * default: the runner sets `INPUT_COMMAND` from it, so the bundle knows what to run and the
 * workflow never names the command.
 */
export function renderSubActionYml(name: string): string {
  const command = findCommand(name)
  const outputs = SUB_ACTIONS[name]
  if (!command || !outputs) throw new Error(`no sub-action '${name}'`)
  const lines = [
    `# Generated from src/commands by \`npm run action-yml\`; edit the commands, not this file.`,
    `name: digest-promote ${name}`,
    `description: ${quote(`digest-promote ${name}: ${command.summary}`)}`,
    'author: digest-promote',
    'branding:',
    '  icon: git-pull-request',
    '  color: blue',
    'inputs:',
    '  command:',
    `    description: ${quote(`Fixed: this action runs ${name}.`)}`,
    '    required: false',
    `    default: ${quote(name)}`
  ]
  for (const input of [...command.inputs, ...ACTION_INPUTS].sort((a, b) =>
    a.name.localeCompare(b.name)
  )) {
    lines.push(
      `  ${input.name}:`,
      `    description: ${quote(input.description)}`,
      `    required: ${input.required === true}`
    )
    const fallback = ACTION_DEFAULTS[input.name]
    if (fallback !== undefined) lines.push(`    default: ${quote(fallback)}`)
  }
  lines.push('outputs:')
  for (const output of outputs) {
    const description = OUTPUTS[output]
    if (description === undefined) throw new Error(`sub-action '${name}': no output '${output}'`)
    lines.push(`  ${output}:`, `    description: ${quote(description)}`)
  }
  lines.push('runs:', '  using: node24', '  main: ../dist/index.js', '')
  return lines.join('\n')
}

/** Every generated action file, by its path from the repository root. */
export function renderActionFiles(): Record<string, string> {
  return {
    'action.yml': renderActionYml(),
    ...Object.fromEntries(
      Object.keys(SUB_ACTIONS).map(name => [subActionPath(name), renderSubActionYml(name)])
    )
  }
}
