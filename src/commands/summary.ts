import { PromoteError, errorMessage } from '../errors.js'
import { cell } from '../util/markdown.js'

export { cell, code } from '../util/markdown.js'

/** A Markdown table of images and digests for job summaries. */
export function imageTable(
  rows: Array<{ image: string; digest: string; tag?: string; changed: boolean }>
): string {
  const lines = ['| image | tag | digest | changed |', '| --- | --- | --- | --- |']
  for (const r of rows) {
    lines.push(
      `| ${cell(r.image)} | ${r.tag ? `\`${r.tag}\`` : '-'} | \`${r.digest}\` | ${r.changed ? 'yes' : 'no'} |`
    )
  }
  return `${lines.join('\n')}\n`
}

/**
 * Turns per-image failures into one error listing each image with its reason, or
 * `undefined` when all succeeded. A single failure keeps its own message.
 */
export function summarizeFailures(
  settled: PromiseSettledResult<unknown>[],
  names: string[]
): Error | undefined {
  const failed = settled
    .map((s, i) => ({ s, name: names[i] ?? `#${i}` }))
    .filter((x): x is { s: PromiseRejectedResult; name: string } => x.s.status === 'rejected')
  if (failed.length === 0) return undefined
  if (failed.length === 1 && settled.length === 1)
    return (failed[0] as { s: PromiseRejectedResult }).s.reason as Error
  const ok = settled.length - failed.length
  return new PromoteError(
    `${failed.length} of ${settled.length} images failed (${ok} done): ` +
      failed.map(f => `${f.name}: ${errorMessage(f.s.reason)}`).join(' | ')
  )
}
