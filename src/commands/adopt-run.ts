/**
 * What `adopt` does once its inputs are parsed, loaded with `import()` only when it runs.
 *
 * @module
 */

import type { AdoptionCheck } from '../promote/adopt-check.js'
import { runAdoption, type AdoptionResult } from '../promote/adopt.js'
import { createRegistryClient } from '../registry/client-options.js'
import type { AdoptOptions } from './adopt.js'
import type { CommandResult, RunContext } from './types.js'

/** Runs {@link adoptCommand} with parsed options. */
export async function runAdopt(opts: AdoptOptions, ctx: RunContext): Promise<CommandResult> {
  const client = createRegistryClient(opts.registry, ctx)
  return render(await runAdoption(opts.job, client, ctx))
}

function describe(check: AdoptionCheck): string[] {
  if ('refused' in check) return [`refused ${check.refused}`]
  const name = check.environment.name
  return [
    ...check.events.map(
      e => `${name}: adopted ${e.image}@${e.digest}${e.targetTag ? ` (${e.targetTag})` : ''}`
    ),
    ...check.recorded.map(e => `${name}: ${e.image}@${e.digest} already recorded by ${e.id}`)
  ]
}

function render(result: AdoptionResult): CommandResult {
  const refused = result.checks.flatMap(c => ('refused' in c ? [c] : []))
  const where = [
    ...(result.commitSha && result.changed ? [`commit ${result.commitSha}`] : []),
    ...result.pullRequests.map(p => `${p.environment}: pull request #${p.number} ${p.url}`),
    ...result.branches.map(b => `branch ${b} (no pull request)`),
    ...result.deployments.map(d => `${d.environment}: GitHub deployment ${d.id}`)
  ]
  const text = [...result.checks.flatMap(describe), ...where].join('\n')
  const first = result.pullRequests[0]
  const outputs = {
    changed: String(result.changed),
    'event-id': result.events.map(e => e.id).join('\n'),
    'commit-sha': result.commitSha ?? '',
    'pull-request-number': first ? String(first.number) : '',
    'pull-request-url': first?.url ?? ''
  }
  const rows = result.events.map(
    e => `| ${e.environment} | \`${e.image}\` | \`${e.digest}\` | ${e.targetTag ?? '-'} |`
  )
  const summary = `### Adopt\n\n| environment | image | digest | tag |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`
  if (refused.length === 0) {
    return {
      status: result.changed ? 'changed' : 'unchanged',
      outputs,
      text,
      json: result,
      summary
    }
  }
  return {
    status: 'failed',
    outputs,
    text,
    json: result,
    summary,
    exitCode: 1,
    annotations: refused.map(c => ({
      level: 'error' as const,
      message: c.refused,
      file: c.environment.path ?? 'promotion.yaml',
      title: 'adopt'
    })),
    error: `adopt refused ${refused.length} of ${result.checks.length} environments (${refused.map(c => c.environment.name).join(', ')}); fix what each line says, then adopt again`
  }
}
