import { GateError, InputError } from '../errors.js'
import type { EnvironmentConfig } from '../config/promotion-config.js'
import { getEnum, type InputSource } from '../inputs.js'
import { latestDeployment, previousTarget } from '../ledger/query.js'
import type { Ledger } from '../ledger/read.js'
import type { PromotionRequest } from '../promote/plan.js'
import type { PromotionJob } from '../promote/run.js'
import { isDigest, type ImageReference } from '../registry/reference.js'
import {
  GITOPS_INPUTS,
  getEnvironmentName,
  getRepositoryPath,
  parseGitOpsOptions,
  runPromotionJob
} from './promote-inputs.js'
import { DEPLOYMENT_INPUTS, parseDeploymentRequest } from './deployment-inputs.js'
import { VALUES_INPUTS, parseValuesTarget } from './values-inputs.js'
import type { Command, CommandResult, InputSpec, RunContext } from './types.js'

/** The `rollback` command's name. */
export const ROLLBACK = 'rollback'

const ROLLBACK_INPUTS: InputSpec[] = [
  {
    name: 'environment',
    description: 'Environment to roll back (e.g. production).',
    required: true
  },
  {
    name: 'target',
    description:
      'previous (default: the digest before the latest move), a digest, or a ledger event id.'
  },
  {
    name: 'strategy',
    description:
      'promote (default: rewrite the files to the target digest) or revert (git revert of the promotion commit).'
  },
  {
    name: 'to-path',
    description: 'Directory of the environment (default: promotion.yaml, else clusters/<name>).'
  },
  { name: 'target-tag', description: 'Tag for a target digest the ledger has no tag for.' },
  ...VALUES_INPUTS,
  ...GITOPS_INPUTS,
  ...DEPLOYMENT_INPUTS
]

/** Picks each image's rollback target from the ledger, or refuses with the reason. */
export function rollbackTargets(
  target: string,
  strategy: 'promote' | 'revert',
  runId: string | undefined,
  targetTag: string | undefined
): (
  ledger: Ledger,
  images: ImageReference[],
  to: EnvironmentConfig
) => PromotionRequest['targets'] {
  return (ledger, images, to) => {
    const map: NonNullable<PromotionRequest['targets']> = new Map()
    for (const image of images) {
      const repo = image.repository
      const latest = latestDeployment(ledger, to.name, repo)
      let digest: string
      let tag: string | undefined
      if (target === 'previous') {
        const t = previousTarget(ledger, to.name, repo, runId)
        if (!t) {
          throw new GateError(
            'source',
            `the ledger has no earlier digest of ${repo} in ${to.name}, so there is nothing to roll back to`,
            'roll back to an explicit digest with target: sha256:...'
          )
        }
        ;({ digest, tag } = t)
      } else if (isDigest(target)) {
        digest = target
        tag =
          [...ledger.events]
            .reverse()
            .find(e => e.environment === to.name && e.image === repo && e.digest === target)
            ?.targetTag ?? undefined
      } else {
        const event = ledger.events.find(e => e.id === target && e.environment === to.name)
        if (!event)
          throw new InputError(
            'target',
            `event '${target}' not found in .promotions/${to.name}/`,
            'use previous, a digest, or an id from status'
          )
        digest = event.digest
        tag = event.targetTag ?? undefined
      }
      tag = targetTag ?? tag
      if (!tag)
        throw new InputError(
          'target-tag',
          `the ledger has no ${to.name} tag for ${repo}@${digest}; set target-tag`
        )
      const revertOf =
        strategy === 'revert' && latest && latest.digest !== digest ? latest.id : undefined
      map.set(repo, { digest, tag, ...(revertOf ? { revertOf } : {}) })
    }
    return map
  }
}

/**
 * Rolls an environment back through the same governed path as a promotion:
 * gates, the registry tag, files and a ledger event of kind `rollback`, then a
 * commit or pull request per the environment's write mode.
 */
export const rollbackCommand: Command<PromotionJob> = {
  name: ROLLBACK,
  summary: 'Roll an environment back to an earlier digest (same gates, ledger and PR path).',
  usage:
    '--environment production [--target previous|sha256:...|<event-id>] [--strategy promote|revert]',
  inputs: ROLLBACK_INPUTS,
  parse(src: InputSource, ctx: RunContext): PromotionJob {
    const target = src.get('target') ?? 'previous'
    const strategy = getEnum(src, 'strategy', ['promote', 'revert'] as const, 'promote')
    const targetTag = src.get('target-tag')
    const gitops = parseGitOpsOptions(src, ctx)
    return {
      kind: 'rollback',
      gitops,
      deployment: parseDeploymentRequest(src, ctx, gitops),
      to: {
        name: getEnvironmentName(src, 'environment'),
        path: getRepositoryPath(src, 'to-path'),
        values: parseValuesTarget(src)
      },
      allowPrerelease: true,
      strategy,
      targets: rollbackTargets(target, strategy, ctx.env.GITHUB_RUN_ID, targetTag)
    }
  },
  run(job: PromotionJob, ctx: RunContext): Promise<CommandResult> {
    return runPromotionJob(job, ctx, false, { to: 'environment' })
  }
}
