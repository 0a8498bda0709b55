/**
 * `npm run bench`: the product path first, `digest-promote promote` of 1, 10 and 50 images (the
 * built CLI, end to end with a git server) against `skopeo copy` per image plus one scripted git
 * commit; then single retags against `skopeo copy` at two latencies, cold start, and CPU-bound
 * timings of tag selection and audit, all on a real registry behind a request-counting proxy.
 * Prints Markdown to stdout, writes the same to `bench/results.md`, and copies its summary
 * verbatim into README.md's Performance section.
 *
 * Everything it starts (registry, proxy, child processes, temporary directories) is stopped in a
 * `finally`, on SIGINT/SIGTERM, and by a watchdog if the run overstays its budget. Exits 1 when
 * any retag failed or left a target whose digest is not the source digest.
 */
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { startGitServer } from '../__tests__/harness/git-server.js'
import { startProxy } from '../__tests__/harness/proxy.js'
import { startRegistry } from '../__tests__/harness/registry.js'
import { recordingLogger } from '../__tests__/harness/test-logger.js'
import { requireTool } from '../__tests__/harness/tools.js'
import { RegistryClient } from '../src/registry/client.js'
import { Keychain } from '../src/registry/keychain.js'
import { auditSection, policySection } from './extras.js'
import { loadedFromDist } from './loaded-chunks.js'
import { DigestPromoteCli, Skopeo, run, startupMs } from './processes.js'
import { median, markdownTable, ms, type Row } from './report.js'
import {
  PROMOTE_LATENCY_MS,
  PROMOTE_SIZES,
  promoteTable,
  WIDE_CONCURRENCY,
  runPromoteCases,
  type PromoteRow
} from './promote-cases.js'
import { updateReadme } from './readme.js'
import { LATENCIES, pushFixtures, runRetagCases, type Lab } from './retag-cases.js'
import { runScanCases, scanSection } from './scan-cases.js'

const BENCH_DIR = dirname(fileURLToPath(import.meta.url))
const REPO_ROOT = resolve(BENCH_DIR, '..')
/** After this, cases stop after one repetition, so a slow machine still finishes. */
const SOFT_BUDGET_MS = 120_000
/** After this, the watchdog stops everything and exits: the brief allows about 3 minutes. */
const HARD_LIMIT_MS = 240_000
/** Runs of each start-up probe; the report gives their median. */
const STARTUP_RUNS = 5

const benchStart = performance.now()
/** Progress on stderr with elapsed seconds, so stdout stays the report and slow phases show. */
const log = (line: string): void => {
  const at = ((performance.now() - benchStart) / 1000).toFixed(1).padStart(5)
  process.stderr.write(`[${at} s] ${line}\n`)
}

/** Stops everything once, in reverse order of starting, whoever asks first. */
class Cleanup {
  private readonly steps: { what: string; fn: () => Promise<unknown> }[] = []
  private done: Promise<void> | undefined

  add(what: string, fn: () => Promise<unknown>): void {
    this.steps.push({ what, fn })
  }

  run(): Promise<void> {
    this.done ??= (async () => {
      for (const step of this.steps.reverse()) {
        try {
          await step.fn()
        } catch (err) {
          log(`cleanup: stopping ${step.what} failed: ${String(err)}`)
        }
      }
    })()
    return this.done
  }
}

async function main(): Promise<number> {
  const started = Date.now()
  const cleanup = new Cleanup()
  const abort = new AbortController()
  const stopOn = (why: string, code: number) => {
    log(`${why}: stopping registry, proxy and children`)
    abort.abort(new Error(why))
    void cleanup.run().finally(() => process.exit(code))
  }
  process.once('SIGINT', () => stopOn('SIGINT', 130))
  process.once('SIGTERM', () => stopOn('SIGTERM', 143))
  const watchdog = setTimeout(
    () => stopOn(`watchdog: over ${HARD_LIMIT_MS / 1000} s`, 1),
    HARD_LIMIT_MS
  )
  watchdog.unref()

  try {
    const tmp = await mkdtemp(join(os.tmpdir(), 'digest-promote-bench-'))
    cleanup.add('temporary directory', () => rm(tmp, { recursive: true, force: true }))
    log('starting docker-registry and the counting proxy')
    const registry = await startRegistry({ auth: 'none' })
    cleanup.add('registry', () => registry.stop())
    const proxy = await startProxy(registry.url)
    cleanup.add('proxy', () => proxy.stop())

    const skopeo = await Skopeo.create(tmp, abort.signal)
    const cliHome = await mkdtemp(join(tmp, 'cli-home-'))
    const cli = DigestPromoteCli.find(REPO_ROOT, cliHome, abort.signal)
    const logger = recordingLogger()
    const keychain = new Keychain({ env: { HOME: '/nonexistent' }, logger })
    const lab: Lab = {
      registry,
      proxy,
      client: new RegistryClient({ keychain, logger }),
      skopeo,
      cli,
      deadline: started + SOFT_BUDGET_MS,
      log,
      notes: []
    }
    const header = await headerSection(lab, abort.signal)
    const coldStart = await coldStartFigures(cli, abort.signal)

    let promoteRows: PromoteRow[] = []
    if (cli) {
      log('starting the git server; promote cases')
      const git = await startGitServer({ token: 'bench-token' })
      cleanup.add('git server', () => git.stop())
      promoteRows = await runPromoteCases(lab, git, cli, tmp)
    } else lab.notes.push('Promote cases skipped: `dist/cli/index.js` is not built.')

    log('pushing fixtures (straight to the registry, not counted)')
    const fixtures = await pushFixtures(registry)
    log('warming up, then retag cases')
    const rows = await runRetagCases(lab, fixtures)

    log('timing selectTag and audit')
    const policy = await policySection(lab.deadline + 15_000)
    const audit = await auditSection(lab.deadline + 15_000, tmp)
    const scans = cli ? await runScanCases(cli, tmp, lab.deadline + 30_000, log) : undefined

    const failures = [
      ...promoteRows.flatMap(r => r.failures.map(f => `promote ${r.images} / ${r.tool}: ${f}`)),
      ...rows.flatMap(r =>
        r.failures.map(f => `${r.caseLabel} / ${r.latencyMs} ms / ${r.tool}: ${f}`)
      )
    ]
    const summary = summarySection(promoteRows, coldStart)
    const raw = [
      header,
      summary,
      `## Promote: digest-promote vs skopeo + git, ${PROMOTE_LATENCY_MS} ms per registry request`,
      '',
      promoteTable(promoteRows),
      '',
      coldStartSection(coldStart),
      '## Retag: digest-promote vs skopeo',
      '',
      markdownTable(rows),
      '',
      notesSection(rows, lab.notes),
      failuresSection(failures),
      policy,
      audit,
      scanSection(scans),
      `_Total bench time ${((Date.now() - started) / 1000).toFixed(1)} s; 1-minute load ` +
        `average at the end ${os.loadavg()[0].toFixed(2)}._`,
      ''
    ].join('\n')
    const resultsPath = join(BENCH_DIR, 'results.md')
    const markdown = await formatMarkdown(raw, resultsPath)
    process.stdout.write(markdown)
    await writeFile(resultsPath, markdown)
    log(`wrote ${resultsPath}`)
    await updateReadme(join(REPO_ROOT, 'README.md'), markdown)
    log('copied the summary into README.md')
    if (failures.length > 0) {
      log(
        `\n!!!!! ${failures.length} RETAG FAILURE(S) OR DIGEST MISMATCH(ES):\n${failures.join('\n')}`
      )
      return 1
    }
    return 0
  } finally {
    clearTimeout(watchdog)
    await cleanup.run()
  }
}

/** Versions, machine and method, so the numbers can be read and reproduced. */
async function headerSection(lab: Lab, signal: AbortSignal): Promise<string> {
  const registryBin = requireTool('docker-registry', 'apt-get install -y docker-registry')
  const registryVersion = (await run(registryBin, ['--version'], { signal })).stdout.trim()
  const skopeoVersion = await lab.skopeo.version()
  const cpus = os.cpus()
  // Process start-up is the floor of any one-process-per-retag tool; measured, not assumed.
  const skopeoStart = median(await startupMs(lab.skopeo.bin, ['--version'], STARTUP_RUNS, signal))
  const cliLine = await cliHeaderLine(lab.cli)
  return [
    '# digest-promote benchmark',
    '',
    `- ${new Date().toISOString()}, ${os.type()} ${os.release()} ${os.arch()}, ` +
      `${os.availableParallelism()} CPUs (${cpus[0]?.model.trim() ?? 'unknown model'}), ` +
      `1-minute load average ${os.loadavg()[0].toFixed(2)} at start (other work on the machine ` +
      `makes every number noisier; the end of the report repeats it)`,
    `- node ${process.version} (in-process rows); ${skopeoVersion}; ${registryVersion}`,
    `- Registry: Debian docker-registry, no auth, on 127.0.0.1, behind the harness proxy that ` +
      `counts every request and sleeps \`latency\` ms before forwarding each one ` +
      `(${LATENCIES.join(' and ')} ms).`,
    `- digest-promote in-process: \`retag()\` of src/registry/copy.ts with one \`RegistryClient\` ` +
      `for the whole run, as the action does; one untimed warm-up retag first. Times leave out ` +
      `Node start-up and module loading.`,
    `- skopeo: \`skopeo copy --src-tls-verify=false --dest-tls-verify=false\` (\`--all\` for the ` +
      `index), ${lab.skopeo.how}, as in registry-lab.md §5. Times include process start: ` +
      `\`skopeo --version\` alone takes ${ms(skopeoStart)} ms here.`,
    cliLine,
    `- Promote cases: \`digest-promote promote --from-environment dev --to-environment staging\` ` +
      `of ${PROMOTE_SIZES.join(', ')} images (one repository each, 1 layer), the built CLI on ` +
      `Node 24 as one process: clone of the GitOps repository from a local git http-backend, ` +
      `gates, claims, tags, one commit pushed to main, ledger records; with the default ` +
      `\`concurrency\` (8), and at ${PROMOTE_SIZES.at(-1)} images once more with ` +
      `\`--concurrency ${WIDE_CONCURRENCY}\`, the most the input allows. ` +
      `Against it, a script: \`skopeo copy\` per image one after another, then \`git clone\`, ` +
      `the new kustomization written, \`git commit\`, \`git push\` (child processes with ` +
      `argument arrays). Registry requests go through the proxy at ${PROMOTE_LATENCY_MS} ms; ` +
      `git requests do not. One run each (fresh repositories); every staging tag is checked.`,
    `- requests/retag: median requests per repetition seen by the proxy, divided by retags; ` +
      `"after auth" leaves out \`/v2/\` pings and 401s (no auth here, so only pings). ` +
      `wall ms: median (min–max, n repetitions), each repetition to fresh target tags; the tools ` +
      `of a case take turns within each repetition, so drifting load hits them alike.`,
    `- Every target is checked afterwards with a HEAD through our client straight to the ` +
      `registry (not counted, not timed): its digest must equal the source digest.`,
    ''
  ].join('\n')
}

/** How the CLI rows ran; their start-up cost is in the cold-start section. */
async function cliHeaderLine(cli: DigestPromoteCli | undefined): Promise<string> {
  if (cli === undefined) return '- CLI rows: skipped, `dist/cli/index.js` is not built.'
  return (
    `- CLI rows: \`${cli.script.replace(`${REPO_ROOT}/`, '')}\` (the built bundle as it is on ` +
    `disk; \`npm run package\` rebuilds it from src) on node ${await cli.nodeVersion()}, one ` +
    `process per run.`
  )
}

/** Median start-up times in ms, each of {@link STARTUP_RUNS} runs. */
interface ColdStart {
  node: number
  action: number
  version: number
  /** `digest-promote --help`: the CLI with its command table, what every command loads first. */
  help: number
  /** Sizes in KiB: the action's entry chunk, and all of dist/. */
  entryKiB: number
  distKiB: number
  /** KiB of dist/ files each start loaded: the action with no inputs, `--version`, `--help`. */
  loadedKiB: { action: number; version: number; help: number }
}

/** `node -e 0`, `node dist/index.js` with no inputs (it refuses in one line), `--version`. */
async function coldStartFigures(
  cli: DigestPromoteCli | undefined,
  signal: AbortSignal
): Promise<ColdStart | undefined> {
  if (cli === undefined) return undefined
  log('cold start: node -e 0, node dist/index.js, digest-promote --version, --help')
  const probe = async (args: string[], allowFailure = false) =>
    median(await startupMs(cli.node, args, STARTUP_RUNS, signal, { allowFailure }))
  const dist = join(REPO_ROOT, 'dist')
  const loaded = async (args: string[]) =>
    (await loadedFromDist(cli.node, args, dist, signal)).bytes / 1024
  return {
    node: await probe(['-e', '0']),
    action: await probe([cli.action], true),
    version: await probe([cli.script, '--version']),
    help: await probe([cli.script, '--help']),
    entryKiB: (await stat(cli.action)).size / 1024,
    distKiB: (await duBytes(dist)) / 1024,
    loadedKiB: {
      action: await loaded([cli.action]),
      version: await loaded([cli.script, '--version']),
      help: await loaded([cli.script, '--help'])
    }
  }
}

/** Total size of the files under `dir`. */
async function duBytes(dir: string): Promise<number> {
  let total = 0
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size
  }
  return total
}

function coldStartSection(c: ColdStart | undefined): string {
  if (c === undefined) return '## Cold start\n\nSkipped: `dist/` is not built.\n'
  const over = (v: number) => signed(v - c.node)
  return [
    `## Cold start (median of ${STARTUP_RUNS} runs, Node 24)`,
    '',
    '| process | ms | over `node -e 0` |',
    '|---|---|---|',
    `| \`node -e 0\` | ${ms(c.node)} | |`,
    `| \`node dist/index.js\` (action, no inputs: one-line refusal) | ${ms(c.action)} | ${over(c.action)} |`,
    `| \`digest-promote --version\` | ${ms(c.version)} | ${over(c.version)} |`,
    `| \`digest-promote --help\` (the CLI with its command table) | ${ms(c.help)} | ${over(c.help)} |`,
    '',
    `The action's entry chunk \`dist/index.js\` is ${c.entryKiB.toFixed(0)} KiB; ` +
      `all of \`dist/\` is ${c.distKiB.toFixed(0)} KiB.`,
    '',
    'What always loads (files of `dist/` each start read, listed by a Node module hook; a',
    "command's own chunks load on top, only when it runs):",
    '',
    '| start | KiB loaded |',
    '|---|---|',
    `| action: \`node dist/index.js\` | ${c.loadedKiB.action.toFixed(0)} |`,
    `| CLI: \`digest-promote --version\` | ${c.loadedKiB.version.toFixed(0)} |`,
    `| CLI: \`digest-promote --help\` (entry, command table) | ${c.loadedKiB.help.toFixed(0)} |`,
    ''
  ].join('\n')
}

/** A difference in ms with its sign. */
function signed(v: number): string {
  return v < 0 ? `−${ms(-v)}` : `+${ms(v)}`
}

/** The figures README.md quotes, all from this run. */
function summarySection(rows: PromoteRow[], c: ColdStart | undefined): string {
  const lines = [
    '## Summary',
    '',
    '| measure | digest-promote | baseline | baseline ÷ digest-promote |',
    '|---|---|---|---|'
  ]
  for (const n of PROMOTE_SIZES) {
    const sk = rows.find(r => r.images === n && r.tool === 'script')
    for (const dp of rows.filter(r => r.images === n && r.tool === 'promote')) {
      if (!sk) continue
      const how = dp.concurrency ? `\`--concurrency ${dp.concurrency}\`` : 'default concurrency'
      lines.push(
        `| promote ${n} image${n === 1 ? '' : 's'}, ${PROMOTE_LATENCY_MS} ms registry latency, ${how} | ` +
          `${ms(dp.wallMs)} ms | ${ms(sk.wallMs)} ms (skopeo ×${n} + git commit) | ` +
          `${(sk.wallMs / dp.wallMs).toFixed(1)}× |`
      )
    }
  }
  const dp = rows.find(r => r.images === PROMOTE_SIZES.at(-1) && r.tool === 'promote')
  const sk = rows.find(r => r.images === PROMOTE_SIZES.at(-1) && r.tool === 'script')
  if (dp && sk) {
    const per = (r: PromoteRow) => (r.requests / r.images).toFixed(1)
    lines.push(
      `| registry requests per image (${dp.images} images; tags, checks, ledger records) | ` +
        `${per(dp)} | ${per(sk)} (skopeo copy) | |`
    )
  }
  if (c) {
    lines.push(
      `| cold start: \`node dist/index.js\`, no inputs | ${ms(c.action)} ms | ` +
        `${ms(c.node)} ms (\`node -e 0\`) | ${signed(c.action - c.node)} ms over |`,
      `| cold start: \`digest-promote --version\` | ${ms(c.version)} ms | ` +
        `${ms(c.node)} ms (\`node -e 0\`) | ${signed(c.version - c.node)} ms over |`,
      `| chunks that always load: action / CLI command table | ` +
        `${c.loadedKiB.action.toFixed(0)} KiB / ${c.loadedKiB.help.toFixed(0)} KiB | ` +
        `all of \`dist/\`: ${c.distKiB.toFixed(0)} KiB | |`
    )
  }
  return [...lines, ''].join('\n')
}

/**
 * Formats the report with the project's Prettier settings: `npm run lint` checks every file,
 * results.md included, and padded tables read better in a terminal too. Falls back to the raw
 * text, since a formatter problem must not cost the measurements.
 */
async function formatMarkdown(markdown: string, path: string): Promise<string> {
  try {
    const prettier = await import('prettier')
    const config = (await prettier.resolveConfig(path)) ?? {}
    return await prettier.format(markdown, { ...config, filepath: path })
  } catch (err) {
    log(`prettier could not format the report, writing it unformatted: ${String(err)}`)
    return markdown
  }
}

function notesSection(rows: Row[], notes: string[]): string {
  const lines = [...notes]
  if (rows.some(r => r.wallMs.length === 0)) lines.push('Some rows have no measurement.')
  return lines.length === 0 ? '' : `${lines.map(n => `> ${n}`).join('\n')}\n`
}

function failuresSection(failures: string[]): string {
  if (failures.length === 0) return '**Digest check: every target matched its source digest.**\n'
  return [
    `## !!! ${failures.length} FAILURE(S) !!!`,
    '',
    ...failures.map(f => `- **${f}**`),
    ''
  ].join('\n')
}

process.exitCode = await main().catch((err: unknown) => {
  log(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
  return 1
})
