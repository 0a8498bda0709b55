import { PromoteError } from '../errors.js'
import type { GitHubClient } from './octokit.js'

/** The `tool` a deployment's payload names when digest-promote created it. */
export const DEPLOYMENT_TOOL = 'digest-promote'

/** Whether a deployment's payload says digest-promote created it (a record of a landing). */
export function isOwnDeployment(payload: unknown): boolean {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    (payload as { tool?: unknown }).tool === DEPLOYMENT_TOOL
  )
}

/** The repository a deployment belongs to. */
export interface RepositoryRef {
  owner: string
  repo: string
}

/** A deployment to create: `ref` is a commit sha, so GitHub merges nothing. */
export interface DeploymentSpec extends RepositoryRef {
  ref: string
  environment: string
  description: string
  payload: Record<string, unknown>
}

/** Deployment states GitHub accepts for a status. */
export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success'

/** One deployment with its latest status, as read back. */
export interface DeploymentView {
  id: number
  sha: string
  environment: string
  payload: unknown
  /** The latest status's state; `pending` when it has none yet. */
  state: string
  description: string
}

const MAX_DESCRIPTION = 140

function httpStatus(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/** GitHub's refusal as one line, with the permission a 403/404 usually lacks. */
function deploymentError(doing: string, err: unknown): Error {
  const status = httpStatus(err)
  if (status === undefined) return err instanceof Error ? err : new Error(String(err))
  const first = ((err as Error).message ?? '').split('\n')[0]
  const advice =
    status === 403 || status === 404
      ? "; the token may not write deployments: give the workflow 'permissions: deployments: write', or pass a token that may"
      : ''
  return new PromoteError(`${doing}: ${status} ${first}${advice}`)
}

/**
 * Creates a deployment of a commit. `auto_merge: false` and `required_contexts: []`: the commit
 * already landed (or is proposed), so GitHub must neither merge the default branch into it nor
 * refuse it for commit checks still running.
 */
export async function createDeployment(
  octokit: GitHubClient,
  spec: DeploymentSpec
): Promise<number> {
  let res
  try {
    res = await octokit.rest.repos.createDeployment({
      owner: spec.owner,
      repo: spec.repo,
      ref: spec.ref,
      environment: spec.environment,
      description: spec.description.slice(0, MAX_DESCRIPTION),
      payload: spec.payload,
      auto_merge: false,
      required_contexts: []
    })
  } catch (err) {
    throw deploymentError(`creating a deployment of ${spec.environment}`, err)
  }
  const id = (res.data as { id?: unknown }).id
  if (typeof id !== 'number') {
    throw new PromoteError(
      `creating a deployment of ${spec.environment}: GitHub answered ${res.status} without a deployment`
    )
  }
  return id
}

/** Posts a deployment status; `environmentUrl` and `logUrl` are sent only when known. */
export async function setDeploymentState(
  octokit: GitHubClient,
  where: RepositoryRef & { id: number },
  status: {
    state: DeploymentState
    description: string
    environmentUrl?: string
    logUrl?: string
  }
): Promise<void> {
  try {
    await octokit.rest.repos.createDeploymentStatus({
      owner: where.owner,
      repo: where.repo,
      deployment_id: where.id,
      state: status.state,
      description: status.description.slice(0, MAX_DESCRIPTION),
      ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
      ...(status.logUrl ? { log_url: status.logUrl } : {})
    })
  } catch (err) {
    throw deploymentError(`setting deployment ${where.id} to ${status.state}`, err)
  }
}

/** Deployments (newest first, at most `limit`), each with its latest status; filters optional. */
export async function listDeployments(
  octokit: GitHubClient,
  where: RepositoryRef & { sha?: string; environment?: string; limit?: number }
): Promise<DeploymentView[]> {
  const list = await octokit.rest.repos.listDeployments({
    owner: where.owner,
    repo: where.repo,
    ...(where.sha ? { sha: where.sha } : {}),
    ...(where.environment ? { environment: where.environment } : {}),
    per_page: where.limit ?? 100
  })
  const out: DeploymentView[] = []
  for (const d of list.data) {
    const statuses = await octokit.rest.repos.listDeploymentStatuses({
      owner: where.owner,
      repo: where.repo,
      deployment_id: d.id,
      per_page: 1
    })
    const latest = statuses.data[0]
    out.push({
      id: d.id,
      sha: d.sha,
      environment: d.environment,
      payload: d.payload,
      state: latest?.state ?? 'pending',
      description: latest?.description ?? ''
    })
  }
  return out
}
