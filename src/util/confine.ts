/**
 * Confinement of paths that come from repository content (promotion.yaml's environment paths,
 * the ledger directory, files found by a walk). The repository is untrusted: a committed
 * symlink can name any directory on the machine, and following it would read or write there.
 * Paths are resolved one component at a time, so every symlink on the way is seen and judged
 * by where it really leads.
 */
import { lstat, readlink, realpath } from 'node:fs/promises'
import path from 'node:path'
import { PromoteError } from '../errors.js'

/** A path from repository content that would leave the repository. */
export class ConfinementError extends PromoteError {
  /** The path as the repository content gave it. */
  readonly path: string

  constructor(p: string, problem: string) {
    super(`${p}: ${problem}`)
    this.path = p
  }
}

/** Where a repository path really is. */
export interface ConfinedPath {
  /** Absolute path with every symlink resolved (missing trailing components kept as given). */
  abs: string
  /** The same, relative to the real repository root, `/`-separated: the path Git knows it by. */
  rel: string
}

const within = (root: string, p: string): boolean => {
  const rel = path.relative(root, p)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel))
}

const HINT = 'replace it with a directory, or a link that stays inside the repository'

/**
 * Resolves `p` (relative to `root`, `/`- or platform-separated) component by component and
 * refuses it when it is absolute, climbs out with `..`, passes through `.git`, or goes through
 * a symlink that leads outside `root` or nowhere. Components that do not exist yet are kept
 * as given (they will be created as directories inside the last real one).
 *
 * @throws ConfinementError naming `p` and the offending link; the message names no input.
 */
export async function confine(root: string, p: string): Promise<ConfinedPath> {
  const realRoot = await realpath(root)
  if (path.isAbsolute(p)) throw new ConfinementError(p, 'is absolute; use a path in the repository')
  let at = realRoot
  const parts = p.split(/[\\/]+/).filter(c => c !== '' && c !== '.')
  for (const [i, part] of parts.entries()) {
    const shown = parts.slice(0, i + 1).join('/')
    if (part === '.git')
      throw new ConfinementError(p, 'is inside .git; use a path in the work tree')
    const next = path.resolve(at, part)
    if (!within(realRoot, next)) throw new ConfinementError(p, 'leaves the repository through ..')
    const stat = await lstat(next).catch(() => undefined)
    if (stat === undefined) {
      at = path.join(next, ...parts.slice(i + 1))
      break
    }
    if (stat.isSymbolicLink()) {
      const target = await readlink(next)
      const real = await realpath(next).catch(() => undefined)
      if (real === undefined)
        throw new ConfinementError(
          p,
          `the symbolic link ${shown} points to ${target}, which does not exist; ${HINT}`
        )
      if (!within(realRoot, real)) {
        throw new ConfinementError(
          p,
          `the symbolic link ${shown} points to ${target}, outside the GitOps repository; ${HINT}`
        )
      }
      at = real
    } else at = next
  }
  if (!within(realRoot, at)) throw new ConfinementError(p, 'leaves the repository through ..')
  const rel = path.relative(realRoot, at).split(path.sep).join('/')
  if (rel.split('/').includes('.git'))
    throw new ConfinementError(p, 'leads into .git; use a path in the work tree')
  return { abs: at, rel: rel === '' ? '.' : rel }
}
