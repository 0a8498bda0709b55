import { getOctokit } from '@actions/github'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startGitHubApi, type FakeGitHub } from './github-api.js'
import { sharedBackend } from './github-api-spec.js'

const TOKEN = 'ghs_fake_deployments_token'
const repo = { owner: 'acme', repo: 'gitops' }
const SHA = 'a'.repeat(40)

let gh: FakeGitHub
let octokit: ReturnType<typeof getOctokit>

beforeAll(async () => {
  gh = await startGitHubApi({ token: TOKEN })
  octokit = getOctokit(TOKEN, { baseUrl: gh.url })
})
afterAll(async () => {
  await gh?.stop()
})
afterEach(() => {
  expect(gh.failures).toEqual([])
})

/** The answer matches GitHub's OpenAPI response schema for the operation. */
async function expectSchema(operationId: string, status: number, body: unknown): Promise<void> {
  const api = await sharedBackend()
  const result = api.validateResponse(body, operationId, status)
  expect(result.errors ?? []).toEqual([])
}

describe('fake GitHub deployments', () => {
  it('creates a deployment and statuses in the shapes GitHub answers with', async () => {
    const created = await octokit.rest.repos.createDeployment({
      ...repo,
      ref: SHA,
      environment: 'staging',
      auto_merge: false,
      required_contexts: [],
      payload: { digest: 'sha256:1' }
    })
    expect(created.status).toBe(201)
    await expectSchema('repos/create-deployment', 201, created.data)
    const id = (created.data as { id: number }).id
    const status = await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: id,
      state: 'success',
      environment_url: 'https://staging.example.com',
      log_url: 'https://github.com/acme/app/actions/runs/1'
    })
    await expectSchema('repos/create-deployment-status', 201, status.data)
    expect(status.data).toMatchObject({
      state: 'success',
      environment_url: 'https://staging.example.com',
      target_url: 'https://github.com/acme/app/actions/runs/1'
    })
    const list = await octokit.rest.repos.listDeployments({ ...repo, sha: SHA })
    await expectSchema('repos/list-deployments', 200, list.data)
    expect(list.data.map(d => d.id)).toEqual([id])
    const statuses = await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: id })
    await expectSchema('repos/list-deployment-statuses', 200, statuses.data)
    expect(gh.deployments[0]).toMatchObject({ environment: 'staging', sha: SHA })
  })

  it('refuses a deployment whose commit checks are not green unless required_contexts is empty', async () => {
    const sha = 'b'.repeat(40)
    gh.addCommitStatus({ ...repo, sha, state: 'pending', context: 'ci' })
    const err = await octokit.rest.repos
      .createDeployment({ ...repo, ref: sha, environment: 'production' })
      .then(
        () => undefined,
        (e: unknown) => e as { status: number }
      )
    expect(err?.status).toBe(409)
    const ok = await octokit.rest.repos.createDeployment({
      ...repo,
      ref: sha,
      environment: 'production',
      required_contexts: []
    })
    expect(ok.status).toBe(201)
  })

  it('marks the earlier successful deployment of an environment inactive', async () => {
    const first = gh.deployments[0]
    const next = await octokit.rest.repos.createDeployment({
      ...repo,
      ref: 'c'.repeat(40),
      environment: 'staging',
      required_contexts: []
    })
    await octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: (next.data as { id: number }).id,
      state: 'success'
    })
    expect(first.statuses.at(-1)?.state).toBe('inactive')
  })

  it('answers 404 for the statuses of a deployment that does not exist', async () => {
    const err = await octokit.rest.repos
      .listDeploymentStatuses({ ...repo, deployment_id: 999999 })
      .then(
        () => undefined,
        (e: unknown) => e as { status: number }
      )
    expect(err?.status).toBe(404)
  })
})
