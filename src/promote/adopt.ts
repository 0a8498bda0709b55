import { createHash } from 'node:crypto'
import {
  loadConfig,
  writeModeOf,
  type EnvironmentConfig,
  type PromotionConfig,
  type WriteMode
} from '../config/promotion-config.js'
import type { GitIdentity } from '../git/git-command-manager.js'
import { createOctokit } from '../github/octokit.js'
import { upsertPullRequest } from '../github/pull-request.js'
import { eventPath, imageSlug, serializeEvent, type PromotionEvent } from '../ledger/event.js'
import { readLedger } from '../ledger/read.js'
import { attachEvents, repairMissingRecords } from '../ledger/registry-ledger.js'
import type { Logger } from '../logger.js'
import type { RegistryClient } from '../registry/client.js'
import type { ImageReference } from '../registry/reference.js'
import { checkAdoption, type AdoptionCheck } from './adopt-check.js'
import { recordAdoptionDeployments, type AdoptionLanding } from './adopt-deployment.js'
import type { DeploymentRequest } from './deployment.js'
import { amendBranch, confineFiles, landOnBase, landOnBranch, type FileSet } from './land.js'
import { openRepository, type OpenRepository, type RepositorySource } from './repository.js'
import { existingBranchEvents, reuseEvents } from './reuse.js'

/** One adoption as the `adopt` command describes it. */
export interface AdoptionJob {
  repository: RepositorySource
  configPath: string
  configRequired: boolean
  /** The environments to adopt, picked from promotion.yaml (throws for unknown names). */
  environments: (config: PromotionConfig | undefined) => EnvironmentConfig[]
  /** The images to adopt, from inputs or promotion.yaml (throws when there are none). */
  images: (config: PromotionConfig | undefined) => ImageReference[]
  /** Overrides each environment's write mode. */
  writeMode?: WriteMode
  identity: GitIdentity
  /** `owner/name` for the pull requests; absent to only push the branch. */
  github?: { token: string; apiUrl: string; owner: string; repo: string }
  labels: string[]
  sourceRevision?: string
  releaseLabel?: string
  /** Record a GitHub deployment of each environment whose record lands or is proposed. */
  deployment?: DeploymentRequest
}

/** The seams adoption uses (a command's RunContext has them). */
export interface AdoptionContext {
  logger: Logger
  env: NodeJS.ProcessEnv
  now: () => Date
}

/** What an adoption did, per environment. */
export interface AdoptionResult {
  checks: AdoptionCheck[]
  /** Events written (or kept on an open pull request's branch) by this run. */
  events: PromotionEvent[]
  changed: boolean
  commitSha?: string
  pullRequests: Array<{ environment: string; number: number; url: string; created: boolean }>
  /** Branches pushed without a pull request (no GitHub token). */
  branches: string[]
  /** GitHub deployments recorded (with `deployment: true`). */
  deployments: Array<{ environment: string; id: number }>
}

/**
 * Records what each environment runs today as `adopted` ledger events, after checking every
 * digest against the registry: the environments that write by commit in one commit on the base
 * branch, each one that writes by pull request on its own `adopt/<env>/<image>` branch. It works
 * in a temporary clone, as promotions do; an environment that fails its check gets nothing.
 */
export async function runAdoption(
  job: AdoptionJob,
  client: RegistryClient,
  ctx: AdoptionContext
): Promise<AdoptionResult> {
  const repo = await ctx.logger.group('Open the GitOps repository', () =>
    openRepository(job.repository, ctx)
  )
  try {
    const config = await loadConfig(repo.root, job.configPath, job.configRequired)
    const environments = job.environments(config)
    const images = job.images(config)
    const ledger = await readLedger(repo.root)
    for (const p of ledger.problems)
      ctx.logger.warning(`ledger file ${p.file} skipped: ${p.message}`)
    const run = {
      now: ctx.now(),
      env: ctx.env,
      sourceRevision: job.sourceRevision,
      releaseLabel: job.releaseLabel
    }
    const checks: AdoptionCheck[] = []
    await ctx.logger.group('Check what each environment runs against the registry', async () => {
      for (const env of environments)
        checks.push(await checkAdoption(repo.root, env, images, client, ledger, run))
    })
    const result: AdoptionResult = {
      checks,
      events: [],
      changed: false,
      pullRequests: [],
      branches: [],
      deployments: []
    }
    const landings: AdoptionLanding[] = []
    const mode = (e: EnvironmentConfig): WriteMode => job.writeMode ?? writeModeOf(e)
    const toWrite = checks.flatMap(c => ('events' in c && c.events.length > 0 ? [c] : []))
    for (const c of toWrite) await confineFiles(repo.root, eventFiles(c.events))
    const byCommit = toWrite.filter(c => mode(c.environment) === 'commit')
    if (byCommit.length > 0)
      await ctx.logger.group('Record by commit', () =>
        commitEvents(repo, job, byCommit, result, ctx, landings)
      )
    for (const c of toWrite.filter(c => mode(c.environment) === 'pull-request')) {
      await ctx.logger.group(`Propose ${c.environment.name}'s record`, () =>
        proposeEvents(repo, job, c.environment, c.events, images, result, ctx, landings)
      )
    }
    if (job.deployment)
      await ctx.logger.group('Record GitHub deployments', async () => {
        result.deployments = await recordAdoptionDeployments(job.deployment, landings, ctx)
      })
    await ctx.logger.group('Record the events next to the digest', async () => {
      await attachEvents(client, images, result.events, ctx.logger)
      // A re-run finishes what an earlier run's failed attach left undone.
      for (const c of checks)
        if ('recorded' in c && c.recorded.length > 0)
          await repairMissingRecords(client, images, ledger, c.environment.name, ctx.logger)
    })
    return result
  } finally {
    await repo.close()
  }
}

function eventFiles(events: PromotionEvent[]): FileSet {
  return events.map(e => ({ path: eventPath(e), content: serializeEvent(e) }))
}

function commitMessage(environments: string[], events: PromotionEvent[]): string {
  const lines = events.map(
    e => `- ${e.environment}: ${e.image}@${e.digest}${e.targetTag ? ` as ${e.targetTag}` : ''}`
  )
  const trailers = events.map(e => `Promotion-Event: ${e.id}`)
  return `adopt(${environments.join(', ')}): record what runs today\n\n${lines.join('\n')}\n\n${trailers.join('\n')}\n`
}

async function commitEvents(
  repo: OpenRepository,
  job: AdoptionJob,
  checks: Array<{ environment: EnvironmentConfig; events: PromotionEvent[] }>,
  result: AdoptionResult,
  ctx: AdoptionContext,
  landings: AdoptionLanding[]
): Promise<void> {
  const events = checks.flatMap(c => c.events)
  const message = commitMessage(
    checks.map(c => c.environment.name),
    events
  )
  const landed = await landOnBase(repo, job.identity, ctx.logger, () =>
    Promise.resolve({ files: eventFiles(events), message })
  )
  result.events.push(...events)
  result.changed ||= landed.changed
  result.commitSha = landed.commitSha
  for (const c of checks)
    landings.push({
      environment: c.environment.name,
      mode: 'commit',
      changed: landed.changed,
      commitSha: landed.commitSha,
      events: c.events
    })
  // Pull request branches start from the commit that records the other environments.
  repo.baseSha = landed.commitSha
}

async function proposeEvents(
  repo: OpenRepository,
  job: AdoptionJob,
  environment: EnvironmentConfig,
  planned: PromotionEvent[],
  images: ImageReference[],
  result: AdoptionResult,
  ctx: AdoptionContext,
  landings: AdoptionLanding[]
): Promise<void> {
  const branch = `adopt/${environment.name}/${branchSlug(images)}`
  let events = reuseEvents(planned, await existingBranchEvents(repo, branch, environment.name))
  const message = commitMessage([environment.name], events)
  const landed = await landOnBranch(repo, branch, job.identity, eventFiles(events), message)
  result.changed ||= landed.changed
  if (!job.github) {
    ctx.logger.warning(
      `no GitHub token: pushed ${branch}, but opened no pull request; set github-token or gitops-token`
    )
    result.branches.push(branch)
    result.events.push(...events)
    return
  }
  const octokit = await createOctokit(job.github.token, {
    baseUrl: job.github.apiUrl,
    logger: ctx.logger
  })
  const pr = await upsertPullRequest(
    octokit,
    {
      owner: job.github.owner,
      repo: job.github.repo,
      head: branch,
      base: repo.baseBranch,
      title: `Adopt ${environment.name}: record what it runs today`,
      body: pullRequestBody(environment, events),
      labels: [...new Set([...(environment.labels ?? []), ...job.labels])],
      reviewers: environment.reviewers ?? [],
      teamReviewers: environment.teamReviewers ?? [],
      draft: environment.draft ?? false
    },
    ctx.logger
  )
  let head = landed.commitSha
  if (events.some(e => e.pullRequest?.number !== pr.number)) {
    events = events.map(e => ({ ...e, pullRequest: { number: pr.number, url: pr.url } }))
    head = await amendBranch(repo, branch, job.identity, eventFiles(events), message, head)
    result.changed = true
  }
  landings.push({
    environment: environment.name,
    mode: 'pull-request',
    changed: landed.changed || pr.created,
    commitSha: head,
    events,
    pullRequest: { number: pr.number, url: pr.url }
  })
  result.changed ||= pr.created
  result.events.push(...events)
  result.pullRequests.push({ environment: environment.name, ...pr })
}

function branchSlug(images: ImageReference[]): string {
  const names = images.map(i => i.repository).sort()
  return names.length === 1
    ? imageSlug(names[0])
    : `multi-${createHash('sha256').update(names.join('\n')).digest('hex').slice(0, 10)}`
}

function pullRequestBody(environment: EnvironmentConfig, events: PromotionEvent[]): string {
  const rows = events.map(
    e =>
      `| \`${e.image}\` | \`${e.targetTag ?? '-'}\` | \`${e.digest}\` | ${e.gates[0]?.detail ?? ''} |`
  )
  return [
    `## Adopt ${environment.name}`,
    '',
    `Records what ${environment.name} runs today as \`adopted\` ledger events; no file of the environment changes.`,
    'Each digest was checked against the registry. Once merged, promotions that require',
    `${environment.name} accept these digests as having been there.`,
    '',
    '| image | tag | digest | checked |',
    '| --- | --- | --- | --- |',
    ...rows,
    ''
  ].join('\n')
}
