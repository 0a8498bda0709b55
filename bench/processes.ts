/**
 * External programs the benchmark runs: skopeo (the baseline), the built digest-promote CLI, and
 * version probes. Always async `execFile` with argument arrays, a timeout and the benchmark's
 * abort signal, so an interrupted run leaves no child behind.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { requireTool } from '../__tests__/harness/tools.js'

/** Longest any single child may run; a hung copy must not stall the whole benchmark. */
const CHILD_TIMEOUT_MS = 30_000

/** What a finished child printed. */
export interface RunOutput {
  stdout: string
  stderr: string
}

/**
 * Runs `file` with `args` and resolves with its output, or rejects with a message quoting its
 * stderr when it exits non-zero, times out or is aborted.
 */
export function run(
  file: string,
  args: readonly string[],
  options: {
    env?: NodeJS.ProcessEnv
    signal?: AbortSignal
    /** Longer than the default for a whole promotion. */
    timeoutMs?: number
    /** Resolve even on a non-zero exit (a start-up probe that is meant to refuse). */
    allowFailure?: boolean
    cwd?: string
  } = {}
): Promise<RunOutput> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      {
        env: options.env,
        signal: options.signal,
        timeout: options.timeoutMs ?? CHILD_TIMEOUT_MS,
        cwd: options.cwd,
        maxBuffer: 4 * 1024 * 1024,
        encoding: 'utf8'
      },
      (err, stdout, stderr) => {
        if (err && !(options.allowFailure === true && typeof err.code === 'number')) {
          const detail = stderr.trim().split('\n').slice(-3).join(' | ')
          reject(new Error(`${file} ${args.join(' ')}: ${err.message.split('\n')[0]} ${detail}`))
        } else resolve({ stdout, stderr })
      }
    )
  })
}

/** Median wall time in ms of `n` runs of a trivial command: the cost of starting the process. */
export async function startupMs(
  file: string,
  args: readonly string[],
  n: number,
  signal: AbortSignal,
  opts: { allowFailure?: boolean } = {}
): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < n; i++) {
    const t0 = performance.now()
    await run(file, args, { signal, env: minimalEnv('/nonexistent'), ...opts })
    out.push(performance.now() - t0)
  }
  return out
}

/** PATH only plus a HOME: no registry credentials, proxies or `REGISTRY_AUTH_FILE` leak in. */
export function minimalEnv(home: string): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home }
}

/** The unprivileged user skopeo runs as when the benchmark is root (registry-lab.md pitfall 10). */
const NOBODY = 65534

/**
 * Runs `skopeo copy` the way registry-lab.md §5 measured it: `--src-tls-verify=false
 * --dest-tls-verify=false`, as a non-root user with its own HOME, so the blob-info cache starts
 * empty (cold) unless a warm HOME is passed in on purpose. As root the cache would live in
 * `/var/lib/containers/cache`, shared across runs and outside the benchmark's own directory.
 */
export class Skopeo {
  /** Absolute path of the skopeo binary. */
  readonly bin: string
  /** How skopeo is run, for the report header. */
  readonly how: string
  private readonly setpriv: string | undefined
  private readonly root: string
  private readonly signal: AbortSignal

  private constructor(bin: string, setpriv: string | undefined, root: string, signal: AbortSignal) {
    this.bin = bin
    this.setpriv = setpriv
    this.root = root
    this.signal = signal
    this.how = setpriv
      ? `as uid ${NOBODY} via setpriv, fresh HOME per copy (cold blob-info cache)`
      : 'as the current non-root user, fresh HOME per copy (cold blob-info cache)'
  }

  /**
   * Finds skopeo (and setpriv when root) and prepares `root`, a directory the benchmark owns, to
   * hold skopeo's HOME directories.
   */
  static async create(root: string, signal: AbortSignal): Promise<Skopeo> {
    const bin = requireTool('skopeo', 'apt-get install -y skopeo')
    const isRoot = process.getuid?.() === 0
    let setpriv: string | undefined
    if (isRoot) {
      setpriv = requireTool('setpriv', 'apt-get install -y util-linux')
      // The unprivileged user must be able to reach its HOME inside our directory.
      await chmod(root, 0o755)
    }
    return new Skopeo(bin, setpriv, root, signal)
  }

  /** A new empty HOME, owned by the user skopeo runs as. */
  async newHome(): Promise<string> {
    const home = await mkdtemp(join(this.root, 'skopeo-home-'))
    if (this.setpriv) await chown(home, NOBODY, NOBODY)
    return home
  }

  /** `skopeo --version`'s first line. */
  async version(): Promise<string> {
    return (await run(this.bin, ['--version'], { signal: this.signal })).stdout.trim()
  }

  /**
   * Copies `src` to `dst` (both `host/repo:tag`), with `--all` for an index so the index digest is
   * kept (pitfall 9). Without `home`, a fresh HOME is made and removed around the copy.
   */
  async copy(src: string, dst: string, opts: { all?: boolean; home?: string } = {}): Promise<void> {
    const home = opts.home ?? (await this.newHome())
    try {
      const args = [
        'copy',
        '--src-tls-verify=false',
        '--dest-tls-verify=false',
        ...(opts.all ? ['--all'] : []),
        `docker://${src}`,
        `docker://${dst}`
      ]
      const env = minimalEnv(home)
      if (this.setpriv) {
        const drop = [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups']
        await run(this.setpriv, [...drop, this.bin, ...args], { env, signal: this.signal })
      } else {
        await run(this.bin, args, { env, signal: this.signal })
      }
    } finally {
      if (opts.home === undefined) await rm(home, { recursive: true, force: true })
    }
  }
}

/**
 * The shipped CLI bundle (`dist/cli/index.js`) run as one process per retag, to compare process
 * with process: the in-process numbers leave out Node's start-up, skopeo's include Go's.
 */
export class DigestPromoteCli {
  /** The Node binary: the Node 24 runner build from `.cache/node24` when present. */
  readonly node: string
  /** The bundle. */
  readonly script: string
  private readonly home: string
  private readonly signal: AbortSignal

  private constructor(node: string, script: string, home: string, signal: AbortSignal) {
    this.node = node
    this.script = script
    this.home = home
    this.signal = signal
  }

  /** The CLI, or undefined when `dist/cli/index.js` has not been built. */
  static find(repoRoot: string, home: string, signal: AbortSignal): DigestPromoteCli | undefined {
    const script = join(repoRoot, 'dist', 'cli', 'index.js')
    if (!existsSync(script)) return undefined
    // The action runs on node24; ensure-tools installs it here, so prefer it over this Node.
    const node24 = join(repoRoot, '.cache', 'node24', 'node_modules', '.bin', 'node')
    const node = existsSync(node24) ? node24 : process.execPath
    return new DigestPromoteCli(node, script, home, signal)
  }

  /** `node --version` of the Node binary used. */
  async nodeVersion(): Promise<string> {
    return (await run(this.node, ['--version'], { signal: this.signal })).stdout.trim()
  }

  /** `node dist/index.js` with no inputs: the action's start-up up to its one-line refusal. */
  get action(): string {
    return join(dirname(dirname(this.script)), 'index.js')
  }

  /** `digest-promote <args>` with `env` added to a minimal one; a whole promotion may take long. */
  async exec(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<RunOutput> {
    return run(this.node, [this.script, ...args], {
      env: { ...minimalEnv(this.home), ...env },
      signal: this.signal,
      timeoutMs: 180_000
    })
  }

  /** `digest-promote retag <src> --tag <tag> [--target-image <repo>]`. */
  async retag(src: string, tag: string, targetImage?: string): Promise<void> {
    const args = [this.script, 'retag', src, '--tag', tag]
    if (targetImage !== undefined) args.push('--target-image', targetImage)
    await run(this.node, args, { env: minimalEnv(this.home), signal: this.signal })
  }
}
