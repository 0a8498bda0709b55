import { createHash } from 'node:crypto'

/** A pull request as the fake keeps it; rendered to GitHub's JSON shape on the way out. */
export interface PullRecord {
  number: number
  id: number
  owner: string
  repo: string
  title: string
  body: string | null
  state: 'open' | 'closed'
  draft: boolean
  merged: boolean
  mergeCommitSha: string | null
  /** `owner` is the head repository's owner, as in `owner:branch`. */
  head: { owner: string; ref: string; sha: string }
  base: { ref: string; sha: string }
  labels: string[]
  requestedReviewers: string[]
  requestedTeams: string[]
  maintainerCanModify: boolean
  /** Login of the creator (the token's identity). */
  user: string
  createdAt: string
  updatedAt: string
  closedAt: string | null
  mergedAt: string | null
}

/** A commit status, created through the API or seeded with `addCommitStatus`. */
export interface StatusRecord {
  id: number
  owner: string
  repo: string
  sha: string
  state: 'error' | 'failure' | 'pending' | 'success'
  context: string
  description: string | null
  targetUrl: string | null
  creator: string
  createdAt: string
}

/** An issue comment on a pull request. */
export interface CommentRecord {
  id: number
  owner: string
  repo: string
  issueNumber: number
  body: string
  user: string
  createdAt: string
  updatedAt: string
}

/** A Sigstore bundle stored for a subject digest in a repository (artifact attestations). */
export interface AttestationRecord {
  owner: string
  repo: string
  /** `sha256:<hex>`. */
  subjectDigest: string
  /** The in-toto predicate type of the bundle's statement. */
  predicateType: string
  /** The bundle, parsed. */
  bundle: Record<string, unknown>
}

/** A deployment status, newest last in {@link DeploymentRecord.statuses}. */
export interface DeploymentStatusRecord {
  id: number
  state: 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success'
  description: string
  environment: string
  environmentUrl: string
  logUrl: string
  creator: string
  createdAt: string
}

/** A deployment created through the Deployments API. */
export interface DeploymentRecord {
  id: number
  owner: string
  repo: string
  /** The commit the ref resolved to when the deployment was created. */
  sha: string
  ref: string
  task: string
  environment: string
  payload: Record<string, unknown> | string
  description: string | null
  productionEnvironment: boolean
  transientEnvironment: boolean
  creator: string
  createdAt: string
  statuses: DeploymentStatusRecord[]
}

/** One request the fake API answered. */
export interface ApiRequest {
  method: string
  path: string
  query: string
  /** GitHub's operationId (e.g. `pulls/create`); undefined for unknown routes. */
  operationId: string | undefined
  status: number
  /** Parsed JSON body, the raw text if it was not JSON, or undefined when empty. */
  body: unknown
}

/**
 * A request the fake refused as a client bug (or, for `misuse`, answered but flagged: GitHub
 * accepts it, yet it almost certainly does not do what the caller meant). Tests assert this list
 * stays empty.
 */
export interface ApiFailure {
  method: string
  path: string
  operationId: string | undefined
  /** Status answered; 0 for `misuse`, whose request is answered normally afterwards. */
  status: number
  reason: 'validation' | 'not-found' | 'not-implemented' | 'bad-json' | 'misuse' | 'crash'
  /** Ajv errors for `validation`, otherwise a one-element list with an explanation. */
  errors: unknown[]
  body: unknown
}

/** Resolves a branch name or sha to a commit sha; undefined means "no such ref". */
export type ShaResolver = (
  owner: string,
  repo: string,
  ref: string
) => string | undefined | Promise<string | undefined>

/** What a handler answers; the server serialises `body` as JSON. */
export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

/** Mutable server state shared by the handlers and exposed (in part) to tests. */
export interface ApiState {
  /** Base URL of the fake API, used for `url` fields and Link headers. */
  baseUrl: string
  login: string
  defaultBranch: string
  pulls: PullRecord[]
  statuses: StatusRecord[]
  comments: CommentRecord[]
  /** Artifact attestations stored through `addAttestation`, as GitHub keeps them per repository. */
  attestations: AttestationRecord[]
  /** Deployments created through the Deployments API, oldest first. */
  deployments: DeploymentRecord[]
  nextId(): number
  resolveSha(owner: string, repo: string, ref: string): Promise<string | undefined>
  /** Records API use that GitHub accepts but that is almost certainly a bug in the caller. */
  misuse(message: string): void
}

/** GitHub timestamps have second precision and a `Z` suffix. */
export function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Stable fake sha for a ref when no resolver knows real commits. */
export function fakeSha(owner: string, repo: string, ref: string): string {
  return createHash('sha1').update(`${owner}/${repo}@${ref}`).digest('hex')
}

/** A GraphQL-style node id for `kind` and `id`. */
export function nodeId(kind: string, id: number): string {
  return Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '')
}

function numericId(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32BE(0)
}

/** The link fields GitHub's `simple-user` schema requires. */
function userLinks(api: string): Record<string, string> {
  return {
    events_url: `${api}/events{/privacy}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    organizations_url: `${api}/orgs`,
    received_events_url: `${api}/received_events`,
    repos_url: `${api}/repos`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`
  }
}

/** A user object as embedded in pulls, comments and statuses. */
export function userJson(state: ApiState, login: string): Record<string, unknown> {
  const id = login === 'github-actions[bot]' ? 41898282 : numericId(`user:${login}`)
  return {
    login,
    id,
    node_id: nodeId('User', id),
    avatar_url: `${state.baseUrl}/avatars/${encodeURIComponent(login)}`,
    gravatar_id: '',
    url: `${state.baseUrl}/users/${encodeURIComponent(login)}`,
    html_url: `${state.baseUrl}/${encodeURIComponent(login)}`,
    ...userLinks(`${state.baseUrl}/users/${encodeURIComponent(login)}`),
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false
  }
}

/** A repository object; `default_branch` comes from the server options. */
export function repoJson(state: ApiState, owner: string, repo: string): Record<string, unknown> {
  const id = numericId(`repo:${owner}/${repo}`)
  return {
    id,
    node_id: nodeId('Repository', id),
    name: repo,
    full_name: `${owner}/${repo}`,
    owner: userJson(state, owner),
    private: false,
    html_url: `${state.baseUrl}/${owner}/${repo}`,
    url: `${state.baseUrl}/repos/${owner}/${repo}`,
    clone_url: `${state.baseUrl}/${owner}/${repo}.git`,
    default_branch: state.defaultBranch,
    archived: false,
    disabled: false,
    visibility: 'public',
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true }
  }
}

/** A label object; the fake derives id and colour from the name. */
export function labelJson(state: ApiState, owner: string, repo: string, name: string) {
  const id = numericId(`label:${owner}/${repo}:${name}`)
  return {
    id,
    node_id: nodeId('Label', id),
    url: `${state.baseUrl}/repos/${owner}/${repo}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false
  }
}

/** A pull request in the shape of GitHub's `pull-request` schema (the fields clients use). */
export function pullJson(state: ApiState, pr: PullRecord): Record<string, unknown> {
  const api = `${state.baseUrl}/repos/${pr.owner}/${pr.repo}`
  const html = `${state.baseUrl}/${pr.owner}/${pr.repo}/pull/${pr.number}`
  const side = (owner: string, ref: string, sha: string) => ({
    label: `${owner}:${ref}`,
    ref,
    sha,
    user: userJson(state, owner),
    repo: repoJson(state, owner, pr.repo)
  })
  return {
    url: `${api}/pulls/${pr.number}`,
    id: pr.id,
    node_id: nodeId('PullRequest', pr.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pr.number}`,
    commits_url: `${api}/pulls/${pr.number}/commits`,
    comments_url: `${api}/issues/${pr.number}/comments`,
    statuses_url: `${api}/statuses/${pr.head.sha}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    body: pr.body,
    user: userJson(state, pr.user),
    labels: pr.labels.map(name => labelJson(state, pr.owner, pr.repo, name)),
    milestone: null,
    active_lock_reason: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.closedAt,
    merged_at: pr.mergedAt,
    merge_commit_sha: pr.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: pr.requestedReviewers.map(login => userJson(state, login)),
    requested_teams: pr.requestedTeams.map(teamJson),
    head: side(pr.head.owner, pr.head.ref, pr.head.sha),
    base: side(pr.owner, pr.base.ref, pr.base.sha),
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    draft: pr.draft,
    merged: pr.merged,
    mergeable: pr.state === 'open' ? true : null,
    mergeable_state: pr.state === 'open' ? 'clean' : 'unknown',
    maintainer_can_modify: pr.maintainerCanModify
  }
}

/** A team object for `requested_teams`. */
export function teamJson(slug: string): Record<string, unknown> {
  const id = numericId(`team:${slug}`)
  return {
    id,
    node_id: nodeId('Team', id),
    name: slug,
    slug,
    privacy: 'closed',
    permission: 'pull'
  }
}

/** A commit status in the shape of GitHub's `status` schema. */
export function statusJson(state: ApiState, s: StatusRecord): Record<string, unknown> {
  return {
    url: `${state.baseUrl}/repos/${s.owner}/${s.repo}/statuses/${s.sha}`,
    avatar_url: null,
    id: s.id,
    node_id: nodeId('StatusContext', s.id),
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    creator: userJson(state, s.creator)
  }
}

/** An issue comment in the shape of GitHub's `issue-comment` schema. */
export function commentJson(state: ApiState, c: CommentRecord): Record<string, unknown> {
  const api = `${state.baseUrl}/repos/${c.owner}/${c.repo}`
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url: `${api}/issues/comments/${c.id}`,
    html_url: `${state.baseUrl}/${c.owner}/${c.repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${api}/issues/${c.issueNumber}`,
    body: c.body,
    user: userJson(state, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: 'CONTRIBUTOR'
  }
}

/** GitHub's error body; `errors` carries field-level details for 422s. */
export function errorReply(status: number, message: string, errors?: unknown[]): Reply {
  const body: Record<string, unknown> = {
    message,
    documentation_url: 'https://docs.github.com/rest',
    status: String(status)
  }
  if (errors !== undefined) body.errors = errors
  return { status, body }
}
