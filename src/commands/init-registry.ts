/**
 * `init --check-registry`: lists the image's live tags and shows what each generated
 * ImagePolicy would pick today, with the verdict on every tag, by running the same code as
 * `select-tag --image … --policy-file … --explain`. The check only informs: a registry that
 * cannot be reached or refuses the credentials gives one note line, never a failure.
 */
import { errorMessage } from '../errors.js'
import { oneLine } from '../audit/findings.js'
import type { GeneratedFile } from '../init/gitops-templates.js'
import { policyName, type InitOptions } from '../init/options.js'
import { parseImagePolicyYaml } from '../policy/imagepolicy.js'
import { parseImageInput, type RegistryOptions } from './registry-inputs.js'
import { selectTagCommand } from './select-tag.js'
import type { RunContext } from './types.js'

const indent = (text: string): string[] =>
  text
    .split('\n')
    .filter(l => l !== '')
    .map(l => `  ${l}`)

/** One policy against the live tags: a heading line and select-tag's explanation. */
async function checkPolicy(
  opts: InitOptions,
  env: string,
  flux: GeneratedFile,
  registry: RegistryOptions,
  ctx: RunContext
): Promise<string[]> {
  const name = policyName(opts.image, env)
  const policy = parseImagePolicyYaml(flux.content, name)
  const source = { image: parseImageInput(opts.image, 'image') }
  const result = await selectTagCommand.run(
    { source, policy, describe: name, explain: true, registry },
    ctx
  )
  const json = result.json as { tag: string | null; considered: number; reason: string | null }
  const head = `registry check: ImagePolicy ${name} (${env})`
  const text = (result.text ?? '').split('\n')
  // With a pick, select-tag's text ends with a blank line and the tag; without, starts with why.
  const verdicts = json.tag !== null ? text.slice(0, -2) : text.slice(1)
  const of = `${json.considered} of ${verdicts.length} live tags pass its filter`
  if (json.tag !== null)
    return [`${head} would pick ${json.tag} today (${of})`, ...indent(verdicts.join('\n'))]
  const why = oneLine(json.reason ?? result.error ?? 'no tag selected')
  return [`${head} picks no tag today (${of}): ${why}`, ...indent(verdicts.join('\n'))]
}

/** Lines to print for every automated environment's policy, or one note when the registry fails. */
export async function checkRegistry(
  opts: InitOptions,
  flux: GeneratedFile | undefined,
  registry: RegistryOptions,
  ctx: RunContext
): Promise<string[]> {
  if (!flux) return ['registry check: skipped, no ImagePolicy is generated without --flux']
  const lines: string[] = []
  for (const env of opts.automated) {
    try {
      lines.push(...(await checkPolicy(opts, env, flux, registry, ctx)))
    } catch (err) {
      return [
        ...lines,
        oneLine(
          `registry check: could not list the tags of ${opts.image}: ${errorMessage(err)}; ` +
            'the policies were not tried against live tags (see "No update happened" in the README)'
        )
      ]
    }
  }
  return lines
}
