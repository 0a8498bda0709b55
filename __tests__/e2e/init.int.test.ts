import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { runCli } from '../harness/action-runner.js'
import { REPO_ROOT } from '../harness/node24.js'

const IMAGE = 'ghcr.io/acme/app'
const ENVS = 'dev,staging,production'

/** Every file under `dir`, relative, sorted. */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter(e => e.isFile())
    .map(e => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort()
}

describe('init through the built CLI', () => {
  let repo: string

  beforeEach(async () => {
    repo = await mkdtemp(path.join(os.tmpdir(), 'dp-init-'))
  })
  afterEach(async () => {
    await rm(repo, { recursive: true, force: true })
  })

  const init = (...extra: string[]) =>
    runCli(['init', '--image', IMAGE, '--environments', ENVS, ...extra], { cwd: repo })

  it('scaffolds an empty GitOps repository that audit passes with no findings', async () => {
    for (const provider of ['generic', 'aws']) {
      await rm(repo, { recursive: true, force: true })
      await mkdir(repo)
      const result = await init('--flux', '--registry-provider', provider, '--workflows', 'app')
      expect(result).toMatchObject({ exitCode: 0, stderr: '' })
      expect(result.stdout).toMatch(/^audit: 0 findings in the generated GitOps files$/m)
      expect(await tree(repo)).toEqual([
        'app/build.yml',
        'app/promote.yml',
        'app/rollback.yml',
        'clusters/dev/kustomization.yaml',
        'clusters/production/kustomization.yaml',
        'clusters/staging/kustomization.yaml',
        'flux-system/app-image-automation.yaml',
        'promotion.yaml'
      ])
      const audit = await runCli(['audit', '.'], { cwd: repo })
      expect(audit.stdout).toMatch(/^audit: no findings/)
      expect(audit.exitCode).toBe(0)
    }
    const config = await readFile(path.join(repo, 'promotion.yaml'), 'utf8')
    expect(config.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/acme/digest-promote/v1/schemas/promotion.schema.json'
    )
    expect(parse(config).environments).toEqual([
      { name: 'dev', path: 'clusters/dev' },
      { name: 'staging', path: 'clusters/staging' },
      { name: 'production', path: 'clusters/production', protected: true, requires: ['staging'] }
    ])
    const flux = await readFile(path.join(repo, 'flux-system/app-image-automation.yaml'), 'utf8')
    expect(flux).toMatch(/provider: aws/)
    expect(flux).toMatch(/expire after 12 hours/)
  })

  it('changes nothing when promotion.yaml exists, shows the diff, and replaces it only with --force', async () => {
    const mine = 'version: 1\nenvironments:\n  - name: dev\n    path: clusters/dev\n'
    await writeFile(path.join(repo, 'promotion.yaml'), mine)
    const result = await init('--flux')
    expect(result.exitCode).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^error: init: promotion\.yaml already exists and would change; nothing was written; .*--force promotion\.yaml/
      )
    ])
    expect(result.stdout).toMatch(/^exists, would change: promotion\.yaml$/m)
    expect(result.stdout).toMatch(/^\+ {2}- name: production$/m)
    expect(result.stdout).toMatch(/^would create: clusters\/dev\/kustomization\.yaml$/m)
    expect(await tree(repo)).toEqual(['promotion.yaml'])
    expect(await readFile(path.join(repo, 'promotion.yaml'), 'utf8')).toBe(mine)

    const dry = await init('--flux', '--force', 'promotion.yaml', '--dry-run')
    expect(dry.exitCode).toBe(0)
    expect(dry.stdout).toMatch(/^would replace: promotion\.yaml$/m)
    expect(await tree(repo)).toEqual(['promotion.yaml'])

    const forced = await init('--flux', '--force', 'promotion.yaml')
    expect(forced.exitCode).toBe(0)
    expect(
      parse(await readFile(path.join(repo, 'promotion.yaml'), 'utf8')).environments
    ).toHaveLength(3)
  })

  it('leaves existing Flux objects alone', async () => {
    const file = path.join(repo, 'flux-system/app-image-automation.yaml')
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, '# mine\n')
    const result = await init('--flux')
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(
      /^exists, would change: flux-system\/app-image-automation\.yaml$/m
    )
    expect(await tree(repo)).toEqual(['flux-system/app-image-automation.yaml'])
    expect(await readFile(file, 'utf8')).toBe('# mine\n')
  })

  const TAGS = {
    timestamp: {
      tags: [
        'latest',
        'dev-v1.4.0-3f2a1bc-1718000000',
        'dev-v1.4.1-9d8e7f6-1718000500',
        'dev-v1.5.0-rc.1-aaaaaaa-1718009999',
        'staging-v1.4.1-9d8e7f6-1718000900',
        'dev-v1.4.2-1234567-1718000400'
      ],
      expected: 'dev-v1.4.1-9d8e7f6-1718000500'
    },
    semver: {
      tags: ['latest', '1.4.0', '1.9.3', '2.0.0', '1.10.0-rc.1', 'v1.9.4-beta', '0.9.9'],
      expected: '1.9.3'
    },
    sha: {
      tags: [
        'latest',
        'sha-3f2a1bc-1718000000',
        'sha-9d8e7f6aa-1718000600',
        'sha-zzzzzzz-1718009999',
        'main-1234567-1718009999'
      ],
      expected: 'sha-9d8e7f6aa-1718000600'
    }
  } as const

  for (const [scheme, { tags, expected }] of Object.entries(TAGS)) {
    it(`writes a ${scheme} ImagePolicy that selects ${expected}, and markers set-markers rewrites`, async () => {
      expect((await init('--flux', '--tag-scheme', scheme)).exitCode).toBe(0)
      await writeFile(path.join(repo, 'tags.txt'), tags.join('\n'))
      const policyFile = 'flux-system/app-image-automation.yaml'
      const selected = await runCli(
        ['select-tag', '--tags-file', 'tags.txt', '--policy-file', policyFile, '--json'],
        { cwd: repo }
      )
      expect(selected.stderr).toBe('')
      expect(JSON.parse(selected.stdout)).toMatchObject({ tag: expected })

      const markers = await runCli(
        ['set-markers', 'clusters', '--policy', `flux-system:app-dev=${IMAGE}:${expected}`],
        { cwd: repo }
      )
      expect(markers.exitCode).toBe(0)
      expect(markers.stderr).toBe('')
      const dev = parse(await readFile(path.join(repo, 'clusters/dev/kustomization.yaml'), 'utf8'))
      expect(dev.images).toEqual([{ name: IMAGE, newName: IMAGE, newTag: expected }])
      const audit = await runCli(['audit', '.'], { cwd: repo })
      expect(audit.stdout).toMatch(/^audit: no findings/)
    })
  }

  it('writes workflows whose digest-promote steps use only inputs their sub-action declares', async () => {
    expect((await init('--workflows', '.github/workflows')).exitCode).toBe(0)
    type Step = { uses: string; with: Record<string, unknown> }
    type Workflow = {
      concurrency: { group: string }
      permissions: Record<string, string>
      jobs: Record<string, { steps: Step[] }>
    }
    /** The inputs `<folder>/action.yml` declares, as the runner reads the sub-action. */
    const declaredBy = async (uses: string): Promise<string[]> => {
      const folder = uses.replace(/^acme\/digest-promote\//, '').replace(/@.*$/, '')
      const action = parse(await readFile(path.join(REPO_ROOT, folder, 'action.yml'), 'utf8')) as {
        inputs: Record<string, unknown>
      }
      return Object.keys(action.inputs)
    }
    const steps: Step[] = []
    const names = ['build.yml', 'promote.yml', 'rollback.yml']
    for (const name of names) {
      const text = await readFile(path.join(repo, '.github/workflows', name), 'utf8')
      const wf = parse(text) as Workflow
      expect(wf.concurrency.group).toMatch(/^digest-promote-/)
      expect(Object.values(wf.permissions)).not.toContain('write-all')
      for (const job of Object.values(wf.jobs))
        steps.push(...job.steps.filter(s => s.uses.startsWith('acme/digest-promote/')))
    }
    expect(steps.map(s => s.uses)).toEqual([
      'acme/digest-promote/capture@v1',
      'acme/digest-promote/promote@v1',
      'acme/digest-promote/rollback@v1'
    ])
    for (const step of steps) {
      const declared = await declaredBy(step.uses)
      for (const key of Object.keys(step.with)) expect(declared).toContain(key)
      expect(Object.keys(step.with)).not.toContain('command')
    }
    const identity = String(steps[1].with['certificate-identity-regexp'])
    expect(
      new RegExp(identity).test(
        'https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main'
      )
    ).toBe(true)
    expect(
      new RegExp(identity).test('https://github.com/acme/app/.github/workflows/evil.yml@x')
    ).toBe(false)
  })

  it('refuses a bad environment name with one line and writes nothing', async () => {
    const result = await runCli(['init', '--image', IMAGE, '--environments', 'dev,Prod!'], {
      cwd: repo
    })
    expect(result.exitCode).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/input 'environments': 'Prod!' is not an environment name/)
    expect(await tree(repo)).toEqual([])
  })
})
