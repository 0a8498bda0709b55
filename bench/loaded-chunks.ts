/**
 * Which files of `dist/` a process loads: Node runs it with a module hook (`module.registerHooks`,
 * Node ≥ 22.15) that appends every module URL it loads to a file. ncc's chunks are ES modules
 * loaded with `import()`, so the list is exactly what that start read: the entry, plus the
 * command table and whatever a command's `import()` pulled in.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { minimalEnv, run } from './processes.js'

/** The hook, as a `data:` module so nothing is written into the repository. */
const HOOK = [
  "import { registerHooks } from 'node:module'",
  "import { appendFileSync } from 'node:fs'",
  'const out = process.env.DP_LOADED_MODULES',
  'registerHooks({ load(url, context, next) {',
  "  if (out && url.startsWith('file:')) appendFileSync(out, url + '\\n')",
  '  return next(url, context)',
  '} })'
].join('\n')

/** Files under `dist` a run of `node <args>` loaded, with their total size. */
export interface Loaded {
  /** Paths relative to `dist`, in load order. */
  files: string[]
  bytes: number
}

/** Runs `node <args>` once (its exit status does not matter) and sums what it loaded from `dist`. */
export async function loadedFromDist(
  node: string,
  args: readonly string[],
  dist: string,
  signal: AbortSignal
): Promise<Loaded> {
  const dir = await mkdtemp(join(os.tmpdir(), 'dp-loaded-'))
  const out = join(dir, 'modules.txt')
  try {
    const hook = `data:text/javascript,${encodeURIComponent(HOOK)}`
    await run(node, ['--import', hook, ...args], {
      signal,
      env: { ...minimalEnv('/nonexistent'), DP_LOADED_MODULES: out },
      allowFailure: true
    })
    const urls = (await readFile(out, 'utf8').catch(() => '')).split('\n').filter(Boolean)
    const files = [...new Set(urls.map(u => fileURLToPath(u)))]
      .map(f => relative(dist, f))
      .filter(f => !f.startsWith('..'))
    let bytes = 0
    for (const f of files) bytes += (await stat(join(dist, f))).size
    return { files, bytes }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
