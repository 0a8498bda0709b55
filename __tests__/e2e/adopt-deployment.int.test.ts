import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionResult } from '../harness/action-runner.js'
import { gitopsRepo } from '../harness/gitops-fixture.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { labEnv, startLab, stopLab, type Lab } from '../harness/lab.js'

const DEV_TAG = 'dev-v1.2.3-abc1234-1700000000'
const STAGING_TAG = 'staging-v1.2.3-abc1234-1700000000'
const PROD_TAG = 'production-v1.2.2-fff0000-1690000000'
const REPO = 'acme/adopt-deployments'

/**
 * `adopt` with `deployment: true` records a GitHub deployment per adopted environment, as
 * promotions do: on the commit that records dev and staging (`in_progress`, then `success`),
 * and on the head of production's pull request (`queued` until someone merges it).
 */
describe('adopt records GitHub deployments through the built action', () => {
  let lab: Lab
  let image: string
  let built: PushedImage
  let old: PushedImage

  beforeAll(async () => {
    lab = await startLab()
    image = `${lab.registry.host}/acme/app`
    built = await pushImage(lab.registry, 'acme/app', DEV_TAG, { seed: 'built' })
    await pushImage(lab.registry, 'acme/app', STAGING_TAG, { seed: 'built' })
    old = await pushImage(lab.registry, 'acme/app', PROD_TAG, { seed: 'old' })
    await lab.git.createRepo(
      REPO,
      gitopsRepo(image, {
        dev: { tag: DEV_TAG, digest: built.digest },
        staging: { tag: STAGING_TAG, digest: built.digest },
        production: { tag: PROD_TAG, digest: old.digest }
      })
    )
  })
  afterAll(async () => {
    await stopLab(lab)
  })

  function adopt(inputs: Record<string, string> = {}): Promise<ActionResult> {
    return runAction({
      inputs: {
        command: 'adopt',
        image,
        'gitops-repository': REPO,
        'gitops-token': lab.git.token ?? '',
        deployment: 'true',
        'environment-url': 'https://apps.example.com',
        ...inputs
      },
      env: { ...labEnv(lab), GITHUB_TOKEN: lab.github.token ?? '' }
    })
  }

  it('records one deployment per adopted environment, on the commit or pull request that records it', async () => {
    const result = await adopt()
    expect(result.errors).toEqual([])
    expect(lab.github.failures).toEqual([])
    const [head] = await lab.git.log(REPO, 'main')
    expect(head.subject).toBe('adopt(dev, staging): record what runs today')
    const [prHead] = await lab.git.log(REPO, 'adopt/production/acme-app')
    const pr = lab.github.pulls.find(p => p.head.ref === 'adopt/production/acme-app')!
    const ids = result.outputs['event-id'].split('\n')
    const byEnv = (env: string) => lab.github.deployments.filter(d => d.environment === env)
    expect(lab.github.deployments).toHaveLength(3)
    for (const [i, env] of ['dev', 'staging'].entries()) {
      const [deployment] = byEnv(env)
      expect(deployment).toMatchObject({
        owner: 'acme',
        repo: 'adopt-deployments',
        ref: head.sha,
        sha: head.sha,
        payload: {
          tool: 'digest-promote',
          kind: 'adoption',
          events: [ids[i]],
          images: [{ image, digest: built.digest, tag: env === 'dev' ? DEV_TAG : STAGING_TAG }]
        }
      })
      expect(deployment.statuses.map(s => s.state)).toEqual(['in_progress', 'success'])
      expect(deployment.statuses[0].environmentUrl).toBe('https://apps.example.com')
      expect(result.stdout).toContain(`${env}: GitHub deployment ${deployment.id}`)
    }
    const [production] = byEnv('production')
    expect(production).toMatchObject({
      sha: prHead.sha,
      payload: { kind: 'adoption', events: [ids[2]], pullRequest: pr.number }
    })
    expect(production.statuses.map(s => s.state)).toEqual(['queued'])
  })

  it('records no second deployment when adopt runs again', async () => {
    const before = lab.github.deployments.map(d => ({ id: d.id, statuses: d.statuses.length }))
    const result = await adopt()
    expect(result.errors).toEqual([])
    expect(result.outputs.changed).toBe('false')
    expect(lab.github.deployments.map(d => ({ id: d.id, statuses: d.statuses.length }))).toEqual(
      before
    )
  })

  it('refuses deployment: true without a token, before anything is written', async () => {
    const before = { github: lab.github.requests.length, git: await lab.git.log(REPO, 'main') }
    const result = await runAction({
      inputs: {
        command: 'adopt',
        image,
        'gitops-repository': REPO,
        deployment: 'true'
      },
      env: labEnv(lab)
    })
    expect(result.errors).toEqual([
      "input 'deployment': true needs a GitHub token to create the deployment; set github-token (with 'permissions: deployments: write') or gitops-token"
    ])
    expect(lab.github.requests.length).toBe(before.github)
    expect(await lab.git.log(REPO, 'main')).toEqual(before.git)
  })
})
