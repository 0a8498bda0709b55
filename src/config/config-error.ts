import { PromoteError } from '../errors.js'

/** A promotion.yaml that does not parse or does not follow the schema; lists every problem. */
export class ConfigError extends PromoteError {}
