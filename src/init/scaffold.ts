/**
 * Plans and writes what `init` scaffolds. Only new files are written; a file that exists is
 * replaced only when `force` names it, and otherwise nothing at all is written and the plan
 * says what would change, with a diff.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createTwoFilesPatch } from 'diff'
import { confine } from '../util/confine.js'
import { fluxObjectsYaml } from './flux-templates.js'
import { kustomizationYaml, promotionYaml, type GeneratedFile } from './gitops-templates.js'
import type { InitOptions } from './options.js'
import { workflowFiles } from './workflows.js'

/** A root `init` writes under: the GitOps checkout, or the application's workflows directory. */
export interface ScaffoldRoot {
  /** How files under it are shown, relative to the workspace (`''` for the workspace itself). */
  shown: string
  files: GeneratedFile[]
}

/** What happens to one file. */
export interface PlannedFile {
  /** Path as shown to the user (relative to the workspace). */
  path: string
  /** Absolute path, symlinks resolved. */
  abs: string
  content: string
  /** `create`: new; `replace`: exists and forced; `conflict`: exists, not forced; `same`: identical. */
  action: 'create' | 'replace' | 'conflict' | 'same'
  /** Unified diff from the existing file, for `replace` and `conflict`. */
  diff?: string
}

/** Every file of a scaffold, by root. */
export function scaffoldFiles(
  opts: InitOptions,
  gitops: { shown: string },
  branch: string,
  workflows?: { shown: string }
): ScaffoldRoot[] {
  const files = [
    promotionYaml(opts),
    ...opts.environments.map(env => kustomizationYaml(opts, env)),
    ...(opts.flux ? [fluxObjectsYaml(opts, branch)] : [])
  ]
  return [
    { ...gitops, files },
    ...(workflows ? [{ ...workflows, files: workflowFiles(opts) }] : [])
  ]
}

const join = (shown: string, p: string): string => (shown === '' ? p : `${shown}/${p}`)

/** Decides each file's action; `force` holds shown paths that may be replaced. */
export async function planScaffold(
  workspace: string,
  roots: ScaffoldRoot[],
  force: ReadonlySet<string>
): Promise<PlannedFile[]> {
  const planned: PlannedFile[] = []
  for (const root of roots) {
    for (const f of root.files) {
      const shown = join(root.shown, f.path)
      const { abs } = await confine(workspace, shown)
      const existing = await readFile(abs, 'utf8').catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return undefined
        throw err
      })
      if (existing === undefined) {
        planned.push({ path: shown, abs, content: f.content, action: 'create' })
      } else if (existing === f.content) {
        planned.push({ path: shown, abs, content: f.content, action: 'same' })
      } else {
        const diff = createTwoFilesPatch(shown, shown, existing, f.content, '', '', {
          context: 3
        })
        const action = force.has(shown) ? 'replace' : 'conflict'
        planned.push({ path: shown, abs, content: f.content, action, diff })
      }
    }
  }
  return planned
}

/** Writes the plan: new files exclusively (never over one that appeared since), forced ones over. */
export async function writeScaffold(planned: readonly PlannedFile[]): Promise<void> {
  for (const f of planned) {
    if (f.action !== 'create' && f.action !== 'replace') continue
    await mkdir(path.dirname(f.abs), { recursive: true })
    await writeFile(f.abs, f.content, { flag: f.action === 'create' ? 'wx' : 'w' })
  }
}
