/**
 * The registry half of the benchmark: the same retags done by digest-promote's registry core in
 * process and by `skopeo copy`, through one request-counting proxy in front of one real registry.
 */
import { performance } from 'node:perf_hooks'
import type { FaultProxy, ProxyRequest } from '../__tests__/harness/proxy.js'
import { pushImage } from '../__tests__/harness/images.js'
import type { TestRegistry } from '../__tests__/harness/registry.js'
import type { RegistryClient } from '../src/registry/client.js'
import { retag } from '../src/registry/copy.js'
import { parseReference } from '../src/registry/reference.js'
import { mapSettled } from '../src/util/concurrency.js'
import type { DigestPromoteCli, Skopeo } from './processes.js'
import { median, type Row } from './report.js'

/** Everything the cases share. */
export interface Lab {
  registry: TestRegistry
  proxy: FaultProxy
  /** One client for the whole run, as the action uses one per run (transports, token cache). */
  client: RegistryClient
  skopeo: Skopeo
  /** The built CLI, when `dist/cli` exists. */
  cli: DigestPromoteCli | undefined
  /** Wall-clock time after which cases stop after their first repetition. */
  deadline: number
  /** Progress and loud failure lines, to stderr so stdout stays the report. */
  log: (line: string) => void
  /** Notes for the report, e.g. repetitions cut short by the time budget. */
  notes: string[]
}

/** One retag: the source tag and the fresh target tag it should end up under. */
interface Pair {
  srcRepo: string
  srcTag: string
  dstRepo: string
  dstTag: string
  /** Digest of the source manifest (the index digest for an index). */
  digest: string
  /** Whether the source is an index, which skopeo needs `--all` for. */
  index: boolean
}

/** Retags `pairs` and returns one message per retag that failed. */
type Runner = (pairs: Pair[]) => Promise<string[]>

/** Images pushed once, straight to the registry so the proxy never counts the setup. */
interface Fixtures {
  single: Pair
  index: Pair
}

/** Proxy latencies compared, in ms: same host, then roughly a same-region round trip. */
export const LATENCIES = [0, 25] as const
/** Parallel HEADs when checking targets. */
const CHECK_CONCURRENCY = 4
/** Repetitions of the single-retag cases; cheap, so enough for a median. */
const REPS = 5

const CASES = {
  single: '1 · 1 image (1 layer), same repo',
  index: '2 · 2-platform OCI index, same repo',
  cross: '3 · 1 image (1 layer), to another repo'
} as const

const TOOLS = {
  dp: 'digest-promote (in-process)',
  cli: 'digest-promote CLI (new node process)',
  skopeo: 'skopeo copy (cold cache)',
  skopeoAll: 'skopeo copy --all (cold cache)',
  skopeoWarm: 'skopeo copy (warm cache)'
} as const

/** Pushes the source images: one 1-layer image and one 2-platform index. */
export async function pushFixtures(registry: TestRegistry): Promise<Fixtures> {
  const pair = (repo: string, digest: string, index: boolean): Pair => ({
    srcRepo: repo,
    srcTag: 'src',
    dstRepo: repo,
    dstTag: '',
    digest,
    index
  })
  const single = await pushImage(registry, 'app', 'src', { layers: 1 })
  const index = await pushImage(registry, 'multi', 'src', {
    platforms: [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' }
    ]
  })
  return {
    single: pair('app', single.digest, false),
    index: pair('multi', index.digest, true)
  }
}

/** One tool in a case: what it retags in each repetition and how. */
interface Contender {
  tool: string
  /** The row the others of the case are compared with. */
  baseline: boolean
  pairsFor: (rep: number) => Pair[]
  runner: Runner
}

/** One case at one latency: its contenders run in turns, repetition by repetition. */
interface Case {
  caseLabel: string
  reps: number
  contenders: Contender[]
}

/** Runs every case at every latency and returns the rows in table order. */
export async function runRetagCases(lab: Lab, fx: Fixtures): Promise<Row[]> {
  await warmUp(lab, fx.single)
  const rows: Row[] = []
  for (const latency of LATENCIES) {
    lab.proxy.latencyMs = latency
    // Target names carry tool, latency and repetition, so no retag is ever a no-op.
    const same = (pairs: Pair[], name: string) => (rep: number) =>
      pairs.map(p => ({ ...p, dstTag: `${name}-${latency}ms-r${rep}` }))
    // Each repetition copies into a repository of its own: into one that already had the blobs
    // the copy would no longer be cross-repository.
    const cross = (name: string) => (rep: number) => [
      { ...fx.single, dstRepo: `cross-${name}-${latency}ms-r${rep}`, dstTag: 'promoted' }
    ]
    // skopeo mounts across repositories only when its blob-info cache already knows the blob
    // (registry-lab.md pitfall 10): prime one HOME, unmeasured, to show its best case too.
    const warmHome = await lab.skopeo.newHome()
    await lab.skopeo.copy(
      `${lab.proxy.host}/${fx.single.srcRepo}:${fx.single.srcTag}`,
      `${lab.proxy.host}/cross-prime-${latency}ms:promoted`,
      { home: warmHome }
    )
    const dp = inProcess(lab, 1)
    const skopeo = viaSkopeo(lab)
    const cli = lab.cli
    const cases: Case[] = [
      {
        caseLabel: CASES.single,
        reps: REPS,
        contenders: [
          { tool: TOOLS.dp, baseline: true, pairsFor: same([fx.single], 'c1-dp'), runner: dp },
          ...(cli
            ? [
                {
                  tool: TOOLS.cli,
                  baseline: false,
                  pairsFor: same([fx.single], 'c1-cli'),
                  runner: viaCli(lab, cli)
                }
              ]
            : []),
          {
            tool: TOOLS.skopeo,
            baseline: false,
            pairsFor: same([fx.single], 'c1-skopeo'),
            runner: skopeo
          }
        ]
      },
      {
        caseLabel: CASES.index,
        reps: REPS,
        contenders: [
          { tool: TOOLS.dp, baseline: true, pairsFor: same([fx.index], 'c2-dp'), runner: dp },
          {
            tool: TOOLS.skopeoAll,
            baseline: false,
            pairsFor: same([fx.index], 'c2-skopeo'),
            runner: skopeo
          }
        ]
      },
      {
        caseLabel: CASES.cross,
        reps: REPS,
        contenders: [
          { tool: TOOLS.dp, baseline: true, pairsFor: cross('dp'), runner: dp },
          { tool: TOOLS.skopeo, baseline: false, pairsFor: cross('skopeo'), runner: skopeo },
          {
            tool: TOOLS.skopeoWarm,
            baseline: false,
            pairsFor: cross('skopeo-warm'),
            runner: viaSkopeo(lab, warmHome)
          }
        ]
      }
    ]
    for (const c of cases) rows.push(...(await measureCase(lab, c, latency)))
  }
  return rows
}

/**
 * One unmeasured retag per tool first: loads and JIT-compiles our code, opens the keep-alive
 * connections, and brings skopeo's binary into the page cache, so no first repetition pays that.
 */
async function warmUp(lab: Lab, single: Pair): Promise<void> {
  lab.proxy.latencyMs = 0
  const pair = (tool: string): Pair => ({ ...single, dstTag: `warmup-${tool}` })
  const failures = [
    ...(await inProcess(lab, 1)([pair('dp')])),
    ...(await viaSkopeo(lab)([pair('skopeo')])),
    ...(lab.cli ? await viaCli(lab, lab.cli)([pair('cli')]) : [])
  ]
  if (failures.length > 0) throw new Error(`warm-up failed:\n${failures.join('\n')}`)
}

/**
 * Runs a case at the proxy's current latency. Contenders take turns within each repetition,
 * starting with a different one each time, so load from elsewhere on the machine drifting during
 * the run falls on every tool alike instead of on whichever ran last. Wall time covers the
 * retags only; the proxy's log is snapshotted right after them; then every target is verified.
 */
async function measureCase(lab: Lab, c: Case, latencyMs: number): Promise<Row[]> {
  const rows = c.contenders.map((k): Row => ({
    caseLabel: c.caseLabel,
    latencyMs,
    tool: k.tool,
    baseline: k.baseline,
    retagsPerRep: 0,
    wallMs: [],
    requests: [],
    afterAuth: [],
    failures: []
  }))
  const n = c.contenders.length
  for (let rep = 0; rep < c.reps; rep++) {
    if (rep > 0 && Date.now() > lab.deadline) {
      lab.notes.push(
        `${c.caseLabel} / ${latencyMs} ms: stopped after ${rep} of ${c.reps} repetitions ` +
          '(time budget).'
      )
      break
    }
    for (let turn = 0; turn < n; turn++) {
      const i = (turn + rep) % n
      const k = c.contenders[i]
      const row = rows[i]
      const pairs = k.pairsFor(rep)
      row.retagsPerRep = pairs.length
      lab.proxy.reset()
      const t0 = performance.now()
      const failures = await k.runner(pairs)
      row.wallMs.push(performance.now() - t0)
      // Snapshot before verifying; verification goes straight to the registry anyway.
      const seen: ProxyRequest[] = [...lab.proxy.requests]
      row.requests.push(seen.length)
      row.afterAuth.push(seen.filter(r => r.status !== 401 && r.path !== '/v2/').length)
      failures.push(...(await verify(lab, pairs)))
      for (const f of failures) {
        lab.log(`!!!!! FAILURE ${c.caseLabel} / ${latencyMs} ms / ${k.tool}: ${f}`)
      }
      row.failures.push(...failures)
    }
  }
  for (const row of rows) {
    lab.log(
      `${c.caseLabel} | ${latencyMs} ms | ${row.tool}: ${row.requests.join('/')} requests, ` +
        `median ${median(row.wallMs).toFixed(1)} ms`
    )
  }
  return rows
}

/**
 * Checks every target tag names the source digest, with a HEAD through our client straight to
 * the registry: not through the proxy, so neither counts nor timings include it.
 */
async function verify(lab: Lab, pairs: Pair[]): Promise<string[]> {
  const results = await mapSettled(pairs, CHECK_CONCURRENCY, async p => {
    const ref = parseReference(`${lab.registry.host}/${p.dstRepo}:${p.dstTag}`)
    const found = await lab.client.head(ref)
    if (found?.digest !== p.digest) {
      return `DIGEST MISMATCH ${p.dstRepo}:${p.dstTag} is ${found?.digest ?? 'missing'}, source ${p.digest}`
    }
    return undefined
  })
  return results.flatMap(r =>
    r.status === 'rejected'
      ? [`verification HEAD failed: ${message(r.reason)}`]
      : r.value
        ? [r.value]
        : []
  )
}

/** digest-promote's registry core as the action runs it: one client, `mapSettled` for many. */
function inProcess(lab: Lab, concurrency: number): Runner {
  return async pairs => {
    const host = lab.proxy.host
    const results = await mapSettled(pairs, concurrency, async p => {
      const source = parseReference(`${host}/${p.srcRepo}:${p.srcTag}`)
      const target = parseReference(`${host}/${p.dstRepo}:${p.dstTag}`)
      return retag(lab.client, source, target)
    })
    return results.flatMap((r, i) => {
      if (r.status === 'rejected') return [`retag ${pairs[i].dstTag} threw: ${message(r.reason)}`]
      // A no-op would measure nothing: every repetition must write a fresh tag.
      return r.value.changed ? [] : [`retag ${pairs[i].dstTag} was a no-op`]
    })
  }
}

/** `skopeo copy` per pair, one after another as a shell loop would; stops at the first failure. */
function viaSkopeo(lab: Lab, home?: string): Runner {
  return async pairs => {
    const host = lab.proxy.host
    for (const p of pairs) {
      try {
        await lab.skopeo.copy(
          `${host}/${p.srcRepo}:${p.srcTag}`,
          `${host}/${p.dstRepo}:${p.dstTag}`,
          { all: p.index, home }
        )
      } catch (err) {
        return [`skopeo copy to ${p.dstRepo}:${p.dstTag} failed: ${message(err)}`]
      }
    }
    return []
  }
}

/** The built CLI, one process per retag. */
function viaCli(lab: Lab, cli: DigestPromoteCli): Runner {
  return async pairs => {
    const host = lab.proxy.host
    for (const p of pairs) {
      const targetImage = p.dstRepo === p.srcRepo ? undefined : `${host}/${p.dstRepo}`
      try {
        await cli.retag(`${host}/${p.srcRepo}:${p.srcTag}`, p.dstTag, targetImage)
      } catch (err) {
        return [`CLI retag to ${p.dstRepo}:${p.dstTag} failed: ${message(err)}`]
      }
    }
    return []
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
