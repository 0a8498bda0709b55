import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import prettier from 'eslint-config-prettier'

/**
 * The floors of `src/`, top to bottom (see ARCHITECTURE.md): a file imports only its own floor
 * or lower ones. `dirs` are folders of `src/`, `files` are modules at its top (without `.ts`).
 */
export const FLOORS = [
  { name: 'shells', dirs: ['cli'], files: ['main', 'cli', 'index'] },
  { name: 'commands', dirs: ['commands'], files: ['inputs'] },
  { name: 'workflows', dirs: ['promote', 'status', 'audit', 'init'], files: [] },
  { name: 'domain', dirs: ['gates', 'signing', 'ledger', 'config', 'tags', 'policy'], files: [] },
  { name: 'adapters', dirs: ['registry', 'git', 'github', 'manifests'], files: [] },
  { name: 'bottom', dirs: ['util', 'generated'], files: ['errors', 'logger', 'version'] }
]

/**
 * One config per floor that refuses relative imports (static, `export … from`, and dynamic
 * `import()`) of any floor above it. From a folder of `src/` an upward import climbs with `../`;
 * from a module at the top of `src/` it starts with `./`.
 */
function floorRules() {
  return FLOORS.flatMap((floor, i) => {
    if (i === 0) return []
    const above = FLOORS.slice(0, i)
    const targets = [
      ...above.flatMap(f => f.dirs.map(d => `${d}/`)),
      ...above.flatMap(f => f.files.map(m => `${m}\\.js$`))
    ].join('|')
    const message =
      `the ${floor.name} floor must not import from a floor above it ` +
      `(${above.map(f => f.name).join(', ')}); move what it needs down (ARCHITECTURE.md)`
    const block = (files, prefix) => {
      const regex = `^${prefix}(${targets})`
      return {
        files,
        rules: {
          'no-restricted-imports': ['error', { patterns: [{ regex, message }] }],
          'no-restricted-syntax': [
            'error',
            {
              selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\/')}/]`,
              message
            }
          ]
        }
      }
    }
    return [
      block(
        floor.dirs.map(d => `src/${d}/**/*.ts`),
        '(\\.\\./)+'
      ),
      ...(floor.files.length > 0
        ? [
            block(
              floor.files.map(m => `src/${m}.ts`),
              '\\./'
            )
          ]
        : [])
    ]
  })
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'coverage/**', 'src/generated/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname
      }
    }
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } }
  },
  ...floorRules(),
  {
    files: ['__tests__/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off'
    }
  },
  prettier
)
