/**
 * What `audit` does once its inputs are parsed, loaded with `import()` only when it runs.
 *
 * @module
 */

import { mkdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { auditRepository } from '../audit/audit.js'
import { countFindings } from '../audit/findings.js'
import { protectionFor } from '../audit/protection.js'
import {
  countsLine,
  renderJson,
  renderSummary,
  renderText,
  toAnnotations
} from '../audit/report.js'
import { renderSarif } from '../audit/sarif.js'
import { loadConfig } from '../config/promotion-config.js'
import { InputError, PromoteError } from '../errors.js'
import { canonicalDomain, type AuditOptions } from './audit.js'
import type { CommandResult, RunContext } from './types.js'

/** Runs {@link auditCommand} with parsed options. */
export async function runAudit(opts: AuditOptions, ctx: RunContext): Promise<CommandResult> {
  await assertDirectory(opts.root)
  const config = await loadConfig(opts.root, opts.configPath, opts.configRequired)
  const allowed =
    opts.allowedRegistries.length > 0
      ? opts.allowedRegistries
      : (config?.registries?.allowed ?? []).map(canonicalDomain)
  const protection = protectionFor(opts.protectedPaths, config, opts.configPath)
  ctx.logger.info(protection.description)
  const registries = allowed.length > 0 ? allowed.join(', ') : 'any (DP003 is off)'
  ctx.logger.info(`allowed registries: ${registries}`)
  const limits = opts.limits ? { limits: opts.limits } : {}
  const pinAge = { maxAgeMs: opts.pinMaxAge.ms, label: opts.pinMaxAge.label, now: ctx.now() }
  const aliases = (config?.environments ?? []).flatMap(e =>
    e.alias ? [{ name: e.name, ...e.alias, protected: e.protected === true }] : []
  )
  const report = await auditRepository({
    root: opts.root,
    protection,
    allowed,
    pinAge,
    aliases,
    ...limits
  })
  const { findings } = report
  const counts = countFindings(findings, report.files)
  const prefix = workspacePrefix(ctx.workspace, opts.root)
  const sarif = `${JSON.stringify(renderSarif(findings, prefix), null, 2)}\n`
  const json = renderJson(findings, counts)
  const outputs: Record<string, string> = {
    findings: String(counts.findings),
    errors: String(counts.error)
  }
  if (opts.sarifFile) {
    await writeSarif(opts.sarifFile, sarif)
    outputs['sarif-file'] = opts.sarifFile
  }
  const text = {
    sarif: () => sarif.trimEnd(),
    json: () => JSON.stringify(json, null, 2),
    text: () => renderText(findings, counts)
  }[opts.format]()
  const failed = counts.error > 0
  return {
    status: failed ? 'failed' : 'unchanged',
    outputs,
    text,
    json,
    summary: renderSummary(findings, counts),
    annotations: toAnnotations(findings, prefix),
    ...(failed ? { exitCode: 1, error: `audit: ${countsLine(counts)}` } : {})
  }
}

async function assertDirectory(root: string): Promise<void> {
  const isDir = await stat(root).then(
    s => s.isDirectory(),
    () => false
  )
  if (!isDir) throw new InputError('path', `${root} is not a directory`)
}

/** The audited root relative to the workspace, as a `/`-terminated prefix (`''` when equal). */
function workspacePrefix(workspace: string, root: string): string {
  const rel = path.relative(path.resolve(workspace), root)
  return rel === '' ? '' : `${rel.split(path.sep).join('/')}/`
}

async function writeSarif(file: string, content: string): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, content)
  } catch (err) {
    throw new PromoteError(`cannot write sarif-file ${file}: ${(err as Error).message}`)
  }
}
