import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, runCli } from '../harness/action-runner.js'
import type { FakeGitHub } from '../harness/github-api.js'
import type { GitServer } from '../harness/git-server.js'
import { gitopsRepo } from '../harness/gitops-fixture.js'
import { pushImage, type PushedImage } from '../harness/images.js'
import { startLab, stopLab } from '../harness/lab.js'
import type { TestRegistry } from '../harness/registry.js'
import {
  replayWorkflowCommands,
  type Replay,
  type RunnerCommand
} from '../harness/workflow-commands.js'

// Text from the GitOps repository, the registry or a file must never become a workflow
// command when the action or the CLI prints it inside a workflow step. Every hostile
// payload below carries the marker EVIL, so any command it produced can be spotted.
const REPO = 'acme/gitops'
const TAG = 'production-v1.0.0-aaa1111-1700000001'

const HOSTILE_ACTOR = [
  'mallory-EVIL',
  '::add-mask::production',
  '::error title=EVIL::ledger says hi',
  '::set-output name=digest::sha256:EVIL',
  '::stop-commands::EVILTOKEN'
].join('\n')
const HOSTILE_URL = 'https://example.invalid/run\r::warning::EVIL from a carriage return'
const HOSTILE_REVISION = 'abc ##[add-mask]acme ##[error]EVIL legacy form'

// Values a hostile payload tries to mask (the real token and its forms are masked on purpose).
const HOSTILE_MASKS = ['production', 'acme', 'v1.0.0']

/**
 * Commands that hostile text produced: a mask of a hostile value, or anything naming EVIL
 * except annotations of our own whose message quotes the hostile text (`own`).
 */
function injected(replay: Replay, own: RegExp[] = []): RunnerCommand[] {
  return replay.commands.filter(c => {
    if (c.command.toLowerCase() === 'add-mask')
      return HOSTILE_MASKS.includes(c.data) || c.data.includes('EVIL')
    const ours = ['error', 'warning'].includes(c.command) && own.some(r => r.test(c.data))
    return `${c.line}${JSON.stringify(c.properties)}`.includes('EVIL') && !ours
  })
}

function expectNoInjection(output: string, own: RegExp[] = []): Replay {
  const replay = replayWorkflowCommands(output)
  expect(injected(replay, own)).toEqual([])
  expect(replay.stoppedAtEnd).toBe(false)
  return replay
}

// Our own warning about a skipped ledger file names the (hostile) file.
const LEDGER_WARNING =
  /^ledger file \.promotions\/production\/##\[add-mask\]EVILFILE\.json skipped: /

describe('untrusted text never becomes a workflow command', () => {
  let registry: TestRegistry
  let git: GitServer
  let github: FakeGitHub
  let image: string
  let pushed: PushedImage
  let dir: string

  beforeAll(async () => {
    ;({ registry, github, git } = await startLab())
    dir = await mkdtemp(path.join(os.tmpdir(), 'dp-untrusted-'))
    image = `${registry.host}/acme/app`
    pushed = await pushImage(registry, 'acme/app', TAG, { seed: 'untrusted' })
    const event = {
      schemaVersion: 1,
      id: 'evil-1',
      kind: 'promotion',
      environment: 'production',
      alias: { tag: TAG, floating: null },
      image,
      digest: pushed.digest,
      previousDigest: null,
      fromEnvironment: 'staging',
      sourceTag: null,
      targetTag: TAG,
      sourceRevision: HOSTILE_REVISION,
      pipeline: {
        repository: 'acme/app',
        workflow: 'promote',
        runId: '1',
        runAttempt: '1',
        url: HOSTILE_URL,
        eventName: 'push'
      },
      actor: HOSTILE_ACTOR,
      timestamp: '2024-01-01T00:00:00Z',
      releaseLabel: null,
      gates: [],
      pullRequest: null,
      revertOf: null
    }
    await git.createRepo(REPO, {
      ...gitopsRepo(image, { production: { tag: TAG, digest: pushed.digest } }),
      '.promotions/production/evil-1.json': JSON.stringify(event, null, 2),
      // A file name is repository content too: the legacy form works anywhere in a line.
      '.promotions/production/##[add-mask]EVILFILE.json': '{ not json'
    })
  })
  afterAll(async () => {
    await stopLab({ registry, git, github })
    await rm(dir, { recursive: true, force: true })
  })

  it('the replay catches the hostile ledger text when printed raw', () => {
    const raw = replayWorkflowCommands(
      `${HOSTILE_ACTOR}\n${HOSTILE_URL}\n${HOSTILE_REVISION}\n::error::after`
    )
    // Once stopped by the hostile token, the runner ignores the rest.
    expect(raw.masks).toEqual(['production'])
    expect(raw.stoppedAtEnd).toBe(true)
    expect(injected(raw).map(c => c.command)).toEqual([
      'add-mask',
      'error',
      'set-output',
      'stop-commands'
    ])
  })

  it('status in the action shows the ledger fields without running them', async () => {
    const result = await runAction({
      inputs: {
        command: 'status',
        environment: 'production',
        image,
        'gitops-repository': REPO,
        'gitops-token': git.token!
      },
      env: { GITHUB_SERVER_URL: git.url, GITHUB_API_URL: github.url }
    })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('mallory-EVIL')
    expect(result.stdout).toContain('##[error]EVIL legacy form')
    expect(result.outputs.digest).toBe(pushed.digest)
    expectNoInjection(`${result.stdout}\n${result.stderr}`, [LEDGER_WARNING])
  })

  it('status in the CLI shows the ledger fields without running them', async () => {
    const result = await runCli(
      [
        'status',
        '--environment',
        'production',
        '--image',
        image,
        '--gitops-repository',
        REPO,
        '--gitops-token',
        git.token!
      ],
      { env: { GITHUB_SERVER_URL: git.url, GITHUB_API_URL: github.url }, cwd: dir }
    )
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('mallory-EVIL')
    expect(result.stderr).toContain('EVILFILE.json skipped')
    expectNoInjection(result.stdout)
    expectNoInjection(result.stderr)
  })

  it('status --json in the CLI keeps valid JSON and runs nothing', async () => {
    const result = await runCli(
      [
        'status',
        '--environment',
        'production',
        '--image',
        image,
        '--gitops-repository',
        REPO,
        '--gitops-token',
        git.token!,
        '--json'
      ],
      { env: { GITHUB_SERVER_URL: git.url, GITHUB_API_URL: github.url }, cwd: dir }
    )
    expect(result.exitCode).toBe(0)
    const json = JSON.parse(result.stdout) as { images: { current: { actor: string } }[] }
    expect(json.images[0].current.actor).toBe(HOSTILE_ACTOR)
    expectNoInjection(result.stdout)
  })

  const HOSTILE_TAGS = [
    '1.0.0',
    '1.2.0',
    '::add-mask::v1.0.0',
    '::error::EVIL-boom',
    '##[add-mask]EVIL-legacy',
    // A lone carriage return ends a line for the runner, though not for the tags file.
    '0.1.0\r::add-mask::EVIL-cr',
    '::stop-commands::EVILTOKEN',
    '::set-output name=tag::EVIL'
  ]
  const OCI_REFUSAL = /is not a valid OCI tag/

  async function tagsWorkspace(): Promise<string> {
    const workspace = await mkdtemp(path.join(dir, 'ws-'))
    await mkdir(workspace, { recursive: true })
    await writeFile(path.join(workspace, 'tags.txt'), HOSTILE_TAGS.join('\n'))
    return workspace
  }

  it('select-tag in the action refuses a hostile tag it would select, and sets no output', async () => {
    // Alphabetically ':' sorts after digits, so a hostile line would win.
    const result = await runAction({
      inputs: { command: 'select-tag', 'tags-file': 'tags.txt', alphabetical: 'asc' },
      workspace: await tagsWorkspace()
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs).toEqual({})
    expect(result.errors).toEqual([expect.stringMatching(OCI_REFUSAL)])
    expectNoInjection(`${result.stdout}\n${result.stderr}`, [OCI_REFUSAL])
  })

  it('select-tag in the action explains hostile tags without running them', async () => {
    const result = await runAction({
      inputs: {
        command: 'select-tag',
        'tags-file': 'tags.txt',
        semver: '>=1.0.0',
        explain: 'true'
      },
      workspace: await tagsWorkspace()
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.tag).toBe('1.2.0')
    expect(result.stdout).toContain('::add-mask::v1.0.0')
    expectNoInjection(`${result.stdout}\n${result.stderr}`)
  })

  it('select-tag in the CLI refuses a hostile tag and explains without running anything', async () => {
    const cwd = await tagsWorkspace()
    const refused = await runCli(
      ['select-tag', '--tags-file', 'tags.txt', '--alphabetical', 'asc'],
      {
        cwd
      }
    )
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout).toBe('')
    expect(refused.stderr).toMatch(OCI_REFUSAL)
    expect(
      refused.stderr
        .trim()
        .split('\n')
        .filter(l => l.startsWith('error:'))
    ).toHaveLength(1)
    expectNoInjection(refused.stderr)
    const explained = await runCli(
      ['select-tag', '--tags-file', 'tags.txt', '--semver', '>=1.0.0', '--explain'],
      { cwd }
    )
    expect(explained.exitCode).toBe(0)
    expect(explained.stdout).toContain('::add-mask::v1.0.0')
    expectNoInjection(explained.stdout)
    expectNoInjection(explained.stderr)
  })

  it('select-tag completes on a catastrophic-backtracking pattern', async () => {
    const cwd = await mkdtemp(path.join(dir, 'ws-'))
    await writeFile(
      path.join(cwd, 'tags.txt'),
      [`main-${'a'.repeat(36)}`, `main-${'ab-'.repeat(3400)}x`, 'main-abc-12'].join('\n')
    )
    const result = await runCli(
      [
        'select-tag',
        '--tags-file',
        'tags.txt',
        '--numerical',
        'asc',
        '--pattern',
        '^main-([a-z0-9]+-?)+-(?P<ts>[0-9]+)$',
        '--extract',
        '$ts'
      ],
      { cwd }
    )
    expect(result).toMatchObject({ exitCode: 0, stdout: 'main-abc-12\n' })
  })
})
