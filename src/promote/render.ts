import { cell } from '../util/markdown.js'
import { PromoteError } from '../errors.js'
import type { PromotionEvent } from '../ledger/event.js'
import { pipelineFromEnv } from '../ledger/event.js'
import type { PromotionPlan } from './plan.js'
import type { SourceLink } from './source-links.js'

/** The parts of a promotion that texts talk about. */
export interface RenderContext {
  kind: 'promotion' | 'rollback' | 'unpinned'
  from?: string
  to: string
  plan: PromotionPlan
  env: NodeJS.ProcessEnv
  /** Free text from the workflow, shown escaped. */
  note?: string
  /** Links to the source changes each image ships, when its build commit is known. */
  sources?: SourceLink[]
}

const PLACEHOLDERS = ['env', 'from', 'image', 'tag', 'digest', 'short_digest', 'count'] as const

/** Fills `{env}`, `{from}`, `{image}`, `{tag}`, `{digest}`, `{short_digest}`, `{count}`; unknown ones are refused. */
export function renderTemplate(template: string, input: string, ctx: RenderContext): string {
  const first = ctx.plan.images[0]
  const values: Record<(typeof PLACEHOLDERS)[number], string> = {
    env: ctx.to,
    from: ctx.from ?? '',
    image:
      ctx.plan.images.length === 1 && first ? first.image.name : `${ctx.plan.images.length} images`,
    tag: first?.targetTag ?? '',
    digest: first?.digest ?? '',
    short_digest: shortDigest(first?.digest ?? ''),
    count: String(ctx.plan.images.length)
  }
  return template.replace(/\{([^{}]*)\}/g, (_m, name: string) => {
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      throw new PromoteError(
        `input '${input}': unknown placeholder {${name}}; use ${PLACEHOLDERS.map(p => `{${p}}`).join(', ')}`,
        2
      )
    }
    return values[name as (typeof PLACEHOLDERS)[number]]
  })
}

/** `sha256:0123456789ab`, enough to tell digests apart in a title. */
export function shortDigest(digest: string): string {
  const [alg, hex] = digest.split(':')
  return hex ? `${alg}:${hex.slice(0, 12)}` : digest
}

/** Default subject: `promote(production): ghcr.io/acme/app production-v1.2.3-… (sha256:…)`. */
export const DEFAULT_COMMIT_TEMPLATE = '{kind}({env}): {image} {tag} ({short_digest})'

/** The commit message: a subject, one line per image, and trailers for machines. */
export function commitMessage(ctx: RenderContext, template?: string): string {
  const subject = renderTemplate(
    (template ?? DEFAULT_COMMIT_TEMPLATE).replace(
      '{kind}',
      { promotion: 'promote', rollback: 'rollback', unpinned: 'unpin' }[ctx.kind]
    ),
    'commit-message',
    ctx
  )
  const lines = ctx.plan.images.map(
    p => `- ${p.image.repository}: ${p.previousDigest ?? '(none)'} -> ${p.digest} as ${p.targetTag}`
  )
  const run = pipelineFromEnv(ctx.env).url
  const trailers = [
    ...ctx.plan.images.map(p => `Promoted-Digest: ${p.image.repository}@${p.digest}`),
    ...(ctx.from ? [`Promoted-From: ${ctx.from}`] : []),
    ...ctx.plan.events.map(e => `Promotion-Event: ${e.id}`),
    ...(run ? [`Promotion-Run: ${run}`] : [])
  ]
  return `${subject}\n\n${lines.join('\n')}\n\n${trailers.join('\n')}\n`
}

/** How titles and bodies name each kind of change. */
const VERB = { promotion: 'Promote', rollback: 'Roll back', unpinned: 'Unpin' } as const

/** The default pull request title. */
export const DEFAULT_TITLE_TEMPLATE = '{kind} {image} to {env} ({short_digest})'

const UNPIN_TITLE_TEMPLATE = '{kind} {image} in {env} ({short_digest})'

/** The pull request title. */
export function pullRequestTitle(ctx: RenderContext, template?: string): string {
  return renderTemplate(
    (template ?? (ctx.kind === 'unpinned' ? UNPIN_TITLE_TEMPLATE : DEFAULT_TITLE_TEMPLATE)).replace(
      '{kind}',
      VERB[ctx.kind]
    ),
    'pull-request-title',
    ctx
  )
}

/** The pull request body: what moves, the gates, the review checklist, and how to undo it. */
export function pullRequestBody(ctx: RenderContext): string {
  const { plan } = ctx
  const rows = plan.images.map(
    p =>
      `| ${cell(p.image.repository)} | ${ctx.from ? `${cell(ctx.from)} \`${p.sourceTag ?? '-'}\`` : '-'} | ${cell(ctx.to)} \`${p.targetTag}\` | \`${p.digest}\` | ${p.previousDigest ? `\`${p.previousDigest}\`` : 'none'} |`
  )
  const gates = plan.gates.map(g => `| ${cell(g.name)} | ${g.result} | ${cell(g.detail ?? '')} |`)
  const pipeline = pipelineFromEnv(ctx.env)
  const actor = ctx.env.GITHUB_ACTOR ? ` by ${cell(`@${ctx.env.GITHUB_ACTOR}`)}` : ''
  const from = ctx.from ? cell(ctx.from) : 'the ledger'
  return [
    `## ${VERB[ctx.kind]} ${ctx.kind === 'unpinned' ? 'in' : 'to'} ${cell(ctx.to)}`,
    '',
    'No rebuild: the target tag names the same manifest bytes as the source digest.',
    '',
    '| image | from | to | digest | previous digest |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...provenanceTable(plan),
    '### Gates',
    '',
    '| gate | result | detail |',
    '| --- | --- | --- |',
    ...gates,
    '',
    ...sourceSection(ctx.sources ?? []),
    '### Review checklist',
    '',
    `- [ ] The digest${plan.images.length > 1 ? 's' : ''} above ${plan.images.length > 1 ? 'are' : 'is'} what ${from} runs and was tested there.`,
    ...(ctx.sources?.length
      ? ['- [ ] The source changes linked above are what should reach this environment.']
      : []),
    `- [ ] After merge, ${cell(ctx.to)} has synced this commit and runs ${plan.images.map(p => `\`${shortDigest(p.digest)}\``).join(', ')}: Argo CD shows the Application Synced and Healthy (\`argocd app get <app>\`), or Flux shows the Kustomization or HelmRelease Ready at this revision (\`flux get kustomizations\`, \`flux get helmreleases\`).`,
    '- [ ] Rollback is ready:',
    ...rollbackLines(ctx),
    ...(ctx.note ? ['', '### Note', '', cell(ctx.note)] : []),
    '',
    `Opened by digest-promote${pipeline.url ? ` in [run ${cell(pipeline.runId ?? '')}](${pipeline.url})` : ''}${actor}.`,
    ''
  ].join('\n')
}

/** The "Source changes" section: one compare (or commit) link per image; empty without links. */
function sourceSection(sources: readonly SourceLink[]): string[] {
  if (sources.length === 0) return []
  return [
    '### Source changes',
    '',
    ...sources.map(s => `- ${cell(s.image)}: [\`${s.label}\`](${s.url})`),
    ''
  ]
}

/**
 * How to undo the change: the rollback workflow (README "Rollback (workflow_dispatch)") of the
 * repository this run belongs to, `gh workflow run` for it, and the CLI command.
 */
function rollbackLines(ctx: RenderContext): string[] {
  const server = (ctx.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '')
  const repo = ctx.env.GITHUB_REPOSITORY
  const workflow = repo
    ? `[rollback workflow](${server}/${repo}/actions/workflows/rollback.yml)`
    : 'rollback workflow (`.github/workflows/rollback.yml`)'
  return ctx.plan.images.flatMap(p =>
    p.previousDigest
      ? [
          `  - ${cell(p.image.repository)}: run the ${workflow} with environment \`${ctx.to}\` and target \`${p.previousDigest}\`:`,
          `    \`gh workflow run rollback.yml${repo ? ` --repo ${repo}` : ''} -f environment=${ctx.to} -f target=${p.previousDigest}\``,
          `    or from a terminal: \`npx digest-promote rollback --environment ${ctx.to} --image ${p.image.repository} --target ${p.previousDigest}\``
        ]
      : [
          `  - ${cell(p.image.repository)} had no earlier digest in ${cell(ctx.to)}: roll back by closing or reverting this change.`
        ]
  )
}

/**
 * The builds the verified provenance states (builder, source repository, ref, commit,
 * workflow), as a Markdown section; empty when no provenance was checked.
 */
function provenanceTable(plan: PromotionPlan): string[] {
  const built = plan.images.filter(p => p.provenance)
  if (built.length === 0) return []
  const rows = built.map(({ image, provenance: b }) =>
    b
      ? `| ${cell(image.repository)} | ${cell(b.builder)} | ${cell(b.repository)} | ${cell(b.ref)} | ${b.commit ? `\`${cell(b.commit)}\`` : '-'} | ${cell(b.workflow)} |`
      : ''
  )
  return [
    '### Provenance',
    '',
    '| image | builder | source repository | ref | commit | workflow |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    ''
  ]
}

/** The builds the verified provenance states, one line per image, for plain text. */
export function provenanceLines(plan: PromotionPlan): string[] {
  return plan.images.flatMap(({ image, provenance: b }) =>
    b
      ? [
          `  ${image.repository}: builder ${b.builder}, repository ${b.repository}, ref ${b.ref}, commit ${b.commit ?? '(not stated)'}, workflow ${b.workflow}`
        ]
      : []
  )
}

/** A job-summary table of events, for the action's summary. */
export function eventsSummary(events: PromotionEvent[]): string {
  if (events.length === 0) return ''
  const rows = events.map(
    e =>
      `| ${cell(e.environment)} | ${cell(e.image)} | \`${e.targetTag ?? '-'}\` | \`${e.digest}\` | ${e.previousDigest ? `\`${e.previousDigest}\`` : 'none'} | ${cell(e.id)} |`
  )
  return [
    '| environment | image | tag | digest | previous | event |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    ''
  ].join('\n')
}
