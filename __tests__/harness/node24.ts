import { existsSync } from 'node:fs'
import path from 'node:path'

/** Repository root, for locating `dist/` and `.cache/`. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..')

/**
 * The Node 24 binary that end-to-end tests run the bundle with, since the action
 * declares `runs.using: node24` while this machine's default Node may be older.
 * `NODE24_BIN` overrides; otherwise scripts/ensure-tools.mjs installs it.
 */
export function node24(): string {
  const fromEnv = process.env.NODE24_BIN
  if (fromEnv) return fromEnv
  const bin = path.join(REPO_ROOT, '.cache', 'node24', 'node_modules', '.bin', 'node')
  if (!existsSync(bin)) {
    throw new Error(`Node 24 not found at ${bin}; install it with: node scripts/ensure-tools.mjs`)
  }
  return bin
}
