import { writeFile } from 'node:fs/promises'
import { renderActionYml } from '../src/commands/action-metadata.js'

await writeFile(new URL('../action.yml', import.meta.url), renderActionYml())
