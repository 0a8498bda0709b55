/**
 * Checks what `init` generates with the audit `digest-promote audit` runs, before anything is
 * written: the GitOps files are copied into a private temporary directory and audited with the
 * settings audit derives from the generated promotion.yaml (its protected environments and
 * allowed registries).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { auditRepository } from '../audit/audit.js'
import { oneLine, type Finding } from '../audit/findings.js'
import { protectionFor } from '../audit/protection.js'
import { loadConfig } from '../config/promotion-config.js'
import type { GeneratedFile } from '../init/gitops-templates.js'

const CONFIG = 'promotion.yaml'

/** Every audit finding on `files` (paths relative to the GitOps root), sorted. */
export async function auditGenerated(
  files: readonly GeneratedFile[],
  now: Date
): Promise<Finding[]> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'dp-init-audit-'))
  try {
    for (const f of files) {
      const abs = path.join(root, ...f.path.split('/'))
      await mkdir(path.dirname(abs), { recursive: true })
      await writeFile(abs, f.content)
    }
    const config = await loadConfig(root, CONFIG, false)
    const allowed = config?.registries?.allowed ?? []
    const { findings } = await auditRepository({
      root,
      protection: protectionFor([], config, CONFIG),
      allowed,
      pinAge: { maxAgeMs: 7 * 24 * 3600 * 1000, label: '7d', now }
    })
    return findings
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

/** One line per finding: `clusters/dev/kustomization.yaml:4: DP001 error: … (fix: …)`. */
export const findingLine = (shownRoot: string, f: Finding): string =>
  oneLine(
    `${shownRoot === '' ? '' : `${shownRoot}/`}${f.file}:${f.line}: ${f.rule} ${f.severity}: ${f.message} (fix: ${f.fix})`
  )
