/**
 * Locating the external programs integration tests depend on.
 *
 * A missing tool is a broken test machine, not a reason to skip: `.ci/run` installs every tool,
 * so a test that silently skipped would hide a missing install step.
 */
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, isAbsolute, join } from 'node:path'

/**
 * Returns the absolute path of `bin`, searched on `PATH` like a shell does.
 *
 * A `bin` containing a slash is checked as given instead of searched.
 *
 * @param bin - program name, e.g. `skopeo`, or a path such as `/usr/bin/docker-registry`
 * @param installHint - the command that installs it, e.g. `apt-get install -y skopeo`
 * @throws Error `<bin> not found on PATH; install it with: <installHint>`
 */
export function requireTool(bin: string, installHint: string): string {
  const candidates = bin.includes('/')
    ? [bin]
    : (process.env.PATH ?? '')
        .split(delimiter)
        .filter(dir => dir !== '' && isAbsolute(dir))
        .map(dir => join(dir, bin))
  const found = candidates.find(isExecutableFile)
  if (found === undefined) {
    throw new Error(`${bin} not found on PATH; install it with: ${installHint}`)
  }
  return found
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}
