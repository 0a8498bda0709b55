/**
 * README.md's input and output tables come from the command table: `npm run action-yml`
 * rewrites what lies between each pair of markers, and a test fails when the README differs.
 *
 * @module
 */

import { format, resolveConfig } from 'prettier'
import { ACTION_INPUTS, OUTPUTS } from '../src/commands/action-metadata.js'
import { commandOutputs } from '../src/commands/command-outputs.js'
import { COMMANDS } from '../src/commands/index.js'
import { RULES, ruleHeading } from '../src/audit/rules.js'

/** A generated block: the text between its begin and end markers. */
export interface GeneratedBlock {
  begin: string
  end: string
  render(): Promise<string>
}

const cell = (s: string): string =>
  s.replaceAll('|', '\\|').replaceAll('<', '&lt;').replaceAll('\n', ' ')
const code = (s: string): string => `\`${s}\``

/** Formats Markdown as the repository's prettier does, so the README stays formatted. */
async function markdown(text: string): Promise<string> {
  const options = (await resolveConfig('README.md')) ?? {}
  return (await format(text, { ...options, parser: 'markdown' })).trim()
}

/** One heading per audit rule (SARIF's `helpUri` links to it): severity, what it checks, the fix. */
async function auditRules(): Promise<string> {
  const text = (s: string): string => s.replaceAll('<', '&lt;')
  const sections = RULES.map(r =>
    [
      `#### ${ruleHeading(r)}`,
      '',
      `${text(r.summary)} Severity: ${r.severity}. ${text(r.help)}`,
      '',
      `**Fix:** ${text(r.fix)}.`
    ].join('\n')
  )
  return markdown(sections.join('\n\n'))
}

async function table(header: string[], rows: string[][]): Promise<string> {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`
  return markdown([line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n'))
}

/** One row per input: the commands that read it and what each of them means by it. */
async function inputTable(): Promise<string> {
  const inputs = new Map<string, Map<string, string[]>>()
  const required = new Map<string, string[]>()
  for (const c of COMMANDS) {
    for (const i of c.inputs) {
      const meanings = inputs.get(i.name) ?? new Map<string, string[]>()
      meanings.set(i.description, [...(meanings.get(i.description) ?? []), c.name])
      inputs.set(i.name, meanings)
      if (i.required) required.set(i.name, [...(required.get(i.name) ?? []), c.name])
    }
  }
  const rows = [
    ['`command`', 'action', `The command to run: ${COMMANDS.map(c => code(c.name)).join(', ')}`],
    ...ACTION_INPUTS.map(i => [code(i.name), 'action (every command)', cell(i.description)])
  ]
  for (const [name, meanings] of [...inputs].sort(([a], [b]) => a.localeCompare(b))) {
    const users = [...meanings.values()].flat()
    const description =
      meanings.size === 1
        ? cell([...meanings.keys()].join(''))
        : [...meanings].map(([text, by]) => cell(`${by.join(', ')}: ${text}`)).join('<br>')
    const needs = required.get(name)
    const commands = users.join(', ') + (needs ? ` (required by ${needs.join(', ')})` : '')
    rows.push([code(name), cell(commands), description])
  }
  return table(['input', 'commands', 'description'], rows)
}

/** One row per output: the commands that set it and its meaning. */
async function outputTable(): Promise<string> {
  const rows = Object.entries(OUTPUTS).map(([name, meaning]) => {
    const by = COMMANDS.filter(c => commandOutputs(c.name)?.includes(name)).map(c => c.name)
    return [code(name), cell(by.join(', ')), cell(meaning)]
  })
  return table(['output', 'commands', 'meaning'], rows)
}

/** The README blocks `npm run action-yml` generates. */
export const README_BLOCKS: readonly GeneratedBlock[] = [
  {
    begin: '<!-- inputs:begin (generated from src/commands by npm run action-yml) -->',
    end: '<!-- inputs:end -->',
    render: inputTable
  },
  {
    begin: '<!-- outputs:begin (generated from src/commands by npm run action-yml) -->',
    end: '<!-- outputs:end -->',
    render: outputTable
  },
  {
    begin: '<!-- audit-rules:begin (generated from src/audit/rules.ts by npm run action-yml) -->',
    end: '<!-- audit-rules:end -->',
    render: auditRules
  }
]

/** `readme` with every generated block replaced by what the command table renders now. */
export async function renderReadme(readme: string): Promise<string> {
  let text = readme
  for (const block of README_BLOCKS) {
    const begin = text.indexOf(block.begin)
    const end = text.indexOf(block.end)
    if (begin < 0 || end < begin) throw new Error(`README.md has no ${block.begin} … ${block.end}`)
    text =
      text.slice(0, begin + block.begin.length) +
      `\n\n${await block.render()}\n\n` +
      text.slice(end)
  }
  return text
}
