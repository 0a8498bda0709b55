/**
 * What `init` does once its inputs are parsed, loaded with `import()` only when it runs: the
 * templates, the audit of what they generate and the optional registry check.
 *
 * @module
 */

import { planScaffold, scaffoldFiles, writeScaffold, type PlannedFile } from '../init/scaffold.js'
import type { InitCommandOptions } from './init.js'
import { auditGenerated, findingLine } from './init-audit.js'
import { checkRegistry } from './init-registry.js'
import type { CommandResult, RunContext } from './types.js'

const VERB: Record<PlannedFile['action'], string> = {
  create: 'create',
  replace: 'replace',
  same: 'unchanged',
  conflict: 'exists, would change'
}

/** Runs {@link initCommand} with parsed options. */
export async function runInit(opts: InitCommandOptions, ctx: RunContext): Promise<CommandResult> {
  const roots = scaffoldFiles(
    opts.scaffold,
    { shown: opts.gitopsPath },
    opts.branch,
    opts.workflowsPath !== undefined ? { shown: opts.workflowsPath } : undefined
  )
  const gitops = roots[0]
  if (gitops && opts.alterGenerated) gitops.files = opts.alterGenerated(gitops.files)
  const findings = await auditGenerated(gitops?.files ?? [], ctx.now())
  if (findings.length > 0) return auditFailure(findings.map(f => findingLine(opts.gitopsPath, f)))
  const planned = await planScaffold(ctx.workspace, roots, opts.force)
  const conflicts = planned.filter(f => f.action === 'conflict')
  const write = !opts.dryRun && conflicts.length === 0
  if (write) await writeScaffold(planned)
  const changed = write && planned.some(f => f.action === 'create' || f.action === 'replace')
  const json = {
    changed,
    files: planned.map(f => ({ path: f.path, action: f.action, diff: f.diff }))
  }
  const outputs = {
    changed: String(changed),
    files: planned
      .filter(f => f.action !== 'same')
      .map(f => f.path)
      .join('\n')
  }
  const flux = gitops?.files.find(f => f.content.includes('kind: ImagePolicy'))
  const live = opts.checkRegistry
    ? await checkRegistry(opts.scaffold, flux, opts.checkRegistry, ctx)
    : []
  const text = [
    report(planned, write && changed),
    'audit: 0 findings in the generated GitOps files',
    ...live
  ].join('\n')
  if (conflicts.length > 0 && !opts.dryRun) {
    const names = conflicts.map(f => f.path)
    return {
      status: 'failed',
      exitCode: 1,
      outputs,
      text,
      json,
      error:
        `init: ${names.join(', ')} already exist${names.length === 1 ? 's' : ''} and would change; nothing was written; ` +
        `review the diff above, then pass --force ${names.join(' --force ')} to replace, or edit by hand`
    }
  }
  return { status: changed ? 'changed' : 'unchanged', outputs, text, json }
}

function report(planned: PlannedFile[], wrote: boolean): string {
  const verb = (a: PlannedFile['action']): string =>
    !wrote && (a === 'create' || a === 'replace') ? `would ${VERB[a]}` : VERB[a]
  const lines = planned.map(f => `${verb(f.action)}: ${f.path}`)
  for (const f of planned) if (f.diff && f.action !== 'same') lines.push('', f.diff.trimEnd())
  lines.push('', wrote ? 'wrote the files above' : 'nothing was written')
  return lines.join('\n')
}

/** init stops before writing anything when audit finds a problem in what it generated. */
function auditFailure(lines: string[]): CommandResult {
  const n = lines.length
  return {
    status: 'failed',
    exitCode: 1,
    outputs: { changed: 'false', files: '' },
    text: lines.join('\n'),
    json: { changed: false, findings: lines },
    error:
      `init: audit found ${n} problem${n === 1 ? '' : 's'} in the generated files (listed above); ` +
      'nothing was written; report this as a bug in init, or write the files by hand'
  }
}
