/**
 * Scans through the built CLI, end to end: `select-tag` over 100,000 generated tags, and
 * `set-markers` and `audit` over a generated 5,000-file, 40 MB GitOps tree. Each row is the
 * median wall time of one process per run, minus the CLI's own start (`--version`, measured
 * in the same section), against the goal for that scan.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { generateAuditRepo } from '../__tests__/audit/generate-repo.js'
import { generateTags } from '../__tests__/policy/generate-tags.js'
import { minimalEnv, run, type DigestPromoteCli } from './processes.js'
import { goalCell, median, ms } from './report.js'

/** Tags `select-tag` reads, as in the policy benchmark. */
const TAG_COUNT = 100_000
/** Files and bytes of the generated tree `set-markers` and `audit` scan. */
const TREE_FILES = 5_000
const TREE_BYTES = 40 * 1024 * 1024
/** Timed runs per row, after one untimed warm-up run; fewer past the deadline. */
const RUNS = 5
const DIGEST = `sha256:${'cd'.repeat(32)}`
/** GNU time, for the child's CPU time. */
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

async function readCpu(file: string): Promise<number> {
  const [user, system] = (await readFile(file, 'utf8')).trim().split(/\s+/).slice(-2).map(Number)
  return (user + system) * 1000
}

/** One scan timed through the CLI. */
export interface ScanRow {
  label: string
  /** Wall time of each run in ms, process start included. */
  wallMs: number[]
  /** CPU time (user + system) of each run in ms; NaN without GNU time. */
  cpuMs: number[]
  /** The goal over the CLI's start, in ms. */
  goalMs: number
  /** What the runs printed that shows they did the work (or why not). */
  check: string
}

/** Rows plus the start-up they are measured against. */
export interface ScanResults {
  startMs: number
  startCpuMs: number
  rows: ScanRow[]
}

interface Case {
  label: string
  goalMs: number
  /** Arguments of run `i` (runs differ where a run must change something). */
  args: (i: number) => string[]
  /** Reads a run's stdout; a string is what the row says was done. */
  check: (stdout: string) => string
}

/** Runs each scan RUNS times through `cli` in a generated tree under `tmpRoot`. */
export async function runScanCases(
  cli: DigestPromoteCli,
  tmpRoot: string,
  deadline: number,
  log: (line: string) => void
): Promise<ScanResults> {
  const dir = await mkdtemp(join(tmpRoot, 'scan-tree-'))
  try {
    log(`scan cases: writing ${TREE_FILES} files (${TREE_BYTES / 1024 / 1024} MiB) and tags`)
    const tree = await generateAuditRepo(dir, TREE_FILES, { bytes: TREE_BYTES })
    await writeFile(join(dir, 'tags.txt'), generateTags(TAG_COUNT, 42).join('\n'))
    const cpuFile = join(tmpRoot, 'scan-cpu.txt')
    const exec = async (args: string[]): Promise<{ ms: number; cpu: number; stdout: string }> => {
      // GNU time reports the child's user and system CPU seconds: on a shared machine wall
      // time mostly measures the other load.
      const cmd = TIME ? [TIME, '-f', '%U %S', '-o', cpuFile, cli.node] : [cli.node]
      const t0 = performance.now()
      const out = await run(cmd[0], [...cmd.slice(1), cli.script, ...args], {
        cwd: dir,
        env: minimalEnv(tmpRoot),
        allowFailure: true,
        timeoutMs: 120_000
      })
      const ms = performance.now() - t0
      const cpu = TIME ? await readCpu(cpuFile) : NaN
      return { ms, cpu, stdout: out.stdout }
    }
    const starts = { wall: [] as number[], cpu: [] as number[] }
    for (let i = 0; i < RUNS; i++) {
      const out = await exec(['--version'])
      starts.wall.push(out.ms)
      starts.cpu.push(out.cpu)
    }
    const rows: ScanRow[] = []
    for (const c of cases(tree.tagOnly)) {
      log(`scan cases: ${c.label}`)
      let check = c.check((await exec(c.args(0))).stdout)
      const row: ScanRow = { label: c.label, wallMs: [], cpuMs: [], goalMs: c.goalMs, check }
      for (let i = 1; i <= RUNS && (i === 1 || Date.now() < deadline); i++) {
        const out = await exec(c.args(i))
        row.wallMs.push(out.ms)
        row.cpuMs.push(out.cpu)
        check = c.check(out.stdout)
      }
      rows.push({ ...row, check })
    }
    return { startMs: median(starts.wall), startCpuMs: median(starts.cpu), rows }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function cases(tagOnly: number): Case[] {
  const json = (stdout: string): Record<string, unknown> => {
    try {
      return JSON.parse(stdout) as Record<string, unknown>
    } catch {
      return {}
    }
  }
  const selectTag = (label: string, policy: string[]): Case => ({
    label: `select-tag over ${TAG_COUNT.toLocaleString('en-US')} tags, ${label}`,
    goalMs: 200,
    args: () => ['select-tag', '--tags-file', 'tags.txt', ...policy, '--json'],
    check: out => {
      const tag = json(out).tag
      return typeof tag === 'string' ? `selected \`${tag}\`` : '**selected nothing**'
    }
  })
  const tree = `${TREE_FILES.toLocaleString('en-US')} files, ${TREE_BYTES / 1024 / 1024} MiB`
  return [
    selectTag('numerical + filter', [
      '--numerical',
      'asc',
      '--pattern',
      '^develop-v.*-(?P<ts>[0-9]+)$',
      '--extract',
      '$ts'
    ]),
    selectTag('semver', ['--semver', '>=1.2.0 <2.0.0']),
    // Before set-markers, which pins every planted tag-only image it rewrites.
    {
      label: `audit over ${tree}`,
      goalMs: 1000,
      args: () => ['audit', '--json'],
      check: out => {
        const report = json(out) as { counts?: { files?: number }; findings?: unknown[] }
        const files = report.counts?.files
        const findings = Array.isArray(report.findings) ? report.findings.length : NaN
        return files === TREE_FILES && findings >= tagOnly
          ? `${files} files, ${findings} findings (${tagOnly} planted)`
          : `**INCOMPLETE: ${files ?? 'no'} files, ${findings} findings for ${tagOnly} planted**`
      }
    },
    {
      label: `set-markers over ${tree}`,
      goalMs: 500,
      // A new tag each run, so every run rewrites every marked file.
      args: i => [
        'set-markers',
        'clusters',
        '--policy',
        `flux-system:app=ghcr.io/acme/app:v2.0.${i}@${DIGEST}`,
        '--json'
      ],
      check: out => {
        const files = json(out).files
        return Array.isArray(files) ? `${files.length} files rewritten` : '**no JSON output**'
      }
    }
  ]
}

/** The Markdown section for {@link runScanCases}' results. */
export function scanSection(results: ScanResults | undefined): string {
  const title = '## Scans through the CLI (Node 24)'
  if (results === undefined) return `${title}\n\nSkipped: \`dist/cli/index.js\` is not built.\n`
  const lines = [
    title,
    '',
    `One process per run; median of up to ${RUNS} runs after one warm-up (n says), min–max in ` +
      `brackets. "Over start" subtracts \`digest-promote --version\` ` +
      `(${ms(results.startMs)} ms wall, ${ms(results.startCpuMs)} ms CPU, median of ${RUNS}). ` +
      `CPU is the child's user + system time from GNU time; on a loaded machine it is the ` +
      `steadier figure. The tree is \`generateAuditRepo\` with each app file padded by a ` +
      `settings ConfigMap; set-markers gets a new tag each run.`,
    '',
    '| scan | wall ms | wall over start | CPU ms | CPU over start | check |',
    '|---|---|---|---|---|---|'
  ]
  for (const r of results.rows) {
    const spread = `${ms(Math.min(...r.wallMs))}–${ms(Math.max(...r.wallMs))}`
    const wall = `${ms(median(r.wallMs))} (${spread}, n=${r.wallMs.length})`
    const over = goalCell(median(r.wallMs) - results.startMs, r.goalMs)
    const cpuOver = goalCell(median(r.cpuMs) - results.startCpuMs, r.goalMs)
    lines.push(
      `| ${r.label} | ${wall} | ${over} | ${ms(median(r.cpuMs))} | ${cpuOver} | ${r.check} |`
    )
  }
  return `${lines.join('\n')}\n`
}
