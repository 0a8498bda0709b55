import {
  commentJson,
  errorReply,
  labelJson,
  now,
  repoJson,
  statusJson,
  type ApiState,
  type StatusRecord
} from './github-api-model.js'
import { findPull, paginate, type OpHandler, type OpRequest } from './github-api-pulls.js'

/** Accepts every body shape the labels endpoints allow: names or `{name}`, bare or in `labels`. */
function labelNames(body: unknown): string[] {
  const list: unknown =
    body !== null && typeof body === 'object' && !Array.isArray(body)
      ? (body as { labels?: unknown }).labels
      : body
  if (list === undefined || list === null) return []
  return (Array.isArray(list) ? list : [list]).map(item =>
    typeof item === 'string' ? item : String((item as { name?: unknown }).name)
  )
}

function labelsReply(state: ApiState, req: OpRequest, names: string[]) {
  const { owner, repo } = req.params as { owner: string; repo: string }
  const { page, headers } = paginate(state, req, names)
  return { status: 200, body: page.map(name => labelJson(state, owner, repo, name)), headers }
}

/** Latest status per context, newest first, as GitHub's combined status reports them. */
function latestPerContext(statuses: StatusRecord[]): StatusRecord[] {
  const seen = new Set<string>()
  return statuses.filter(s => !seen.has(s.context) && seen.add(s.context))
}

function combinedState(latest: StatusRecord[]): string {
  if (latest.some(s => s.state === 'error' || s.state === 'failure')) return 'failure'
  if (latest.length === 0 || latest.some(s => s.state === 'pending')) return 'pending'
  return 'success'
}

async function statusesForRef(state: ApiState, req: OpRequest) {
  const { owner, repo, ref } = req.params as { owner: string; repo: string; ref: string }
  const sha = await state.resolveSha(owner, repo, ref)
  if (sha === undefined) return undefined
  const statuses = state.statuses
    .filter(
      s =>
        s.sha === sha &&
        s.owner.toLowerCase() === owner.toLowerCase() &&
        s.repo.toLowerCase() === repo.toLowerCase()
    )
    .sort((a, b) => b.id - a.id)
  return { owner, repo, sha, statuses }
}

const notFound = () => errorReply(404, 'Not Found')

/** Handlers for labels, comments, repository and commit-status operations. */
export const issueHandlers: Record<string, OpHandler> = {
  'issues/add-labels'(state, req) {
    const pr = findPull(state, req)
    if (!pr) return notFound()
    for (const name of labelNames(req.body)) {
      if (!pr.labels.includes(name)) pr.labels.push(name)
    }
    pr.updatedAt = now()
    return labelsReply(state, req, pr.labels)
  },

  'issues/set-labels'(state, req) {
    const pr = findPull(state, req)
    if (!pr) return notFound()
    pr.labels = [...new Set(labelNames(req.body))]
    pr.updatedAt = now()
    return labelsReply(state, req, pr.labels)
  },

  'issues/remove-label'(state, req) {
    const pr = findPull(state, req)
    if (!pr) return notFound()
    const name = req.params.name
    if (!pr.labels.includes(name)) return errorReply(404, 'Label does not exist')
    pr.labels = pr.labels.filter(label => label !== name)
    return labelsReply(state, req, pr.labels)
  },

  'issues/list-labels-on-issue'(state, req) {
    const pr = findPull(state, req)
    if (!pr) return notFound()
    return labelsReply(state, req, pr.labels)
  },

  'issues/create-comment'(state, req) {
    const pr = findPull(state, req)
    if (!pr) return notFound()
    const created = now()
    const comment = {
      id: state.nextId(),
      owner: pr.owner,
      repo: pr.repo,
      issueNumber: pr.number,
      body: String((req.body as { body: string }).body),
      user: state.login,
      createdAt: created,
      updatedAt: created
    }
    state.comments.push(comment)
    return { status: 201, body: commentJson(state, comment) }
  },

  'issues/list-comments'(state, req) {
    const pr = findPull(state, req)
    if (!pr) return notFound()
    const comments = state.comments.filter(
      c => c.issueNumber === pr.number && c.owner === pr.owner && c.repo === pr.repo
    )
    const { page, headers } = paginate(state, req, comments)
    return { status: 200, body: page.map(c => commentJson(state, c)), headers }
  },

  'issues/update-comment'(state, req) {
    const comment = state.comments.find(c => c.id === Number(req.params.comment_id))
    if (!comment) return notFound()
    comment.body = String((req.body as { body: string }).body)
    comment.updatedAt = now()
    return { status: 200, body: commentJson(state, comment) }
  },

  'repos/get'(state, req) {
    return { status: 200, body: repoJson(state, req.params.owner, req.params.repo) }
  },

  async 'repos/create-commit-status'(state, req) {
    const { owner, repo, sha } = req.params as { owner: string; repo: string; sha: string }
    if ((await state.resolveSha(owner, repo, sha)) === undefined) {
      return errorReply(422, `No commit found for SHA: ${sha}`)
    }
    const body = req.body as Record<string, string | undefined>
    const record: StatusRecord = {
      id: state.nextId(),
      owner,
      repo,
      sha,
      state: body.state as StatusRecord['state'],
      context: body.context ?? 'default',
      description: body.description ?? null,
      targetUrl: body.target_url ?? null,
      creator: state.login,
      createdAt: now()
    }
    state.statuses.push(record)
    return { status: 201, body: statusJson(state, record) }
  },

  async 'repos/list-commit-statuses-for-ref'(state, req) {
    const found = await statusesForRef(state, req)
    if (!found) return errorReply(404, `No commit found for SHA: ${req.params.ref}`)
    const { page, headers } = paginate(state, req, found.statuses)
    return { status: 200, body: page.map(s => statusJson(state, s)), headers }
  },

  async 'repos/get-combined-status-for-ref'(state, req) {
    const found = await statusesForRef(state, req)
    if (!found) return errorReply(404, `No commit found for SHA: ${req.params.ref}`)
    const latest = latestPerContext(found.statuses)
    const api = `${state.baseUrl}/repos/${found.owner}/${found.repo}`
    return {
      status: 200,
      body: {
        state: combinedState(latest),
        statuses: paginate(state, req, latest).page.map(s => statusJson(state, s)),
        sha: found.sha,
        total_count: latest.length,
        repository: repoJson(state, found.owner, found.repo),
        commit_url: `${api}/commits/${found.sha}`,
        url: `${api}/commits/${found.sha}/status`
      }
    }
  },

  async 'git/get-ref'(state, req) {
    const { owner, repo, ref } = req.params as { owner: string; repo: string; ref: string }
    const branch = ref.replace(/^heads\//, '')
    const sha = ref.startsWith('heads/') ? await state.resolveSha(owner, repo, branch) : undefined
    if (sha === undefined) return notFound()
    const api = `${state.baseUrl}/repos/${owner}/${repo}/git`
    return {
      status: 200,
      body: {
        ref: `refs/${ref}`,
        node_id: Buffer.from(`Ref:${owner}/${repo}:${ref}`).toString('base64'),
        url: `${api}/refs/${ref}`,
        object: { sha, type: 'commit', url: `${api}/commits/${sha}` }
      }
    }
  }
}
