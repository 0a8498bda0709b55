import {
  errorReply,
  now,
  pullJson,
  teamJson,
  userJson,
  type ApiState,
  type PullRecord,
  type Reply
} from './github-api-model.js'

/** The parts of a validated request that handlers read. */
export interface OpRequest {
  /** Path parameters, already percent-decoded. */
  params: Record<string, string>
  query: Record<string, string | string[] | undefined>
  body: unknown
  /** Request path without the query string, for Link headers. */
  path: string
}

/** Answers one operation against the shared state. */
export type OpHandler = (state: ApiState, req: OpRequest) => Reply | Promise<Reply>

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/** The pull request addressed by `pull_number` or `issue_number`, if it exists. */
export function findPull(state: ApiState, req: OpRequest): PullRecord | undefined {
  const number = Number(req.params.pull_number ?? req.params.issue_number)
  return state.pulls.find(
    pr =>
      pr.number === number &&
      sameName(pr.owner, req.params.owner) &&
      sameName(pr.repo, req.params.repo)
  )
}

/** Slices `items` by `per_page`/`page` and adds a Link header like GitHub's, for paginate(). */
export function paginate<T>(
  state: ApiState,
  req: OpRequest,
  items: T[]
): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(req.query.per_page ?? 30) || 30))
  const page = Math.max(1, Number(req.query.page ?? 1) || 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const link = (n: number, rel: string) => {
    const query = new URLSearchParams()
    for (const [key, value] of Object.entries(req.query)) {
      if (value !== undefined && key !== 'page') query.set(key, String(value))
    }
    query.set('page', String(n))
    return `<${state.baseUrl}${req.path}?${query.toString()}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'))
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {}
  }
}

/** Real GitHub moves `head.sha` when the branch moves; re-resolve before answering. */
async function refreshHead(state: ApiState, pr: PullRecord): Promise<void> {
  if (pr.state !== 'open') return
  const sha = await state.resolveSha(pr.head.owner, pr.repo, pr.head.ref)
  if (sha !== undefined) pr.head.sha = sha
}

function duplicateOf(state: ApiState, pr: PullRecord): PullRecord | undefined {
  return state.pulls.find(
    other =>
      other !== pr &&
      other.state === 'open' &&
      sameName(other.owner, pr.owner) &&
      sameName(other.repo, pr.repo) &&
      sameName(other.head.owner, pr.head.owner) &&
      other.head.ref === pr.head.ref &&
      other.base.ref === pr.base.ref
  )
}

function alreadyExists(pr: PullRecord): Reply {
  return errorReply(422, 'Validation Failed', [
    {
      resource: 'PullRequest',
      code: 'custom',
      message: `A pull request already exists for ${pr.head.owner}:${pr.head.ref}.`
    }
  ])
}

const notFound = (): Reply => errorReply(404, 'Not Found')

/** Handlers for the `pulls/*` operations. */
export const pullHandlers: Record<string, OpHandler> = {
  async 'pulls/create'(state, req) {
    const { owner, repo } = req.params as { owner: string; repo: string }
    const body = req.body as Record<string, unknown>
    const head = String(body.head)
    const base = String(body.base)
    const [headOwner, headRef] = head.includes(':')
      ? [head.slice(0, head.indexOf(':')), head.slice(head.indexOf(':') + 1)]
      : [owner, head]
    if (typeof body.title !== 'string' && body.issue === undefined) {
      return errorReply(422, 'Validation Failed', [
        { resource: 'PullRequest', code: 'missing_field', field: 'title' }
      ])
    }
    const headSha = await state.resolveSha(headOwner, repo, headRef)
    const baseSha = await state.resolveSha(owner, repo, base)
    if (headSha === undefined || baseSha === undefined) {
      const field = headSha === undefined ? 'head' : 'base'
      return errorReply(422, 'Validation Failed', [
        { resource: 'PullRequest', code: 'invalid', field }
      ])
    }
    if (sameName(headOwner, owner) && headRef === base) {
      return errorReply(422, 'Validation Failed', [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `No commits between ${base} and ${head}`
        }
      ])
    }
    const created = now()
    const id = state.nextId()
    const pr: PullRecord = {
      number: state.pulls.length + 1,
      id,
      owner,
      repo,
      title: typeof body.title === 'string' ? body.title : `Issue ${String(body.issue)}`,
      body: typeof body.body === 'string' ? body.body : null,
      state: 'open',
      draft: body.draft === true,
      merged: false,
      mergeCommitSha: null,
      head: { owner: headOwner, ref: headRef, sha: headSha },
      base: { ref: base, sha: baseSha },
      labels: [],
      requestedReviewers: [],
      requestedTeams: [],
      maintainerCanModify: body.maintainer_can_modify !== false,
      user: state.login,
      createdAt: created,
      updatedAt: created,
      closedAt: null,
      mergedAt: null
    }
    if (duplicateOf(state, pr)) return alreadyExists(pr)
    state.pulls.push(pr)
    const json = pullJson(state, pr)
    return { status: 201, body: json, headers: { location: String(json.url) } }
  },

  async 'pulls/list'(state, req) {
    const { owner, repo } = req.params as { owner: string; repo: string }
    const {
      state: wanted = 'open',
      head,
      base,
      sort = 'created'
    } = req.query as Record<string, string | undefined>
    let headFilter: { owner: string; ref: string } | undefined
    if (head !== undefined) {
      const colon = head.indexOf(':')
      if (colon < 0) {
        // GitHub silently ignores a head filter without the owner prefix and returns every PR.
        state.misuse(`pulls/list head=${JSON.stringify(head)} lacks "owner:"; GitHub ignores it`)
      } else {
        headFilter = { owner: head.slice(0, colon), ref: head.slice(colon + 1) }
      }
    }
    const matches = state.pulls.filter(
      pr =>
        sameName(pr.owner, owner) &&
        sameName(pr.repo, repo) &&
        (wanted === 'all' || pr.state === wanted) &&
        (base === undefined || pr.base.ref === base) &&
        (headFilter === undefined ||
          (sameName(pr.head.owner, headFilter.owner) && pr.head.ref === headFilter.ref))
    )
    const direction = req.query.direction ?? (sort === 'created' ? 'desc' : 'asc')
    const key = (pr: PullRecord) =>
      (sort === 'updated' ? pr.updatedAt : '') + String(pr.number).padStart(9, '0')
    matches.sort((a, b) => key(a).localeCompare(key(b)) * (direction === 'desc' ? -1 : 1))
    for (const pr of matches) await refreshHead(state, pr)
    const { page, headers } = paginate(state, req, matches)
    return { status: 200, body: page.map(pr => pullJson(state, pr)), headers }
  },

  async 'pulls/get'(state, req) {
    const pr = findPull(state, req)
    if (!pr) return notFound()
    await refreshHead(state, pr)
    return { status: 200, body: pullJson(state, pr) }
  },

  async 'pulls/update'(state, req) {
    const pr = findPull(state, req)
    if (!pr) return notFound()
    const body = (req.body ?? {}) as Record<string, unknown>
    if (body.state === 'open' && pr.state === 'closed') {
      if (pr.merged)
        return errorReply(422, 'Validation Failed', [
          {
            resource: 'PullRequest',
            code: 'custom',
            message: 'Cannot reopen a merged pull request'
          }
        ])
      if (duplicateOf(state, pr)) return alreadyExists(pr)
    }
    if (typeof body.title === 'string') pr.title = body.title
    if (typeof body.body === 'string') pr.body = body.body
    if (typeof body.base === 'string') {
      const sha = await state.resolveSha(pr.owner, pr.repo, body.base)
      if (sha === undefined) {
        return errorReply(422, 'Validation Failed', [
          { resource: 'PullRequest', code: 'invalid', field: 'base' }
        ])
      }
      pr.base = { ref: body.base, sha }
    }
    if (typeof body.maintainer_can_modify === 'boolean')
      pr.maintainerCanModify = body.maintainer_can_modify
    if (body.state === 'closed' && pr.state === 'open') {
      pr.state = 'closed'
      pr.closedAt = now()
    } else if (body.state === 'open' && pr.state === 'closed') {
      pr.state = 'open'
      pr.closedAt = null
    }
    pr.updatedAt = now()
    await refreshHead(state, pr)
    return { status: 200, body: pullJson(state, pr) }
  },

  'pulls/request-reviewers'(state, req) {
    const pr = findPull(state, req)
    if (!pr) return notFound()
    const body = (req.body ?? {}) as { reviewers?: string[]; team_reviewers?: string[] }
    const reviewers = body.reviewers ?? []
    if (reviewers.some(login => sameName(login, pr.user))) {
      return errorReply(422, 'Review cannot be requested from pull request author.')
    }
    for (const login of reviewers) {
      if (!pr.requestedReviewers.some(r => sameName(r, login))) pr.requestedReviewers.push(login)
    }
    for (const slug of body.team_reviewers ?? []) {
      if (!pr.requestedTeams.includes(slug)) pr.requestedTeams.push(slug)
    }
    pr.updatedAt = now()
    return { status: 201, body: pullJson(state, pr) }
  },

  'pulls/list-requested-reviewers'(state, req) {
    const pr = findPull(state, req)
    if (!pr) return notFound()
    return {
      status: 200,
      body: {
        users: pr.requestedReviewers.map(login => userJson(state, login)),
        teams: pr.requestedTeams.map(teamJson)
      }
    }
  },

  'pulls/merge'(state, req) {
    const pr = findPull(state, req)
    if (!pr) return notFound()
    if (pr.state !== 'open') return errorReply(405, 'Pull Request is not mergeable')
    mergeRecord(pr)
    return {
      status: 200,
      body: { sha: pr.mergeCommitSha, merged: true, message: 'Pull Request successfully merged' }
    }
  }
}

/** Marks `pr` merged the way GitHub reports it afterwards (closed, merged_at, merge sha). */
export function mergeRecord(pr: PullRecord): void {
  const at = now()
  pr.state = 'closed'
  pr.merged = true
  pr.mergedAt = at
  pr.closedAt = at
  pr.updatedAt = at
  pr.mergeCommitSha = fakeMergeSha(pr)
}

function fakeMergeSha(pr: PullRecord): string {
  return Buffer.from(`${pr.owner}/${pr.repo}#${pr.number}:${pr.head.sha}`)
    .toString('hex')
    .padEnd(40, '0')
    .slice(0, 40)
}
