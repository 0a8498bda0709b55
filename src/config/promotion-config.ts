import { readFile, stat } from 'node:fs/promises'
import type { ValidateFunction } from 'ajv'
import YAML from 'yaml'
import { validate as validateConfig } from '../generated/promotion-config-validator.js'
import { ConfigError } from './config-error.js'
import { confine } from '../util/confine.js'

/** How a promotion lands in Git. */
export type WriteMode = 'commit' | 'pull-request'

/** A Helm values file an environment pins its image in, and the key paths of the image's parts. */
export interface ValuesTarget {
  /** The values file, relative to the repository root. */
  file: string
  /** Where the values are in the file (default `file`: the whole file). */
  kind?: 'file' | 'helmrelease' | 'application' | 'application-parameters' | 'argocd-source'
  /** `metadata.name` of the HelmRelease or Application. */
  name?: string
  /** Key path of the repository (default `image.repository`): which image the file pins. */
  repository?: string
  /** Key path of the tag (default `image.tag`), written for readers. */
  tag?: string
  /** Key path of the digest (default `image.digest`), the binding. */
  digest?: string
}

/** One environment of promotion.yaml (see schemas/promotion.schema.json). */
export interface EnvironmentConfig {
  name: string
  /** Directory relative to the repository root; absent for an alias environment. */
  path?: string
  /** A floating OCI tag this environment is: what it resolves to is what the environment runs. */
  alias?: { repository: string; tag: string }
  write?: WriteMode
  protected?: boolean
  requires?: string[]
  tag?: string
  allowPrerelease?: boolean
  branch?: string
  labels?: string[]
  reviewers?: string[]
  teamReviewers?: string[]
  draft?: boolean
  /** Require verified SLSA provenance of the digest (see the `provenance` gate). */
  requireProvenance?: boolean
  /** A Helm values file that pins the image, beside any kustomization or markers. */
  values?: ValuesTarget
}

/** promotion.yaml, validated. */
export interface PromotionConfig {
  version?: 1
  environments: EnvironmentConfig[]
  images?: Array<{ name: string }>
  registries?: { allowed?: string[] }
  tagTemplate?: string
  commit?: { authorName?: string; authorEmail?: string; messageTemplate?: string }
}

// In its own module so that modules that only look environments up do not load the parser.
export { ConfigError } from './config-error.js'

/** Bound on the file we are willing to parse: it is untrusted input. */
const MAX_CONFIG_BYTES = 256 * 1024

/** schemas/promotion.schema.json, compiled at build time (`npm run validators`). */
const validator = validateConfig as ValidateFunction<PromotionConfig>

/** Parses and validates promotion.yaml text, reporting every problem at once. */
export function parseConfig(text: string, file = 'promotion.yaml'): PromotionConfig {
  let data: unknown
  try {
    data = YAML.parse(text, { maxAliasCount: 100 })
  } catch (err) {
    throw new ConfigError(`${file}: not valid YAML: ${(err as Error).message.split('\n')[0] ?? ''}`)
  }
  if (!validator(data)) {
    const problems = (validator.errors ?? []).map(e => {
      const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(root)'
      const extra =
        e.keyword === 'additionalProperties' ? ` '${String(e.params.additionalProperty)}'` : ''
      return `${where} ${e.message ?? 'is invalid'}${extra}`
    })
    throw new ConfigError(`${file}: ${problems.join('; ')}`)
  }
  const names = data.environments.map(e => e.name)
  const problems: string[] = []
  names.forEach((n, i) => {
    if (names.indexOf(n) !== i) problems.push(`environment '${n}' is listed twice`)
  })
  for (const env of data.environments) {
    for (const r of env.requires ?? []) {
      if (!names.includes(r))
        problems.push(`environment '${env.name}' requires unknown environment '${r}'`)
      else if (names.indexOf(r) >= names.indexOf(env.name))
        problems.push(`environment '${env.name}' requires '${r}', which comes after it`)
    }
  }
  if (problems.length > 0) throw new ConfigError(`${file}: ${problems.join('; ')}`)
  return data
}

/**
 * Reads promotion.yaml from the repository root; undefined when absent (inputs then say it all).
 * The path is confined to the repository: a symlink out of it is refused, never read.
 */
export async function loadConfig(
  root: string,
  relative: string,
  required: boolean
): Promise<PromotionConfig | undefined> {
  const file = (await confine(root, relative)).abs
  let size: number
  try {
    size = (await stat(file)).size
  } catch {
    if (required)
      throw new ConfigError(`input 'config': ${relative} not found in the GitOps repository`)
    return undefined
  }
  if (size > MAX_CONFIG_BYTES)
    throw new ConfigError(`${relative}: larger than ${MAX_CONFIG_BYTES} bytes`)
  return parseConfig(await readFile(file, 'utf8'), relative)
}

/** The write mode of an environment: explicit, else pull requests for protected ones. */
export function writeModeOf(env: EnvironmentConfig): WriteMode {
  return env.write ?? (env.protected ? 'pull-request' : 'commit')
}

/**
 * The directory of an environment; an alias environment has none, so a command that reads files
 * is refused for it with the alias it is.
 */
export function directoryOf(env: EnvironmentConfig, action = 'read its files'): string {
  if (env.path !== undefined) return env.path
  const alias = env.alias ? ` (the alias ${env.alias.repository}:${env.alias.tag})` : ''
  throw new ConfigError(
    `environment '${env.name}' is an alias environment${alias} with no directory, so this command cannot ${action}; use apply or status for it`
  )
}
