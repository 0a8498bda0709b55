import type { InputSource } from '../inputs.js'
import type { PromotionJob } from '../promote/run.js'
import {
  GITOPS_INPUTS,
  getEnvironmentName,
  getRepositoryPath,
  parseGitOpsOptions,
  runPromotionJob
} from './promote-inputs.js'
import { VALUES_INPUTS, parseValuesTarget } from './values-inputs.js'
import type { Command, CommandResult, InputSpec, RunContext } from './types.js'

const UNPIN_INPUTS: InputSpec[] = [
  {
    name: 'environment',
    description: 'Environment whose rollback pins to restore (e.g. production).',
    required: true
  },
  {
    name: 'to-path',
    description: 'Directory of the environment (default: promotion.yaml, else clusters/<name>).'
  },
  ...VALUES_INPUTS,
  ...GITOPS_INPUTS
]

/**
 * Hands an environment's image back to Flux image automation without moving its digest: every
 * marker a rollback pinned (`$imagepolicy-pinned`) becomes a live `$imagepolicy` marker again,
 * through the same governed path as a promotion (gates, a ledger event of kind `unpinned`,
 * then a commit or pull request per the environment's write mode).
 */
export const unpinCommand: Command<PromotionJob> = {
  name: 'unpin',
  summary:
    'Restore the Flux markers a rollback pinned, so image automation updates the environment again (the digest stays).',
  usage: '--environment production [--image ghcr.io/acme/app]',
  inputs: UNPIN_INPUTS,
  parse(src: InputSource, ctx: RunContext): PromotionJob {
    return {
      kind: 'unpinned',
      gitops: parseGitOpsOptions(src, ctx),
      to: {
        name: getEnvironmentName(src, 'environment'),
        path: getRepositoryPath(src, 'to-path'),
        values: parseValuesTarget(src)
      },
      allowPrerelease: true
    }
  },
  run(job: PromotionJob, ctx: RunContext): Promise<CommandResult> {
    return runPromotionJob(job, ctx, false, { to: 'environment' })
  }
}
