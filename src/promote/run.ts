import { createHash } from 'node:crypto'
import { configImages, environmentFor } from '../config/lookup.js'
import { attestPromotion, attestationGate } from '../signing/attestation.js'
import { signatureGate, signatureRequired } from '../signing/signature-gate.js'
import { provenanceGate, provenanceRequired } from '../signing/provenance-gate.js'
import type { RegistryClient } from '../registry/client.js'
import { createRegistryClient } from '../registry/client-options.js'
import type { CommandResult } from '../util/command-result.js'
import type { RunContext } from '../util/run-context.js'
import {
  loadConfig,
  writeModeOf,
  type EnvironmentConfig,
  type PromotionConfig,
  type ValuesTarget
} from '../config/promotion-config.js'
import { InputError, PromoteError, errorMessage } from '../errors.js'
import { createOctokit } from '../github/octokit.js'
import { upsertPullRequest } from '../github/pull-request.js'
import { imageSlug, type PromotionEvent } from '../ledger/event.js'
import { readLedger, type Ledger } from '../ledger/read.js'
import { attachEvents, repairMissingRecords, uploadEventBlobs } from '../ledger/registry-ledger.js'
import { retag } from '../registry/copy.js'
import type { ImageReference } from '../registry/reference.js'
import { checkClaims, claimRequests, claimTags } from './claims.js'
import { amendBranch, confineFiles, landOnBase, landOnBranch } from './land.js'
import { planFiles, planPromotion, type PromotionPlan, type PromotionRequest } from './plan.js'
import { commitMessage, pullRequestBody, pullRequestTitle, type RenderContext } from './render.js'
import { sourceLinks } from './source-links.js'
import { openRepository, type OpenRepository } from './repository.js'
import { existingBranchEvents } from './reuse.js'
import { DEFAULT_IDENTITY, type GitOpsOptions } from './options.js'
import { commitOfEvent, revertEdits } from './revert.js'
import { recordDeployment, type DeploymentRequest } from './deployment.js'
import { Progress } from './progress.js'
import { applyAll } from './apply-run.js'
import { mapSettled } from '../util/concurrency.js'
import { planResult, promotionResult } from './result.js'

/** One promotion or rollback as the commands describe it. */
export interface PromotionJob {
  kind: 'promotion' | 'rollback' | 'unpinned'
  gitops: GitOpsOptions
  from?: { name: string; path?: string }
  /** `values` replaces promotion.yaml's values target of the environment. */
  to: { name: string; path?: string; values?: ValuesTarget }
  targetTag?: string
  allowPrerelease: boolean
  /** For rollbacks: `revert` reverts the promotion commit instead of rewriting the files. */
  strategy?: 'promote' | 'revert'
  /** For rollbacks: picks the digest to go back to from the ledger. */
  targets?: (
    ledger: Ledger,
    images: ImageReference[],
    to: EnvironmentConfig
  ) => PromotionRequest['targets']
  /** Record a GitHub deployment of the environment when the change lands or is proposed. */
  deployment?: DeploymentRequest
}

/** Everything the phases share. */
interface Session {
  job: PromotionJob
  ctx: RunContext
  repo: OpenRepository
  config?: PromotionConfig
  to: EnvironmentConfig
  from?: EnvironmentConfig
  images: ImageReference[]
  branch: string
  /** The events' record blobs, uploaded while Git lands the commit; never rejects. */
  stagedRecords?: Promise<void>
}

/**
 * The write path every promotion and rollback takes, as named phases: open the
 * GitOps repository, plan (read both environments and run every gate), then
 * tag in the registry, write to Git, and open or update the pull request. A
 * failure before the registry phase writes nothing; each later phase is
 * idempotent, so a re-run finishes what a failed run left.
 */
export async function runPromotion(
  job: PromotionJob,
  ctx: RunContext,
  planOnly: boolean
): Promise<CommandResult> {
  const repo = await ctx.logger.group('Open the GitOps repository', () =>
    openRepository(
      {
        repository: job.gitops.gitopsRepository,
        path: job.gitops.gitopsPath,
        token: job.gitops.gitopsToken,
        branch: job.gitops.gitopsBranch,
        serverUrl: job.gitops.serverUrl
      },
      ctx
    )
  )
  try {
    let session = await openSession(job, ctx, repo)
    if (!job.gitops.gitopsBranch && session.to.branch && session.to.branch !== repo.baseBranch) {
      await useBranch(repo, session.to.branch)
      session = await openSession(job, ctx, repo)
    }
    const client = createRegistryClient(job.gitops.registry, ctx)
    const mode = job.gitops.writeMode ?? writeModeOf(session.to)
    const plan = await ctx.logger.group('Run the gates', () => makePlan(session, client))
    const render: RenderContext = {
      kind: job.kind,
      from: session.from?.name,
      to: session.to.name,
      plan,
      env: ctx.env,
      note: job.gitops.note,
      sources: sourceLinks(plan, await readLedger(repo.root), ctx.env)
    }
    if (planOnly || job.gitops.dryRun) {
      await checkClaims(repo.git, claimRequests(plan, session.to.name, ctx.env))
      return planResult(session.to.name, mode, session.branch, plan, render, {
        ...job.gitops,
        commitTemplate: job.gitops.commitTemplate ?? session.config?.commit?.messageTemplate
      })
    }
    const progress = new Progress()
    try {
      await ctx.logger.group('Tag the digest in the registry', () =>
        tagImages(session, client, plan, progress)
      )
      const landed = await ctx.logger.group('Write to Git', () =>
        land(session, mode, plan, render, client, progress)
      )
      const change = {
        kind: job.kind,
        environment: session.to.name,
        mode,
        changed: landed.changed,
        commitSha: landed.commitSha,
        events: landed.plan.events,
        pullRequest: landed.pullRequest
      }
      const { deploymentId } = await recordDeployment(job.deployment, change, ctx, async () => {
        await finish(session, client, landed.plan)
        if (mode === 'commit') await moveAlias(session, repo, client)
      })
      const result = promotionResult(session.to.name, mode, landed.plan, landed)
      if (job.deployment) result.outputs['deployment-id'] = deploymentId ? String(deploymentId) : ''
      return result
    } catch (err) {
      throw progress.failed(err)
    }
  } finally {
    await repo.close()
  }
}

/** The phases after Git: the registry record of the events, and their attestations. */
/** Git decides, the registry follows: a commit is what `apply` moves an alias environment to. */
async function moveAlias(
  session: Session,
  repo: OpenRepository,
  client: RegistryClient
): Promise<void> {
  if (!session.to.alias) return
  const applied = await session.ctx.logger.group('Move the alias to what Git says', () =>
    applyAll(repo, [session.to], client, session.ctx)
  )
  const refused = applied.find(a => a.outcome === 'drift' || a.outcome === 'lost')
  if (refused) throw new PromoteError(refused.message)
}

async function finish(
  session: Session,
  client: RegistryClient,
  plan: PromotionPlan
): Promise<void> {
  const { job, ctx, repo } = session
  // A commit rebased onto a newer base carries the plan made there (its events, its ids).
  await ctx.logger.group('Record the events next to the digest', async () => {
    await session.stagedRecords
    await attachEvents(client, session.images, plan.events, ctx.logger, job.gitops.concurrency)
    // A run that changed nothing finishes what an earlier run's failed attach left undone.
    if (plan.events.length === 0) {
      const ledger = await readLedger(repo.root, session.to.name)
      await repairMissingRecords(
        client,
        session.images,
        ledger,
        session.to.name,
        ctx.logger,
        job.gitops.concurrency
      )
    }
  })
  if (job.gitops.signing.sign) {
    await ctx.logger.group('Attest the promotions', () => attest(session, client, plan))
  }
}

/**
 * Claims each new target tag in the GitOps repository (one atomic push), then puts every tag on
 * its digest, `concurrency` images at a time (idempotent). Every image settles, so one image's
 * failure leaves the others tagged; the error names the image that failed.
 */
async function tagImages(
  s: Session,
  client: RegistryClient,
  plan: PromotionPlan,
  progress?: Progress
): Promise<void> {
  const requests = claimRequests(plan, s.to.name, s.ctx.env)
  const identity = s.job.gitops.identity ?? DEFAULT_IDENTITY
  await claimTags(s.repo.git, client, requests, identity, s.ctx.logger, {
    concurrency: s.job.gitops.concurrency
  })
  const results = await mapSettled(plan.images, s.job.gitops.concurrency, p =>
    retag(
      client,
      p.image.withoutTag().withDigest(p.digest),
      p.image.withoutTag().withTag(p.targetTag),
      { expectedDigest: p.digest }
    )
  )
  const failed: unknown[] = []
  for (const [i, r] of results.entries()) {
    const p = plan.images[i]
    if (r.status === 'rejected') {
      failed.push(r.reason)
      continue
    }
    s.ctx.logger.info(
      `${r.value.changed ? 'tagged' : 'already tagged'} ${r.value.target} -> ${r.value.digest}`
    )
    progress?.did(
      `registry tag ${p.image.withoutTag().withTag(p.targetTag).toString()} names ${p.digest}`,
      'write the promotion to Git (the tag is kept)'
    )
  }
  if (failed.length === 1) throw failed[0]
  if (failed.length > 1) {
    throw new PromoteError(
      `${failed.length} of ${plan.images.length} images could not be tagged: ${failed.map(errorMessage).join('; ')}`
    )
  }
}

/**
 * Signs each landed event as an in-toto statement about its digest and attaches it, so
 * "it passed staging" is a verifiable fact for the next environment's gate.
 */
async function attest(s: Session, client: RegistryClient, plan: PromotionPlan): Promise<void> {
  for (const event of plan.events) {
    const image = s.images.find(i => i.repository === event.image)
    if (!image) continue
    const pinned = image.withoutTag().withDigest(event.digest)
    const r = await attestPromotion(client, pinned, event, s.job.gitops.signing, s.ctx.logger)
    s.ctx.logger.info(`${event.image}@${event.digest}: ${r.detail}`)
  }
}

/** Moves the work tree to an environment's own base branch (`branch` in promotion.yaml). */
async function useBranch(repo: OpenRepository, branch: string): Promise<void> {
  if (!(await repo.git.tryFetch(branch))) {
    throw new InputError(
      'gitops-branch',
      `branch '${branch}', which promotion.yaml names for the environment, does not exist`
    )
  }
  await repo.git.checkoutFresh(branch, `refs/remotes/origin/${branch}`)
  repo.baseBranch = branch
  repo.baseSha = await repo.git.head()
}

async function openSession(
  job: PromotionJob,
  ctx: RunContext,
  repo: OpenRepository
): Promise<Session> {
  const config = await loadConfig(repo.root, job.gitops.configPath, job.gitops.configRequired)
  const found = environmentFor(config, job.to.name, job.to.path)
  const to = job.to.values ? { ...found, values: job.to.values } : found
  const from = job.from ? environmentFor(config, job.from.name, job.from.path) : undefined
  const order = config?.environments.map(e => e.name) ?? []
  if (from && order.indexOf(to.name) < order.indexOf(from.name)) {
    ctx.logger.warning(
      `promotion.yaml orders ${to.name} before ${from.name}, so promoting from ${from.name} to ${to.name} goes backwards; check the direction (rollback moves an environment back)`
    )
  }
  const images =
    job.gitops.images.length > 0 ? job.gitops.images : configImages(config, job.gitops.configPath)
  if (images.length === 0)
    throw new InputError(
      'image',
      'required but not set',
      'name the image repositories, or list them under images in promotion.yaml'
    )
  const names = images.map(i => i.repository).sort()
  const slug =
    names.length === 1
      ? imageSlug(names[0])
      : `multi-${createHash('sha256').update(names.join('\n')).digest('hex').slice(0, 10)}`
  const prefix = { promotion: 'promote', rollback: 'rollback', unpinned: 'unpin' }[job.kind]
  const branch = `${prefix}/${to.name}/${slug}`
  return { job, ctx, repo, config, to, from, images, branch }
}

async function makePlan(
  s: Session,
  client: ReturnType<typeof createRegistryClient>
): Promise<PromotionPlan> {
  // The promotion branch is fetched while the registry answers the gates. However the plan
  // ends, the fetch ends first: the clone it works in is removed when the run stops.
  const existingEvents = existingBranchEvents(s.repo, s.branch, s.to.name)
  existingEvents.catch(() => undefined)
  try {
    return await planWith(s, client, existingEvents)
  } finally {
    await existingEvents.catch(() => undefined)
  }
}

async function planWith(
  s: Session,
  client: ReturnType<typeof createRegistryClient>,
  existingEvents: Promise<PromotionEvent[]>
): Promise<PromotionPlan> {
  const ledger = await readLedger(s.repo.root)
  for (const p of ledger.problems)
    s.ctx.logger.warning(`ledger file ${p.file} skipped: ${p.message}`)
  const request: PromotionRequest = {
    kind: s.job.kind,
    images: s.images,
    from: s.from,
    to: s.to,
    targets: s.job.targets?.(ledger, s.images, s.to),
    targetTag: s.job.targetTag,
    tagTemplate: s.job.gitops.tagTemplate ?? s.config?.tagTemplate,
    allowPrerelease: s.job.allowPrerelease,
    allowedRegistries: s.job.gitops.allowedRegistries ?? s.config?.registries?.allowed ?? [],
    environments: s.config?.environments,
    ...(s.job.gitops.requireAttestation
      ? {
          attestationGate: (image: ImageReference, env: EnvironmentConfig) =>
            attestationGate(client, image, env.requires ?? [], s.job.gitops.signing, s.ctx.logger, {
              environment: env.name
            })
        }
      : {}),
    provenanceGate: (image, env) =>
      provenanceGate(
        client,
        image,
        s.job.gitops.provenance,
        s.job.gitops.signing,
        provenanceRequired(s.job.gitops.provenance, env.requireProvenance),
        s.ctx.logger,
        {
          environment: env.name,
          ...(s.job.gitops.githubToken
            ? { github: { token: s.job.gitops.githubToken, apiUrl: s.job.gitops.apiUrl } }
            : {})
        }
      ),
    signatureGate: (image, env) =>
      signatureGate(
        client,
        image,
        s.job.gitops.signing,
        signatureRequired(s.job.gitops.signing, env.protected ?? false),
        s.ctx.logger,
        { environment: env.name }
      ),
    existingEvents,
    sourceRevision: s.job.gitops.sourceRevision,
    releaseLabel: s.job.gitops.releaseLabel,
    concurrency: s.job.gitops.concurrency,
    now: s.ctx.now(),
    env: s.ctx.env
  }
  if (request.targetTag && s.images.length > 1)
    throw new InputError('target-tag', 'can only be set when promoting one image')
  if (s.job.strategy === 'revert' && s.to.alias)
    throw new InputError(
      'strategy',
      `revert cannot roll back the alias environment '${s.to.name}': reverting its desired state would break the compare-and-swap`,
      'use strategy promote (the default)'
    )
  const plan = await planPromotion(s.repo.root, request, client, ledger)
  if (s.job.strategy === 'revert') plan.edits = await revertPlanEdits(s, ledger, request)
  // Every path the Git phase will write is checked here, before any registry write.
  await confineFiles(s.repo.root, planFiles(plan))
  return plan
}

/** The edits of reverting each replaced promotion's commit (once per commit). */
async function revertPlanEdits(
  s: Session,
  ledger: Ledger,
  request: PromotionRequest
): Promise<PromotionPlan['edits']> {
  const ids = [
    ...new Set(
      [...(request.targets?.values() ?? [])].flatMap(t => (t.revertOf ? [t.revertOf] : []))
    )
  ]
  const commits = new Set<string>()
  for (const id of ids) {
    const event = ledger.events.find(e => e.id === id)
    if (event) commits.add(await commitOfEvent(s.repo, event))
  }
  const edits: PromotionPlan['edits'] = []
  for (const commit of commits) edits.push(...(await revertEdits(s.repo, commit)))
  return edits
}

async function land(
  s: Session,
  mode: 'commit' | 'pull-request',
  plan: PromotionPlan,
  render: RenderContext,
  client: ReturnType<typeof createRegistryClient>,
  progress: Progress
): Promise<{
  changed: boolean
  commitSha: string
  pullRequest?: { number: number; url: string; created: boolean }
  /** The plan that landed: in commit mode, the one recomputed on the newest base. */
  plan: PromotionPlan
}> {
  const configured = s.config?.commit
  const identity =
    s.job.gitops.identity ??
    (configured?.authorName && configured.authorEmail
      ? { name: configured.authorName, email: configured.authorEmail }
      : DEFAULT_IDENTITY)
  const template = s.job.gitops.commitTemplate ?? s.config?.commit?.messageTemplate
  const message = commitMessage(render, template)
  if (mode === 'commit') {
    // The registry would wait idle while Git lands the commit: the record blobs go up meanwhile.
    // The events change only when the base moved (a new plan), and then the attach uploads.
    s.stagedRecords = uploadEventBlobs(client, s.images, plan.events, s.job.gitops.concurrency)
    let current = plan
    const landedOnBase = await landOnBase(s.repo, identity, s.ctx.logger, async () => {
      if (current !== plan || (await s.repo.git.head()) !== s.repo.baseSha) {
        current = await makePlan(s, client)
        // The newer base may pin another source digest; its target tag must exist too.
        await tagImages(s, client, current)
      }
      return {
        files: planFiles(current),
        message: commitMessage({ ...render, plan: current }, template)
      }
    })
    if (landedOnBase.changed)
      progress.did(
        `commit ${landedOnBase.commitSha.slice(0, 12)} is pushed to ${s.repo.baseBranch}`,
        'finish the promotion (the commit is kept)'
      )
    return { ...landedOnBase, plan: current }
  }
  const landed = await landOnBranch(s.repo, s.branch, identity, planFiles(plan), message)
  if (!landed.changed && landed.commitSha === s.repo.baseSha) return { ...landed, plan }
  progress.did(
    `branch ${s.branch} is pushed (${landed.commitSha.slice(0, 12)})`,
    'open the pull request for that branch (the branch is reused, not rebuilt)'
  )
  if (!s.job.gitops.githubToken) {
    s.ctx.logger.warning(
      `no GitHub token: pushed ${s.branch}, but opened no pull request; set github-token or gitops-token`
    )
    const title = pullRequestTitle(render, s.job.gitops.titleTemplate)
    s.ctx.logger.info(
      `Pull request to open from ${s.branch} into ${s.repo.baseBranch}:\n\n# ${title}\n\n${pullRequestBody(render)}`
    )
    return { ...landed, plan }
  }
  const [owner, repo] = (s.job.gitops.gitopsRepository ?? s.ctx.env.GITHUB_REPOSITORY ?? '/').split(
    '/'
  ) as [string, string]
  const octokit = await createOctokit(s.job.gitops.githubToken, {
    baseUrl: s.job.gitops.apiUrl,
    logger: s.ctx.logger
  })
  const envCfg = s.to
  const pr = await upsertPullRequest(
    octokit,
    {
      owner,
      repo,
      head: s.branch,
      base: s.repo.baseBranch,
      title: pullRequestTitle(render, s.job.gitops.titleTemplate),
      body: pullRequestBody(render),
      labels: [...new Set([...(envCfg.labels ?? []), ...s.job.gitops.labels])],
      reviewers: [...new Set([...(envCfg.reviewers ?? []), ...s.job.gitops.reviewers])],
      teamReviewers: [...new Set([...(envCfg.teamReviewers ?? []), ...s.job.gitops.teamReviewers])],
      draft: s.job.gitops.draft ?? envCfg.draft ?? false
    },
    s.ctx.logger
  )
  let commitSha = landed.commitSha
  const needsNumber = plan.events.some(e => e.pullRequest?.number !== pr.number)
  if (needsNumber) {
    const events: PromotionEvent[] = plan.events.map(e => ({
      ...e,
      pullRequest: { number: pr.number, url: pr.url }
    }))
    // The events are final now: their record blobs go up while the branch is amended.
    s.stagedRecords = uploadEventBlobs(client, s.images, events, s.job.gitops.concurrency)
    commitSha = await amendBranch(
      s.repo,
      s.branch,
      identity,
      planFiles({ ...plan, events }),
      message,
      landed.commitSha
    )
    plan.events.splice(0, plan.events.length, ...events)
  }
  return {
    changed: landed.changed || needsNumber || pr.created,
    commitSha,
    pullRequest: pr,
    plan
  }
}
