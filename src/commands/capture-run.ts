/**
 * What `capture` does once its inputs are parsed; loaded with `import()` only when it runs, so
 * the registry client, signing and the GitOps claims stay out of the always-loaded chunk.
 *
 * @module
 */

import { pipelineFromEnv } from '../ledger/event.js'
import { claimInRepository, type ClaimRequest } from '../promote/claims.js'
import type { RegistryClient } from '../registry/client.js'
import { createRegistryClient } from '../registry/client-options.js'
import { mapSettled } from '../util/concurrency.js'
import type { CaptureOptions } from './capture.js'
import { captureResult, resolveOne, tagOne, type Resolved } from './capture-steps.js'
import type { RepositoryInputs } from './gitops-inputs.js'
import { checkPatternInputs } from './pattern-inputs.js'
import { DEFAULT_IDENTITY } from './promote-inputs.js'
import { summarizeFailures } from './summary.js'
import type { CommandResult, RunContext } from './types.js'

/** What to do when another build of the same version and revision holds the tag name. */
const CLAIMED_FIX =
  'give this build its own tag (a new version or source-revision, or a tag-template that tells the builds apart)'

/** Runs {@link captureCommand}: resolve, claim, tag. */
export async function runCapture(opts: CaptureOptions, ctx: RunContext): Promise<CommandResult> {
  await checkPatternInputs(opts)
  const client = createRegistryClient(opts.registry, ctx)
  const names = opts.images.map(i => i.familiar)
  const resolved = await ctx.logger.group('Resolve the built digest', async () =>
    fulfilled(
      await mapSettled(opts.images, opts.concurrency, image =>
        resolveOne(client, image, opts, ctx.logger, ctx.now())
      ),
      names
    )
  )
  if (opts.gitops) await claimTags(resolved, opts, opts.gitops, client, ctx)
  const results = await ctx.logger.group('Tag the digest', async () =>
    fulfilled(
      await mapSettled(resolved, opts.concurrency, r => tagOne(client, r, opts, ctx.logger)),
      names
    )
  )
  return captureResult(results, opts.dryRun)
}

/** The values of `settled`, or one error naming every image that failed. */
function fulfilled<T>(settled: PromiseSettledResult<T>[], names: string[]): T[] {
  const failure = summarizeFailures(settled, names)
  if (failure) throw failure
  return settled.map(s => (s as PromiseFulfilledResult<T>).value)
}

/**
 * Claims the environment tags about to be pushed in the GitOps repository, as promote does,
 * so that of two captures rendering one tag name for different digests only one pushes it.
 */
async function claimTags(
  resolved: Resolved[],
  opts: CaptureOptions,
  gitops: RepositoryInputs,
  client: RegistryClient,
  ctx: RunContext
): Promise<void> {
  const run = pipelineFromEnv(ctx.env).url
  const environment = opts.environment ?? ''
  const requests: ClaimRequest[] = resolved.flatMap(r =>
    r.tag ? [{ image: r.image, tag: r.tag, digest: r.digest, environment, run, eventId: null }] : []
  )
  if (requests.length === 0) return
  const site = {
    source: {
      repository: gitops.gitopsRepository,
      path: gitops.gitopsPath,
      token: gitops.gitopsToken,
      branch: gitops.gitopsBranch,
      serverUrl: opts.serverUrl
    },
    identity: DEFAULT_IDENTITY,
    dryRun: opts.dryRun,
    fix: CLAIMED_FIX
  }
  await ctx.logger.group('Claim the environment tags in the GitOps repository', () =>
    claimInRepository(site, client, requests, ctx)
  )
}
