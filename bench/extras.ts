/**
 * CPU-bound parts of digest-promote timed on generated inputs: Flux-style tag selection over a
 * registry-sized tag list, and `audit` over a large generated GitOps repository.
 *
 * Both load their modules with a dynamic import and skip, with a line saying why, when a module
 * or export is absent: they are written in parallel with the benchmark and the registry numbers
 * must not depend on them.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { CommandResult, RunContext } from '../src/commands/types.js'
import type { InputSource } from '../src/inputs.js'
import { recordingLogger } from '../__tests__/harness/test-logger.js'
import { median, ms } from './report.js'

/** Tags selection runs over, as in the policy tests. */
const TAG_COUNT = 100_000
/** Files in the generated audit repository. */
const AUDIT_FILES = 5_000
/** Timed runs per measurement, after one untimed warm-up run. */
const RUNS = 3

/** A loaded export, or why it could not be loaded. */
type Loaded = { fn: unknown; skip?: undefined } | { fn?: undefined; skip: string }

/**
 * Imports `path` (relative to the repository root) and returns its export `name`, or a reason to
 * skip: module absent, module failing to load (e.g. mid-edit), or export missing.
 */
async function loadExport(path: string, name: string): Promise<Loaded> {
  const url = new URL(`../${path}`, import.meta.url).href
  let mod: unknown
  try {
    // A variable specifier keeps tsc from resolving it, so an absent module is not a type error.
    mod = await import(url)
  } catch (err) {
    const code = (err as { code?: unknown }).code
    if (
      code === 'ERR_MODULE_NOT_FOUND' &&
      String((err as Error).message).includes(path.slice(0, -3))
    ) {
      return { skip: `skipped: module ${path} is absent` }
    }
    return { skip: `skipped: module ${path} failed to load: ${firstLine(err)}` }
  }
  const fn = (mod as Record<string, unknown>)[name]
  if (fn === undefined) return { skip: `skipped: ${path} has no export ${name}` }
  return { fn }
}

/** Times `fn` RUNS times after one warm-up; stops early past `deadline` (after one run). */
async function timeRuns<T>(
  fn: () => T | Promise<T>,
  deadline: number
): Promise<{ result: T; samples: number[] }> {
  let result = await fn()
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    if (i > 0 && Date.now() > deadline) break
    const t0 = performance.now()
    result = await fn()
    samples.push(performance.now() - t0)
  }
  return { result, samples }
}

function cell(samples: number[]): string {
  const spread = `${ms(Math.min(...samples))}–${ms(Math.max(...samples))}`
  return `${ms(median(samples))} (${spread}, n=${samples.length})`
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]
}

/** The subset of `selectTag`'s types the benchmark relies on. */
type SelectTag = (
  tags: readonly string[],
  policy: Record<string, unknown>,
  opts?: { explain?: boolean }
) => { tag?: string; considered: number; reason?: string }

/** Policies that exercise the three policy kinds and the filter with extraction. */
const POLICIES: { label: string; spec: Record<string, unknown> }[] = [
  {
    label: 'numerical asc, filter `^develop-v.*-(?P<ts>[0-9]+)$` extract `$ts`',
    spec: {
      numerical: { order: 'asc' },
      filterTags: { pattern: '^develop-v.*-(?P<ts>[0-9]+)$', extract: '$ts' }
    }
  },
  { label: 'semver `>=1.2.0 <2.0.0`', spec: { semver: { range: '>=1.2.0 <2.0.0' } } },
  {
    label: 'alphabetical asc, filter `^RELEASE\\.(?P<ts>.*)Z$` extract `$ts`',
    spec: {
      alphabetical: { order: 'asc' },
      filterTags: { pattern: '^RELEASE\\.(?P<ts>.*)Z$', extract: '$ts' }
    }
  }
]

/** Markdown section timing `selectTag` over {@link TAG_COUNT} generated tags. */
export async function policySection(deadline: number): Promise<string> {
  const title = `## selectTag over ${TAG_COUNT.toLocaleString('en-US')} tags`
  const gen = await loadExport('__tests__/policy/generate-tags.js', 'generateTags')
  const sel = await loadExport('src/policy/select.js', 'selectTag')
  const skip = gen.skip ?? sel.skip
  if (skip !== undefined) return `${title}\n\n${skip}\n`
  if (typeof gen.fn !== 'function' || typeof sel.fn !== 'function') {
    return `${title}\n\nskipped: generateTags or selectTag is not a function\n`
  }
  const generateTags = gen.fn as (n: number, seed: number) => string[]
  const selectTag = sel.fn as SelectTag
  const t0 = performance.now()
  const tags = generateTags(TAG_COUNT, 42)
  const genMs = performance.now() - t0
  const lines = [
    title,
    '',
    `Tags from \`generateTags(${TAG_COUNT}, 42)\` (generated in ${ms(genMs)} ms). ` +
      `Median of up to ${RUNS} runs after one warm-up (fewer past the time budget; n says), ` +
      `min–max in brackets; verdicts are not built (select-tag builds them only for --explain).`,
    '',
    '| policy | selected | values compared | ms |',
    '|---|---|---|---|'
  ]
  for (const p of POLICIES) {
    try {
      const { result, samples } = await timeRuns(
        () => selectTag(tags, p.spec, { explain: false }),
        deadline
      )
      const picked =
        result.tag === undefined ? `none (${result.reason ?? 'no reason'})` : result.tag
      lines.push(`| ${p.label} | \`${picked}\` | ${result.considered} | ${cell(samples)} |`)
    } catch (err) {
      lines.push(`| ${p.label} | **threw** ${firstLine(err)} | | |`)
    }
  }
  return `${lines.join('\n')}\n`
}

/** The `Command` shape of `src/commands/types.ts`, as far as the benchmark calls it. */
interface CommandLike {
  parse(source: InputSource, ctx: RunContext): unknown
  run(options: unknown, ctx: RunContext): Promise<CommandResult>
}

function isCommand(value: unknown): value is CommandLike {
  const v = value as Partial<Record<'parse' | 'run', unknown>> | null
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.parse === 'function' &&
    typeof v.run === 'function'
  )
}

/** What `generateAuditRepo` returns, as far as the benchmark reads it. */
interface GeneratedRepoLike {
  files?: unknown
  tagOnly?: unknown
}

/**
 * Markdown section timing `auditCommand` over a generated {@link AUDIT_FILES}-file repository
 * from `generateAuditRepo(dir, files)` of `__tests__/audit/generate-repo.ts`. The audit must
 * read every file and report at least the generator's tag-only production Deployments as
 * errors; otherwise the timing would describe an audit that skipped work, and the row says so.
 */
export async function auditSection(deadline: number, tmpRoot: string): Promise<string> {
  const title = `## audit over a generated ${AUDIT_FILES.toLocaleString('en-US')}-file repository`
  const gen = await loadExport('__tests__/audit/generate-repo.js', 'generateAuditRepo')
  const cmd = await loadExport('src/commands/audit.js', 'auditCommand')
  const skip = gen.skip ?? cmd.skip
  if (skip !== undefined) return `${title}\n\n${skip}\n`
  if (typeof gen.fn !== 'function') {
    return `${title}\n\nskipped: generateAuditRepo is not a function\n`
  }
  if (!isCommand(cmd.fn)) return `${title}\n\nskipped: auditCommand has no parse/run\n`
  const generateAuditRepo = gen.fn as (dir: string, files: number) => Promise<GeneratedRepoLike>
  const auditCommand = cmd.fn
  const dir = await mkdtemp(join(tmpRoot, 'audit-repo-'))
  try {
    const t0 = performance.now()
    let generated: GeneratedRepoLike
    try {
      generated = await generateAuditRepo(dir, AUDIT_FILES)
    } catch (err) {
      return `${title}\n\nskipped: generateAuditRepo(dir, ${AUDIT_FILES}) threw: ${firstLine(err)}\n`
    }
    const genMs = performance.now() - t0
    const written = Array.isArray(generated.files) ? generated.files.length : NaN
    const tagOnly = typeof generated.tagOnly === 'number' ? generated.tagOnly : NaN
    const ctx: RunContext = {
      logger: recordingLogger(),
      env: {},
      workspace: dir,
      now: () => new Date(0)
    }
    // No inputs: the audit runs with its defaults over the workspace, as in a bare action step.
    const source: InputSource = { get: () => undefined }
    const once = async (): Promise<CommandResult> =>
      auditCommand.run(auditCommand.parse(source, ctx), ctx)
    let timed: { result: CommandResult; samples: number[] }
    try {
      timed = await timeRuns(once, deadline)
    } catch (err) {
      return `${title}\n\nskipped: auditCommand threw: ${firstLine(err)}\n`
    }
    const { result, samples } = timed
    const counts = (result.json as { counts?: { files?: unknown } } | null)?.counts
    const audited = typeof counts?.files === 'number' ? counts.files : NaN
    const errors = Number(result.outputs.errors)
    const complete = audited === written && errors >= tagOnly
    const check = complete
      ? 'every file read, every planted tag-only Deployment reported'
      : `**INCOMPLETE: read ${audited} of ${written} files, ${errors} errors for ${tagOnly} ` +
        'planted tag-only Deployments**'
    return [
      title,
      '',
      `\`generateAuditRepo(dir, ${AUDIT_FILES})\` wrote ${written} YAML files in ${ms(genMs)} ms ` +
        `(${tagOnly} tag-only production Deployments planted). \`auditCommand\` parse + run ` +
        `with default inputs, median of up to ${RUNS} runs after one warm-up (n says how many).`,
      '',
      '| files audited | findings | errors | status | check | ms |',
      '|---|---|---|---|---|---|',
      `| ${audited} | ${result.outputs.findings ?? 'n/a'} | ${result.outputs.errors ?? 'n/a'} | ` +
        `${result.status} (exit ${result.exitCode ?? 0}) | ${check} | ${cell(samples)} |`,
      ''
    ].join('\n')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
