import type { Readable } from 'node:stream'
import type { InputSpec } from '../commands/types.js'
import { InputError } from '../errors.js'
import type { InputSource } from '../inputs.js'

/**
 * Secret inputs on the CLI. A `--gitops-token value` flag sits in `ps` (and shell history) for
 * the whole run, so tokens and passwords are also read, like `docker login --password-stdin`,
 * from standard input, or from the environment.
 */

/** The variable the CLI reads a secret input from: `gitops-token` → `DIGEST_PROMOTE_GITOPS_TOKEN`. */
export function secretEnvName(input: string): string {
  return `DIGEST_PROMOTE_${input.replace(/-/g, '_').toUpperCase()}`
}

/** The flag that reads a secret input from standard input: `--gitops-token-stdin`. */
export function stdinFlag(input: string): string {
  return `${input}-stdin`
}

/** The `--help` note of a secret input. */
export function secretHelp(input: InputSpec): string {
  return ` (secret: set ${secretEnvName(input.name)} or pipe it to --${stdinFlag(input.name)}; a flag value shows in ps)`
}

/** The warning for a secret given as a flag value. */
export function visibleSecretWarning(input: string): string {
  return (
    `--${input} on the command line is visible to other users of this machine (ps, shell history); ` +
    `set ${secretEnvName(input)} or pipe it to --${stdinFlag(input)} instead`
  )
}

/** Finds the secret input that `flag` (without `--`) reads from standard input. */
export function stdinInput(inputs: InputSpec[], flag: string): InputSpec | undefined {
  return inputs.find(i => i.secret === true && stdinFlag(i.name) === flag)
}

/**
 * Reads one secret from standard input, as `docker login --password-stdin` does: the whole
 * input, without its final line break.
 */
export async function readSecret(stdin: Readable, input: string): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer))
  const value = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '')
  if (value.trim() === '') {
    throw new InputError(input, `--${stdinFlag(input)} read nothing from standard input`)
  }
  return value
}

/**
 * The command's inputs with its secrets filled in: a flag first, then standard input, then
 * `DIGEST_PROMOTE_<NAME>`. Unset or empty is `undefined`, so the command's own default
 * (`GITHUB_TOKEN`, `COSIGN_PASSWORD`) still applies.
 */
export function withSecrets(
  inputs: InputSpec[],
  src: InputSource,
  env: NodeJS.ProcessEnv,
  fromStdin?: { input: string; value: string }
): InputSource {
  const secret = new Set(inputs.filter(i => i.secret === true).map(i => i.name))
  return {
    get(name) {
      const given = src.get(name)
      if (given !== undefined || !secret.has(name)) return given
      if (fromStdin?.input === name) return fromStdin.value.trim() || undefined
      return env[secretEnvName(name)]?.trim() || undefined
    }
  }
}
