import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GitCommandManager } from '../../src/git/git-command-manager.js'
import { runGitOk, startGitServer, type GitServer } from '../harness/git-server.js'
import { startProxy, type FaultProxy } from '../harness/proxy.js'
import { recordingLogger } from '../harness/test-logger.js'

/** git's own words reach the user: the line that says what failed, not the one after it. */
describe('GitCommandManager reports what git said went wrong', () => {
  let server: GitServer
  let proxy: FaultProxy
  let tmp: string

  beforeAll(async () => {
    server = await startGitServer()
    proxy = await startProxy(server.url)
    tmp = await mkdtemp(path.join(os.tmpdir(), 'git-manager-'))
    await server.createRepo('acme/gitops', { 'promotion.yaml': 'version: 1\n' })
  })
  afterAll(async () => {
    await proxy.stop()
    await server.stop()
    await rm(tmp, { recursive: true, force: true })
  })

  it("names git's error: line (HTTP 500) when a fetch fails, not the fatal: line after it", async () => {
    const dir = path.join(tmp, 'fetch-500')
    await runGitOk(['clone', '--quiet', server.repoUrl('acme/gitops'), dir])
    await runGitOk(['remote', 'set-url', 'origin', `${proxy.url}/acme/gitops.git`], { cwd: dir })
    const git = await GitCommandManager.create(dir, { logger: recordingLogger(), env: {} })
    proxy.addFault({ kind: 'status', status: 500, match: { method: 'POST' }, times: 1 })
    try {
      await expect(git.tryFetch('main')).rejects.toThrow(
        'git fetch main failed: error: RPC failed; HTTP 500 curl 22 The requested URL returned error: 500'
      )
    } finally {
      proxy.clearFaults()
    }
  })
})
