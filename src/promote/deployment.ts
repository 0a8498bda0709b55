import { errorMessage } from '../errors.js'
import {
  DEPLOYMENT_TOOL,
  createDeployment,
  isOwnDeployment,
  listDeployments,
  setDeploymentState,
  type DeploymentState,
  type RepositoryRef
} from '../github/deployments.js'
import { createOctokit } from '../github/octokit.js'
import type { PromotionEvent } from '../ledger/event.js'
import type { RunContext } from '../util/run-context.js'

/** Where and how to record a GitHub deployment, resolved by the command from its inputs. */
export interface DeploymentRequest extends RepositoryRef {
  token: string
  apiUrl: string
  /** `environment_url` of the statuses (the environment's address), when known. */
  environmentUrl?: string
}

/** What the Git phase landed, as the deployment describes it. */
export interface LandedChange {
  kind: 'promotion' | 'rollback' | 'unpinned' | 'adoption'
  environment: string
  mode: 'commit' | 'pull-request'
  changed: boolean
  /** The promotion commit (commit mode) or the pull request's head commit. */
  commitSha: string
  events: PromotionEvent[]
  pullRequest?: { number: number; url: string }
}

/** The run's URL, the deployment statuses' `log_url`, when the runner says where it is. */
export function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined
}

function payloadOf(change: LandedChange): Record<string, unknown> {
  return {
    tool: DEPLOYMENT_TOOL,
    kind: change.kind,
    events: change.events.map(e => e.id),
    images: change.events.map(e => ({ image: e.image, digest: e.digest, tag: e.targetTag })),
    ...(change.pullRequest ? { pullRequest: change.pullRequest.number } : {})
  }
}

function describe(change: LandedChange): string {
  const what = change.events
    .map(e => `${e.image.split('/').pop() ?? e.image}@${e.digest.slice(7, 19)}`)
    .join(', ')
  return `${change.kind} of ${what || 'images'} into ${change.environment}`
}

/** What a run leaves in a deployment it finds already there for the same commit. */
function settledState(change: LandedChange): string {
  return change.mode === 'pull-request' && change.pullRequest ? 'queued' : 'success'
}

/**
 * Records the change as a GitHub deployment of `environment` while `rest` (the phases after Git)
 * runs. Commit mode: `in_progress`, then `success` once the run finished, or `failure` when it
 * failed after the deployment existed. Pull-request mode: `queued` until someone merges (the
 * change is proposed, not running), or `failure`. Re-runs create no second deployment of the same
 * commit: one already `success` (or `queued`) is left as it is, one that failed is resumed; a run
 * that landed nothing records nothing, except resuming a failed deployment of the base commit.
 */
export async function recordDeployment<T>(
  request: DeploymentRequest | undefined,
  change: LandedChange,
  ctx: Pick<RunContext, 'logger' | 'env'>,
  rest: () => Promise<T>
): Promise<{ result: T; deploymentId?: number }> {
  if (!request) return { result: await rest() }
  const octokit = await createOctokit(request.token, {
    baseUrl: request.apiUrl,
    logger: ctx.logger
  })
  const where = { owner: request.owner, repo: request.repo }
  const existing = (
    await listDeployments(octokit, {
      ...where,
      sha: change.commitSha,
      environment: change.environment,
      limit: 10
    })
  ).find(d => isOwnDeployment(d.payload))
  const nothingLanded = !change.changed && change.events.length === 0
  if (nothingLanded && existing?.state !== 'failure') return { result: await rest() }
  const description = describe(change)
  const id =
    existing?.id ??
    (await createDeployment(octokit, {
      ...where,
      ref: change.commitSha,
      environment: change.environment,
      description,
      payload: payloadOf(change)
    }))
  const post = (state: DeploymentState, text: string) =>
    setDeploymentState(
      octokit,
      { ...where, id },
      { state, description: text, environmentUrl: request.environmentUrl, logUrl: runUrl(ctx.env) }
    )
  const proposed = change.mode === 'pull-request' && change.pullRequest
  const settled = existing?.state === settledState(change)
  if (!settled) {
    await post(
      proposed ? 'queued' : 'in_progress',
      proposed ? `waiting for pull request #${change.pullRequest?.number} to merge` : description
    )
  }
  ctx.logger.info(`GitHub deployment ${id} of ${change.environment} (${change.commitSha})`)
  let result: T
  try {
    result = await rest()
  } catch (err) {
    try {
      await post('failure', `the run failed: ${errorMessage(err)}`)
    } catch (statusErr) {
      ctx.logger.warning(`could not mark deployment ${id} failed: ${errorMessage(statusErr)}`)
    }
    throw err
  }
  if (!proposed && !settled) await post('success', `landed in ${change.commitSha.slice(0, 12)}`)
  return { result, deploymentId: id }
}
