import pkg from '../package.json' with { type: 'json' }

/** The package version; the CLI and the action ship under the same tag. */
export const VERSION: string = pkg.version
