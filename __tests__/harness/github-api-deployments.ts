import {
  errorReply,
  nodeId,
  now,
  userJson,
  type ApiState,
  type DeploymentRecord,
  type DeploymentStatusRecord,
  type Reply
} from './github-api-model.js'
import { paginate, type OpHandler, type OpRequest } from './github-api-pulls.js'

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

function inRepo(d: DeploymentRecord, req: OpRequest): boolean {
  return sameName(d.owner, req.params.owner) && sameName(d.repo, req.params.repo)
}

function findDeployment(state: ApiState, req: OpRequest): DeploymentRecord | undefined {
  const id = Number(req.params.deployment_id)
  return state.deployments.find(d => d.id === id && inRepo(d, req))
}

/** A deployment in the shape of GitHub's `deployment` schema. */
export function deploymentJson(state: ApiState, d: DeploymentRecord): Record<string, unknown> {
  const api = `${state.baseUrl}/repos/${d.owner}/${d.repo}`
  return {
    url: `${api}/deployments/${d.id}`,
    id: d.id,
    node_id: nodeId('Deployment', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: userJson(state, d.creator),
    created_at: d.createdAt,
    updated_at: d.statuses.at(-1)?.createdAt ?? d.createdAt,
    statuses_url: `${api}/deployments/${d.id}/statuses`,
    repository_url: api,
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment
  }
}

/** A deployment status in the shape of GitHub's `deployment-status` schema. */
export function deploymentStatusJson(
  state: ApiState,
  d: DeploymentRecord,
  s: DeploymentStatusRecord
): Record<string, unknown> {
  const api = `${state.baseUrl}/repos/${d.owner}/${d.repo}`
  return {
    url: `${api}/deployments/${d.id}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DeploymentStatus', s.id),
    state: s.state,
    creator: userJson(state, s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.logUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: `${api}/deployments/${d.id}`,
    repository_url: api,
    environment_url: s.environmentUrl,
    log_url: s.logUrl
  }
}

/**
 * GitHub checks the commit's statuses before it creates a deployment: every context (when
 * `required_contexts` is omitted) or the listed ones must be `success`, else 409.
 */
function failedContexts(
  state: ApiState,
  owner: string,
  repo: string,
  sha: string,
  required: string[] | undefined
): string[] {
  const latest = new Map<string, string>()
  for (const s of [...state.statuses].sort((a, b) => a.id - b.id)) {
    if (s.sha === sha && sameName(s.owner, owner) && sameName(s.repo, repo))
      latest.set(s.context, s.state)
  }
  const wanted = required ?? [...latest.keys()]
  return wanted.filter(context => latest.get(context) !== 'success')
}

async function createDeployment(state: ApiState, req: OpRequest): Promise<Reply> {
  const { owner, repo } = req.params
  const body = req.body as Record<string, unknown>
  const ref = body.ref as string
  const sha = await state.resolveSha(owner, repo, ref)
  if (sha === undefined) return errorReply(422, `No ref found for: ${ref}`)
  const failed = failedContexts(
    state,
    owner,
    repo,
    sha,
    body.required_contexts as string[] | undefined
  )
  if (failed.length > 0) {
    return errorReply(409, `Conflict: Commit status checks failed for ${ref}.`, [
      { contexts: failed.map(context => ({ context, state: 'pending' })), resource: 'Deployment' }
    ])
  }
  const environment = (body.environment as string | undefined) ?? 'production'
  const record: DeploymentRecord = {
    id: state.nextId(),
    owner,
    repo,
    sha,
    ref,
    task: (body.task as string | undefined) ?? 'deploy',
    environment,
    payload: (body.payload as DeploymentRecord['payload'] | undefined) ?? {},
    description: (body.description as string | null | undefined) ?? null,
    productionEnvironment:
      (body.production_environment as boolean | undefined) ?? environment === 'production',
    transientEnvironment: (body.transient_environment as boolean | undefined) ?? false,
    creator: state.login,
    createdAt: now(),
    statuses: []
  }
  state.deployments.push(record)
  return { status: 201, body: deploymentJson(state, record) }
}

/** `auto_inactive`: earlier successful deployments of the environment become `inactive`. */
function markInactive(state: ApiState, d: DeploymentRecord): void {
  for (const other of state.deployments) {
    if (other === d || !sameName(other.owner, d.owner) || !sameName(other.repo, d.repo)) continue
    if (other.environment !== d.environment || other.transientEnvironment) continue
    const last = other.statuses.at(-1)
    if (last?.state !== 'success') continue
    other.statuses.push({ ...last, id: state.nextId(), state: 'inactive', createdAt: now() })
  }
}

/** The Deployments API: deployments and their statuses, as GitHub answers them. */
export const deploymentHandlers: Record<string, OpHandler> = {
  'repos/create-deployment': createDeployment,

  'repos/list-deployments'(state, req) {
    const q = req.query
    const found = state.deployments
      .filter(
        d =>
          inRepo(d, req) &&
          (q.sha === undefined || d.sha === q.sha) &&
          (q.ref === undefined || d.ref === q.ref) &&
          (q.task === undefined || d.task === q.task) &&
          (q.environment === undefined || d.environment === q.environment)
      )
      .reverse()
    const { page, headers } = paginate(state, req, found)
    return { status: 200, body: page.map(d => deploymentJson(state, d)), headers }
  },

  'repos/get-deployment'(state, req) {
    const d = findDeployment(state, req)
    if (!d) return errorReply(404, 'Not Found')
    return { status: 200, body: deploymentJson(state, d) }
  },

  'repos/create-deployment-status'(state, req) {
    const d = findDeployment(state, req)
    if (!d) return errorReply(404, 'Not Found')
    const body = req.body as Record<string, unknown>
    const str = (key: string) => (body[key] as string | undefined) ?? ''
    const logUrl = str('log_url') || str('target_url')
    const previous = d.statuses.at(-1)
    const record: DeploymentStatusRecord = {
      id: state.nextId(),
      state: body.state as DeploymentStatusRecord['state'],
      description: str('description'),
      environment: (body.environment as string | undefined) ?? d.environment,
      environmentUrl: str('environment_url') || (previous?.environmentUrl ?? ''),
      logUrl,
      creator: state.login,
      createdAt: now()
    }
    if (record.description.length > 140)
      return errorReply(422, 'Validation Failed', [
        { resource: 'DeploymentStatus', field: 'description', code: 'custom' }
      ])
    d.statuses.push(record)
    if (record.state === 'success' && body.auto_inactive !== false) markInactive(state, d)
    return { status: 201, body: deploymentStatusJson(state, d, record) }
  },

  'repos/list-deployment-statuses'(state, req) {
    const d = findDeployment(state, req)
    if (!d) return errorReply(404, 'Not Found')
    const { page, headers } = paginate(state, req, [...d.statuses].reverse())
    return { status: 200, body: page.map(s => deploymentStatusJson(state, d, s)), headers }
  }
}
