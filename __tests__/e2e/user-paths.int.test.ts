import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, runCli, spawnCollect } from '../harness/action-runner.js'
import { REPO_ROOT, node24 } from '../harness/node24.js'

const POLICY = `apiVersion: image.toolkit.fluxcd.io/v1beta2
kind: ImagePolicy
metadata:
  name: app
spec:
  imageRepositoryRef:
    name: app
  policy:
    semver:
      range: ">=1.0.0"
`

/**
 * `select-tag --tags-file` used to refuse every path outside the current directory ("outside
 * the repository"), including a process substitution (`<(…)`, a /dev/fd path) and `-`. A path
 * the user names is the user's to name: the CLI reads it, and `-` is standard input. Paths that
 * come from repository content (promotion.yaml, the ledger) stay confined (confinement tests).
 */
describe('files the user names on the command line', () => {
  let elsewhere: string
  let cwd: string

  beforeAll(async () => {
    elsewhere = await mkdtemp(path.join(os.tmpdir(), 'dp-user-paths-'))
    cwd = await mkdtemp(path.join(os.tmpdir(), 'dp-user-cwd-'))
    await writeFile(path.join(elsewhere, 'tags.txt'), 'v1.0.0\nv1.4.0\nv1.2.0\n')
    await writeFile(path.join(elsewhere, 'policy.yaml'), POLICY)
  })
  afterAll(async () => {
    await rm(elsewhere, { recursive: true, force: true })
    await rm(cwd, { recursive: true, force: true })
  })

  it('reads a tags file outside the current directory', async () => {
    const tags = path.join(elsewhere, 'tags.txt')
    const result = await runCli(['select-tag', '--tags-file', tags, '--semver', '*'], { cwd })
    expect(result).toMatchObject({ exitCode: 0, stdout: 'v1.4.0\n', stderr: '' })
  })

  it('reads a tags file by a relative path that leaves the current directory', async () => {
    const tags = path.relative(cwd, path.join(elsewhere, 'tags.txt'))
    expect(tags.startsWith('..')).toBe(true)
    const result = await runCli(['select-tag', '--tags-file', tags, '--semver', '*'], { cwd })
    expect(result).toMatchObject({ exitCode: 0, stdout: 'v1.4.0\n' })
  })

  it('reads a policy file outside the current directory', async () => {
    const result = await runCli(
      [
        'select-tag',
        '--tags-file',
        path.join(elsewhere, 'tags.txt'),
        '--policy-file',
        path.join(elsewhere, 'policy.yaml')
      ],
      { cwd }
    )
    expect(result).toMatchObject({ exitCode: 0, stdout: 'v1.4.0\n', stderr: '' })
  })

  it('reads a process substitution, <(…)', async () => {
    const cli = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')
    const script = `exec "$0" "$1" select-tag --tags-file <(printf 'v2.0.0\\nv2.1.0\\n') --semver '*'`
    const result = await spawnCollect(
      'bash',
      ['-c', script, node24(), cli],
      { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      cwd
    )
    expect(result).toMatchObject({ exitCode: 0, stdout: 'v2.1.0\n', stderr: '' })
  })

  it('reads standard input for -', async () => {
    const result = await runCli(['select-tag', '--tags-file', '-', '--semver', '*'], {
      cwd,
      stdin: 'v3.0.0\nv3.2.0\nv3.1.0\n'
    })
    expect(result).toMatchObject({ exitCode: 0, stdout: 'v3.2.0\n', stderr: '' })
  })

  it('refuses - when standard input already carries a secret, naming both', async () => {
    const result = await runCli(
      ['select-tag', '--tags-file', '-', '--semver', '*', '--github-token-stdin'],
      { cwd, stdin: 'ghp_secret\n' }
    )
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toBe(
      "error: input 'tags-file': '-' reads standard input, which --github-token-stdin already reads; name a file instead\n"
    )
  })

  it('says which file cannot be read, in one line', async () => {
    const missing = path.join(elsewhere, 'missing.txt')
    const result = await runCli(['select-tag', '--tags-file', missing, '--semver', '*'], { cwd })
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toMatch(
      new RegExp(
        `^error: input 'tags-file': cannot read '${missing}' \\(no such file\\)[^\\n]*\\n$`
      )
    )
  })

  it('in the action, refuses - (a step has no standard input), naming the input', async () => {
    const result = await runAction({
      inputs: { command: 'select-tag', 'tags-file': '-', semver: '*' }
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      "input 'tags-file': '-' (standard input) is read by the CLI only; name a file"
    ])
  })
})

describe('errors that say what is wrong with a reference', () => {
  it.each([
    [
      'ghcr.io/acme/app:v1:bad',
      'error: invalid reference "ghcr.io/acme/app:v1:bad": "app:v1:bad" has more than one ":": a reference takes one tag, after the last "/" (name:tag), and a tag cannot contain ":"'
    ],
    [
      'ghcr.io/acme/app::v1',
      'error: invalid reference "ghcr.io/acme/app::v1": "app::v1" has more than one ":": a reference takes one tag, after the last "/" (name:tag), and a tag cannot contain ":"'
    ],
    [
      'localhost:5000/app:v1:x',
      'error: invalid reference "localhost:5000/app:v1:x": "app:v1:x" has more than one ":": a reference takes one tag, after the last "/" (name:tag), and a tag cannot contain ":"'
    ]
  ])('ref %s', async (input, line) => {
    const result = await runCli(['ref', input])
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toBe(`${line}\n`)
    expect(result.stderr).not.toContain('lowercase')
  })
})
