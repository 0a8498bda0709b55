import path from 'node:path'
import { PromoteError } from '../errors.js'
import {
  InvalidReferenceError,
  parseReference,
  type ImageReference
} from '../registry/reference.js'
import { ConfigError } from './config-error.js'
import type { EnvironmentConfig, PromotionConfig } from './promotion-config.js'

/**
 * promotion.yaml does not list an environment that was asked for. The message says so and
 * which ones it lists; the command that asked names its own input (see `input` on the
 * command's error), since only it knows where the name came from.
 */
export class UnknownEnvironmentError extends PromoteError {
  /** The environment asked for. */
  readonly environment: string
  /** The environments promotion.yaml lists, in its order. */
  readonly known: string[]

  constructor(environment: string, known: string[]) {
    super(
      `environment '${environment}' is not in promotion.yaml; use one of: ${known.join(', ')}`,
      2
    )
    this.environment = environment
    this.known = known
  }
}

/**
 * Finds an environment in promotion.yaml, or builds one from `<name>` and the
 * `path` override when there is no config: `clusters/<name>` by convention, and
 * names starting with `prod` protected.
 *
 * @throws UnknownEnvironmentError when there is a promotion.yaml and it does not list `name`.
 */
export function environmentFor(
  config: PromotionConfig | undefined,
  name: string,
  pathOverride: string | undefined
): EnvironmentConfig {
  const found = config?.environments.find(e => e.name === name)
  if (config && !found) {
    throw new UnknownEnvironmentError(
      name,
      config.environments.map(e => e.name)
    )
  }
  const env = found ?? {
    name,
    path: path.posix.join('clusters', name),
    protected: name.startsWith('prod')
  }
  return pathOverride ? { ...env, path: pathOverride } : env
}

/**
 * The image repositories promotion.yaml lists, parsed.
 *
 * @throws ConfigError naming the entry (`images.<n>.name`) that is not an image reference.
 */
export function configImages(config: PromotionConfig | undefined, file: string): ImageReference[] {
  return (config?.images ?? []).map((image, n) => {
    try {
      return parseReference(image.name)
    } catch (err) {
      if (!(err instanceof InvalidReferenceError)) throw err
      throw new ConfigError(`${file}: images.${n}.name: ${err.message}`)
    }
  })
}
