/**
 * The application repository's workflows `init --workflows` writes, as data: build and
 * capture, PR-gated promotion, and workflow_dispatch rollback, through the sub-actions, with
 * least-privilege permissions, one concurrency group per environment, and a keyless signer
 * pattern that the signature gate accepts.
 */
import { Document } from 'yaml'
import type { GeneratedFile } from './gitops-templates.js'
import type { InitOptions } from './options.js'

/** Where the sub-actions live. */
export const ACTION_REPOSITORY = 'acme/digest-promote'

const LOGIN = {
  uses: 'docker/login-action@v3',
  with: {
    registry: '${{ env.REGISTRY }}',
    username: '${{ github.actor }}',
    password: '${{ secrets.GITHUB_TOKEN }}'
  }
}

const escapeRegexp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The certificate identity pattern of the build workflow, anchored at the start. */
export function identityPattern(appRepository: string): string {
  return `^https://github\\.com/${escapeRegexp(appRepository)}/\\.github/workflows/build\\.yml@`
}

function file(name: string, header: string, content: Record<string, unknown>): GeneratedFile {
  const doc = new Document(content)
  doc.commentBefore = ` .github/workflows/${name} — ${header}`
  return { path: name, content: doc.toString({ lineWidth: 0 }) }
}

/** The tag the build pushes for each scheme (the one Flux watches for semver and sha). */
function buildTag(opts: InitOptions): string {
  if (opts.tagScheme === 'semver') return '${{ env.IMAGE }}:${{ env.VERSION }}'
  if (opts.tagScheme === 'sha')
    return '${{ env.IMAGE }}:sha-${{ github.sha }}-${{ steps.ts.outputs.ts }}'
  return '${{ env.IMAGE }}:build-${{ github.sha }}'
}

function buildWorkflow(opts: InitOptions): GeneratedFile {
  const first = opts.environments[0]
  const steps = [
    { uses: 'actions/checkout@v5' },
    ...(opts.tagScheme === 'sha'
      ? [{ id: 'ts', run: 'echo "ts=$(git log -1 --format=%ct)" >> "$GITHUB_OUTPUT"' }]
      : []),
    LOGIN,
    {
      id: 'build',
      uses: 'docker/build-push-action@v6',
      with: { push: true, tags: buildTag(opts) }
    },
    {
      id: 'capture',
      uses: `${ACTION_REPOSITORY}/capture@v1`,
      with: {
        image: buildTag(opts),
        digest: '${{ steps.build.outputs.digest }}',
        environment: first,
        version: '${{ env.VERSION }}',
        sign: true
      }
    }
  ]
  return file('build.yml', 'build once, capture the digest, sign it keylessly', {
    name: 'build',
    on: { push: { branches: ['main'] } },
    permissions: { contents: 'read', packages: 'write', 'id-token': 'write' },
    concurrency: { group: `digest-promote-build-\${{ github.ref }}`, 'cancel-in-progress': false },
    env: {
      REGISTRY: registryOf(opts.image),
      IMAGE: opts.image,
      VERSION: "${{ vars.APP_VERSION || '0.1.0' }}"
    },
    jobs: { build: { 'runs-on': 'ubuntu-latest', steps } }
  })
}

const registryOf = (image: string): string => image.slice(0, image.indexOf('/'))

function gitopsWith(opts: InitOptions): Record<string, string> {
  return {
    image: opts.image,
    'gitops-repository': '${{ vars.GITOPS_REPOSITORY }}',
    'gitops-token': '${{ secrets.GITOPS_TOKEN }}',
    'certificate-identity-regexp': identityPattern(opts.appRepository),
    'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com'
  }
}

const PERMISSIONS = { contents: 'read', packages: 'write' }

function promoteWorkflow(opts: InitOptions): GeneratedFile {
  const to = opts.environments.at(-1) ?? ''
  const from = opts.environments.at(-2) ?? to
  return file('promote.yml', 'promote the verified digest; protected environments get a PR', {
    name: 'promote',
    on: {
      workflow_dispatch: {
        inputs: {
          from: { description: 'Environment to promote from', default: from },
          to: { description: 'Environment to promote to', default: to }
        }
      }
    },
    permissions: PERMISSIONS,
    concurrency: { group: 'digest-promote-${{ inputs.to }}', 'cancel-in-progress': false },
    env: { REGISTRY: registryOf(opts.image) },
    jobs: {
      promote: {
        'runs-on': 'ubuntu-latest',
        steps: [
          LOGIN,
          {
            id: 'promote',
            uses: `${ACTION_REPOSITORY}/promote@v1`,
            with: {
              'from-environment': '${{ inputs.from }}',
              'to-environment': '${{ inputs.to }}',
              ...gitopsWith(opts),
              labels: 'promotion'
            }
          }
        ]
      }
    }
  })
}

function rollbackWorkflow(opts: InitOptions): GeneratedFile {
  return file('rollback.yml', 'roll an environment back to a recorded digest', {
    name: 'rollback',
    on: {
      workflow_dispatch: {
        inputs: {
          environment: {
            description: 'Environment to roll back',
            default: opts.environments.at(-1)
          },
          target: {
            description: 'previous, a digest (sha256:...), or a ledger event id',
            default: 'previous'
          }
        }
      }
    },
    permissions: PERMISSIONS,
    concurrency: { group: 'digest-promote-${{ inputs.environment }}', 'cancel-in-progress': false },
    env: { REGISTRY: registryOf(opts.image) },
    jobs: {
      rollback: {
        'runs-on': 'ubuntu-latest',
        steps: [
          LOGIN,
          {
            id: 'rollback',
            uses: `${ACTION_REPOSITORY}/rollback@v1`,
            with: {
              environment: '${{ inputs.environment }}',
              target: '${{ inputs.target }}',
              ...gitopsWith(opts)
            }
          }
        ]
      }
    }
  })
}

/** The three workflows, paths relative to the workflows directory. */
export function workflowFiles(opts: InitOptions): GeneratedFile[] {
  return [buildWorkflow(opts), promoteWorkflow(opts), rollbackWorkflow(opts)]
}
