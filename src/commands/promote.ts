import { InputError } from '../errors.js'
import { getBoolean, type InputSource } from '../inputs.js'
import { VALUES_INPUTS, parseValuesTarget } from './values-inputs.js'
import type { PromotionJob } from '../promote/run.js'
import {
  GITOPS_INPUTS,
  getEnvironmentName,
  getRepositoryPath,
  parseGitOpsOptions,
  runPromotionJob
} from './promote-inputs.js'
import {
  DEPLOYMENT_INPUTS,
  DEPLOYMENT_INPUT_NAMES,
  parseDeploymentRequest
} from './deployment-inputs.js'
import type { Command, CommandResult, InputSpec, RunContext } from './types.js'

/** The `promote` command's name. */
export const PROMOTE = 'promote'
/** The `plan` command's name. */
export const PLAN = 'plan'

const PROMOTE_INPUTS: InputSpec[] = [
  {
    name: 'from-environment',
    description: 'Environment the digest comes from (e.g. staging).',
    required: true
  },
  {
    name: 'to-environment',
    description: 'Environment to promote into (e.g. production).',
    required: true
  },
  {
    name: 'from-path',
    description:
      'Directory of the from environment (default: promotion.yaml, else clusters/<name>).'
  },
  {
    name: 'to-path',
    description: 'Directory of the to environment (default: promotion.yaml, else clusters/<name>).'
  },
  {
    name: 'target-tag',
    description:
      'Target tag (one image only); default: the source tag with its environment replaced.'
  },
  {
    name: 'allow-prerelease',
    description: 'Allow a pre-release version into a protected environment.',
    kind: 'flag'
  },
  ...VALUES_INPUTS,
  ...GITOPS_INPUTS
]

const ENVIRONMENT_INPUTS = { to: 'to-environment', from: 'from-environment' }

function parsePromote(src: InputSource, ctx: RunContext): PromotionJob {
  const from = getEnvironmentName(src, 'from-environment')
  const to = getEnvironmentName(src, 'to-environment')
  if (from === to) {
    throw new InputError(
      'to-environment',
      `'${to}' is also the from-environment`,
      'promote from one environment into another, e.g. from-environment dev, to-environment staging'
    )
  }
  return {
    kind: 'promotion',
    gitops: parseGitOpsOptions(src, ctx),
    from: { name: from, path: getRepositoryPath(src, 'from-path') },
    to: { name: to, path: getRepositoryPath(src, 'to-path'), values: parseValuesTarget(src) },
    targetTag: src.get('target-tag'),
    allowPrerelease: getBoolean(src, 'allow-prerelease', false)
  }
}

/**
 * Moves the digest the `from` environment runs into the `to` environment: gates,
 * then the immutable target tag on the same bytes, then the files and ledger
 * event in one commit, pushed or proposed as a pull request.
 */
export const promoteCommand: Command<PromotionJob> = {
  name: PROMOTE,
  summary: 'Promote the digest one environment runs into the next (tag, files, ledger, PR).',
  usage:
    '--from-environment staging --to-environment production [--image ghcr.io/acme/app] [--dry-run]',
  inputs: [...PROMOTE_INPUTS, ...DEPLOYMENT_INPUTS],
  parse(src: InputSource, ctx: RunContext): PromotionJob {
    const job = parsePromote(src, ctx)
    return { ...job, deployment: parseDeploymentRequest(src, ctx, job.gitops) }
  },
  run(job: PromotionJob, ctx: RunContext): Promise<CommandResult> {
    return runPromotionJob(job, ctx, false, ENVIRONMENT_INPUTS)
  }
}

/** Everything `promote` would do, written nowhere. */
export const planCommand: Command<PromotionJob> = {
  name: PLAN,
  summary: 'Show what promote would do: gates, tags, file diffs, pull request; writes nothing.',
  usage: '--from-environment staging --to-environment production [--image ghcr.io/acme/app]',
  inputs: PROMOTE_INPUTS.filter(i => i.name !== 'dry-run' && !DEPLOYMENT_INPUT_NAMES.has(i.name)),
  // A plan is always dry: it has no dry-run input, so the shared parser must not ask for one.
  parse: (src, ctx) =>
    parsePromote({ get: name => (name === 'dry-run' ? undefined : src.get(name)) }, ctx),
  run(job: PromotionJob, ctx: RunContext): Promise<CommandResult> {
    return runPromotionJob(job, ctx, true, ENVIRONMENT_INPUTS)
  }
}
