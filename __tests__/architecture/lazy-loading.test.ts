/**
 * What every start of the action or the CLI loads: the modules `src/main.ts` and
 * `src/cli/program.ts` reach through static imports, which ncc puts in the chunk that always
 * loads. A command's implementation and its libraries (registry client and undici, YAML, Ajv,
 * signing, Octokit) are reached only through `import()` when that command runs.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../harness/node24.js'

/** Specifiers `file` imports for their values: `import type` and `import()` are left out. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
  const found: string[] = []
  for (const s of source.statements) {
    if (ts.isImportDeclaration(s)) {
      const clause = s.importClause
      const named = clause?.namedBindings
      const onlyTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every(e => e.isTypeOnly)))
      if (!onlyTypes) found.push((s.moduleSpecifier as ts.StringLiteral).text)
    } else if (ts.isExportDeclaration(s) && s.moduleSpecifier && !s.isTypeOnly) {
      const named = s.exportClause
      const onlyTypes =
        named !== undefined &&
        ts.isNamedExports(named) &&
        named.elements.length > 0 &&
        named.elements.every(e => e.isTypeOnly)
      if (!onlyTypes) found.push((s.moduleSpecifier as ts.StringLiteral).text)
    }
  }
  return found
}

/** The packages (not node: built-ins) and source files `entry` reaches statically. */
function reach(entry: string): { packages: string[]; files: string[] } {
  const packages = new Set<string>()
  const files = new Set<string>()
  const todo = [path.join(REPO_ROOT, entry)]
  while (todo.length > 0) {
    const file = todo.pop() as string
    if (files.has(file)) continue
    files.add(file)
    for (const spec of staticImports(file)) {
      if (spec.startsWith('.')) {
        const target = path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts'))
        if (target.endsWith('.ts')) todo.push(target)
      } else if (!spec.startsWith('node:')) {
        const parts = spec.split('/')
        packages.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0])
      }
    }
  }
  return {
    packages: [...packages].sort(),
    files: [...files].map(f => path.relative(REPO_ROOT, f)).sort()
  }
}

/** Workflows and adapters a command loads when it runs, never at start. */
const HEAVY = [
  'src/promote/run.ts',
  'src/registry/client.ts',
  'src/config/promotion-config.ts',
  'src/ledger/validate.ts',
  'src/signing/signature-gate.ts',
  'src/signing/provenance-gate.ts',
  'src/github/octokit.ts',
  'src/manifests/yaml-splice.ts',
  'src/audit/audit.ts'
]

describe('lazy loading: a start loads only the command table', () => {
  it('the action loads @actions/core and the parsers, no command implementation', () => {
    const { packages, files } = reach('src/main.ts')
    // Patterns (certificate-identity-regexp, provenance-ref, ...) are compiled when a run starts.
    expect(packages).toEqual(['@actions/core'])
    expect(files.filter(f => f.endsWith('-run.ts') || HEAVY.includes(f))).toEqual([])
    // The walk must see the table it guards, or it proves nothing.
    expect(files).toContain('src/commands/promote-inputs.ts')
    expect(files).toContain('src/commands/signing-inputs.ts')
  })

  it('the CLI loads the same table without @actions/core', () => {
    const { packages, files } = reach('src/cli/program.ts')
    expect(packages).toEqual([])
    expect(files).toContain('src/commands/index.ts')
    expect(reach('src/cli.ts').files).toEqual(['src/cli.ts', 'src/version.ts'])
  })
})
