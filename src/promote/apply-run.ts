import { environmentFor } from '../config/lookup.js'
import { loadConfig, type EnvironmentConfig } from '../config/promotion-config.js'
import { PromoteError } from '../errors.js'
import {
  eventId,
  eventPath,
  pipelineFromEnv,
  serializeEvent,
  type PromotionEvent
} from '../ledger/event.js'
import { attachEvents } from '../ledger/registry-ledger.js'
import { readLedger } from '../ledger/read.js'
import type { RegistryClient } from '../registry/client.js'
import { parseReference } from '../registry/reference.js'
import type { RegistryOptions } from '../registry/client-options.js'
import { createRegistryClient } from '../registry/client-options.js'
import type { RunContext } from '../util/run-context.js'
import { aliasReference, readDesiredState } from './alias.js'
import { applyAlias, type AliasApply } from './apply.js'
import { landOnBase } from './land.js'
import { DEFAULT_IDENTITY } from './options.js'
import { openRepository, type OpenRepository } from './repository.js'

/** What `apply` reads. */
export interface ApplyJob {
  /** Alias environments to apply; empty: every alias environment of promotion.yaml. */
  environments: string[]
  forceDrift?: string
  configPath: string
  gitopsRepository?: string
  gitopsToken?: string
  gitopsPath: string
  gitopsBranch?: string
  serverUrl: string
  registry: RegistryOptions
}

/** Opens the GitOps repository and moves each alias environment's alias to what Git says. */
export async function runApply(job: ApplyJob, ctx: RunContext): Promise<AliasApply[]> {
  const repo = await ctx.logger.group('Open the GitOps repository', () =>
    openRepository(
      {
        repository: job.gitopsRepository,
        path: job.gitopsPath,
        token: job.gitopsToken,
        branch: job.gitopsBranch,
        serverUrl: job.serverUrl
      },
      ctx
    )
  )
  try {
    const config = await loadConfig(repo.root, job.configPath, true)
    const envs =
      job.environments.length > 0
        ? job.environments.map(name => environmentFor(config, name, undefined))
        : (config?.environments ?? []).filter(e => e.alias)
    for (const env of envs) {
      if (!env.alias)
        throw new PromoteError(
          `environment '${env.name}' has no alias in promotion.yaml, so apply has nothing to move; name an alias environment`
        )
      aliasReference(env)
    }
    if (envs.length === 0) ctx.logger.info(`${job.configPath} has no alias environment to apply`)
    const client = createRegistryClient(job.registry, ctx)
    return await ctx.logger.group('Move the aliases to what Git says', () =>
      applyAll(repo, envs, client, ctx, job.forceDrift)
    )
  } finally {
    await repo.close()
  }
}

/** Applies the alias environments of an open checkout; `promote` calls it in commit mode. */
export async function applyAll(
  repo: OpenRepository,
  envs: EnvironmentConfig[],
  client: RegistryClient,
  ctx: RunContext,
  forceDrift?: string
): Promise<AliasApply[]> {
  const ledger = await readLedger(repo.root)
  const out: AliasApply[] = []
  for (const env of envs) {
    let r = await applyAlias(repo.root, env, { client, ledger, logger: ctx.logger, forceDrift })
    if (r.outcome === 'moved') r = await followGit(repo, env, r, client, ctx)
    if (r.outcome === 'forced') await recordForced(repo, r, ledger.events, client, ctx, forceDrift!)
    if (r.outcome === 'drift' || r.outcome === 'lost') ctx.logger.warning(r.message)
    else ctx.logger.info(r.message)
    out.push(r)
  }
  return out
}

/**
 * After a move, asks Git again: a run that read Git before a newer move was merged may have put
 * the alias on a digest Git no longer wants, after a fresh run found nothing to do. The registry
 * has no conditional write to stop that, so the stale run says it lost and applies what Git says
 * now (the same compare-and-swap, from the digest it just wrote).
 */
async function followGit(
  repo: OpenRepository,
  env: EnvironmentConfig,
  r: AliasApply,
  client: RegistryClient,
  ctx: RunContext
): Promise<AliasApply> {
  if (!(await repo.git.tryFetch(repo.baseBranch))) return r
  await repo.git.checkoutFresh(repo.baseBranch, `refs/remotes/origin/${repo.baseBranch}`)
  const now = await readDesiredState(repo.root, env.name, r.image)
  if (!now || now.digest === r.desired) return r
  const ledger = await readLedger(repo.root)
  const again = await applyAlias(repo.root, env, { client, ledger, logger: ctx.logger })
  return {
    ...again,
    outcome: 'lost',
    message: `lost a race: this run moved ${r.alias} to ${r.desired} from a Git state that was already superseded (Git now says ${now.digest}, event ${now.event}); then: ${again.message}`
  }
}

/**
 * Records a forced move over drift as its own ledger event (the reason, and what the alias
 * named), committed to the base branch and attached to the digest.
 */
async function recordForced(
  repo: OpenRepository,
  r: AliasApply,
  events: PromotionEvent[],
  client: RegistryClient,
  ctx: RunContext,
  reason: string
): Promise<void> {
  const moved = events.find(e => e.id === r.event)
  const now = ctx.now()
  const event: PromotionEvent = {
    ...(moved ?? emptyEvent(r)),
    id: `${eventId(now, r.environment, r.image, r.desired!)}-forced`,
    environment: r.environment,
    image: r.image,
    digest: r.desired!,
    previousDigest: r.before,
    alias: {
      tag: moved?.alias.tag ?? null,
      floating: { repository: r.image, tag: r.tag, previousDigest: r.before }
    },
    pipeline: pipelineFromEnv(ctx.env),
    actor: ctx.env.GITHUB_ACTOR ?? null,
    timestamp: now.toISOString(),
    gates: [
      {
        name: 'alias-drift',
        result: 'skipped',
        detail: `forced over drift: the alias named ${r.before ?? 'nothing'}, not ${r.previous ?? 'nothing'} as Git recorded; reason: ${reason}`
      }
    ],
    pullRequest: null
  }
  await landOnBase(repo, DEFAULT_IDENTITY, ctx.logger, () =>
    Promise.resolve({
      files: [{ path: eventPath(event), content: serializeEvent(event) }],
      message: `apply: ${r.alias} forced over drift to ${r.desired}\n\nReason: ${reason}`
    })
  )
  await attachEvents(client, [parseReference(r.image)], [event], ctx.logger)
}

function emptyEvent(r: AliasApply): PromotionEvent {
  return {
    schemaVersion: 1,
    id: '',
    kind: 'promotion',
    environment: r.environment,
    alias: { tag: null, floating: null },
    image: r.image,
    digest: r.desired!,
    previousDigest: null,
    fromEnvironment: null,
    sourceTag: null,
    targetTag: null,
    sourceRevision: null,
    pipeline: pipelineFromEnv({}),
    actor: null,
    timestamp: '',
    releaseLabel: null,
    gates: [],
    pullRequest: null,
    revertOf: null
  }
}
