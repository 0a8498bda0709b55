import { getOctokit } from '@actions/github'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startGitHubApi, type FakeGitHub } from './github-api.js'

const TOKEN = 'ghs_fake_installation_token'
const repo = { owner: 'acme', repo: 'gitops' }

let gh: FakeGitHub
let octokit: ReturnType<typeof getOctokit>

beforeAll(async () => {
  gh = await startGitHubApi({ token: TOKEN })
  octokit = getOctokit(TOKEN, { baseUrl: gh.url })
})

afterAll(async () => {
  await gh?.stop()
})

// Every test must leave no schema violations behind; tests that provoke them remove them.
afterEach(() => {
  expect(gh.failures).toEqual([])
})

interface HttpError {
  status: number
  message: string
  response?: { data: { message: string; errors?: Array<Record<string, unknown>> } }
}

/** The error a call rejected with; fails the test if it resolved. */
async function rejection(call: Promise<unknown>): Promise<HttpError> {
  try {
    await call
  } catch (err) {
    return err as HttpError
  }
  throw new Error('expected the request to fail')
}

function createPull(head: string, extra: Record<string, unknown> = {}) {
  return octokit.rest.pulls.create({
    ...repo,
    head,
    base: 'main',
    title: `Promote ${head}`,
    ...extra
  })
}

describe('startGitHubApi', () => {
  it('creates a pull request with 201 and GitHub-shaped fields', async () => {
    const { status, data } = await createPull('promote/staging', { body: 'digest sha256:1' })
    expect(status).toBe(201)
    expect(data).toMatchObject({
      number: 1,
      state: 'open',
      title: 'Promote promote/staging',
      body: 'digest sha256:1',
      draft: false,
      head: { ref: 'promote/staging', label: 'acme:promote/staging' },
      base: { ref: 'main' },
      labels: [],
      requested_reviewers: [],
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: `${gh.url}/acme/gitops/pull/1`,
      url: `${gh.url}/repos/acme/gitops/pulls/1`
    })
    expect(data.head.sha).toMatch(/^[0-9a-f]{40}$/)
    expect(typeof data.node_id).toBe('string')
    expect(gh.pulls[0]).toMatchObject({
      number: 1,
      head: { owner: 'acme', ref: 'promote/staging' }
    })
    expect(gh.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/repos/acme/gitops/pulls',
      operationId: 'pulls/create',
      status: 201
    })
  })

  it('rejects bodies the OpenAPI schema forbids with 422 and records them', async () => {
    const missingHead = await rejection(
      // Deliberately invalid: the fake must reject what the schema forbids.
      octokit.request('POST /repos/{owner}/{repo}/pulls', {
        ...repo,
        base: 'main',
        title: 't'
      } as never)
    )
    expect(missingHead.status).toBe(422)
    expect(missingHead.message).toContain("must have required property 'head'")
    const badDraft = await rejection(createPull('promote/x', { draft: 'yes' }))
    expect(badDraft.status).toBe(422)
    expect(badDraft.message).toContain('must be boolean')
    const badNumber = await rejection(octokit.request('GET /repos/acme/gitops/pulls/abc'))
    expect(badNumber.status).toBe(422)
    const unknown = await rejection(octokit.request('GET /repos/acme/gitops/no-such-thing'))
    expect(unknown.status).toBe(404)

    expect(gh.failures.map(f => [f.reason, f.operationId, f.status])).toEqual([
      ['validation', 'pulls/create', 422],
      ['validation', 'pulls/create', 422],
      ['validation', 'pulls/get', 422],
      ['not-found', undefined, 404]
    ])
    expect(gh.failures[0].body).toEqual({ base: 'main', title: 't' })
    expect(gh.pulls.map(p => p.head.ref)).not.toContain('promote/x')
    gh.failures.splice(0)
  })

  it("answers a duplicate open PR with GitHub's 422 message", async () => {
    const err = await rejection(createPull('promote/staging'))
    expect(err.status).toBe(422)
    expect(err.response?.data.errors?.[0]?.message).toBe(
      'A pull request already exists for acme:promote/staging.'
    )
    // Same head towards another base is a different pull request on GitHub.
    const other = await createPull('promote/staging', { base: 'release' })
    expect(other.status).toBe(201)
  })

  it('lists by state, head and base, and paginates with Link headers', async () => {
    await createPull('promote/prod')
    const byHead = await octokit.rest.pulls.list({ ...repo, head: 'acme:promote/prod' })
    expect(byHead.data.map(p => p.head.ref)).toEqual(['promote/prod'])
    const byBase = await octokit.rest.pulls.list({ ...repo, base: 'release' })
    expect(byBase.data.map(p => p.base.ref)).toEqual(['release'])
    const closed = await octokit.rest.pulls.list({ ...repo, state: 'closed' })
    expect(closed.data).toEqual([])
    const all = await octokit.paginate(octokit.rest.pulls.list, { ...repo, per_page: 1 })
    expect(all.map(p => p.number)).toEqual([3, 2, 1])

    const ignored = await octokit.rest.pulls.list({ ...repo, head: 'promote/prod' })
    expect(ignored.data).toHaveLength(3)
    expect(gh.failures).toMatchObject([{ reason: 'misuse', path: '/repos/acme/gitops/pulls' }])
    gh.failures.splice(0)
  })

  it('updates title, body, state and base', async () => {
    const { data } = await octokit.rest.pulls.update({
      ...repo,
      pull_number: 2,
      title: 'New title',
      body: 'New body',
      state: 'closed'
    })
    expect(data).toMatchObject({ title: 'New title', body: 'New body', state: 'closed' })
    expect(data.closed_at).not.toBeNull()
    const closed = await octokit.rest.pulls.list({ ...repo, state: 'closed' })
    expect(closed.data.map(p => p.number)).toEqual([2])
    const rebased = await octokit.rest.pulls.update({ ...repo, pull_number: 3, base: 'develop' })
    expect(rebased.data.base.ref).toBe('develop')
    const missing = await rejection(octokit.rest.pulls.get({ ...repo, pull_number: 99 }))
    expect(missing.status).toBe(404)
  })

  it('requests reviewers and manages labels', async () => {
    const { status, data } = await octokit.rest.pulls.requestReviewers({
      ...repo,
      pull_number: 1,
      reviewers: ['alice', 'bob'],
      team_reviewers: ['platform']
    })
    expect(status).toBe(201)
    expect(data.requested_reviewers?.map(u => u.login)).toEqual(['alice', 'bob'])
    expect(data.requested_teams?.map(t => t.slug)).toEqual(['platform'])

    await octokit.rest.issues.addLabels({
      ...repo,
      issue_number: 1,
      labels: ['promotion', 'env:staging']
    })
    const added = await octokit.rest.issues.addLabels({
      ...repo,
      issue_number: 1,
      labels: ['env:staging', 'auto']
    })
    expect(added.data.map(l => l.name)).toEqual(['promotion', 'env:staging', 'auto'])
    const set = await octokit.rest.issues.setLabels({ ...repo, issue_number: 1, labels: ['only'] })
    expect(set.data.map(l => l.name)).toEqual(['only'])
    const listed = await octokit.rest.issues.listLabelsOnIssue({ ...repo, issue_number: 1 })
    expect(listed.data.map(l => l.name)).toEqual(['only'])
    expect(gh.pulls[0].labels).toEqual(['only'])
    // Names with reserved characters travel percent-encoded in the path and must decode once.
    await octokit.rest.issues.addLabels({ ...repo, issue_number: 1, labels: ['100% done/ok'] })
    const removed = await octokit.rest.issues.removeLabel({
      ...repo,
      issue_number: 1,
      name: '100% done/ok'
    })
    expect(removed.data.map(l => l.name)).toEqual(['only'])
    const pr = await octokit.rest.pulls.get({ ...repo, pull_number: 1 })
    expect(pr.data.labels.map(l => l.name)).toEqual(['only'])

    const comment = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: 1,
      body: 'hi'
    })
    expect(comment.status).toBe(201)
    const comments = await octokit.rest.issues.listComments({ ...repo, issue_number: 1 })
    expect(comments.data.map(c => c.body)).toEqual(['hi'])
  })

  it("answers 403 with GitHub's body for a denied operation, until cleared", async () => {
    gh.setPermissionDenied('pulls/create')
    const err = await rejection(createPull('promote/denied'))
    expect(err.status).toBe(403)
    expect(err.response?.data.message).toBe('Resource not accessible by integration')
    gh.clearPermissionDenied('pulls/create')
    expect((await createPull('promote/denied')).status).toBe(201)

    gh.failNext('pulls/get', 502, 'Bad Gateway')
    expect((await rejection(octokit.rest.pulls.get({ ...repo, pull_number: 1 }))).status).toBe(502)
    expect((await octokit.rest.pulls.get({ ...repo, pull_number: 1 })).status).toBe(200)
  })

  it('rejects a missing or wrong token with 401', async () => {
    const wrong = getOctokit('ghs_wrong', { baseUrl: gh.url })
    const err = await rejection(wrong.rest.repos.get(repo))
    expect(err.status).toBe(401)
    expect(err.response?.data.message).toBe('Bad credentials')
    const bearer = await fetch(`${gh.url}/repos/acme/gitops`, {
      headers: { authorization: `Bearer ${TOKEN}` }
    })
    expect(bearer.status).toBe(200)
    expect(((await bearer.json()) as { default_branch: string }).default_branch).toBe('main')
    expect((await fetch(`${gh.url}/repos/acme/gitops`)).status).toBe(401)
  })

  it('round-trips commit statuses and computes the combined state', async () => {
    const sha = 'a'.repeat(40)
    gh.addCommitStatus({ ...repo, sha, state: 'success', context: 'ci/build' })
    const created = await octokit.rest.repos.createCommitStatus({
      ...repo,
      sha,
      state: 'pending',
      context: 'digest-promote/verify',
      description: 'verifying'
    })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({ state: 'pending', context: 'digest-promote/verify' })
    let combined = await octokit.rest.repos.getCombinedStatusForRef({ ...repo, ref: sha })
    expect(combined.data).toMatchObject({ state: 'pending', total_count: 2, sha })

    await octokit.rest.repos.createCommitStatus({
      ...repo,
      sha,
      state: 'failure',
      context: 'digest-promote/verify'
    })
    combined = await octokit.rest.repos.getCombinedStatusForRef({ ...repo, ref: sha })
    expect(combined.data.state).toBe('failure')
    const listed = await octokit.rest.repos.listCommitStatusesForRef({ ...repo, ref: sha })
    expect(listed.data.map(s => s.state)).toEqual(['failure', 'pending', 'success'])
    expect(gh.statuses).toHaveLength(3)

    const bad = await rejection(
      octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
        ...repo,
        sha,
        state: 'great'
      } as never)
    )
    expect(bad.status).toBe(422)
    expect(gh.failures).toMatchObject([
      { reason: 'validation', operationId: 'repos/create-commit-status' }
    ])
    gh.failures.splice(0)
  })

  it('merges through the control and resolves branches through resolveSha', async () => {
    const merged = gh.mergePull(1)
    expect(merged).toMatchObject({ merged: true, state: 'closed' })
    const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: 1 })
    expect(data).toMatchObject({ merged: true, state: 'closed' })

    const shas: Record<string, string> = { main: '1'.repeat(40), feature: '2'.repeat(40) }
    const second = await startGitHubApi({ resolveSha: (_o, _r, ref) => shas[ref] })
    try {
      const client = getOctokit(second.token, { baseUrl: second.url })
      const pr = await client.rest.pulls.create({
        ...repo,
        head: 'feature',
        base: 'main',
        title: 't'
      })
      expect(pr.data.head.sha).toBe(shas.feature)
      shas.feature = '3'.repeat(40)
      const moved = await client.rest.pulls.get({ ...repo, pull_number: pr.data.number })
      expect(moved.data.head.sha).toBe(shas.feature)
      const err = await rejection(
        client.rest.pulls.create({ ...repo, head: 'nope', base: 'main', title: 't' })
      )
      expect(err.status).toBe(422)
      expect(err.response?.data.errors?.[0]).toMatchObject({ field: 'head', code: 'invalid' })
      const ref = await client.rest.git.getRef({ ...repo, ref: 'heads/main' })
      expect(ref.data.object.sha).toBe(shas.main)
      expect(second.failures).toEqual([])
    } finally {
      await second.stop()
    }
  })
})
