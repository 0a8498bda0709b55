import { request } from 'node:http'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runGit, runGitOk, startGitServer, type GitServer } from './git-server.js'

const TOKEN = 'ghs_harnesstoken123'
const identity = ['-c', 'user.name=Test Author', '-c', 'user.email=author@example.invalid']

let server: GitServer
let work: string

beforeAll(async () => {
  server = await startGitServer({ token: TOKEN })
  work = await mkdtemp(join(tmpdir(), 'git-server-test-'))
})

afterAll(async () => {
  await server?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

/** The header actions/checkout uses, so no credential ever appears in a URL. */
function authHeader(token: string): string[] {
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64')
  return ['-c', `http.extraHeader=Authorization: Basic ${basic}`]
}

async function cloneWithHeader(repo: string, dir: string): Promise<string> {
  const target = join(work, dir)
  await runGitOk([...authHeader(TOKEN), 'clone', '--quiet', server.repoUrl(repo), target])
  return target
}

async function commitFile(cwd: string, path: string, content: string, message: string) {
  await writeFile(join(cwd, path), content)
  await runGitOk(['add', path], { cwd })
  await runGitOk([...identity, 'commit', '--quiet', '-m', message], { cwd })
}

function push(cwd: string) {
  return runGit([...authHeader(TOKEN), 'push', 'origin', 'HEAD:refs/heads/main'], { cwd })
}

describe('startGitServer', () => {
  it('serves a created repo, and clone + commit + push over HTTP land in the bare repo', async () => {
    await server.createRepo('gitops', {
      'envs/dev/values.yaml': 'image: a\n',
      'README.md': '# x\n'
    })
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(server.repoUrl('gitops')).toBe(`${server.url}/gitops.git`)
    expect(server.repoUrl('gitops')).not.toContain(TOKEN)
    expect(await server.branches('gitops')).toEqual(['main'])

    const dir = await cloneWithHeader('gitops', 'clone1')
    expect(await readFile(join(dir, 'envs/dev/values.yaml'), 'utf8')).toBe('image: a\n')
    await writeFile(join(dir, 'envs/dev/values.yaml'), 'image: b\n')
    await runGitOk([...identity, 'commit', '--quiet', '-am', 'Promote dev\n\nDigest sha256:1'], {
      cwd: dir
    })
    const result = await push(dir)
    expect(result.code, result.stderr).toBe(0)

    expect(await server.readFile('gitops', 'main', 'envs/dev/values.yaml')).toBe('image: b\n')
    expect(await server.readFile('gitops', 'main', 'missing.yaml')).toBeUndefined()
    expect(await server.readFile('gitops', 'no-such-branch', 'README.md')).toBeUndefined()
    const log = await server.log('gitops', 'main')
    expect(log).toHaveLength(2)
    expect(log[0]).toMatchObject({
      subject: 'Promote dev',
      body: 'Digest sha256:1',
      author: 'Test Author <author@example.invalid>'
    })
    expect(log[0].sha).toMatch(/^[0-9a-f]{40}$/)
    expect(log[1].subject).toBe('Initial commit')

    const pushes = server.requests.filter(r => r.path === '/gitops.git/git-receive-pack')
    expect(pushes).toEqual([
      {
        method: 'POST',
        path: '/gitops.git/git-receive-pack',
        query: '',
        status: 200,
        user: 'x-access-token'
      }
    ])
  })

  it('creates repos on another branch and accepts credentials in the URL', async () => {
    await server.createRepo('acme/deploy', { 'a.txt': 'a' }, { branch: 'trunk' })
    expect(await server.branches('acme/deploy')).toEqual(['trunk'])
    const dir = join(work, 'clone-authed')
    await runGitOk(['clone', '--quiet', server.authedUrl('acme/deploy'), dir])
    expect(await readFile(join(dir, 'a.txt'), 'utf8')).toBe('a')
  })

  it('rejects requests without the token with 401 and a Basic challenge', async () => {
    await server.createRepo('locked', { 'a.txt': 'a' })
    const noCreds = await runGit(['clone', server.repoUrl('locked'), join(work, 'nocreds')])
    expect(noCreds.code).not.toBe(0)
    expect(noCreds.stderr).toMatch(/terminal prompts disabled|Authentication failed/)

    const dir = await cloneWithHeader('locked', 'locked-clone')
    await commitFile(dir, 'a.txt', 'b', 'change')
    // With a header credential git cannot retry with other credentials, so it asks the terminal.
    const wrongHeader = await runGit(
      [...authHeader('wrong-token'), 'push', 'origin', 'HEAD:main'],
      {
        cwd: dir
      }
    )
    expect(wrongHeader.code).not.toBe(0)
    expect(wrongHeader.stderr).toMatch(/terminal prompts disabled/)
    const badUrl = server.authedUrl('locked').replace(encodeURIComponent(TOKEN), 'wrong-token')
    const wrongUrl = await runGit(['push', badUrl, 'HEAD:main'], { cwd: dir })
    expect(wrongUrl.code).not.toBe(0)
    expect(wrongUrl.stderr).toMatch(/Authentication failed/)
    expect(server.requests.some(r => r.path.startsWith('/locked.git') && r.status === 401)).toBe(
      true
    )
    expect((await server.log('locked', 'main')).map(c => c.subject)).toEqual(['Initial commit'])
  })

  it('rejectNextPushes rejects the given number of pushes, then allows them', async () => {
    await server.createRepo('flaky', { 'a.txt': 'a' })
    const dir = await cloneWithHeader('flaky', 'flaky-clone')
    await commitFile(dir, 'a.txt', 'b', 'change')
    await server.rejectNextPushes('flaky', 2, 'simulated outage')

    for (let attempt = 0; attempt < 2; attempt++) {
      const rejected = await push(dir)
      expect(rejected.code).not.toBe(0)
      expect(rejected.stderr).toContain('simulated outage')
      expect(rejected.stderr).toContain('pre-receive hook declined')
    }
    const accepted = await push(dir)
    expect(accepted.code, accepted.stderr).toBe(0)
    expect((await server.log('flaky', 'main'))[0].subject).toBe('change')
  })

  it('commitDirect simulates a concurrent writer, making the next push non-fast-forward', async () => {
    await server.createRepo('race', { 'a.txt': 'a', 'b.txt': 'b' })
    const dir = await cloneWithHeader('race', 'race-clone')
    // A pending rejection must not be consumed by the harness' own writer.
    await server.rejectNextPushes('race', 1)
    const sha = await server.commitDirect(
      'race',
      'main',
      { 'b.txt': null, 'c/d.txt': 'd' },
      'other'
    )
    expect((await server.log('race', 'main'))[0]).toMatchObject({ sha, subject: 'other' })
    expect(await server.readFile('race', 'main', 'b.txt')).toBeUndefined()
    expect(await server.readFile('race', 'main', 'c/d.txt')).toBe('d')

    await commitFile(dir, 'a.txt', 'mine', 'mine')
    const stale = await push(dir)
    expect(stale.code).not.toBe(0)
    expect(stale.stderr).toMatch(/fetch first|non-fast-forward/)

    await runGitOk([...authHeader(TOKEN), ...identity, 'pull', '--quiet', '--rebase'], { cwd: dir })
    const declined = await push(dir)
    expect(declined.code).not.toBe(0)
    expect(declined.stderr).toContain('pre-receive hook declined')
    const retried = await push(dir)
    expect(retried.code, retried.stderr).toBe(0)
    expect((await server.log('race', 'main')).map(c => c.subject)).toEqual([
      'mine',
      'other',
      'Initial commit'
    ])

    const branchSha = await server.commitDirect('race', 'feature/x', { 'f.txt': 'f' }, 'feature')
    expect(await server.branches('race')).toEqual(['feature/x', 'main'])
    expect((await server.log('race', 'feature/x'))[0].sha).toBe(branchSha)
  })

  it('accepts gzip-encoded request bodies, as git clients send for large fetches', async () => {
    await server.createRepo('zipped', { 'a.txt': 'a' })
    const [head] = await server.log('zipped', 'main')
    const body = gzipSync('0014command=ls-refs\n0000')
    const response = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        `${server.url}/zipped.git/git-upload-pack`,
        {
          method: 'POST',
          headers: {
            Authorization: `Basic ${Buffer.from(`u:${TOKEN}`).toString('base64')}`,
            'Content-Type': 'application/x-git-upload-pack-request',
            'Content-Encoding': 'gzip',
            'Git-Protocol': 'version=2'
          }
        },
        res => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() })
          )
        }
      )
      req.on('error', reject)
      req.end(body)
    })
    expect(response.status).toBe(200)
    expect(response.text).toContain(`${head.sha} refs/heads/main`)
  })

  it('reports CGI error statuses from http-backend', async () => {
    const missing = await runGit([...authHeader(TOKEN), 'ls-remote', server.repoUrl('nope')])
    expect(missing.code).not.toBe(0)
    expect(server.requests.some(r => r.path.startsWith('/nope.git') && r.status === 404)).toBe(true)
  })
})
