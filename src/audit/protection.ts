/**
 * Which files belong to a protected (production-like) environment. Three sources, first one
 * that applies wins, the same precedence inputs have over promotion.yaml elsewhere:
 *
 * 1. the `protected-paths` input: globs relative to the audited root;
 * 2. promotion.yaml: the `path` of every environment with `protected: true` (a promotion.yaml
 *    lists every environment, so one with none protected protects nothing);
 * 3. neither: any directory whose name has a `prod` or `production` word (split on `-`, `_`,
 *    `.`, any case), e.g. `prod`, `production`, `prod-eu`, `eu.production`.
 */
import path from 'node:path'
import type { PromotionConfig } from '../config/promotion-config.js'
import { InputError } from '../errors.js'

/** Where the protected set came from, for logs. */
export type ProtectionSource = 'protected-paths' | 'promotion.yaml' | 'directory names'

/** Answers whether a file is in a protected environment, and why. */
export interface Protection {
  /** Which of the three sources decided. */
  readonly source: ProtectionSource
  /** One line for the log: the source and what it protects. */
  readonly description: string
  /**
   * Why `file` (relative, `/` separators) is protected, as a phrase that follows "in", e.g.
   * `protected environment 'production'`; `undefined` when it is not.
   */
  reasonFor(file: string): string | undefined
}

/**
 * Checks and normalises `protected-paths` globs: relative, no `..`, `/` separators.
 *
 * @throws InputError naming the first bad glob.
 */
export function parseProtectedGlobs(globs: readonly string[]): string[] {
  return globs.map(raw => {
    const glob = raw
      .replace(/\\/g, '/')
      .replace(/^(\.\/)+/, '')
      .replace(/\/+$/, '')
    const bad =
      glob === '' ||
      glob.startsWith('/') ||
      /^[A-Za-z]:/.test(glob) ||
      glob.split('/').some(s => s === '..' || s === '')
    if (bad) {
      throw new InputError(
        'protected-paths',
        `'${raw}' is not a glob relative to the audited root`,
        'use paths like clusters/production/**'
      )
    }
    return glob
  })
}

/**
 * A glob as an anchored RegExp over `/`-separated paths: `**` spans any number of
 * directories, `*` and `?` stay within one path segment, everything else is literal.
 */
export function globToRegExp(glob: string): RegExp {
  const segments = glob.split('/')
  let source = ''
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1
    if (segment === '**') {
      source += last ? '.*' : '(?:[^/]+/)*'
      return
    }
    source += segment.replace(/[*?]|[^*?]+/g, part =>
      part === '*' ? '[^/]*' : part === '?' ? '[^/]' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&')
    )
    if (!last) source += '/'
  })
  return new RegExp(`^${source}$`)
}

/** `file` and each of its ancestor directories, deepest first: `a/b/c.yaml`, `a/b`, `a`. */
function selfAndAncestors(file: string): string[] {
  const out = [file]
  for (let i = file.lastIndexOf('/'); i > 0; i = file.lastIndexOf('/', i - 1)) {
    out.push(file.slice(0, i))
  }
  return out
}

function fromGlobs(globs: readonly string[]): Protection {
  const compiled = globs.map(g => ({ glob: g, re: globToRegExp(g) }))
  return {
    source: 'protected-paths',
    description: `protected paths from the protected-paths input: ${globs.join(', ')}`,
    reasonFor(file) {
      // A glob naming a directory protects everything under it, like an environment path.
      const candidates = selfAndAncestors(file)
      const hit = compiled.find(c => candidates.some(p => c.re.test(p)))
      return hit ? `protected path '${hit.glob}'` : undefined
    }
  }
}

/** An environment path as a `/`-separated prefix; `''` for the repository root. */
function normaliseDir(dir: string): string {
  const clean = path.posix.normalize(dir.replace(/\\/g, '/')).replace(/^(\.\/)+/, '')
  return clean === '.' || clean === './' ? '' : clean.replace(/\/+$/, '')
}

function fromConfig(config: PromotionConfig, file: string): Protection {
  const envs = config.environments.flatMap(e =>
    e.protected === true && e.path !== undefined
      ? [{ name: e.name, dir: normaliseDir(e.path) }]
      : []
  )
  // An alias environment may have no directory: it lives in the registry.
  const aliases = config.environments.flatMap(e =>
    e.protected === true && e.path === undefined && e.alias
      ? [`${e.name} (alias ${e.alias.repository}:${e.alias.tag})`]
      : []
  )
  const listed = [...envs.map(e => `${e.name} (${e.dir || '.'})`), ...aliases].join(', ')
  return {
    source: 'promotion.yaml',
    description: `protected environments from ${file}: ${listed || 'none'}`,
    reasonFor(f) {
      const env = envs.find(e => e.dir === '' || f === e.dir || f.startsWith(`${e.dir}/`))
      return env ? `protected environment '${env.name}'` : undefined
    }
  }
}

const PROD_WORD = /^(?:prod|production)$/i

function fromDirectoryNames(): Protection {
  return {
    source: 'directory names',
    description:
      'no protected-paths input and no promotion.yaml: directories named like prod or ' +
      'production are treated as protected',
    reasonFor(file) {
      const dirs = file.split('/').slice(0, -1)
      const hit = dirs.find(d => d.split(/[-_.]/).some(w => PROD_WORD.test(w)))
      return hit === undefined ? undefined : `directory '${hit}' (treated as protected)`
    }
  }
}

/**
 * The protection that applies: `globs` (already {@link parseProtectedGlobs checked}) when
 * given, else promotion.yaml's protected environments, else production-like directory names.
 */
export function protectionFor(
  globs: readonly string[],
  config: PromotionConfig | undefined,
  configFile: string
): Protection {
  if (globs.length > 0) return fromGlobs(globs)
  if (config) return fromConfig(config, configFile)
  return fromDirectoryNames()
}
