import { UnknownEnvironmentError } from '../config/lookup.js'
import { InputError } from '../errors.js'
import { getList, type InputSource } from '../inputs.js'
import type { AliasApply } from '../promote/apply.js'
import type { ApplyJob } from '../promote/apply-run.js'
import { echo } from '../util/text.js'
import { GITOPS_REPOSITORY_INPUTS, parseRepositoryInputs } from './gitops-inputs.js'
import { environmentInputError, getEnvironmentName, getRepositoryPath } from './promote-inputs.js'
import { REGISTRY_INPUTS, parseRegistryOptions } from './registry-inputs.js'
import { cell, code } from './summary.js'
import type { Command, CommandResult, InputSpec, RunContext } from './types.js'

/** The `apply` command's name. */
export const APPLY = 'apply'

const APPLY_INPUTS: InputSpec[] = [
  {
    name: 'environment',
    description:
      'Alias environments to apply; a list (default: every environment with an alias in promotion.yaml).',
    kind: 'list'
  },
  {
    name: 'force-drift',
    description:
      'Reason to move an alias someone moved outside digest-promote anyway; recorded in the ledger.'
  },
  { name: 'config', description: 'Path of promotion.yaml in the GitOps repository.' },
  ...GITOPS_REPOSITORY_INPUTS,
  ...REGISTRY_INPUTS
]

const MAX_REASON = 512

function parseApply(src: InputSource, ctx: RunContext): ApplyJob {
  const reason = src.get('force-drift')?.trim()
  if (reason !== undefined && (reason === '' || reason.length > MAX_REASON || /\n/.test(reason))) {
    throw new InputError(
      'force-drift',
      `${echo(reason.slice(0, 40))} is not a one-line reason`,
      `say in one line (up to ${MAX_REASON} characters) why the alias is moved over drift`
    )
  }
  const names = getList(src, 'environment')
  return {
    environments: names.map(n => getEnvironmentName({ get: () => n }, 'environment')),
    ...(reason ? { forceDrift: reason } : {}),
    configPath: getRepositoryPath(src, 'config') ?? 'promotion.yaml',
    ...parseRepositoryInputs(src, ctx),
    serverUrl: ctx.env.GITHUB_SERVER_URL ?? 'https://github.com',
    registry: parseRegistryOptions(src, ctx)
  }
}

/** The result of apply: failed when an alias drifted (unforced) or a race was lost. */
export function applyResult(results: AliasApply[]): CommandResult {
  const failed = results.filter(r => r.outcome === 'drift' || r.outcome === 'lost')
  const moved = results.filter(r => r.outcome === 'moved' || r.outcome === 'forced')
  const first = results[0]
  const rows = results.map(
    r =>
      `| ${cell(r.environment)} | ${code(r.alias)} | ${r.outcome} | ${r.before ? code(r.before) : '-'} | ${r.desired ? code(r.desired) : '-'} |`
  )
  const summary = `### Apply\n\n| environment | alias | outcome | was | now (Git) |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`
  return {
    status: failed.length > 0 ? 'failed' : moved.length > 0 ? 'changed' : 'unchanged',
    outputs: {
      digest: first?.desired ?? '',
      'previous-digest': first?.before ?? '',
      drift: String(results.some(r => r.outcome === 'drift')),
      changed: String(moved.length > 0)
    },
    text: results.map(r => `${r.environment}: ${r.message}`).join('\n'),
    json: { aliases: results },
    summary,
    ...(failed.length > 0 ? { exitCode: 1 } : {})
  }
}

/**
 * Moves each alias environment's floating tag to the digest Git says, by compare-and-swap; run
 * on push to the GitOps branch, after a promotion's pull request merged.
 */
export const applyCommand: Command<ApplyJob> = {
  name: APPLY,
  summary: "Move each alias environment's floating tag to the digest Git says (compare-and-swap).",
  usage: '[--environment production] [--force-drift "<reason>"]',
  inputs: APPLY_INPUTS,
  parse: parseApply,
  async run(job: ApplyJob, ctx: RunContext): Promise<CommandResult> {
    try {
      const { runApply } = await import('../promote/apply-run.js')
      return applyResult(await runApply(job, ctx))
    } catch (err) {
      if (err instanceof UnknownEnvironmentError) throw environmentInputError(err, 'environment')
      throw err
    }
  }
}
