/**
 * The import graph of `src/` has no upward arrow: ESLint's floor rules (eslint.config.js) pass
 * on the sources and refuse a file that imports a floor above its own.
 */
import path from 'node:path'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const FLOOR_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax'])

/** ESLint with the project's config, only the floor rules, and no type information needed. */
function eslint(): ESLint {
  return new ESLint({
    cwd: ROOT,
    overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }],
    ruleFilter: ({ ruleId }) => FLOOR_RULES.has(ruleId)
  })
}

/** The floor-rule messages for `code` placed (virtually) at `file`. */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint().lintText(code, { filePath: path.join(ROOT, file) })
  return (result?.messages ?? []).map(m => `${m.ruleId ?? 'parse'}: ${m.message}`)
}

// Loading ESLint and the TypeScript parser takes seconds on a busy machine; no assertion is on time.
describe('floors: nothing imports a floor above it', { timeout: 120_000 }, () => {
  it('refuses an adapter importing the commands', async () => {
    const found = await violations(
      'src/registry/x.ts',
      "import type { RunContext } from '../commands/types.js'\nexport type X = RunContext\n"
    )
    expect(found).toEqual([
      "no-restricted-imports: '../commands/types.js' import is restricted from being used by a pattern. the adapters floor must not import from a floor above it (shells, commands, workflows, domain); move what it needs down (ARCHITECTURE.md)"
    ])
  })

  it.each([
    ['src/promote/x.ts', "import { parseImageInput } from '../commands/registry-inputs.js'"],
    ['src/status/x.ts', "export { getList } from '../inputs.js'"],
    ['src/signing/x.ts', "import { runPromotion } from '../promote/run.js'"],
    ['src/config/x.ts', "import type { AuditJson } from '../audit/report.js'"],
    ['src/manifests/x.ts', "import { readLedger } from '../ledger/read.js'"],
    ['src/git/deep/x.ts', "import { run } from '../../main.js'"],
    ['src/util/x.ts', "import { RegistryClient } from '../registry/client.js'"],
    ['src/errors.ts', "import type { Command } from './commands/types.js'"],
    ['src/inputs.ts', "import { run } from './cli/program.js'"],
    ['src/github/x.ts', "export const load = () => import('../commands/index.js')"]
  ])('refuses %s: %s', async (file, code) => {
    const found = await violations(file, `${code}\n`)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(
      /^no-restricted-(imports|syntax): .*must not import from a floor above it/
    )
  })

  it.each([
    ['src/promote/x.ts', "import { retag } from '../registry/copy.js'"],
    ['src/status/x.ts', "import { readClaims } from '../promote/claims.js'"],
    ['src/signing/x.ts', "import type { GateResult } from '../ledger/event.js'"],
    ['src/commands/x.ts', "import { commands } from './index.js'"],
    ['src/commands/x.ts', "export const load = () => import('./promote.js')"],
    ['src/registry/x.ts', "import { errorMessage } from '../errors.js'"],
    ['src/logger.ts', "import { redact } from './util/redact.js'"],
    ['src/cli/x.ts', "import { run } from '../main.js'"]
  ])('allows %s: %s', async (file, code) => {
    expect(await violations(file, `${code}\n`)).toEqual([])
  })

  it('passes on every source file', async () => {
    const results = await eslint().lintFiles(['src/**/*.ts'])
    expect(results.length).toBeGreaterThan(50)
    const found = results.flatMap(r =>
      r.messages.map(m => `${path.relative(ROOT, r.filePath)}:${m.line}: ${m.message}`)
    )
    expect(found).toEqual([])
  })
})
