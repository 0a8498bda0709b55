/**
 * Bounded listing of the YAML files of a GitOps repository. The tree is untrusted: symlinks are
 * never followed (they could leave the repository or loop), and the walk stops with an error
 * rather than run unbounded or report a partial, falsely clean audit.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { PromoteError } from '../errors.js'

/** Bounds on one audit. */
export interface WalkLimits {
  /** Most YAML files to audit (default 20,000). */
  maxFiles: number
  /** Larger files are skipped with a DP000 note (default 2 MiB). */
  maxFileBytes: number
}

/** The bounds used unless a caller passes others (tests do). */
export const DEFAULT_LIMITS: WalkLimits = { maxFiles: 20_000, maxFileBytes: 2 * 1024 * 1024 }

// Directories that never hold deployed manifests; node_modules can hold thousands of YAML files.
const SKIPPED_DIRS = new Set(['.git', 'node_modules'])

// A non-YAML entry costs a directory read too; a repository of nothing but assets must not run
// the walk forever.
const ENTRIES_PER_FILE = 10

/** Whether kustomize or Flux would read a file of this name as YAML. */
export function isYamlName(name: string): boolean {
  return /\.ya?ml$/.test(name) || name === 'Kustomization'
}

const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Lists YAML files under `root` as `/`-separated relative paths, depth first with each
 * directory's entries in byte order (so the result is stable across runs), skipping `.git`,
 * `node_modules`, symlinks, and the `templates/` directory of Helm charts (Go templates, not
 * YAML, rendered by helm-controller).
 *
 * @throws PromoteError when the tree holds more than `limits.maxFiles` YAML files.
 */
export function listYamlFiles(root: string, limits: WalkLimits): string[] {
  const files: string[] = []
  let entries = 0
  const tooMany = (): never => {
    throw new PromoteError(
      `more than ${limits.maxFiles} YAML files (or ${limits.maxFiles * ENTRIES_PER_FILE} ` +
        `entries) under ${root}; audit a narrower path`
    )
  }
  const walk = (dir: string, rel: string): void => {
    // Synchronous: the audit waits on nothing else meanwhile, and is cheaper without promises.
    const list = readdirSync(dir, { withFileTypes: true })
    list.sort((a, b) => byteOrder(a.name, b.name))
    entries += list.length
    if (entries > limits.maxFiles * ENTRIES_PER_FILE) tooMany()
    const chart = list.some(e => e.isFile() && e.name === 'Chart.yaml')
    for (const e of list) {
      const childRel = rel === '' ? e.name : `${rel}/${e.name}`
      if (e.isDirectory()) {
        if (SKIPPED_DIRS.has(e.name) || (chart && e.name === 'templates')) continue
        walk(path.join(dir, e.name), childRel)
      } else if (e.isFile() && isYamlName(e.name)) {
        files.push(childRel)
        if (files.length > limits.maxFiles) tooMany()
      }
      // Symlinks are neither isDirectory() nor isFile() on a Dirent: skipped by construction.
    }
  }
  walk(root, '')
  return files
}
