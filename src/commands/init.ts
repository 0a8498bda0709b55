import path from 'node:path'
import { InputError } from '../errors.js'
import {
  getBoolean,
  getEnum,
  getList,
  getRequired,
  resolveInside,
  type InputSource
} from '../inputs.js'
import { REGISTRY_PROVIDERS, TAG_SCHEMES, type InitOptions } from '../init/options.js'
import type { GeneratedFile } from '../init/gitops-templates.js'
import {
  REGISTRY_INPUTS,
  parseImageInput,
  parseRegistryOptions,
  type RegistryOptions
} from './registry-inputs.js'
import type { Command, CommandResult, RunContext } from './types.js'
import { echo } from '../util/text.js'

/** The `init` command's name. */
export const INIT = 'init'

/** Options of {@link initCommand}. */
export interface InitCommandOptions {
  scaffold: InitOptions
  /** The GitOps checkout, relative to the workspace (`''` for the workspace). */
  gitopsPath: string
  /** The workflows directory, relative to the workspace, when workflows are asked for. */
  workflowsPath?: string
  branch: string
  /** Workspace-relative paths that may be replaced. */
  force: Set<string>
  dryRun: boolean
  /** Registry access, when the generated policies are tried against the live tags. */
  checkRegistry?: RegistryOptions
  /** Changes the generated GitOps files before they are audited: a seam for tests only. */
  alterGenerated?: (files: GeneratedFile[]) => GeneratedFile[]
}

const ENV_NAME = /^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$/

function parseEnvironments(src: InputSource): string[] {
  const envs = getList(src, 'environments')
  if (envs.length === 0)
    throw new InputError('environments', 'required but not set', 'e.g. dev,staging,production')
  for (const env of envs) {
    if (!ENV_NAME.test(env))
      throw new InputError(
        'environments',
        `${echo(env)} is not an environment name`,
        'use lower-case letters, digits and dashes, e.g. dev,staging,production'
      )
  }
  const dup = envs.find((e, i) => envs.indexOf(e) !== i)
  if (dup !== undefined)
    throw new InputError(
      'environments',
      `${echo(dup)} is listed twice`,
      'list each environment once'
    )
  return envs
}

function parseAutomated(src: InputSource, envs: string[]): string[] {
  const automated = getList(src, 'automate')
  if (automated.length === 0) return envs.slice(0, 1)
  const unknown = automated.find(e => !envs.includes(e))
  if (unknown !== undefined)
    throw new InputError(
      'automate',
      `${echo(unknown)} is not one of the environments (${envs.join(', ')})`,
      'name environments listed in environments'
    )
  return automated
}

/** `owner/name` of the application repository: the image's last two path components. */
function appRepositoryOf(repositoryPath: string, needed: boolean): string {
  const parts = repositoryPath.split('/')
  if (parts.length < 2 && needed)
    throw new InputError(
      'image',
      `${echo(repositoryPath)} has no owner/name path to derive the build workflow's identity from`,
      'name the image as registry/owner/name, e.g. ghcr.io/acme/app'
    )
  return parts.slice(-2).join('/')
}

const relative = (workspace: string, abs: string): string =>
  path.relative(path.resolve(workspace), abs).split(path.sep).join('/')

function parseOptions(src: InputSource, ctx: RunContext): InitCommandOptions {
  const ref = parseImageInput(getRequired(src, 'image', 'e.g. ghcr.io/acme/app'), 'image')
  if (ref.tag !== undefined || ref.digest !== undefined)
    throw new InputError(
      'image',
      `${echo(ref.familiar)} has a tag or digest`,
      'give the repository only, e.g. ghcr.io/acme/app'
    )
  const environments = parseEnvironments(src)
  const workflows = src.get('workflows')
  const gitops = resolveInside(ctx.workspace, src.get('gitops-path') ?? '.', 'gitops-path')
  const workflowsPath =
    workflows === undefined
      ? undefined
      : relative(ctx.workspace, resolveInside(ctx.workspace, workflows, 'workflows'))
  const force = new Set(
    getList(src, 'force').map(f =>
      relative(ctx.workspace, resolveInside(ctx.workspace, f, 'force'))
    )
  )
  return {
    scaffold: {
      image: ref.repository,
      environments,
      automated: parseAutomated(src, environments),
      protectedEnvironments: environments.length > 1 ? environments.slice(-1) : [],
      flux: getBoolean(src, 'flux', false),
      registryProvider: getEnum(src, 'registry-provider', REGISTRY_PROVIDERS, 'generic'),
      tagScheme: getEnum(src, 'tag-scheme', TAG_SCHEMES, 'timestamp'),
      appRepository: appRepositoryOf(ref.path, workflows !== undefined)
    },
    gitopsPath: relative(ctx.workspace, gitops),
    ...(workflowsPath !== undefined ? { workflowsPath } : {}),
    branch: src.get('gitops-branch') ?? 'main',
    force,
    dryRun: getBoolean(src, 'dry-run', false),
    ...(getBoolean(src, 'check-registry', false)
      ? { checkRegistry: parseRegistryOptions(src, ctx) }
      : {})
  }
}

/**
 * Scaffolds a GitOps repository for promotion: promotion.yaml, a kustomization per
 * environment, Flux image automation with tight policies, and the application's workflows.
 * Writes new files only; an existing file is replaced only when `force` names it.
 */
export const initCommand: Command<InitCommandOptions> = {
  name: INIT,
  summary: 'Scaffold promotion.yaml, environments, Flux image automation and workflows.',
  usage:
    '--image <repo> --environments dev,staging,production [--flux] [--registry-provider generic|aws|gcp|azure] [--tag-scheme timestamp|semver|sha] [--workflows <dir>] [--force <file>...] [--dry-run] [--check-registry]',
  inputs: [
    {
      name: 'image',
      description: 'Repository of the image, without tag, e.g. ghcr.io/acme/app.',
      required: true
    },
    {
      name: 'environments',
      description: 'Environments in promotion order; the last is protected; a list.',
      required: true,
      kind: 'list'
    },
    { name: 'gitops-path', description: 'Checkout of the GitOps repository in the workspace.' },
    {
      name: 'gitops-branch',
      description: 'Branch Flux image automation checks out (default main).'
    },
    {
      name: 'flux',
      description:
        'Also write Flux ImageRepository, ImagePolicy and ImageUpdateAutomation objects.',
      kind: 'flag'
    },
    {
      name: 'automate',
      description: 'Environments Flux image automation updates (default the first); a list.',
      kind: 'list'
    },
    {
      name: 'registry-provider',
      description: 'How Flux authenticates to the registry: generic (a secret), aws, gcp or azure.'
    },
    {
      name: 'tag-scheme',
      description: 'Tags the automated environment selects: timestamp (default), semver or sha.'
    },
    {
      name: 'workflows',
      description:
        'Directory to write the build, promote and rollback workflows to, e.g. .github/workflows.'
    },
    {
      name: 'force',
      description: 'Existing files that may be replaced; a list.',
      kind: 'list'
    },
    { name: 'dry-run', description: 'Report the changes, write nothing.', kind: 'flag' },
    {
      name: 'check-registry',
      description:
        "List the image's tags and print what each generated ImagePolicy would pick today (a registry that cannot be reached is a note, not a failure).",
      kind: 'flag'
    },
    ...REGISTRY_INPUTS
  ],
  parse: parseOptions,
  async run(opts: InitCommandOptions, ctx: RunContext): Promise<CommandResult> {
    return (await import('./init-run.js')).runInit(opts, ctx)
  }
}
