/**
 * `node --import tsx bench/promote-only.ts`: only the promote cases of `npm run bench`, printed
 * and not written anywhere, for iterating on the promotion's speed. `BENCH_PROMOTE_SIZES=1,10`
 * picks the sizes (default all); `BENCH_PROMOTE_LOG=<file>` writes every registry request of the
 * digest-promote runs there, one `METHOD path status ms` line each.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startGitServer } from '../__tests__/harness/git-server.js'
import { startProxy } from '../__tests__/harness/proxy.js'
import { startRegistry } from '../__tests__/harness/registry.js'
import { recordingLogger } from '../__tests__/harness/test-logger.js'
import { RegistryClient } from '../src/registry/client.js'
import { Keychain } from '../src/registry/keychain.js'
import { DigestPromoteCli, Skopeo } from './processes.js'
import { PROMOTE_SIZES, promoteTable, runPromoteCases } from './promote-cases.js'

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

async function main(): Promise<number> {
  const sizes = (process.env.BENCH_PROMOTE_SIZES ?? PROMOTE_SIZES.join(','))
    .split(',')
    .map(Number)
    .filter(n => Number.isInteger(n) && n > 0)
  const abort = new AbortController()
  const tmp = await mkdtemp(join(os.tmpdir(), 'digest-promote-bench-'))
  const registry = await startRegistry({ auth: 'none' })
  const proxy = await startProxy(registry.url)
  const git = await startGitServer({ token: 'bench-token' })
  try {
    const cli = DigestPromoteCli.find(REPO_ROOT, await mkdtemp(join(tmp, 'home-')), abort.signal)
    if (!cli) throw new Error('dist/cli/index.js is not built: run npm run package')
    const logger = recordingLogger()
    const lab = {
      registry,
      proxy,
      client: new RegistryClient({
        keychain: new Keychain({ env: { HOME: '/none' }, logger }),
        logger
      }),
      skopeo: await Skopeo.create(tmp, abort.signal),
      cli,
      deadline: Date.now() + 600_000,
      log: (line: string) => process.stderr.write(`${line}\n`),
      notes: []
    }
    const rows = await runPromoteCases(lab, git, cli, tmp, {
      sizes,
      requestLog: process.env.BENCH_PROMOTE_LOG
    })
    process.stdout.write(`${promoteTable(rows)}\n`)
    return rows.some(r => r.failures.length > 0) ? 1 : 0
  } finally {
    await git.stop()
    await proxy.stop()
    await registry.stop()
    await rm(tmp, { recursive: true, force: true })
  }
}

process.exitCode = await main()
