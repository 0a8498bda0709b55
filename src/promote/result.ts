import type { CommandResult } from '../util/command-result.js'
import { unifiedDiff } from './edits.js'
import type { GitOpsOptions } from './options.js'
import type { PromotionPlan } from './plan.js'
import {
  commitMessage,
  eventsSummary,
  pullRequestBody,
  provenanceLines,
  pullRequestTitle,
  type RenderContext
} from './render.js'

function baseOutputs(plan: PromotionPlan): Record<string, string> {
  const first = plan.images[0]
  return {
    digest: first?.digest ?? '',
    'image-ref': first ? `${first.image.repository}@${first.digest}` : '',
    'source-tag': first?.sourceTag ?? '',
    'target-tag': first?.targetTag ?? '',
    'previous-digest': first?.previousDigest ?? '',
    'event-id': plan.events.map(e => e.id).join('\n')
  }
}

/** What `plan` and `dry-run` print: tags, diffs, texts and gates; nothing was written. */
export function planResult(
  env: string,
  mode: string,
  branch: string,
  plan: PromotionPlan,
  render: RenderContext,
  gitops: GitOpsOptions
): CommandResult {
  const tags = plan.images.map(
    p =>
      `  ${p.image.repository}:${p.targetTag} -> ${p.digest}${p.unchanged ? ' (already in place)' : ''}`
  )
  const diffs = plan.edits.map(unifiedDiff)
  const title = pullRequestTitle(render, gitops.titleTemplate)
  const body = pullRequestBody(render)
  const provenance = provenanceLines(plan)
  const gates = plan.gates.map(g => `  ${g.name}: ${g.result}${g.detail ? ` (${g.detail})` : ''}`)
  const text = [
    `Plan for ${env} (write mode: ${mode}${mode === 'pull-request' ? `, branch ${branch}` : ''}); nothing was written.`,
    '',
    'Gates:',
    ...gates,
    '',
    ...(provenance.length > 0 ? ['Provenance:', ...provenance, ''] : []),
    'Tags:',
    ...tags,
    '',
    plan.edits.length > 0
      ? 'File changes:'
      : 'File changes: none (the environment already pins these digests)',
    ...diffs.map(d => d.replace(/\n$/, '')),
    ...(plan.notes ?? []).map(n => `note: ${n}`),
    ...(plan.events.length > 0
      ? [
          '',
          'Ledger events:',
          ...plan.events.map(e => `  .promotions/${e.environment}/${e.id}.json`)
        ]
      : []),
    '',
    'Commit message:',
    commitMessage(render, gitops.commitTemplate),
    ...(mode === 'pull-request'
      ? ['Pull request title:', title, '', 'Pull request body:', body]
      : [])
  ].join('\n')
  return {
    status: 'unchanged',
    outputs: { ...baseOutputs(plan), changed: 'false' },
    text,
    json: {
      environment: env,
      writeMode: mode,
      branch: mode === 'pull-request' ? branch : null,
      gates: plan.gates,
      tags: plan.images.map(p => ({
        image: p.image.repository,
        tag: p.targetTag,
        digest: p.digest,
        previousDigest: p.previousDigest ?? null
      })),
      diffs,
      events: plan.events,
      pullRequest: mode === 'pull-request' ? { title, body } : null
    },
    summary: `### Plan for ${env}\n\n${eventsSummary(plan.events)}\n<details><summary>Diff</summary>\n\n\`\`\`diff\n${diffs.join('\n')}\n\`\`\`\n</details>\n`
  }
}

/** What a completed promotion reports. */
export function promotionResult(
  env: string,
  mode: string,
  plan: PromotionPlan,
  landed: {
    changed: boolean
    commitSha: string
    pullRequest?: { number: number; url: string; created: boolean }
  }
): CommandResult {
  const pr = landed.pullRequest
  const lines = plan.images.map(
    p => `${p.image.repository}: ${p.previousDigest ?? '(none)'} -> ${p.digest} as ${p.targetTag}`
  )
  const where = pr
    ? `pull request #${pr.number} ${pr.url}`
    : mode === 'commit'
      ? `commit ${landed.commitSha}`
      : 'no pull request'
  const notes = landed.changed ? [] : (plan.notes ?? [])
  const text = [
    `${landed.changed ? 'Promoted' : 'Already promoted'} to ${env} (${where})`,
    ...lines,
    ...notes.map(n => `note: ${n}`)
  ].join('\n')
  return {
    status: landed.changed ? 'changed' : 'unchanged',
    outputs: {
      ...baseOutputs(plan),
      changed: String(landed.changed),
      'commit-sha': landed.commitSha,
      'pull-request-number': pr ? String(pr.number) : '',
      'pull-request-url': pr?.url ?? ''
    },
    text,
    json: {
      environment: env,
      writeMode: mode,
      changed: landed.changed,
      commitSha: landed.commitSha,
      pullRequest: pr ?? null,
      images: plan.images.map(p => ({
        image: p.image.repository,
        digest: p.digest,
        tag: p.targetTag,
        previousDigest: p.previousDigest ?? null
      })),
      events: plan.events
    },
    summary: `### ${landed.changed ? 'Promoted' : 'Already promoted'} to ${env}\n\n${eventsSummary(plan.events)}\n${pr ? `Pull request: [#${pr.number}](${pr.url})\n` : ''}`
  }
}
