import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { actionEntry, runnerInputs } from './action-folder.js'
import { REPO_ROOT, node24 } from './node24.js'

/** What a test hands to {@link runAction}. */
export interface ActionRun {
  /** `with:` inputs, by their action.yml names. */
  inputs: Record<string, string | undefined>
  /** Extra environment (GITHUB_TOKEN, DOCKER_CONFIG, ...), on top of the runner's variables. */
  env?: Record<string, string>
  /** The webhook payload written to GITHUB_EVENT_PATH. */
  event?: unknown
  /** GITHUB_WORKSPACE; a fresh temp directory when absent. */
  workspace?: string
  /** The bundle to run; `dist/index.js` by default. */
  entry?: string
  /**
   * An action folder (`promote` for the sub-action): the runner's way, its action.yml's
   * `runs.main` is started and each input's `default:` applies where `inputs` has none.
   */
  action?: string
}

/** What the runner would have seen after the step. */
export interface ActionResult {
  exitCode: number
  stdout: string
  stderr: string
  /** Parsed from GITHUB_OUTPUT. */
  outputs: Record<string, string>
  /** The markdown appended to GITHUB_STEP_SUMMARY. */
  summary: string
  /** `::error::` lines from stdout, without the prefix. */
  errors: string[]
}

/**
 * Forms the variable name the runner uses for an input: `INPUT_` plus the name
 * upper-cased with spaces replaced by `_`. Dashes stay, as on real runners.
 */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** Parses the `name<<delimiter` blocks (and legacy `name=value` lines) of a GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string]
      const value: string[] = []
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i])
      out[name] = value.join('\n')
    } else if (line.includes('=')) {
      const eq = line.indexOf('=')
      out[line.slice(0, eq)] = line.slice(eq + 1)
    }
  }
  return out
}

/**
 * Runs the built action the way the Actions runner does: a fresh process of Node
 * 24 on `dist/index.js`, inputs in `INPUT_*`, the file commands and the `GITHUB_*`
 * context in the environment, and nothing else inherited but PATH and HOME.
 */
export async function runAction(run: ActionRun): Promise<ActionResult> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'dp-runner-'))
  try {
    const workspace = run.workspace ?? path.join(tmp, 'workspace')
    const files = {
      output: path.join(tmp, 'output'),
      summary: path.join(tmp, 'summary.md'),
      event: path.join(tmp, 'event.json'),
      state: path.join(tmp, 'state'),
      env: path.join(tmp, 'env')
    }
    await Promise.all([
      writeFile(files.output, ''),
      writeFile(files.summary, ''),
      writeFile(files.state, ''),
      writeFile(files.env, ''),
      writeFile(files.event, JSON.stringify(run.event ?? {}))
    ])
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? tmp,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_STATE: files.state,
      GITHUB_ENV: files.env,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_REPOSITORY_OWNER: 'acme',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_WORKFLOW: 'promote',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_NUMBER: '7',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: 'octocat',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      RUNNER_TEMP: tmp,
      RUNNER_OS: 'Linux',
      ...run.env
    }
    const inputs = run.action
      ? runnerInputs(run.action, run.inputs, { 'github.token': env.GITHUB_TOKEN ?? '' })
      : run.inputs
    for (const [name, value] of Object.entries(inputs)) {
      if (value !== undefined) env[inputEnvName(name)] = value
    }
    const entry =
      run.entry ?? (run.action ? actionEntry(run.action) : path.join(REPO_ROOT, 'dist', 'index.js'))
    const { exitCode, stdout, stderr } = await spawnCollect(node24(), [entry], env, workspace)
    const stdoutLines = stdout.split('\n')
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputFile(await readFile(files.output, 'utf8')),
      summary: await readFile(files.summary, 'utf8'),
      errors: stdoutLines
        .filter(l => l.startsWith('::error'))
        .map(l => l.replace(/^::error[^:]*::/, ''))
    }
  } finally {
    await rm(tmp, { recursive: true, force: true })
  }
}

/**
 * Runs `bin args` to completion and collects its output; used for the action and
 * the CLI bundles alike.
 */
export async function spawnCollect(
  bin: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
  stdin?: string
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  await mkdir(cwd, { recursive: true })
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      env,
      cwd,
      stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
    })
    child.stdin?.end(stdin)
    let stdout = ''
    let stderr = ''
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', code => resolve({ exitCode: code ?? 1, stdout, stderr }))
  })
}

/** Runs the built CLI (`dist/cli/index.js`) under Node 24 with `args`, and `stdin` piped in. */
export async function runCli(
  args: string[],
  opts: { env?: Record<string, string>; cwd?: string; stdin?: string } = {}
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    ...opts.env
  }
  const entry = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')
  return spawnCollect(node24(), [entry, ...args], env, opts.cwd ?? REPO_ROOT, opts.stdin)
}
