/**
 * README.md's Performance figures come from the benchmark only: `npm run bench` copies the
 * report's Summary section verbatim between two markers.
 */
import { readFile, writeFile } from 'node:fs/promises'

const BEGIN = '<!-- bench:summary:begin (copied from bench/results.md by npm run bench) -->'
const END = '<!-- bench:summary:end -->'

/** The `## Summary` section of a formatted report, without its heading. */
export function summaryOf(report: string): string {
  const start = report.indexOf('## Summary\n')
  if (start < 0) throw new Error('the report has no Summary section')
  const body = report.slice(start + '## Summary\n'.length)
  const next = body.indexOf('\n## ')
  return (next < 0 ? body : body.slice(0, next)).trim()
}

/** Replaces what lies between the markers in `readmePath` with the report's summary. */
export async function updateReadme(readmePath: string, report: string): Promise<void> {
  const readme = await readFile(readmePath, 'utf8')
  const begin = readme.indexOf(BEGIN)
  const end = readme.indexOf(END)
  if (begin < 0 || end < begin) throw new Error(`${readmePath} has no bench summary markers`)
  const updated =
    readme.slice(0, begin + BEGIN.length) + `\n\n${summaryOf(report)}\n\n` + readme.slice(end)
  await writeFile(readmePath, updated)
}
