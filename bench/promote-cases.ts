/**
 * The product path: `digest-promote promote` (the built CLI under Node 24, end to end: clone, gates,
 * claims, tags, one commit and push, ledger records) of 1, 10 and 50 images, against what a script
 * does without it: one `skopeo copy` per image, one after another, then one scripted Git commit
 * (clone, write the new pins, commit, push; child processes with argument arrays, no shell).
 * Registry traffic goes through the counting proxy at {@link PROMOTE_LATENCY_MS} ms.
 */
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { GitServer } from '../__tests__/harness/git-server.js'
import type { ProxyRequest } from '../__tests__/harness/proxy.js'
import { deployment, promotionYaml } from '../__tests__/harness/gitops-fixture.js'
import { pushImage } from '../__tests__/harness/images.js'
import { parseReference } from '../src/registry/reference.js'
import { mapSettled } from '../src/util/concurrency.js'
import { minimalEnv, run, type DigestPromoteCli } from './processes.js'
import { ms } from './report.js'
import type { Lab } from './retag-cases.js'
import { countPurposes, type PurposeCounts } from './request-purpose.js'

/** Images per promotion compared. */
export const PROMOTE_SIZES = [1, 10, 50] as const
/** The `concurrency` input of the extra run at the largest size: the most the input allows. */
export const WIDE_CONCURRENCY = 32
/** Latency the proxy adds to every registry request in these cases. */
export const PROMOTE_LATENCY_MS = 25
const DEV_TAG = 'dev-v1.2.3-abc1234-1700000000'
const STAGING_TAG = 'staging-v1.2.3-abc1234-1700000000'
const OLD_TAG = 'staging-v1.2.2-fff0000-1690000000'

/** One tool promoting `images` images once. */
export interface PromoteRow {
  images: number
  tool: 'promote' | 'script'
  /** The `concurrency` input given to promote; none: its default. */
  concurrency?: number
  wallMs: number
  /** Registry requests the proxy saw, in all and writes only (PUT, POST, PATCH, DELETE). */
  requests: number
  writes: number
  /** Requests split by what they were for (see request-purpose.ts). */
  purposes: PurposeCounts
  failures: string[]
}

/** One image of a fixture: its repository and the digest its dev tag names. */
interface Image {
  repo: string
  digest: string
  old: string
}

/** Runs both tools at every size; skipped (empty) without the built CLI. */
export async function runPromoteCases(
  lab: Lab,
  git: GitServer,
  cli: DigestPromoteCli,
  tmp: string,
  opts: { sizes?: readonly number[]; requestLog?: string } = {}
): Promise<PromoteRow[]> {
  const rows: PromoteRow[] = []
  const sizes = opts.sizes ?? PROMOTE_SIZES
  for (const n of sizes) {
    lab.log(`promote cases: ${n} image(s), pushing fixtures`)
    const dp = await fixture(lab, git, `promo${n}-dp`, n)
    const sk = await fixture(lab, git, `promo${n}-sk`, n)
    // At the largest size, the same promotion again with the most images at once the input allows.
    const wide = n === sizes.at(-1) ? await fixture(lab, git, `promo${n}-wide`, n) : undefined
    lab.proxy.latencyMs = PROMOTE_LATENCY_MS
    const row = await measure(lab, n, 'promote', dp, () => viaPromote(lab, git, cli, dp))
    rows.push(row)
    if (opts.requestLog) {
      const t0 = row.log[0]?.at ?? 0
      const lines = row.log.map(
        r => `${n} +${Math.round(r.at - t0)} ${r.method} ${r.path} ${r.status} ${Math.round(r.ms)}`
      )
      await appendFile(opts.requestLog, `${lines.join('\n')}\n`)
    }
    if (wide) {
      const promote = () => viaPromote(lab, git, cli, wide, WIDE_CONCURRENCY)
      rows.push({
        ...(await measure(lab, n, 'promote', wide, promote)),
        concurrency: WIDE_CONCURRENCY
      })
    }
    rows.push(await measure(lab, n, 'script', sk, () => viaScript(lab, git, sk, tmp)))
    lab.proxy.latencyMs = 0
  }
  return rows
}

interface Fixture {
  gitops: string
  images: Image[]
}

/** Pushes `n` images (dev and an older staging build each) and a GitOps repository pinning them. */
async function fixture(lab: Lab, git: GitServer, name: string, n: number): Promise<Fixture> {
  const repos = Array.from({ length: n }, (_, i) => `${name}-${String(i).padStart(2, '0')}`)
  const pushed = await mapSettled(repos, 4, async repo => {
    const dev = await pushImage(lab.registry, repo, DEV_TAG, { seed: `${repo}-dev` })
    const old = await pushImage(lab.registry, repo, OLD_TAG, { seed: `${repo}-old` })
    return { repo, digest: dev.digest, old: old.digest }
  })
  const images = pushed.map(r => {
    if (r.status === 'rejected') throw new Error('pushing fixtures failed', { cause: r.reason })
    return r.value
  })
  const gitops = `bench/${name}`
  await git.createRepo(gitops, {
    'promotion.yaml': promotionYaml(),
    'clusters/dev/kustomization.yaml': kustomization(lab, images, DEV_TAG, i => i.digest),
    'clusters/dev/deployment.yaml': deployment(),
    'clusters/staging/kustomization.yaml': kustomization(lab, images, OLD_TAG, i => i.old),
    'clusters/staging/deployment.yaml': deployment()
  })
  return { gitops, images }
}

function kustomization(
  lab: Lab,
  images: Image[],
  tag: string,
  digest: (i: Image) => string
): string {
  const entries = images.map(
    i => `  - name: ${i.repo}
    newName: ${lab.proxy.host}/${i.repo}
    newTag: "${tag}"
    digest: ${digest(i)}
`
  )
  return `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml
images:
${entries.join('')}`
}

/** Times one tool, counts its registry requests, then checks every tag and the Git pins. */
async function measure(
  lab: Lab,
  n: number,
  tool: PromoteRow['tool'],
  fx: Fixture,
  fn: () => Promise<void>
): Promise<PromoteRow & { log: ProxyRequest[] }> {
  lab.proxy.reset()
  const failures: string[] = []
  const t0 = performance.now()
  try {
    await fn()
  } catch (err) {
    failures.push(`${tool} failed: ${err instanceof Error ? err.message : String(err)}`)
  }
  const wallMs = performance.now() - t0
  const seen = [...lab.proxy.requests]
  const writes = seen.filter(r => !['GET', 'HEAD'].includes(r.method)).length
  failures.push(...(await check(lab, fx)))
  lab.log(`promote ${n} image(s) | ${tool}: ${ms(wallMs)} ms, ${seen.length} requests`)
  for (const f of failures) lab.log(`!!!!! FAILURE promote ${n} / ${tool}: ${f}`)
  const purposes = countPurposes(seen, DEV_TAG, STAGING_TAG)
  return { images: n, tool, wallMs, requests: seen.length, writes, purposes, failures, log: seen }
}

/** Every staging tag names its dev digest (HEAD straight to the registry, not counted). */
async function check(lab: Lab, fx: Fixture): Promise<string[]> {
  const results = await mapSettled(fx.images, 4, async i => {
    const ref = parseReference(`${lab.registry.host}/${i.repo}:${STAGING_TAG}`)
    const found = await lab.client.head(ref)
    return found?.digest === i.digest
      ? undefined
      : `${i.repo}:${STAGING_TAG} is ${found?.digest ?? 'missing'}, expected ${i.digest}`
  })
  return results.flatMap(r =>
    r.status === 'rejected' ? [String(r.reason)] : r.value ? [r.value] : []
  )
}

async function viaPromote(
  lab: Lab,
  git: GitServer,
  cli: DigestPromoteCli,
  fx: Fixture,
  concurrency?: number
): Promise<void> {
  const timing = process.env.DIGEST_PROMOTE_TIMING === '1'
  const out = await cli.exec(
    [
      'promote',
      '--from-environment',
      'dev',
      '--to-environment',
      'staging',
      '--image',
      fx.images.map(i => `${lab.proxy.host}/${i.repo}`).join(','),
      '--gitops-repository',
      fx.gitops,
      ...(concurrency ? ['--concurrency', String(concurrency)] : [])
    ],
    {
      GITHUB_SERVER_URL: git.url,
      DIGEST_PROMOTE_GITOPS_TOKEN: git.token ?? '',
      ...(timing ? { DIGEST_PROMOTE_TIMING: '1' } : {})
    }
  )
  // With DIGEST_PROMOTE_TIMING=1 the CLI prints how long each phase took: pass those lines on.
  if (timing) for (const l of out.stderr.split('\n')) if (/^== .*: \d+ ms$/.test(l)) lab.log(l)
}

/** skopeo copy per image, one after another, then one commit of the new pins, pushed. */
async function viaScript(lab: Lab, git: GitServer, fx: Fixture, tmp: string): Promise<void> {
  for (const i of fx.images) {
    const repo = `${lab.proxy.host}/${i.repo}`
    await lab.skopeo.copy(`${repo}:${DEV_TAG}`, `${repo}:${STAGING_TAG}`)
  }
  const work = await mkdtemp(join(tmp, 'script-'))
  try {
    const env = { ...minimalEnv(work), GIT_TERMINAL_PROMPT: '0' }
    const gitIn = (args: string[]) => run('git', ['-C', work, ...args], { env })
    await run('git', ['clone', '--quiet', git.authedUrl(fx.gitops), work], { env })
    await writeFile(
      join(work, 'clusters/staging/kustomization.yaml'),
      kustomization(lab, fx.images, STAGING_TAG, i => i.digest)
    )
    await gitIn(['add', '-A'])
    await gitIn([
      '-c',
      'user.name=bench',
      '-c',
      'user.email=bench@example.invalid',
      'commit',
      '--quiet',
      '-m',
      `promote(staging): ${fx.images.length} images`
    ])
    await gitIn(['push', '--quiet', 'origin', 'HEAD:main'])
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** The promote table: per size, both tools, requests per image and the speed-up. */
export function promoteTable(rows: readonly PromoteRow[]): string {
  const lines = [
    '| images | tool | wall ms | registry requests/image (writes) | plan / retag / ledger / other per image | script ÷ promote |',
    '|---|---|---|---|---|---|'
  ]
  for (const row of rows) {
    const label =
      row.tool === 'script'
        ? `\`skopeo copy\` ×${row.images} sequential + one scripted git commit`
        : row.concurrency
          ? `\`digest-promote promote --concurrency ${row.concurrency}\` (CLI, end to end)`
          : '`digest-promote promote` (CLI, end to end, default concurrency)'
    const script = rows.find(r => r.images === row.images && r.tool === 'script')
    const ratio =
      row.tool === 'promote' && script ? `${(script.wallMs / row.wallMs).toFixed(1)}×` : ''
    const failed = row.failures.length > 0 ? ` **FAILED**` : ''
    const perImage = (v: number) => (v / row.images).toFixed(1)
    const p = row.purposes
    const split =
      row.tool === 'promote' ? [p.plan, p.retag, p.ledger, p.other].map(perImage).join(' / ') : ''
    lines.push(
      `| ${row.images} | ${label}${failed} | ${ms(row.wallMs)} | ` +
        `${perImage(row.requests)} (${perImage(row.writes)}) | ${split} | ${ratio} |`
    )
  }
  return lines.join('\n')
}
