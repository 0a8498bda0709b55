import path from 'node:path'
import { InputError } from '../errors.js'
import { isRepositoryName } from '../github/repository-name.js'
import { getBoolean, type InputSource } from '../inputs.js'
import type { ProvenanceOptions } from '../signing/provenance-gate.js'
import { echo } from '../util/text.js'
import type { InputSpec } from './types.js'

/** Inputs of the `provenance` gate (promote, plan, rollback, verify). */
export const PROVENANCE_INPUTS: InputSpec[] = [
  {
    name: 'require-provenance',
    description:
      "Require verified SLSA provenance of the digest (GitHub's attest-build-provenance); default: promotion.yaml's requireProvenance, else false.",
    kind: 'flag'
  },
  {
    name: 'provenance-repository',
    description: 'owner/name of the repository whose CI must have built the digest.'
  },
  {
    name: 'provenance-ref',
    description:
      'Go RE2 regular expression of allowed source refs, matched against the whole ref (anchored as ^(?:...)$), e.g. refs/heads/main|refs/tags/v.*; default any ref.'
  },
  {
    name: 'provenance-workflow',
    description:
      'Path of the workflow that must have built the digest, e.g. .github/workflows/build.yml; default any workflow of provenance-repository.'
  }
]

/** Reads {@link PROVENANCE_INPUTS}, refusing a policy that could never be checked. */
export function parseProvenanceOptions(src: InputSource): ProvenanceOptions {
  const required = src.get('require-provenance')
  const require = required === undefined ? undefined : getBoolean(src, 'require-provenance', false)
  const repository = src.get('provenance-repository')
  if (repository !== undefined && !isRepositoryName(repository)) {
    throw new InputError(
      'provenance-repository',
      `${echo(repository)} is not owner/name`,
      "use GitHub's owner/name of the repository that builds the image, e.g. acme/app"
    )
  }
  if (require === true && repository === undefined) {
    throw new InputError(
      'provenance-repository',
      'required with require-provenance',
      'name the repository whose CI builds the image, e.g. acme/app'
    )
  }
  // The ref pattern is compiled when the run starts (checkPatternInputs), keeping RE2 off start.
  const ref = src.get('provenance-ref')
  const workflow = src.get('provenance-workflow')
  if (workflow !== undefined) {
    const normal = path.posix.normalize(workflow)
    if (normal !== workflow || !/^\.github\/workflows\/[^/]+\.ya?ml$/.test(workflow)) {
      throw new InputError(
        'provenance-workflow',
        `${echo(workflow)} is not a workflow path`,
        'give it as GitHub does, e.g. .github/workflows/build.yml'
      )
    }
  }
  return {
    ...(require !== undefined ? { require } : {}),
    ...(repository !== undefined ? { repository } : {}),
    ...(ref !== undefined ? { ref } : {}),
    ...(workflow !== undefined ? { workflow } : {})
  }
}
