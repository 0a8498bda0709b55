import { execFile } from 'node:child_process'
import { requireTool } from './tools.js'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, join, normalize } from 'node:path'

/** Outcome of one git invocation; `code` is the exit status (non-zero does not throw). */
export interface GitResult {
  stdout: string
  stderr: string
  code: number
}

/**
 * Environment for git processes in tests: the developer's global/system config (credential
 * helpers, signing, url rewrites), inherited `GIT_*` variables and proxies would otherwise leak
 * into results. Terminal prompts are off so a missing credential fails instead of hanging.
 */
export function gitTestEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('GIT_') || /^(https?|all|no)_proxy$/i.test(key)) continue
    env[key] = value
  }
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    ...extra
  }
}

/** Runs `git` with an argument array in {@link gitTestEnv} plus `opts.env`; never throws on exit. */
export function runGit(
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<GitResult> {
  // A missing git fails the test with the install command, not with an empty error.
  const git = requireTool('git', 'apt-get install -y git')
  return new Promise(resolve => {
    execFile(
      git,
      args,
      { cwd: opts.cwd, env: gitTestEnv(opts.env), maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ stdout, stderr, code })
      }
    )
  })
}

/** Like {@link runGit} but rejects with git's stderr on a non-zero exit; resolves to stdout. */
export async function runGitOk(
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<string> {
  const result = await runGit(args, opts)
  if (result.code !== 0) {
    throw new Error(`git ${args.join(' ')} exited ${result.code}: ${result.stderr.trim()}`)
  }
  return result.stdout
}

/** Writes (or, for `null`, deletes) files below `dir`; paths must stay inside `dir`. */
export async function writeTree(dir: string, files: Record<string, string | null>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    const rel = normalize(path)
    if (isAbsolute(rel) || rel === '..' || rel.startsWith('../') || rel === '.') {
      throw new Error(`git-server: file path escapes the work tree: ${path}`)
    }
    const target = join(dir, rel)
    if (content === null) {
      await rm(target, { force: true })
    } else {
      await mkdir(dirname(target), { recursive: true })
      await writeFile(target, content)
    }
  }
}
