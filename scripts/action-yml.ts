import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { renderActionFiles } from '../src/commands/sub-actions.js'
import { renderReadme } from './readme-tables.js'

const root = path.resolve(import.meta.dirname, '..')
for (const [file, text] of Object.entries(renderActionFiles())) {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true })
  await writeFile(path.join(root, file), text)
}
const readme = path.join(root, 'README.md')
await writeFile(readme, await renderReadme(await readFile(readme, 'utf8')))
