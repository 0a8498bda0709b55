export const id = 995;
export const ids = [995];
export const modules = {

/***/ 12995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: parseArgs, resumeCommand

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/commands/declared.ts
/**
 * The only way a command reads its inputs: through the names its table entry declares, so an
 * input the code reads can never be missing from action.yml, `--help` and the CLI's flags.
 *
 * @module
 */
/** A command read an input its table entry does not declare: a bug in the command, not input. */
class UndeclaredInputError extends Error {
}
/**
 * `source` restricted to `command`'s declared inputs: reading any other name throws
 * {@link UndeclaredInputError}, at the first run that reaches the read.
 */
function declaredInputs(command, source) {
    const declared = new Set(command.inputs.map(i => i.name));
    return {
        get(name) {
            if (!declared.has(name)) {
                throw new UndeclaredInputError(`'${command.name}' reads input '${name}', which its command table entry does not declare`);
            }
            return source.get(name);
        }
    };
}
/** Parses `command`'s options from `source` through {@link declaredInputs}; both shells call this. */
function parseDeclared(command, source, ctx) {
    return command.parse(declaredInputs(command, source), ctx);
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
;// CONCATENATED MODULE: ./src/inputs.ts



/** Reads the input of `name` and refuses to go on without it. */
function getRequired(src, name, hint) {
    const value = src.get(name);
    if (value === undefined)
        throw new errors/* InputError */.dz(name, 'required but not set', hint);
    return value;
}
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/**
 * Reads a boolean with the YAML 1.2 core schema, like `core.getBooleanInput`,
 * but with a default for an unset input and a message that names the input.
 */
function getBoolean(src, name, fallback) {
    const value = src.get(name);
    if (value === undefined)
        return fallback;
    if (TRUE.has(value))
        return true;
    if (FALSE.has(value))
        return false;
    throw new errors/* InputError */.dz(name, `expected true or false, got ${(0,util_text/* echo */.W)(value)}`);
}
/** Reads one of a fixed set of values. */
function getEnum(src, name, allowed, fallback) {
    const value = src.get(name);
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new errors/* InputError */.dz(name, `expected one of ${allowed.join(', ')}, got ${(0,util_text/* echo */.W)(value)}`);
}
/** Reads a whole number within bounds. */
function getInteger(src, name, bounds, fallback) {
    const value = src.get(name);
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value))
        throw new errors/* InputError */.dz(name, `expected a whole number, got ${(0,util_text/* echo */.W)(value)}`);
    const n = Number(value);
    if (n < bounds.min || n > bounds.max) {
        throw new errors/* InputError */.dz(name, `expected a number from ${bounds.min} to ${bounds.max}, got ${n}`);
    }
    return n;
}
/**
 * Splits a list input on newlines and commas, honouring double quotes so a value
 * may hold a comma, like docker/actions-toolkit's `getInputList`. Empty items and
 * `#` comment lines are dropped.
 */
function parseList(value) {
    if (value === undefined)
        return [];
    const items = [];
    for (const line of value.split(/\r?\n/)) {
        if (line.trim().startsWith('#'))
            continue;
        let current = '';
        let quoted = false;
        for (const ch of line) {
            if (ch === '"')
                quoted = !quoted;
            else if (ch === ',' && !quoted) {
                items.push(current);
                current = '';
            }
            else
                current += ch;
        }
        items.push(current);
    }
    return items.map(s => s.trim()).filter(s => s.length > 0);
}
/** Reads a list input; see {@link parseList}. */
function getList(src, name) {
    return parseList(src.get(name));
}
/**
 * Resolves a path input against the workspace and refuses anything that would
 * leave it (`../`, absolute paths elsewhere), since inputs are untrusted.
 */
function getWorkspacePath(src, name, workspace, fallback) {
    const value = src.get(name) ?? fallback;
    if (value === undefined)
        return undefined;
    return resolveInside(workspace, value, name);
}
/** Resolves `p` against `root` and throws an {@link InputError} if it escapes `root`. */
function resolveInside(root, p, input) {
    const base = external_node_path_default().resolve(root);
    const resolved = external_node_path_default().resolve(base, p);
    const rel = external_node_path_default().relative(base, resolved);
    if (rel === '..' || rel.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(rel)) {
        throw new errors/* InputError */.dz(input, `path ${(0,util_text/* echo */.W)(p)} is outside ${base}`, 'use a path inside the repository');
    }
    return resolved;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./schemas/promotion.schema.json
const promotion_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://digest-promote.dev/schemas/promotion.schema.json","title":"digest-promote promotion.yaml","description":"Environments in promotion order, the images that move through them, and the guardrails that apply.","type":"object","additionalProperties":false,"required":["environments"],"properties":{"version":{"const":1,"description":"Schema version of this file."},"environments":{"type":"array","minItems":1,"maxItems":64,"description":"Environments, first to last.","items":{"$ref":"#/definitions/environment"}},"images":{"type":"array","maxItems":256,"items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":512,"description":"Repository, e.g. ghcr.io/acme/app."}}}},"registries":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","maxItems":64,"items":{"type":"string","minLength":1,"maxLength":255},"description":"Registries (domains) images may come from; empty allows any."}}},"tagTemplate":{"$ref":"#/definitions/tagTemplate"},"commit":{"type":"object","additionalProperties":false,"properties":{"authorName":{"type":"string","minLength":1,"maxLength":256},"authorEmail":{"type":"string","minLength":3,"maxLength":256},"messageTemplate":{"type":"string","minLength":1,"maxLength":4096}}}},"definitions":{"tagTemplate":{"type":"string","minLength":1,"maxLength":128,"description":"Environment tag template with {env}, {version}, {sha}, {ts}, {now}."},"name":{"type":"string","pattern":"^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$"},"keyPath":{"type":"string","minLength":1,"maxLength":512,"description":"Key path in a values file: keys joined by \'.\', list items as [n], a dot inside a key escaped as \'\\\\.\' (images[0].tag, podAnnotations.example\\\\.com/rev)."},"environment":{"type":"object","additionalProperties":false,"required":["name","path"],"properties":{"name":{"$ref":"#/definitions/name"},"path":{"type":"string","minLength":1,"maxLength":1024,"description":"Directory of the environment, relative to the repository root."},"write":{"enum":["commit","pull-request"],"description":"How promotions land: commit to the base branch, or a pull request."},"protected":{"type":"boolean","description":"Production-like: pull requests by default, digests required, signatures required."},"requires":{"type":"array","maxItems":16,"items":{"$ref":"#/definitions/name"},"description":"Environments the digest must have been promoted to first."},"tag":{"$ref":"#/definitions/tagTemplate"},"allowPrerelease":{"type":"boolean"},"branch":{"type":"string","minLength":1,"maxLength":255,"description":"Base branch for this environment\'s commits and pull requests."},"labels":{"type":"array","maxItems":32,"items":{"type":"string","minLength":1,"maxLength":100}},"reviewers":{"type":"array","maxItems":32,"items":{"type":"string","minLength":1,"maxLength":100}},"teamReviewers":{"type":"array","maxItems":32,"items":{"type":"string","minLength":1,"maxLength":100}},"draft":{"type":"boolean"},"requireProvenance":{"type":"boolean","description":"Require verified SLSA provenance from the build repository (provenance-repository, provenance-ref, provenance-workflow)."},"values":{"type":"object","additionalProperties":false,"required":["file"],"description":"A Helm values file that pins the image, written by key path with its bytes kept.","properties":{"file":{"type":"string","minLength":1,"maxLength":1024,"description":"The values file, relative to the repository root."},"repository":{"$ref":"#/definitions/keyPath","description":"Key path of the repository, which says which image the file pins (default image.repository)."},"tag":{"$ref":"#/definitions/keyPath","description":"Key path of the tag, written for readers (default image.tag)."},"digest":{"$ref":"#/definitions/keyPath","description":"Key path of the digest, the binding (default image.digest)."}}}}}}}');
;// CONCATENATED MODULE: ./src/util/confine.ts
/**
 * Confinement of paths that come from repository content (promotion.yaml's environment paths,
 * the ledger directory, files found by a walk). The repository is untrusted: a committed
 * symlink can name any directory on the machine, and following it would read or write there.
 * Paths are resolved one component at a time, so every symlink on the way is seen and judged
 * by where it really leads.
 */



/** A path from repository content that would leave the repository. */
class ConfinementError extends errors/* PromoteError */.jG {
    /** The path as the repository content gave it. */
    path;
    constructor(p, problem) {
        super(`${p}: ${problem}`);
        this.path = p;
    }
}
const within = (root, p) => {
    const rel = external_node_path_default().relative(root, p);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(rel));
};
const HINT = 'replace it with a directory, or a link that stays inside the repository';
/**
 * Resolves `p` (relative to `root`, `/`- or platform-separated) component by component and
 * refuses it when it is absolute, climbs out with `..`, passes through `.git`, or goes through
 * a symlink that leads outside `root` or nowhere. Components that do not exist yet are kept
 * as given (they will be created as directories inside the last real one).
 *
 * @throws ConfinementError naming `p` and the offending link; the message names no input.
 */
async function confine(root, p) {
    const realRoot = await (0,promises_.realpath)(root);
    if (external_node_path_default().isAbsolute(p))
        throw new ConfinementError(p, 'is absolute; use a path in the repository');
    let at = realRoot;
    const parts = p.split(/[\\/]+/).filter(c => c !== '' && c !== '.');
    for (const [i, part] of parts.entries()) {
        const shown = parts.slice(0, i + 1).join('/');
        if (part === '.git')
            throw new ConfinementError(p, 'is inside .git; use a path in the work tree');
        const next = external_node_path_default().resolve(at, part);
        if (!within(realRoot, next))
            throw new ConfinementError(p, 'leaves the repository through ..');
        const stat = await (0,promises_.lstat)(next).catch(() => undefined);
        if (stat === undefined) {
            at = external_node_path_default().join(next, ...parts.slice(i + 1));
            break;
        }
        if (stat.isSymbolicLink()) {
            const target = await (0,promises_.readlink)(next);
            const real = await (0,promises_.realpath)(next).catch(() => undefined);
            if (real === undefined)
                throw new ConfinementError(p, `the symbolic link ${shown} points to ${target}, which does not exist; ${HINT}`);
            if (!within(realRoot, real)) {
                throw new ConfinementError(p, `the symbolic link ${shown} points to ${target}, outside the GitOps repository; ${HINT}`);
            }
            at = real;
        }
        else
            at = next;
    }
    if (!within(realRoot, at))
        throw new ConfinementError(p, 'leaves the repository through ..');
    const rel = external_node_path_default().relative(realRoot, at).split((external_node_path_default()).sep).join('/');
    if (rel.split('/').includes('.git'))
        throw new ConfinementError(p, 'leads into .git; use a path in the work tree');
    return { abs: at, rel: rel === '' ? '.' : rel };
}

;// CONCATENATED MODULE: ./src/config/promotion-config.ts






/** A promotion.yaml that does not parse or does not follow the schema; lists every problem. */
class ConfigError extends errors/* PromoteError */.jG {
}
/** Bound on the file we are willing to parse: it is untrusted input. */
const MAX_CONFIG_BYTES = 256 * 1024;
let compiled;
/**
 * The schema's validator, compiled on first use: commands that never read promotion.yaml do not
 * pay for compiling it at start.
 */
function validator() {
    compiled ??= new ajv.Ajv({ allErrors: true, strict: false }).compile(promotion_schema_namespaceObject);
    return compiled;
}
/** Parses and validates promotion.yaml text, reporting every problem at once. */
function parseConfig(text, file = 'promotion.yaml') {
    let data;
    try {
        data = dist.parse(text, { maxAliasCount: 100 });
    }
    catch (err) {
        throw new ConfigError(`${file}: not valid YAML: ${err.message.split('\n')[0] ?? ''}`);
    }
    const validate = validator();
    if (!validate(data)) {
        const problems = (validate.errors ?? []).map(e => {
            const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(root)';
            const extra = e.keyword === 'additionalProperties' ? ` '${String(e.params.additionalProperty)}'` : '';
            return `${where} ${e.message ?? 'is invalid'}${extra}`;
        });
        throw new ConfigError(`${file}: ${problems.join('; ')}`);
    }
    const names = data.environments.map(e => e.name);
    const problems = [];
    names.forEach((n, i) => {
        if (names.indexOf(n) !== i)
            problems.push(`environment '${n}' is listed twice`);
    });
    for (const env of data.environments) {
        for (const r of env.requires ?? []) {
            if (!names.includes(r))
                problems.push(`environment '${env.name}' requires unknown environment '${r}'`);
            else if (names.indexOf(r) >= names.indexOf(env.name))
                problems.push(`environment '${env.name}' requires '${r}', which comes after it`);
        }
    }
    if (problems.length > 0)
        throw new ConfigError(`${file}: ${problems.join('; ')}`);
    return data;
}
/**
 * Reads promotion.yaml from the repository root; undefined when absent (inputs then say it all).
 * The path is confined to the repository: a symlink out of it is refused, never read.
 */
async function loadConfig(root, relative, required) {
    const file = (await confine(root, relative)).abs;
    let size;
    try {
        size = (await (0,promises_.stat)(file)).size;
    }
    catch {
        if (required)
            throw new ConfigError(`input 'config': ${relative} not found in the GitOps repository`);
        return undefined;
    }
    if (size > MAX_CONFIG_BYTES)
        throw new ConfigError(`${relative}: larger than ${MAX_CONFIG_BYTES} bytes`);
    return parseConfig(await (0,promises_.readFile)(file, 'utf8'), relative);
}
/** The write mode of an environment: explicit, else pull requests for protected ones. */
function writeModeOf(env) {
    return env.write ?? (env.protected ? 'pull-request' : 'commit');
}

;// CONCATENATED MODULE: ./src/github/octokit.ts
/**
 * One Octokit for the run, with retries on server errors and rate-limit
 * throttling (one retry, then fail with GitHub's message), like
 * create-pull-request's octokit client. Proxies come from @actions/http-client.
 * Octokit and its plugins are loaded here, on first use: most commands never call GitHub.
 */
async function createOctokit(token, opts) {
    opts.logger.setSecret(token);
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        __webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 11758)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 86856))
    ]);
    return getOctokit(token, {
        baseUrl: opts.baseUrl,
        userAgent: 'digest-promote',
        throttle: {
            onRateLimit: onLimit('rate limit', opts.logger),
            onSecondaryRateLimit: onLimit('secondary rate limit', opts.logger)
        },
        retry: { doNotRetry: [400, 401, 403, 404, 409, 422, 429] }
    }, retry, throttling);
}
/** Warns once and retries once when GitHub says to wait; then the request fails with its message. */
function onLimit(kind, logger) {
    return (retryAfter, options, _o, retryCount) => {
        logger.warning(`GitHub ${kind} on ${options.method} ${options.url}; retry in ${retryAfter} s`);
        return retryCount < 1;
    };
}

;// CONCATENATED MODULE: ./src/github/pull-request.ts

function isHttpError(err) {
    return (typeof err === 'object' &&
        err !== null &&
        'status' in err &&
        typeof err.status === 'number');
}
/** Turns GitHub's known refusals into advice (create-pull-request does the same for token scope). */
function adviseGitHubError(doing, err) {
    if (!isHttpError(err))
        return err instanceof Error ? err : new Error(String(err));
    const first = err.message.split('\n')[0] ?? '';
    if (err.status === 403 || (err.status === 404 && doing.startsWith('creating'))) {
        return new errors/* PromoteError */.jG(`${doing}: ${err.status} ${first}; the token may not write pull requests: give the workflow ` +
            "'permissions: pull-requests: write' and 'contents: write' (and allow GitHub Actions to create pull requests in the repository settings), or pass a token that may");
    }
    if (err.status === 401)
        return new errors/* PromoteError */.jG(`${doing}: 401 ${first}; the GitHub token is invalid or expired`);
    return new errors/* PromoteError */.jG(`${doing}: ${err.status} ${first}`);
}
/**
 * Makes exactly one open pull request exist for `head` → `base` with this title
 * and body: update the open one if there is one, else create it (a creation that
 * races another run falls back to the update).
 */
async function upsertPullRequest(octokit, spec, logger) {
    const { owner, repo } = spec;
    let result = await updateExisting(octokit, spec);
    if (!result) {
        try {
            const created = await octokit.rest.pulls.create({
                owner,
                repo,
                head: spec.head,
                base: spec.base,
                title: spec.title,
                body: spec.body,
                draft: spec.draft,
                maintainer_can_modify: false
            });
            result = { number: created.data.number, url: created.data.html_url, created: true };
        }
        catch (err) {
            if (isHttpError(err) && err.status === 422 && /already exists/i.test(err.message)) {
                result = await updateExisting(octokit, spec);
            }
            if (!result)
                throw adviseGitHubError(`creating the pull request ${spec.head} -> ${spec.base}`, err);
        }
    }
    await decorate(octokit, spec, result.number, logger);
    return result;
}
async function updateExisting(octokit, spec) {
    const { owner, repo } = spec;
    let open;
    try {
        open = await octokit.rest.pulls.list({
            owner,
            repo,
            state: 'open',
            head: `${owner}:${spec.head}`,
            base: spec.base,
            per_page: 10
        });
    }
    catch (err) {
        throw adviseGitHubError(`listing pull requests of ${owner}/${repo}`, err);
    }
    const pr = open.data[0];
    if (!pr)
        return undefined;
    if (pr.title !== spec.title || (pr.body ?? '') !== spec.body) {
        try {
            await octokit.rest.pulls.update({
                owner,
                repo,
                pull_number: pr.number,
                title: spec.title,
                body: spec.body
            });
        }
        catch (err) {
            throw adviseGitHubError(`updating pull request #${pr.number}`, err);
        }
    }
    return { number: pr.number, url: pr.html_url, created: false };
}
/** Labels and reviewers; a refusal here is a warning, since the pull request itself exists. */
async function decorate(octokit, spec, number, logger) {
    const { owner, repo } = spec;
    if (spec.labels.length > 0) {
        try {
            await octokit.rest.issues.addLabels({
                owner,
                repo,
                issue_number: number,
                labels: spec.labels
            });
        }
        catch (err) {
            logger.warning(adviseGitHubError(`labelling pull request #${number}`, err).message);
        }
    }
    if (spec.reviewers.length > 0 || spec.teamReviewers.length > 0) {
        try {
            await octokit.rest.pulls.requestReviewers({
                owner,
                repo,
                pull_number: number,
                reviewers: spec.reviewers,
                team_reviewers: spec.teamReviewers
            });
        }
        catch (err) {
            logger.warning(adviseGitHubError(`requesting reviewers on pull request #${number}`, err).message);
        }
    }
}

;// CONCATENATED MODULE: ./src/ledger/event.ts

/** Where events live in the GitOps repository. */
const LEDGER_DIR = '.promotions';
/** The run's pipeline details from the `GITHUB_*` variables. */
function pipelineFromEnv(env) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const repo = env.GITHUB_REPOSITORY ?? null;
    const runId = env.GITHUB_RUN_ID ?? null;
    const attempt = env.GITHUB_RUN_ATTEMPT ?? null;
    return {
        repository: repo,
        workflow: env.GITHUB_WORKFLOW ?? null,
        runId,
        runAttempt: attempt,
        url: repo && runId
            ? `${server}/${repo}/actions/runs/${runId}${attempt ? `/attempts/${attempt}` : ''}`
            : null,
        eventName: env.GITHUB_EVENT_NAME ?? null
    };
}
/** A short, path-safe name for an image repository. */
function imageSlug(image) {
    const slug = image
        .replace(/^[^/]*\.[^/]*\//, '')
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return slug.slice(0, 60) || 'image';
}
/**
 * An event id that sorts by time and names what moved:
 * `20261123T230000Z-production-acme-app-3f2a9c1b7d4e`.
 */
function eventId(timestamp, environment, image, digest) {
    const stamp = timestamp
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    const hex = digest.split(':')[1] ?? (0,external_node_crypto_.createHash)('sha256').update(digest).digest('hex');
    return `${stamp}-${environment}-${imageSlug(image)}-${hex.slice(0, 12)}`;
}
/** The repository path of an event's file. */
function eventPath(event) {
    return `${LEDGER_DIR}/${event.environment}/${event.id}.json`;
}
/** Serialises an event the one way the ledger stores it (stable key order, trailing newline). */
function serializeEvent(event) {
    return `${JSON.stringify(event, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./schemas/promotion-event.schema.json
const promotion_event_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://digest-promote.dev/schemas/promotion-event.schema.json","title":"digest-promote promotion event (ledger entry)","description":"One capture, promotion, rollback or adoption of an image digest into an environment. Stored as .promotions/<environment>/<id>.json in the GitOps repository, in the same commit as the change it records. Every field is present (null when unknown); readers skip an event that does not match this schema and ignore unknown fields.","type":"object","required":["schemaVersion","id","kind","environment","alias","image","digest","previousDigest","fromEnvironment","sourceTag","targetTag","sourceRevision","pipeline","actor","timestamp","releaseLabel","gates","pullRequest","revertOf"],"properties":{"schemaVersion":{"const":1},"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$"},"kind":{"enum":["capture","promotion","rollback","adopted"],"description":"adopted: what an environment already ran when digest-promote was adopted (no files changed)."},"environment":{"type":"string","minLength":1},"alias":{"type":"object","properties":{"tag":{"type":["string","null"],"description":"The immutable environment tag."},"floating":{"type":["string","null"],"description":"A floating alias moved with it, if any."}}},"image":{"type":"string","minLength":1,"description":"Repository, e.g. ghcr.io/acme/app."},"digest":{"type":"string","pattern":"^[a-z0-9]+:[a-f0-9]{32,}$"},"previousDigest":{"type":["string","null"]},"fromEnvironment":{"type":["string","null"]},"sourceTag":{"type":["string","null"]},"targetTag":{"type":["string","null"]},"sourceRevision":{"type":["string","null"],"description":"The application commit that built the artifact."},"pipeline":{"type":"object","properties":{"repository":{"type":["string","null"]},"workflow":{"type":["string","null"]},"runId":{"type":["string","null"]},"runAttempt":{"type":["string","null"]},"url":{"type":["string","null"]},"eventName":{"type":["string","null"]}}},"actor":{"type":["string","null"]},"timestamp":{"type":"string","format":"date-time"},"releaseLabel":{"type":["string","null"]},"gates":{"type":"array","items":{"type":"object","required":["name","result"],"properties":{"name":{"type":"string"},"result":{"enum":["passed","skipped","failed"]},"detail":{"type":"string"}}}},"pullRequest":{"type":["object","null"],"properties":{"number":{"type":"integer"},"url":{"type":"string"}}},"revertOf":{"type":["string","null"],"description":"For a rollback by revert: the id of the event it undoes."}}}');
;// CONCATENATED MODULE: ./src/ledger/validate.ts


/** At most this many schema problems are named for one event. */
const MAX_PROBLEMS = 3;
let validate_compiled;
/**
 * The event schema's validator, compiled on first use: most commands never read a ledger,
 * and compiling at import would slow every start.
 */
function validate_validator() {
    // Formats are not checked by the validator (`date-time` would need ajv-formats, and an unknown
    // format makes Ajv warn on the console); the timestamp is checked below instead.
    validate_compiled ??= new ajv.Ajv({
        allErrors: true,
        strict: false,
        formats: { 'date-time': true }
    }).compile(promotion_event_schema_namespaceObject);
    return validate_compiled;
}
/**
 * Why `value` is not a ledger event (schemas/promotion-event.schema.json and a parseable
 * timestamp), or `undefined`. Ledger files and registry records are untrusted: every reader
 * checks them here before using a field.
 */
function eventProblem(value) {
    const validate = validate_validator();
    if (!validate(value)) {
        const problems = (validate.errors ?? []).slice(0, MAX_PROBLEMS).map(e => {
            const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(root)';
            return `${where} ${e.message ?? 'is invalid'}`;
        });
        return problems.length > 0 ? problems.join('; ') : 'invalid';
    }
    const timestamp = value.timestamp;
    if (Number.isNaN(Date.parse(timestamp))) {
        return `timestamp ${JSON.stringify(timestamp.slice(0, 40))} is not a date`;
    }
    return undefined;
}
/** `value` as an event, when it is one. */
function isEvent(value) {
    return eventProblem(value) === undefined;
}

;// CONCATENATED MODULE: ./src/ledger/read.ts





const MAX_EVENTS = 20_000;
const MAX_EVENT_BYTES = 256 * 1024;
/**
 * Reads `.promotions/<environment>/*.json` from a checkout. Each file is checked
 * against the event schema; unknown fields are kept, a malformed file becomes a
 * problem (not a crash), and events are sorted by timestamp, then id. The ledger directory is
 * confined to the repository: a symlink that leads out of it is refused (ConfinementError), and
 * symlinked event files are not read.
 */
async function readLedger(root, environment) {
    const base = (await confine(root, LEDGER_DIR)).abs;
    const ledger = { events: [], problems: [] };
    let envs;
    try {
        envs = environment
            ? [environment]
            : (await (0,promises_.readdir)(base, { withFileTypes: true })).filter(d => d.isDirectory()).map(d => d.name);
    }
    catch {
        return ledger;
    }
    for (const env of envs) {
        // Listed subdirectories are real directories already; a named one may be a link.
        const dir = environment
            ? (await confine(root, `${LEDGER_DIR}/${env}`)).abs
            : external_node_path_default().join(base, env);
        let files;
        try {
            files = (await (0,promises_.readdir)(dir)).filter(f => f.endsWith('.json')).sort();
        }
        catch {
            continue;
        }
        for (const f of files) {
            const rel = `${LEDGER_DIR}/${env}/${f}`;
            const abs = external_node_path_default().join(dir, f);
            const stat = await (0,promises_.lstat)(abs);
            if (!stat.isFile())
                continue;
            if (stat.size > MAX_EVENT_BYTES) {
                ledger.problems.push({ file: rel, message: `larger than ${MAX_EVENT_BYTES} bytes` });
                continue;
            }
            let parsed;
            try {
                parsed = JSON.parse(await (0,promises_.readFile)(abs, 'utf8'));
            }
            catch (err) {
                ledger.problems.push({ file: rel, message: `not valid JSON${jsonErrorPlace(err)}` });
                continue;
            }
            const problem = eventProblem(parsed);
            if (problem) {
                ledger.problems.push({ file: rel, message: problem });
                continue;
            }
            const event = parsed;
            if (event.environment !== env) {
                ledger.problems.push({
                    file: rel,
                    message: `records environment '${event.environment.slice(0, 60)}' but sits under '${env}'`
                });
                continue;
            }
            ledger.events.push(event);
            if (ledger.events.length > MAX_EVENTS)
                break;
        }
    }
    ledger.events.sort((a, b) => a.timestamp.localeCompare(b.timestamp) || a.id.localeCompare(b.id));
    return ledger;
}
/**
 * Where JSON.parse stopped (` at position 7 (line 1 column 8)`), without the snippet of the
 * file that its message quotes: ledger files are untrusted, and their text is not echoed.
 */
function jsonErrorPlace(err) {
    const place = /at position \d+(?: \(line \d+ column \d+\))?/.exec(String(err?.message));
    return place ? ` (${place[0]})` : '';
}

// EXTERNAL MODULE: ./src/registry/referrers.ts
var registry_referrers = __webpack_require__(9191);
;// CONCATENATED MODULE: ./src/ledger/query.ts
/** Events of one environment and image that changed what it runs, oldest first. */
function deployments(ledger, environment, image) {
    return ledger.events.filter(e => e.environment === environment && e.image === image && e.kind !== 'capture');
}
/** The latest event that moved `image` in `environment`. */
function latestDeployment(ledger, environment, image) {
    return deployments(ledger, environment, image).at(-1);
}
/**
 * The default rollback target: the digest the environment ran before its
 * latest move. A re-run of the same workflow run that already rolled back
 * keeps that rollback's digest, so re-running never flips back and forth.
 */
function previousTarget(ledger, environment, image, runId) {
    const history = deployments(ledger, environment, image);
    const latest = history.at(-1);
    if (!latest)
        return undefined;
    if (latest.kind === 'rollback' && runId && latest.pipeline.runId === runId) {
        return { digest: latest.digest, tag: latest.targetTag ?? undefined, replaces: latest };
    }
    if (!latest.previousDigest)
        return undefined;
    const earlier = [...history].reverse().find(e => e.digest === latest.previousDigest);
    return { digest: latest.previousDigest, tag: earlier?.targetTag ?? undefined, replaces: latest };
}

;// CONCATENATED MODULE: ./src/util/concurrency.ts
/**
 * Maps `items` through `fn` with at most `limit` calls in flight, keeping order.
 * Every item settles: one failure does not stop the others, so each image's
 * result can be reported on its own.
 */
async function mapSettled(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    async function worker() {
        while (next < items.length) {
            const index = next++;
            try {
                results[index] = { status: 'fulfilled', value: await fn(items[index], index) };
            }
            catch (reason) {
                results[index] = { status: 'rejected', reason };
            }
        }
    }
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, () => worker()));
    return results;
}
/**
 * The values of `results` in order, or the first failure in item order, so which error a run
 * reports does not depend on which item happened to finish first.
 */
function settledOrThrow(results) {
    const failed = results.find(r => r.status === 'rejected');
    if (failed)
        throw failed.reason;
    return results.map(r => r.value);
}

;// CONCATENATED MODULE: ./src/ledger/registry-ledger.ts






/** Artifact type of a ledger event attached to the digest it moved. */
const EVENT_ARTIFACT_TYPE = 'application/vnd.digest-promote.event.v1+json';
/** Bound on events read back from one digest's referrers. */
const MAX_EVENTS_PER_DIGEST = 200;
/**
 * Attaches `event` to its digest as an OCI artifact (the digest is the subject),
 * so the registry alone can answer "who moved this, when, from where". The
 * digest itself is never rewritten. Idempotent: the same event attaches once.
 */
async function attachEvent(client, image, event) {
    // The run that moved the digest has usually just read or written it: no need to ask again.
    const subject = client.memory.manifest(image, event.digest) ??
        (await client.head(image.withoutTag().withDigest(event.digest)));
    if (!subject)
        throw new Error(`${image.repository}@${event.digest} not found`);
    const descriptor = await (0,registry_referrers/* attachReferrer */.vO)(client, image, subject, {
        artifactType: EVENT_ARTIFACT_TYPE,
        blobs: [{ mediaType: EVENT_ARTIFACT_TYPE, bytes: Buffer.from(serializeEvent(event)) }],
        annotations: {
            'dev.digest-promote.event.id': event.id,
            'dev.digest-promote.event.environment': event.environment,
            'org.opencontainers.image.created': event.timestamp
        }
    });
    return descriptor.digest;
}
/**
 * Attaches every event, `concurrency` at a time; a failure is a warning, since the Git ledger is
 * the record of truth. Warnings come in the order of `events`, whichever attach ends first.
 */
async function attachEvents(client, images, events, logger, concurrency = 1) {
    const attachable = events.flatMap(event => {
        const image = images.find(i => i.repository === event.image);
        return image ? [{ event, image }] : [];
    });
    const results = await mapSettled(attachable, concurrency, ({ event, image }) => attachEvent(client, image, event));
    for (const [i, r] of results.entries()) {
        if (r.status === 'fulfilled')
            continue;
        const { event } = attachable[i];
        logger.warning(`could not attach ledger event ${event.id} to ${event.image}@${event.digest}: ${(0,errors/* errorMessage */.gJ)(r.reason)}`);
    }
}
/**
 * Whether the registry holds `event`'s record next to its digest: a referrer of the event
 * artifact type whose annotation names the event and whose content is that event.
 */
async function hasRecord(client, image, event) {
    const referrers = (await (0,registry_referrers/* listReferrers */.xt)(client, image, event.digest, EVENT_ARTIFACT_TYPE))
        .filter(r => r.annotations?.['dev.digest-promote.event.id'] === event.id)
        .slice(0, MAX_EVENTS_PER_DIGEST);
    for (const r of referrers) {
        try {
            const { layer } = await (0,registry_referrers/* readReferrerLayer */.fs)(client, image, r, EVENT_ARTIFACT_TYPE);
            const parsed = layer ? JSON.parse(layer.toString()) : undefined;
            if (isEvent(parsed) && parsed.id === event.id && parsed.digest === event.digest)
                return true;
        }
        catch {
            // A damaged record is no record: attaching again replaces it.
        }
    }
    return false;
}
/**
 * Attaches the latest event of each image in `environment` when the registry lacks it. A run
 * that changes nothing in Git would otherwise never finish what a failed attach left undone,
 * and `status --ledger registry` would not know the move. Failures are warnings, as in
 * {@link attachEvents}.
 */
async function repairMissingRecords(client, images, ledger, environment, logger, concurrency = 1) {
    const missing = images.flatMap(image => {
        const event = latestDeployment(ledger, environment, image.repository);
        return event ? [{ event, image }] : [];
    });
    const results = await mapSettled(missing, concurrency, async ({ event, image }) => {
        if (await hasRecord(client, image, event))
            return false;
        await attachEvent(client, image, event);
        return true;
    });
    for (const [i, r] of results.entries()) {
        const { event } = missing[i];
        if (r.status === 'fulfilled') {
            if (r.value) {
                logger.info(`attached the missing registry record of event ${event.id} to ${event.image}@${event.digest}`);
            }
            continue;
        }
        logger.warning(`ledger event ${event.id} is missing from the registry and could not be attached to ${event.image}@${event.digest}: ${(0,errors/* errorMessage */.gJ)(r.reason)}`);
    }
}
/**
 * The events attached to one digest, oldest first. Registry records are untrusted: one that
 * is unreadable, breaks the event schema or names another digest is skipped.
 */
async function readDigestEvents(client, image, digest) {
    const referrers = (await (0,registry_referrers/* listReferrers */.xt)(client, image, digest, EVENT_ARTIFACT_TYPE)).slice(0, MAX_EVENTS_PER_DIGEST);
    const events = [];
    for (const r of referrers) {
        try {
            const { layer } = await (0,registry_referrers/* readReferrerLayer */.fs)(client, image, r, EVENT_ARTIFACT_TYPE);
            const parsed = layer ? JSON.parse(layer.toString()) : undefined;
            if (isEvent(parsed) && parsed.digest === digest)
                events.push(parsed);
        }
        catch {
            // A damaged record is not a reason to fail a status query.
        }
    }
    return events.sort((a, b) => a.timestamp.localeCompare(b.timestamp));
}

;// CONCATENATED MODULE: ./src/manifests/yaml-splice.ts
/**
 * Byte-preserving YAML edits: the `yaml` package only parses and reports node ranges; edits are
 * splices of new scalar text into the original string, so comments, quoting, key order, line
 * endings and indentation outside the spliced ranges survive untouched.
 */


/** A YAML file that does not parse. The message is one line and names file, line and column. */
class ManifestParseError extends errors/* PromoteError */.jG {
    /** The file, as given by the caller. */
    file;
    /** 1-based line of the first error. */
    line;
    constructor(file, line, column, problem, what = 'invalid YAML') {
        super(`${file}:${line}:${column}: ${what}: ${problem}`);
        this.file = file;
        this.line = line;
    }
}
/**
 * Bound on alias resolutions while reading a document, as the `yaml` package counts them
 * (`maxAliasCount`, also its default): enough for anchors used as intended, far below what a
 * "billion laughs" file needs. Flux and kustomize would expand such a file when they read it.
 */
const MAX_ALIAS_COUNT = 100;
/** Bound on the text of one YAML file we parse: repository content is untrusted. */
const MAX_MANIFEST_BYTES = 10 * 1024 * 1024;
/**
 * Parses every document of a YAML stream, throwing {@link ManifestParseError} on the first error,
 * on a file over {@link MAX_MANIFEST_BYTES}, and on aliases that expand past
 * {@link MAX_ALIAS_COUNT} (an alias bomb), so no caller writes such a file back.
 */
function parseManifest(text, file) {
    const size = Buffer.byteLength(text, 'utf8');
    if (size > MAX_MANIFEST_BYTES) {
        throw new ManifestParseError(file, 1, 1, `${size} bytes is over the ${MAX_MANIFEST_BYTES}-byte limit`, 'refused YAML');
    }
    const docs = (0,dist.parseAllDocuments)(text, { prettyErrors: false });
    for (const doc of docs) {
        const error = doc.errors[0];
        if (error !== undefined) {
            const at = error.pos[0];
            throw new ManifestParseError(file, lineOf(text, at), at - text.lastIndexOf('\n', at - 1), error.message.split('\n')[0] ?? error.code);
        }
        const bomb = aliasProblem(doc);
        if (bomb !== undefined) {
            const at = bomb.offset;
            throw new ManifestParseError(file, lineOf(text, at), at - text.lastIndexOf('\n', at - 1), bomb.problem, 'refused YAML');
        }
    }
    return [...docs];
}
/**
 * Why a parsed document's aliases cannot be read safely, with the offset of its first alias;
 * `undefined` for a document without aliases or with aliases within {@link MAX_ALIAS_COUNT}.
 * The `yaml` package does the counting: it stops before expanding what it refuses.
 */
function aliasProblem(doc) {
    let offset;
    (0,dist.visit)(doc, {
        Alias: (_key, node) => {
            offset = node.range?.[0] ?? 0;
            return dist.visit.BREAK;
        }
    });
    if (offset === undefined)
        return undefined;
    try {
        doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        return undefined;
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        return {
            offset,
            problem: /alias/i.test(message)
                ? `its aliases expand past the limit of ${MAX_ALIAS_COUNT} (an alias bomb)`
                : (message.split('\n')[0] ?? message)
        };
    }
}
/**
 * Applies non-overlapping splices and returns where each one's text starts in the result, so
 * callers can report lines in the edited content.
 */
function applySplices(source, splices) {
    // An insertion sorts before a replacement at the same offset so both land where intended.
    const order = splices
        .map((splice, index) => ({ splice, index }))
        .sort((a, b) => a.splice.start - b.splice.start || a.splice.end - b.splice.end);
    const starts = new Array(splices.length).fill(0);
    let content = '';
    let from = 0;
    for (const { splice, index } of order) {
        if (splice.start < from)
            throw new Error(`overlapping YAML splices at offset ${splice.start}`);
        content += source.slice(from, splice.start);
        starts[index] = content.length;
        content += splice.text;
        from = splice.end;
    }
    return { content: content + source.slice(from), starts };
}
/** 1-based line number of `offset`. */
function lineOf(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** 0-based column of `offset`; a byte-order mark does not count as indentation. */
function columnOf(text, offset) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return offset - lineStart - (lineStart === 0 && text.startsWith('\uFEFF') ? 1 : 0);
}
/** The line break the file already uses (its first one), so inserted lines match it. */
function eolOf(text) {
    const lf = text.indexOf('\n');
    return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}
/**
 * Offset of the end of the line holding the last character before `offset` (before its `\r\n`
 * or `\n`), i.e. past any trailing comment. A block scalar's range ends after its line break,
 * hence stepping back over breaks first.
 */
function lineEndAfter(text, offset) {
    let at = offset;
    while (at > 0 && (text[at - 1] === '\n' || text[at - 1] === '\r'))
        at--;
    const lf = text.indexOf('\n', at);
    if (lf < 0)
        return text.length;
    return text[lf - 1] === '\r' ? lf - 1 : lf;
}
/** The string a scalar holds as written: plain scalars by their text, quoted ones decoded. */
function scalarText(node) {
    const { value } = node;
    if (value === null || value === undefined)
        return undefined;
    if (node.type === 'PLAIN' && node.source !== undefined)
        return node.source;
    return typeof value === 'string' ? value : node.source;
}
const PLAIN_SAFE = /^[A-Za-z0-9_./][A-Za-z0-9_./@:+-]*$/;
/**
 * Writes `value` in the quoting style of the scalar it replaces. A plain scalar stays plain only
 * when both YAML 1.2 (kustomize's go-yaml v3) and YAML 1.1 readers would still see a string,
 * otherwise it is double-quoted, as kustomize does for a tag like `"1234"`.
 */
function formatScalarLike(value, style) {
    const printable = !/\p{Cc}/u.test(value);
    if (style === 'QUOTE_SINGLE' && printable)
        return `'${value.replaceAll("'", "''")}'`;
    if (style !== 'QUOTE_DOUBLE' && isPlainSafe(value))
        return value;
    return JSON.stringify(value);
}
function isPlainSafe(value) {
    if (!PLAIN_SAFE.test(value) || value.endsWith(':'))
        return false;
    try {
        return ['core', 'yaml-1.1'].every(schema => (0,dist.parse)(value, { schema }) === value);
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/manifests/setters.ts
/**
 * Flux image-automation-controller setter markers, applied as byte-preserving splices.
 *
 * Flux marks a scalar field with a line comment `# {"$imagepolicy": "<ns>:<policy>"}` (whole
 * reference) or `"<ns>:<policy>:name|tag|digest"` (one part) and rewrites the field from the
 * policy's `status.latestRef`. Flux re-encodes each touched file through kyaml; here only the
 * marked scalars' text changes.
 */





/**
 * The token Flux screens files for before parsing them (`"$imagepolicy"`, quotes included):
 * files without it are never parsed, so templates that are not YAML cannot fail a scan.
 */
const MARKER_TOKEN = '"$imagepolicy"';
// Only a line comment right after the scalar counts, as kyaml reads the node's LineComment.
const LINE_COMMENT = /[ \t]+#([^\r\n]*)/y;
const PARTS = new Set(['name', 'tag', 'digest']);
/**
 * Rewrites every scalar carrying an `$imagepolicy` marker whose policy is in `policies` (keyed
 * `<namespace>:<name>`), across all documents of the file. Throws `ManifestParseError` when the
 * file contains the marker token but is not valid YAML.
 */
function setMarkers(source, policies, opts) {
    const result = {
        content: source,
        changes: [],
        unknownPolicies: [],
        skipped: []
    };
    if (!source.includes(MARKER_TOKEN))
        return result;
    const splices = [];
    const pending = [];
    const visitScalar = (node) => {
        const [start, end] = node.range ?? [0, 0];
        if (start === end || !['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'].includes(node.type ?? '')) {
            return;
        }
        LINE_COMMENT.lastIndex = end;
        const setter = setterOf(LINE_COMMENT.exec(source)?.[1]);
        if (setter === undefined)
            return;
        const line = lineOf(source, start);
        const target = resolveSetter(setter, policies);
        if ('unknown' in target) {
            result.unknownPolicies.push({ line, ...target.unknown });
        }
        else if ('reason' in target) {
            result.skipped.push({ line, marker: setter, ...target });
        }
        else {
            replace(node, setter, target.value);
        }
    };
    const replace = (node, setter, value) => {
        const [start, end] = node.range ?? [0, 0];
        const old = scalarText(node) ?? '';
        if (old === value)
            return;
        splices.push({ start, end, text: formatScalarLike(value, node.type) });
        pending.push({ marker: setter, old, new: value });
    };
    for (const doc of parseManifest(source, opts.file)) {
        (0,dist.visit)(doc, { Scalar: (key, node) => (key === 'key' ? undefined : visitScalar(node)) });
    }
    const { content, starts } = applySplices(source, splices);
    result.content = content;
    result.changes = pending.map((change, i) => ({
        file: opts.file,
        line: lineOf(content, starts[i] ?? 0),
        ...change
    }));
    return result;
}
/**
 * The setter in a comment, read as kyaml's field metadata does: strip the leading `#`s, decode
 * a JSON object of strings, take `$imagepolicy`. Anything else is an ordinary comment.
 */
function setterOf(comment) {
    if (comment === undefined)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(comment.replace(/^#*/, ''));
    }
    catch {
        return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return undefined;
    const fields = Object.entries(parsed);
    if (!fields.every(([, v]) => typeof v === 'string' || v === null))
        return undefined;
    const setter = parsed['$imagepolicy'];
    return typeof setter === 'string' && setter !== '' ? setter : undefined;
}
/**
 * The value Flux writes for a setter: `<ns>:<name>` is the whole reference
 * (`name:tag@digest`, as ImageRef.String()), and `:name`, `:tag`, `:digest` one part each.
 */
function resolveSetter(setter, policies) {
    const parts = setter.split(':');
    const policy = parts.slice(0, 2).join(':');
    const value = parts.length >= 2 && parts.length <= 3 ? policies.get(policy) : undefined;
    if (value === undefined)
        return { unknown: { policy, marker: setter } };
    const part = parts[2];
    if (part !== undefined && !PARTS.has(part))
        return { reason: `unknown setter part '${part}'` };
    if (part === 'name')
        return { value: value.name };
    if (part === 'tag' || part === 'digest') {
        const field = value[part];
        return field ? { value: field } : { reason: `policy '${policy}' has no ${part}` };
    }
    // Flux would write `name:` for an empty tag; a reference with neither is not a promotion.
    if (!value.tag && !value.digest)
        return { reason: `policy '${policy}' has no tag or digest` };
    const tag = value.tag ? `:${value.tag}` : '';
    return { value: `${value.name}${tag}${value.digest ? `@${value.digest}` : ''}` };
}
/**
 * Applies {@link setMarkers} to every `.yaml`, `.yml` and `Kustomization` file under `dir`
 * (relative to `root` or absolute, and inside it), skipping `.git`. Symlinked files are read
 * only when they resolve inside `root`; symlinked directories are not descended, like Go's
 * `filepath.Walk` that Flux uses. Throws if `dir` is outside `root` or holds more than
 * `maxFiles` YAML files, since a partial scan would promote only part of the markers.
 */
async function scanDirectory(root, dir, policies, opts = {}) {
    const realRoot = await (0,promises_.realpath)(root);
    const start = await (0,promises_.realpath)((0,external_node_path_.resolve)(realRoot, dir));
    if (!setters_within(realRoot, start)) {
        throw new errors/* PromoteError */.jG(`directory '${dir}' is outside the repository root '${root}'`);
    }
    const limits = { files: opts.maxFiles ?? 10_000, bytes: opts.maxFileBytes ?? 10 * 1024 * 1024 };
    const result = { files: [], errors: [], unknownPolicies: [], skipped: [] };
    const walk = { root: realRoot, seen: new Set(), errors: result.errors };
    let count = 0;
    for await (const path of yamlFiles(walk, start)) {
        if (++count > limits.files) {
            throw new errors/* PromoteError */.jG(`more than ${limits.files} YAML files under '${dir}'; point at a narrower directory`);
        }
        await scanFile(path, relativePath(realRoot, path), policies, limits.bytes, result);
    }
    return result;
}
async function scanFile(path, file, policies, maxBytes, result) {
    const { size } = await (0,promises_.stat)(path);
    if (size > maxBytes) {
        result.errors.push({ file, message: `${size} bytes is over the ${maxBytes}-byte limit` });
        return;
    }
    const content = await (0,promises_.readFile)(path, 'utf8');
    try {
        const edited = setMarkers(content, policies, { file });
        result.unknownPolicies.push(...edited.unknownPolicies.map(u => ({ file, ...u })));
        result.skipped.push(...edited.skipped.map(s => ({ file, ...s })));
        if (edited.content !== content) {
            result.files.push({ path: file, content: edited.content, changes: edited.changes });
        }
    }
    catch (err) {
        if (!(err instanceof ManifestParseError))
            throw err;
        result.errors.push({ file, message: err.message });
    }
}
async function* yamlFiles(walk, dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory()) {
            if (entry.name !== '.git')
                yield* yamlFiles(walk, path);
            continue;
        }
        // Flux's reader takes these names; `Kustomization` is a kustomization file name too.
        if (!/\.ya?ml$/.test(entry.name) && entry.name !== 'Kustomization')
            continue;
        const real = entry.isSymbolicLink() ? await (0,promises_.realpath)(path).catch(() => undefined) : path;
        if (real === undefined || walk.seen.has(real))
            continue;
        if (!setters_within(walk.root, real)) {
            const message = 'symlink resolves outside the repository; not followed';
            walk.errors.push({ file: relativePath(walk.root, path), message });
            continue;
        }
        if (!entry.isFile() && !(await (0,promises_.stat)(real)).isFile())
            continue;
        walk.seen.add(real);
        yield path;
    }
}
function setters_within(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel);
}
const relativePath = (root, path) => (0,external_node_path_.relative)(root, path).split(external_node_path_.sep).join('/');

// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
;// CONCATENATED MODULE: ./src/promote/marker-values.ts

/**
 * Adds one marked field's value to its policy's entry (`ns:name`): a `:name`, `:tag` or
 * `:digest` setter fills that part; a whole-reference setter fills all three. A whole
 * reference that does not parse is left out.
 */
function addMarkerValue(byPolicy, setter, value, fresh) {
    const [ns, name, part] = setter.split(':');
    const policy = `${ns}:${name}`;
    const entry = byPolicy.get(policy) ?? fresh();
    if (part === 'name')
        entry.name = value;
    else if (part === 'tag')
        entry.tag = value;
    else if (part === 'digest')
        entry.digest = value;
    else {
        try {
            const ref = (0,reference/* parseReference */.F2)(value);
            Object.assign(entry, { name: ref.repository, tag: ref.tag, digest: ref.digest });
        }
        catch {
            return;
        }
    }
    byPolicy.set(policy, entry);
}
/** Whether the reference `a` names the repository of `b` (false when `a` does not parse). */
function sameRepository(a, b) {
    try {
        return (0,reference/* parseReference */.F2)(a).repository === b.repository;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/manifests/pins.ts
/**
 * Rollback pins: a Flux setter marker turned into a comment Flux no longer reads, so image
 * automation cannot write the policy's latest image over a rolled-back field.
 *
 * A marker `# {"$imagepolicy": "<setter>"}` becomes `# {"$imagepolicy-pinned": "<setter>",
 * "event": "<ledger event id>"}` and is turned back, in Flux's documented spelling, by
 * {@link unpinMarkers}. Flux ignores the pin twice over (fluxcd/image-automation-controller
 * d36e2ea, internal/update/setters.go and filereader.go; kubernetes-sigs/kustomize 12f9e63,
 * kyaml/fieldmeta/fieldmeta.go):
 * - its reader only parses files containing `"$imagepolicy"` with both quotes, which
 *   `"$imagepolicy-pinned"` does not contain;
 * - in a file it does parse, `FieldMeta.processShortHand` looks up the key `$imagepolicy` in the
 *   comment's JSON object and finds nothing; the comment then decodes as an OpenAPI schema
 *   without a `$ref` or an `x-k8s-cli` extension, so the setter filter (`getExtFromSchema`) has
 *   no setter to apply.
 */


/** The key of a live Flux marker (kyaml's short-hand ref as Flux sets it). */
const MARKER_KEY = '$imagepolicy';
/** The key of a pinned marker. */
const PIN_KEY = '$imagepolicy-pinned';
/** Files without this text hold no pin and are never parsed. */
const PIN_TOKEN = `"${PIN_KEY}"`;
// As in setters.ts: only a line comment right after the scalar counts (kyaml's LineComment).
const pins_LINE_COMMENT = /[ \t]+#([^\r\n]*)/y;
/** The setter and pin of a comment: a JSON object of strings with one of the two keys. */
function readComment(comment) {
    let parsed;
    try {
        parsed = JSON.parse(comment.replace(/^#*/, ''));
    }
    catch {
        return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return undefined;
    const fields = parsed;
    if (!Object.values(fields).every(v => typeof v === 'string' || v === null))
        return undefined;
    const live = fields[MARKER_KEY];
    if (typeof live === 'string' && live !== '')
        return { setter: live };
    const pinned = fields[PIN_KEY];
    const event = fields.event;
    if (typeof pinned === 'string' && pinned !== '')
        return { setter: pinned, pinnedBy: typeof event === 'string' ? event : '' };
    return undefined;
}
function findFields(source, file) {
    if (!source.includes(`"${MARKER_KEY}`))
        return [];
    const found = [];
    const visitScalar = (node) => {
        const [start, end] = node.range ?? [0, 0];
        if (start === end || !['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'].includes(node.type ?? '')) {
            return;
        }
        pins_LINE_COMMENT.lastIndex = end;
        const match = pins_LINE_COMMENT.exec(source);
        if (!match)
            return;
        const comment = match[1] ?? '';
        const read = readComment(comment);
        if (!read)
            return;
        const at = pins_LINE_COMMENT.lastIndex - comment.length;
        const lead = /^[#\s]*/.exec(comment)?.[0].length ?? 0;
        const trail = comment.length - comment.trimEnd().length;
        found.push({
            line: lineOf(source, start),
            value: scalarText(node) ?? '',
            ...read,
            json: [at + lead, at + comment.length - trail]
        });
    };
    for (const doc of parseManifest(source, file)) {
        (0,dist.visit)(doc, { Scalar: (key, node) => (key === 'key' ? undefined : visitScalar(node)) });
    }
    return found;
}
/**
 * Every field with a live marker or a pin, in file order. Throws `ManifestParseError` when the
 * file mentions a marker but is not valid YAML.
 */
function markedFields(source, file) {
    return findFields(source, file).map(({ line, setter, value, pinnedBy }) => ({
        line,
        setter,
        value,
        ...(pinnedBy === undefined ? {} : { pinnedBy })
    }));
}
/** The text of a pin comment. */
const pinComment = (setter, event) => `{${JSON.stringify(PIN_KEY)}: ${JSON.stringify(setter)}, "event": ${JSON.stringify(event)}}`;
/** The text of a live marker comment, as Flux documents it. */
const markerComment = (setter) => `{${JSON.stringify(MARKER_KEY)}: ${JSON.stringify(setter)}}`;
function rewrite(source, file, pick) {
    const splices = [];
    const fields = [];
    for (const { json, ...field } of findFields(source, file)) {
        const text = pick(field);
        if (text === undefined || source.slice(json[0], json[1]) === text)
            continue;
        splices.push({ start: json[0], end: json[1], text });
        fields.push(field);
    }
    return { content: applySplices(source, splices).content, fields };
}
/**
 * Pins every field whose setter `matches`, live or already pinned by another event, to `event`.
 * Only comment text changes; values are left to the setter.
 */
function pinMarkers(source, matches, event, opts) {
    return rewrite(source, opts.file, f => matches(f.setter) ? pinComment(f.setter, event) : undefined);
}
/** Turns every pin whose setter `matches` back into a live marker. */
function unpinMarkers(source, matches, opts) {
    return rewrite(source, opts.file, f => f.pinnedBy !== undefined && matches(f.setter) ? markerComment(f.setter) : undefined);
}
/** A matcher for every setter of one policy (`<ns>:<name>` and its `:name|tag|digest` parts). */
const ofPolicy = (policy) => (setter) => setter === policy || (setter.startsWith(`${policy}:`) && setter.split(':').length === 3);

;// CONCATENATED MODULE: ./src/promote/pinned.ts


/**
 * Reads the setter fields a rollback pinned (see `src/manifests/pins.ts`), one entry per policy
 * and file, so a pinned field is still a place the environment pins the image: status shows
 * it, and the next promotion writes it and restores its marker.
 */
function pinnedMarkerPins(text, file, image) {
    if (!text.includes(PIN_TOKEN))
        return [];
    const byPolicy = new Map();
    for (const field of markedFields(text, file)) {
        if (field.pinnedBy === undefined)
            continue;
        const by = field.pinnedBy;
        addMarkerValue(byPolicy, field.setter, field.value, () => ({
            by
        }));
    }
    const pins = [];
    for (const [policy, v] of byPolicy) {
        if (!v.name || !sameRepository(v.name, image))
            continue;
        pins.push({
            file,
            via: 'marker',
            policy,
            pinnedBy: v.by,
            ...(v.tag ? { tag: v.tag } : {}),
            ...(v.digest ? { digest: v.digest } : {})
        });
    }
    return pins;
}

;// CONCATENATED MODULE: ./src/manifests/values-paths.ts
/**
 * Helm values edited by key path, as byte-preserving splices (see `yaml-splice.ts`): the scalar
 * at a path gets new text at its source range, so comments, quoting, key order and line endings
 * elsewhere stay as they were.
 *
 * Key paths name a value the way argocd-image-updater's `helm.image-name` / `helm.image-tag`
 * settings do: keys joined by `.` (`image.tag`), list items by a bracketed index
 * (`images[0].tag`), and a key that itself holds a dot with the dot escaped
 * (`podAnnotations.example\.com/revision`); `\\` is a backslash and `\[` a bracket.
 */




/** A key path that does not parse, or that the file cannot satisfy. One line, no input names. */
class ValuesPathError extends errors/* PromoteError */.jG {
}
const MAX_PATH_SEGMENTS = 64;
/** Parses a key path into its segments (see the module comment for the syntax). */
function parseKeyPath(text) {
    const bad = (problem) => {
        throw new ValuesPathError(`key path ${(0,util_text/* echo */.W)(text)}: ${problem}`);
    };
    const segments = [];
    let key = '';
    let pendingKey = true;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\') {
            const next = text[i + 1];
            if (next !== '.' && next !== '\\' && next !== '[')
                bad("'\\' escapes only '.', '[' or '\\'");
            key += next;
            i++;
        }
        else if (c === '.') {
            if (pendingKey) {
                if (key === '')
                    bad('empty key (two dots, or a leading or trailing dot)');
                segments.push(key);
            }
            else if (key !== '')
                bad("expected '.' or '[' after ']'");
            key = '';
            pendingKey = true;
        }
        else if (c === '[') {
            const close = text.indexOf(']', i);
            const index = text.slice(i + 1, close < 0 ? undefined : close);
            if (close < 0 || !/^(0|[1-9][0-9]{0,5})$/.test(index))
                bad('expected [<index>], e.g. [0]');
            if (pendingKey && key !== '')
                segments.push(key);
            else if (pendingKey && segments.length === 0)
                bad('a list index needs a key before it');
            segments.push(Number(index));
            key = '';
            pendingKey = false;
            i = close;
        }
        else {
            if (!pendingKey)
                bad("expected '.' or '[' after ']'");
            key += c;
        }
    }
    if (pendingKey) {
        if (key === '')
            bad('empty key (two dots, or a leading or trailing dot)');
        segments.push(key);
    }
    if (segments.length > MAX_PATH_SEGMENTS)
        bad(`more than ${MAX_PATH_SEGMENTS} segments`);
    return segments;
}
function walk(root, segments) {
    let node = root;
    for (const [i, seg] of segments.entries()) {
        const last = i === segments.length - 1;
        if (typeof seg === 'number') {
            if (!(0,dist.isSeq)(node))
                return { blocked: `${shown(segments, i)} is not a list` };
            if (seg >= node.items.length)
                return { blocked: `${shown(segments, i + 1)}: the list has ${node.items.length} items` };
            const item = node.items[seg];
            if (last)
                return { item };
            node = item;
            continue;
        }
        if (node === null || ((0,dist.isScalar)(node) && node.value === null && i === 0))
            return { missingIn: { map: null, depth: i } };
        if (!(0,dist.isMap)(node))
            return { blocked: `${shown(segments, i)} is not a mapping` };
        const pair = node.items.find(p => (0,dist.isScalar)(p.key) && String(p.key.value) === seg);
        if (pair === undefined)
            return { missingIn: { map: node, depth: i } };
        if (last)
            return { pair };
        node = pair.value;
    }
    return {};
}
/** The first `n` segments written back as a path, for messages. */
function shown(segments, n) {
    if (n === 0)
        return 'the document';
    return segments
        .slice(0, n)
        .map((s, i) => typeof s === 'number' ? `[${s}]` : (i > 0 ? '.' : '') + s.replace(/[\\.[]/g, c => `\\${c}`))
        .join('');
}
function rootOf(source, file) {
    const docs = parseManifest(source, file);
    if (docs.length > 1)
        throw new ValuesPathError(`${file}: a values file must be one YAML document`);
    return docs[0]?.contents ?? null;
}
/** The one-line scalar a path names, or why there is none. */
function scalarAt(found, file, path) {
    if (found.blocked)
        throw new ValuesPathError(`${file}: key path ${(0,util_text/* echo */.W)(path)}: ${found.blocked}`);
    if (found.missingIn)
        return undefined;
    const value = found.pair ? found.pair.value : found.item;
    if (value === null || value === undefined)
        return null;
    if (!(0,dist.isScalar)(value) || value.type?.startsWith('BLOCK'))
        throw new ValuesPathError(`${file}: key path ${(0,util_text/* echo */.W)(path)} holds a block or collection, not a one-line value`);
    return value;
}
/**
 * Reads the values at `paths`: a string per path, `undefined` where the path is missing or
 * holds null. Throws {@link ValuesPathError} for a path that runs into a non-collection.
 */
function getValues(source, file, paths) {
    const root = rootOf(source, file);
    return paths.map(p => {
        const node = scalarAt(walk(root, parseKeyPath(p)), file, p);
        return node ? scalarText(node) : undefined;
    });
}
/**
 * Writes each edit's value at its path. A missing path is an error naming the file and the path,
 * unless `createMissing` is set: then the missing mapping keys are added under the deepest one
 * that exists (list items are never created).
 */
function setValues(source, edits, opts) {
    const { file } = opts;
    const root = rootOf(source, file);
    const splices = [];
    const notes = [];
    const seen = new Set();
    for (const edit of edits) {
        const segments = parseKeyPath(edit.path);
        const key = JSON.stringify(segments);
        if (seen.has(key))
            throw new ValuesPathError(`key path ${(0,util_text/* echo */.W)(edit.path)} is given twice`);
        seen.add(key);
        const found = walk(root, segments);
        const node = scalarAt(found, file, edit.path);
        if (node === undefined) {
            if (!opts.createMissing)
                throw new ValuesPathError(`${file}: key path ${(0,util_text/* echo */.W)(edit.path)} not found (${shown(segments, (found.missingIn?.depth ?? 0) + 1)} is missing)`);
            const made = createText(source, file, found, segments, edit);
            splices.push(made.splice);
            notes.push({
                change: { path: edit.path, new: edit.value },
                splice: splices.length - 1,
                at: made.at
            });
            continue;
        }
        const old = node ? scalarText(node) : undefined;
        if (old === edit.value)
            continue;
        const change = { path: edit.path, ...(old === undefined ? {} : { old }), new: edit.value };
        const s = valueSplice(source, found, node, edit.value);
        splices.push(s.splice);
        notes.push({ change, splice: splices.length - 1, at: s.at });
    }
    const { content, starts } = applySplices(source, splices);
    const changes = notes.map(({ change, splice, at }) => ({
        file,
        line: lineOf(content, (starts[splice] ?? 0) + at),
        ...change
    }));
    return { content, changes };
}
function valueSplice(source, found, node, value) {
    const [start, end] = node?.range ?? nullRange(found);
    if (start !== end)
        return { splice: { start, end, text: formatScalarLike(value, node?.type) }, at: 0 };
    // An empty value sits right after the colon or right before a comment: keep both apart.
    const before = /\s/.test(source[start - 1] ?? ' ') ? '' : ' ';
    const after = /\S/.test(source[start] ?? '\n') ? ' ' : '';
    const text = before + formatScalarLike(value, 'PLAIN') + after;
    return { splice: { start, end, text }, at: before.length };
}
function nullRange(found) {
    const key = found.pair?.key;
    const end = key?.range?.[1] ?? 0;
    return [end + 1, end + 1];
}
function createText(source, file, found, segments, edit) {
    const { map, depth } = found.missingIn ?? { map: null, depth: 0 };
    const rest = segments.slice(depth);
    const cannot = (why) => {
        throw new ValuesPathError(`${file}: key path ${(0,util_text/* echo */.W)(edit.path)} cannot be created: ${why}`);
    };
    if (rest.some(s => typeof s === 'number'))
        cannot('list items are never created');
    if (map?.flow)
        cannot(`${shown(segments, depth)} is a flow mapping`);
    if (map === null && depth > 0)
        cannot(`${shown(segments, depth)} is empty`);
    const eol = eolOf(source);
    const first = map?.items[0];
    const indent = first ? columnOf(source, first.key.range[0] ?? 0) : 0;
    const last = map?.items[map.items.length - 1];
    const lastEnd = last ? (last.value ?? last.key).range[1] : undefined;
    const at = lastEnd === undefined ? source.length : lineEndAfter(source, lastEnd);
    let text = at === source.length && source !== '' && !source.endsWith('\n') ? eol : '';
    if (lastEnd !== undefined)
        text += eol;
    rest.forEach((seg, i) => {
        if (i > 0)
            text += eol;
        text += `${' '.repeat(indent + 2 * i)}${formatScalarLike(String(seg), 'PLAIN')}:`;
    });
    text += ' ';
    const offset = text.length;
    text += formatScalarLike(edit.value, 'PLAIN');
    if (lastEnd === undefined)
        text += eol;
    return { splice: { start: at, end: at, text }, at: offset };
}

;// CONCATENATED MODULE: ./src/promote/values-target.ts




/** The key paths a values target uses when promotion.yaml names none. */
const VALUES_DEFAULTS = {
    repository: 'image.repository',
    tag: 'image.tag',
    digest: 'image.digest'
};
/** Bound on a values file we read: repository content is untrusted. */
const MAX_VALUES_BYTES = 2 * 1024 * 1024;
/** A values target with every key path filled in. */
function valuesKeys(target) {
    return {
        file: target.file,
        repository: target.repository ?? VALUES_DEFAULTS.repository,
        tag: target.tag ?? VALUES_DEFAULTS.tag,
        digest: target.digest ?? VALUES_DEFAULTS.digest
    };
}
/**
 * What a Helm values file pins for `image`: a pin when the value at the repository path names
 * the image's repository, none otherwise. The file is confined to the repository (a symlink
 * out of it is refused, never read) and bounded in size.
 */
async function valuesPins(root, target, image, sameRepository) {
    const keys = valuesKeys(target);
    const { abs, rel } = await confine(root, keys.file);
    const stat = await (0,promises_.lstat)(abs).catch(() => undefined);
    if (!stat?.isFile())
        throw new errors/* PromoteError */.jG(`values file ${rel} does not exist in the GitOps repository; create it, or fix values.file in promotion.yaml`);
    if (stat.size > MAX_VALUES_BYTES)
        throw new errors/* PromoteError */.jG(`${rel}: larger than ${MAX_VALUES_BYTES} bytes; refusing to read it`);
    const text = await (0,promises_.readFile)(abs, 'utf8');
    const [repository, tag, digest] = getValues(text, rel, [keys.repository, keys.tag, keys.digest]);
    if (repository === undefined || !sameRepository(repository, image))
        return [];
    return [
        {
            file: rel,
            via: 'values',
            keys: { tag: keys.tag, digest: keys.digest },
            ...(tag ? { tag } : {}),
            ...(digest ? { digest } : {})
        }
    ];
}

;// CONCATENATED MODULE: ./src/promote/environment.ts










const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** Bounds on what an environment directory can make us read: it is untrusted input. */
const MAX_FILES = 5_000;
const MAX_FILE_BYTES = 2 * 1024 * 1024;
/**
 * The kustomization file of an environment directory, if it has one, relative to the real
 * repository root. A symlinked kustomization file is not taken (kustomize would follow it out).
 */
async function findKustomization(root, dir) {
    const start = await confine(root, dir);
    for (const name of KUSTOMIZATION_FILES) {
        try {
            if ((await (0,promises_.lstat)(external_node_path_default().join(start.abs, name))).isFile())
                return joinRel(start.rel, name);
        }
        catch {
            // Not this spelling.
        }
    }
    return undefined;
}
const joinRel = (dir, name) => (dir === '.' ? name : `${dir}/${name}`);
/** Reads the `images:` entries of a kustomization that name `image`. */
function kustomizationPins(text, file, image) {
    // Bounded: parseManifest refuses alias bombs and oversized files before anything expands.
    const doc = parseManifest(text, file)[0]?.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    const images = doc?.images;
    if (!Array.isArray(images))
        return [];
    const pins = [];
    for (const entry of images) {
        if (typeof entry !== 'object' || entry === null || typeof entry.name !== 'string')
            continue;
        const repo = typeof entry.newName === 'string' ? entry.newName : entry.name;
        if (!sameRepository(repo, image))
            continue;
        pins.push({
            file,
            via: 'kustomization',
            entryName: entry.name,
            ...(typeof entry.newTag === 'string' || typeof entry.newTag === 'number'
                ? { tag: String(entry.newTag) }
                : {}),
            ...(typeof entry.digest === 'string' ? { digest: entry.digest } : {})
        });
    }
    return pins;
}
const PROBE = {
    name: 'probe.invalid/probe',
    tag: 'probe',
    digest: `sha256:${'0'.repeat(64)}`
};
/**
 * Reads Flux setter markers and their current values, by asking the setter to
 * rewrite each policy it finds and reading back the old values, so reading and
 * writing share one parser.
 */
function markerPins(text, file, image) {
    if (!text.includes(MARKER_TOKEN))
        return [];
    const found = setMarkers(text, new Map(), { file });
    const policies = new Map(found.unknownPolicies.map(u => [u.policy, PROBE]));
    const probed = setMarkers(text, policies, { file });
    const byPolicy = new Map();
    for (const change of probed.changes)
        addMarkerValue(byPolicy, change.marker, change.old, () => ({}));
    const pins = [];
    for (const [policy, v] of byPolicy) {
        if (!v.name || !sameRepository(v.name, image))
            continue;
        pins.push({
            file,
            via: 'marker',
            policy,
            ...(v.tag ? { tag: v.tag } : {}),
            ...(v.digest ? { digest: v.digest } : {})
        });
    }
    return pins;
}
/**
 * Lists YAML files under `dir`, bounded, skipping `.git` and symlinks, as paths relative to the
 * real repository root: `dir` itself is confined first, so a symlink on the way that leaves the
 * repository is refused, and one that stays inside yields the paths Git knows.
 */
async function listYamlFiles(root, dir) {
    const start = await confine(root, dir);
    const out = [];
    async function walk(abs, rel) {
        let entries;
        try {
            entries = await (0,promises_.readdir)(abs, { withFileTypes: true });
        }
        catch {
            throw new errors/* PromoteError */.jG(`environment directory '${dir}' does not exist in the GitOps repository`);
        }
        for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            if (e.name === '.git' || e.isSymbolicLink())
                continue;
            const child = joinRel(rel, e.name);
            if (e.isDirectory())
                await walk(external_node_path_default().join(abs, e.name), child);
            else if (e.isFile() && (/\.ya?ml$/.test(e.name) || e.name === 'Kustomization')) {
                out.push(child);
                if (out.length > MAX_FILES)
                    throw new errors/* PromoteError */.jG(`'${dir}' holds more than ${MAX_FILES} YAML files`);
            }
        }
    }
    await walk(start.abs, start.rel);
    return out;
}
/** Reads what an environment directory pins for each image. */
async function readEnvironment(root, dir, images, values) {
    const files = await listYamlFiles(root, dir);
    const kustomization = await findKustomization(root, dir);
    const texts = new Map();
    for (const f of files) {
        const abs = external_node_path_default().join(root, f);
        if ((await (0,promises_.lstat)(abs)).size > MAX_FILE_BYTES) {
            // Skipping the kustomization would read "no pin" where there may be one.
            if (f === kustomization)
                throw new errors/* PromoteError */.jG(`${f}: larger than ${MAX_FILE_BYTES} bytes; refusing to read it`);
            continue;
        }
        texts.set(f, await (0,promises_.readFile)(abs, 'utf8'));
    }
    const valuePins = values
        ? await Promise.all(images.map(image => valuesPins(root, values, image, sameRepository)))
        : [];
    return images.map((image, i) => {
        const pins = [...(valuePins[i] ?? [])];
        if (kustomization)
            pins.push(...kustomizationPins(texts.get(kustomization) ?? '', kustomization, image));
        for (const [f, text] of texts) {
            try {
                pins.push(...markerPins(text, f, image), ...pinnedMarkerPins(text, f, image));
            }
            catch (err) {
                // Only files with the marker token are parsed. One that does not parse may pin this
                // image: skipping it would promote (or report) only part of the environment.
                if (!(err instanceof ManifestParseError))
                    throw err;
                throw new errors/* PromoteError */.jG(`${err.message}; the file carries an $imagepolicy marker, so it cannot be skipped: fix the YAML`);
            }
        }
        const digests = [...new Set(pins.flatMap(p => (p.digest ? [p.digest] : [])))];
        if (digests.length > 1) {
            throw new errors/* PromoteError */.jG(`${dir} pins ${image.repository} to several digests (${digests.join(', ')}); make its files agree before promoting`);
        }
        return { image, pins, digest: digests[0], tag: pins.find(p => p.tag)?.tag };
    });
}

;// CONCATENATED MODULE: ./src/promote/adopt-check.ts




/**
 * Checks what `environment` runs against the registry and builds its `adopted` events. The
 * digest its files pin must exist, and a tag they name too must resolve to that digest; a
 * tag-only pin is recorded as the digest its tag resolves to now. Any problem refuses the whole
 * environment (nothing is recorded for it) with one line; registry errors that are not about
 * the environment (network, credentials) are thrown.
 */
async function checkAdoption(root, environment, images, client, ledger, run) {
    try {
        const states = await readEnvironment(root, environment.path, images, environment.values);
        const events = [];
        const recorded = [];
        for (const state of states) {
            const digest = await runningDigest(state, environment, client);
            const latest = latestDeployment(ledger, environment.name, state.image.repository);
            if (latest?.digest === digest)
                recorded.push(latest);
            else
                events.push(adoptedEvent(environment, state, digest, run));
        }
        return { environment, events, recorded };
    }
    catch (err) {
        if (!(err instanceof errors/* PromoteError */.jG))
            throw err;
        return { environment, refused: `${environment.name}: ${(0,errors/* errorMessage */.gJ)(err)}` };
    }
}
/** The digest an environment's files run for one image, checked against the registry. */
async function runningDigest(state, environment, client) {
    const where = environment.path;
    const repo = state.image.withoutTag();
    if (state.pins.length === 0) {
        throw new errors/* PromoteError */.jG(`${where} pins no ${state.image.repository}; add a kustomization images entry or an $imagepolicy marker for it, or leave ${environment.name} out (environment)`);
    }
    const tagged = state.tag ? await client.head(repo.withTag(state.tag)) : undefined;
    if (state.tag && !tagged) {
        throw new errors/* PromoteError */.jG(`${state.image.repository}:${state.tag}, which ${where} names, does not exist in the registry; push the tag or fix ${where}, then adopt again`);
    }
    if (!state.digest)
        return tagged.digest;
    if (!(await client.head(repo.withDigest(state.digest)))) {
        throw new errors/* PromoteError */.jG(`${state.image.repository}@${state.digest}, which ${where} pins, does not exist in the registry; pin a digest that exists, then adopt again`);
    }
    if (tagged && tagged.digest !== state.digest) {
        throw new errors/* PromoteError */.jG(`${state.image.repository}:${state.tag}, which ${where} names, resolves to ${tagged.digest}, not the pinned ${state.digest}; make the tag and the digest in ${where} agree, then adopt again`);
    }
    return state.digest;
}
function adoptedEvent(environment, state, digest, run) {
    const detail = state.tag
        ? `${digest} exists, and ${state.tag} resolves to it`
        : `${digest} exists in the registry`;
    return {
        schemaVersion: 1,
        id: eventId(run.now, environment.name, state.image.repository, digest),
        kind: 'adopted',
        environment: environment.name,
        alias: { tag: state.tag ?? null, floating: null },
        image: state.image.repository,
        digest,
        previousDigest: null,
        fromEnvironment: null,
        sourceTag: null,
        targetTag: state.tag ?? null,
        sourceRevision: run.sourceRevision ?? null,
        pipeline: pipelineFromEnv(run.env),
        actor: run.env.GITHUB_ACTOR ?? null,
        timestamp: run.now.toISOString(),
        releaseLabel: run.releaseLabel ?? null,
        gates: [{ name: 'registry-digest', result: 'passed', detail }],
        pullRequest: null,
        revertOf: null
    };
}

;// CONCATENATED MODULE: ./src/promote/land.ts




const MAX_PUSH_ATTEMPTS = 3;
/**
 * Writes files at their confined paths and returns those paths as Git knows them: a file under
 * a symlink that stays inside the repository is written, and committed, where the link leads.
 * The plan phase checked the same paths ({@link confineFiles}); this checks again at the write.
 */
async function writeFiles(root, files) {
    const written = [];
    for (const f of files) {
        const at = await confine(root, f.path);
        await (0,promises_.mkdir)(external_node_path_default().dirname(at.abs), { recursive: true });
        await (0,promises_.writeFile)(at.abs, f.content);
        written.push(at.rel);
    }
    return written;
}
/**
 * Refuses, before anything is written anywhere, a file set with a path that leaves the
 * repository through a symlink (or `..`, or `.git`): see {@link confine}.
 */
async function confineFiles(root, files) {
    for (const f of files)
        await confine(root, f.path);
}
/**
 * Commit mode: commit on the base branch and push. A rejected push (someone
 * else pushed first) fetches the new base and recomputes the change on top of
 * it, since edits are a function of the files; after three refusals it stops.
 */
async function landOnBase(repo, identity, logger, build) {
    let lastReason = '';
    for (let attempt = 1; attempt <= MAX_PUSH_ATTEMPTS; attempt++) {
        const { files, message } = await build();
        const paths = await writeFiles(repo.root, files);
        if (!(await repo.git.tryCommit(paths, message, identity))) {
            return { changed: false, commitSha: await repo.git.head() };
        }
        const pushed = await repo.git.tryPush(repo.baseBranch);
        if (pushed.ok)
            return { changed: true, commitSha: await repo.git.head() };
        if (pushed.denied)
            throw credentialsRefused(repo.baseBranch, pushed.reason);
        lastReason = pushed.reason;
        // No fetch and no "try 4" after the last attempt: the error below says it all.
        if (attempt === MAX_PUSH_ATTEMPTS)
            break;
        logger.warning(`push to ${repo.baseBranch} refused (${pushed.reason}); rebasing the promotion, try ${attempt + 1}`);
        if (!(await repo.git.tryFetch(repo.baseBranch)))
            throw new errors/* PromoteError */.jG(`branch ${repo.baseBranch} disappeared from the remote`);
        await repo.git.checkoutFresh(repo.baseBranch, `refs/remotes/origin/${repo.baseBranch}`);
    }
    throw new errors/* PromoteError */.jG(`push to ${repo.baseBranch} was refused ${MAX_PUSH_ATTEMPTS} times (last: ${lastReason})`);
}
/**
 * Pull-request mode: the promotion branch is the base plus one commit. When the
 * remote branch already holds the same tree on the same base, nothing is pushed;
 * otherwise the branch is replaced with a lease on what was there.
 */
async function landOnBranch(repo, branch, identity, files, message) {
    const remoteSha = (await repo.git.tryFetch(branch, 2))
        ? await repo.git.tryRevParse(`refs/remotes/origin/${branch}`)
        : undefined;
    await repo.git.checkoutFresh(branch, repo.baseSha);
    const paths = await writeFiles(repo.root, files);
    if (!(await repo.git.tryCommit(paths, message, identity))) {
        return { changed: false, commitSha: repo.baseSha, remoteSha };
    }
    if (remoteSha) {
        const sameTree = (await repo.git.tree(remoteSha)) === (await repo.git.tree('HEAD'));
        const sameBase = (await repo.git.tryRevParse(`${remoteSha}^`)) === repo.baseSha;
        if (sameTree && sameBase)
            return { changed: false, commitSha: remoteSha, remoteSha };
    }
    await pushBranch(repo, branch, remoteSha);
    return { changed: true, commitSha: await repo.git.head(), remoteSha };
}
/** Replaces the branch's commit after the event learned its pull request number. */
async function amendBranch(repo, branch, identity, files, message, leaseSha) {
    const paths = await writeFiles(repo.root, files);
    await repo.git.tryCommit(paths, message, identity, { amend: true });
    await pushBranch(repo, branch, leaseSha);
    return repo.git.head();
}
async function pushBranch(repo, branch, lease) {
    const pushed = await repo.git.tryPush(branch, { forceWithLease: lease ?? '' });
    if (pushed.denied)
        throw credentialsRefused(branch, pushed.reason);
    if (!pushed.ok) {
        throw new errors/* PromoteError */.jG(`push of ${branch} was refused (${pushed.reason}); another run may be promoting the same images: re-run to update the pull request`);
    }
}
/** A push the server refused for its credentials: no retry cures it, the token must change. */
function credentialsRefused(branch, reason) {
    return new errors/* PromoteError */.jG(`push to ${branch} was refused: the GitOps repository's server did not accept the credentials (${reason}); use a token that may push to it (contents: write)`);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 1 modules
var exec = __webpack_require__(41955);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __webpack_require__(88701);
;// CONCATENATED MODULE: ./src/git/git-command-manager.ts



/** How git says the server refused the credentials (HTTP 401/403), rather than the push. */
const CREDENTIALS_REFUSED = /Authentication failed|could not read (Username|Password)|returned error: 40[13]|Permission to .* denied|HTTP 40[13]/i;
/** Oldest git with `GIT_CONFIG_COUNT` (2.31), which keeps the token out of argv and config files. */
const MINIMUM_GIT_VERSION = [2, 31, 0];
/**
 * The one way this tool runs git, like actions/checkout's GitCommandManager:
 * argument arrays, prompts off, identity per command, and credentials passed as
 * an `http.<url>.extraheader` through `GIT_CONFIG_*` variables so they appear in
 * no argument list, no log and no `.git/config`.
 */
class GitCommandManager {
    gitPath;
    logger;
    env;
    /** The work tree every command runs in. */
    workdir;
    constructor(gitPath, workdir, logger, env) {
        this.gitPath = gitPath;
        this.workdir = workdir;
        this.logger = logger;
        this.env = env;
    }
    /** Finds git, checks its version, and prepares the environment for `workdir`. */
    static async create(workdir, opts) {
        const gitPath = await io/* which */.K7('git', false);
        if (!gitPath)
            throw new errors/* PromoteError */.jG('git is not installed; install git 2.31 or later');
        const env = {};
        for (const [k, v] of Object.entries(opts.env))
            if (v !== undefined && !k.startsWith('GIT_CONFIG_'))
                env[k] = v;
        Object.assign(env, { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'Never', LC_ALL: 'C' });
        const config = [...(opts.config ?? [])];
        if (opts.auth) {
            const basic = Buffer.from(`x-access-token:${opts.auth.token}`).toString('base64');
            opts.logger.setSecret(opts.auth.token);
            opts.logger.setSecret(basic);
            const url = opts.auth.serverUrl.replace(/\/+$/, '');
            config.push({ key: `http.${url}/.extraheader`, value: `AUTHORIZATION: basic ${basic}` });
        }
        if (config.length > 0)
            env.GIT_CONFIG_COUNT = String(config.length);
        config.forEach(({ key, value }, i) => {
            env[`GIT_CONFIG_KEY_${i}`] = key;
            env[`GIT_CONFIG_VALUE_${i}`] = value;
        });
        const git = new GitCommandManager(gitPath, workdir, opts.logger, env);
        const version = (await git.exec(['version'], { cwd: '/' })).stdout;
        const parts = /(\d+)\.(\d+)\.(\d+)/.exec(version)?.slice(1).map(Number) ?? [];
        if (compareVersions(parts, MINIMUM_GIT_VERSION) < 0) {
            throw new errors/* PromoteError */.jG(`git ${parts.join('.')} is too old; install git ${MINIMUM_GIT_VERSION.join('.')} or later`);
        }
        return git;
    }
    /** Runs git; throws unless `allowFail`, with git's `fatal:` line as the message. */
    async exec(args, opts = {}) {
        this.logger.debug(`git ${args.join(' ')}`);
        const out = await exec/* getExecOutput */.H(this.gitPath, args, {
            cwd: opts.cwd ?? this.workdir,
            env: this.env,
            silent: true,
            ignoreReturnCode: true,
            ...(opts.input !== undefined ? { input: Buffer.from(opts.input) } : {})
        });
        if (out.exitCode !== 0 && !opts.allowFail) {
            throw new errors/* PromoteError */.jG(`git ${args[0] ?? ''} failed (exit ${out.exitCode}): ${diagnosticLine(out.stderr)}`);
        }
        return { exitCode: out.exitCode, stdout: out.stdout, stderr: out.stderr };
    }
    /** Shallow-clones `url` at `branch` (the remote's default when absent) into the work tree. */
    async clone(url, branch, depth = 1) {
        const args = ['clone', '--no-tags', '--single-branch', `--depth=${depth}`];
        if (branch)
            args.push('--branch', branch);
        await this.exec([...args, url, this.workdir], { cwd: '/' });
    }
    /** The current branch name, or undefined on a detached HEAD. */
    async currentBranch() {
        const out = await this.exec(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFail: true });
        return out.exitCode === 0 ? out.stdout.trim() : undefined;
    }
    /** `git rev-parse <rev>`, or undefined when it does not resolve. */
    async tryRevParse(rev) {
        const out = await this.exec(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], {
            allowFail: true
        });
        return out.exitCode === 0 ? out.stdout.trim() : undefined;
    }
    /** Fetches `branch` from origin into `refs/remotes/origin/<branch>`; false when it does not exist. */
    async tryFetch(branch, depth = 1) {
        const out = await this.exec([
            'fetch',
            '--no-tags',
            `--depth=${depth}`,
            'origin',
            `+refs/heads/${branch}:refs/remotes/origin/${branch}`
        ], { allowFail: true });
        if (out.exitCode === 0)
            return true;
        if (/couldn't find remote ref|not our ref/i.test(out.stderr))
            return false;
        throw new errors/* PromoteError */.jG(`git fetch ${branch} failed: ${diagnosticLine(out.stderr)}`);
    }
    /** Points the work tree at `ref` on a local branch `branch`, discarding local changes. */
    async checkoutFresh(branch, ref) {
        await this.exec(['checkout', '--force', '-B', branch, ref]);
        await this.exec(['clean', '-ffdq']);
    }
    /**
     * Stages `paths` and commits (or amends HEAD); returns false when there was nothing to
     * commit. The identity goes on the command line, never into the repository's config.
     */
    async tryCommit(paths, message, identity, opts = {}) {
        await this.exec(['add', '--all', '--', ...paths]);
        const staged = await this.exec(['diff', '--cached', '--quiet'], { allowFail: true });
        if (staged.exitCode === 0 && !opts.amend)
            return false;
        const who = ['-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`];
        const amend = opts.amend ? ['--amend'] : [];
        await this.exec([...who, 'commit', '--quiet', '--no-verify', ...amend, '-F', '-'], {
            input: message
        });
        return true;
    }
    /**
     * Pushes HEAD to `branch`; not ok when the server refused (non-fast-forward, hook,
     * protection), and `denied` when it refused the credentials, which no retry cures.
     */
    async tryPush(branch, opts = {}) {
        const args = ['push', '--porcelain', 'origin', `HEAD:refs/heads/${branch}`];
        if (opts.forceWithLease !== undefined)
            args.splice(1, 0, `--force-with-lease=refs/heads/${branch}:${opts.forceWithLease}`);
        const out = await this.exec(args, { allowFail: true });
        if (out.exitCode === 0)
            return { ok: true, reason: '' };
        return { ok: false, reason: pushFailure(out), denied: CREDENTIALS_REFUSED.test(out.stderr) };
    }
    /**
     * The commits `refs` point at on origin, by exact ref name (absent refs are missing from
     * the map). With protocol v2 only the named refs are sent, so this stays cheap.
     */
    async lsRemote(refs) {
        const found = new Map();
        if (refs.length === 0)
            return found;
        const out = await this.exec(['ls-remote', '--refs', 'origin', ...refs]);
        for (const line of out.stdout.split('\n')) {
            const [sha, ref] = line.split('\t');
            if (sha && ref && refs.includes(ref))
                found.set(ref, sha);
        }
        return found;
    }
    /** Fetches the objects of `refs` from origin without creating any local ref. */
    async fetchObjects(refs) {
        if (refs.length === 0)
            return;
        await this.exec(['fetch', '--no-tags', '--no-write-fetch-head', 'origin', ...refs]);
    }
    /** The message of `commit`, or undefined when the object is not a commit we have. */
    async tryCommitMessage(commit) {
        const out = await this.exec(['cat-file', 'commit', commit], { allowFail: true });
        if (out.exitCode !== 0)
            return undefined;
        const blank = out.stdout.indexOf('\n\n');
        return blank < 0 ? '' : out.stdout.slice(blank + 2);
    }
    /** Writes a commit with no parent and an empty tree; returns its id. */
    async createRootCommit(message, identity) {
        const tree = (await this.exec(['mktree'], { input: '' })).stdout.trim();
        const who = ['-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`];
        return (await this.exec([...who, 'commit-tree', tree, '-F', '-'], { input: message })).stdout.trim();
    }
    /**
     * Creates each ref on origin at its commit, all or none (`--atomic`), and only where the
     * ref does not exist yet: `--force-with-lease=<ref>:` expects it absent, and the server's
     * ref transaction refuses an update whose old value is "none" once the ref exists, so two
     * pushes racing for one ref cannot both win.
     */
    async tryCreateRefs(updates) {
        const leases = updates.map(u => `--force-with-lease=${u.ref}:`);
        const specs = updates.map(u => `${u.commit}:${u.ref}`);
        const out = await this.exec(['push', '--porcelain', '--atomic', ...leases, 'origin', ...specs], {
            allowFail: true
        });
        if (out.exitCode === 0)
            return { ok: true, reason: '' };
        return { ok: false, reason: pushFailure(out), denied: CREDENTIALS_REFUSED.test(out.stderr) };
    }
    /** The commit of HEAD. */
    async head() {
        return (await this.exec(['rev-parse', 'HEAD'])).stdout.trim();
    }
    /** The tree of a commit, to compare contents without comparing commits. */
    async tree(rev) {
        return (await this.exec(['rev-parse', `${rev}^{tree}`])).stdout.trim();
    }
    /** Reverts `commit` without committing, for rollback by revert. */
    async revertNoCommit(commit) {
        await this.exec(['revert', '--no-commit', commit]);
    }
}
/**
 * The line of git's stderr that says what went wrong: its first `fatal:` or `error:`
 * line ("error: RPC failed; HTTP 500 …" says more than the "fatal: expected flush …"
 * after it), else its last line.
 */
function diagnosticLine(stderr) {
    const lines = stderr.split('\n').map(l => l.trim());
    return lines.find(l => /^(fatal|error):/.test(l)) ?? lines.filter(l => l !== '').pop() ?? '';
}
/** Porcelain lines are tab-separated; the reason goes into a one-line message. */
function pushFailure(out) {
    return ((out.stdout + out.stderr)
        .split('\n')
        .find(l => /rejected|remote rejected|error:|fatal:/.test(l))
        ?.replace(/\s+/g, ' ')
        .trim() ?? `exit ${out.exitCode}`);
}
function compareVersions(a, b) {
    for (let i = 0; i < b.length; i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/promote/repository.ts





/**
 * Clones the base branch as the remote has it into a temporary directory:
 * `owner/name` from the GitHub server, or the remote (`origin`) of the checkout at
 * `gitops-path`. The user's checkout is only read, never written: its branch,
 * index, refs, config and files stay byte-identical whatever happens to the run
 * (a `kill -9` leaves at most a temporary directory behind).
 */
async function openRepository(src, opts) {
    const auth = src.token ? { serverUrl: src.serverUrl, token: src.token } : undefined;
    const origin = src.repository
        ? {
            url: `${src.serverUrl.replace(/\/+$/, '')}/${src.repository}.git`,
            branch: src.branch,
            config: [],
            prefix: '',
            what: src.repository,
            fix: 'check gitops-repository and that gitops-token may read it (contents: read)'
        }
        : await inspectCheckout(src, opts);
    const tmp = await (0,promises_.mkdtemp)(external_node_path_default().join(opts.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), 'digest-promote-'));
    const top = external_node_path_default().join(tmp, 'repo');
    const close = () => (0,promises_.rm)(tmp, { recursive: true, force: true });
    try {
        const gitOpts = { logger: opts.logger, env: opts.env, auth, config: origin.config };
        let git = await GitCommandManager.create(top, gitOpts);
        await git.clone(origin.url, origin.branch, 1).catch((err) => {
            throw new errors/* PromoteError */.jG(`cloning ${origin.what}: ${err.message}; ${origin.fix}`);
        });
        const root = external_node_path_default().join(top, origin.prefix);
        if (origin.prefix !== '')
            git = await GitCommandManager.create(root, gitOpts);
        const baseBranch = origin.branch ?? (await git.currentBranch()) ?? 'main';
        const baseSha = await git.head();
        if (!src.repository)
            await noteLocalWork(src.path, baseBranch, baseSha, opts);
        return { root, git, baseBranch, baseSha, close };
    }
    catch (err) {
        await close();
        throw err;
    }
}
/**
 * Reads (only) the user's checkout: its branch, its `origin`, and the settings that
 * reach that remote (actions/checkout leaves its token as a local `extraheader`).
 */
async function inspectCheckout(src, opts) {
    const kind = await pathKind(src.path);
    if (kind !== 'directory') {
        throw new errors/* PromoteError */.jG(`input 'gitops-path': ${src.path} ${kind === 'missing' ? 'does not exist' : 'is not a directory'}; check out the GitOps repository there, or set gitops-repository`, 2);
    }
    const git = await readOnlyGit(src.path, opts);
    const prefix = await git.exec(['rev-parse', '--show-prefix'], { allowFail: true });
    if (prefix.exitCode !== 0 || !(await git.tryRevParse('HEAD'))) {
        throw new errors/* PromoteError */.jG(`input 'gitops-path': ${src.path} is not a git checkout; check out the GitOps repository or set gitops-repository`, 2);
    }
    const branch = src.branch ?? (await git.currentBranch());
    if (!branch) {
        throw new errors/* PromoteError */.jG(`input 'gitops-branch': ${src.path} is on a detached HEAD; set gitops-branch`, 2);
    }
    const remote = await git.exec(['config', '--get', 'remote.origin.url'], { allowFail: true });
    let url = remote.stdout.trim();
    if (remote.exitCode !== 0 || url === '') {
        throw new errors/* PromoteError */.jG(`input 'gitops-path': ${src.path} has no remote 'origin' to promote to; add it (git remote add origin URL) or set gitops-repository`, 2);
    }
    // A local remote path is relative to the checkout's top, not to where the clone runs.
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url) && !/^[^/]+:/.test(url)) {
        const top = (await git.exec(['rev-parse', '--show-toplevel'])).stdout.trim();
        url = external_node_path_default().resolve(top, url);
    }
    return {
        url,
        branch,
        config: await remoteSettings(git, src.token !== undefined, opts.logger),
        prefix: prefix.stdout.trim(),
        what: `branch ${branch} of ${src.path}'s origin`,
        fix: 'push the branch first, set gitops-branch, or give gitops-token a token that may read it (contents: read)'
    };
}
/** Whether the checkout path is a directory: git would otherwise fail with its spawn's `cwd` error. */
async function pathKind(dir) {
    try {
        return (await (0,promises_.stat)(dir)).isDirectory() ? 'directory' : 'other';
    }
    catch {
        return 'missing';
    }
}
/** Git for reading the user's checkout: optional locks off, so not even `status` rewrites the index. */
function readOnlyGit(dir, opts) {
    return GitCommandManager.create(dir, {
        logger: opts.logger,
        env: { ...opts.env, GIT_OPTIONAL_LOCKS: '0' }
    });
}
/**
 * The checkout's own `http.*`, `credential.*` and `url.*` settings (includes followed,
 * as actions/checkout v6 keeps its header in an included file). With a token, the
 * checkout's credentials give way to it: two Authorization headers would be refused.
 */
async function remoteSettings(git, hasToken, logger) {
    const out = await git.exec(['config', '--local', '--includes', '--null', '--get-regexp', '^(http|credential|url)\\.'], { allowFail: true });
    const entries = [];
    for (const record of out.stdout.split('\0')) {
        const nl = record.indexOf('\n');
        if (nl <= 0)
            continue;
        const key = record.slice(0, nl);
        const value = record.slice(nl + 1);
        const secret = /extraheader$/i.test(key);
        if (hasToken && (secret || key.startsWith('credential.')))
            continue;
        if (secret) {
            logger.setSecret(value);
            logger.setSecret(value.split(/\s+/).pop() ?? '');
        }
        entries.push({ key, value });
    }
    return entries;
}
/** Says, once, that the checkout's own commits and changes are not part of the promotion. */
async function noteLocalWork(dir, branch, baseSha, opts) {
    const git = await readOnlyGit(dir, opts);
    const head = await git.tryRevParse('HEAD');
    const status = await git.exec(['status', '--porcelain'], { allowFail: true });
    if (head === baseSha && status.stdout.trim() === '')
        return;
    opts.logger.info(`${dir} has commits or changes that origin/${branch} does not; the promotion starts from origin/${branch} (${baseSha.slice(0, 12)}) and leaves the checkout as it is`);
}

;// CONCATENATED MODULE: ./src/promote/reuse.ts


/**
 * Events already committed on the promotion branch (and not on the base), so a
 * re-run reuses them instead of minting new ids: the branch then stays as it is.
 */
async function existingBranchEvents(repo, branch, environment) {
    if (!(await repo.git.tryFetch(branch, 2)))
        return [];
    const ref = `refs/remotes/origin/${branch}`;
    const dir = `${LEDGER_DIR}/${environment}/`;
    const listed = await repo.git.exec(['ls-tree', '--name-only', ref, dir], { allowFail: true });
    const onBase = await repo.git.exec(['ls-tree', '--name-only', repo.baseSha, dir], {
        allowFail: true
    });
    const baseFiles = new Set(onBase.stdout.split('\n'));
    const events = [];
    for (const file of listed.stdout
        .split('\n')
        .filter(f => f.endsWith('.json') && !baseFiles.has(f))) {
        const shown = await repo.git.exec(['show', `${ref}:${file}`], { allowFail: true });
        try {
            const parsed = JSON.parse(shown.stdout);
            if (isEvent(parsed))
                events.push(parsed);
        }
        catch {
            // A broken file on our own branch is replaced by the re-run.
        }
    }
    return events;
}
/** Replaces each planned event by an existing one that records the same move. */
function reuseEvents(planned, existing) {
    return planned.map(p => {
        const same = existing.find(e => e.kind === p.kind &&
            e.environment === p.environment &&
            e.image === p.image &&
            e.digest === p.digest &&
            e.targetTag === p.targetTag &&
            (e.previousDigest ?? null) === (p.previousDigest ?? null));
        return same ?? p;
    });
}

;// CONCATENATED MODULE: ./src/promote/adopt.ts











/**
 * Records what each environment runs today as `adopted` ledger events, after checking every
 * digest against the registry: the environments that write by commit in one commit on the base
 * branch, each one that writes by pull request on its own `adopt/<env>/<image>` branch. It works
 * in a temporary clone, as promotions do; an environment that fails its check gets nothing.
 */
async function runAdoption(job, client, ctx) {
    const repo = await ctx.logger.group('Open the GitOps repository', () => openRepository(job.repository, ctx));
    try {
        const config = await loadConfig(repo.root, job.configPath, job.configRequired);
        const environments = job.environments(config);
        const images = job.images(config);
        const ledger = await readLedger(repo.root);
        for (const p of ledger.problems)
            ctx.logger.warning(`ledger file ${p.file} skipped: ${p.message}`);
        const run = {
            now: ctx.now(),
            env: ctx.env,
            sourceRevision: job.sourceRevision,
            releaseLabel: job.releaseLabel
        };
        const checks = [];
        await ctx.logger.group('Check what each environment runs against the registry', async () => {
            for (const env of environments)
                checks.push(await checkAdoption(repo.root, env, images, client, ledger, run));
        });
        const result = {
            checks,
            events: [],
            changed: false,
            pullRequests: [],
            branches: []
        };
        const mode = (e) => job.writeMode ?? writeModeOf(e);
        const toWrite = checks.flatMap(c => ('events' in c && c.events.length > 0 ? [c] : []));
        for (const c of toWrite)
            await confineFiles(repo.root, eventFiles(c.events));
        const byCommit = toWrite.filter(c => mode(c.environment) === 'commit');
        if (byCommit.length > 0)
            await ctx.logger.group('Record by commit', () => commitEvents(repo, job, byCommit, result, ctx));
        for (const c of toWrite.filter(c => mode(c.environment) === 'pull-request')) {
            await ctx.logger.group(`Propose ${c.environment.name}'s record`, () => proposeEvents(repo, job, c.environment, c.events, images, result, ctx));
        }
        await ctx.logger.group('Record the events next to the digest', async () => {
            await attachEvents(client, images, result.events, ctx.logger);
            // A re-run finishes what an earlier run's failed attach left undone.
            for (const c of checks)
                if ('recorded' in c && c.recorded.length > 0)
                    await repairMissingRecords(client, images, ledger, c.environment.name, ctx.logger);
        });
        return result;
    }
    finally {
        await repo.close();
    }
}
function eventFiles(events) {
    return events.map(e => ({ path: eventPath(e), content: serializeEvent(e) }));
}
function commitMessage(environments, events) {
    const lines = events.map(e => `- ${e.environment}: ${e.image}@${e.digest}${e.targetTag ? ` as ${e.targetTag}` : ''}`);
    const trailers = events.map(e => `Promotion-Event: ${e.id}`);
    return `adopt(${environments.join(', ')}): record what runs today\n\n${lines.join('\n')}\n\n${trailers.join('\n')}\n`;
}
async function commitEvents(repo, job, checks, result, ctx) {
    const events = checks.flatMap(c => c.events);
    const message = commitMessage(checks.map(c => c.environment.name), events);
    const landed = await landOnBase(repo, job.identity, ctx.logger, () => Promise.resolve({ files: eventFiles(events), message }));
    result.events.push(...events);
    result.changed ||= landed.changed;
    result.commitSha = landed.commitSha;
    // Pull request branches start from the commit that records the other environments.
    repo.baseSha = landed.commitSha;
}
async function proposeEvents(repo, job, environment, planned, images, result, ctx) {
    const branch = `adopt/${environment.name}/${branchSlug(images)}`;
    let events = reuseEvents(planned, await existingBranchEvents(repo, branch, environment.name));
    const message = commitMessage([environment.name], events);
    const landed = await landOnBranch(repo, branch, job.identity, eventFiles(events), message);
    result.changed ||= landed.changed;
    if (!job.github) {
        ctx.logger.warning(`no GitHub token: pushed ${branch}, but opened no pull request; set github-token or gitops-token`);
        result.branches.push(branch);
        result.events.push(...events);
        return;
    }
    const octokit = await createOctokit(job.github.token, {
        baseUrl: job.github.apiUrl,
        logger: ctx.logger
    });
    const pr = await upsertPullRequest(octokit, {
        owner: job.github.owner,
        repo: job.github.repo,
        head: branch,
        base: repo.baseBranch,
        title: `Adopt ${environment.name}: record what it runs today`,
        body: pullRequestBody(environment, events),
        labels: [...new Set([...(environment.labels ?? []), ...job.labels])],
        reviewers: environment.reviewers ?? [],
        teamReviewers: environment.teamReviewers ?? [],
        draft: environment.draft ?? false
    }, ctx.logger);
    if (events.some(e => e.pullRequest?.number !== pr.number)) {
        events = events.map(e => ({ ...e, pullRequest: { number: pr.number, url: pr.url } }));
        await amendBranch(repo, branch, job.identity, eventFiles(events), message, landed.commitSha);
        result.changed = true;
    }
    result.changed ||= pr.created;
    result.events.push(...events);
    result.pullRequests.push({ environment: environment.name, ...pr });
}
function branchSlug(images) {
    const names = images.map(i => i.repository).sort();
    return names.length === 1
        ? imageSlug(names[0])
        : `multi-${(0,external_node_crypto_.createHash)('sha256').update(names.join('\n')).digest('hex').slice(0, 10)}`;
}
function pullRequestBody(environment, events) {
    const rows = events.map(e => `| \`${e.image}\` | \`${e.targetTag ?? '-'}\` | \`${e.digest}\` | ${e.gates[0]?.detail ?? ''} |`);
    return [
        `## Adopt ${environment.name}`,
        '',
        `Records what ${environment.name} runs today as \`adopted\` ledger events; no file of the environment changes.`,
        'Each digest was checked against the registry. Once merged, promotions that require',
        `${environment.name} accept these digests as having been there.`,
        '',
        '| image | tag | digest | checked |',
        '| --- | --- | --- | --- |',
        ...rows,
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/config/lookup.ts




/**
 * promotion.yaml does not list an environment that was asked for. The message says so and
 * which ones it lists; the command that asked names its own input (see `input` on the
 * command's error), since only it knows where the name came from.
 */
class UnknownEnvironmentError extends errors/* PromoteError */.jG {
    /** The environment asked for. */
    environment;
    /** The environments promotion.yaml lists, in its order. */
    known;
    constructor(environment, known) {
        super(`environment '${environment}' is not in promotion.yaml; use one of: ${known.join(', ')}`, 2);
        this.environment = environment;
        this.known = known;
    }
}
/**
 * Finds an environment in promotion.yaml, or builds one from `<name>` and the
 * `path` override when there is no config: `clusters/<name>` by convention, and
 * names starting with `prod` protected.
 *
 * @throws UnknownEnvironmentError when there is a promotion.yaml and it does not list `name`.
 */
function environmentFor(config, name, pathOverride) {
    const found = config?.environments.find(e => e.name === name);
    if (config && !found) {
        throw new UnknownEnvironmentError(name, config.environments.map(e => e.name));
    }
    const env = found ?? {
        name,
        path: external_node_path_default().posix.join('clusters', name),
        protected: name.startsWith('prod')
    };
    return pathOverride ? { ...env, path: pathOverride } : env;
}
/**
 * The image repositories promotion.yaml lists, parsed.
 *
 * @throws ConfigError naming the entry (`images.<n>.name`) that is not an image reference.
 */
function configImages(config, file) {
    return (config?.images ?? []).map((image, n) => {
        try {
            return (0,reference/* parseReference */.F2)(image.name);
        }
        catch (err) {
            if (!(err instanceof reference/* InvalidReferenceError */.x_))
                throw err;
            throw new ConfigError(`${file}: images.${n}.name: ${err.message}`);
        }
    });
}

;// CONCATENATED MODULE: ./src/github/repository-name.ts
/**
 * GitHub's grammar for `owner/name`. A looser check lets `../..` through, which then becomes a
 * clone URL path outside the owner namespace.
 */
// https://github.com/join: "Username may only contain alphanumeric characters or single hyphens,
// and cannot begin or end with a hyphen", at most 39 characters (organisations too).
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
// Repository names: ASCII letters, digits, '.', '-', '_', at most 100 characters; GitHub
// refuses '.' and '..' themselves.
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
/** Whether `value` is a GitHub `owner/name`. */
function isRepositoryName(value) {
    const parts = value.split('/');
    if (parts.length !== 2)
        return false;
    const [owner, name] = parts;
    return OWNER.test(owner) && NAME.test(name) && name !== '.' && name !== '..';
}

;// CONCATENATED MODULE: ./src/commands/gitops-inputs.ts



/**
 * Where the GitOps repository is and how to reach it: promote, plan and rollback always use
 * one; capture only when asked to (see {@link parseOptionalRepositoryInputs}).
 */
const GITOPS_REPOSITORY_INPUTS = [
    {
        name: 'gitops-repository',
        description: 'owner/name of the GitOps repository to clone; default: use the checkout at gitops-path.'
    },
    {
        name: 'gitops-token',
        description: 'Token to clone, push and open pull requests in gitops-repository (contents and pull-requests: write).',
        secret: true
    },
    {
        name: 'gitops-path',
        description: 'Checkout of the GitOps repository in the workspace (default: the workspace; capture uses none unless set).'
    },
    {
        name: 'gitops-branch',
        description: "Base branch (default: the environment's branch in promotion.yaml, else the default branch)."
    }
];
/** Reads {@link GITOPS_REPOSITORY_INPUTS}; gitops-path defaults to the workspace. */
function parseRepositoryInputs(src, ctx) {
    const repository = src.get('gitops-repository');
    if (repository !== undefined && !isRepositoryName(repository)) {
        throw new errors/* InputError */.dz('gitops-repository', `'${repository}' is not owner/name`, "use GitHub's owner/name, e.g. acme/gitops");
    }
    const token = src.get('gitops-token');
    if (token)
        ctx.logger.setSecret(token);
    return {
        gitopsRepository: repository,
        gitopsToken: token,
        gitopsPath: resolveInside(ctx.workspace, src.get('gitops-path') ?? '.', 'gitops-path'),
        gitopsBranch: src.get('gitops-branch')
    };
}
/**
 * Reads {@link GITOPS_REPOSITORY_INPUTS} for a command that needs no GitOps repository:
 * undefined unless gitops-repository or gitops-path is set (the workspace is never assumed).
 * A token or branch without either is refused, since it would silently do nothing.
 */
function parseOptionalRepositoryInputs(src, ctx) {
    if (src.get('gitops-repository') !== undefined || src.get('gitops-path') !== undefined)
        return parseRepositoryInputs(src, ctx);
    const token = src.get('gitops-token');
    if (token)
        ctx.logger.setSecret(token);
    const stray = token !== undefined ? 'gitops-token' : src.get('gitops-branch') && 'gitops-branch';
    if (stray) {
        throw new errors/* InputError */.dz(stray, 'set without gitops-repository or gitops-path, so there is no GitOps repository to use it with', 'set gitops-repository (or gitops-path), or leave it out');
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/registry/client.ts + 3 modules
var registry_client = __webpack_require__(89711);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/registry/keychain.ts




const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';
/** Maps the ways a registry is written in config.json to the reference domain. */
function normalizeRegistryKey(key) {
    let k = key.trim().replace(/^https?:\/\//, '');
    k = k.replace(/\/(v1|v2)\/?$/, '').replace(/\/+$/, '');
    if (/^(index\.docker\.io|registry-1\.docker\.io)(\/|$)/.test(k))
        k = k.replace(/^[^/]+/, 'docker.io');
    return k;
}
/**
 * Finds credentials like go-containerregistry's default keychain: explicit
 * inputs, Docker's config.json (`credHelpers`, `auths` with repository keys
 * before registry keys, `credsStore`), the GitHub token for ghcr.io, else
 * anonymous. Every secret found is masked through the logger.
 */
class Keychain {
    opts;
    config;
    constructor(opts) {
        this.opts = opts;
        if (opts.explicit)
            this.mask(opts.explicit);
        if (opts.githubToken)
            opts.logger.setSecret(opts.githubToken);
    }
    /** The credential for `registry` (a reference domain) and `repository` path, if any. */
    async resolve(registry, repository) {
        const { explicit, explicitRegistries } = this.opts;
        if (explicit && (!explicitRegistries || explicitRegistries.includes(registry))) {
            return { credential: explicit, source: 'registry-username input' };
        }
        const fromConfig = await this.fromDockerConfig(registry, repository);
        if (fromConfig)
            return fromConfig;
        if (registry === 'ghcr.io' && this.opts.githubToken) {
            const username = this.opts.env.GITHUB_ACTOR ?? 'x-access-token';
            return { credential: { username, password: this.opts.githubToken }, source: 'github-token' };
        }
        return undefined;
    }
    async fromDockerConfig(registry, repository) {
        const config = await (this.config ??= this.loadConfig());
        if (!config)
            return undefined;
        const serverUrl = registry === 'docker.io' ? DOCKER_HUB_KEY : registry;
        const helper = Object.entries(config.credHelpers ?? {}).find(([k]) => normalizeRegistryKey(k) === registry)?.[1];
        if (helper)
            return this.fromHelper(helper, serverUrl);
        const entries = Object.entries(config.auths ?? {}).map(([k, v]) => ({
            key: normalizeRegistryKey(k),
            v
        }));
        const full = repository ? `${registry}/${repository}` : registry;
        const match = entries
            .filter(e => e.key === registry ||
            (repository !== undefined && (full === e.key || full.startsWith(`${e.key}/`))))
            .sort((a, b) => b.key.length - a.key.length)[0];
        if (match) {
            const credential = this.decodeAuth(match.v);
            if (credential)
                return { credential, source: `docker config auths["${match.key}"]` };
        }
        if (config.credsStore)
            return this.fromHelper(config.credsStore, serverUrl);
        return undefined;
    }
    decodeAuth(entry) {
        if (entry.identitytoken) {
            this.opts.logger.setSecret(entry.identitytoken);
            return { identityToken: entry.identitytoken };
        }
        if (entry.auth) {
            this.opts.logger.setSecret(entry.auth);
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon > 0)
                return this.mask({ username: decoded.slice(0, colon), password: decoded.slice(colon + 1) });
        }
        if (entry.username && entry.password)
            return this.mask({ username: entry.username, password: entry.password });
        return undefined;
    }
    async fromHelper(helper, serverUrl) {
        if (!/^[A-Za-z0-9._-]+$/.test(helper)) {
            this.opts.logger.warning(`docker config names an invalid credential helper '${helper}'; ignoring it`);
            return undefined;
        }
        try {
            const out = await (this.opts.runHelper ?? runCredentialHelper)(helper, serverUrl);
            let parsed;
            try {
                parsed = JSON.parse(out);
            }
            catch {
                // JSON.parse quotes the text it refused, and a helper's output is a secret.
                throw new Error('its output is not JSON');
            }
            if (!parsed.Secret)
                return undefined;
            const credential = parsed.Username === '<token>'
                ? { identityToken: parsed.Secret }
                : { username: parsed.Username ?? '', password: parsed.Secret };
            this.opts.logger.setSecret(parsed.Secret);
            return { credential, source: `docker-credential-${helper}` };
        }
        catch (err) {
            const why = err instanceof Error ? err.message : String(err);
            this.opts.logger.warning(`docker-credential-${helper} gave no credential for ${serverUrl}: ${why}`);
            return undefined;
        }
    }
    async loadConfig() {
        const dir = this.opts.env.DOCKER_CONFIG ?? external_node_path_default().join(this.opts.env.HOME ?? external_node_os_default().homedir(), '.docker');
        const file = external_node_path_default().join(dir, 'config.json');
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch {
            return undefined;
        }
        try {
            return JSON.parse(text);
        }
        catch {
            this.opts.logger.warning(`${file} is not valid JSON; ignoring it`);
            return undefined;
        }
    }
    mask(c) {
        this.opts.logger.setSecret(c.password);
        this.opts.logger.setSecret(Buffer.from(`${c.username}:${c.password}`).toString('base64'));
        return c;
    }
}
/**
 * Runs a Docker credential helper (docker-credential-helpers protocol: the server
 * URL on stdin, JSON on stdout). Its output is a secret, so it is never logged.
 */
function runCredentialHelper(helper, serverUrl) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(`docker-credential-${helper}`, ['get'], {
            stdio: ['pipe', 'pipe', 'pipe'],
            timeout: 30_000
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d.toString()));
        child.stderr.on('data', (d) => (stderr += d.toString()));
        child.on('error', err => reject(err));
        child.on('close', code => {
            if (code === 0)
                resolve(stdout);
            else
                reject(new Error(stdout.trim() || stderr.trim() || `exit code ${code}`));
        });
        child.stdin.end(serverUrl);
    });
}

;// CONCATENATED MODULE: ./src/registry/client-options.ts


/** The registry client for a run, with the keychain its options describe. */
function createRegistryClient(opts, ctx) {
    const keychain = new Keychain({
        explicit: opts.explicit,
        githubToken: opts.githubToken,
        env: ctx.env,
        logger: ctx.logger
    });
    return new registry_client/* RegistryClient */.bP({
        keychain,
        logger: ctx.logger,
        insecureRegistries: opts.insecureRegistries
    });
}

;// CONCATENATED MODULE: ./src/commands/registry-inputs.ts




/** Inputs of every command that talks to a registry. */
const REGISTRY_INPUTS = [
    {
        name: 'registry-username',
        description: 'Username for the registry; docker/login-action credentials are used when unset.'
    },
    {
        name: 'registry-password',
        description: 'Password or token for registry-username.',
        secret: true
    },
    {
        name: 'insecure-registries',
        description: 'Registries reached over plain HTTP (loopback always is), comma or newline separated.',
        kind: 'list'
    },
    {
        name: 'github-token',
        description: 'GitHub token, used for ghcr.io when no other credential matches (defaults to GITHUB_TOKEN).',
        secret: true
    }
];
/** Reads {@link REGISTRY_INPUTS}. */
function parseRegistryOptions(src, ctx) {
    const username = src.get('registry-username');
    const password = src.get('registry-password');
    if (password)
        ctx.logger.setSecret(password);
    if (username && password)
        ctx.logger.setSecret(`${username}:${password}`);
    if ((username === undefined) !== (password === undefined)) {
        const missing = username === undefined ? 'registry-username' : 'registry-password';
        throw new errors/* InputError */.dz(missing, 'required when the other of registry-username and registry-password is set');
    }
    const githubToken = src.get('github-token') ?? ctx.env.GITHUB_TOKEN;
    if (githubToken)
        ctx.logger.setSecret(githubToken);
    return {
        ...(username && password ? { explicit: { username, password } } : {}),
        insecureRegistries: getList(src, 'insecure-registries'),
        ...(githubToken ? { githubToken } : {})
    };
}
/** Parses an image reference from an input, naming the input when it is invalid. */
function parseImageInput(value, input, opts = {}) {
    try {
        return (0,reference/* parseReference */.F2)(value, opts);
    }
    catch (err) {
        if (err instanceof reference/* InvalidReferenceError */.x_)
            throw new errors/* InputError */.dz(input, err.message);
        throw err;
    }
}
/** The `concurrency` input: images handled at once. */
const CONCURRENCY_INPUT = {
    name: 'concurrency',
    description: 'How many images to handle at once (1-32, default 4).'
};
/** Reads {@link CONCURRENCY_INPUT}. */
function parseConcurrency(src) {
    return getInteger(src, 'concurrency', { min: 1, max: 32 }, 4);
}

// EXTERNAL MODULE: ./src/signing/identity.ts
var identity = __webpack_require__(76281);
// EXTERNAL MODULE: ./src/signing/keys.ts
var keys = __webpack_require__(6663);
// EXTERNAL MODULE: ./src/signing/types.ts
var types = __webpack_require__(14410);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/signing/cosign-args.ts
/**
 * Command lines of the cosign CLI, as pure functions of a request and the capabilities of the
 * installed version, and the parser of `cosign verify --output json`.
 *
 * @module
 */



/** Capabilities of a cosign `version` (`v2.6.1`, `2.6.1`); unknown versions get the newest. */
function capabilitiesOf(version) {
    const v = semver_default().coerce(version)?.version;
    const atLeast = (min) => (v ? semver_default().gte(v, min) : true);
    return {
        newBundleFormat: atLeast('2.6.0'),
        signingConfig: atLeast('2.6.0'),
        signTrustedRoot: atLeast('2.6.0'),
        verifyTrustedRoot: atLeast('2.4.0')
    };
}
/** Arguments of `cosign sign` for `req`. */
function cosignSignArgs(req, caps) {
    const args = ['sign', '--yes'];
    if (req.key)
        args.push('--key', req.key);
    if (caps.newBundleFormat)
        args.push('--new-bundle-format=true');
    const customFulcio = !req.key && req.fulcioUrl && req.fulcioUrl !== types/* DEFAULT_FULCIO_URL */.jl;
    const customRekor = req.rekorUrl && req.rekorUrl !== types/* DEFAULT_REKOR_URL */.AD;
    // cosign 3 signs from the TUF signing config by default and refuses service URLs or
    // --tlog-upload=false alongside it.
    if (caps.signingConfig && (customFulcio || customRekor || !req.tlogUpload)) {
        args.push('--use-signing-config=false');
    }
    if (!req.tlogUpload)
        args.push('--tlog-upload=false');
    if (customFulcio)
        args.push('--fulcio-url', req.fulcioUrl);
    if (customRekor && req.tlogUpload)
        args.push('--rekor-url', req.rekorUrl);
    if (req.trustedRoot && caps.signTrustedRoot)
        args.push('--trusted-root', req.trustedRoot);
    if (req.insecureRegistry)
        args.push('--allow-insecure-registry', '--allow-http-registry');
    args.push(req.image);
    return args;
}
/**
 * Arguments of `cosign attest-blob` signing `req.statement` into `req.bundle`, with the same key,
 * service and transparency-log choices as {@link cosignSignArgs}.
 *
 * @throws SigningError when the installed cosign cannot sign a statement into a bundle.
 */
function cosignStatementArgs(req, caps) {
    // --statement and bundles for statements came with 2.6.0, as did the new bundle format.
    if (!caps.newBundleFormat) {
        throw new types/* SigningError */.uJ('signing attestations needs cosign >= 2.6.0 (attest-blob --statement)');
    }
    const args = ['attest-blob', '--yes'];
    if (req.key)
        args.push('--key', req.key);
    args.push('--new-bundle-format=true');
    const customFulcio = !req.key && req.fulcioUrl && req.fulcioUrl !== types/* DEFAULT_FULCIO_URL */.jl;
    const customRekor = req.rekorUrl && req.rekorUrl !== types/* DEFAULT_REKOR_URL */.AD;
    if (caps.signingConfig && (customFulcio || customRekor || !req.tlogUpload)) {
        args.push('--use-signing-config=false');
    }
    if (!req.tlogUpload)
        args.push('--tlog-upload=false');
    if (customFulcio)
        args.push('--fulcio-url', req.fulcioUrl);
    if (customRekor && req.tlogUpload)
        args.push('--rekor-url', req.rekorUrl);
    if (req.trustedRoot && caps.signTrustedRoot)
        args.push('--trusted-root', req.trustedRoot);
    args.push('--statement', req.statement, '--bundle', req.bundle);
    return args;
}
/** Arguments of `cosign verify` for `req`, with JSON output. */
function cosignVerifyArgs(req, caps) {
    const args = ['verify', '--output', 'json'];
    const p = req.policy;
    if ((0,types/* isKeyPolicy */.cy)(p))
        args.push('--key', p.key);
    else {
        // Passed as given: the sigstore backend searches for a regexp just as cosign does.
        if (p.certificateIdentity)
            args.push('--certificate-identity', p.certificateIdentity);
        else if (p.certificateIdentityRegexp) {
            args.push('--certificate-identity-regexp', p.certificateIdentityRegexp);
        }
        if (p.certificateOidcIssuerRegexp) {
            args.push('--certificate-oidc-issuer-regexp', p.certificateOidcIssuerRegexp);
        }
        else
            args.push('--certificate-oidc-issuer', p.certificateOidcIssuer);
    }
    if (caps.newBundleFormat)
        args.push('--new-bundle-format=true');
    if (!req.tlogUpload)
        args.push('--insecure-ignore-tlog=true');
    if (req.rekorUrl && req.rekorUrl !== types/* DEFAULT_REKOR_URL */.AD && req.tlogUpload) {
        args.push('--rekor-url', req.rekorUrl);
    }
    if (req.trustedRoot && caps.verifyTrustedRoot)
        args.push('--trusted-root', req.trustedRoot);
    if (req.insecureRegistry)
        args.push('--allow-insecure-registry', '--allow-http-registry');
    args.push(req.image);
    return args;
}
/** Parses `cosign verify --output json`: a JSON array of simple-signing payloads. */
function parseVerifyOutput(stdout) {
    const start = stdout.indexOf('[');
    if (start < 0)
        throw new types/* SigningError */.uJ('cosign verify printed no JSON result');
    let items;
    try {
        items = JSON.parse(stdout.slice(start));
    }
    catch (err) {
        throw new types/* SigningError */.uJ(`cosign verify printed invalid JSON (${(0,errors/* errorMessage */.gJ)(err)})`);
    }
    if (!Array.isArray(items))
        throw new types/* SigningError */.uJ('cosign verify printed no JSON array');
    return items.flatMap(item => {
        const it = item;
        const digest = it.critical?.image?.['docker-manifest-digest'];
        if (!digest)
            return [];
        const index = it.optional?.Bundle?.Payload?.logIndex;
        return [
            {
                digest,
                ...(it.optional?.Subject ? { identity: it.optional.Subject } : {}),
                ...(index !== undefined ? { rekorLogIndex: String(index) } : {})
            }
        ];
    });
}

;// CONCATENATED MODULE: ./src/signing/cosign.ts
/**
 * The cosign CLI backend: for KMS keys, hardware tokens and anyone who wants the reference
 * implementation. The wrapper builds argument lists (pure functions, table-tested), runs the
 * binary, turns stderr into errors and parses `verify --output json`.
 *
 * Key material never appears on a command line: files and KMS URIs are references, and a PEM
 * given as text travels in an environment variable read through cosign's `env://` scheme.
 * Passwords travel in `COSIGN_PASSWORD`, as cosign expects.
 *
 * @module
 */











/** The cosign binary. */
class Cosign {
    /** The binary that runs. */
    binPath;
    opts;
    versionOnce;
    constructor(opts) {
        this.opts = opts;
        this.binPath = opts.binPath ?? 'cosign';
    }
    /** Whether the binary runs at all; never throws. */
    async isAvailable() {
        try {
            await this.version();
            return true;
        }
        catch (err) {
            this.opts.logger.debug(`cosign at ${this.binPath} is not available: ${(0,errors/* errorMessage */.gJ)(err)}`);
            return false;
        }
    }
    /** The `gitVersion` of `cosign version --json` (e.g. `v2.6.1`), asked once. */
    version() {
        this.versionOnce ??= this.exec(['version', '--json']).then(out => {
            const parsed = JSON.parse(out.stdout);
            if (typeof parsed.gitVersion !== 'string')
                throw new Error('no gitVersion in its output');
            return parsed.gitVersion;
        });
        return this.versionOnce;
    }
    /** Whether the version satisfies a semver range; development builds (a commit) always do. */
    async versionSatisfies(range, version) {
        const v = version ?? (await this.version());
        if (/^[0-9a-f]{7,40}$/.test(v))
            return true;
        const clean = semver_default().coerce(v)?.version;
        return clean !== undefined && semver_default().satisfies(clean, range);
    }
    /** The public key PEM of a private key reference (file, `env://`, KMS): `cosign public-key`. */
    async publicKey(key, password) {
        const { key: ref, env } = this.keyEnv(key, password);
        const out = await this.exec(['public-key', '--key', ref], env);
        return out.stdout.trim();
    }
    /** Signs; `password` goes in `COSIGN_PASSWORD`, a PEM key text in an `env://` variable. */
    async sign(req, password) {
        const { key, env } = this.keyEnv(req.key, password);
        const caps = capabilitiesOf(await this.version());
        await this.exec(cosignSignArgs({ ...req, key }, caps), env);
    }
    /**
     * Signs an in-toto statement into a Sigstore bundle (`cosign attest-blob --statement`, cosign
     * >= 2.6.0) and returns the bundle bytes. The statement and bundle live in a private temporary
     * directory, removed afterwards; key and password travel as in {@link Cosign.sign}.
     */
    async signStatement(req, statement, password) {
        const { key, env } = this.keyEnv(req.key, password);
        const caps = capabilitiesOf(await this.version());
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.opts.env?.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'digest-promote-attest-'));
        try {
            const paths = { statement: (0,external_node_path_.join)(dir, 'statement.json'), bundle: (0,external_node_path_.join)(dir, 'bundle.json') };
            await (0,promises_.writeFile)(paths.statement, statement, { mode: 0o600 });
            await this.exec(cosignStatementArgs({ ...req, ...paths, key }, caps), env);
            try {
                return await (0,promises_.readFile)(paths.bundle);
            }
            catch (err) {
                throw new types/* SigningError */.uJ(`cosign attest-blob wrote no bundle (${(0,errors/* errorMessage */.gJ)(err)})`);
            }
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
    /** The key reference to pass and the variables that carry the key text and password. */
    keyEnv(key, password) {
        const env = {};
        if (key?.includes('-----BEGIN ')) {
            (0,keys/* maskPem */.rL)(key, this.opts.logger);
            env.DIGEST_PROMOTE_COSIGN_KEY = key;
            key = 'env://DIGEST_PROMOTE_COSIGN_KEY';
        }
        if (password !== undefined) {
            this.opts.logger.setSecret(password);
            env.COSIGN_PASSWORD = password;
        }
        else if (key && !(0,keys/* isKmsReference */.td)(key)) {
            // cosign prompts on a terminal otherwise; an empty password fails fast instead.
            env.COSIGN_PASSWORD = this.opts.env?.COSIGN_PASSWORD ?? '';
        }
        return { key, env };
    }
    /** Verifies; the signatures cosign accepted, or a {@link SigningError} with cosign's words. */
    async verify(req) {
        const env = {};
        let policy = req.policy;
        if ((0,types/* isKeyPolicy */.cy)(policy) && policy.key.includes('-----BEGIN ')) {
            env.DIGEST_PROMOTE_COSIGN_PUBLIC_KEY = policy.key;
            policy = { key: 'env://DIGEST_PROMOTE_COSIGN_PUBLIC_KEY' };
        }
        const caps = capabilitiesOf(await this.version());
        const out = await this.exec(cosignVerifyArgs({ ...req, policy }, caps), env);
        return parseVerifyOutput(out.stdout);
    }
    async exec(args, extraEnv = {}) {
        this.opts.logger.debug(`running ${this.binPath} ${args.join(' ')}`);
        const env = { ...stringEnv(this.opts.env ?? process.env), ...extraEnv };
        const run = this.opts.run ?? defaultRun;
        const out = await run(this.binPath, args, env);
        if (out.exitCode !== 0) {
            const lines = out.stderr.trim().split(/\r?\n/).filter(Boolean);
            const detail = lines.slice(-3).join(' | ') || `exit code ${out.exitCode}`;
            throw new types/* SigningError */.uJ(`cosign ${args[0]} failed: ${detail}`);
        }
        return out;
    }
}
/** Signs with the cosign CLI: digests (`cosign sign`) and statements (`cosign attest-blob`). */
class CosignSigner {
    cosign;
    opts;
    constructor(cosign, opts) {
        this.cosign = cosign;
        this.opts = opts;
    }
    /** Signs `image` unless a signature that verifies under the policy is already attached. */
    async sign(image) {
        const digest = requireDigest(image);
        const { request, password } = this.opts;
        const policy = this.opts.policy ??
            (request.key ? { key: await this.cosign.publicKey(request.key, password) } : undefined);
        const verifier = new CosignVerifier(this.cosign, request);
        if (policy) {
            const existing = await verifier.verify(image, policy);
            if (existing.verified)
                return { backend: 'cosign', digest, created: false, ...details(existing) };
        }
        await this.cosign.sign({ ...request, image: image.normalized }, password);
        if (!policy)
            return { backend: 'cosign', digest, created: true };
        const check = await verifier.verify(image, policy);
        if (!check.verified) {
            throw new types/* SigningError */.uJ(`cosign signed ${digest}, but it does not verify: ${check.reason}`);
        }
        return { backend: 'cosign', digest, created: true, ...details(check) };
    }
    /**
     * Who this signer's bundles verify as: the configured policy, else the key's public half
     * (`cosign public-key`); `undefined` keyless without a configured identity.
     */
    async signerPolicy() {
        const { request, password } = this.opts;
        if (this.opts.policy)
            return this.opts.policy;
        return request.key ? { key: await this.cosign.publicKey(request.key, password) } : undefined;
    }
    /** Signs an in-toto statement with the same key or keyless identity as `cosign sign` would. */
    async signStatement(statement) {
        // No registry flag: attest-blob talks to Fulcio and Rekor only.
        const { key, fulcioUrl, rekorUrl, tlogUpload, trustedRoot } = this.opts.request;
        const bundle = await this.cosign.signStatement({ key, fulcioUrl, rekorUrl, tlogUpload, trustedRoot }, statement, this.opts.password);
        return { backend: 'cosign', bundle };
    }
}
/** Verifies with the cosign CLI. */
class CosignVerifier {
    cosign;
    request;
    constructor(cosign, request) {
        this.cosign = cosign;
        this.request = request;
    }
    /** Runs `cosign verify`; a refusal becomes `verified: false` with cosign's reason. */
    async verify(image, policy) {
        const digest = requireDigest(image);
        let found;
        try {
            found = await this.cosign.verify({ ...this.request, image: image.normalized, policy });
        }
        catch (err) {
            if (!(err instanceof types/* SigningError */.uJ))
                throw err;
            return { verified: false, backend: 'cosign', reason: err.message };
        }
        const match = found.find(f => f.digest === digest);
        if (!match) {
            return {
                verified: false,
                backend: 'cosign',
                reason: `cosign verified no signature of ${digest} by ${(0,types/* describePolicy */.wy)(policy)}`
            };
        }
        const identity = match.identity ?? ((0,types/* isKeyPolicy */.cy)(policy) ? undefined : policy.certificateIdentity);
        const fingerprint = (0,types/* isKeyPolicy */.cy)(policy) ? pemFingerprint(policy.key) : undefined;
        return {
            verified: true,
            backend: 'cosign',
            ...(identity ? { identity } : {}),
            ...(fingerprint ? { keyFingerprint: fingerprint } : {}),
            ...(match.rekorLogIndex ? { rekorLogIndex: match.rekorLogIndex } : {})
        };
    }
}
/** The fingerprint of a PEM public key, or `undefined` for references (files, KMS). */
function pemFingerprint(key) {
    if (!key.includes('-----BEGIN '))
        return undefined;
    try {
        return (0,keys/* keyFingerprint */.yy)((0,external_node_crypto_.createPublicKey)(key));
    }
    catch {
        return undefined;
    }
}
function details(r) {
    const out = {};
    if (r.identity)
        out.identity = r.identity;
    if (r.keyFingerprint)
        out.keyFingerprint = r.keyFingerprint;
    if (r.rekorLogIndex)
        out.rekorLogIndex = r.rekorLogIndex;
    return out;
}
function requireDigest(image) {
    if (!image.digest)
        throw new types/* SigningError */.uJ(`${image.familiar} has no digest; use repo@digest`);
    return image.digest;
}
function stringEnv(env) {
    return Object.fromEntries(Object.entries(env).filter((e) => e[1] !== undefined));
}
const defaultRun = (bin, args, env) => (0,exec/* getExecOutput */.H)(bin, args, { env, silent: true, ignoreReturnCode: true });

;// CONCATENATED MODULE: ./src/signing/backends.ts
/**
 * Picks and builds a backend from settings, so callers deal with {@link Signer} and
 * {@link Verifier} only.
 *
 * @module
 */




/** The sigstore backend, loaded on first use: most runs never sign or check a bundle. */
let sigstoreModule;
const loadSigstore = () => (sigstoreModule ??= Promise.all(/* import() */[__webpack_require__.e(505), __webpack_require__.e(42), __webpack_require__.e(179), __webpack_require__.e(805), __webpack_require__.e(604)]).then(__webpack_require__.bind(__webpack_require__, 75604)));
/** A signer whose sigstore implementation is loaded (once) when it first signs. */
function lazySigstoreSigner(make) {
    let signer;
    const get = () => (signer ??= loadSigstore().then(make));
    return {
        sign: async (image) => (await get()).sign(image),
        signerPolicy: async () => (await get()).signerPolicy(),
        signStatement: async (statement) => (await get()).signStatement(statement)
    };
}
/** The backend `config` names, resolving `auto` by running `cosign version`. */
async function resolveBackend(config, logger) {
    if (config.backend !== 'auto')
        return config.backend;
    const available = await cosignFor(config, logger).isAvailable();
    logger.debug(`signing: auto chose ${available ? 'cosign' : 'sigstore'}`);
    return available ? 'cosign' : 'sigstore';
}
/**
 * The policy verification uses: `public-key`, else a certificate identity, else the public half
 * of `cosign-key` (whoever holds the private key may vouch for its public key); `undefined` when
 * nothing is configured.
 */
async function resolvePolicy(config, backend, logger) {
    if (config.publicKey)
        return { key: config.publicKey };
    if (config.certificateIdentity || config.certificateIdentityRegexp) {
        return {
            ...(config.certificateIdentity ? { certificateIdentity: config.certificateIdentity } : {}),
            ...(config.certificateIdentityRegexp
                ? { certificateIdentityRegexp: config.certificateIdentityRegexp }
                : {}),
            certificateOidcIssuer: config.certificateOidcIssuer,
            ...(config.certificateOidcIssuerRegexp
                ? { certificateOidcIssuerRegexp: config.certificateOidcIssuerRegexp }
                : {})
        };
    }
    if (!config.key)
        return undefined;
    if (backend === 'cosign' || (0,keys/* isKmsReference */.td)(config.key)) {
        return { key: await cosignFor(config, logger).publicKey(config.key, config.password) };
    }
    const privateKey = (0,keys/* loadPrivateKey */.PM)((0,keys/* resolveKeyText */.rd)(config.key, config.env, logger), config.password, {
        openSecretbox: config.openSecretbox
    });
    return { key: (0,external_node_crypto_.createPublicKey)(privateKey).export({ format: 'pem', type: 'spki' }).toString() };
}
/** The signer of `backend`. */
function createSigner(client, image, config, backend, policy, logger) {
    return buildSigner(client, image, config, backend, policy, logger);
}
/**
 * The statement (attestation) signer of `backend`: the same object and settings as
 * {@link createSigner}, so attestations are signed with exactly the key or keyless identity
 * digests are.
 */
function createStatementSigner(client, image, config, backend, policy, logger) {
    return buildSigner(client, image, config, backend, policy, logger);
}
/**
 * A verifier of single bundles (attestations) for either backend. Bundles are the standard
 * format, so they are checked in process whichever backend made them, with the trust settings
 * the sigstore backend's signature gate uses.
 */
async function createBundleVerifier(client, config, logger) {
    const { SigstoreVerifier } = await loadSigstore();
    return new SigstoreVerifier(sigstoreVerifierOptions(client, config, logger));
}
/**
 * `policy` ready for in-process verification: a KMS public key is replaced by its PEM, asked of
 * `cosign public-key` (the only backend that reaches KMS); anything else is returned as is.
 */
async function inProcessPolicy(config, policy, logger) {
    if (!(0,types/* isKeyPolicy */.cy)(policy) || !(0,keys/* isKmsReference */.td)(policy.key))
        return policy;
    return { key: await cosignFor(config, logger).publicKey(policy.key) };
}
function buildSigner(client, image, config, backend, policy, logger) {
    if (backend === 'cosign') {
        return new CosignSigner(cosignFor(config, logger), {
            request: {
                key: config.key,
                fulcioUrl: config.fulcioUrl,
                rekorUrl: config.rekorUrl,
                tlogUpload: config.tlogUpload,
                trustedRoot: config.trustedRoot,
                insecureRegistry: insecure(config, image)
            },
            password: config.password,
            policy
        });
    }
    return lazySigstoreSigner(({ SigstoreSigner }) => new SigstoreSigner({
        ...sigstoreVerifierOptions(client, config, logger),
        fulcioUrl: config.fulcioUrl,
        rekorUrl: config.rekorUrl,
        tlogUpload: config.tlogUpload,
        key: config.key,
        password: config.password,
        openSecretbox: config.openSecretbox,
        ...(policy && !('key' in policy) ? { policy } : {})
    }));
}
/** The verifier of `backend`. */
function createVerifier(client, image, config, backend, logger) {
    if (backend === 'cosign') {
        return new CosignVerifier(cosignFor(config, logger), {
            rekorUrl: config.rekorUrl,
            tlogUpload: config.tlogUpload,
            trustedRoot: config.trustedRoot,
            insecureRegistry: insecure(config, image)
        });
    }
    const options = sigstoreVerifierOptions(client, config, logger);
    return {
        verify: async (i, p) => new (await Promise.all(/* import() */[__webpack_require__.e(505), __webpack_require__.e(42), __webpack_require__.e(805), __webpack_require__.e(252)]).then(__webpack_require__.bind(__webpack_require__, 50252))).SignatureLayoutsVerifier(options).verify(i, p)
    };
}
function sigstoreVerifierOptions(client, config, logger) {
    return {
        client,
        logger,
        env: config.env,
        trustedRootPath: config.trustedRoot,
        // A key signature must be in Rekor only when signatures are logged and a root can check it.
        requireTlog: config.tlogUpload && config.trustedRoot !== undefined
    };
}
function cosignFor(config, logger) {
    return new Cosign({ binPath: config.cosignBin, logger, env: config.env });
}
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/;
function insecure(config, image) {
    return LOOPBACK.test(image.domain) || (config.insecureRegistries ?? []).includes(image.domain);
}
/** The fingerprint of a key policy's public key, for gate details; undefined for keyless or KMS. */
function fingerprintOf(policy, opts, logger) {
    if (!(0,types/* isKeyPolicy */.cy)(policy) || (0,keys/* isKmsReference */.td)(policy.key))
        return undefined;
    try {
        return (0,keys/* keyFingerprint */.yy)((0,keys/* loadPublicKey */.fg)((0,keys/* resolveKeyText */.rd)(policy.key, opts.env, logger)));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/signing/gate-text.ts
/**
 * The words of the `signature` gate: what passed, and how to fix what did not.
 *
 * @module
 */
/** `<backend>: <identity or key fingerprint>, rekor <index>` for a passed gate. */
function passedDetail(backend, r) {
    const who = r.identity ?? r.keyFingerprint ?? 'verified';
    return `${backend}: ${who}, ${r.rekorLogIndex ? `rekor ${r.rekorLogIndex}` : 'not in rekor'}`;
}
/**
 * How to fix a refusal, chosen by what was found (the reasons are those of `refusals.ts`, or
 * cosign's own words): nothing attached, another key, another identity, a certificate or log
 * entry the trusted root does not vouch for, or a bundle altered after signing.
 */
function fixFor(reason, expected) {
    if (/no Sigstore bundle is attached|no signatures? found|no matching signatures/i.test(reason)) {
        return `sign the digest as ${expected} (sign: true, or cosign sign) before promoting; signatures are referrers of the digest, so copy them along when the image moves registries`;
    }
    if (/signed statement is for/.test(reason)) {
        return 'the attached signature belongs to another digest; sign this digest';
    }
    if (/signed by another key|does not verify with key/.test(reason)) {
        return `sign with ${expected}, or trust the key that did sign (public-key)`;
    }
    if (/is signed by|signed keylessly|signed with a key|none of the expected identities/.test(reason)) {
        return `sign as ${expected}, or trust the signer that did (certificate-identity or certificate-identity-regexp, certificate-oidc-issuer or certificate-oidc-issuer-regexp; or public-key)`;
    }
    if (/trusted root does not vouch for|trusted root vouches for/.test(reason)) {
        return 'the signature comes from another Sigstore instance than trusted-root names (or a forged one); set trusted-root to the instance that signed, or re-sign the digest';
    }
    if (/altered after signing/.test(reason)) {
        return 'the attached signature no longer matches what was signed (changed in the registry or on the way); do not promote this digest until it is re-signed and the change explained';
    }
    return 'check the signing inputs and re-sign the digest';
}

;// CONCATENATED MODULE: ./src/signing/signature-gate.ts




/** Whether an environment needs a signature: `require-signature`, else whether it is protected. */
function signatureRequired(opts, protectedEnvironment) {
    return opts.requireSignature ?? protectedEnvironment;
}
/**
 * The `signature` gate: verifies `image` (`repo@digest`) under the configured policy.
 *
 * @returns `passed` with who signed; `skipped` when not required and no policy is configured;
 *   `failed` (with a warning, not a throw) when not required but a configured check fails.
 * @throws GateError when required and no signature verifies (or nothing says whose to trust).
 */
async function signatureGate(client, image, opts, required, logger, context = {}) {
    return (await signatureCheck(client, image, opts, required, logger, context)).gate;
}
/**
 * {@link signatureGate}, also returning what verified (signer, issuer, log entry), for the
 * `verify` command to show: the same gate, not a copy of it.
 */
async function signatureCheck(client, image, opts, required, logger, context = {}) {
    const digest = image.digest;
    if (!digest)
        throw new Error(`signatureGate needs repo@digest, got ${image.familiar}`);
    const where = context.environment ?? 'this environment';
    const backend = await resolveBackend(opts, logger);
    if (backend === 'none') {
        if (!required)
            return { gate: skipped(where) };
        throw new errors/* GateError */.ue('signature', `${where} requires a signature but 'signing' is none`, "set 'signing' to sigstore or cosign");
    }
    const policy = await resolvePolicy(opts, backend, logger);
    if (!policy) {
        if (!required)
            return { gate: skipped(where) };
        throw new errors/* GateError */.ue('signature', `${digest} must be signed for ${where}, but no signer to trust is configured`, 'set public-key, or certificate-identity (or certificate-identity-regexp) with certificate-oidc-issuer');
    }
    const expected = (0,types/* describePolicy */.wy)(policy, fingerprintOf(policy, opts, logger));
    let result;
    try {
        result = await createVerifier(client, image, opts, backend, logger).verify(image, policy);
    }
    catch (err) {
        if (!(err instanceof types/* SigningError */.uJ))
            throw err;
        throw new errors/* GateError */.ue('signature', `cannot check ${digest} for ${expected}: ${err.message}`, 'fix the signing inputs named above');
    }
    if (result.verified) {
        return {
            gate: { name: 'signature', result: 'passed', detail: passedDetail(backend, result) },
            verified: result
        };
    }
    const reason = `${digest} has no signature from ${expected}; found: ${result.reason ?? 'nothing'}`;
    if (!required) {
        logger.warning(`signature check (not required for ${where}): ${reason}`);
        return { gate: { name: 'signature', result: 'failed', detail: reason } };
    }
    throw new errors/* GateError */.ue('signature', reason, fixFor(result.reason ?? '', expected));
}
/**
 * Signs `image` when `sign` is set (capture, promote), unless a signature by the same key or
 * identity is already attached.
 *
 * @returns what signing did, or `undefined` when signing is off.
 */
async function signDigest(client, image, opts, logger) {
    if (!opts.sign)
        return undefined;
    const backend = await resolveBackend(opts, logger);
    if (backend === 'none')
        return undefined;
    const policy = await resolvePolicy(opts, backend, logger);
    const result = await createSigner(client, image, opts, backend, policy, logger).sign(image);
    const who = result.identity ?? result.keyFingerprint ?? 'keyless';
    logger.info(`${result.created ? 'signed' : 'already signed'} ${result.digest} (${backend}: ${who}` +
        `${result.rekorLogIndex ? `, rekor ${result.rekorLogIndex}` : ''})`);
    return result;
}
function skipped(where) {
    return {
        name: 'signature',
        result: 'skipped',
        detail: `not required for ${where}; no signature checked`
    };
}

;// CONCATENATED MODULE: ./src/commands/signing-inputs.ts






// The gate itself is domain code; commands and tests keep importing it from here.

/** Inputs of commands that sign digests or check their signatures. */
const SIGNING_INPUTS = [
    {
        name: 'signing',
        description: 'Signing backend: cosign, sigstore (built in) or none; default cosign when its binary runs, else sigstore.'
    },
    { name: 'sign', description: 'Sign the digest (keylessly, or with cosign-key).', kind: 'flag' },
    {
        name: 'require-signature',
        description: 'Refuse digests without a valid signature; unset means true for protected environments.'
    },
    {
        name: 'cosign-key',
        description: 'Private key: a cosign.key path, env://VAR, PEM text, or a KMS URI (cosign only).'
    },
    {
        name: 'cosign-password',
        description: 'Password of cosign-key (defaults to COSIGN_PASSWORD).',
        secret: true
    },
    {
        name: 'public-key',
        description: 'Public key whose signatures are trusted: a path, env://VAR, PEM text or KMS URI.'
    },
    { name: 'certificate-identity', description: 'Exact keyless signer identity to trust.' },
    {
        name: 'certificate-identity-regexp',
        description: 'Go RE2 regular expression searched for in the keyless signer identity, as cosign does (anchor it with ^...$).'
    },
    {
        name: 'certificate-oidc-issuer',
        description: `Exact OIDC issuer of the keyless signer (default ${types/* GITHUB_ACTIONS_ISSUER */.qQ}).`
    },
    {
        name: 'certificate-oidc-issuer-regexp',
        description: 'Go RE2 regular expression searched for in the OIDC issuer, in place of certificate-oidc-issuer.'
    },
    {
        name: 'fulcio-url',
        description: `Fulcio for keyless signing (default ${types/* DEFAULT_FULCIO_URL */.jl}).`
    },
    { name: 'rekor-url', description: `Rekor transparency log (default ${types/* DEFAULT_REKOR_URL */.AD}).` },
    {
        name: 'trusted-root',
        description: 'Path of a trusted_root.json for a private Sigstore; default the public-good root.'
    },
    {
        name: 'tlog-upload',
        description: 'Log signatures in Rekor (default true); false needs cosign-key.',
        kind: 'flag'
    }
];
/** Reads {@link SIGNING_INPUTS}, masking the password, and refuses contradictions. */
function parseSigningOptions(src, ctx) {
    const chosen = getEnum(src, 'signing', ['cosign', 'sigstore', 'none', 'auto'], 'auto');
    const sign = getBoolean(src, 'sign', false);
    const require = src.get('require-signature');
    const requireSignature = require === undefined ? undefined : getBoolean(src, 'require-signature', false);
    const password = src.get('cosign-password') ?? ctx.env.COSIGN_PASSWORD;
    if (password)
        ctx.logger.setSecret(password);
    const key = keyInput(src, 'cosign-key', ctx);
    const publicKey = keyInput(src, 'public-key', ctx);
    const certificateIdentity = src.get('certificate-identity');
    const certificateIdentityRegexp = src.get('certificate-identity-regexp');
    const tlogUpload = getBoolean(src, 'tlog-upload', true);
    const trustedRoot = src.get('trusted-root');
    if (chosen === 'none' && sign)
        throw new errors/* InputError */.dz('sign', "true, but 'signing' is none");
    if (chosen === 'none' && requireSignature) {
        throw new errors/* InputError */.dz('require-signature', "true, but 'signing' is none");
    }
    if (publicKey && (certificateIdentity || certificateIdentityRegexp)) {
        throw new errors/* InputError */.dz('public-key', 'set together with certificate-identity(-regexp)', 'trust either a key or a keyless identity, not both');
    }
    if (certificateIdentity && certificateIdentityRegexp) {
        throw new errors/* InputError */.dz('certificate-identity-regexp', 'set together with certificate-identity', 'use one');
    }
    const issuerRegexp = src.get('certificate-oidc-issuer-regexp');
    if (issuerRegexp && src.get('certificate-oidc-issuer') !== undefined) {
        throw new errors/* InputError */.dz('certificate-oidc-issuer-regexp', 'set together with certificate-oidc-issuer', 'use one');
    }
    checkPattern('certificate-identity-regexp', certificateIdentityRegexp);
    checkPattern('certificate-oidc-issuer-regexp', issuerRegexp);
    for (const [input, value] of [
        ['cosign-key', key],
        ['public-key', publicKey]
    ]) {
        if (chosen === 'sigstore' && value && (0,keys/* isKmsReference */.td)(value)) {
            throw new errors/* InputError */.dz(input, 'KMS keys need the cosign backend', "set 'signing' to cosign");
        }
    }
    if (sign && !key && !tlogUpload) {
        throw new errors/* InputError */.dz('tlog-upload', 'false needs cosign-key', 'keyless signatures are only verifiable through the transparency log');
    }
    return {
        backend: chosen,
        sign,
        ...(requireSignature === undefined ? {} : { requireSignature }),
        ...(key ? { key } : {}),
        ...(password ? { password } : {}),
        ...(publicKey ? { publicKey } : {}),
        ...(certificateIdentity ? { certificateIdentity } : {}),
        ...(certificateIdentityRegexp ? { certificateIdentityRegexp } : {}),
        certificateOidcIssuer: urlInput(src, 'certificate-oidc-issuer', types/* GITHUB_ACTIONS_ISSUER */.qQ),
        ...(issuerRegexp ? { certificateOidcIssuerRegexp: issuerRegexp } : {}),
        fulcioUrl: urlInput(src, 'fulcio-url', types/* DEFAULT_FULCIO_URL */.jl),
        rekorUrl: urlInput(src, 'rekor-url', types/* DEFAULT_REKOR_URL */.AD),
        ...(trustedRoot
            ? { trustedRoot: resolveInside(ctx.workspace, trustedRoot, 'trusted-root') }
            : {}),
        tlogUpload,
        ...(ctx.env.COSIGN_BIN ? { cosignBin: ctx.env.COSIGN_BIN } : {}),
        env: ctx.env
    };
}
/** Refuses a regexp input that is not Go RE2 syntax, as cosign would (`regexp.Compile`). */
function checkPattern(input, pattern) {
    if (pattern === undefined)
        return;
    const compiled = (0,identity/* compileIdentityPattern */.ax)(pattern);
    if (typeof compiled === 'string') {
        throw new errors/* InputError */.dz(input, `'${pattern}' is not a Go RE2 regular expression (${compiled})`, 'write it as for cosign: RE2 syntax, no lookaround or backreferences');
    }
}
/** A key reference input: PEM text, `env://` and KMS kept as they are, paths resolved. */
function keyInput(src, name, ctx) {
    const value = src.get(name);
    if (value === undefined)
        return undefined;
    if (value.includes('-----BEGIN ')) {
        if (/PRIVATE KEY-----/.test(value)) {
            ctx.logger.setSecret(value);
            // Runners mask line by line: mask each line of the key body too.
            for (const line of value.split(/\r?\n/))
                if (line.length >= 8 && !line.startsWith('-----'))
                    ctx.logger.setSecret(line);
        }
        return value;
    }
    if (value.startsWith('env://') || (0,keys/* isKmsReference */.td)(value))
        return value;
    return resolveInside(ctx.workspace, value, name);
}
function urlInput(src, name, fallback) {
    const value = src.get(name);
    if (value === undefined)
        return fallback;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* InputError */.dz(name, `${(0,util_text/* echo */.W)(value)} is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* InputError */.dz(name, `${(0,util_text/* echo */.W)(value)} is not an http(s) URL`);
    }
    return value.replace(/\/+$/, '');
}

;// CONCATENATED MODULE: ./src/signing/attestation-statement.ts
/**
 * The promotion attestation payload: an in-toto Statement v1 whose only subject is the promoted
 * image digest and whose predicate is the ledger event that moved it, exactly as the ledger
 * stores it (schemas/promotion-event.schema.json is the contract of both).
 *
 * Pure functions only: building the statement, the referrer annotations, and judging a signed
 * payload. Signing and the registry are in attestation.ts.
 *
 * @module
 */



/** Predicate type of a promotion attestation. */
const PROMOTION_PREDICATE_TYPE = 'https://digest-promote.dev/attestations/promotion/v1';
/** The annotation cosign and others filter bundle referrers by. */
const PREDICATE_TYPE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
/**
 * The annotation naming the environment of a promotion attestation. Unsigned, so it only narrows
 * which bundles are worth verifying; the signed predicate decides.
 */
const ENVIRONMENT_ANNOTATION = 'dev.digest-promote.environment';
/**
 * The statement signed for `event`: subject `image`'s repository and digest, predicate the event.
 * The bytes are a pure function of the arguments, but verifiers compare parsed fields only.
 *
 * @throws InvalidReferenceError when `image` has no valid digest.
 */
function promotionStatement(image, event) {
    const { algorithm, hex } = (0,reference/* parseDigest */.m)(image.digest ?? '');
    return Buffer.from(JSON.stringify({
        _type: types/* IN_TOTO_STATEMENT_V1 */.tV,
        subject: [{ name: image.repository, digest: { [algorithm]: hex } }],
        predicateType: PROMOTION_PREDICATE_TYPE,
        predicate: event
    }));
}
/**
 * The annotations of a promotion attestation referrer: cosign's bundle annotations with our
 * predicate type, and the environment, so readers can pick bundles without fetching them.
 */
function promotionAnnotations(event) {
    return {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        [PREDICATE_TYPE_ANNOTATION]: PROMOTION_PREDICATE_TYPE,
        [ENVIRONMENT_ANNOTATION]: event.environment
    };
}
/**
 * Reads a signed DSSE payload as a promotion attestation of `digest`: an in-toto v1 statement
 * with our predicate type, `digest` among its subjects, and a predicate that is a valid ledger
 * event about `digest`. The environment is not judged here, so callers can say which one an
 * attestation is for.
 */
function parsePromotionStatement(payloadType, payload, digest) {
    const read = readInTotoStatement(payloadType, payload);
    if ('problem' in read)
        return read;
    const { statement } = read;
    if (statement._type !== types/* IN_TOTO_STATEMENT_V1 */.tV) {
        return {
            problem: `statement type is ${JSON.stringify(statement._type)}, not ${types/* IN_TOTO_STATEMENT_V1 */.tV}`
        };
    }
    if (statement.predicateType !== PROMOTION_PREDICATE_TYPE) {
        return {
            problem: `predicate type is ${JSON.stringify(statement.predicateType)}, not ${PROMOTION_PREDICATE_TYPE}`
        };
    }
    const { algorithm, hex } = (0,reference/* parseDigest */.m)(digest);
    const subjects = Array.isArray(statement.subject) ? statement.subject : [];
    if (!subjects.some(s => s?.digest?.[algorithm] === hex)) {
        const named = subjects
            .flatMap(s => Object.entries(s?.digest ?? {}).map(([alg, h]) => `${alg}:${String(h)}`))
            .slice(0, 3);
        return {
            problem: `attests ${named.length > 0 ? named.join(', ') : 'no digest'}, not ${digest}`
        };
    }
    const problem = eventProblem(statement.predicate);
    if (problem)
        return { problem: `its predicate is not a promotion event: ${problem}` };
    const event = statement.predicate;
    if (event.digest !== digest) {
        return { problem: `its event ${event.id} moved ${event.digest}, not ${digest}` };
    }
    return { event };
}
/** Why a value is not a ledger event; the ledger's own check. */

/**
 * Whether two events are the same record: equal JSON with object keys in any order, so an event
 * read back from a bundle matches the one built in memory.
 */
function sameEvent(a, b) {
    return canonicalJson(a) === canonicalJson(b);
}
function canonicalJson(value) {
    return JSON.stringify(value, (_key, v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
        : v);
}
/**
 * A DSSE payload as an in-toto statement object, or why it is not one: the payload type must be
 * in-toto's and the payload a JSON object. The statement's own fields are the caller's to check.
 */
function readInTotoStatement(payloadType, payload) {
    if (payloadType !== types/* IN_TOTO_PAYLOAD_TYPE */.T4) {
        return {
            problem: `payload type is ${JSON.stringify(payloadType)}, not ${types/* IN_TOTO_PAYLOAD_TYPE */.T4}`
        };
    }
    let statement;
    try {
        statement = JSON.parse(payload.toString('utf8'));
    }
    catch {
        return { problem: 'payload is not JSON' };
    }
    if (typeof statement !== 'object' || statement === null) {
        return { problem: 'payload is not a JSON object' };
    }
    return { statement: statement };
}

// EXTERNAL MODULE: ./src/signing/oidc.ts
var oidc = __webpack_require__(69154);
;// CONCATENATED MODULE: ./src/signing/attestation.ts
/**
 * Signed promotion attestations: after a promotion lands, its ledger event is signed as an
 * in-toto statement about the digest and attached to the digest as a Sigstore bundle referrer,
 * so "this digest reached staging" can be checked from the registry alone, with the same trust
 * as a signature, before it may go further.
 *
 * Signing uses the configured backend, key or keyless identity (the ones that sign digests);
 * verification is in process for both backends (bundles are the standard format) under the
 * signature gate's policy. The digest itself is never written.
 *
 * @module
 */







/** Most attestation bundles checked per digest, so a flood of referrers cannot stall a gate. */
const MAX_ATTESTATIONS = 50;
/** Most refusals named in one reason; the rest are counted. */
const MAX_REASONS = 3;
/**
 * Signs `event` as a promotion attestation of `image`'s digest and attaches the bundle to the
 * digest as an OCI referrer (artifact type `application/vnd.dev.sigstore.bundle.v0.3+json`,
 * annotated with our predicate type and the event's environment).
 *
 * Idempotent: when an attestation of the same event by the same signer already verifies, nothing
 * is signed or attached. When signing is not set up (`signing: none`, or neither a key nor an
 * OIDC token for keyless signing) nothing is done and `attached` is false; `opts.sign` is not
 * consulted, so callers decide whether attesting is wanted.
 *
 * @param image - `repo@digest`; the digest must be the event's.
 * @param opts - the run's signing options (`SigningOptions` from `parseSigningOptions`).
 * @throws SigningError when signing is set up but fails, or the attached bundle does not verify.
 */
async function attestPromotion(client, image, event, opts, logger) {
    const digest = attestation_requireDigest(image);
    if (event.digest !== digest) {
        throw new types/* SigningError */.uJ(`event ${event.id} moved ${event.digest}, not ${digest}; attest that`);
    }
    const backend = await resolveBackend(opts, logger);
    if (backend === 'none')
        return { attached: false, detail: "not signed: 'signing' is none" };
    const missing = signerMissing(opts);
    if (missing)
        return { attached: false, detail: `not signed: ${missing}` };
    const signer = createStatementSigner(client, image, opts, backend, await resolvePolicy(opts, backend, logger), logger);
    const signerPolicy = await signer.signerPolicy();
    const check = signerPolicy
        ? await tryChecker(client, opts, signerPolicy, event.environment, digest, logger)
        : undefined;
    if (check) {
        const referrers = await promotionReferrers(client, image, digest, event.environment);
        const existing = (await checkAll(client, image, digest, referrers.matching, check)).find(c => c.ok && sameEvent(c.event, event));
        if (existing?.ok) {
            logger.info(`promotion ${event.id} is already attested on ${digest} (${existing.who})`);
            return {
                attached: true,
                digest: existing.referrer,
                detail: `already attested: ${event.kind} ${event.id} into ${event.environment} (${existing.who})`
            };
        }
    }
    const subject = await client.head(image.withoutTag());
    if (!subject || subject.digest !== digest) {
        throw new types/* SigningError */.uJ(`${image.familiar} is not in the registry; cannot attest its promotion`);
    }
    const signed = await signer.signStatement(promotionStatement(image, event));
    const referrer = await (0,registry_referrers/* attachReferrer */.vO)(client, image, subject, {
        artifactType: types/* SIGSTORE_BUNDLE_MEDIA_TYPE */.Ib,
        blobs: [{ mediaType: types/* SIGSTORE_BUNDLE_MEDIA_TYPE */.Ib, bytes: signed.bundle }],
        annotations: promotionAnnotations(event)
    });
    // Read back what was attached, so an attestation known not to pass the gate is never left
    // behind silently (wrong trusted root, a key that is not the configured one).
    let who = signed.keyFingerprint ?? backend;
    if (check) {
        const [back] = await checkAll(client, image, digest, [referrer], check);
        if (!back?.ok || !sameEvent(back.event, event)) {
            const why = back && !back.ok ? back.reason : 'it holds another event';
            throw new types/* SigningError */.uJ(`attested promotion ${event.id}, but the attached bundle does not verify: ${why}`);
        }
        who = back.who;
    }
    else {
        logger.info(`attestation on ${digest} not read back: no policy or trusted root to check it`);
    }
    logger.info(`attested ${event.kind} ${event.id} into ${event.environment} on ${digest} ` +
        `(${backend}: ${who}${signed.rekorLogIndex ? `, rekor ${signed.rekorLogIndex}` : ''})`);
    return {
        attached: true,
        digest: referrer.digest,
        detail: `attested ${event.kind} ${event.id} into ${event.environment} (${who})`
    };
}
/**
 * Looks for a promotion attestation of `image`'s digest into `environment` that verifies under
 * the configured policy (`public-key`, else a keyless identity and issuer, else the public half
 * of `cosign-key`: the signature gate's policy). Each bundle must verify cryptographically, its
 * statement must name the digest, and its predicate must be a ledger event of this digest into
 * `environment`; the newest such event (by its timestamp) is returned.
 *
 * The event's `image` is not compared with `image`: the digest is the identity, and attestations
 * travel with it when referrers are copied to another repository.
 *
 * @param image - `repo@digest`.
 * @returns `verified: false` with a one-line reason when nothing verifies or nothing says whom to
 *   trust; registry failures are thrown.
 */
async function verifyPromotionAttestation(client, image, environment, opts, logger) {
    const digest = attestation_requireDigest(image);
    const refuse = (detail) => ({ verified: false, detail });
    const backend = await resolveBackend(opts, logger);
    if (backend === 'none')
        return refuse("cannot verify promotion attestations: 'signing' is none");
    let policy;
    let check;
    try {
        policy = await resolvePolicy(opts, backend, logger);
        if (policy) {
            policy = await inProcessPolicy(opts, policy, logger);
            check = await checker(client, opts, policy, environment, digest, logger);
        }
    }
    catch (err) {
        if (!(err instanceof types/* SigningError */.uJ))
            throw err;
        return refuse(`cannot verify promotion attestations: ${err.message}`);
    }
    if (!policy || !check) {
        return refuse('no signer to trust is configured: set public-key, or certificate-identity ' +
            '(or certificate-identity-regexp) with certificate-oidc-issuer');
    }
    const referrers = await promotionReferrers(client, image, digest, environment);
    if (referrers.total === 0)
        return refuse(`no promotion attestation is attached to ${digest}`);
    if (referrers.matching.length === 0) {
        return refuse(`no promotion attestation for ${environment} is attached to ${digest} ` +
            `(found: ${referrers.others.join(', ')})`);
    }
    const checked = await checkAll(client, image, digest, referrers.matching, check);
    let newest;
    for (const c of checked) {
        if (c.ok && (!newest || Date.parse(c.event.timestamp) >= Date.parse(newest.event.timestamp))) {
            newest = c;
        }
    }
    if (newest) {
        const { event } = newest;
        return {
            verified: true,
            event,
            detail: `${event.kind} ${event.id} into ${environment} at ${event.timestamp}, attested by ${newest.who}`
        };
    }
    const reasons = checked.flatMap(c => c.ok ? [] : [`bundle ${c.referrer.slice(0, 19)}… ${c.reason}`]);
    const more = reasons.length > MAX_REASONS ? `; and ${reasons.length - MAX_REASONS} more` : '';
    const expected = (0,types/* describePolicy */.wy)(policy, fingerprintOf(policy, opts, logger));
    return refuse(`no promotion attestation for ${environment} on ${digest} verifies for ${expected}: ` +
        reasons.slice(0, MAX_REASONS).join('; ') +
        more);
}
/**
 * An ordering gate on attestations (`require-attestation`): every environment in `required`
 * (the target's `requires`) must hold a verified promotion attestation of `image`'s digest.
 *
 * @returns `passed` naming the attested events, or `skipped` when nothing is required.
 * @throws GateError naming every environment without one, and why.
 */
async function attestationGate(client, image, required, opts, logger, context = {}) {
    const where = context.environment ?? 'this environment';
    if (required.length === 0) {
        return {
            name: 'attestation',
            result: 'skipped',
            detail: `${where} requires no earlier environment`
        };
    }
    const found = [];
    const missing = [];
    for (const environment of required) {
        const r = await verifyPromotionAttestation(client, image, environment, opts, logger);
        if (r.verified && r.event)
            found.push(`${environment} (${r.event.id})`);
        else
            missing.push(`${environment}: ${r.detail}`);
    }
    if (missing.length > 0) {
        throw new errors/* GateError */.ue('attestation', `${where} requires a signed promotion of ${attestation_requireDigest(image)} into ${required.join(', ')}; ${missing.join('; ')}`, 'promote the digest through those environments with signing set up (cosign-key, or keyless with id-token: write), or trust the signer that attested them');
    }
    return { name: 'attestation', result: 'passed', detail: `attested in ${found.join(', ')}` };
}
/**
 * Our attestation referrers of `digest`: those whose environment annotation is `environment` (or
 * absent), the newest {@link MAX_ATTESTATIONS}, and the other environments seen, for messages.
 */
async function promotionReferrers(client, image, digest, environment) {
    const ours = (await (0,registry_referrers/* listReferrers */.xt)(client, image, digest, types/* SIGSTORE_BUNDLE_MEDIA_TYPE */.Ib)).filter(d => d.annotations?.[PREDICATE_TYPE_ANNOTATION] === PROMOTION_PREDICATE_TYPE);
    const matching = [];
    const others = new Set();
    for (const d of ours) {
        const env = d.annotations?.[ENVIRONMENT_ANNOTATION];
        if (env === undefined || env === environment)
            matching.push(d);
        else
            others.add(env);
    }
    return { total: ours.length, matching: matching.slice(-MAX_ATTESTATIONS), others: [...others] };
}
/** Reads and checks each referrer's bundle. */
async function checkAll(client, image, digest, referrers, check) {
    const out = [];
    for (const referrer of referrers) {
        out.push(await checkOne(client, image, digest, referrer, check));
    }
    return out;
}
async function checkOne(client, image, digest, referrer, check) {
    const fail = (reason) => ({ ok: false, referrer: referrer.digest, reason });
    let layer;
    try {
        const read = await (0,registry_referrers/* readReferrerLayer */.fs)(client, image, referrer, types/* SIGSTORE_BUNDLE_MEDIA_TYPE */.Ib);
        if (read.manifest.subject?.digest !== digest) {
            return fail(`its subject is ${String(read.manifest.subject?.digest)}`);
        }
        layer = read.layer;
    }
    catch (err) {
        return fail(`unreadable (${(0,errors/* errorMessage */.gJ)(err)})`);
    }
    if (!layer)
        return fail('it holds no bundle layer');
    const result = check(layer);
    if (!result.ok)
        return fail(result.reason);
    const parsed = parsePromotionStatement(result.payloadType, result.payload, digest);
    // The check accepted this payload already; a problem here would be a bug, not an attack.
    if ('problem' in parsed)
        return fail(parsed.problem);
    return {
        ok: true,
        referrer: referrer.digest,
        event: parsed.event,
        who: result.identity ?? result.keyFingerprint ?? 'verified'
    };
}
/** The bundle check for promotions of `digest` into `environment` under `policy`. */
async function checker(client, opts, policy, environment, digest, logger) {
    const accept = (payloadType, payload) => {
        const parsed = parsePromotionStatement(payloadType, payload, digest);
        if ('problem' in parsed)
            return parsed.problem;
        const env = parsed.event.environment;
        return env === environment ? undefined : `is a promotion into ${env}, not ${environment}`;
    };
    return (await createBundleVerifier(client, opts, logger)).bundleChecker(policy, accept);
}
/**
 * {@link checker}, or `undefined` when verification cannot be set up here (keyless with no
 * trusted root reachable): signing then goes ahead unchecked, and the gate verifies later.
 */
async function tryChecker(client, opts, policy, environment, digest, logger) {
    try {
        const usable = await inProcessPolicy(opts, policy, logger);
        return await checker(client, opts, usable, environment, digest, logger);
    }
    catch (err) {
        if (!(err instanceof types/* SigningError */.uJ))
            throw err;
        logger.debug(`cannot verify promotion attestations here: ${err.message}`);
        return undefined;
    }
}
/** Why nothing can sign, or `undefined` when a key or a keyless identity is available. */
function signerMissing(opts) {
    if (opts.key)
        return undefined;
    if (!(0,oidc/* identityTokenAvailable */.hd)(opts.env)) {
        return ('no cosign-key, and no OIDC token for keyless signing ' +
            '(grant the job id-token: write, or set SIGSTORE_ID_TOKEN)');
    }
    // A keyless certificate expires in minutes; only the log proves when it signed.
    if (!opts.tlogUpload)
        return 'tlog-upload is false, which keyless signing cannot do; set cosign-key';
    return undefined;
}
function attestation_requireDigest(image) {
    if (!image.digest)
        throw new types/* SigningError */.uJ(`${image.familiar} has no digest; use repo@digest`);
    return image.digest;
}

;// CONCATENATED MODULE: ./src/github/attestations.ts
/**
 * GitHub's artifact attestations API: the Sigstore bundles `actions/attest-build-provenance`
 * stored for a subject digest in a repository
 * (`GET /repos/{owner}/{repo}/attestations/{subject_digest}`,
 * https://docs.github.com/rest/repos/repos#list-attestations).
 *
 * The bundles are untrusted here: callers verify each one.
 *
 * @module
 */
/** Most bundles read per digest, so a flood of attestations cannot stall a gate. */
const MAX_BUNDLES = 50;
/**
 * The bundles stored for `digest` in `owner/repo`, as JSON bytes, newest last as GitHub lists
 * them; empty when GitHub has none (it answers 404 then).
 *
 * @param predicateType - only bundles of this predicate type, e.g. `provenance`.
 * @throws the client's error for anything but "none found".
 */
async function listAttestationBundles(octokit, owner, repo, digest, predicateType) {
    let attestations;
    try {
        const response = await octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
            owner,
            repo,
            subject_digest: digest,
            per_page: MAX_BUNDLES,
            ...(predicateType ? { predicate_type: predicateType } : {})
        });
        attestations = response.data.attestations;
    }
    catch (err) {
        if (err.status === 404)
            return [];
        throw err;
    }
    return (attestations ?? [])
        .slice(0, MAX_BUNDLES)
        .flatMap(a => a.bundle && typeof a.bundle === 'object' ? [Buffer.from(JSON.stringify(a.bundle))] : []);
}

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/signing/provenance.ts
/**
 * SLSA provenance as GitHub writes it (`actions/attest-build-provenance`, and
 * `docker/build-push-action` with attestations): an in-toto v1 statement with predicate type
 * `https://slsa.dev/provenance/v1` and GitHub's build type, signed keylessly by the building
 * workflow. Pure functions only: reading a verified statement, reading the GitHub OIDC
 * extensions of the signing certificate, and judging both against a {@link ProvenancePolicy}.
 *
 * Statement fields: https://slsa.dev/spec/v1.0/provenance and the GitHub Actions build type,
 * https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1 (a real one is vendored
 * under `__tests__/fixtures/provenance/`). Certificate extensions: Fulcio's
 * `docs/oid-info.md` (1.3.6.1.4.1.57264.1.12 source repository URI, .13 source repository
 * digest, .14 source repository ref, .18 build config URI).
 *
 * @module
 */






/** Predicate type of SLSA provenance v1. */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const REPOSITORY_URI = /^https?:\/\/[^/\s]+\/([^/\s]+\/[^/\s]+)$/;
/**
 * Reads a verified DSSE payload as SLSA provenance of `digest`: the facts, or why it is not.
 */
function parseProvenanceStatement(payloadType, payload, digest) {
    const read = readInTotoStatement(payloadType, payload);
    if ('problem' in read)
        return read;
    const { statement } = read;
    if (statement._type !== types/* IN_TOTO_STATEMENT_V1 */.tV) {
        return { problem: `statement type is ${provenance_short(statement._type)}, not ${types/* IN_TOTO_STATEMENT_V1 */.tV}` };
    }
    if (statement.predicateType !== SLSA_PROVENANCE_V1) {
        return {
            problem: `predicate type is ${provenance_short(statement.predicateType)}, not SLSA provenance v1`
        };
    }
    const { algorithm, hex } = (0,reference/* parseDigest */.m)(digest);
    const subjects = Array.isArray(statement.subject) ? statement.subject : [];
    if (!subjects.some(s => s?.digest?.[algorithm] === hex)) {
        const named = subjects
            .flatMap(s => Object.entries(s?.digest ?? {}).map(([alg, h]) => `${alg}:${String(h)}`))
            .slice(0, 3);
        return { problem: `is provenance of ${named.length > 0 ? named.join(', ') : 'no digest'}` };
    }
    const predicate = statement.predicate ?? {};
    const workflow = predicate.buildDefinition?.externalParameters?.workflow ?? {};
    const builder = predicate.runDetails?.builder?.id;
    const fields = { repository: workflow.repository, ref: workflow.ref, path: workflow.path };
    for (const [name, value] of Object.entries(fields)) {
        if (typeof value !== 'string' || value === '') {
            return { problem: `states no externalParameters.workflow.${name}` };
        }
    }
    if (typeof builder !== 'string' || builder === '')
        return { problem: 'states no builder id' };
    const repositoryUri = workflow.repository;
    const repository = REPOSITORY_URI.exec(repositoryUri)?.[1];
    if (!repository)
        return { problem: `names repository ${provenance_short(repositoryUri)}, not a URL` };
    const commit = sourceCommit(predicate.buildDefinition?.resolvedDependencies);
    const invocation = predicate.runDetails?.metadata?.invocationId;
    return {
        facts: {
            builder,
            repositoryUri,
            repository,
            ref: workflow.ref,
            workflow: workflow.path,
            ...(commit ? { commit } : {}),
            ...(typeof invocation === 'string' && invocation ? { invocation } : {})
        }
    };
}
/** The commit of the first `git+` dependency, which GitHub's build type makes the source. */
function sourceCommit(deps) {
    if (!Array.isArray(deps))
        return undefined;
    for (const dep of deps) {
        const commit = dep?.digest?.gitCommit;
        if (typeof dep?.uri === 'string' && dep.uri.startsWith('git+') && typeof commit === 'string') {
            return commit;
        }
    }
    return undefined;
}
const OID = '1.3.6.1.4.1.57264.1.';
/**
 * The GitHub claims in the leaf certificate of a bundle (JSON), read without judging the
 * certificate: call it only for a bundle that verified.
 */
function certificateClaims(bundle) {
    let cert;
    try {
        const json = JSON.parse(bundle.toString('utf8'));
        const m = json.verificationMaterial;
        const raw = m?.certificate?.rawBytes ?? m?.x509CertificateChain?.certificates?.[0]?.rawBytes;
        if (!raw)
            return {};
        cert = core_dist.X509Certificate.parse(Buffer.from(raw, 'base64'));
    }
    catch {
        return {};
    }
    const text = (n) => {
        const ext = cert.extension(`${OID}${n}`);
        if (!ext)
            return undefined;
        try {
            // From .8 on, values are DER UTF8Strings (Fulcio oid-info.md).
            return core_dist.ASN1Obj.parseBuffer(Buffer.from(ext.value)).value.toString('utf8');
        }
        catch {
            return undefined;
        }
    };
    const claims = {};
    const set = (key, n) => {
        const v = text(n);
        if (v !== undefined)
            claims[key] = v;
    };
    set('sourceRepositoryUri', 12);
    set('sourceRepositoryDigest', 13);
    set('sourceRepositoryRef', 14);
    set('buildConfigUri', 18);
    return claims;
}
/**
 * Why the certificate that signed a statement disagrees with it, or `undefined` when its
 * GitHub claims (repository, ref, workflow file, commit) are the ones the statement states.
 * A statement is only as true as its signer: this ties what it says to what GitHub's OIDC
 * token said about the run that signed it.
 */
function certificateDisagreement(facts, claims) {
    const expected = [
        ['source repository', claims.sourceRepositoryUri, facts.repositoryUri],
        ['source ref', claims.sourceRepositoryRef, facts.ref],
        [
            'build config',
            claims.buildConfigUri,
            `${facts.repositoryUri}/${facts.workflow}@${facts.ref}`
        ],
        ['source commit', claims.sourceRepositoryDigest, facts.commit ?? claims.sourceRepositoryDigest]
    ];
    for (const [what, inCert, stated] of expected) {
        if (inCert === undefined)
            return `its certificate carries no GitHub ${what} claim`;
        if (inCert !== stated) {
            return `its certificate's ${what} is ${provenance_short(inCert)}, but the statement says ${provenance_short(stated)}`;
        }
    }
    return undefined;
}
/** Compiles a ref pattern for a whole-string match, as `provenance-ref` documents. */
function compileRefPattern(pattern) {
    try {
        const re = build/* RE2JS */.L3.compile(`^(?:${pattern})$`);
        return ref => re.matches(ref);
    }
    catch (err) {
        return err instanceof Error ? err.message : String(err);
    }
}
/** Why `facts` do not satisfy `policy`, or `undefined` when they do. */
function policyProblem(facts, policy) {
    if (facts.repository.toLowerCase() !== policy.repository.toLowerCase()) {
        return `was built from ${provenance_short(facts.repository)}, not ${policy.repository}`;
    }
    if (policy.ref !== undefined) {
        const matches = compileRefPattern(policy.ref);
        if (typeof matches === 'string' || !matches(facts.ref)) {
            return `was built from ref ${provenance_short(facts.ref)}, which does not match ^(?:${policy.ref})$`;
        }
    }
    if (policy.workflow !== undefined && facts.workflow !== policy.workflow) {
        return `was built by workflow ${provenance_short(facts.workflow)}, not ${policy.workflow}`;
    }
    return undefined;
}
/** One line naming the build, for gate details and texts. */
function describeBuild(facts) {
    const commit = facts.commit ? ` at ${plain(facts.commit.slice(0, 12))}` : '';
    return (`built by ${plain(facts.builder)} from ${plain(facts.repository)} ${plain(facts.ref)}` +
        `${commit} (${plain(facts.workflow)})`);
}
/** Untrusted text quoted and cut short, for messages. */
function provenance_short(value) {
    return typeof value === 'string' ? (0,util_text/* echo */.W)(value) : (0,util_text/* echo */.W)(JSON.stringify(value) ?? String(value));
}
/** Untrusted text on one line, without quotes (a build description is a table cell too). */
function plain(value) {
    const text = value.replace(/\p{Cc}/gu, '?');
    return text.length > util_text/* MAX_ECHO */.d ? `${text.slice(0, util_text/* MAX_ECHO */.d)}…` : text;
}

;// CONCATENATED MODULE: ./src/signing/provenance-gate.ts
/**
 * The `provenance` gate: only what our own CI built, from our repository, on an allowed ref,
 * with our workflow, reaches an environment.
 *
 * Provenance is looked for where GitHub puts it: as a Sigstore bundle referrer of the digest
 * (`actions/attest-build-provenance` with `push-to-registry`; the referrers API or the tag-schema
 * fallback), and in GitHub's attestations API for the build repository when a token is at hand.
 * Each bundle must verify exactly as a keyless signature does (certificate chain, SCT,
 * transparency log, signer identity and issuer), its statement must be SLSA provenance v1 of
 * this digest, the GitHub claims of its certificate must agree with what the statement says,
 * and what it says must satisfy the policy.
 *
 * @module
 */








/** Most bundles checked per digest, so a flood of referrers cannot stall a gate. */
const provenance_gate_MAX_BUNDLES = 50;
/** Most refusals named in one reason; the rest are counted. */
const provenance_gate_MAX_REASONS = 3;
/** The annotation attest-build-provenance and cosign put on bundle referrers. */
const provenance_gate_PREDICATE_TYPE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
/**
 * Whether `env` needs provenance: `require-provenance` when set, else the environment's
 * `requireProvenance` in promotion.yaml.
 */
function provenanceRequired(opts, environment) {
    return opts.require ?? environment ?? false;
}
/**
 * Runs the gate on `image` (`repo@digest`).
 *
 * @returns `skipped` when not required; `passed` with the build the provenance states.
 * @throws GateError when required and no provenance of the digest verifies and satisfies the
 *   policy, naming what was found instead.
 */
async function provenanceGate(client, image, opts, signing, required, logger, context = {}) {
    const where = context.environment ?? 'this environment';
    const digest = image.digest;
    if (!digest)
        throw new types/* SigningError */.uJ(`${image.familiar} has no digest; use repo@digest`);
    if (!required) {
        return { gate: { name: 'provenance', result: 'skipped', detail: `not required for ${where}` } };
    }
    if (!opts.repository) {
        throw new errors/* GateError */.ue('provenance', `${where} requires SLSA provenance, but no repository to trust builds from is configured`, 'name the repository whose CI builds the image (provenance-repository: owner/name)');
    }
    const policy = {
        repository: opts.repository,
        ...(opts.ref !== undefined ? { ref: opts.ref } : {}),
        ...(opts.workflow !== undefined ? { workflow: opts.workflow } : {})
    };
    const signer = signerPolicy(signing);
    const expected = `SLSA provenance of ${digest} from ${expectedBuild(policy)}, signed by ${(0,types/* describePolicy */.wy)(signer)}`;
    let check;
    try {
        check = await (await createBundleVerifier(client, signing, logger)).bundleChecker(signer, (type, payload) => {
            const parsed = parseProvenanceStatement(type, payload, digest);
            return 'problem' in parsed ? parsed.problem : undefined;
        });
    }
    catch (err) {
        if (!(err instanceof types/* SigningError */.uJ))
            throw err;
        throw new errors/* GateError */.ue('provenance', `cannot check for ${expected}: ${err.message}`, 'fix the signer inputs named above');
    }
    const bundles = await findBundles(client, image, digest, policy, context, logger);
    if (bundles.length === 0) {
        throw new errors/* GateError */.ue('provenance', `${where} requires ${expected}, but none is attached to the digest${context.github ? ` or stored in ${policy.repository}'s attestations` : ''}`, `attest the build with actions/attest-build-provenance (push-to-registry: true) in ${policy.repository}'s build workflow, and promote that digest`);
    }
    const reasons = [];
    for (const b of bundles) {
        const outcome = judge(b.bytes, check, digest, policy);
        logger.debug(`provenance ${b.source}: ${'facts' in outcome ? 'verified' : outcome.reason}`);
        if ('facts' in outcome) {
            return {
                gate: { name: 'provenance', result: 'passed', detail: describeBuild(outcome.facts) },
                provenance: outcome.facts
            };
        }
        reasons.push(`${b.source} ${outcome.reason}`);
    }
    const more = reasons.length > provenance_gate_MAX_REASONS ? `; and ${reasons.length - provenance_gate_MAX_REASONS} more` : '';
    throw new errors/* GateError */.ue('provenance', `${where} requires ${expected}; found: ${reasons.slice(0, provenance_gate_MAX_REASONS).join('; ')}${more}`, `promote a digest that ${expectedBuild(policy)} built and attested, or correct the provenance inputs if they are wrong`);
}
/** One bundle's outcome: the facts of an acceptable build, or why not. */
function judge(bytes, check, digest, policy) {
    const result = check(bytes);
    if (!result.ok)
        return { reason: result.reason };
    const parsed = parseProvenanceStatement(result.payloadType, result.payload, digest);
    if ('problem' in parsed)
        return { reason: parsed.problem };
    const disagreement = certificateDisagreement(parsed.facts, certificateClaims(bytes));
    if (disagreement)
        return { reason: disagreement };
    const problem = policyProblem(parsed.facts, policy);
    return problem ? { reason: problem } : { facts: parsed.facts };
}
/** Provenance bundles of `digest`: referrers first, then GitHub's attestations. */
async function findBundles(client, image, digest, policy, sources, logger) {
    const found = [];
    const referrers = (await (0,registry_referrers/* listReferrers */.xt)(client, image, digest, types/* SIGSTORE_BUNDLE_MEDIA_TYPE */.Ib)).filter(r => {
        const type = r.annotations?.[provenance_gate_PREDICATE_TYPE_ANNOTATION];
        return type === undefined || type === SLSA_PROVENANCE_V1;
    });
    for (const referrer of referrers.slice(-provenance_gate_MAX_BUNDLES)) {
        const source = `bundle ${referrer.digest.slice(0, 19)}…`;
        try {
            const read = await (0,registry_referrers/* readReferrerLayer */.fs)(client, image, referrer, types/* SIGSTORE_BUNDLE_MEDIA_TYPE */.Ib);
            if (read.manifest.subject?.digest === digest && read.layer) {
                found.push({ source, bytes: read.layer });
            }
        }
        catch (err) {
            logger.debug(`${source} unreadable: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    if (sources.github) {
        const [owner = '', repo = ''] = policy.repository.split('/');
        try {
            const octokit = await createOctokit(sources.github.token, {
                baseUrl: sources.github.apiUrl,
                logger
            });
            const bundles = await listAttestationBundles(octokit, owner, repo, digest, 'provenance');
            bundles.forEach((bytes, i) => found.push({ source: `GitHub attestation ${i + 1}`, bytes }));
        }
        catch (err) {
            logger.warning(`GitHub attestations of ${policy.repository} not read (${(0,errors/* errorMessage */.gJ)(err).split('\n')[0]}); using the registry's only`);
        }
    }
    return found;
}
/**
 * Whose signature provenance must carry: the keyless signer the signature gate trusts when one
 * is configured; otherwise any identity of the configured issuer, since the source repository,
 * ref and workflow are checked from the certificate's own GitHub claims.
 */
function signerPolicy(signing) {
    return {
        ...(signing.certificateIdentity
            ? { certificateIdentity: signing.certificateIdentity }
            : { certificateIdentityRegexp: signing.certificateIdentityRegexp ?? '^https://' }),
        certificateOidcIssuer: signing.certificateOidcIssuer,
        ...(signing.certificateOidcIssuerRegexp
            ? { certificateOidcIssuerRegexp: signing.certificateOidcIssuerRegexp }
            : {})
    };
}
function expectedBuild(policy) {
    const ref = policy.ref !== undefined ? ` on a ref matching ^(?:${policy.ref})$` : '';
    const workflow = policy.workflow ? ` with ${policy.workflow}` : '';
    return `${policy.repository}${ref}${workflow}`;
}

// EXTERNAL MODULE: ./src/registry/errors.ts
var registry_errors = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/registry/media-types.ts
var media_types = __webpack_require__(99867);
;// CONCATENATED MODULE: ./src/registry/copy.ts





/** An environment tag already names another digest; tags are never moved. */
class ImmutableTagError extends errors/* PromoteError */.jG {
    constructor(target, existing, wanted) {
        super(`tag ${target.familiar} already points at ${existing}, not ${wanted}; environment tags are immutable, ` +
            'so nothing was written: promote under a new tag (a new version or timestamp) or roll back explicitly');
    }
}
/**
 * The tag named another digest right after this run wrote it: a concurrent writer
 * pushed the same tag name between our check and our read-back.
 */
class ConcurrentTagWriteError extends errors/* PromoteError */.jG {
    constructor(target, wrote, found) {
        super(`tag ${target.familiar} names ${found ?? 'nothing'} right after this run wrote ${wrote} to it: ` +
            'another writer pushed the same tag at the same time, so this run stopped before writing anything to Git; ' +
            'find the other run, decide which digest the tag should name, and turn on tag immutability in the registry');
    }
}
/**
 * Gives the manifest of `source` the tag of `target` without rebuilding: GET the
 * raw bytes, HEAD the target tag (same digest: no-op; another digest: refuse),
 * then PUT the same bytes, check the registry's digest answer and read the tag
 * back (another digest there means a concurrent writer), like
 * go-containerregistry's `crane tag`. Across repositories or registries the
 * referenced blobs and child manifests are copied first, children before the index.
 */
async function retag(client, source, target, opts = {}) {
    if (!target.tag)
        throw new errors/* PromoteError */.jG(`target ${target.familiar} has no tag`);
    const sameRepo = source.repository === target.repository;
    let manifest;
    try {
        manifest = await client.get(source, { push: sameRepo });
    }
    catch (err) {
        throw (0,registry_errors/* withContext */.eQ)(`reading ${source.familiar}`, err);
    }
    if (opts.expectedDigest && manifest.digest !== opts.expectedDigest) {
        throw new errors/* PromoteError */.jG(`${source.familiar} resolves to ${manifest.digest}, not the expected ${opts.expectedDigest}; nothing was written`);
    }
    const result = {
        source: source.withoutTag().withDigest(manifest.digest).familiar,
        target: target.withoutTag().withTag(target.tag).familiar,
        digest: manifest.digest,
        mediaType: manifest.mediaType,
        changed: true
    };
    const targetTag = target.withoutTag().withTag(target.tag);
    let existing;
    try {
        existing = (await client.head(targetTag, { push: true }))?.digest;
    }
    catch (err) {
        throw (0,registry_errors/* withContext */.eQ)(`checking ${targetTag.familiar}`, err);
    }
    if (existing === manifest.digest)
        return { ...result, changed: false };
    if (existing)
        throw new ImmutableTagError(targetTag, existing, manifest.digest);
    if (opts.dryRun)
        return result;
    try {
        if (!sameRepo)
            await copyReferenced(client, source, target, manifest);
        await client.put(target, target.tag, manifest);
    }
    catch (err) {
        const wrapped = (0,registry_errors/* withContext */.eQ)(`pushing tag ${targetTag.familiar}`, err);
        if (err instanceof registry_errors/* RegistryError */.gl && err.temporary)
            wrapped.message += RESUME;
        throw wrapped;
    }
    await readBack(client, targetTag, manifest.digest);
    try {
        if (!sameRepo)
            await copyAttached(client, source, target, manifest.digest);
    }
    catch (err) {
        throw (0,registry_errors/* withContext */.eQ)(`pushing tag ${targetTag.familiar}`, err);
    }
    return result;
}
/** Advice for a copy cut short before the tag was written: the tag PUT comes last. */
const RESUME = '; the tag was not written: re-run the same command to resume (blobs already copied are kept)';
/**
 * Registries without conditional writes (most of them) let a second PUT of a tag
 * replace the first, so the tag is read back right after writing it.
 */
async function readBack(client, tag, wrote) {
    let found;
    try {
        found = (await client.head(tag, { push: true }))?.digest;
    }
    catch (err) {
        throw (0,registry_errors/* withContext */.eQ)(`reading back ${tag.familiar}`, err);
    }
    if (found !== wrote)
        throw new ConcurrentTagWriteError(tag, wrote, found);
}
/**
 * Makes everything `manifest` references present in the target repository: a
 * blob mount within one registry (201 whether or not the target had the blob, so
 * nothing is asked first), a download and upload across registries unless the
 * target has it; for an index, each child manifest by digest (and its blobs)
 * first. A child is PUT again rather than asked for: the PUT is idempotent and
 * costs no more than the HEAD that would spare it only on a re-run.
 */
async function copyReferenced(client, from, to, manifest) {
    const content = JSON.parse(manifest.bytes.toString());
    if ((0,media_types/* isIndex */.nw)(manifest.mediaType)) {
        for (const child of content.manifests ?? []) {
            if (client.memory.manifest(to, child.digest))
                continue;
            const childManifest = await client.get(from.withoutTag().withDigest(child.digest));
            await copyReferenced(client, from, to, childManifest);
            await client.put(to, child.digest, childManifest);
        }
        return;
    }
    const blobs = [...(content.config ? [content.config] : []), ...(content.layers ?? [])];
    for (const blob of blobs) {
        if (client.memory.hasBlob(to, blob.digest))
            continue;
        if (from.domain === to.domain) {
            if (await client.mountBlob(to, from, blob.digest))
                continue;
        }
        else if (await client.hasBlob(to, blob.digest, true))
            continue;
        await client.copyBlob(from, to, blob);
    }
}
/** cosign's legacy tag suffixes for things attached to a digest (`sha256-<hex>.sig`). */
const LEGACY_SUFFIXES = ['sig', 'att', 'sbom'];
/**
 * Signatures, attestations and ledger records travel with the digest into another
 * repository: its referrers (API or tag schema) and cosign's legacy `.sig`/`.att`/`.sbom`
 * tags, bytes unchanged. A legacy tag the target already has is left alone.
 */
async function copyAttached(client, from, to, digest) {
    await (0,registry_referrers/* copyReferrers */.kV)(client, from, to, digest);
    const [source, target] = [(0,registry_referrers/* bareRepository */.RI)(from), (0,registry_referrers/* bareRepository */.RI)(to)];
    for (const suffix of LEGACY_SUFFIXES) {
        const tag = `${(0,registry_client/* referrersTag */.LN)(digest)}.${suffix}`;
        const found = await client.head(source.withTag(tag));
        if (!found || (await client.head(target.withTag(tag), { push: true })))
            continue;
        const m = await client.get(source.withDigest(found.digest));
        await copyReferenced(client, source, target, m);
        await client.put(target, tag, m);
    }
}

;// CONCATENATED MODULE: ./src/promote/claims.ts






/**
 * Claim refs: most registries have no conditional write, so two runs that both see a tag
 * absent can both PUT it, and the later one silently moves it. A ref update in Git is
 * atomic, so the GitOps repository arbitrates instead: before the first PUT of a new
 * immutable tag, a run creates `refs/digest-promote/claims/<registry>/<repository>/_tags/<tag>`
 * (create-only) pointing at a parentless commit that names the digest. The run whose ref
 * update wins owns the tag name; claims stay as the history of every tag name.
 */
const CLAIMS_PREFIX = 'refs/digest-promote/claims';
/** Longest run URL or environment a claim may echo into a message. */
const MAX_ECHO = 120;
/** The claims a plan's tags need, naming this run and the plan's events. */
function claimRequests(plan, environment, env) {
    const run = pipelineFromEnv(env).url;
    return plan.images.map(p => ({
        image: p.image,
        tag: p.targetTag,
        digest: p.digest,
        environment,
        run,
        eventId: plan.events.find(e => e.image === p.image.repository)?.id ?? null
    }));
}
/** How a promotion or rollback gets past a tag claimed for another digest. */
const PROMOTE_FIX = 'promote under a new tag (a new version or timestamp) or roll back explicitly';
/** The tag name is claimed for another digest by an earlier (or concurrent) run. */
class TagClaimedError extends errors/* PromoteError */.jG {
    constructor(request, claim, fix = PROMOTE_FIX) {
        const tag = request.image.withoutTag().withTag(request.tag).familiar;
        const who = `run ${claim.run ?? 'unknown'}${claim.environment ? ` (${claim.environment})` : ''}`;
        const held = claim.digest
            ? `is claimed for ${claim.digest} by ${who}`
            : `has a claim ref that names no digest (${claim.ref})`;
        super(`tag ${tag} ${held}, but this run would give it ${request.digest}; environment tags are immutable, ` +
            `so nothing was written: ${fix}`);
    }
}
/** Ref components may not contain `:`; a registry domain cannot contain `_`, so `host_port` is unambiguous. */
function claimRef(image, tag) {
    const domain = image.domain.replace(/:/g, '_').replace(/[[\]]/g, '');
    // Tags may hold `..`, end in `.` or in `.lock`, which Git refuses in a ref; `%` never occurs in a tag.
    const safeTag = tag
        .replace(/\.(?=\.)/g, '%2E')
        .replace(/\.$/, '%2E')
        .replace(/\.lock$/, '%2Elock');
    return `${CLAIMS_PREFIX}/${domain}/${image.path}/_tags/${safeTag}`;
}
/** Reads the claims of `refs`: one `ls-remote`, and one fetch for those that exist. */
async function readClaims(git, refs) {
    const found = await git.lsRemote(refs);
    const claims = new Map();
    if (found.size === 0)
        return claims;
    await git.fetchObjects([...found.keys()]);
    for (const [ref, commit] of found) {
        const message = await git.tryCommitMessage(commit);
        claims.set(ref, { ref, commit, ...parseClaimMessage(message ?? '') });
    }
    return claims;
}
/** The claim commit's message: a subject for humans, trailers for the tool. */
function claimMessage(r) {
    const tag = r.image.withoutTag().withTag(r.tag).familiar;
    return [
        `claim ${tag} for ${r.digest}`,
        '',
        `Digest: ${r.digest}`,
        `Environment: ${r.environment}`,
        `Run: ${r.run ?? 'unknown'}`,
        `Event: ${r.eventId ?? 'none'}`,
        ''
    ].join('\n');
}
/** Reads the trailers back, keeping only values that have the expected shape. */
function parseClaimMessage(message) {
    const field = (name) => {
        const line = message.split('\n').find(l => l.startsWith(`${name}: `));
        const value = line?.slice(name.length + 2).trim();
        // Claim text comes from the repository: printable ASCII only, and short.
        return value && /^[\x21-\x7e]+$/.test(value) ? value.slice(0, MAX_ECHO) : undefined;
    };
    const digest = field('Digest');
    return {
        digest: digest && (0,reference/* isDigest */.Bc)(digest) ? digest : undefined,
        environment: field('Environment'),
        run: field('Run'),
        eventId: field('Event')
    };
}
/** Refuses the first request whose tag is claimed for another digest. */
function refuseConflicts(requests, claims, fix) {
    for (const r of requests) {
        const claim = claims.get(claimRef(r.image, r.tag));
        if (claim && claim.digest !== r.digest)
            throw new TagClaimedError(r, claim, fix);
    }
}
/**
 * Checks the claims without writing anything, for a plan or a dry run; `fix` is the advice
 * when a tag is claimed for another digest.
 */
async function checkClaims(git, requests, fix) {
    const claims = await readClaims(git, unique(requests).map(r => claimRef(r.image, r.tag)));
    refuseConflicts(requests, claims, fix);
}
/**
 * Claims every new tag of `requests` before the registry is written: a claim for the same
 * digest is a no-op (re-runs and resumes), one for another digest fails the run. A tag the
 * registry already has for this digest needs no claim; one it has for another digest is
 * refused here, before anything is written. `fix` is the advice when a tag is claimed for
 * another digest (default: promote under a new tag or roll back).
 */
async function claimTags(git, client, requests, identity, logger, opts = {}) {
    const wanted = unique(requests);
    const refs = wanted.map(r => claimRef(r.image, r.tag));
    const claims = await readClaims(git, refs);
    refuseConflicts(wanted, claims, opts.fix);
    // Each tag is checked and its claim commit made on its own; all are pushed at once below.
    const made = await mapSettled(wanted, opts.concurrency ?? 1, async (r) => {
        const ref = claimRef(r.image, r.tag);
        if (claims.has(ref))
            return undefined;
        const target = r.image.withoutTag().withTag(r.tag);
        const existing = (await client.head(target, { push: true }))?.digest;
        if (existing === r.digest)
            return undefined;
        if (existing)
            throw new ImmutableTagError(target, existing, r.digest);
        return { ref, commit: await git.createRootCommit(claimMessage(r), identity) };
    });
    const updates = settledOrThrow(made).filter(u => u !== undefined);
    if (updates.length === 0)
        return;
    const pushed = await git.tryCreateRefs(updates);
    if (pushed.ok)
        for (const u of updates)
            logger.info(`claimed ${u.ref}`);
    else {
        // Lost a race, or not allowed to push: what the repository now holds decides.
        const now = await readClaims(git, refs);
        refuseConflicts(wanted, now, opts.fix);
        if (updates.some(u => !now.has(u.ref))) {
            throw new errors/* PromoteError */.jG(`could not create the tag claims in the GitOps repository (${pushed.reason}); nothing was written: the token needs contents: write`);
        }
    }
}
/** One request per tag name; two images cannot share one repository's tag. */
function unique(requests) {
    const seen = new Map();
    for (const r of requests)
        seen.set(claimRef(r.image, r.tag), r);
    return [...seen.values()];
}
/**
 * Claims (or, for a dry run, checks) `requests` in a temporary clone of the GitOps
 * repository, opened for this alone and removed afterwards.
 */
async function claimInRepository(site, client, requests, ctx) {
    if (requests.length === 0)
        return;
    const repo = await openRepository(site.source, ctx);
    try {
        if (site.dryRun)
            await checkClaims(repo.git, requests, site.fix);
        else
            await claimTags(repo.git, client, requests, site.identity, ctx.logger, { fix: site.fix });
    }
    finally {
        await repo.close();
    }
}

;// CONCATENATED MODULE: ./src/tags/floating.ts


/** Tags that name "whatever was pushed last": never a source or a target of a promotion. */
const FLOATING_TAGS = new Set(['latest']);
/**
 * Refuses a floating tag (`latest`) as the source or target of a promotion, since
 * it names no fixed digest. `aliases` lists floating aliases the configuration
 * allows to move (each move is recorded).
 */
function refuseFloating(tag, role, aliases = []) {
    if (tag === undefined || !FLOATING_TAGS.has(tag) || aliases.includes(tag))
        return;
    throw new errors/* GateError */.ue('tag-policy', `${(0,util_text/* echo */.W)(tag)} is a floating tag and cannot be a promotion ${role}`, role === 'source'
        ? 'name the source by digest or by its immutable environment tag'
        : 'promote to an immutable environment tag (tag-template)');
}

;// CONCATENATED MODULE: ./src/tags/template.ts



/** The default environment tag: the seeds' `production-v1.2.3-<sha>-<ts>` pattern. */
const DEFAULT_TAG_TEMPLATE = '{env}-v{version}-{sha}-{ts}';
// Each placeholder's grammar, chosen so a parse of the default template is unambiguous:
// a pre-release may hold '-', but a sha is hex and a timestamp all digits.
const FIELD_PATTERNS = {
    env: '[A-Za-z0-9_]+(?:[.-][A-Za-z0-9_]+)*?',
    version: '(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+?)?',
    sha: '[0-9a-f]{7,40}',
    ts: '\\d{9,11}',
    now: '\\d{9,11}'
};
/** A refusal to use a tag template or tag; names the input it came from. */
class TagTemplateError extends errors/* PromoteError */.jG {
}
/** Parses `{env}-v{version}-{sha}-{ts}`-style templates; unknown placeholders are refused. */
function parseTemplate(template, input = 'tag-template') {
    const parts = [];
    const re = /\{([^{}]*)\}/g;
    let last = 0;
    for (let m = re.exec(template); m; m = re.exec(template)) {
        if (m.index > last)
            parts.push({ literal: template.slice(last, m.index) });
        const name = m[1] ?? '';
        if (!(name in FIELD_PATTERNS)) {
            throw new TagTemplateError(`input '${input}': unknown placeholder {${name}} in ${(0,util_text/* echo */.W)(template)}; use {env}, {version}, {sha}, {ts} or {now}`, 2);
        }
        parts.push({ field: name });
        last = re.lastIndex;
    }
    if (last < template.length)
        parts.push({ literal: template.slice(last) });
    if (/[{}]/.test(parts.map(p => ('literal' in p ? p.literal : '')).join(''))) {
        throw new TagTemplateError(`input '${input}': unbalanced brace in ${(0,util_text/* echo */.W)(template)}`, 2);
    }
    return { source: template, parts };
}
/** Renders a template; every placeholder it uses must have a value. */
function renderTag(template, fields, input = 'tag-template') {
    const out = template.parts
        .map(p => {
        if ('literal' in p)
            return p.literal;
        const value = fields[p.field];
        if (value === undefined || value === '') {
            throw new TagTemplateError(`input '${input}': template ${(0,util_text/* echo */.W)(template.source)} needs {${p.field}}, which has no value; ${FIELD_HINTS[p.field]}`, 2);
        }
        return value;
    })
        .join('');
    if (!(0,reference/* isValidTag */.r_)(out)) {
        throw new TagTemplateError(`input '${input}': template ${(0,util_text/* echo */.W)(template.source)} renders ${(0,util_text/* echo */.W)(out)}, which is not a valid tag`, 2);
    }
    return out;
}
const FIELD_HINTS = {
    env: 'set the environment input',
    version: 'set the version input (or run on a v* tag push)',
    sha: 'set source-revision (GITHUB_SHA is used when set)',
    ts: 'set the build time (the source tag supplies it when promoting)',
    now: 'the clock supplies it'
};
/** Reads the fields out of a tag made by `template`; `undefined` if the tag does not fit. */
function parseTag(template, tag) {
    const pattern = template.parts
        .map(p => ('literal' in p ? template_escape(p.literal) : `(?<${p.field}>${FIELD_PATTERNS[p.field]})`))
        .join('');
    let re;
    try {
        re = new RegExp(`^${pattern}$`);
    }
    catch {
        // A template that uses one placeholder twice cannot name two groups alike.
        throw new TagTemplateError(`input 'tag-template': ${(0,util_text/* echo */.W)(template.source)} uses a placeholder twice`, 2);
    }
    const m = re.exec(tag);
    return m?.groups ? { ...m.groups } : undefined;
}
function template_escape(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The target environment's tag for a source tag: the same version, revision and
 * build time under the new environment, e.g. `staging-v1.2.3-abc1234-1700000000`
 * becomes `production-v1.2.3-abc1234-1700000000`.
 */
function deriveTargetTag(sourceTag, toEnv, opts) {
    const template = parseTemplate(opts.template ?? DEFAULT_TAG_TEMPLATE);
    const sourceTemplate = parseTemplate(opts.sourceTemplate ?? opts.template ?? DEFAULT_TAG_TEMPLATE);
    const fields = parseTag(sourceTemplate, sourceTag);
    if (!fields) {
        throw new TagTemplateError(`source tag ${(0,util_text/* echo */.W)(sourceTag)} does not follow the template ${(0,util_text/* echo */.W)(sourceTemplate.source)}, so no target tag can be derived; ` +
            'give the target tag explicitly or set tag-template');
    }
    return renderTag(template, {
        ...fields,
        env: toEnv,
        now: String(Math.floor(opts.now.getTime() / 1000))
    });
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(37291);
;// CONCATENATED MODULE: ./src/manifests/kustomize-images.ts
/**
 * `kustomize edit set image`, done as byte-preserving splices into `kustomization.yaml`.
 *
 * kustomize itself decodes the file, rewrites `images:` sorted by name with alphabetical keys
 * and re-encodes the whole document, which drops comments and quoting. Here the `yaml` package
 * only locates nodes; new scalar text is spliced in at their source ranges, so every byte we do
 * not own stays as it was.
 */





/** The field value that keeps what the kustomization already has (kustomize's `*`). */
const KEEP = '*';
const FIELDS = ['newName', 'newTag', 'digest'];
/** An image argument that `kustomize edit set image` would reject or misread. */
class ImageArgError extends errors/* PromoteError */.jG {
    /** The argument as given. */
    arg;
    constructor(arg, problem) {
        super(`invalid image argument ${(0,util_text/* echo */.W)(arg)}: ${problem}`, 2);
        this.arg = arg;
    }
}
const USAGE = 'expected <name>=<newName>[:<newTag>][@<digest>], <name>:<newTag>[@<digest>] or <name>@<digest>';
const NAME_RE = /^[A-Za-z0-9](?:[A-Za-z0-9._/:-]*[A-Za-z0-9])?$/;
// Tag grammar of the OCI distribution spec, which is also what kustomize's help text states.
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const DIGEST_RE = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[A-Za-z0-9=_-]+$/;
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/**
 * Why `name` is not a repository a registry would accept (kustomize itself writes any text):
 * an uppercase path (`ghcr.io/acme/APP`) or a bad domain would only fail at deploy time.
 */
function repositoryProblem(name) {
    try {
        (0,reference/* parseReference */.F2)(name);
        return undefined;
    }
    catch (err) {
        if (err instanceof reference/* InvalidReferenceError */.x_)
            return err.reason;
        throw err;
    }
}
/**
 * Parses one argument of `kustomize edit set image`: `name=newName[:newTag][@digest]`,
 * `name:newTag[@digest]` or `name@digest`, where any of newName, newTag and digest may be `*`.
 * Stricter than kustomize, which accepts an empty or malformed tag or digest silently.
 */
function parseImageArg(arg) {
    const fail = (problem) => {
        throw new ImageArgError(arg, problem);
    };
    if (arg === '')
        fail('it is empty');
    if (/\s/.test(arg))
        fail('it contains whitespace');
    const eq = arg.indexOf('=');
    const ref = splitImage(eq < 0 ? arg : arg.slice(eq + 1));
    // kustomize rejects an argument that names an image but sets nothing on it.
    if (eq < 0 && ref.tag === undefined && ref.digest === undefined)
        fail(USAGE);
    const name = eq < 0 ? ref.name : arg.slice(0, eq);
    if (name === '')
        fail('empty image name');
    if (name === KEEP)
        fail(`image name cannot be '${KEEP}'`);
    if (eq >= 0 && splitImage(name).name !== name) {
        fail(`image name ${(0,util_text/* echo */.W)(name)} must not carry a tag or digest`);
    }
    if (!NAME_RE.test(name))
        fail(`image name ${(0,util_text/* echo */.W)(name)} is not a valid image name`);
    const badName = repositoryProblem(name);
    if (badName !== undefined)
        fail(`image name ${(0,util_text/* echo */.W)(name)}: ${badName}`);
    const edit = { name };
    if (eq >= 0) {
        if (ref.name === '')
            fail('empty new name');
        if (ref.name !== KEEP && !NAME_RE.test(ref.name)) {
            fail(`new name ${(0,util_text/* echo */.W)(ref.name)} is not a valid image name`);
        }
        const badNewName = ref.name === KEEP ? undefined : repositoryProblem(ref.name);
        if (badNewName !== undefined)
            fail(`new name ${(0,util_text/* echo */.W)(ref.name)}: ${badNewName}`);
        edit.newName = ref.name;
    }
    if (ref.tag !== undefined) {
        if (ref.tag === '')
            fail("empty tag after ':'");
        if (ref.tag !== KEEP && !TAG_RE.test(ref.tag)) {
            fail(`tag ${(0,util_text/* echo */.W)(ref.tag)} is not a valid tag (1-128 of A-Za-z0-9_.-, not starting with . or -)`);
        }
        edit.newTag = ref.tag;
    }
    if (ref.digest !== undefined) {
        if (ref.digest === '')
            fail("empty digest after '@'");
        if (ref.digest !== KEEP && !validDigest(ref.digest)) {
            fail(`digest ${(0,util_text/* echo */.W)(ref.digest)} is not a valid digest (expected sha256:<64 lowercase hex>)`);
        }
        edit.digest = ref.digest;
    }
    return edit;
}
function validDigest(digest) {
    if (!DIGEST_RE.test(digest))
        return false;
    const [algorithm = '', hex = ''] = digest.split(':');
    const length = HEX_LENGTH[algorithm];
    return length === undefined || new RegExp(`^[a-f0-9]{${length}}$`).test(hex);
}
/**
 * Splits `name[:tag][@digest]` the way kustomize's `image.Split` does: a `:` before the first
 * `/` is a registry port, and whichever of `:` and `@` comes first after it starts the suffix.
 */
function splitImage(ref) {
    const slash = Math.max(ref.indexOf('/'), 0);
    const at = ref.indexOf('@', slash);
    const colon = ref.indexOf(':', slash);
    if (at >= 0 && (colon < 0 || at < colon)) {
        return { name: ref.slice(0, at), digest: ref.slice(at + 1) };
    }
    if (colon < 0)
        return { name: ref };
    if (at < 0)
        return { name: ref.slice(0, colon), tag: ref.slice(colon + 1) };
    return { name: ref.slice(0, colon), tag: ref.slice(colon + 1, at), digest: ref.slice(at + 1) };
}
/** Collects splices and the changes anchored in them until the edit is applied. */
class Plan {
    source;
    file;
    splices = [];
    notes = [];
    constructor(source, file) {
        this.source = source;
        this.file = file;
    }
    splice(start, end, text, notes = []) {
        this.splices.push({ start, end, text });
        for (const [change, at] of notes)
            this.notes.push({ change, splice: this.splices.length - 1, at });
    }
    removed(change, offset) {
        this.notes.push({ change, at: lineOf(this.source, offset) });
    }
    finish() {
        const { content, starts } = applySplices(this.source, this.splices);
        // Report per image in file order, fields in kustomize's newName, newTag, digest order.
        const first = new Map();
        this.notes.forEach(({ change }, i) => first.set(change.image, first.get(change.image) ?? i));
        const rank = ({ change }) => (first.get(change.image) ?? 0) * FIELDS.length + FIELDS.indexOf(change.field);
        const notes = [...this.notes].sort((a, b) => rank(a) - rank(b));
        const changes = notes.map(({ change, splice, at }) => ({
            file: this.file,
            line: splice === undefined ? at : lineOf(content, (starts[splice] ?? 0) + at),
            ...change
        }));
        return { content, changes };
    }
}
/**
 * Applies `edits` to the `images:` of one kustomization. Like kustomize, each edit replaces the
 * fields of every entry with the same `name` and an edit whose name has no entry is appended;
 * unlike kustomize, nothing is re-sorted or reformatted.
 */
function setImages(source, edits, opts) {
    // kustomize keys its arguments by name, so a later argument for the same image wins.
    const pending = new Map(edits.map(edit => [edit.name, edit]));
    const plan = new Plan(source, opts.file);
    if (pending.size === 0)
        return plan.finish();
    const docs = parseManifest(source, opts.file);
    if (docs.length > 1)
        fail(plan, 0, 'a kustomization must be a single YAML document');
    const root = docs[0]?.contents ?? null;
    if (root !== null && (!(0,dist.isMap)(root) || root.flow))
        fail(plan, 0, 'not a block mapping');
    const images = root?.items.find(pair => (0,dist.isScalar)(pair.key) && pair.key.value === 'images');
    const list = images?.value ?? null;
    if ((0,dist.isSeq)(list)) {
        for (const entry of list.items) {
            const name = (0,dist.isMap)(entry) ? entry.get('name') : undefined;
            const edit = typeof name === 'string' ? pending.get(name) : undefined;
            if (edit === undefined || !(0,dist.isMap)(entry))
                continue;
            editEntry(plan, entry, edit);
        }
        for (const entry of list.items)
            if ((0,dist.isMap)(entry))
                pending.delete(String(entry.get('name')));
    }
    else if (list !== null && !((0,dist.isScalar)(list) && list.value === null && !list.source)) {
        fail(plan, images?.key ? keyStart(images) : 0, "'images' is not a list");
    }
    const added = [...pending.values()].filter(edit => FIELDS.some(f => settable(edit[f])));
    if (added.length > 0)
        appendEntries(plan, root, images, added);
    return plan.finish();
}
function fail(plan, offset, problem) {
    throw new errors/* PromoteError */.jG(`${plan.file}:${lineOf(plan.source, offset)}: ${problem}`);
}
const settable = (value) => value !== undefined && value !== KEEP;
const keyStart = (pair) => pair.key.range[0] ?? 0;
const pairEnd = (pair) => {
    const node = ((0,dist.isScalar)(pair.value) ? pair.value : pair.key);
    return node.range[1] ?? 0;
};
/** Rewrites, removes and adds the fields of one entry as kustomize's replacement would. */
function editEntry(plan, entry, edit) {
    const removed = new Set();
    const added = [];
    for (const field of FIELDS) {
        const want = edit[field];
        if (want === KEEP)
            continue;
        const pair = entry.items.find(p => (0,dist.isScalar)(p.key) && p.key.value === field);
        if (pair === undefined) {
            if (want !== undefined)
                added.push([field, want]);
            continue;
        }
        const value = pair.value;
        if (value !== null && (!(0,dist.isScalar)(value) || value.type?.startsWith('BLOCK'))) {
            // A splice cannot keep a block or collection value's layout, and kustomize wants a string.
            fail(plan, keyStart(pair), `images entry ${(0,util_text/* echo */.W)(edit.name)}: ${field} must be a one-line scalar`);
        }
        const old = value ? scalarText(value) : undefined;
        if (want === undefined) {
            // An empty field means nothing to kustomize either, so it is left alone.
            if (old === undefined || old === '')
                continue;
            removed.add(pair);
            plan.removed({ image: edit.name, field, old, new: '' }, keyStart(pair));
        }
        else if (old !== want) {
            const change = { image: edit.name, field, ...(old === undefined ? {} : { old }), new: want };
            replaceValue(plan, pair, change);
        }
    }
    removePairs(plan, entry, removed);
    if (added.length > 0)
        addPairs(plan, entry, removed, edit.name, added);
}
function replaceValue(plan, pair, change) {
    const value = pair.value;
    const [start, end] = value?.range ?? [pairEnd(pair), pairEnd(pair)];
    if (start !== end) {
        return plan.splice(start, end, formatScalarLike(change.new, value?.type), [[change, 0]]);
    }
    // An empty value sits right after the colon or right before a comment: keep both apart.
    const before = /\s/.test(plan.source[start - 1] ?? ' ') ? '' : ' ';
    const after = /\S/.test(plan.source[start] ?? '\n') ? ' ' : '';
    const text = before + formatScalarLike(change.new, 'PLAIN') + after;
    plan.splice(start, end, text, [[change, before.length]]);
}
function removePairs(plan, entry, removed) {
    const pairs = entry.items;
    const firstKept = pairs.findIndex(pair => !removed.has(pair));
    const next = pairs[firstKept];
    // A leading field shares its line with the `- ` (or `{`), so the next kept key moves up.
    if (firstKept > 0 && next)
        plan.splice(keyStart(pairs[0]), keyStart(next), '');
    for (let i = firstKept + 1; i < pairs.length; i++) {
        const pair = pairs[i];
        if (!removed.has(pair))
            continue;
        if (entry.flow)
            plan.splice(pairEnd(pairs[i - 1]), pairEnd(pair), '');
        else
            plan.splice(...wholeLines(plan.source, keyStart(pair), pairEnd(pair)), '');
    }
}
/** The range of the full lines from `start` to `end`, with the line break that ends them. */
function wholeLines(source, start, end) {
    const from = source.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = lineEndAfter(source, end);
    const to = source.indexOf('\n', lineEnd);
    if (to >= 0)
        return [from, to + 1];
    // Last line without a line break: take the break before it so none is left dangling.
    const before = from > 0 && source[from - 2] === '\r' ? from - 2 : Math.max(from - 1, 0);
    return [before, source.length];
}
function addPairs(plan, entry, removed, image, fields) {
    const kept = entry.items.filter(pair => !removed.has(pair));
    const last = kept[kept.length - 1];
    const indent = ' '.repeat(columnOf(plan.source, keyStart(entry.items[0])));
    const { text, notes } = fieldsText(image, fields, entry.flow ? ', ' : eolOf(plan.source) + indent);
    const at = entry.flow ? pairEnd(last) : lineEndAfter(plan.source, pairEnd(last));
    plan.splice(at, at, text, notes);
}
/** Appends entries for the images no entry matched, in the list's own style. */
function appendEntries(plan, root, images, edits) {
    const { source } = plan;
    const list = images?.value;
    if ((0,dist.isSeq)(list) && list.flow)
        return appendFlow(plan, list, edits);
    const eol = eolOf(source);
    const first = images ?? root?.items[0];
    const parent = first ? columnOf(source, keyStart(first)) : 0;
    const style = listStyle(source, root, list, parent);
    let text = '';
    let at = source.length;
    if ((0,dist.isSeq)(list)) {
        at = lineEndAfter(source, list.items[list.items.length - 1].range[1]);
    }
    else if (images) {
        at = lineEndAfter(source, pairEnd(images));
    }
    else {
        // kustomize appends a missing field at the end of the file, and so do we.
        if (source !== '' && !source.endsWith('\n'))
            text += eol;
        text += `${' '.repeat(parent)}images:`;
    }
    const notes = [];
    for (const edit of edits) {
        text += eol + ' '.repeat(style.dash) + '-' + ' '.repeat(style.key - style.dash - 1);
        const entry = newEntry(edit, style.flowItems ? ', ' : eol + ' '.repeat(style.key));
        notes.push(...shift(entry.notes, text.length));
        text += entry.text;
    }
    if (!images)
        text += eol;
    plan.splice(at, at, text, notes);
}
function appendFlow(plan, list, edits) {
    const last = list.items[list.items.length - 1];
    const at = last ? (last.range[1] ?? 0) : (list.range?.[0] ?? 0) + 1;
    let text = '';
    const notes = [];
    for (const edit of edits) {
        if (last || text !== '')
            text += ', ';
        const entry = newEntry(edit, ', ');
        notes.push(...shift(entry.notes, text.length));
        text += entry.text;
    }
    plan.splice(at, at, text, notes);
}
const shift = (notes, by) => notes.map(([change, at]) => [change, at + by]);
function listStyle(source, root, list, parent) {
    const first = (0,dist.isSeq)(list) ? list.items[0] : undefined;
    if (!(0,dist.isSeq)(list) || first === undefined) {
        const dash = parent + siblingIndent(source, root);
        return { dash, key: dash + 2, flowItems: false };
    }
    const start = first.range[0] ?? 0;
    const dash = source.lastIndexOf('-', start - 1);
    const dashCol = columnOf(source, dash);
    const key = /^-[ ]+$/.test(source.slice(dash, start)) ? columnOf(source, start) : dashCol + 2;
    const last = list.items[list.items.length - 1];
    return { dash: dashCol, key, flowItems: (0,dist.isMap)(last) && Boolean(last.flow) };
}
/** How far the file's other block lists indent their `- ` past their key (0 is kustomize's). */
function siblingIndent(source, root) {
    for (const pair of root?.items ?? []) {
        const seq = pair.value;
        const item = (0,dist.isSeq)(seq) && !seq.flow ? seq.items[0] : undefined;
        if (item === undefined)
            continue;
        const dash = source.lastIndexOf('-', (item.range[0] ?? 0) - 1);
        return Math.max(columnOf(source, dash) - columnOf(source, keyStart(pair)), 0);
    }
    return 0;
}
/** `key: value` pairs, each led by `sep`, with each change anchored at its key. */
function fieldsText(image, fields, sep) {
    let text = '';
    const notes = [];
    for (const [field, value] of fields) {
        text += sep;
        notes.push([{ image, field, new: value }, text.length]);
        text += `${field}: ${formatScalarLike(value, 'PLAIN')}`;
    }
    return { text, notes };
}
/** A new entry: a flow map when `sep` is `', '`, else block lines led by `sep`. */
function newEntry(edit, sep) {
    const fields = FIELDS.flatMap(f => settable(edit[f]) ? [[f, edit[f]]] : []);
    const flow = sep === ', ';
    const head = `${flow ? '{' : ''}name: ${formatScalarLike(edit.name, 'PLAIN')}`;
    const body = fieldsText(edit.name, fields, sep);
    return { text: head + body.text + (flow ? '}' : ''), notes: shift(body.notes, head.length) };
}

;// CONCATENATED MODULE: ./src/promote/edits.ts








/**
 * Computes the edits that pin every image to its digest (and readable tag) in
 * the target environment: kustomize `images:` entries get `newTag` and `digest`,
 * Flux markers get the parts they name. Nothing is written here.
 */
async function computeEdits(root, writes) {
    const contents = new Map();
    const load = async (file) => {
        let entry = contents.get(file);
        if (!entry) {
            const text = await (0,promises_.readFile)(external_node_path_default().join(root, file), 'utf8');
            entry = { before: text, after: text };
            contents.set(file, entry);
        }
        return entry;
    };
    for (const w of writes) {
        for (const pin of w.pins) {
            const entry = await load(pin.file);
            if (pin.via === 'kustomization' && pin.entryName) {
                entry.after = setImages(entry.after, [{ name: pin.entryName, newName: KEEP, newTag: w.tag, digest: w.digest }], {
                    file: pin.file
                }).content;
            }
            else if (pin.via === 'values' && pin.keys) {
                const values = [
                    { path: pin.keys.tag, value: w.tag },
                    { path: pin.keys.digest, value: w.digest }
                ];
                entry.after = writeValues(entry.after, pin.file, values);
            }
            else if (pin.via === 'marker' && pin.policy) {
                entry.after = writeMarkers(entry.after, pin.file, pin.policy, {
                    name: pin.name ?? w.name,
                    tag: w.tag,
                    digest: w.digest
                }, w);
            }
        }
    }
    return [...contents.entries()]
        .filter(([, v]) => v.before !== v.after)
        .map(([p, v]) => ({ path: p, ...v }));
}
/**
 * Writes one policy's marked fields: a pinned field gets its marker back first (the setter
 * only sees live markers), then the value, then, for a rollback, the pin of its event.
 */
function writeMarkers(text, file, policy, value, { pinEvent, keepPins }) {
    const live = keepPins ? text : unpinMarkers(text, ofPolicy(policy), { file }).content;
    const result = setMarkers(live, new Map([[policy, value]]), { file });
    const skipped = result.skipped[0];
    if (skipped)
        throw new errors/* PromoteError */.jG(`${file}:${skipped.line}: marker ${skipped.marker}: ${skipped.reason}`);
    return pinEvent === undefined
        ? result.content
        : pinMarkers(result.content, ofPolicy(policy), pinEvent, { file }).content;
}
/** Writes a values pin; a key path the file lacks is an error that says how to fix it. */
function writeValues(text, file, values) {
    try {
        return setValues(text, values, { file }).content;
    }
    catch (err) {
        if (!(err instanceof ValuesPathError))
            throw err;
        throw new errors/* PromoteError */.jG(`${err.message}; add the key to the values file, or name the right key path under values: in promotion.yaml`);
    }
}
/**
 * A unified diff of one edit, for plans and dry runs, in the form `git apply` takes: `a/` and
 * `b/` paths (`/dev/null` for a created file), 3 lines of context, one hunk per group of nearby
 * changes, and `\\ No newline at end of file` where a side lacks one.
 */
function unifiedDiff(edit) {
    return (0,create/* createTwoFilesPatch */.ss)(edit.created ? '/dev/null' : `a/${edit.path}`, `b/${edit.path}`, edit.created ? '' : edit.before, edit.after, undefined, undefined, { context: 3, headerOptions: create/* FILE_HEADERS_ONLY */.jr });
}

;// CONCATENATED MODULE: ./src/promote/unrecorded.ts

/**
 * The command that records what `environment` runs today. Environments set up before
 * digest-promote run a digest the ledger never saw; `adopt` records it after checking it.
 */
function adoptCommandLine(environment, image) {
    return `digest-promote adopt --environment ${environment} --image ${image.repository}`;
}
/** Whether the ledger records `digest` of `image` arriving in `environment` (any move but capture). */
function hasMoveOf(ledger, environment, image, digest) {
    return ledger.events.some(e => e.environment === environment &&
        e.image === image.repository &&
        e.digest === digest &&
        e.kind !== 'capture');
}
/**
 * The environments `to` requires that have no recorded move of `digest`, but whose files pin it:
 * they run it already, and only the record is missing. An environment whose files cannot be read
 * is left out; the ordering gate still fails for it, without the hint.
 */
async function unrecordedRequirements(root, to, environments, image, digest, ledger) {
    const out = [];
    for (const name of to.requires ?? []) {
        if (hasMoveOf(ledger, name, image, digest))
            continue;
        const env = environments.find(e => e.name === name);
        if (!env)
            continue;
        try {
            const [state] = await readEnvironment(root, env.path, [image], env.values);
            if (state?.digest === digest)
                out.push(name);
        }
        catch {
            // Only a hint: the gate's own message stands.
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/promote/gates.ts



/**
 * Registry allow-list: an image from a registry outside `allowed` is refused
 * (seed 002's admission rule, applied before anything is written).
 */
function registryGate(image, allowed) {
    if (allowed.length === 0)
        return { name: 'registry', result: 'skipped', detail: 'no allow-list configured' };
    if (allowed.includes(image.domain))
        return { name: 'registry', result: 'passed', detail: `${image.domain} is allowed` };
    throw new errors/* GateError */.ue('registry', `${image.repository} is in ${image.domain}, which is not in the allow-list (${allowed.join(', ')})`, 'promote from an allowed registry, or add it to allowed-registries / registries.allowed in promotion.yaml');
}
/**
 * No pre-release into a protected environment unless allowed (seed 000: no
 * release candidates in production by accident). The version comes from the tag.
 */
function prereleaseGate(version, env, allow) {
    if (!version || !semver_default().valid(version))
        return { name: 'prerelease', result: 'skipped', detail: 'the tag carries no version' };
    const pre = semver_default().prerelease(version);
    if (!pre)
        return { name: 'prerelease', result: 'passed', detail: `${version} is a release` };
    if (!env.protected || allow || env.allowPrerelease) {
        return {
            name: 'prerelease',
            result: 'passed',
            detail: `${version} is a pre-release, allowed in ${env.name}`
        };
    }
    throw new errors/* GateError */.ue('prerelease', `${version} is a pre-release and ${env.name} is protected`, 'promote a release version, or set allow-prerelease: true (allowPrerelease in promotion.yaml) on purpose');
}
/**
 * Ordering: every environment `env.requires` must have received this digest, as
 * the ledger records it. A digest that skipped staging never reaches production.
 * `unrecorded` names required environments whose files pin the digest with no record
 * (set up before digest-promote): the fix then is to adopt them, not to promote again.
 */
function orderingGate(env, image, digest, ledger, unrecorded = []) {
    const required = env.requires ?? [];
    if (required.length === 0)
        return {
            name: 'ordering',
            result: 'skipped',
            detail: `${env.name} requires no earlier environment`
        };
    const missing = required.filter(r => !ledger.events.some(e => e.environment === r &&
        e.digest === digest &&
        e.image === image.repository &&
        e.kind !== 'capture'));
    const adopt = missing.filter(m => unrecorded.includes(m));
    if (adopt.length > 0) {
        throw new errors/* GateError */.ue('ordering', `${env.name} requires ${missing.join(', ')}, but the ledger has no promotion of ${digest} into ${missing.join(', ')}`, `${adopt.join(', ')} already ${adopt.length > 1 ? 'run' : 'runs'} it, set up before the ledger: record that with ${adopt.map(a => adoptCommandLine(a, image)).join(' and ')}, then promote again`);
    }
    if (missing.length > 0) {
        throw new errors/* GateError */.ue('ordering', `${env.name} requires ${missing.join(', ')}, but the ledger has no promotion of ${digest} into ${missing.join(', ')}`, `promote ${image.repository}@${digest} to ${missing.join(', ')} first`);
    }
    return { name: 'ordering', result: 'passed', detail: `promoted to ${required.join(', ')} before` };
}
/** The tested-artifact check: the source tag must resolve to the digest the `from` environment runs. */
function sourceGate(image, fromName, pinned, sourceTag, resolved) {
    if (sourceTag === undefined) {
        return { name: 'source', result: 'passed', detail: `${fromName} pins ${pinned}` };
    }
    if (resolved === undefined) {
        throw new errors/* GateError */.ue('source', `${image.repository}:${sourceTag}, which ${fromName} names, does not exist in the registry`, 'push the tag (capture) or fix the environment files');
    }
    if (resolved !== pinned) {
        throw new errors/* GateError */.ue('source', `${fromName} pins ${pinned}, but ${image.repository}:${sourceTag} resolves to ${resolved}`, `promote what ${fromName} runs: fix the tag in the registry or the digest in ${fromName}'s files`);
    }
    return {
        name: 'source',
        result: 'passed',
        detail: `${sourceTag} resolves to ${pinned}, the digest ${fromName} runs`
    };
}

;// CONCATENATED MODULE: ./src/promote/plan.ts










/** Reads both environments, runs every gate, and computes tags, file edits and ledger events. */
async function planPromotion(root, req, client, ledger) {
    const toStates = await readEnvironment(root, req.to.path, req.images, req.to.values);
    const fromStates = req.from
        ? await readEnvironment(root, req.from.path, req.images, req.from.values)
        : undefined;
    for (const [i, image] of req.images.entries()) {
        if (toStates[i].pins.length === 0) {
            throw new errors/* PromoteError */.jG(`${req.to.path} has no kustomization images entry, $imagepolicy marker or values target for ${image.repository}; add one so the promotion has somewhere to write`);
        }
    }
    // Each image's gates run on their own; the results keep the order of the images.
    const settled = settledOrThrow(await mapSettled(req.images, req.concurrency ?? 1, async (image, i) => {
        const gates = [];
        const plan = await planImage(root, image, req, client, fromStates?.[i], toStates[i], gates, ledger);
        return { plan, gates };
    }));
    const images = settled.map(p => p.plan);
    const gates = settled.flatMap(p => p.gates);
    // Event ids come before the edits: a rollback pins its markers to its own event.
    const planned = images.map(p => p.unchanged ? undefined : reuseEvents([buildEvent(req, p, gates)], req.existingEvents ?? [])[0]);
    const edits = await computeEdits(root, images.map((p, i) => ({
        name: p.image.name,
        tag: p.targetTag,
        digest: p.digest,
        pins: toStates[i].pins,
        ...markerMode(req.kind, planned[i])
    })));
    const events = edits.length === 0 ? [] : planned.filter(e => e !== undefined);
    const unrecorded = req.kind === 'promotion' && events.length === 0
        ? images.filter(p => p.unchanged && !hasMoveOf(ledger, req.to.name, p.image, p.digest))
        : [];
    return {
        images,
        gates,
        edits,
        events,
        notes: unrecorded.map(p => `the ledger has no event for what ${req.to.name} runs (${p.image.repository}@${p.digest}); record it with: ${adoptCommandLine(req.to.name, p.image)}`)
    };
}
async function planImage(root, image, req, client, from, to, gates, ledger) {
    gates.push(registryGate(image, req.allowedRegistries));
    let digest;
    let sourceTag;
    const target = req.targets?.get(image.repository);
    if (target) {
        digest = target.digest;
        sourceTag = target.tag;
        const found = await client.head(image.withoutTag().withDigest(digest));
        if (!found) {
            throw new errors/* GateError */.ue('source', `${image.repository}@${digest} no longer exists in the registry`, 'choose another rollback target');
        }
        await client.get(image.withoutTag().withDigest(digest));
        const tagged = sourceTag ? await client.head(image.withoutTag().withTag(sourceTag)) : undefined;
        if (tagged && tagged.digest !== digest) {
            throw new errors/* GateError */.ue('source', `${image.repository}:${sourceTag} now points at ${tagged.digest}, not the recorded ${digest}`, "the tag was moved behind the ledger's back: investigate, then roll back by digest with a new target-tag");
        }
        gates.push({
            name: 'source',
            result: 'passed',
            detail: `${digest} exists and its bytes hash to it`
        });
    }
    else {
        if (!from || !req.from)
            throw new errors/* PromoteError */.jG('no from-environment to promote from');
        sourceTag = image.tag ?? from.tag;
        refuseFloating(sourceTag, 'source');
        const resolved = sourceTag
            ? (await client.head(image.withoutTag().withTag(sourceTag)))?.digest
            : undefined;
        const pinned = from.digest ?? resolved;
        if (!pinned) {
            throw new errors/* GateError */.ue('source', `${req.from.path} pins no digest or tag for ${image.repository}`, `promote ${image.repository} into ${req.from.name} first`);
        }
        gates.push(sourceGate(image, req.from.name, pinned, from.digest ? sourceTag : undefined, resolved));
        digest = pinned;
    }
    const targetTag = targetTagFor(req, sourceTag, image);
    refuseFloating(targetTag, 'target');
    const template = parseTemplate(req.to.tag ?? req.tagTemplate ?? DEFAULT_TAG_TEMPLATE, 'tag-template');
    gates.push(prereleaseGate(parseTag(template, targetTag)?.version, req.to, req.allowPrerelease));
    if (req.kind === 'promotion') {
        const unrecorded = await unrecordedRequirements(root, req.to, req.environments ?? [], image, digest, ledger);
        gates.push(orderingGate(req.to, image, digest, ledger, unrecorded));
    }
    if (req.kind === 'promotion' && req.attestationGate) {
        gates.push(await req.attestationGate(image.withoutTag().withDigest(digest), req.to));
    }
    const provenance = await req.provenanceGate?.(image.withoutTag().withDigest(digest), req.to);
    if (provenance)
        gates.push(provenance.gate);
    gates.push(await req.signatureGate(image.withoutTag().withDigest(digest), req.to));
    // A promotion of the digest a rollback pinned still moves: it hands the field back to Flux.
    const unchanged = to.digest === digest &&
        to.pins.every(p => p.digest === digest && p.tag === targetTag) &&
        (req.kind === 'rollback' || to.pins.every(p => p.pinnedBy === undefined));
    return {
        image,
        digest,
        sourceTag,
        targetTag,
        previousDigest: to.digest,
        unchanged,
        ...(provenance?.provenance ? { provenance: provenance.provenance } : {})
    };
}
/**
 * What happens to an image's setter markers: a rollback pins them to its event (an image it
 * leaves as it is keeps its pins); a promotion restores them.
 */
function markerMode(kind, event) {
    if (kind !== 'rollback')
        return {};
    return event ? { pinEvent: event.id } : { keepPins: true };
}
function targetTagFor(req, sourceTag, image) {
    if (req.targetTag)
        return req.targetTag;
    const rollbackTag = req.targets?.get(image.repository)?.tag;
    if (rollbackTag)
        return rollbackTag;
    if (!sourceTag) {
        throw new errors/* PromoteError */.jG(`no source tag for ${image.repository} to derive the target tag from; set target-tag`);
    }
    return deriveTargetTag(sourceTag, req.to.name, {
        template: req.to.tag ?? req.tagTemplate,
        sourceTemplate: req.from?.tag ?? req.tagTemplate,
        now: req.now
    });
}
function buildEvent(req, p, gates) {
    return {
        schemaVersion: 1,
        id: eventId(req.now, req.to.name, p.image.repository, p.digest),
        kind: req.kind,
        environment: req.to.name,
        alias: { tag: p.targetTag, floating: null },
        image: p.image.repository,
        digest: p.digest,
        previousDigest: p.previousDigest ?? null,
        fromEnvironment: req.from?.name ?? null,
        sourceTag: p.sourceTag ?? null,
        targetTag: p.targetTag,
        sourceRevision: req.sourceRevision ?? req.env.GITHUB_SHA ?? null,
        pipeline: pipelineFromEnv(req.env),
        actor: req.env.GITHUB_ACTOR ?? null,
        timestamp: req.now.toISOString(),
        releaseLabel: req.releaseLabel ?? null,
        gates: gates.filter(g => g.name !== 'registry' || g.result !== 'skipped'),
        pullRequest: req.pullRequest ?? null,
        revertOf: req.targets?.get(p.image.repository)?.revertOf ?? null
    };
}
/** The files a plan writes: edited manifests plus one ledger file per event. */
function planFiles(plan) {
    return [
        ...plan.edits.map(e => ({ path: e.path, content: e.after })),
        ...plan.events.map(e => ({ path: eventPath(e), content: serializeEvent(e) }))
    ];
}

;// CONCATENATED MODULE: ./src/util/markdown.ts
/** Escapes text for a Markdown table cell and defuses @-mentions. */
function cell(text) {
    return text
        .replace(/[\\|`*_[\]<>]/g, c => `\\${c}`)
        .replace(/@/g, '@\u200b')
        .replace(/\r?\n/g, ' ');
}
/** Inline code for a table cell; text that could break out of the code span is escaped instead. */
function code(text) {
    return /^[^`|\r\n\\]*$/.test(text) ? `\`${text}\`` : cell(text);
}

;// CONCATENATED MODULE: ./src/promote/render.ts



const PLACEHOLDERS = ['env', 'from', 'image', 'tag', 'digest', 'short_digest', 'count'];
/** Fills `{env}`, `{from}`, `{image}`, `{tag}`, `{digest}`, `{short_digest}`, `{count}`; unknown ones are refused. */
function renderTemplate(template, input, ctx) {
    const first = ctx.plan.images[0];
    const values = {
        env: ctx.to,
        from: ctx.from ?? '',
        image: ctx.plan.images.length === 1 && first ? first.image.name : `${ctx.plan.images.length} images`,
        tag: first?.targetTag ?? '',
        digest: first?.digest ?? '',
        short_digest: shortDigest(first?.digest ?? ''),
        count: String(ctx.plan.images.length)
    };
    return template.replace(/\{([^{}]*)\}/g, (_m, name) => {
        if (!PLACEHOLDERS.includes(name)) {
            throw new errors/* PromoteError */.jG(`input '${input}': unknown placeholder {${name}}; use ${PLACEHOLDERS.map(p => `{${p}}`).join(', ')}`, 2);
        }
        return values[name];
    });
}
/** `sha256:0123456789ab`, enough to tell digests apart in a title. */
function shortDigest(digest) {
    const [alg, hex] = digest.split(':');
    return hex ? `${alg}:${hex.slice(0, 12)}` : digest;
}
/** Default subject: `promote(production): ghcr.io/acme/app production-v1.2.3-… (sha256:…)`. */
const DEFAULT_COMMIT_TEMPLATE = '{kind}({env}): {image} {tag} ({short_digest})';
/** The commit message: a subject, one line per image, and trailers for machines. */
function render_commitMessage(ctx, template) {
    const subject = renderTemplate((template ?? DEFAULT_COMMIT_TEMPLATE).replace('{kind}', ctx.kind === 'rollback' ? 'rollback' : 'promote'), 'commit-message', ctx);
    const lines = ctx.plan.images.map(p => `- ${p.image.repository}: ${p.previousDigest ?? '(none)'} -> ${p.digest} as ${p.targetTag}`);
    const run = pipelineFromEnv(ctx.env).url;
    const trailers = [
        ...ctx.plan.images.map(p => `Promoted-Digest: ${p.image.repository}@${p.digest}`),
        ...(ctx.from ? [`Promoted-From: ${ctx.from}`] : []),
        ...ctx.plan.events.map(e => `Promotion-Event: ${e.id}`),
        ...(run ? [`Promotion-Run: ${run}`] : [])
    ];
    return `${subject}\n\n${lines.join('\n')}\n\n${trailers.join('\n')}\n`;
}
/** The default pull request title. */
const DEFAULT_TITLE_TEMPLATE = '{kind} {image} to {env} ({short_digest})';
/** The pull request title. */
function pullRequestTitle(ctx, template) {
    return renderTemplate((template ?? DEFAULT_TITLE_TEMPLATE).replace('{kind}', ctx.kind === 'rollback' ? 'Roll back' : 'Promote'), 'pull-request-title', ctx);
}
/** The pull request body: what moves, the gates, the review checklist, and how to undo it. */
function render_pullRequestBody(ctx) {
    const { plan } = ctx;
    const rows = plan.images.map(p => `| ${cell(p.image.repository)} | ${ctx.from ? `${cell(ctx.from)} \`${p.sourceTag ?? '-'}\`` : '-'} | ${cell(ctx.to)} \`${p.targetTag}\` | \`${p.digest}\` | ${p.previousDigest ? `\`${p.previousDigest}\`` : 'none'} |`);
    const gates = plan.gates.map(g => `| ${cell(g.name)} | ${g.result} | ${cell(g.detail ?? '')} |`);
    const rollback = plan.images.map(p => p.previousDigest
        ? `  \`npx digest-promote rollback --environment ${ctx.to} --image ${p.image.repository} --target ${p.previousDigest}\``
        : `  ${cell(p.image.repository)} had no earlier digest in ${cell(ctx.to)}: roll back by closing or reverting this change.`);
    const pipeline = pipelineFromEnv(ctx.env);
    const actor = ctx.env.GITHUB_ACTOR ? ` by ${cell(`@${ctx.env.GITHUB_ACTOR}`)}` : '';
    const from = ctx.from ? cell(ctx.from) : 'the ledger';
    return [
        `## ${ctx.kind === 'rollback' ? 'Roll back' : 'Promote'} to ${cell(ctx.to)}`,
        '',
        'No rebuild: the target tag names the same manifest bytes as the source digest.',
        '',
        '| image | from | to | digest | previous digest |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
        ...provenanceTable(plan),
        '### Gates',
        '',
        '| gate | result | detail |',
        '| --- | --- | --- |',
        ...gates,
        '',
        '### Review checklist',
        '',
        `- [ ] The digest${plan.images.length > 1 ? 's' : ''} above ${plan.images.length > 1 ? 'are' : 'is'} what ${from} runs and was tested there.`,
        `- [ ] After merge, the Flux ImagePolicy and the live workloads in ${cell(ctx.to)} report ${plan.images.map(p => `\`${shortDigest(p.digest)}\``).join(', ')}.`,
        '- [ ] Rollback is ready:',
        ...rollback,
        ...(ctx.note ? ['', '### Note', '', cell(ctx.note)] : []),
        '',
        `Opened by digest-promote${pipeline.url ? ` in [run ${cell(pipeline.runId ?? '')}](${pipeline.url})` : ''}${actor}.`,
        ''
    ].join('\n');
}
/**
 * The builds the verified provenance states (builder, source repository, ref, commit,
 * workflow), as a Markdown section; empty when no provenance was checked.
 */
function provenanceTable(plan) {
    const built = plan.images.filter(p => p.provenance);
    if (built.length === 0)
        return [];
    const rows = built.map(({ image, provenance: b }) => b
        ? `| ${cell(image.repository)} | ${cell(b.builder)} | ${cell(b.repository)} | ${cell(b.ref)} | ${b.commit ? `\`${cell(b.commit)}\`` : '-'} | ${cell(b.workflow)} |`
        : '');
    return [
        '### Provenance',
        '',
        '| image | builder | source repository | ref | commit | workflow |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows,
        ''
    ];
}
/** The builds the verified provenance states, one line per image, for plain text. */
function provenanceLines(plan) {
    return plan.images.flatMap(({ image, provenance: b }) => b
        ? [
            `  ${image.repository}: builder ${b.builder}, repository ${b.repository}, ref ${b.ref}, commit ${b.commit ?? '(not stated)'}, workflow ${b.workflow}`
        ]
        : []);
}
/** A job-summary table of events, for the action's summary. */
function eventsSummary(events) {
    if (events.length === 0)
        return '';
    const rows = events.map(e => `| ${cell(e.environment)} | ${cell(e.image)} | \`${e.targetTag ?? '-'}\` | \`${e.digest}\` | ${e.previousDigest ? `\`${e.previousDigest}\`` : 'none'} | ${cell(e.id)} |`);
    return [
        '| environment | image | tag | digest | previous | event |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows,
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/promote/options.ts
/** The author of promotion commits when neither the input nor promotion.yaml names one. */
const DEFAULT_IDENTITY = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com'
};

;// CONCATENATED MODULE: ./src/promote/revert.ts




/**
 * The commit on the base branch that added an event's ledger file (the promotion
 * commit, or its squash merge); undefined when none did.
 */
async function findEventCommit(repo, event) {
    // A shallow clone has no history to search; fetch it (once) before asking.
    if ((await repo.git.exec(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true') {
        await repo.git.exec(['fetch', '--no-tags', '--unshallow', 'origin', repo.baseBranch]);
    }
    const args = ['log', '--format=%H', '-n', '1', '--diff-filter=A', 'HEAD', '--', eventPath(event)];
    return (await repo.git.exec(args)).stdout.trim() || undefined;
}
/** The commit that added an event's ledger file, or a gate failure saying revert cannot work. */
async function commitOfEvent(repo, event) {
    const sha = await findEventCommit(repo, event);
    if (!sha) {
        throw new errors/* GateError */.ue('source', `no commit on ${repo.baseBranch} added ${eventPath(event)}`, 'use strategy promote, which rewrites the files instead of reverting');
    }
    return sha;
}
/**
 * The files as `git revert` of `commit` would leave them, ledger excluded (the
 * ledger is append-only: a revert never deletes the event it undoes). The work
 * tree is restored afterwards; nothing is committed here.
 */
async function revertEdits(repo, commit) {
    const parents = (await repo.git.exec(['rev-list', '--parents', '-n', '1', commit])).stdout.trim().split(' ')
        .length - 1;
    const args = ['revert', '--no-commit', ...(parents > 1 ? ['-m', '1'] : []), commit];
    const reverted = await repo.git.exec(args, { allowFail: true });
    try {
        if (reverted.exitCode !== 0) {
            throw new errors/* PromoteError */.jG(`reverting ${commit.slice(0, 12)} conflicts with later changes to the same files; use strategy promote, which rewrites the files to the earlier digest`);
        }
        const names = (await repo.git.exec(['diff', '--cached', '--name-only', '--diff-filter=M', 'HEAD'])).stdout
            .split('\n')
            .filter(f => f !== '' && !f.startsWith(`${LEDGER_DIR}/`));
        const removed = (await repo.git.exec(['diff', '--cached', '--name-only', '--diff-filter=DA', 'HEAD'])).stdout
            .split('\n')
            .filter(f => f !== '' && !f.startsWith(`${LEDGER_DIR}/`));
        if (removed.length > 0) {
            throw new errors/* PromoteError */.jG(`reverting ${commit.slice(0, 12)} would add or delete ${removed.join(', ')}; use strategy promote`);
        }
        const edits = [];
        for (const f of names) {
            const after = await (0,promises_.readFile)(external_node_path_default().join(repo.root, f), 'utf8');
            const before = (await repo.git.exec(['show', `HEAD:${f}`])).stdout;
            edits.push({ path: f, before, after });
        }
        return edits;
    }
    finally {
        await repo.git.exec(['revert', '--abort'], { allowFail: true });
        await repo.git.exec(['reset', '--hard', '--quiet', 'HEAD']);
    }
}

;// CONCATENATED MODULE: ./src/promote/progress.ts

/**
 * What a promotion has written so far. A failure after the first write is reported
 * with it (the tag is in the registry, the branch is pushed) and with what a re-run
 * does next, so the user knows the run can be resumed and what resuming does.
 */
class Progress {
    done = [];
    next = 'finish the promotion';
    /** Records a step that wrote something; `next` is what a re-run does after it. */
    did(step, next) {
        this.done.push(step);
        this.next = next;
    }
    /** The error to throw for `err`: itself before the first write, else naming what is done. */
    failed(err) {
        if (this.done.length === 0 || err instanceof errors/* PartialRunError */.ru)
            return err;
        return new errors/* PartialRunError */.ru((0,errors/* errorMessage */.gJ)(err), [...this.done], this.next);
    }
}

;// CONCATENATED MODULE: ./src/promote/result.ts


function baseOutputs(plan) {
    const first = plan.images[0];
    return {
        digest: first?.digest ?? '',
        'image-ref': first ? `${first.image.repository}@${first.digest}` : '',
        'source-tag': first?.sourceTag ?? '',
        'target-tag': first?.targetTag ?? '',
        'previous-digest': first?.previousDigest ?? '',
        'event-id': plan.events.map(e => e.id).join('\n')
    };
}
/** What `plan` and `dry-run` print: tags, diffs, texts and gates; nothing was written. */
function planResult(env, mode, branch, plan, render, gitops) {
    const tags = plan.images.map(p => `  ${p.image.repository}:${p.targetTag} -> ${p.digest}${p.unchanged ? ' (already in place)' : ''}`);
    const diffs = plan.edits.map(unifiedDiff);
    const title = pullRequestTitle(render, gitops.titleTemplate);
    const body = render_pullRequestBody(render);
    const provenance = provenanceLines(plan);
    const gates = plan.gates.map(g => `  ${g.name}: ${g.result}${g.detail ? ` (${g.detail})` : ''}`);
    const text = [
        `Plan for ${env} (write mode: ${mode}${mode === 'pull-request' ? `, branch ${branch}` : ''}); nothing was written.`,
        '',
        'Gates:',
        ...gates,
        '',
        ...(provenance.length > 0 ? ['Provenance:', ...provenance, ''] : []),
        'Tags:',
        ...tags,
        '',
        plan.edits.length > 0
            ? 'File changes:'
            : 'File changes: none (the environment already pins these digests)',
        ...diffs.map(d => d.replace(/\n$/, '')),
        ...(plan.notes ?? []).map(n => `note: ${n}`),
        ...(plan.events.length > 0
            ? [
                '',
                'Ledger events:',
                ...plan.events.map(e => `  .promotions/${e.environment}/${e.id}.json`)
            ]
            : []),
        '',
        'Commit message:',
        render_commitMessage(render, gitops.commitTemplate),
        ...(mode === 'pull-request'
            ? ['Pull request title:', title, '', 'Pull request body:', body]
            : [])
    ].join('\n');
    return {
        status: 'unchanged',
        outputs: { ...baseOutputs(plan), changed: 'false' },
        text,
        json: {
            environment: env,
            writeMode: mode,
            branch: mode === 'pull-request' ? branch : null,
            gates: plan.gates,
            tags: plan.images.map(p => ({
                image: p.image.repository,
                tag: p.targetTag,
                digest: p.digest,
                previousDigest: p.previousDigest ?? null
            })),
            diffs,
            events: plan.events,
            pullRequest: mode === 'pull-request' ? { title, body } : null
        },
        summary: `### Plan for ${env}\n\n${eventsSummary(plan.events)}\n<details><summary>Diff</summary>\n\n\`\`\`diff\n${diffs.join('\n')}\n\`\`\`\n</details>\n`
    };
}
/** What a completed promotion reports. */
function promotionResult(env, mode, plan, landed) {
    const pr = landed.pullRequest;
    const lines = plan.images.map(p => `${p.image.repository}: ${p.previousDigest ?? '(none)'} -> ${p.digest} as ${p.targetTag}`);
    const where = pr
        ? `pull request #${pr.number} ${pr.url}`
        : mode === 'commit'
            ? `commit ${landed.commitSha}`
            : 'no pull request';
    const notes = landed.changed ? [] : (plan.notes ?? []);
    const text = [
        `${landed.changed ? 'Promoted' : 'Already promoted'} to ${env} (${where})`,
        ...lines,
        ...notes.map(n => `note: ${n}`)
    ].join('\n');
    return {
        status: landed.changed ? 'changed' : 'unchanged',
        outputs: {
            ...baseOutputs(plan),
            changed: String(landed.changed),
            'commit-sha': landed.commitSha,
            'pull-request-number': pr ? String(pr.number) : '',
            'pull-request-url': pr?.url ?? ''
        },
        text,
        json: {
            environment: env,
            writeMode: mode,
            changed: landed.changed,
            commitSha: landed.commitSha,
            pullRequest: pr ?? null,
            images: plan.images.map(p => ({
                image: p.image.repository,
                digest: p.digest,
                tag: p.targetTag,
                previousDigest: p.previousDigest ?? null
            })),
            events: plan.events
        },
        summary: `### ${landed.changed ? 'Promoted' : 'Already promoted'} to ${env}\n\n${eventsSummary(plan.events)}\n${pr ? `Pull request: [#${pr.number}](${pr.url})\n` : ''}`
    };
}

;// CONCATENATED MODULE: ./src/promote/run.ts

























/**
 * The write path every promotion and rollback takes, as named phases: open the
 * GitOps repository, plan (read both environments and run every gate), then
 * tag in the registry, write to Git, and open or update the pull request. A
 * failure before the registry phase writes nothing; each later phase is
 * idempotent, so a re-run finishes what a failed run left.
 */
async function runPromotion(job, ctx, planOnly) {
    const repo = await ctx.logger.group('Open the GitOps repository', () => openRepository({
        repository: job.gitops.gitopsRepository,
        path: job.gitops.gitopsPath,
        token: job.gitops.gitopsToken,
        branch: job.gitops.gitopsBranch,
        serverUrl: job.gitops.serverUrl
    }, ctx));
    try {
        let session = await openSession(job, ctx, repo);
        if (!job.gitops.gitopsBranch && session.to.branch && session.to.branch !== repo.baseBranch) {
            await useBranch(repo, session.to.branch);
            session = await openSession(job, ctx, repo);
        }
        const client = createRegistryClient(job.gitops.registry, ctx);
        const mode = job.gitops.writeMode ?? writeModeOf(session.to);
        const plan = await ctx.logger.group('Run the gates', () => makePlan(session, client));
        const render = {
            kind: job.kind,
            from: session.from?.name,
            to: session.to.name,
            plan,
            env: ctx.env,
            note: job.gitops.note
        };
        if (planOnly || job.gitops.dryRun) {
            await checkClaims(repo.git, claimRequests(plan, session.to.name, ctx.env));
            return planResult(session.to.name, mode, session.branch, plan, render, {
                ...job.gitops,
                commitTemplate: job.gitops.commitTemplate ?? session.config?.commit?.messageTemplate
            });
        }
        const progress = new Progress();
        try {
            await ctx.logger.group('Tag the digest in the registry', () => tagImages(session, client, plan, progress));
            const landed = await ctx.logger.group('Write to Git', () => land(session, mode, plan, render, client, progress));
            // A commit rebased onto a newer base carries the plan made there (its events, its ids).
            await ctx.logger.group('Record the events next to the digest', async () => {
                await attachEvents(client, session.images, landed.plan.events, ctx.logger, job.gitops.concurrency);
                // A run that changed nothing finishes what an earlier run's failed attach left undone.
                if (landed.plan.events.length === 0) {
                    const ledger = await readLedger(repo.root, session.to.name);
                    await repairMissingRecords(client, session.images, ledger, session.to.name, ctx.logger, job.gitops.concurrency);
                }
            });
            if (job.gitops.signing.sign) {
                await ctx.logger.group('Attest the promotions', () => attest(session, client, landed.plan));
            }
            return promotionResult(session.to.name, mode, landed.plan, landed);
        }
        catch (err) {
            throw progress.failed(err);
        }
    }
    finally {
        await repo.close();
    }
}
/**
 * Claims each new target tag in the GitOps repository (one atomic push), then puts every tag on
 * its digest, `concurrency` images at a time (idempotent). Every image settles, so one image's
 * failure leaves the others tagged; the error names the image that failed.
 */
async function tagImages(s, client, plan, progress) {
    const requests = claimRequests(plan, s.to.name, s.ctx.env);
    const identity = s.job.gitops.identity ?? DEFAULT_IDENTITY;
    await claimTags(s.repo.git, client, requests, identity, s.ctx.logger, {
        concurrency: s.job.gitops.concurrency
    });
    const results = await mapSettled(plan.images, s.job.gitops.concurrency, p => retag(client, p.image.withoutTag().withDigest(p.digest), p.image.withoutTag().withTag(p.targetTag), { expectedDigest: p.digest }));
    const failed = [];
    for (const [i, r] of results.entries()) {
        const p = plan.images[i];
        if (r.status === 'rejected') {
            failed.push(r.reason);
            continue;
        }
        s.ctx.logger.info(`${r.value.changed ? 'tagged' : 'already tagged'} ${r.value.target} -> ${r.value.digest}`);
        progress?.did(`registry tag ${p.image.withoutTag().withTag(p.targetTag).toString()} names ${p.digest}`, 'write the promotion to Git (the tag is kept)');
    }
    if (failed.length === 1)
        throw failed[0];
    if (failed.length > 1) {
        throw new errors/* PromoteError */.jG(`${failed.length} of ${plan.images.length} images could not be tagged: ${failed.map(errors/* errorMessage */.gJ).join('; ')}`);
    }
}
/**
 * Signs each landed event as an in-toto statement about its digest and attaches it, so
 * "it passed staging" is a verifiable fact for the next environment's gate.
 */
async function attest(s, client, plan) {
    for (const event of plan.events) {
        const image = s.images.find(i => i.repository === event.image);
        if (!image)
            continue;
        const pinned = image.withoutTag().withDigest(event.digest);
        const r = await attestPromotion(client, pinned, event, s.job.gitops.signing, s.ctx.logger);
        s.ctx.logger.info(`${event.image}@${event.digest}: ${r.detail}`);
    }
}
/** Moves the work tree to an environment's own base branch (`branch` in promotion.yaml). */
async function useBranch(repo, branch) {
    if (!(await repo.git.tryFetch(branch))) {
        throw new errors/* InputError */.dz('gitops-branch', `branch '${branch}', which promotion.yaml names for the environment, does not exist`);
    }
    await repo.git.checkoutFresh(branch, `refs/remotes/origin/${branch}`);
    repo.baseBranch = branch;
    repo.baseSha = await repo.git.head();
}
async function openSession(job, ctx, repo) {
    const config = await loadConfig(repo.root, job.gitops.configPath, job.gitops.configRequired);
    const to = environmentFor(config, job.to.name, job.to.path);
    const from = job.from ? environmentFor(config, job.from.name, job.from.path) : undefined;
    const order = config?.environments.map(e => e.name) ?? [];
    if (from && order.indexOf(to.name) < order.indexOf(from.name)) {
        ctx.logger.warning(`promotion.yaml orders ${to.name} before ${from.name}, so promoting from ${from.name} to ${to.name} goes backwards; check the direction (rollback moves an environment back)`);
    }
    const images = job.gitops.images.length > 0 ? job.gitops.images : configImages(config, job.gitops.configPath);
    if (images.length === 0)
        throw new errors/* InputError */.dz('image', 'required but not set', 'name the image repositories, or list them under images in promotion.yaml');
    const names = images.map(i => i.repository).sort();
    const slug = names.length === 1
        ? imageSlug(names[0])
        : `multi-${(0,external_node_crypto_.createHash)('sha256').update(names.join('\n')).digest('hex').slice(0, 10)}`;
    const branch = `${job.kind === 'rollback' ? 'rollback' : 'promote'}/${to.name}/${slug}`;
    return { job, ctx, repo, config, to, from, images, branch };
}
async function makePlan(s, client) {
    const ledger = await readLedger(s.repo.root);
    for (const p of ledger.problems)
        s.ctx.logger.warning(`ledger file ${p.file} skipped: ${p.message}`);
    const request = {
        kind: s.job.kind,
        images: s.images,
        from: s.from,
        to: s.to,
        targets: s.job.targets?.(ledger, s.images, s.to),
        targetTag: s.job.targetTag,
        tagTemplate: s.job.gitops.tagTemplate ?? s.config?.tagTemplate,
        allowPrerelease: s.job.allowPrerelease,
        allowedRegistries: s.job.gitops.allowedRegistries ?? s.config?.registries?.allowed ?? [],
        environments: s.config?.environments,
        ...(s.job.gitops.requireAttestation
            ? {
                attestationGate: (image, env) => attestationGate(client, image, env.requires ?? [], s.job.gitops.signing, s.ctx.logger, {
                    environment: env.name
                })
            }
            : {}),
        provenanceGate: (image, env) => provenanceGate(client, image, s.job.gitops.provenance, s.job.gitops.signing, provenanceRequired(s.job.gitops.provenance, env.requireProvenance), s.ctx.logger, {
            environment: env.name,
            ...(s.job.gitops.githubToken
                ? { github: { token: s.job.gitops.githubToken, apiUrl: s.job.gitops.apiUrl } }
                : {})
        }),
        signatureGate: (image, env) => signatureGate(client, image, s.job.gitops.signing, signatureRequired(s.job.gitops.signing, env.protected ?? false), s.ctx.logger, { environment: env.name }),
        existingEvents: await existingBranchEvents(s.repo, s.branch, s.to.name),
        sourceRevision: s.job.gitops.sourceRevision,
        releaseLabel: s.job.gitops.releaseLabel,
        concurrency: s.job.gitops.concurrency,
        now: s.ctx.now(),
        env: s.ctx.env
    };
    if (request.targetTag && s.images.length > 1)
        throw new errors/* InputError */.dz('target-tag', 'can only be set when promoting one image');
    const plan = await planPromotion(s.repo.root, request, client, ledger);
    if (s.job.strategy === 'revert')
        plan.edits = await revertPlanEdits(s, ledger, request);
    // Every path the Git phase will write is checked here, before any registry write.
    await confineFiles(s.repo.root, planFiles(plan));
    return plan;
}
/** The edits of reverting each replaced promotion's commit (once per commit). */
async function revertPlanEdits(s, ledger, request) {
    const ids = [
        ...new Set([...(request.targets?.values() ?? [])].flatMap(t => (t.revertOf ? [t.revertOf] : [])))
    ];
    const commits = new Set();
    for (const id of ids) {
        const event = ledger.events.find(e => e.id === id);
        if (event)
            commits.add(await commitOfEvent(s.repo, event));
    }
    const edits = [];
    for (const commit of commits)
        edits.push(...(await revertEdits(s.repo, commit)));
    return edits;
}
async function land(s, mode, plan, render, client, progress) {
    const configured = s.config?.commit;
    const identity = s.job.gitops.identity ??
        (configured?.authorName && configured.authorEmail
            ? { name: configured.authorName, email: configured.authorEmail }
            : DEFAULT_IDENTITY);
    const template = s.job.gitops.commitTemplate ?? s.config?.commit?.messageTemplate;
    const message = render_commitMessage(render, template);
    if (mode === 'commit') {
        let current = plan;
        const landedOnBase = await landOnBase(s.repo, identity, s.ctx.logger, async () => {
            if (current !== plan || (await s.repo.git.head()) !== s.repo.baseSha) {
                current = await makePlan(s, client);
                // The newer base may pin another source digest; its target tag must exist too.
                await tagImages(s, client, current);
            }
            return {
                files: planFiles(current),
                message: render_commitMessage({ ...render, plan: current }, template)
            };
        });
        if (landedOnBase.changed)
            progress.did(`commit ${landedOnBase.commitSha.slice(0, 12)} is pushed to ${s.repo.baseBranch}`, 'finish the promotion (the commit is kept)');
        return { ...landedOnBase, plan: current };
    }
    const landed = await landOnBranch(s.repo, s.branch, identity, planFiles(plan), message);
    if (!landed.changed && landed.commitSha === s.repo.baseSha)
        return { ...landed, plan };
    progress.did(`branch ${s.branch} is pushed (${landed.commitSha.slice(0, 12)})`, 'open the pull request for that branch (the branch is reused, not rebuilt)');
    if (!s.job.gitops.githubToken) {
        s.ctx.logger.warning(`no GitHub token: pushed ${s.branch}, but opened no pull request; set github-token or gitops-token`);
        const title = pullRequestTitle(render, s.job.gitops.titleTemplate);
        s.ctx.logger.info(`Pull request to open from ${s.branch} into ${s.repo.baseBranch}:\n\n# ${title}\n\n${render_pullRequestBody(render)}`);
        return { ...landed, plan };
    }
    const [owner, repo] = (s.job.gitops.gitopsRepository ?? s.ctx.env.GITHUB_REPOSITORY ?? '/').split('/');
    const octokit = await createOctokit(s.job.gitops.githubToken, {
        baseUrl: s.job.gitops.apiUrl,
        logger: s.ctx.logger
    });
    const envCfg = s.to;
    const pr = await upsertPullRequest(octokit, {
        owner,
        repo,
        head: s.branch,
        base: s.repo.baseBranch,
        title: pullRequestTitle(render, s.job.gitops.titleTemplate),
        body: render_pullRequestBody(render),
        labels: [...new Set([...(envCfg.labels ?? []), ...s.job.gitops.labels])],
        reviewers: [...new Set([...(envCfg.reviewers ?? []), ...s.job.gitops.reviewers])],
        teamReviewers: [...new Set([...(envCfg.teamReviewers ?? []), ...s.job.gitops.teamReviewers])],
        draft: s.job.gitops.draft ?? envCfg.draft ?? false
    }, s.ctx.logger);
    let commitSha = landed.commitSha;
    const needsNumber = plan.events.some(e => e.pullRequest?.number !== pr.number);
    if (needsNumber) {
        const events = plan.events.map(e => ({
            ...e,
            pullRequest: { number: pr.number, url: pr.url }
        }));
        commitSha = await amendBranch(s.repo, s.branch, identity, planFiles({ ...plan, events }), message, landed.commitSha);
        plan.events.splice(0, plan.events.length, ...events);
    }
    return {
        changed: landed.changed || needsNumber || pr.created,
        commitSha,
        pullRequest: pr,
        plan
    };
}

;// CONCATENATED MODULE: ./src/commands/provenance-inputs.ts






/** Inputs of the `provenance` gate (promote, plan, rollback, verify). */
const PROVENANCE_INPUTS = [
    {
        name: 'require-provenance',
        description: "Require verified SLSA provenance of the digest (GitHub's attest-build-provenance); default: promotion.yaml's requireProvenance, else false.",
        kind: 'flag'
    },
    {
        name: 'provenance-repository',
        description: 'owner/name of the repository whose CI must have built the digest.'
    },
    {
        name: 'provenance-ref',
        description: 'Go RE2 regular expression of allowed source refs, matched against the whole ref (anchored as ^(?:...)$), e.g. refs/heads/main|refs/tags/v.*; default any ref.'
    },
    {
        name: 'provenance-workflow',
        description: 'Path of the workflow that must have built the digest, e.g. .github/workflows/build.yml; default any workflow of provenance-repository.'
    }
];
/** Reads {@link PROVENANCE_INPUTS}, refusing a policy that could never be checked. */
function parseProvenanceOptions(src) {
    const required = src.get('require-provenance');
    const require = required === undefined ? undefined : getBoolean(src, 'require-provenance', false);
    const repository = src.get('provenance-repository');
    if (repository !== undefined && !isRepositoryName(repository)) {
        throw new errors/* InputError */.dz('provenance-repository', `${(0,util_text/* echo */.W)(repository)} is not owner/name`, "use GitHub's owner/name of the repository that builds the image, e.g. acme/app");
    }
    if (require === true && repository === undefined) {
        throw new errors/* InputError */.dz('provenance-repository', 'required with require-provenance', 'name the repository whose CI builds the image, e.g. acme/app');
    }
    const ref = src.get('provenance-ref');
    if (ref !== undefined) {
        const compiled = compileRefPattern(ref);
        if (typeof compiled === 'string') {
            throw new errors/* InputError */.dz('provenance-ref', `${(0,util_text/* echo */.W)(ref)} is not a Go RE2 regular expression (${compiled})`, 'write RE2 syntax, e.g. refs/heads/main|refs/tags/v.*');
        }
    }
    const workflow = src.get('provenance-workflow');
    if (workflow !== undefined) {
        const normal = external_node_path_default().posix.normalize(workflow);
        if (normal !== workflow || !/^\.github\/workflows\/[^/]+\.ya?ml$/.test(workflow)) {
            throw new errors/* InputError */.dz('provenance-workflow', `${(0,util_text/* echo */.W)(workflow)} is not a workflow path`, 'give it as GitHub does, e.g. .github/workflows/build.yml');
        }
    }
    return {
        ...(require !== undefined ? { require } : {}),
        ...(repository !== undefined ? { repository } : {}),
        ...(ref !== undefined ? { ref } : {}),
        ...(workflow !== undefined ? { workflow } : {})
    };
}

;// CONCATENATED MODULE: ./src/commands/promote-inputs.ts











/** Inputs shared by promote, plan and rollback: the GitOps repository, Git and pull requests. */
const GITOPS_INPUTS = [
    {
        name: 'image',
        description: 'Image repositories to move (e.g. ghcr.io/acme/app); a list. Default: images in promotion.yaml.',
        kind: 'list'
    },
    {
        name: 'config',
        description: 'Path of promotion.yaml in the GitOps repository (default promotion.yaml, optional).'
    },
    ...GITOPS_REPOSITORY_INPUTS,
    {
        name: 'write-mode',
        description: 'commit or pull-request (default: pull-request for protected environments, else commit).'
    },
    {
        name: 'tag-template',
        description: 'Environment tag template (default {env}-v{version}-{sha}-{ts}).'
    },
    {
        name: 'allowed-registries',
        description: 'Registries images may come from; a list (default: promotion.yaml, else any).',
        kind: 'list'
    },
    { name: 'labels', description: 'Pull request labels; a list.', kind: 'list' },
    { name: 'reviewers', description: 'Pull request reviewers (users); a list.', kind: 'list' },
    {
        name: 'team-reviewers',
        description: 'Pull request reviewers (team slugs); a list.',
        kind: 'list'
    },
    { name: 'draft', description: 'Open the pull request as a draft.', kind: 'flag' },
    {
        name: 'pull-request-title',
        description: 'Title template: {env}, {from}, {image}, {tag}, {digest}, {short_digest}, {count}.'
    },
    { name: 'pull-request-note', description: 'Text added to the pull request body (escaped).' },
    {
        name: 'commit-author',
        description: "Commit author as 'Name <email>' (default github-actions[bot])."
    },
    {
        name: 'commit-message',
        description: 'Commit subject template, same placeholders as pull-request-title.'
    },
    {
        name: 'source-revision',
        description: 'Commit that built the image, recorded in the ledger (default GITHUB_SHA).'
    },
    { name: 'release-label', description: 'Free-form release label recorded in the ledger.' },
    {
        name: 'dry-run',
        description: 'Run every gate and print the plan; write nothing.',
        kind: 'flag'
    },
    {
        name: 'require-attestation',
        description: "Require a signed promotion attestation from every environment the target requires (promotion.yaml's requires).",
        kind: 'flag'
    },
    ...PROVENANCE_INPUTS,
    CONCURRENCY_INPUT,
    ...REGISTRY_INPUTS,
    ...SIGNING_INPUTS
];
/** Reads {@link GITOPS_INPUTS}. */
function parseGitOpsOptions(src, ctx) {
    const repository = parseRepositoryInputs(src, ctx);
    const author = src.get('commit-author');
    let identity;
    if (author !== undefined) {
        const m = /^([^<>\n]+?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(author);
        if (!m)
            throw new errors/* InputError */.dz('commit-author', `${(0,util_text/* echo */.W)(author)} is not 'Name <email>'`);
        identity = { name: m[1], email: m[2] };
    }
    const registry = parseRegistryOptions(src, ctx);
    const allowed = getList(src, 'allowed-registries');
    const draft = src.get('draft');
    return {
        images: getList(src, 'image').map(parseRepositoryInput),
        configPath: getRepositoryPath(src, 'config') ?? 'promotion.yaml',
        configRequired: src.get('config') !== undefined,
        ...repository,
        writeMode: src.get('write-mode') === undefined
            ? undefined
            : getEnum(src, 'write-mode', ['commit', 'pull-request'], 'commit'),
        tagTemplate: src.get('tag-template'),
        allowedRegistries: allowed.length > 0 ? allowed : undefined,
        labels: getList(src, 'labels'),
        reviewers: getList(src, 'reviewers'),
        teamReviewers: getList(src, 'team-reviewers'),
        draft: draft === undefined ? undefined : getBoolean(src, 'draft', false),
        titleTemplate: src.get('pull-request-title'),
        note: src.get('pull-request-note'),
        identity,
        commitTemplate: src.get('commit-message'),
        sourceRevision: src.get('source-revision'),
        releaseLabel: src.get('release-label'),
        dryRun: getBoolean(src, 'dry-run', false),
        registry,
        concurrency: parseConcurrency(src),
        signing: parseSigningOptions(src, ctx),
        requireAttestation: getBoolean(src, 'require-attestation', false),
        provenance: parseProvenanceOptions(src),
        githubToken: repository.gitopsToken ?? registry.githubToken,
        serverUrl: ctx.env.GITHUB_SERVER_URL ?? 'https://github.com',
        apiUrl: ctx.env.GITHUB_API_URL ?? 'https://api.github.com'
    };
}
/**
 * Reads one `image` of promote, plan or rollback: a repository. The tag and digest come from the
 * environments' files, so a tag here would name a tag no environment names.
 */
function parseRepositoryInput(value) {
    const image = parseImageInput(value, 'image');
    const part = image.digest ? 'digest' : image.tag ? 'tag' : undefined;
    if (!part)
        return image;
    throw new errors/* InputError */.dz('image', `${(0,util_text/* echo */.W)(value)} names a ${part}, but image takes a repository; the ${part} comes from the environment`, `use ${image.repository}`);
}
/**
 * Reads an optional path in the GitOps repository (`to-path`, `config`, ...), refusing one that
 * is absolute or climbs out with `..`. Symlinks are judged when the repository is read.
 */
function getRepositoryPath(src, name) {
    const value = src.get(name);
    if (value === undefined)
        return undefined;
    const normal = external_node_path_default().posix.normalize(value.replaceAll('\\', '/'));
    if (external_node_path_default().posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../')) {
        throw new errors/* InputError */.dz(name, `'${value}' leaves the GitOps repository`, 'use a path relative to its root, e.g. clusters/staging');
    }
    return value;
}
/** Reads a required environment name input. */
function getEnvironmentName(src, name) {
    const value = getRequired(src, name);
    if (!/^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$/.test(value)) {
        throw new errors/* InputError */.dz(name, `${(0,util_text/* echo */.W)(value)} is not an environment name (lowercase letters, digits, '.', '_', '-')`);
    }
    return value;
}
/**
 * Runs a promotion or rollback; when promotion.yaml does not list an environment, the
 * one-line error names the command's own input that gave it (rollback's `environment`,
 * promote's `to-environment` or `from-environment`).
 */
async function runPromotionJob(job, ctx, planOnly, inputs) {
    try {
        return await runPromotion(job, ctx, planOnly);
    }
    catch (err) {
        if (!(err instanceof UnknownEnvironmentError))
            throw err;
        // The target is looked up first, so a name given to both belongs to the target's input.
        const input = err.environment === job.to.name
            ? inputs.to
            : err.environment === job.from?.name
                ? inputs.from
                : undefined;
        throw input === undefined ? err : environmentInputError(err, input);
    }
}
/** An unknown environment as bad input to `input`. */
function environmentInputError(err, input) {
    return new errors/* InputError */.dz(input, `environment '${err.environment}' is not in promotion.yaml`, `use one of: ${err.known.join(', ')}`);
}

;// CONCATENATED MODULE: ./src/commands/adopt.ts







/** The `adopt` command's name. */
const ADOPT = 'adopt';
const ADOPT_INPUTS = [
    {
        name: 'environment',
        description: 'Environments to adopt; a list (default: every environment in promotion.yaml).',
        kind: 'list'
    },
    {
        name: 'image',
        description: 'Image repositories (default: images in promotion.yaml); a list.',
        kind: 'list'
    },
    { name: 'config', description: 'Path of promotion.yaml in the GitOps repository.' },
    { name: 'gitops-repository', description: 'owner/name of the GitOps repository to clone.' },
    {
        name: 'gitops-token',
        description: 'Token to clone, push and open pull requests in gitops-repository.',
        secret: true
    },
    { name: 'gitops-path', description: 'Checkout of the GitOps repository in the workspace.' },
    { name: 'gitops-branch', description: 'Base branch (default: the default branch).' },
    {
        name: 'write-mode',
        description: 'commit or pull-request (default: pull-request for protected environments, else commit).'
    },
    { name: 'labels', description: 'Pull request labels; a list.', kind: 'list' },
    { name: 'release-label', description: 'Free-form release label recorded in the ledger.' },
    ...REGISTRY_INPUTS
];
function parseAdopt(src, ctx) {
    const { gitopsRepository: repository, gitopsToken: token, gitopsPath, gitopsBranch } = parseRepositoryInputs(src, ctx);
    const registry = parseRegistryOptions(src, ctx);
    const names = getList(src, 'environment').map(n => getEnvironmentName({ get: () => n }, 'environment'));
    const given = getList(src, 'image').map(i => parseImageInput(i, 'image').withoutTag());
    const githubToken = token ?? registry.githubToken;
    const [owner, repo] = (repository ?? ctx.env.GITHUB_REPOSITORY ?? '').split('/');
    const job = {
        repository: {
            repository,
            path: gitopsPath,
            token,
            branch: gitopsBranch,
            serverUrl: ctx.env.GITHUB_SERVER_URL ?? 'https://github.com'
        },
        configPath: getRepositoryPath(src, 'config') ?? 'promotion.yaml',
        configRequired: src.get('config') !== undefined,
        environments: config => pickEnvironments(config, names),
        images: config => pickImages(config, given),
        writeMode: src.get('write-mode') === undefined
            ? undefined
            : getEnum(src, 'write-mode', ['commit', 'pull-request'], 'commit'),
        identity: DEFAULT_IDENTITY,
        github: githubToken && owner && repo
            ? {
                token: githubToken,
                apiUrl: ctx.env.GITHUB_API_URL ?? 'https://api.github.com',
                owner,
                repo
            }
            : undefined,
        labels: getList(src, 'labels'),
        releaseLabel: src.get('release-label')
    };
    return { job, registry };
}
function pickEnvironments(config, names) {
    if (names.length === 0 && !config) {
        throw new errors/* InputError */.dz('environment', 'required when the GitOps repository has no promotion.yaml', 'name the environments to adopt, e.g. staging, production');
    }
    const wanted = names.length > 0 ? names : (config?.environments ?? []).map(e => e.name);
    try {
        return wanted.map(n => environmentFor(config, n, undefined));
    }
    catch (err) {
        throw err instanceof UnknownEnvironmentError ? environmentInputError(err, 'environment') : err;
    }
}
function pickImages(config, given) {
    const images = given.length > 0 ? given : (config?.images ?? []).map(i => parseImageInput(i.name, 'image'));
    if (images.length === 0) {
        throw new errors/* InputError */.dz('image', 'required but not set', 'name the image repositories, or list them under images in promotion.yaml');
    }
    return images;
}
/**
 * Records what environments set up before digest-promote run today, as `adopted` ledger
 * events, after checking each digest (and the tag beside it) against the registry; the
 * ordering gate then accepts those digests as having been there.
 */
const adoptCommand = {
    name: ADOPT,
    summary: 'Record what each environment runs today (checked against the registry) in the ledger.',
    usage: '[--environment staging,production] [--image ghcr.io/acme/app]',
    inputs: ADOPT_INPUTS,
    parse: parseAdopt,
    async run(opts, ctx) {
        const client = createRegistryClient(opts.registry, ctx);
        return render(await runAdoption(opts.job, client, ctx));
    }
};
function describe(check) {
    if ('refused' in check)
        return [`refused ${check.refused}`];
    const name = check.environment.name;
    return [
        ...check.events.map(e => `${name}: adopted ${e.image}@${e.digest}${e.targetTag ? ` (${e.targetTag})` : ''}`),
        ...check.recorded.map(e => `${name}: ${e.image}@${e.digest} already recorded by ${e.id}`)
    ];
}
function render(result) {
    const refused = result.checks.flatMap(c => ('refused' in c ? [c] : []));
    const where = [
        ...(result.commitSha && result.changed ? [`commit ${result.commitSha}`] : []),
        ...result.pullRequests.map(p => `${p.environment}: pull request #${p.number} ${p.url}`),
        ...result.branches.map(b => `branch ${b} (no pull request)`)
    ];
    const text = [...result.checks.flatMap(describe), ...where].join('\n');
    const first = result.pullRequests[0];
    const outputs = {
        changed: String(result.changed),
        'event-id': result.events.map(e => e.id).join('\n'),
        'commit-sha': result.commitSha ?? '',
        'pull-request-number': first ? String(first.number) : '',
        'pull-request-url': first?.url ?? ''
    };
    const rows = result.events.map(e => `| ${e.environment} | \`${e.image}\` | \`${e.digest}\` | ${e.targetTag ?? '-'} |`);
    const summary = `### Adopt\n\n| environment | image | digest | tag |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`;
    if (refused.length === 0) {
        return {
            status: result.changed ? 'changed' : 'unchanged',
            outputs,
            text,
            json: result,
            summary
        };
    }
    return {
        status: 'failed',
        outputs,
        text,
        json: result,
        summary,
        exitCode: 1,
        annotations: refused.map(c => ({
            level: 'error',
            message: c.refused,
            file: c.environment.path,
            title: 'adopt'
        })),
        error: `adopt refused ${refused.length} of ${result.checks.length} environments (${refused.map(c => c.environment.name).join(', ')}); fix what each line says, then adopt again`
    };
}

;// CONCATENATED MODULE: ./src/tags/capture-tag.ts
/**
 * The first environment's tag for a captured digest. Its `{ts}` is the build's time, not the
 * time of the run, so capturing the same digest, version and revision again names the same tag
 * and pushes nothing.
 *
 * @module
 */


/**
 * Build times before this are not build times: reproducible builds stamp the 1970 epoch
 * (`SOURCE_DATE_EPOCH=0`, ko, rules_oci), and a `{ts}` must have 9 to 11 digits anyway.
 */
const EARLIEST_BUILD = Date.parse('2000-01-01T00:00:00Z');
/** A config larger than this is not read for its `created` field. */
const capture_tag_MAX_CONFIG_BYTES = 1024 * 1024;
/** How many existing tags of the same version and revision are checked for the digest. */
const MAX_CANDIDATES = 20;
/**
 * Renders `template` for `pinned` (a reference by digest). `{ts}` and `{now}` come from the image
 * config's `created`; without a usable one, an existing tag that the template gave this digest
 * with the same other fields is reused; only then is the clock used.
 */
async function captureTag(client, pinned, template, fields, now) {
    const stamped = template.parts.some(p => 'field' in p && (p.field === 'ts' || p.field === 'now'));
    if (!stamped)
        return { tag: renderTag(template, fields), stampedFrom: 'unstamped' };
    const built = await buildTime(client, pinned);
    if (built !== undefined) {
        const ts = String(Math.floor(built / 1000));
        return { tag: renderTag(template, { ...fields, ts, now: ts }), stampedFrom: 'build' };
    }
    const existing = await existingTag(client, pinned, template, fields);
    if (existing)
        return { tag: existing, stampedFrom: 'existing' };
    const ts = String(Math.floor(now.getTime() / 1000));
    return { tag: renderTag(template, { ...fields, ts, now: ts }), stampedFrom: 'clock' };
}
/**
 * The image config's `created` in epoch milliseconds; for an index, that of its first platform
 * image. `undefined` when missing, unparsable or before 2000. Registry errors propagate.
 */
async function buildTime(client, pinned) {
    let manifest = await client.get(pinned);
    let content = parseJson(manifest.bytes);
    if ((0,media_types/* isIndex */.nw)(manifest.mediaType) || Array.isArray(content?.manifests)) {
        const child = (content?.manifests ?? []).find(isPlatformImage);
        if (!child)
            return undefined;
        manifest = await client.get(pinned.withoutTag().withDigest(child.digest));
        content = parseJson(manifest.bytes);
    }
    const config = content?.config;
    if (typeof config?.digest !== 'string' || !(config.size <= capture_tag_MAX_CONFIG_BYTES))
        return undefined;
    const parsed = parseJson(await client.getBlob(pinned, config.digest));
    const created = typeof parsed?.created === 'string' ? Date.parse(parsed.created) : NaN;
    return Number.isFinite(created) && created >= EARLIEST_BUILD ? created : undefined;
}
/** An index entry that is an image, not buildx's `unknown/unknown` attestation manifest. */
function isPlatformImage(d) {
    return typeof d?.digest === 'string' && d.platform?.os !== 'unknown';
}
/** The newest tag `template` made with `fields` that names `pinned`'s digest, if any. */
async function existingTag(client, pinned, template, fields) {
    const keys = Object.keys(fields);
    const candidates = (await client.listTags(pinned.withoutTag()))
        .map(tag => ({ tag, parsed: parseTag(template, tag) }))
        .filter(c => c.parsed && keys.every(k => fields[k] === undefined || c.parsed?.[k] === fields[k]))
        .sort((a, b) => stampOf(b.parsed) - stampOf(a.parsed) || b.tag.localeCompare(a.tag))
        .slice(0, MAX_CANDIDATES);
    for (const { tag } of candidates) {
        const found = await client.head(pinned.withoutTag().withTag(tag));
        if (found?.digest === pinned.digest)
            return tag;
    }
    return undefined;
}
function stampOf(fields) {
    return Number(fields?.ts ?? fields?.now ?? 0);
}
function parseJson(bytes) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/commands/summary.ts



/** A Markdown table of images and digests for job summaries. */
function imageTable(rows) {
    const lines = ['| image | tag | digest | changed |', '| --- | --- | --- | --- |'];
    for (const r of rows) {
        lines.push(`| ${cell(r.image)} | ${r.tag ? `\`${r.tag}\`` : '-'} | \`${r.digest}\` | ${r.changed ? 'yes' : 'no'} |`);
    }
    return `${lines.join('\n')}\n`;
}
/**
 * Turns per-image failures into one error listing each image with its reason, or
 * `undefined` when all succeeded. A single failure keeps its own message.
 */
function summarizeFailures(settled, names) {
    const failed = settled
        .map((s, i) => ({ s, name: names[i] ?? `#${i}` }))
        .filter((x) => x.s.status === 'rejected');
    if (failed.length === 0)
        return undefined;
    if (failed.length === 1 && settled.length === 1)
        return failed[0].s.reason;
    const ok = settled.length - failed.length;
    return new errors/* PromoteError */.jG(`${failed.length} of ${settled.length} images failed (${ok} done): ` +
        failed.map(f => `${f.name}: ${(0,errors/* errorMessage */.gJ)(f.s.reason)}`).join(' | '));
}

;// CONCATENATED MODULE: ./src/commands/capture-steps.ts







/** The command result of a capture. */
function captureResult(results, dryRun) {
    const first = results[0];
    const changed = results.some(r => r.changed);
    const tags = results.flatMap(r => (r.tag ? [r.tag] : []));
    return {
        status: changed ? 'changed' : 'unchanged',
        outputs: {
            digest: first.digest,
            'image-ref': first.imageRef,
            tags: tags.join('\n'),
            changed: String(changed)
        },
        text: results
            .map(r => `${r.imageRef}${r.tag ? ` (${r.changed ? 'tagged' : dryRun ? 'would tag' : 'already'} ${r.tag})` : ''}`)
            .join('\n'),
        json: results,
        summary: `### Captured\n\n${imageTable(results.map(r => ({ image: r.image, digest: r.digest, tag: r.tag, changed: r.changed })))}`
    };
}
/** Resolves the digest and names its environment tag; writes nothing. */
async function resolveOne(client, image, opts, logger, now) {
    const wanted = image.digest ?? opts.digest;
    let digest;
    try {
        digest = await resolveDigest(client, image, wanted);
    }
    catch (err) {
        throw (0,registry_errors/* withContext */.eQ)(`resolving ${image.familiar}`, err);
    }
    if (!opts.environmentTag)
        return { image, digest };
    const pinned = image.withoutTag().withDigest(digest);
    const { template, fields } = opts.environmentTag;
    let stamped;
    try {
        stamped = await captureTag(client, pinned, template, fields, now);
    }
    catch (err) {
        throw (0,registry_errors/* withContext */.eQ)(`reading the build time of ${image.repository}@${digest}`, err);
    }
    const { tag, stampedFrom } = stamped;
    refuseFloating(tag, 'target');
    logger.info(`${image.repository}: ${tag} (${STAMPED_FROM[stampedFrom]})`);
    return { image, digest, tag };
}
/** Signs the digest when asked, and gives it its environment tag (read back). */
async function tagOne(client, { image, digest, tag }, opts, logger) {
    const pinned = image.withoutTag().withDigest(digest);
    if (!opts.dryRun)
        await signDigest(client, pinned, opts.signing, logger);
    const result = {
        image: image.name,
        digest,
        imageRef: `${image.repository}@${digest}`,
        changed: false
    };
    if (!tag)
        return result;
    const r = await retag(client, pinned, image.withoutTag().withTag(tag), {
        expectedDigest: digest,
        dryRun: opts.dryRun
    });
    return { ...result, tag, changed: r.changed && !opts.dryRun };
}
const STAMPED_FROM = {
    build: "time from the image's build",
    existing: 'the tag an earlier capture gave this digest',
    clock: 'the image records no build time; time of this run',
    unstamped: 'the template has no time'
};
/** One HEAD per name; when a digest was reported, the registry must answer exactly it. */
async function resolveDigest(client, image, wanted) {
    if (image.tag && !image.digest) {
        const byTag = await client.head(image);
        if (!byTag)
            throw new errors/* PromoteError */.jG(`tag ${image.tag} not found in ${image.repository}`);
        if (wanted && byTag.digest !== wanted) {
            throw new errors/* PromoteError */.jG(`tag ${image.tag} now points at ${byTag.digest}, not the built digest ${wanted}; nothing was written`);
        }
        return byTag.digest;
    }
    const pinned = image.withoutTag().withDigest(wanted);
    const byDigest = await client.head(pinned);
    if (!byDigest)
        throw new errors/* PromoteError */.jG(`digest ${wanted} not found in ${image.repository}`);
    if (byDigest.digest !== wanted) {
        throw new errors/* PromoteError */.jG(`the registry answered ${byDigest.digest} for ${wanted}; nothing was written`);
    }
    return wanted;
}

;// CONCATENATED MODULE: ./src/commands/capture.ts















/** The `capture` command's name. */
const CAPTURE = 'capture';
/** What to do when another build of the same version and revision holds the tag name. */
const CLAIMED_FIX = 'give this build its own tag (a new version or source-revision, or a tag-template that tells the builds apart)';
/**
 * Resolves the built image to its manifest digest (one HEAD), checks it against
 * the digest the build reported, and optionally gives it the first environment's
 * immutable tag, so every later promotion starts from a known digest.
 */
const captureCommand = {
    name: CAPTURE,
    summary: 'Resolve the built image to its digest and push the first environment tag. With gitops-repository or gitops-path, the tag is first claimed in the GitOps repository, as promote does; without, it is only read back after the push, which does not stop a concurrent writer.',
    usage: '<image>... [--digest sha256:...] [--environment dev --version 1.2.3] [--json]',
    inputs: [
        {
            name: 'image',
            description: 'Built image(s), by tag or name@digest; a list.',
            required: true,
            kind: 'list'
        },
        {
            name: 'digest',
            description: 'The digest output of docker/build-push-action; every image must resolve to it.'
        },
        {
            name: 'environment',
            description: 'First environment: push its immutable tag on the digest.'
        },
        {
            name: 'version',
            description: 'Version for {version} in the tag (default: from a refs/tags/v* ref).'
        },
        {
            name: 'source-revision',
            description: 'Commit that built the image, for {sha} (default GITHUB_SHA).'
        },
        {
            name: 'tag-template',
            description: 'Environment tag template (default {env}-v{version}-{sha}-{ts}).'
        },
        { name: 'dry-run', description: 'Resolve and check, write nothing.', kind: 'flag' },
        CONCURRENCY_INPUT,
        ...GITOPS_REPOSITORY_INPUTS,
        ...REGISTRY_INPUTS,
        ...SIGNING_INPUTS
    ],
    positionals: ['image'],
    parse(src, ctx) {
        const raw = getList(src, 'image');
        if (raw.length === 0)
            throw new errors/* InputError */.dz('image', 'required but not set', 'give the built image, e.g. ghcr.io/acme/app:sha-abc1234');
        const images = raw.map(i => parseImageInput(i, 'image'));
        const digest = src.get('digest');
        if (digest !== undefined && !(0,reference/* isDigest */.Bc)(digest))
            throw new errors/* InputError */.dz('digest', `${(0,util_text/* echo */.W)(digest)} is not a digest (sha256:<64 hex>)`);
        for (const image of images) {
            if (!image.tag && !image.digest && !digest) {
                throw new errors/* InputError */.dz('image', `${(0,util_text/* echo */.W)(image.familiar)} has neither tag nor digest`, 'add :tag or @sha256:..., or set digest');
            }
            if (!image.digest && !digest)
                refuseFloating(image.tag, 'source');
        }
        const environment = src.get('environment');
        let environmentTag;
        if (environment !== undefined) {
            const template = parseTemplate(src.get('tag-template') ?? DEFAULT_TAG_TEMPLATE);
            const revision = src.get('source-revision') ?? ctx.env.GITHUB_SHA;
            const fields = {
                env: environment,
                version: src.get('version') ?? versionFromRef(ctx.env.GITHUB_REF),
                sha: revision?.slice(0, 7)
            };
            // Checked now, with the clock's time, so a bad template fails before any registry call.
            const stamp = String(Math.floor(ctx.now().getTime() / 1000));
            refuseFloating(renderTag(template, { ...fields, ts: stamp, now: stamp }), 'target');
            environmentTag = { template, fields };
        }
        return {
            images,
            digest,
            environment,
            environmentTag,
            dryRun: getBoolean(src, 'dry-run', false),
            concurrency: parseConcurrency(src),
            registry: parseRegistryOptions(src, ctx),
            signing: parseSigningOptions(src, ctx),
            gitops: parseOptionalRepositoryInputs(src, ctx),
            serverUrl: ctx.env.GITHUB_SERVER_URL ?? 'https://github.com'
        };
    },
    async run(opts, ctx) {
        const client = createRegistryClient(opts.registry, ctx);
        const names = opts.images.map(i => i.familiar);
        const resolved = await ctx.logger.group('Resolve the built digest', async () => fulfilled(await mapSettled(opts.images, opts.concurrency, image => resolveOne(client, image, opts, ctx.logger, ctx.now())), names));
        if (opts.gitops)
            await capture_claimTags(resolved, opts, opts.gitops, client, ctx);
        const results = await ctx.logger.group('Tag the digest', async () => fulfilled(await mapSettled(resolved, opts.concurrency, r => tagOne(client, r, opts, ctx.logger)), names));
        return captureResult(results, opts.dryRun);
    }
};
/** The values of `settled`, or one error naming every image that failed. */
function fulfilled(settled, names) {
    const failure = summarizeFailures(settled, names);
    if (failure)
        throw failure;
    return settled.map(s => s.value);
}
/**
 * Claims the environment tags about to be pushed in the GitOps repository, as promote does,
 * so that of two captures rendering one tag name for different digests only one pushes it.
 */
async function capture_claimTags(resolved, opts, gitops, client, ctx) {
    const run = pipelineFromEnv(ctx.env).url;
    const environment = opts.environment ?? '';
    const requests = resolved.flatMap(r => r.tag ? [{ image: r.image, tag: r.tag, digest: r.digest, environment, run, eventId: null }] : []);
    if (requests.length === 0)
        return;
    const site = {
        source: {
            repository: gitops.gitopsRepository,
            path: gitops.gitopsPath,
            token: gitops.gitopsToken,
            branch: gitops.gitopsBranch,
            serverUrl: opts.serverUrl
        },
        identity: DEFAULT_IDENTITY,
        dryRun: opts.dryRun,
        fix: CLAIMED_FIX
    };
    await ctx.logger.group('Claim the environment tags in the GitOps repository', () => claimInRepository(site, client, requests, ctx));
}
/** `1.2.3` from `refs/tags/v1.2.3`, else undefined. */
function versionFromRef(ref) {
    const m = ref ? /^refs\/tags\/v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(ref) : null;
    return m?.[1];
}

;// CONCATENATED MODULE: ./src/init/options.ts
/**
 * What `init` scaffolds: the options every template reads, already validated by the command.
 */
/** Where Flux image automation authenticates to the registry. */
const REGISTRY_PROVIDERS = ['generic', 'aws', 'gcp', 'azure'];
/** How the automated environment's tags are written, and so which ImagePolicy selects them. */
const TAG_SCHEMES = ['timestamp', 'semver', 'sha'];
/** The Flux namespace the generated objects live in. */
const FLUX_NAMESPACE = 'flux-system';
/** The image's last path segment, the base of every generated object name. */
const shortName = (image) => image.slice(image.lastIndexOf('/') + 1);
/** Directory of an environment in the GitOps repository. */
const environmentPath = (env) => `clusters/${env}`;
/** Name of the ImagePolicy of an automated environment. */
const policyName = (image, env) => `${shortName(image)}-${env}`;

;// CONCATENATED MODULE: ./src/init/flux-templates.ts
/**
 * Flux image automation objects `init` writes, as data: one ImageRepository per image, and
 * per automated environment an ImagePolicy that is tight by construction (never `latest`, no
 * pre-release, patterns anchored on both ends) and an ImageUpdateAutomation that commits
 * straight to the branch only for environments that are not protected.
 */


const API_VERSION = 'image.toolkit.fluxcd.io/v1';
/** The semver range the generated policy starts with: one major, releases only. */
const SEMVER_RANGE = '>=1.0.0 <2.0.0';
const VERSION = '(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)';
const PROVIDER_NOTE = {
    aws: ' provider: aws has image-reflector-controller fetch ECR tokens through its workload ' +
        'identity (IRSA or EKS Pod Identity).\n ECR tokens expire after 12 hours; the controller ' +
        'refreshes them itself. A static docker-registry secret\n would stop working after 12 ' +
        'hours unless something (a CronJob) rewrites it.',
    gcp: ' provider: gcp authenticates to Artifact Registry with the controller’s workload identity.',
    azure: ' provider: azure authenticates to ACR with the controller’s workload identity.',
    generic: ' secretRef names a docker-registry secret in flux-system with read access to the image.\n' +
        ' For ECR, prefer --registry-provider aws: its tokens expire after 12 hours.'
};
function imageRepository(opts) {
    const name = shortName(opts.image);
    const auth = opts.registryProvider === 'generic'
        ? { secretRef: { name: `${name}-registry` } }
        : { provider: opts.registryProvider };
    const doc = new dist.Document({
        apiVersion: API_VERSION,
        kind: 'ImageRepository',
        metadata: { name, namespace: FLUX_NAMESPACE },
        spec: { image: opts.image, interval: '5m', ...auth }
    });
    doc.commentBefore = PROVIDER_NOTE[opts.registryProvider];
    return doc;
}
/** The `filterTags` pattern of a scheme, anchored on both ends, or none for semver. */
function tagPattern(scheme, env) {
    if (scheme === 'timestamp')
        return `^${env}-v${VERSION}-[0-9a-f]{7,40}-(?P<ts>[0-9]{9,11})$`;
    if (scheme === 'sha')
        return '^sha-[0-9a-f]{7,40}-(?P<ts>[0-9]{9,11})$';
    return undefined;
}
function imagePolicy(opts, env) {
    const pattern = tagPattern(opts.tagScheme, env);
    const select = pattern === undefined
        ? { policy: { semver: { range: SEMVER_RANGE } } }
        : {
            filterTags: { pattern, extract: '$ts' },
            policy: { numerical: { order: 'asc' } }
        };
    const doc = new dist.Document({
        apiVersion: API_VERSION,
        kind: 'ImagePolicy',
        metadata: { name: policyName(opts.image, env), namespace: FLUX_NAMESPACE },
        spec: { imageRepositoryRef: { name: shortName(opts.image) }, ...select }
    });
    doc.commentBefore =
        pattern === undefined
            ? ' Releases of one major only (no pre-release); widen the range on purpose, never to *.'
            : ' Only tags the pipeline writes for this environment, newest build time first; never latest.';
    return doc;
}
function imageUpdateAutomation(opts, env, branch) {
    const isProtected = opts.protectedEnvironments.includes(env);
    const doc = new dist.Document({
        apiVersion: API_VERSION,
        kind: 'ImageUpdateAutomation',
        metadata: { name: `${shortName(opts.image)}-${env}`, namespace: FLUX_NAMESPACE },
        spec: {
            interval: '5m',
            sourceRef: { kind: 'GitRepository', name: 'flux-system' },
            git: {
                checkout: { ref: { branch } },
                commit: {
                    author: { name: 'fluxcdbot', email: 'fluxcdbot@users.noreply.github.com' }
                },
                ...(isProtected ? { push: { branch: `flux/${env}-updates` } } : {})
            },
            update: { path: `./${environmentPath(env)}`, strategy: 'Setters' }
        }
    });
    doc.commentBefore = isProtected
        ? ` ${env} is protected: updates go to a separate branch, merged through a reviewed pull request.`
        : ` ${env} is not protected: updates are committed straight to ${branch}.`;
    return doc;
}
/** flux-system/<image>-image-automation.yaml: every object, one document each. */
function fluxObjectsYaml(opts, branch) {
    const docs = [
        imageRepository(opts),
        ...opts.automated.flatMap(env => [
            imagePolicy(opts, env),
            imageUpdateAutomation(opts, env, branch)
        ])
    ];
    return {
        path: `${FLUX_NAMESPACE}/${shortName(opts.image)}-image-automation.yaml`,
        content: docs.map(d => d.toString()).join('---\n')
    };
}

;// CONCATENATED MODULE: ./src/init/gitops-templates.ts
/**
 * The GitOps repository files `init` writes, built as data and serialised with `yaml`:
 * promotion.yaml and one kustomization per environment, with `$imagepolicy` markers for the
 * environments Flux image automation updates.
 */


/** Where editors find the promotion.yaml schema (its `$id`). */
const PROMOTION_SCHEMA_URL = 'https://digest-promote.dev/schemas/promotion.schema.json';
/** promotion.yaml: environments in order, protected ones requiring the one before. */
function promotionYaml(opts) {
    const environments = opts.environments.map((name, i) => {
        const isProtected = opts.protectedEnvironments.includes(name);
        return {
            name,
            path: environmentPath(name),
            ...(isProtected ? { protected: true } : {}),
            ...(isProtected && i > 0 ? { requires: [opts.environments[i - 1]] } : {})
        };
    });
    const registry = opts.image.slice(0, opts.image.indexOf('/'));
    const doc = new dist.Document({
        version: 1,
        environments,
        images: [{ name: opts.image }],
        registries: { allowed: [registry] }
    });
    doc.commentBefore = ` yaml-language-server: $schema=${PROMOTION_SCHEMA_URL}`;
    return { path: 'promotion.yaml', content: doc.toString() };
}
/**
 * A tag the first render can hold until image automation writes the policy's pick: the
 * setters rewrite only non-empty values, and it matches the policy's own filter.
 */
function placeholderTag(scheme, env) {
    if (scheme === 'semver')
        return '0.0.0';
    return scheme === 'timestamp' ? `${env}-v0.0.0-0000000-0000000000` : 'sha-0000000-0000000000';
}
function marker(doc, keyPath, setter) {
    const node = doc.getIn(keyPath, true);
    node.comment = ` {"$imagepolicy": "${setter}"}`;
}
/** clusters/<env>/kustomization.yaml with an `images:` entry for the image. */
function kustomizationYaml(opts, env) {
    const automated = opts.flux && opts.automated.includes(env);
    const entry = automated
        ? { name: opts.image, newName: opts.image, newTag: placeholderTag(opts.tagScheme, env) }
        : { name: opts.image };
    const doc = new dist.Document({
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        resources: [],
        images: [entry]
    });
    doc.commentBefore =
        ` Environment ${env}. List its manifests under resources; ` +
            (automated
                ? 'Flux image automation rewrites the marked fields.'
                : 'promote writes the digest into the images entry.');
    if (automated) {
        const setter = `${FLUX_NAMESPACE}:${policyName(opts.image, env)}`;
        marker(doc, ['images', 0, 'newName'], `${setter}:name`);
        marker(doc, ['images', 0, 'newTag'], `${setter}:tag`);
    }
    return { path: `${environmentPath(env)}/kustomization.yaml`, content: doc.toString() };
}

;// CONCATENATED MODULE: ./src/init/workflows.ts
/**
 * The application repository's workflows `init --workflows` writes, as data: build and
 * capture, PR-gated promotion, and workflow_dispatch rollback, through the sub-actions, with
 * least-privilege permissions, one concurrency group per environment, and a keyless signer
 * pattern that the signature gate accepts.
 */

/** Where the sub-actions live. */
const ACTION_REPOSITORY = 'acme/digest-promote';
const LOGIN = {
    uses: 'docker/login-action@v3',
    with: {
        registry: '${{ env.REGISTRY }}',
        username: '${{ github.actor }}',
        password: '${{ secrets.GITHUB_TOKEN }}'
    }
};
const escapeRegexp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The certificate identity pattern of the build workflow, anchored at the start. */
function identityPattern(appRepository) {
    return `^https://github\\.com/${escapeRegexp(appRepository)}/\\.github/workflows/build\\.yml@`;
}
function file(name, header, content) {
    const doc = new dist.Document(content);
    doc.commentBefore = ` .github/workflows/${name} — ${header}`;
    return { path: name, content: doc.toString({ lineWidth: 0 }) };
}
/** The tag the build pushes for each scheme (the one Flux watches for semver and sha). */
function buildTag(opts) {
    if (opts.tagScheme === 'semver')
        return '${{ env.IMAGE }}:${{ env.VERSION }}';
    if (opts.tagScheme === 'sha')
        return '${{ env.IMAGE }}:sha-${{ github.sha }}-${{ steps.ts.outputs.ts }}';
    return '${{ env.IMAGE }}:build-${{ github.sha }}';
}
function buildWorkflow(opts) {
    const first = opts.environments[0];
    const steps = [
        { uses: 'actions/checkout@v5' },
        ...(opts.tagScheme === 'sha'
            ? [{ id: 'ts', run: 'echo "ts=$(git log -1 --format=%ct)" >> "$GITHUB_OUTPUT"' }]
            : []),
        LOGIN,
        {
            id: 'build',
            uses: 'docker/build-push-action@v6',
            with: { push: true, tags: buildTag(opts) }
        },
        {
            id: 'capture',
            uses: `${ACTION_REPOSITORY}/capture@v1`,
            with: {
                image: buildTag(opts),
                digest: '${{ steps.build.outputs.digest }}',
                environment: first,
                version: '${{ env.VERSION }}',
                sign: true
            }
        }
    ];
    return file('build.yml', 'build once, capture the digest, sign it keylessly', {
        name: 'build',
        on: { push: { branches: ['main'] } },
        permissions: { contents: 'read', packages: 'write', 'id-token': 'write' },
        concurrency: { group: `digest-promote-build-\${{ github.ref }}`, 'cancel-in-progress': false },
        env: {
            REGISTRY: registryOf(opts.image),
            IMAGE: opts.image,
            VERSION: "${{ vars.APP_VERSION || '0.1.0' }}"
        },
        jobs: { build: { 'runs-on': 'ubuntu-latest', steps } }
    });
}
const registryOf = (image) => image.slice(0, image.indexOf('/'));
function gitopsWith(opts) {
    return {
        image: opts.image,
        'gitops-repository': '${{ vars.GITOPS_REPOSITORY }}',
        'gitops-token': '${{ secrets.GITOPS_TOKEN }}',
        'certificate-identity-regexp': identityPattern(opts.appRepository),
        'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com'
    };
}
const PERMISSIONS = { contents: 'read', packages: 'write' };
function promoteWorkflow(opts) {
    const to = opts.environments.at(-1) ?? '';
    const from = opts.environments.at(-2) ?? to;
    return file('promote.yml', 'promote the verified digest; protected environments get a PR', {
        name: 'promote',
        on: {
            workflow_dispatch: {
                inputs: {
                    from: { description: 'Environment to promote from', default: from },
                    to: { description: 'Environment to promote to', default: to }
                }
            }
        },
        permissions: PERMISSIONS,
        concurrency: { group: 'digest-promote-${{ inputs.to }}', 'cancel-in-progress': false },
        env: { REGISTRY: registryOf(opts.image) },
        jobs: {
            promote: {
                'runs-on': 'ubuntu-latest',
                steps: [
                    LOGIN,
                    {
                        id: 'promote',
                        uses: `${ACTION_REPOSITORY}/promote@v1`,
                        with: {
                            'from-environment': '${{ inputs.from }}',
                            'to-environment': '${{ inputs.to }}',
                            ...gitopsWith(opts),
                            labels: 'promotion'
                        }
                    }
                ]
            }
        }
    });
}
function rollbackWorkflow(opts) {
    return file('rollback.yml', 'roll an environment back to a recorded digest', {
        name: 'rollback',
        on: {
            workflow_dispatch: {
                inputs: {
                    environment: {
                        description: 'Environment to roll back',
                        default: opts.environments.at(-1)
                    },
                    target: {
                        description: 'previous, a digest (sha256:...), or a ledger event id',
                        default: 'previous'
                    }
                }
            }
        },
        permissions: PERMISSIONS,
        concurrency: { group: 'digest-promote-${{ inputs.environment }}', 'cancel-in-progress': false },
        env: { REGISTRY: registryOf(opts.image) },
        jobs: {
            rollback: {
                'runs-on': 'ubuntu-latest',
                steps: [
                    LOGIN,
                    {
                        id: 'rollback',
                        uses: `${ACTION_REPOSITORY}/rollback@v1`,
                        with: {
                            environment: '${{ inputs.environment }}',
                            target: '${{ inputs.target }}',
                            ...gitopsWith(opts)
                        }
                    }
                ]
            }
        }
    });
}
/** The three workflows, paths relative to the workflows directory. */
function workflowFiles(opts) {
    return [buildWorkflow(opts), promoteWorkflow(opts), rollbackWorkflow(opts)];
}

;// CONCATENATED MODULE: ./src/init/scaffold.ts
/**
 * Plans and writes what `init` scaffolds. Only new files are written; a file that exists is
 * replaced only when `force` names it, and otherwise nothing at all is written and the plan
 * says what would change, with a diff.
 */







/** Every file of a scaffold, by root. */
function scaffoldFiles(opts, gitops, branch, workflows) {
    const files = [
        promotionYaml(opts),
        ...opts.environments.map(env => kustomizationYaml(opts, env)),
        ...(opts.flux ? [fluxObjectsYaml(opts, branch)] : [])
    ];
    return [
        { ...gitops, files },
        ...(workflows ? [{ ...workflows, files: workflowFiles(opts) }] : [])
    ];
}
const join = (shown, p) => (shown === '' ? p : `${shown}/${p}`);
/** Decides each file's action; `force` holds shown paths that may be replaced. */
async function planScaffold(workspace, roots, force) {
    const planned = [];
    for (const root of roots) {
        for (const f of root.files) {
            const shown = join(root.shown, f.path);
            const { abs } = await confine(workspace, shown);
            const existing = await (0,promises_.readFile)(abs, 'utf8').catch((err) => {
                if (err.code === 'ENOENT')
                    return undefined;
                throw err;
            });
            if (existing === undefined) {
                planned.push({ path: shown, abs, content: f.content, action: 'create' });
            }
            else if (existing === f.content) {
                planned.push({ path: shown, abs, content: f.content, action: 'same' });
            }
            else {
                const diff = (0,create/* createTwoFilesPatch */.ss)(shown, shown, existing, f.content, '', '', {
                    context: 3
                });
                const action = force.has(shown) ? 'replace' : 'conflict';
                planned.push({ path: shown, abs, content: f.content, action, diff });
            }
        }
    }
    return planned;
}
/** Writes the plan: new files exclusively (never over one that appeared since), forced ones over. */
async function writeScaffold(planned) {
    for (const f of planned) {
        if (f.action !== 'create' && f.action !== 'replace')
            continue;
        await (0,promises_.mkdir)(external_node_path_default().dirname(f.abs), { recursive: true });
        await (0,promises_.writeFile)(f.abs, f.content, { flag: f.action === 'create' ? 'wx' : 'w' });
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/audit/rules.ts
/**
 * The guardrails `audit` enforces (seeds 000 and 001: immutable, digest-pinned artifacts in
 * production, tight ImagePolicies, reviewed write-back), one rule each.
 */
/** Every rule, in id order. */
const RULES = [
    {
        id: 'DP000',
        name: 'unauditable-file',
        severity: 'warning',
        summary: 'A file could not be audited.',
        fix: 'make the file valid YAML, or keep templates that are not YAML out of the GitOps tree',
        help: 'The file is not valid YAML, holds an alias bomb (aliases expanding past 100), holds an ' +
            'image reference or ImagePolicy that does not parse, or is larger than 2 MiB (a note). ' +
            'Its other findings are unknown.'
    },
    {
        id: 'DP001',
        name: 'tag-only-in-protected',
        severity: 'error',
        summary: 'An image in a protected environment is pinned by tag only.',
        fix: 'pin the digest: name:tag@sha256:<digest>, or add digest: to the images entry',
        help: 'A tag can be moved to other content; a protected environment must run the exact tested ' +
            'artifact, so its image references carry @sha256: digests.'
    },
    {
        id: 'DP002',
        name: 'floating-latest',
        severity: 'error',
        summary: 'An image uses the latest tag, or no tag at all.',
        fix: 'use an immutable version tag (and a digest in protected environments)',
        help: '`latest` (explicit or implied by a missing tag) floats. An error in a protected ' +
            'environment, a warning elsewhere.'
    },
    {
        id: 'DP003',
        name: 'registry-not-allowed',
        severity: 'error',
        summary: 'An image comes from a registry outside the allow-list.',
        fix: 'use an allowed registry, or add it to allowed-registries / registries.allowed in promotion.yaml',
        help: 'Images must come from the registries in the allowed-registries input or promotion.yaml ' +
            '`registries.allowed`; without either list this rule is off.'
    },
    {
        id: 'DP004',
        name: 'unbounded-semver-range',
        severity: 'warning',
        summary: 'An ImagePolicy semver range has no upper bound.',
        fix: "bound the range, e.g. '>=1.2.0 <2.0.0' or '~1.2'",
        help: 'A range such as *, x, >=1.0 or >1 lets any future major version through. An error when ' +
            'a marker in a protected environment uses the policy.'
    },
    {
        id: 'DP005',
        name: 'unanchored-tag-pattern',
        severity: 'warning',
        summary: 'An ImagePolicy filterTags.pattern is not anchored with ^...$.',
        fix: 'anchor the pattern, e.g. ^production-v.*-(?P<ts>[0-9]+)$',
        help: 'Go regexps match anywhere in the tag, so an unanchored pattern also accepts tags of ' +
            'other environments that merely contain it.'
    },
    {
        id: 'DP006',
        name: 'policy-selects-floating',
        severity: 'error',
        summary: 'An ImagePolicy used by a protected environment can select latest or a pre-release.',
        fix: 'filter tags with an anchored pattern that excludes latest, and drop pre-release parts from the range',
        help: 'The policy is used by a marker in a protected environment and either picks latest ' +
            '(alphabetical or numerical order over tags that include it) or admits pre-releases ' +
            '(a semver range naming one).'
    },
    {
        id: 'DP007',
        name: 'marker-unknown-policy',
        severity: 'error',
        summary: 'An $imagepolicy marker names an ImagePolicy that is not in the repository.',
        fix: 'fix the marker to <namespace>:<name> of an existing ImagePolicy, or add the policy',
        help: 'Flux silently skips markers whose policy does not exist, so the field is never updated.'
    },
    {
        id: 'DP008',
        name: 'policy-unreferenced',
        severity: 'note',
        summary: 'No $imagepolicy marker references this ImagePolicy.',
        fix: 'add a marker that uses the policy, or delete the policy',
        help: 'The policy selects tags that nothing writes to Git.'
    },
    {
        id: 'DP009',
        name: 'automation-pushes-protected',
        severity: 'error',
        summary: 'An ImageUpdateAutomation pushes straight to the branch of a protected environment.',
        fix: 'set spec.git.push.branch to a separate branch and merge it through a reviewed pull request',
        help: 'spec.update.path covers a protected environment and the automation pushes to the ' +
            'branch it checks out (no spec.git.push.branch, or the same branch), skipping review.'
    },
    {
        id: 'DP010',
        name: 'stale-rollback-pin',
        severity: 'warning',
        summary: 'A rollback pin has kept Flux image automation off a field for longer than allowed.',
        fix: 'promote a fixed digest into the environment (which restores the marker), or raise pin-max-age',
        help: 'A rollback turns each $imagepolicy marker it rewrites into $imagepolicy-pinned, which ' +
            "Flux's setter does not read, so automation cannot undo the rollback. A pin older than " +
            'pin-max-age (default 7d), or one whose event id names no time, means the environment ' +
            'has stopped following its policy.'
    }
];
/** The rule with `id`. */
function ruleOf(id) {
    const rule = RULES.find(r => r.id === id);
    if (!rule)
        throw new Error(`unknown audit rule ${id}`);
    return rule;
}

;// CONCATENATED MODULE: ./src/audit/findings.ts

/**
 * Escapes control characters: messages quote repository content (image references, marker
 * comments), and one finding must stay one line in text output and logs.
 */
const oneLine = (text) => text.replace(/\p{Cc}/gu, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** Collects findings, filling severity and fix from the rule table. */
class FindingSink {
    /** Everything added, in order. */
    list = [];
    /** Records a finding of `rule` at `file:line`. */
    add(rule, file, line, message, opts = {}) {
        const r = ruleOf(rule);
        this.list.push({
            rule,
            severity: opts.severity ?? r.severity,
            file,
            line,
            message: oneLine(message),
            fix: opts.fix ?? r.fix
        });
    }
}
/** Counts findings by severity. */
function countFindings(findings, files) {
    const of = (s) => findings.filter(f => f.severity === s).length;
    return {
        findings: findings.length,
        error: of('error'),
        warning: of('warning'),
        note: of('note'),
        files
    };
}
const order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** File, then line, then rule: a stable order for golden files and diffs. */
function compareFindings(a, b) {
    if (a.file !== b.file)
        return order(a.file, b.file);
    return a.line - b.line || order(a.rule, b.rule) || order(a.message, b.message);
}

;// CONCATENATED MODULE: ./src/audit/nodes.ts
/**
 * Read-only navigation of `yaml` document nodes. The audit never converts documents to plain
 * objects: nodes keep their source ranges, which give exact lines, and unresolved aliases
 * cannot blow up (`toJS` would expand them).
 */


/** The pair of `key` in a block or flow mapping, when `node` is a mapping that has it. */
function pairOf(node, key) {
    if (!(0,dist.isMap)(node))
        return undefined;
    return node.items.find(p => (0,dist.isScalar)(p.key) && p.key.value === key);
}
/** The value node under `keys`, one mapping level per key. */
function childAt(node, ...keys) {
    let at = node;
    for (const key of keys) {
        at = pairOf(at, key)?.value;
        if (at === undefined || at === null)
            return undefined;
    }
    return at;
}
/** The node as a mapping, or `undefined`. */
function asMap(node) {
    return isMap(node) ? node : undefined;
}
/** The items of a sequence node; `[]` for anything else. */
function itemsOf(node) {
    return (0,dist.isSeq)(node) ? node.items : [];
}
/**
 * The text of a scalar as written: plain scalars keep their source (so tag `1.20` stays
 * `1.20`, not the number 1.2), quoted ones are decoded. `undefined` for null and non-scalars.
 */
function textOf(node) {
    return (0,dist.isScalar)(node) ? scalarText(node) : undefined;
}
/** The string under `keys`, see {@link textOf}. */
function textAt(node, ...keys) {
    return textOf(childAt(node, ...keys));
}
/** Turns node offsets into 1-based lines of one file. */
class LineMap {
    counter;
    constructor(counter) {
        this.counter = counter;
    }
    /** Line of a node's first character; for a pair, of its key. `fallback` when unknown. */
    of(node, fallback = 1) {
        const target = (0,dist.isPair)(node) ? node.key : node;
        const range = target?.range;
        if (!range)
            return fallback;
        return this.at(range[0]);
    }
    /** Line of an offset. */
    at(offset) {
        return Math.max(1, this.counter.linePos(offset).line);
    }
}

;// CONCATENATED MODULE: ./src/audit/flux-objects.ts
/**
 * Per-file facts about Flux image automation: ImagePolicies, `$imagepolicy` markers and
 * ImageUpdateAutomations. Rules that relate them across files run later, in
 * `flux-rules.ts`, once every file has been read.
 */



const IMAGE_GROUP = 'image.toolkit.fluxcd.io/';
/** Whether a document is an image.toolkit.fluxcd.io object of `kind`. */
function isFluxImageKind(h, kind) {
    return h.kind === kind && h.apiVersion.startsWith(IMAGE_GROUP);
}
/** Reads an ImagePolicy document. */
function policyFact(doc, source, file, lines) {
    const root = doc.contents;
    const namePair = pairOf(childAt(root, 'metadata'), 'name');
    const policy = childAt(root, 'spec', 'policy');
    const kindPair = ['semver', 'alphabetical', 'numerical']
        .map(k => pairOf(policy, k))
        .find(p => p !== undefined);
    const fact = {
        file,
        name: textOf(namePair?.value) ?? '(unnamed)',
        line: lines.of(namePair ?? root),
        text: source.slice(doc.range[0], doc.range[2]),
        kindLine: lines.of(kindPair ?? pairOf(root, 'spec') ?? root)
    };
    const namespace = textAt(root, 'metadata', 'namespace');
    if (namespace)
        fact.namespace = namespace;
    const range = childAt(policy, 'semver', 'range');
    const rangeText = textOf(range);
    if (rangeText !== undefined)
        fact.range = { value: rangeText, line: lines.of(range) };
    const pattern = childAt(root, 'spec', 'filterTags', 'pattern');
    const patternText = textOf(pattern);
    if (patternText !== undefined)
        fact.pattern = { value: patternText, line: lines.of(pattern) };
    return fact;
}
/** Normalises `spec.update.path` to a `/`-separated prefix; `''` for the root. */
function updatePathOf(raw) {
    if (raw === undefined)
        return '';
    const parts = [];
    for (const seg of raw.replace(/\\/g, '/').split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..')
            parts.pop();
        else
            parts.push(seg);
    }
    return parts.join('/');
}
/** Reads an ImageUpdateAutomation document. */
function automationFact(root, h, file, lines) {
    const git = pairOf(childAt(root, 'spec'), 'git');
    const push = pairOf(git?.value, 'push');
    const fact = {
        file,
        id: h.id,
        line: lines.of(push ?? git ?? pairOf(childAt(root, 'metadata'), 'name') ?? root),
        updatePath: updatePathOf(textAt(root, 'spec', 'update', 'path'))
    };
    const checkout = textAt(git?.value, 'checkout', 'ref', 'branch');
    if (checkout)
        fact.checkoutBranch = checkout;
    const branch = textAt(push?.value, 'branch');
    if (branch)
        fact.pushBranch = branch;
    const refspec = textAt(push?.value, 'refspec');
    if (refspec)
        fact.refspec = refspec;
    return fact;
}
// Only a line comment right after the scalar is a setter, as Flux (kyaml) reads it.
const flux_objects_LINE_COMMENT = /[ \t]+#([^\r\n]*)/y;
/** The `$imagepolicy` setter in a line comment's text, if the comment is a setter. */
function setterIn(comment) {
    let parsed;
    try {
        parsed = JSON.parse(comment.replace(/^#*/, ''));
    }
    catch {
        return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return undefined;
    const setter = parsed['$imagepolicy'];
    return typeof setter === 'string' && setter !== '' ? setter : undefined;
}
/** Every `$imagepolicy` marker in a document. Cheap for files without the token. */
function markerFacts(doc, source, file, lines, protectedBy) {
    if (!source.includes(MARKER_TOKEN))
        return [];
    const found = [];
    (0,dist.visit)(doc, {
        Scalar(key, node) {
            if (key === 'key' || !(0,dist.isScalar)(node) || !node.range)
                return;
            flux_objects_LINE_COMMENT.lastIndex = node.range[1];
            const comment = flux_objects_LINE_COMMENT.exec(source)?.[1];
            const setter = comment === undefined ? undefined : setterIn(comment);
            if (setter === undefined)
                return;
            found.push({ file, line: lines.of(node), setter, ...(protectedBy ? { protectedBy } : {}) });
        }
    });
    return found;
}

;// CONCATENATED MODULE: ./src/policy/go-expand.ts
/**
 * Go's `Regexp.ExpandString` template language, which Flux applies to every tag that
 * matches `filterTags.pattern` when `filterTags.extract` is set.
 */
const NAME_CHAR = /[\p{L}\p{Nd}_]/u;
/** Go's `extract`: the name after a `$` (at `pos`), or undefined when malformed. */
function extractName(t, pos) {
    const brace = t[pos] === '{';
    let i = brace ? pos + 1 : pos;
    // unicode.IsLetter / IsDigit / '_', taken as long as possible: `$1x` names group "1x".
    for (const ch of t.slice(i)) {
        if (!NAME_CHAR.test(ch))
            break;
        i += ch.length;
    }
    const name = t.slice(brace ? pos + 1 : pos, i);
    if (name === '')
        return undefined;
    if (brace) {
        if (t[i] !== '}')
            return undefined;
        i++;
    }
    return { name, end: i };
}
/** Go's number rule for a name: ASCII digits, no leading zero, counting stops at 1e8. */
function groupNumber(name) {
    let num = 0;
    for (const c of name) {
        if (c < '0' || c > '9' || num >= 1e8)
            return -1;
        num = num * 10 + Number(c);
    }
    // `$01` is not group 1: Go then looks for a group *named* "01".
    return name[0] === '0' && name.length > 1 ? -1 : num;
}
/**
 * Expands `template` like Go's `re.ExpandString(nil, template, src, match)`:
 * `$$` is a literal `$`; `$name` / `${name}` insert a group by number or name (the first
 * group of that name that took part); unknown or unmatched groups insert nothing; and a
 * `$` not followed by a valid name (`$-`, `${x`, trailing `$`) is copied as is.
 *
 * @param match groups as from `RegExp.exec`: `undefined` marks a group that did not match.
 * @param groupNames Go's `SubexpNames()` for the pattern (see `GoRegexp.groupNames`).
 */
function expandGoTemplate(template, match, groupNames) {
    let out = '';
    let pos = 0;
    for (let dollar = template.indexOf('$'); dollar >= 0; dollar = template.indexOf('$', pos)) {
        out += template.slice(pos, dollar);
        pos = dollar + 1;
        if (template[pos] === '$') {
            out += '$';
            pos++;
            continue;
        }
        const ref = extractName(template, pos);
        if (!ref) {
            out += '$';
            continue;
        }
        pos = ref.end;
        const num = groupNumber(ref.name);
        const index = num >= 0 ? num : groupNames.findIndex((n, i) => n === ref.name && match[i] !== undefined);
        out += (index >= 0 && index < match.length ? match[index] : undefined) ?? '';
    }
    return out + template.slice(pos);
}

;// CONCATENATED MODULE: ./src/policy/filter.ts
/**
 * Flux's `RegexFilter` (image-reflector-controller `internal/policy/filter.go`) plus the
 * ordering Flux feeds tags to it in, and a hint for filters that match nothing.
 */

/**
 * Go's `strings.Compare` (byte order of UTF-8), which for strings equals code point
 * order. UTF-16 order differs only where a surrogate meets U+E000..U+FFFF.
 */
function compareBytes(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        const xs = x >= 0xd800 && x <= 0xdfff;
        const ys = y >= 0xd800 && y <= 0xdfff;
        // A surrogate encodes a code point above U+FFFF, which sorts after every BMP unit.
        if (xs !== ys)
            return xs ? 1 : -1;
        return x < y ? -1 : 1;
    }
    return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
/** Sorts strings into descending byte order, in place. */
function sortDescending(list) {
    // Without surrogates UTF-16 order is byte order, and the default sort is much faster.
    if (!list.some(s => /[\ud800-\udfff]/.test(s)))
        return list.sort().reverse();
    return list.sort((a, b) => compareBytes(b, a));
}
/**
 * Unique tags in the order Flux's policies see them without a filter: the
 * ImageRepository scan sorts the tag list in place, descending, before storing it
 * (`sortTagsAndGetLatestTags`), and the ImagePolicy reads it back in that order.
 */
function fluxTagOrder(tags) {
    return sortDescending([...new Set(tags)]);
}
/**
 * Flux's `RegexFilter.Apply` over tags in Flux's order: a tag is kept when the pattern
 * matches anywhere in it (`FindStringSubmatchIndex`); with `extract` the kept key is the
 * expansion, and a later tag with the same key replaces the earlier one in Flux's map.
 */
function applyFilter(ordered, re, extract) {
    const byValue = new Map();
    const unmatched = [];
    const superseded = new Map();
    for (const tag of ordered) {
        // A plain test is much cheaper than finding the groups, and most tags do not match.
        const m = re.test(tag) && (extract === '' ? [tag] : re.findSubmatch(tag));
        if (!m) {
            unmatched.push(tag);
            continue;
        }
        // Flux only expands when extract is non-empty; an empty template keeps the tag.
        const value = extract === '' ? tag : expandGoTemplate(extract, m, re.groupNames);
        const previous = byValue.get(value);
        if (previous !== undefined)
            superseded.set(previous, value);
        byValue.set(value, tag);
    }
    return { byValue, unmatched, superseded };
}
/**
 * The literal text a pattern starts with (after `^` / `\A`), up to its first
 * metacharacter; a character made optional by a following quantifier is dropped.
 */
function literalPrefix(pattern) {
    let i = pattern.startsWith('^') ? 1 : pattern.startsWith('\\A') ? 2 : 0;
    let out = '';
    while (i < pattern.length) {
        let ch = pattern[i];
        let width = 1;
        if (ch === '\\') {
            const next = pattern[i + 1];
            if (next === undefined || /[0-9A-Za-z]/.test(next))
                break;
            ch = next;
            width = 2;
        }
        else if ('.+*?()[]{}|^$'.includes(ch))
            break;
        const after = pattern[i + width];
        if (after === '*' || after === '?' || after === '{')
            break;
        out += ch;
        i += width;
        if (after === '+')
            break;
    }
    return out;
}
function commonPrefixLength(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n])
        n++;
    return n;
}
/**
 * The tag sharing the longest prefix with the pattern's literal prefix (byte-wise
 * smallest on ties), or undefined when no tag shares even one character.
 */
function closestTag(tags, pattern) {
    const prefix = literalPrefix(pattern);
    let best;
    let bestLength = 0;
    for (const tag of tags) {
        const n = commonPrefixLength(prefix, tag);
        if (n > bestLength ||
            (n === bestLength && n > 0 && best !== undefined && compareBytes(tag, best) < 0)) {
            best = tag;
            bestLength = n;
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./src/policy/go-regexp.ts
/**
 * Go `regexp.Compile` patterns (RE2 syntax, Perl flags), evaluated by re2js, a port of
 * RE2/J and so of Go's own engine: the same syntax, the same leftmost-first matches, and
 * time linear in the tag's length whatever the pattern. Flux evaluates
 * `filterTags.pattern` this way; a backtracking JavaScript RegExp would not.
 */


/** Longest part of a pattern an error message repeats. */
const go_regexp_MAX_ECHO = 100;
/** A pattern Go's `regexp.Compile` rejects. */
class InvalidPatternError extends errors/* PromoteError */.jG {
    /** The Go pattern as given. */
    pattern;
    /** Go's description of the problem, e.g. `missing closing )`. */
    problem;
    constructor(pattern, problem, construct) {
        const at = construct ? `: \`${printable(construct)}\`` : '';
        super(`invalid Go regexp \`${printable(pattern)}\`: ${problem}${at}`);
        this.pattern = pattern;
        this.problem = problem;
    }
}
/** One line whatever the pattern holds: control characters as `\xNN`, long text cut. */
function printable(s) {
    const hex = (n) => `\\x${n.toString(16).padStart(2, '0')}`;
    const chars = [...s];
    const cut = chars.length > go_regexp_MAX_ECHO ? [...chars.slice(0, go_regexp_MAX_ECHO), '…'] : chars;
    return cut.map(c => (c < ' ' || c === '\x7f' ? hex(c.charCodeAt(0)) : c)).join('');
}
const DUPLICATE_NAME = 'duplicate capture group name';
const RENAMED = '__dp';
const QUOTED = /\\Q[^]*?(?:\\E|$)/y;
const POSIX_CLASS = /\[:\^?[a-z]+:\]/y;
const NAMED_GROUP = /\(\?P?<[A-Za-z0-9_]+>/y;
const CLASS_START = /\[\^?\]?/y;
/**
 * Renames every named group to a unique name, remembering the original, because Go
 * accepts repeated names (`(?P<v>a)|(?P<v>b)`) and RE2/J does not. Escapes, `\Q…\E`
 * and character classes are skipped so that only real group openers are touched.
 */
function uniqueGroupNames(pattern) {
    const original = new Map();
    const at = (re, i) => {
        re.lastIndex = i;
        return re.exec(pattern)?.[0];
    };
    let out = '';
    let inClass = false;
    for (let i = 0; i < pattern.length;) {
        let token;
        const quoted = inClass ? undefined : at(QUOTED, i);
        const posix = inClass ? at(POSIX_CLASS, i) : undefined;
        const opener = inClass ? undefined : at(NAMED_GROUP, i);
        const classStart = inClass ? undefined : at(CLASS_START, i);
        if (quoted)
            token = quoted;
        else if (pattern[i] === '\\')
            token = pattern.slice(i, i + 2);
        else if (posix)
            token = posix;
        else if (opener) {
            const renamed = `${RENAMED}${original.size}`;
            const name = opener.slice(opener.indexOf('<') + 1, -1);
            original.set(renamed, name);
            out += `${opener.slice(0, opener.indexOf('<') + 1)}${renamed}>`;
            i += opener.length;
            continue;
        }
        else if (classStart) {
            inClass = true;
            token = classStart;
        }
        else {
            if (inClass && pattern[i] === ']')
                inClass = false;
            token = pattern[i];
        }
        out += token;
        i += token.length;
    }
    return { pattern: out, original };
}
function compileRaw(pattern) {
    try {
        return build/* RE2JS */.L3.compile(pattern);
    }
    catch (err) {
        if (err instanceof build/* RE2JSSyntaxException */.pB)
            throw new InvalidPatternError(pattern, err.getDescription(), err.getPattern());
        throw err;
    }
}
function compileWithRepeatedNames(pattern) {
    try {
        return { re: compileRaw(pattern), names: new Map() };
    }
    catch (err) {
        if (!(err instanceof InvalidPatternError) || err.problem !== DUPLICATE_NAME)
            throw err;
        const renamed = uniqueGroupNames(pattern);
        try {
            return { re: compileRaw(renamed.pattern), names: renamed.original };
        }
        catch {
            throw err;
        }
    }
}
/**
 * Compiles a Go RE2 pattern as Go's `regexp.Compile` does. Like Go's `MatchString`,
 * the result is unanchored unless the pattern anchors.
 *
 * @throws InvalidPatternError with Go's description of what is wrong.
 */
function compileGoRegexp(pattern) {
    const { re, names } = compileWithRepeatedNames(pattern);
    const groupNames = Array.from({ length: re.groupCount() + 1 }, () => '');
    for (const [name, index] of Object.entries(re.namedGroups()))
        groupNames[index] = names.get(name) ?? name;
    return {
        source: pattern,
        groupNames,
        test: s => re.test(s),
        findSubmatch: s => {
            const m = re.exec(s);
            return m ? [...m] : null;
        }
    };
}

;// CONCATENATED MODULE: ./src/policy/masterminds.ts
/**
 * Versions the way Flux's semver policy reads them: `fluxcd/pkg/version.ParseVersion`
 * on top of Masterminds/semver v3 (`NewVersion` with its default `CoerceNewVersion`).
 *
 * node-semver is not used on purpose: it rejects `v01.2.3`, accepts `1.2` only when
 * coercing, and orders pre-release identifiers beyond uint64 differently.
 */
const UINT64_MAX = (1n << 64n) - 1n;
// Masterminds' looseSemVerRegex, anchored like its init() does. Leading zeros are
// allowed because CoerceNewVersion is true by default (calver tags such as v2025.02.03).
const LOOSE = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
function parseUint64(digits) {
    const n = BigInt(digits);
    // strconv.ParseUint fails past uint64, which makes the whole version invalid.
    return n > UINT64_MAX ? undefined : n;
}
function validPrerelease(pre) {
    // validatePrerelease: no empty identifiers, and numeric identifiers carry no leading zero.
    return pre
        .split('.')
        .every(p => p !== '' && !(/^[0-9]+$/.test(p) && p.length > 1 && p[0] === '0'));
}
/**
 * Masterminds `NewVersion` (coercing mode): `v1`, `1.2`, `01.02.03` are accepted and
 * filled up to three segments. Returns `undefined` where Masterminds returns an error.
 */
function newVersion(v) {
    const m = LOOSE.exec(v);
    if (!m)
        return undefined;
    const major = parseUint64(m[1]);
    const minor = m[2] ? parseUint64(m[2].slice(1)) : 0n;
    const patch = m[3] ? parseUint64(m[3].slice(1)) : 0n;
    if (major === undefined || minor === undefined || patch === undefined)
        return undefined;
    const pre = m[5] ?? '';
    // validateMetadata adds nothing to the regex: it already forbids empty identifiers.
    if (pre !== '' && !validPrerelease(pre))
        return undefined;
    return { major, minor, patch, pre, metadata: m[8] ?? '', original: v };
}
/**
 * `fluxcd/pkg/version.ParseVersion`: Flux first demands at least two dots
 * (`strings.SplitN(v, ".", 3)` must yield three parts), so `1.2` and `v1` are not
 * versions for an ImagePolicy even though Masterminds alone would coerce them.
 */
function parseFluxVersion(v) {
    const firstDot = v.indexOf('.');
    if (firstDot < 0 || v.indexOf('.', firstDot + 1) < 0)
        return undefined;
    return newVersion(v);
}
function compareSegment(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function isUint64(s) {
    return /^[0-9]+$/.test(s) && BigInt(s) <= UINT64_MAX;
}
function comparePrePart(s, o) {
    if (s === o)
        return 0;
    // A missing identifier sorts first: rc < rc.1 (comparePrePart's empty-string branches).
    if (s === '')
        return -1;
    if (o === '')
        return 1;
    const sNum = isUint64(s);
    const oNum = isUint64(o);
    // Masterminds treats an identifier as numeric only when ParseUint succeeds, so a
    // numeric identifier beyond uint64 compares as text.
    if (!sNum && !oNum)
        return s > o ? 1 : -1;
    if (!oNum)
        return -1;
    if (!sNum)
        return 1;
    return BigInt(s) > BigInt(o) ? 1 : -1;
}
/** Masterminds `comparePrerelease`: dot-separated identifiers, numeric ones as uint64. */
function comparePrerelease(a, b) {
    const as = a.split('.');
    const bs = b.split('.');
    const n = Math.max(as.length, bs.length);
    for (let i = 0; i < n; i++) {
        const d = comparePrePart(as[i] ?? '', bs[i] ?? '');
        if (d !== 0)
            return d;
    }
    return 0;
}
/** Masterminds `Version.Compare`: -1, 0 or 1; build metadata never matters. */
function masterminds_compareVersions(a, b) {
    const d = compareSegment(a.major, b.major) ||
        compareSegment(a.minor, b.minor) ||
        compareSegment(a.patch, b.patch);
    if (d !== 0)
        return d;
    if (a.pre === '' && b.pre === '')
        return 0;
    if (a.pre === '')
        return 1;
    if (b.pre === '')
        return -1;
    return comparePrerelease(a.pre, b.pre);
}

;// CONCATENATED MODULE: ./src/policy/masterminds-constraint.ts
/**
 * Masterminds/semver v3 constraints (`NewConstraint` + `Constraints.Check`), which Flux's
 * semver policy uses for `spec.policy.semver.range`.
 *
 * node-semver disagrees in ways that change which tag wins: Masterminds lets a range
 * admit pre-releases of *any* version once one comparator in the AND group carries a
 * pre-release (node-semver only those of the same major.minor.patch), `^0.x` / `~1`
 * / `<=1.2` follow Masterminds' "dirty" rules, and `>= 1.2, < 2` style commas are AND.
 */

// Go's `\s` is ASCII [\t\n\f\r ] only; JavaScript's `\s` would also accept \v and
// Unicode spaces, so it is spelled out.
const WS = '[\\t\\n\\f\\r ]';
// Masterminds' operator alternation, including its empty alternative; JavaScript's
// backtracking tries alternatives in the same order as Go's leftmost-first engine.
const OPS = '=||!=|>|<|>=|=>|<=|=<|~|~>|\\^';
// cvRegex: the `|` inside the first classes is a literal bar in Masterminds too.
const CV = 'v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?' +
    '(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?' +
    '(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?';
const CONSTRAINT = new RegExp(`^${WS}*(${OPS})${WS}*(${CV})${WS}*$`);
const RANGE = new RegExp(`${WS}*(${CV})${WS}+-${WS}+(${CV})${WS}*`, 'g');
const FIND = new RegExp(`(${OPS})${WS}*(${CV})`, 'g');
// validConstraintRegex is `^(\s*OPS\s*CV\s*)((?:\s+|,\s*)OPS\s*CV\s*)*$`, with an
// empty alternative in OPS. Taken literally, JavaScript's backtracking explores every
// way to split whitespace between the adjacent \s* and \s+ (exponential on a failing
// range, where Go's RE2 is linear). This form accepts the same strings with one split.
const OPS_NONEMPTY = '!=|>=|=>|<=|=<|~>|=|>|<|~|\\^';
const VALID = new RegExp(`^${WS}*(?:(?:${OPS_NONEMPTY})${WS}*)?(?:${CV})` +
    `(?:(?:${WS}*,${WS}*|${WS}+)(?:(?:${OPS_NONEMPTY})${WS}*)?(?:${CV}))*${WS}*$`);
const isX = (s) => s === 'x' || s === 'X' || s === '*';
// Go's %q, close enough for the printable ASCII ranges people write.
const quote = (s) => JSON.stringify(s);
/** rewriteRange: `1.2 - 1.4.5` becomes `>= 1.2, <= 1.4.5 `, first textual occurrence each. */
function rewriteRange(c) {
    let out = c;
    for (const m of c.matchAll(RANGE)) {
        const replacement = `>= ${m[1]}, <= ${m[11]} `;
        out = out.replace(m[0], () => replacement);
    }
    return out;
}
function parseComparator(s) {
    const m = CONSTRAINT.exec(s);
    if (!m)
        return `improper constraint: ${quote(s)}`;
    const [, op = '', orig = '', major = '', minor = '', patch = '', pre = ''] = m;
    let ver = orig;
    let dirty = false;
    let minorDirty = false;
    let patchDirty = false;
    // Missing or wildcard segments make the comparator "dirty"; metadata is dropped then.
    if (isX(major) || major === '') {
        ver = `0.0.0${pre}`;
        dirty = true;
    }
    else if (isX(minor.slice(1)) || minor === '') {
        ver = `${major}.0.0${pre}`;
        dirty = minorDirty = true;
    }
    else if (isX(patch.slice(1)) || patch === '') {
        ver = `${major}${minor}.0${pre}`;
        dirty = patchDirty = true;
    }
    const con = newVersion(ver);
    // Masterminds reports this generic message, e.g. for `1x` or `v1.2.3-beta.01`.
    if (!con)
        return 'constraint parser error';
    return { op, con, orig, dirty, minorDirty, patchDirty };
}
/**
 * Masterminds `NewConstraint`. Returns the parsed range, or the error message
 * Masterminds would return (Flux then marks the ImagePolicy stalled).
 */
function parseConstraints(range) {
    const rewritten = rewriteRange(range);
    const groups = [];
    const containsPre = [];
    for (const part of rewritten.split('||')) {
        if (!VALID.test(part))
            return `improper constraint: ${quote(part)}`;
        const found = [...part.matchAll(FIND)].map(m => m[0]);
        const group = [];
        for (const s of found.length > 0 ? found : [part]) {
            const c = parseComparator(s);
            if (typeof c === 'string')
                return c;
            group.push(c);
        }
        groups.push(group);
        containsPre.push(group.some(c => c.con.pre !== ''));
    }
    return { source: range, groups, containsPre };
}
function notEqual(v, c) {
    if (c.dirty) {
        if (c.con.major !== v.major)
            return true;
        if (c.con.minor !== v.minor && !c.minorDirty)
            return true;
        if (c.minorDirty)
            return false;
        if (c.con.patch !== v.patch && !c.patchDirty)
            return true;
        if (c.patchDirty) {
            if (v.pre !== '' || c.con.pre !== '') {
                return comparePrerelease(v.pre, c.con.pre) !== 0;
            }
            return false;
        }
    }
    return masterminds_compareVersions(v, c.con) !== 0;
}
function greaterThan(v, c) {
    if (!c.dirty)
        return masterminds_compareVersions(v, c.con) === 1;
    if (v.major > c.con.major)
        return true;
    if (v.major < c.con.major)
        return false;
    // `>11` needs 12 or higher; `>11.1` needs 11.2 or higher.
    if (c.minorDirty)
        return false;
    if (c.patchDirty)
        return v.minor > c.con.minor;
    return masterminds_compareVersions(v, c.con) === 1;
}
function lessThanEqual(v, c) {
    if (!c.dirty)
        return masterminds_compareVersions(v, c.con) <= 0;
    if (v.major > c.con.major)
        return false;
    return !(v.major === c.con.major && v.minor > c.con.minor && !c.minorDirty);
}
function tilde(v, c) {
    if (masterminds_compareVersions(v, c.con) < 0)
        return false;
    // `~0.0.0` and `~*` accept everything (>= 0.0.0).
    const zero = c.con.major === 0n && c.con.minor === 0n && c.con.patch === 0n;
    if (zero && !c.minorDirty && !c.patchDirty)
        return true;
    if (v.major !== c.con.major)
        return false;
    return v.minor === c.con.minor || c.minorDirty;
}
function caret(v, c) {
    if (masterminds_compareVersions(v, c.con) < 0)
        return false;
    if (c.con.major > 0n || c.minorDirty)
        return v.major === c.con.major;
    if (v.major > 0n)
        return false;
    // ^0.y.z stays within 0.y; ^0.0.z is exactly 0.0.z (unless the patch is a wildcard).
    if (c.con.minor > 0n || c.patchDirty)
        return v.minor === c.con.minor;
    if (v.minor > 0n)
        return false;
    return v.patch === c.con.patch;
}
function masterminds_constraint_checkOne(v, c) {
    switch (c.op) {
        case '':
        case '=':
            return c.dirty ? tilde(v, c) : masterminds_compareVersions(v, c.con) === 0;
        case '!=':
            return notEqual(v, c);
        case '>':
            return greaterThan(v, c);
        case '<':
            return masterminds_compareVersions(v, c.con) < 0;
        case '>=':
        case '=>':
            return masterminds_compareVersions(v, c.con) >= 0;
        case '<=':
        case '=<':
            return lessThanEqual(v, c);
        case '~':
        case '~>':
            return tilde(v, c);
        default:
            return caret(v, c);
    }
}
/**
 * Masterminds `Constraints.Check` with `IncludePrerelease` unset, as Flux calls it: a
 * pre-release version only matches an OR group in which some comparator names a
 * pre-release (then it may match any version in that group's bounds).
 */
function satisfies(v, cs) {
    return cs.groups.some((group, i) => (v.pre === '' || cs.containsPre[i]) && group.every(c => masterminds_constraint_checkOne(v, c)));
}
/** True when no OR group of the range lets pre-releases through. */
function excludesPrereleases(cs) {
    return !cs.containsPre.some(Boolean);
}

;// CONCATENATED MODULE: ./src/policy/go-strconv.ts
/**
 * Go's `strconv.ParseFloat(s, 64)`, which Flux's numerical policy applies to every
 * considered tag. JavaScript's `Number()` is both looser (whitespace, `0b1`, `0o7`)
 * and stricter (`1_000`, `0x1p-2`, `inf`) than Go, so the grammar is checked here and
 * only the final decimal conversion is delegated to V8, which rounds correctly like Go.
 */
const SYNTAX = { ok: false, error: 'invalid syntax' };
const go_strconv_RANGE = { ok: false, error: 'value out of range' };
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
const isHex = (c) => c !== undefined && /^[0-9a-fA-F]$/.test(c);
/** strconv's `special`: signed inf/infinity and unsigned nan, any case, as a prefix. */
function special(s) {
    const sign = s[0] === '+' || s[0] === '-' ? 1 : 0;
    const rest = s.slice(sign).toLowerCase();
    if (rest.startsWith('infinity'))
        return { value: s[0] === '-' ? -Infinity : Infinity, n: sign + 8 };
    if (rest.startsWith('inf'))
        return { value: s[0] === '-' ? -Infinity : Infinity, n: sign + 3 };
    // Go only falls through to the infinity check after a sign, so "+nan" is a syntax error.
    if (sign === 0 && rest.startsWith('nan'))
        return { value: NaN, n: 3 };
    return undefined;
}
/** strconv's `underscoreOK`: `_` only between digits, or right after a base prefix. */
function underscoreOK(s) {
    let t = s[0] === '+' || s[0] === '-' ? s.slice(1) : s;
    let saw = '^';
    const hex = /^0[xX]/.test(t);
    if (/^0[bBoOxX]/.test(t)) {
        saw = '0';
        t = t.slice(2);
    }
    for (const c of t) {
        if (isDigit(c) || (hex && isHex(c)))
            saw = '0';
        else if (c === '_') {
            if (saw !== '0')
                return false;
            saw = '_';
        }
        else {
            if (saw === '_')
                return false;
            saw = '!';
        }
    }
    return saw !== '_';
}
/** strconv's `readFloat`: returns how far a well-formed number extends, or undefined. */
function readFloat(s) {
    let i = s[0] === '+' || s[0] === '-' ? 1 : 0;
    // The hex prefix needs a character after it, like Go's `i+2 < len(s)` check.
    const hex = i + 2 < s.length && s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X');
    if (hex)
        i += 2;
    let digits = '';
    let fraction = -1;
    let underscores = false;
    for (; i < s.length; i++) {
        const c = s[i];
        if (c === '_')
            underscores = true;
        else if (c === '.') {
            if (fraction >= 0)
                break;
            fraction = 0;
        }
        else if (isDigit(c) || (hex && isHex(c))) {
            digits += c;
            if (fraction >= 0)
                fraction++;
        }
        else
            break;
    }
    if (digits === '')
        return undefined;
    let exp = 0;
    if (s[i] === (hex ? 'p' : 'e') || s[i] === (hex ? 'P' : 'E')) {
        i++;
        const sign = s[i] === '-' ? -1 : 1;
        if (s[i] === '+' || s[i] === '-')
            i++;
        if (!isDigit(s[i]))
            return undefined;
        for (; i < s.length && (isDigit(s[i]) || s[i] === '_'); i++) {
            if (s[i] === '_')
                underscores = true;
            else if (exp < 10000)
                exp = exp * 10 + Number(s[i]);
        }
        exp *= sign;
    }
    else if (hex)
        return undefined; // a hex mantissa must have a p exponent
    if (underscores && !underscoreOK(s.slice(0, i)))
        return undefined;
    return { end: i, hex, digits, fraction: Math.max(fraction, 0), exp };
}
/** Exactly rounded (ties to even) value of mant × 2^e2, as Go's atofHex produces. */
function scaleBinary(mant, e2, negative) {
    const sign = negative ? -1 : 1;
    if (mant === 0n)
        return { ok: true, value: sign * 0 };
    const bits = mant.toString(2).length;
    // Unit in the last place of the result: 53 significant bits, but never below the
    // smallest subnormal.
    const q = Math.max(bits + e2 - 53, -1074);
    const shift = q - e2;
    let m;
    if (shift <= 0)
        m = mant << BigInt(-shift);
    else {
        m = mant >> BigInt(shift);
        const rem = mant & ((1n << BigInt(shift)) - 1n);
        const half = 1n << BigInt(shift - 1);
        if (rem > half || (rem === half && (m & 1n) === 1n))
            m += 1n;
    }
    const value = Number(m) * 2 ** q;
    return Number.isFinite(value) ? { ok: true, value: sign * value } : go_strconv_RANGE;
}
/** Go `strconv.ParseFloat(s, 64)`: the value, or the reason Go rejects `s`. */
function parseGoFloat(s) {
    const sp = special(s);
    if (sp)
        return sp.n === s.length ? { ok: true, value: sp.value } : SYNTAX;
    const scan = readFloat(s);
    if (!scan || scan.end !== s.length)
        return SYNTAX;
    if (scan.hex) {
        const e2 = scan.exp - 4 * scan.fraction;
        return scaleBinary(BigInt(`0x${scan.digits}`), e2, s[0] === '-');
    }
    const value = Number(s.replaceAll('_', ''));
    // Go reports overflow as ErrRange (with ±Inf), which Flux treats as a parse failure.
    return Number.isFinite(value) ? { ok: true, value } : go_strconv_RANGE;
}

;// CONCATENATED MODULE: ./src/policy/policies.ts
/**
 * The three Flux policers (image-reflector-controller `internal/policy`), each run over
 * values in the order Flux hands them over, with a verdict for every value.
 */




const rejected = (reason) => ({ verdict: 'rejected', reason });
const candidate = (reason) => ({ verdict: 'candidate', reason });
const selected = (reason) => ({ verdict: 'selected', reason });
function countsText(counts) {
    const parts = Object.entries(counts).filter(([, n]) => n > 0);
    return parts.map(([what, n]) => `${n} ${what}`).join(', ');
}
/**
 * Flux's `SemVer.Latest`: values that parse (Flux's `ParseVersion`) and satisfy the
 * range compete; a later value only wins when strictly greater, so among equal versions
 * (`1.0.0` / `v1.0.0` / `1.0.0+b`) the first one scanned stays.
 */
function semverPolicy(values, cs) {
    const verdicts = new Map();
    const inRange = [];
    const counts = { 'not semver': 0, 'out of range': 0, 'pre-release excluded by range': 0 };
    let best;
    const reject = (value, why) => {
        counts[why]++;
        verdicts.set(value, rejected(why === 'out of range' ? `out of range ${cs.source}` : why));
    };
    for (const value of values) {
        const v = parseFluxVersion(value);
        if (!v) {
            reject(value, 'not semver');
            continue;
        }
        if (!satisfies(v, cs)) {
            const pre = v.pre !== '' && excludesPrereleases(cs);
            reject(value, pre ? 'pre-release excluded by range' : 'out of range');
            continue;
        }
        inRange.push([value, v]);
        if (!best || masterminds_compareVersions(v, best[1]) > 0)
            best = [value, v];
    }
    if (!best) {
        const failure = `no tag satisfies semver range ${cs.source} among ${values.length} tags (${countsText(counts)})`;
        return { verdicts, failure, ties: [] };
    }
    const [winner, top] = best;
    const ties = [];
    for (const [value, v] of inRange) {
        if (value === winner)
            verdicts.set(value, selected(`highest version in range ${cs.source}`));
        else if (masterminds_compareVersions(v, top) === 0) {
            ties.push(value);
            verdicts.set(value, candidate(`same version as ${winner}, which Flux scans first and keeps`));
        }
        else
            verdicts.set(value, candidate(`lower than ${winner}`));
    }
    return { selected: winner, verdicts, ties };
}
/**
 * Flux's `Numerical.Latest`: every value must parse with Go's `strconv.ParseFloat`,
 * otherwise the whole policy fails (Flux returns an error, it does not skip the value).
 * A value replaces the current best unless it is strictly worse, so among equal
 * numbers the last one scanned wins.
 */
function numericalPolicy(values, order, describe) {
    const parsed = values.map(parseGoFloat);
    const bad = parsed.findIndex(r => !r.ok);
    if (bad >= 0) {
        const ok = parsed.map(r => r.ok);
        return numericFailure(values, ok, bad, describe);
    }
    const nums = parsed.map(r => (r.ok ? r.value : NaN));
    const asc = order === 'asc';
    let win = -1;
    let pv = 0;
    nums.forEach((cv, i) => {
        // Same comparisons as Flux, NaN included: NaN is never "worse", so it can win.
        if (i > 0 && ((asc && cv < pv) || (!asc && cv > pv)))
            return;
        win = i;
        pv = cv;
    });
    const winner = values[win];
    const verdicts = new Map();
    const ties = [];
    values.forEach((value, i) => {
        const cv = nums[i];
        if (i === win)
            verdicts.set(value, selected(asc ? 'highest number' : 'lowest number'));
        else if (cv === pv) {
            ties.push(value);
            verdicts.set(value, candidate(`same number as ${winner}, which Flux scans last and keeps`));
        }
        else if (Number.isNaN(cv) || Number.isNaN(pv)) {
            verdicts.set(value, candidate(`not comparable with ${winner} (NaN); Flux's scan order decided`));
        }
        else
            verdicts.set(value, candidate(`${cv < pv ? 'lower' : 'higher'} than ${winner}`));
    });
    return { selected: winner, verdicts, ties };
}
function numericFailure(values, ok, first, describe) {
    const verdicts = new Map();
    values.forEach((value, i) => {
        const v = ok[i]
            ? candidate('not compared: the numerical policy failed on a non-numeric tag')
            : rejected('not a number');
        verdicts.set(value, v);
    });
    const failure = `numerical policy failed: ${describe(values[first])} is not a number ` +
        '(Flux fails the whole policy when any considered tag is not numeric; narrow filterTags.pattern)';
    return { verdicts, failure, ties: [] };
}
/**
 * Flux's `Alphabetical.Latest`: byte-wise order; `asc` takes the last value (Z of A..Z),
 * `desc` the first. Values are distinct, so there are no ties.
 */
function alphabeticalPolicy(values, order) {
    const asc = order === 'asc';
    let winner = values[0];
    for (const v of values) {
        const d = compareBytes(v, winner);
        if (asc ? d > 0 : d < 0)
            winner = v;
    }
    const verdicts = new Map();
    for (const v of values) {
        if (v === winner)
            verdicts.set(v, selected(asc ? 'last in byte order' : 'first in byte order'));
        else
            verdicts.set(v, candidate(`sorts ${asc ? 'before' : 'after'} ${winner}`));
    }
    return { selected: winner, verdicts, ties: [] };
}

;// CONCATENATED MODULE: ./src/policy/select.ts
/**
 * Picks the tag a Flux ImagePolicy would pick (image-reflector-controller
 * `applyPolicy`): optional `filterTags`, then exactly one of the semver, numerical or
 * alphabetical policies, with a verdict for every tag explaining the outcome.
 */





/** The ImagePolicy spec is invalid; Flux would mark the ImagePolicy stalled. */
class InvalidPolicyError extends errors/* PromoteError */.jG {
}
// Flux's PolicerFromSpec checks semver, then alphabetical, then numerical.
const KINDS = ['semver', 'alphabetical', 'numerical'];
function policyKind(policy) {
    const set = KINDS.filter(k => policy[k] !== undefined && policy[k] !== null);
    if (set.length === 0) {
        throw new InvalidPolicyError('policy sets none of semver, numerical, alphabetical; set exactly one');
    }
    if (set.length > 1) {
        const which = set.join(' and ');
        throw new InvalidPolicyError(`policy sets ${which}; set exactly one (Flux would silently use ${set[0]})`);
    }
    return set[0];
}
function compile(policy) {
    const kind = policyKind(policy);
    let order = 'asc';
    let constraints;
    if (kind === 'semver') {
        const range = policy.semver?.range;
        if (typeof range !== 'string') {
            throw new InvalidPolicyError('policy.semver.range must be a string');
        }
        const parsed = parseConstraints(range);
        if (typeof parsed === 'string') {
            throw new InvalidPolicyError(`invalid policy.semver.range '${range}': ${parsed}`);
        }
        constraints = parsed;
    }
    else {
        const given = policy[kind]?.order;
        if (given !== undefined && given !== 'asc' && given !== 'desc') {
            throw new InvalidPolicyError(`policy.${kind}.order must be asc or desc, got ${JSON.stringify(given)}`);
        }
        order = given ?? 'asc';
    }
    const ft = policy.filterTags;
    // Flux filters whenever filterTags is present, even with an empty pattern.
    const filter = ft
        ? {
            re: compileGoRegexp(ft.pattern ?? ''),
            pattern: ft.pattern ?? '',
            extract: ft.extract ?? ''
        }
        : undefined;
    return { kind, order, constraints, filter };
}
function run(c, values, byValue) {
    const describe = (v) => {
        const tag = byValue?.get(v);
        return tag !== undefined && tag !== v ? `'${v}' (tag ${tag})` : `'${v}'`;
    };
    if (c.kind === 'semver')
        return semverPolicy(values, c.constraints);
    if (c.kind === 'numerical')
        return numericalPolicy(values, c.order, describe);
    return alphabeticalPolicy(values, c.order);
}
function tagVerdicts(tags, f, out) {
    const unmatched = new Set(f?.unmatched);
    const valueOf = new Map();
    for (const [value, tag] of f?.byValue ?? [])
        valueOf.set(tag, value);
    return tags.map((tag) => {
        if (unmatched.has(tag))
            return { tag, verdict: 'rejected', reason: 'filtered out by pattern' };
        const lost = f?.superseded.get(tag);
        if (lost !== undefined) {
            const keeper = f.byValue.get(lost);
            const reason = `extracts the same value as ${keeper}, which Flux keeps`;
            return { tag, verdict: 'rejected', reason, value: lost };
        }
        const value = valueOf.get(tag) ?? tag;
        const v = out.verdicts.get(value);
        return value === tag ? { tag, ...v } : { tag, ...v, value };
    });
}
/**
 * Selects the tag Flux's image-reflector-controller would select from `tags` for
 * `policy`, evaluating tags in the order Flux stores them (descending byte order).
 *
 * @throws InvalidPolicyError for a spec Flux would refuse (no or several policy kinds,
 *   bad order, unparsable semver range).
 * @throws InvalidPatternError for a filter pattern Go rejects.
 */
function selectTag(tags, policy, opts = {}) {
    const explain = opts.explain ?? true;
    const c = compile(policy);
    const distinct = [...new Set(tags)];
    if (distinct.length === 0)
        return { considered: 0, verdicts: [], reason: 'no tags to choose from' };
    const ordered = fluxTagOrder(distinct);
    const f = c.filter ? applyFilter(ordered, c.filter.re, c.filter.extract) : undefined;
    // Flux feeds filtered values in Go map order (random); descending byte order keeps
    // this deterministic and matches what Flux does without a filter.
    const values = f ? sortDescending([...f.byValue.keys()]) : ordered;
    if (c.filter && values.length === 0) {
        const closest = closestTag(distinct, c.filter.pattern);
        const hint = closest === undefined ? '' : `; closest: ${closest}`;
        const reason = `no tag matched the filter ${c.filter.pattern} among ${distinct.length} tags${hint}`;
        const verdicts = distinct.map(tag => ({
            tag,
            verdict: 'rejected',
            reason: 'filtered out by pattern'
        }));
        return { considered: 0, verdicts, reason };
    }
    const out = run(c, values, f?.byValue);
    const selection = {
        considered: values.length,
        // Per-tag verdicts cost as much as the selection itself on large repositories; skip them
        // unless someone will read them.
        verdicts: explain ? tagVerdicts(distinct, f, out) : []
    };
    if (out.selected === undefined)
        selection.reason = out.failure;
    else
        selection.tag = f ? f.byValue.get(out.selected) : out.selected;
    if (f && out.selected !== undefined && out.ties.length > 0) {
        const tied = [out.selected, ...out.ties].map(v => f.byValue.get(v) ?? v);
        selection.warning =
            `tags ${tied.join(', ')} tie; Flux scans filtered values in Go map order, ` +
                `so it may pick any of them (this tool picks ${tied[0]})`;
    }
    return selection;
}

;// CONCATENATED MODULE: ./src/policy/imagepolicy.ts
/**
 * Reads a Flux `ImagePolicy` manifest (`image.toolkit.fluxcd.io/v1` or `v1beta2`, which
 * share the same spec) into an {@link ImagePolicySpec} that {@link selectTag} evaluates.
 */


const GROUP = 'image.toolkit.fluxcd.io/';
const VERSIONS = ['v1', 'v1beta2'];
// Fields of ImagePolicySpec in the v1 and v1beta2 CRDs; anything else is a typo the API
// server would refuse under strict field validation.
const SPEC_FIELDS = [
    'imageRepositoryRef',
    'policy',
    'filterTags',
    'digestReflectionPolicy',
    'interval',
    'suspend'
];
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function imagepolicy_fail(where, problem) {
    throw new InvalidPolicyError(`${where}: ${problem}`);
}
function object(v, where, field, allowed) {
    if (!isObj(v))
        imagepolicy_fail(where, `${field} must be a mapping`);
    const unknown = Object.keys(v).filter(k => !allowed.includes(k));
    if (unknown.length > 0)
        imagepolicy_fail(where, `${field} has unknown field ${unknown.join(', ')}`);
    return v;
}
function str(v, where, field, required) {
    if (v === undefined || v === null)
        return required ? imagepolicy_fail(where, `${field} is required`) : undefined;
    return typeof v === 'string' ? v : imagepolicy_fail(where, `${field} must be a string`);
}
function imagepolicy_order(v, where, field) {
    const o = object(v ?? {}, where, field, ['order']);
    // The CRD enum is lower-case and defaults to asc; the controller never sees others.
    if (o.order === undefined)
        return { order: 'asc' };
    if (o.order === 'asc' || o.order === 'desc')
        return { order: o.order };
    return imagepolicy_fail(where, `${field}.order must be asc or desc, got ${JSON.stringify(o.order)}`);
}
function policyChoice(spec, where) {
    const p = object(spec.policy, where, 'spec.policy', ['semver', 'numerical', 'alphabetical']);
    // `numerical:` with nothing after it is YAML null, which Kubernetes drops entirely.
    const set = Object.keys(p).filter(k => p[k] !== null);
    const empty = Object.keys(p).filter(k => p[k] === null);
    if (set.length === 0) {
        const hint = empty.length > 0 ? ` (${empty[0]} is empty; write ${empty[0]}: {} for defaults)` : '';
        imagepolicy_fail(where, `spec.policy sets no policy; set exactly one of semver, numerical, alphabetical${hint}`);
    }
    if (set.length > 1) {
        // Flux's PolicerFromSpec would quietly prefer semver, then alphabetical.
        const used = ['semver', 'alphabetical', 'numerical'].find(k => set.includes(k));
        imagepolicy_fail(where, `spec.policy sets ${set.join(' and ')}; set exactly one (Flux would silently use ${used})`);
    }
    const kind = set[0];
    if (kind === 'semver') {
        const s = object(p.semver, where, 'spec.policy.semver', ['range']);
        return { semver: { range: str(s.range, where, 'spec.policy.semver.range', true) } };
    }
    if (kind === 'numerical')
        return { numerical: imagepolicy_order(p.numerical, where, 'spec.policy.numerical') };
    return { alphabetical: imagepolicy_order(p.alphabetical, where, 'spec.policy.alphabetical') };
}
function toPolicy(doc, apiVersion) {
    const meta = isObj(doc.metadata) ? doc.metadata : {};
    const name = str(meta.name, 'ImagePolicy', 'metadata.name', true);
    const where = `ImagePolicy ${name}`;
    if (!VERSIONS.includes(apiVersion.slice(GROUP.length))) {
        imagepolicy_fail(where, `apiVersion ${apiVersion} is not supported (use ${GROUP}v1 or ${GROUP}v1beta2)`);
    }
    const spec = object(doc.spec, where, 'spec', SPEC_FIELDS);
    const ref = object(spec.imageRepositoryRef, where, 'spec.imageRepositoryRef', [
        'name',
        'namespace'
    ]);
    const result = {
        apiVersion,
        name,
        imageRepositoryRef: { name: str(ref.name, where, 'spec.imageRepositoryRef.name', true) },
        ...policyChoice(spec, where)
    };
    const namespace = str(meta.namespace, where, 'metadata.namespace', false);
    if (namespace !== undefined)
        result.namespace = namespace;
    const refNamespace = str(ref.namespace, where, 'spec.imageRepositoryRef.namespace', false);
    if (refNamespace !== undefined)
        result.imageRepositoryRef.namespace = refNamespace;
    if (spec.filterTags !== undefined && spec.filterTags !== null) {
        const ft = object(spec.filterTags, where, 'spec.filterTags', ['pattern', 'extract']);
        const pattern = str(ft.pattern, where, 'spec.filterTags.pattern', false);
        const extract = str(ft.extract, where, 'spec.filterTags.extract', false);
        result.filterTags = {
            ...(pattern !== undefined && { pattern }),
            ...(extract !== undefined && { extract })
        };
    }
    try {
        // Compiles the range and pattern now, so a bad spec fails at parse time.
        selectTag([], result);
    }
    catch (err) {
        if (err instanceof InvalidPolicyError)
            imagepolicy_fail(where, err.message);
        throw err;
    }
    return result;
}
/**
 * Parses the ImagePolicy in a (possibly multi-document) YAML file. Other kinds are
 * skipped; with several ImagePolicies, `name` picks one.
 *
 * @throws InvalidPolicyError with a one-line message for unreadable YAML, a missing or
 *   ambiguous ImagePolicy, or a spec Flux would refuse; InvalidPatternError for a
 *   filter pattern Go rejects.
 */
function parseImagePolicyYaml(text, name) {
    const docs = (0,dist.parseAllDocuments)(text);
    const list = Array.isArray(docs) ? docs : [];
    const broken = list.find(d => d.errors.length > 0);
    if (broken) {
        const first = broken.errors[0].message.split('\n')[0];
        throw new InvalidPolicyError(`invalid ImagePolicy YAML: ${first}`);
    }
    const found = list
        .map(d => d.toJS())
        .filter(isObj)
        .filter(d => d.kind === 'ImagePolicy' && typeof d.apiVersion === 'string')
        .filter(d => d.apiVersion.startsWith(GROUP));
    const named = (d) => isObj(d.metadata) ? d.metadata.name : undefined;
    const chosen = name === undefined ? found : found.filter(d => named(d) === name);
    if (chosen.length === 0) {
        const what = name === undefined ? 'no ImagePolicy' : `no ImagePolicy named ${name}`;
        throw new InvalidPolicyError(`${what} found in the YAML (expected kind ImagePolicy, apiVersion ${GROUP}v1)`);
    }
    if (chosen.length > 1) {
        const names = chosen.map(d => named(d) ?? '?').join(', ');
        throw new InvalidPolicyError(`found ${chosen.length} ImagePolicies (${names}); name the one to use`);
    }
    const doc = chosen[0];
    return toPolicy(doc, doc.apiVersion);
}

;// CONCATENATED MODULE: ./src/audit/policy-checks.ts
/**
 * Judgements on one ImagePolicy spec, evaluated with the same Masterminds and Go-regexp
 * semantics the promotion path uses (`src/policy/`), so audit and selection never disagree.
 */



// The largest version Masterminds accepts: a range admits it only if nothing bounds it above.
const HIGHEST = newVersion('18446744073709551615.18446744073709551615.18446744073709551615');
/** Whether a (valid) semver range admits every future version: `*`, `x`, `>=1.2`, `>1`... */
function isUnboundedRange(range) {
    const constraints = parseConstraints(range);
    if (typeof constraints === 'string' || HIGHEST === undefined)
        return false;
    return satisfies(HIGHEST, constraints);
}
/** Whether a (valid) semver range lets pre-releases through, i.e. names one. */
function admitsPrereleases(range) {
    const constraints = parseConstraints(range);
    return typeof constraints !== 'string' && !excludesPrereleases(constraints);
}
/**
 * Whether the policy would pick `latest` when the repository has that tag: run Flux's selection
 * on it (alphabetical picks it, a filter may or may not let it through; semver never does).
 */
function canSelectLatest(spec) {
    try {
        return selectTag(['latest'], spec).tag === 'latest';
    }
    catch {
        // A numerical policy that cannot parse the value fails instead of selecting it.
        return false;
    }
}
/** Index of every `|` outside groups and classes, with escapes honoured. */
function topLevelBars(pattern) {
    const bars = [];
    let depth = 0;
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\')
            i++;
        else if (inClass)
            inClass = c !== ']';
        else if (c === '[') {
            inClass = true;
            // `[]...]` and `[^]...]`: a leading `]` is literal in RE2.
            if (pattern[i + 1] === '^')
                i++;
            if (pattern[i + 1] === ']')
                i++;
        }
        else if (c === '(')
            depth++;
        else if (c === ')')
            depth = Math.max(0, depth - 1);
        else if (c === '|' && depth === 0)
            bars.push(i);
    }
    return bars;
}
/** Whether the character at `i` is escaped by an odd run of backslashes. */
function escaped(s, i) {
    let n = 0;
    for (let j = i - 1; j >= 0 && s[j] === '\\'; j--)
        n++;
    return n % 2 === 1;
}
function anchoredBranch(branch) {
    const starts = branch.startsWith('^') || branch.startsWith('\\A');
    const last = branch.length - 1;
    const ends = (branch.endsWith('$') && !escaped(branch, last)) ||
        (branch.endsWith('\\z') && !escaped(branch, last - 1));
    return starts && ends;
}
/**
 * Whether a Go pattern only matches whole tags: every top-level alternative starts with `^`
 * (or `\A`) and ends with an unescaped `$` (or `\z`). Leading flag groups such as `(?i)` are
 * skipped.
 */
function isAnchored(pattern) {
    const body = pattern.replace(/^(?:\(\?[a-zA-Z-]+\))+/, '');
    const cuts = [-1, ...topLevelBars(body), body.length];
    for (let i = 0; i + 1 < cuts.length; i++) {
        if (!anchoredBranch(body.slice(cuts[i] + 1, cuts[i + 1])))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/audit/flux-rules.ts
/**
 * Rules that relate Flux objects across files: DP004 to DP008 on ImagePolicies and their
 * markers, DP009 on ImageUpdateAutomations.
 */



const flux_rules_PARTS = new Set(['name', 'tag', 'digest']);
/** `<ns>:<name>` of a well-formed setter, else `undefined`. */
function policyKeyOf(setter) {
    const parts = setter.split(':');
    if (parts.length < 2 || parts.length > 3 || parts[0] === '' || parts[1] === '')
        return undefined;
    if (parts.length === 3 && !flux_rules_PARTS.has(parts[2]))
        return undefined;
    return { namespace: parts[0], name: parts[1] };
}
/**
 * The policies each marker can mean, and the markers of each policy. A policy without
 * `metadata.namespace` gets one when applied (kustomization `namespace:`, Flux
 * `targetNamespace`), which is not known here, so it matches a marker of any namespace.
 */
function linkMarkers(facts) {
    const byName = new Map();
    for (const p of facts.policies)
        byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
    const refs = new Map(facts.policies.map(p => [p, []]));
    const unresolved = [];
    for (const marker of facts.markers) {
        const key = policyKeyOf(marker.setter);
        const named = key ? (byName.get(key.name) ?? []) : [];
        const meant = named.filter(p => p.namespace === undefined || p.namespace === key?.namespace);
        for (const p of meant)
            refs.get(p)?.push(marker);
        if (meant.length === 0) {
            const elsewhere = named[0]?.namespace;
            const hint = elsewhere
                ? ` (an ImagePolicy ${named[0]?.name} is in namespace ${elsewhere})`
                : '';
            unresolved.push({ marker, hint });
        }
    }
    return { refs, unresolved };
}
/** Runs DP004 to DP009. */
function checkFlux(facts, ctx) {
    const { refs, unresolved } = linkMarkers(facts);
    for (const policy of facts.policies)
        checkPolicy(policy, refs.get(policy) ?? [], ctx.sink);
    for (const { marker, hint } of unresolved) {
        const key = policyKeyOf(marker.setter);
        const message = key
            ? `marker names ImagePolicy ${key.namespace}:${key.name}, which is not in the repository${hint}`
            : `marker '${marker.setter}' is not <namespace>:<name>[:name|tag|digest]`;
        ctx.sink.add('DP007', marker.file, marker.line, message);
    }
    for (const automation of facts.automations)
        checkAutomation(automation, ctx);
}
function describePolicy(p) {
    return `ImagePolicy ${p.namespace ? `${p.namespace}/` : ''}${p.name}`;
}
/** DP005 and DP008, which need no evaluation of the spec. */
function checkPolicyShape(policy, refs, sink) {
    const what = describePolicy(policy);
    if (policy.pattern && !isAnchored(policy.pattern.value)) {
        const message = `${what}: filterTags.pattern '${policy.pattern.value}' is not anchored with ^...$`;
        sink.add('DP005', policy.file, policy.pattern.line, message);
    }
    if (refs.length === 0) {
        const message = `${what} is not referenced by any $imagepolicy marker`;
        sink.add('DP008', policy.file, policy.line, message);
    }
}
/** The spec as the promotion path reads it, or a DP000 finding saying why it cannot be. */
function evaluate(policy, sink) {
    try {
        return parseImagePolicyYaml(policy.text);
    }
    catch (err) {
        if (!(err instanceof errors/* PromoteError */.jG))
            throw err;
        // The parser names the policy itself; the finding already does.
        const why = err.message.replace(/^ImagePolicy \S+: /, '');
        // Point at the field the parser complains about when it names one.
        const field = /range/.test(why)
            ? policy.range
            : /pattern|regexp/.test(why)
                ? policy.pattern
                : undefined;
        const message = `${describePolicy(policy)} cannot be evaluated: ${why}`;
        sink.add('DP000', policy.file, field?.line ?? policy.kindLine, message, {
            fix: 'fix the ImagePolicy spec so Flux accepts it'
        });
        return undefined;
    }
}
/** DP004 to DP006 for one policy and the markers that use it. */
function checkPolicy(policy, refs, sink) {
    checkPolicyShape(policy, refs, sink);
    const spec = evaluate(policy, sink);
    if (!spec)
        return;
    const what = describePolicy(policy);
    const guarded = refs.find(m => m.protectedBy !== undefined);
    const usedBy = guarded
        ? `; used by ${guarded.file}:${guarded.line} in ${guarded.protectedBy}`
        : '';
    const range = spec.semver?.range;
    if (range !== undefined && policy.range && isUnboundedRange(range)) {
        const message = `${what}: semver range '${range}' has no upper bound${usedBy}`;
        sink.add('DP004', policy.file, policy.range.line, message, {
            severity: guarded ? 'error' : 'warning'
        });
    }
    if (!guarded)
        return;
    if (canSelectLatest(spec)) {
        const how = spec.filterTags
            ? "its filterTags.pattern lets 'latest' through"
            : 'alphabetical order without filterTags picks it';
        const line = spec.filterTags && policy.pattern ? policy.pattern.line : policy.kindLine;
        sink.add('DP006', policy.file, line, `${what} can select 'latest' (${how})${usedBy}`);
    }
    if (range !== undefined && policy.range && admitsPrereleases(range)) {
        const message = `${what}: semver range '${range}' names a pre-release, so pre-releases can be selected${usedBy}`;
        sink.add('DP006', policy.file, policy.range.line, message);
    }
}
/** The branch a refspec pushes to: its destination, without `+` and `refs/heads/`. */
function refspecTarget(refspec) {
    const dest = refspec.includes(':') ? refspec.slice(refspec.lastIndexOf(':') + 1) : refspec;
    return dest.replace(/^\+/, '').replace(/^refs\/heads\//, '');
}
function checkAutomation(a, ctx) {
    const targets = [
        a.pushBranch,
        a.refspec === undefined ? undefined : refspecTarget(a.refspec)
    ].filter((t) => t !== undefined);
    // No push target means Flux pushes to the branch it checked out. With targets, only a known
    // checkout branch can be compared; refs/for/... (Gerrit review) never equals it.
    const straight = targets.length === 0 || (a.checkoutBranch !== undefined && targets.includes(a.checkoutBranch));
    if (!straight)
        return;
    const prefix = a.updatePath === '' ? '' : `${a.updatePath}/`;
    // spec.update.path may name a single file as well as a directory.
    const inScope = (f) => prefix === '' || f === a.updatePath || f.startsWith(prefix);
    const covered = ctx.files.find(f => inScope(f) && ctx.protectedBy(f));
    if (covered === undefined)
        return;
    const how = targets.length === 0
        ? 'has no spec.git.push.branch, so it pushes to the branch it checks out'
        : `pushes to ${a.checkoutBranch}, the branch it checks out`;
    const env = ctx.protectedBy(covered) ?? '';
    const scope = covered === a.updatePath
        ? `${covered} in ${env}`
        : `${a.updatePath || 'the whole repository'}, which includes ${covered} in ${env},`;
    const message = `ImageUpdateAutomation ${a.id} updates ${scope} and ${how}`;
    ctx.sink.add('DP009', a.file, a.line, message);
}

;// CONCATENATED MODULE: ./src/audit/image-check.ts
/**
 * DP001 (tag-only in a protected environment), DP002 (`latest` or no tag) and DP003 (registry
 * outside the allow-list) for one image use, whatever manifest it came from.
 */

// Flux post-build substitution (`${var}`, `${var:=default}`): the value is unknown here.
const VARIABLE = /\$\{[^}]*\}/g;
const PLACEHOLDER = 'zvarz';
const FAKE_DIGEST = `sha256:${'0'.repeat(64)}`;
/** Parses a reference that may hold Flux substitution variables. */
function parseWithVariables(raw) {
    const at = raw.indexOf('@');
    let text = at < 0 ? raw : raw.slice(0, at);
    let digest = at < 0 ? undefined : raw.slice(at + 1);
    // A substituted digest is still a digest: the reference stays pinned.
    if (digest !== undefined && digest.includes('${'))
        digest = FAKE_DIGEST;
    text = text.replace(VARIABLE, PLACEHOLDER);
    const ref = (0,reference/* parseReference */.F2)(digest === undefined ? text : `${text}@${digest}`);
    return {
        ref,
        variableName: ref.repository.includes(PLACEHOLDER)
    };
}
/** Runs DP001 to DP003 on one image use. */
function checkImage(use, scope) {
    let parsed;
    if (use.name !== undefined) {
        // Go templates are rendered elsewhere (Helm charts); there is no reference to judge yet.
        if (use.name.includes('{{'))
            return;
        try {
            parsed = parseWithVariables(use.name);
        }
        catch (err) {
            if (!(err instanceof reference/* InvalidReferenceError */.x_))
                throw err;
            scope.sink.add('DP000', scope.file, use.nameLine, `${use.where}: ${err.message}`, {
                fix: 'write a valid image reference: [registry/]repository[:tag][@sha256:<digest>]'
            });
            return;
        }
    }
    if (use.wholeReference && parsed) {
        const { ref } = parsed;
        // Shown as written: the parsed form would expose the placeholders of `${var}` parts.
        checkPinning(use.where, use.name ?? ref.familiar, scope, {
            tag: ref.tag,
            digest: ref.digest,
            tagLine: use.nameLine,
            noTagMeansLatest: true
        });
    }
    else {
        const shown = `${use.name ?? '(chart default)'}${use.tag ? `:${use.tag}` : ''}`;
        checkPinning(use.where, shown, scope, {
            tag: use.tag,
            digest: use.digest,
            tagLine: use.tagLine ?? use.nameLine,
            noTagMeansLatest: false
        });
    }
    if (parsed && !parsed.variableName)
        checkRegistry(use, parsed.ref, scope);
}
function checkPinning(where, shown, scope, pin) {
    // A digest pins the content whatever the tag says; Kubernetes pulls by digest.
    if (pin.digest)
        return;
    const { file, sink, protectedBy } = scope;
    const severity = protectedBy ? 'error' : 'warning';
    const inEnv = protectedBy ? ` in ${protectedBy}` : '';
    if (pin.tag === undefined) {
        if (!pin.noTagMeansLatest)
            return;
        const message = `${where}: ${shown} has no tag, so it runs latest${inEnv}`;
        sink.add('DP002', file, pin.tagLine, message, { severity });
    }
    else if (pin.tag === 'latest') {
        sink.add('DP002', file, pin.tagLine, `${where}: ${shown} uses the latest tag${inEnv}`, {
            severity
        });
    }
    else if (protectedBy) {
        const message = `${where}: ${shown} is pinned by tag only, without a digest, in ${protectedBy}`;
        sink.add('DP001', file, pin.tagLine, message);
    }
}
function checkRegistry(use, ref, scope) {
    if (scope.allowed.length === 0 || scope.allowed.includes(ref.domain))
        return;
    const message = `${use.where}: ${ref.repository} is in registry ${ref.domain}, which is not in the ` +
        `allow-list (${scope.allowed.join(', ')})`;
    scope.sink.add('DP003', scope.file, use.nameLine, message);
}

;// CONCATENATED MODULE: ./src/audit/image-uses.ts
/**
 * Finds the images a manifest deploys: containers of workloads, kustomize `images:` entries
 * (kustomize.config.k8s.io Kustomization/Component, Flux Kustomization `spec.images`, HelmRelease
 * post-renderers) and HelmRelease `spec.values` (`image: <ref>` or `image: {repository, tag,
 * digest}`).
 */


/** Where the pod spec sits in each workload kind. */
const POD_SPEC = {
    Pod: ['spec'],
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec']
};
/** Names kustomize reads as a kustomization file. */
const image_uses_KUSTOMIZATION_FILES = new Set([
    'kustomization.yaml',
    'kustomization.yml',
    'Kustomization'
]);
// Helm values are user-shaped; deeper nesting than this is not an image map.
const MAX_VALUES_DEPTH = 32;
/** Reads a document's header. */
function headerOf(root) {
    const name = textAt(root, 'metadata', 'name') ?? '(unnamed)';
    const ns = textAt(root, 'metadata', 'namespace');
    return {
        apiVersion: textAt(root, 'apiVersion') ?? '',
        kind: textAt(root, 'kind') ?? '',
        id: ns ? `${ns}/${name}` : name
    };
}
/** Every image use in one document. `fileName` is the base name, for kustomization files. */
function imageUses(root, fileName, lines) {
    const h = headerOf(root);
    const podPath = POD_SPEC[h.kind];
    if (podPath && h.apiVersion !== '')
        return containerUses(childAt(root, ...podPath), h, lines);
    if (isKustomizeFile(h, fileName)) {
        return kustomizeUses(childAt(root, 'images'), 'the kustomization', lines);
    }
    if (h.kind === 'Kustomization' && h.apiVersion.startsWith('kustomize.toolkit.fluxcd.io/')) {
        return kustomizeUses(childAt(root, 'spec', 'images'), `Kustomization ${h.id}`, lines);
    }
    if (h.kind === 'HelmRelease' && h.apiVersion.startsWith('helm.toolkit.fluxcd.io/')) {
        return helmUses(root, h, lines);
    }
    return [];
}
function isKustomizeFile(h, fileName) {
    if (h.apiVersion.startsWith('kustomize.config.k8s.io/')) {
        return h.kind === 'Kustomization' || h.kind === 'Component';
    }
    // kustomize accepts a kustomization file without apiVersion and kind.
    return h.kind === '' && image_uses_KUSTOMIZATION_FILES.has(fileName);
}
function containerUses(podSpec, h, lines) {
    const uses = [];
    for (const field of ['initContainers', 'containers']) {
        for (const c of itemsOf(childAt(podSpec, field))) {
            const image = pairOf(c, 'image');
            const ref = textOf(image?.value);
            if (!image || ref === undefined || ref === '')
                continue;
            const label = field === 'containers' ? 'container' : 'init container';
            const where = `${label} ${textAt(c, 'name') ?? '?'} of ${h.kind} ${h.id}`;
            uses.push({ where, name: ref, nameLine: lines.of(image.value), wholeReference: true });
        }
    }
    return uses;
}
/** kustomize `images:` entries: `newName` renames, `newTag`/`digest` retag. */
function kustomizeUses(images, owner, lines) {
    const uses = [];
    for (const entry of itemsOf(images)) {
        const name = pairOf(entry, 'name');
        const newName = pairOf(entry, 'newName');
        const renamed = textOf(newName?.value);
        const target = renamed ?? textOf(name?.value);
        if (target === undefined)
            continue;
        const use = {
            where: `images entry ${textOf(name?.value) ?? target} of ${owner}`,
            name: target,
            nameLine: lines.of(renamed !== undefined ? newName?.value : (name?.value ?? entry))
        };
        addSplitFields(use, entry, 'newTag', lines);
        uses.push(use);
    }
    return uses;
}
/** Copies a split use's tag and digest fields (`tagKey` is `newTag` or `tag`). */
function addSplitFields(use, map, tagKey, lines) {
    const tag = pairOf(map, tagKey);
    const tagText = textOf(tag?.value);
    if (tagText !== undefined && tagText !== '') {
        use.tag = tagText;
        use.tagLine = lines.of(tag?.value);
    }
    const digest = textOf(pairOf(map, 'digest')?.value);
    if (digest !== undefined && digest !== '')
        use.digest = digest;
}
function helmUses(root, h, lines) {
    const uses = [];
    const owner = `HelmRelease ${h.id}`;
    walkValues(childAt(root, 'spec', 'values'), 'values', 0, (map, at) => {
        const pair = pairOf(map, 'image');
        const value = pair?.value;
        if (!pair || value === null || value === undefined)
            return;
        const where = `${at}.image of ${owner}`;
        if ((0,dist.isScalar)(value)) {
            const ref = textOf(value);
            if (ref)
                uses.push({ where, name: ref, nameLine: lines.of(value), wholeReference: true });
        }
        else if ((0,dist.isMap)(value)) {
            const use = helmImageMap(value, where, lines);
            if (use)
                uses.push(use);
        }
    });
    for (const pr of itemsOf(childAt(root, 'spec', 'postRenderers'))) {
        uses.push(...kustomizeUses(childAt(pr, 'kustomize', 'images'), `${owner} postRenderers`, lines));
    }
    return uses;
}
/** `image: {registry?, repository, tag?, digest?}` as most charts lay it out. */
function helmImageMap(map, where, lines) {
    const repository = pairOf(map, 'repository');
    const repo = textOf(repository?.value);
    const registry = textOf(pairOf(map, 'registry')?.value);
    const use = {
        where,
        ...(repo ? { name: registry ? `${registry}/${repo}` : repo } : {}),
        nameLine: lines.of(repository?.value ?? map)
    };
    addSplitFields(use, map, 'tag', lines);
    return use.name !== undefined || use.tag !== undefined || use.digest !== undefined
        ? use
        : undefined;
}
/** Calls `visit` on every mapping under `node`, with a dotted path for messages. */
function walkValues(node, at, depth, visit) {
    if (depth > MAX_VALUES_DEPTH)
        return;
    if ((0,dist.isMap)(node)) {
        visit(node, at);
        for (const p of node.items) {
            const key = textOf(p.key);
            if (key === 'image' || key === undefined)
                continue;
            walkValues(p.value, `${at}.${key}`, depth + 1, visit);
        }
    }
    else {
        itemsOf(node).forEach((item, i) => walkValues(item, `${at}[${i}]`, depth + 1, visit));
    }
}

;// CONCATENATED MODULE: ./src/ledger/event-time.ts
/**
 * The time an event id names: ids start with the event's UTC time to the second
 * (`20261123T230000Z-production-…`, see `eventId` in event.ts). Undefined for text that is not
 * such an id, since ids also come from untrusted places such as rollback pins in manifests.
 */
function timeOfEventId(id) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-/.exec(id);
    if (!m)
        return undefined;
    const [, y, mo, d, h, mi, s] = m.map(Number);
    const time = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
    // Date.UTC rolls over (month 13, second 61); such an id was not written by eventId.
    return time.toISOString().startsWith(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`)
        ? time
        : undefined;
}

;// CONCATENATED MODULE: ./src/audit/pin-age.ts
/**
 * DP010: rollback pins older than the allowed age. A pin keeps Flux image automation off a
 * rolled-back field; left in place, the environment silently stops following its policy.
 */



/** Reports each pin in `source` older than `age`, or whose event id names no time. */
function checkPins(file, source, age, sink) {
    if (!source.includes(PIN_TOKEN))
        return;
    let fields;
    try {
        fields = markedFields(source, file);
    }
    catch (err) {
        // The file's parse problem is already a DP000 finding of the per-file rules.
        if (err instanceof ManifestParseError)
            return;
        throw err;
    }
    for (const field of fields) {
        if (field.pinnedBy === undefined)
            continue;
        const since = timeOfEventId(field.pinnedBy);
        const where = `the ${field.setter} marker`;
        if (!since) {
            sink.add('DP010', file, field.line, `${where} is pinned by an event id that names no time`);
            continue;
        }
        const days = ((age.now.getTime() - since.getTime()) / 86_400_000).toFixed(1);
        if (age.now.getTime() - since.getTime() > age.maxAgeMs) {
            sink.add('DP010', file, field.line, `${where} has been pinned by rollback ${field.pinnedBy} since ${since.toISOString()} (${days} days, more than ${age.label})`);
        }
    }
}
const UNIT_MS = {
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000
};
/** Milliseconds of a duration such as `7d`, `36h` or `1w2d`; undefined when it is not one. */
function parseDuration(text) {
    if (!/^(?:\d{1,6}[smhdw])+$/.test(text))
        return undefined;
    let ms = 0;
    for (const [, n, unit] of text.matchAll(/(\d+)([smhdw])/g))
        ms += Number(n) * (UNIT_MS[unit] ?? 0);
    return ms;
}

;// CONCATENATED MODULE: ./src/audit/walk.ts
/**
 * Bounded listing of the YAML files of a GitOps repository. The tree is untrusted: symlinks are
 * never followed (they could leave the repository or loop), and the walk stops with an error
 * rather than run unbounded or report a partial, falsely clean audit.
 */



/** The bounds used unless a caller passes others (tests do). */
const DEFAULT_LIMITS = { maxFiles: 20_000, maxFileBytes: 2 * 1024 * 1024 };
// Directories that never hold deployed manifests; node_modules can hold thousands of YAML files.
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
// A non-YAML entry costs a directory read too; a repository of nothing but assets must not run
// the walk forever.
const ENTRIES_PER_FILE = 10;
/** Whether kustomize or Flux would read a file of this name as YAML. */
function isYamlName(name) {
    return /\.ya?ml$/.test(name) || name === 'Kustomization';
}
const byteOrder = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * Lists YAML files under `root` as `/`-separated relative paths, depth first with each
 * directory's entries in byte order (so the result is stable across runs), skipping `.git`,
 * `node_modules`, symlinks, and the `templates/` directory of Helm charts (Go templates, not
 * YAML, rendered by helm-controller).
 *
 * @throws PromoteError when the tree holds more than `limits.maxFiles` YAML files.
 */
async function walk_listYamlFiles(root, limits) {
    const files = [];
    let entries = 0;
    const tooMany = () => {
        throw new errors/* PromoteError */.jG(`more than ${limits.maxFiles} YAML files (or ${limits.maxFiles * ENTRIES_PER_FILE} ` +
            `entries) under ${root}; audit a narrower path`);
    };
    const walk = async (dir, rel) => {
        const list = await (0,promises_.readdir)(dir, { withFileTypes: true });
        list.sort((a, b) => byteOrder(a.name, b.name));
        entries += list.length;
        if (entries > limits.maxFiles * ENTRIES_PER_FILE)
            tooMany();
        const chart = list.some(e => e.isFile() && e.name === 'Chart.yaml');
        for (const e of list) {
            const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
            if (e.isDirectory()) {
                if (SKIPPED_DIRS.has(e.name) || (chart && e.name === 'templates'))
                    continue;
                await walk(external_node_path_default().join(dir, e.name), childRel);
            }
            else if (e.isFile() && isYamlName(e.name)) {
                files.push(childRel);
                if (files.length > limits.maxFiles)
                    tooMany();
            }
            // Symlinks are neither isDirectory() nor isFile() on a Dirent: skipped by construction.
        }
    };
    await walk(root, '');
    return files;
}

;// CONCATENATED MODULE: ./src/audit/audit.ts
/**
 * Audits a GitOps repository against the promotion guardrails: walks its YAML files (bounded),
 * screens each with a substring test before parsing it, checks images per file, then relates
 * Flux policies, markers and automations across files.
 */














// Every rule needs one of: an `image` field, an `images:` list, an ImagePolicy, an
// ImageUpdateAutomation or an `$imagepolicy` marker; all of them contain this word.
const SCREEN = /image/i;
// Files are read a batch at a time: enough to overlap I/O, few enough to bound open handles.
const READ_BATCH = 32;
/** Audits the repository at `settings.root`. */
async function auditRepository(settings) {
    const limits = settings.limits ?? DEFAULT_LIMITS;
    const files = await walk_listYamlFiles(settings.root, limits);
    const sink = new FindingSink();
    const facts = { policies: [], markers: [], automations: [] };
    for (let i = 0; i < files.length; i += READ_BATCH) {
        const batch = files.slice(i, i + READ_BATCH);
        const sources = await Promise.all(batch.map(f => readBounded(settings.root, f, limits)));
        batch.forEach((file, j) => {
            const read = sources[j];
            if ('size' in read) {
                const message = `skipped: ${read.size} bytes is over the ${limits.maxFileBytes}-byte limit`;
                sink.add('DP000', file, 1, message, {
                    severity: 'note',
                    fix: 'split the file; large generated files are better kept out of the GitOps tree'
                });
            }
            else if ('error' in read) {
                sink.add('DP000', file, 1, `could not be read: ${read.error}`);
            }
            else if (SCREEN.test(read.text) && !read.text.includes('\0')) {
                auditFile(file, read.text, settings, sink, facts);
            }
        });
    }
    checkFlux(facts, {
        sink,
        files,
        protectedBy: f => settings.protection.reasonFor(f)
    });
    return { findings: sink.list.sort(compareFindings), files: files.length };
}
/**
 * The file's text; its size when it is over the limit (so it is never read); or why it could
 * not be read (it may have changed since the walk listed it).
 */
async function readBounded(root, file, limits) {
    let handle;
    try {
        // One open for both the size check and the read: per-file syscalls dominate the audit.
        // O_NOFOLLOW: a file swapped for a symlink after the walk is still not followed.
        const flags = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
        handle = await (0,promises_.open)(external_node_path_default().join(root, ...file.split('/')), flags);
        const { size } = await handle.stat();
        if (size > limits.maxFileBytes)
            return { size };
        return { text: await handle.readFile('utf8') };
    }
    catch (err) {
        return { error: (0,errors/* errorMessage */.gJ)(err) };
    }
    finally {
        await handle?.close();
    }
}
/** Parses every document of one file, or reports why it cannot. */
function parseFile(file, source, sink) {
    const counter = new dist.LineCounter();
    const docs = (0,dist.parseAllDocuments)(source, { lineCounter: counter, prettyErrors: false });
    const lines = new LineMap(counter);
    for (const doc of docs) {
        const error = doc.errors[0];
        if (error === undefined)
            continue;
        const problem = error.message.split('\n')[0] ?? error.code;
        // An error at end of input would point past the last line; annotations need a real one.
        const at = Math.min(error.pos[0], Math.max(0, source.length - 1));
        sink.add('DP000', file, lines.at(at), `not valid YAML: ${problem}`);
        return undefined;
    }
    // The audit itself never expands aliases, but Flux and kustomize would: say so, skip the file.
    for (const doc of docs) {
        const bomb = aliasProblem(doc);
        if (bomb === undefined)
            continue;
        sink.add('DP000', file, lines.at(bomb.offset), `refused YAML: ${bomb.problem}`, {
            fix: 'write the values out instead of nesting aliases; Flux and kustomize expand them'
        });
        return undefined;
    }
    return { docs: [...docs], lines };
}
/** Per-file rules (DP001 to DP003) and the facts the cross-file rules need. */
function auditFile(file, source, settings, sink, facts) {
    const parsed = parseFile(file, source, sink);
    if (!parsed)
        return;
    const { docs, lines } = parsed;
    const protectedBy = settings.protection.reasonFor(file);
    const scope = {
        file,
        allowed: settings.allowed,
        sink,
        ...(protectedBy ? { protectedBy } : {})
    };
    const fileName = file.slice(file.lastIndexOf('/') + 1);
    for (const doc of docs) {
        const root = doc.contents;
        const header = headerOf(root);
        if (isFluxImageKind(header, 'ImagePolicy')) {
            facts.policies.push(policyFact(doc, source, file, lines));
        }
        else if (isFluxImageKind(header, 'ImageUpdateAutomation')) {
            facts.automations.push(automationFact(root, header, file, lines));
        }
        for (const use of imageUses(root, fileName, lines))
            checkImage(use, scope);
        facts.markers.push(...markerFacts(doc, source, file, lines, protectedBy));
    }
    if (settings.pinAge)
        checkPins(file, source, settings.pinAge, sink);
}

;// CONCATENATED MODULE: ./src/audit/protection.ts
/**
 * Which files belong to a protected (production-like) environment. Three sources, first one
 * that applies wins, the same precedence inputs have over promotion.yaml elsewhere:
 *
 * 1. the `protected-paths` input: globs relative to the audited root;
 * 2. promotion.yaml: the `path` of every environment with `protected: true` (a promotion.yaml
 *    lists every environment, so one with none protected protects nothing);
 * 3. neither: any directory whose name has a `prod` or `production` word (split on `-`, `_`,
 *    `.`, any case), e.g. `prod`, `production`, `prod-eu`, `eu.production`.
 */


/**
 * Checks and normalises `protected-paths` globs: relative, no `..`, `/` separators.
 *
 * @throws InputError naming the first bad glob.
 */
function parseProtectedGlobs(globs) {
    return globs.map(raw => {
        const glob = raw
            .replace(/\\/g, '/')
            .replace(/^(\.\/)+/, '')
            .replace(/\/+$/, '');
        const bad = glob === '' ||
            glob.startsWith('/') ||
            /^[A-Za-z]:/.test(glob) ||
            glob.split('/').some(s => s === '..' || s === '');
        if (bad) {
            throw new errors/* InputError */.dz('protected-paths', `'${raw}' is not a glob relative to the audited root`, 'use paths like clusters/production/**');
        }
        return glob;
    });
}
/**
 * A glob as an anchored RegExp over `/`-separated paths: `**` spans any number of
 * directories, `*` and `?` stay within one path segment, everything else is literal.
 */
function globToRegExp(glob) {
    const segments = glob.split('/');
    let source = '';
    segments.forEach((segment, i) => {
        const last = i === segments.length - 1;
        if (segment === '**') {
            source += last ? '.*' : '(?:[^/]+/)*';
            return;
        }
        source += segment.replace(/[*?]|[^*?]+/g, part => part === '*' ? '[^/]*' : part === '?' ? '[^/]' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&'));
        if (!last)
            source += '/';
    });
    return new RegExp(`^${source}$`);
}
/** `file` and each of its ancestor directories, deepest first: `a/b/c.yaml`, `a/b`, `a`. */
function selfAndAncestors(file) {
    const out = [file];
    for (let i = file.lastIndexOf('/'); i > 0; i = file.lastIndexOf('/', i - 1)) {
        out.push(file.slice(0, i));
    }
    return out;
}
function fromGlobs(globs) {
    const compiled = globs.map(g => ({ glob: g, re: globToRegExp(g) }));
    return {
        source: 'protected-paths',
        description: `protected paths from the protected-paths input: ${globs.join(', ')}`,
        reasonFor(file) {
            // A glob naming a directory protects everything under it, like an environment path.
            const candidates = selfAndAncestors(file);
            const hit = compiled.find(c => candidates.some(p => c.re.test(p)));
            return hit ? `protected path '${hit.glob}'` : undefined;
        }
    };
}
/** An environment path as a `/`-separated prefix; `''` for the repository root. */
function normaliseDir(dir) {
    const clean = external_node_path_default().posix.normalize(dir.replace(/\\/g, '/')).replace(/^(\.\/)+/, '');
    return clean === '.' || clean === './' ? '' : clean.replace(/\/+$/, '');
}
function fromConfig(config, file) {
    const envs = config.environments
        .filter(e => e.protected === true)
        .map(e => ({ name: e.name, dir: normaliseDir(e.path) }));
    const listed = envs.map(e => `${e.name} (${e.dir || '.'})`).join(', ');
    return {
        source: 'promotion.yaml',
        description: `protected environments from ${file}: ${listed || 'none'}`,
        reasonFor(f) {
            const env = envs.find(e => e.dir === '' || f === e.dir || f.startsWith(`${e.dir}/`));
            return env ? `protected environment '${env.name}'` : undefined;
        }
    };
}
const PROD_WORD = /^(?:prod|production)$/i;
function fromDirectoryNames() {
    return {
        source: 'directory names',
        description: 'no protected-paths input and no promotion.yaml: directories named like prod or ' +
            'production are treated as protected',
        reasonFor(file) {
            const dirs = file.split('/').slice(0, -1);
            const hit = dirs.find(d => d.split(/[-_.]/).some(w => PROD_WORD.test(w)));
            return hit === undefined ? undefined : `directory '${hit}' (treated as protected)`;
        }
    };
}
/**
 * The protection that applies: `globs` (already {@link parseProtectedGlobs checked}) when
 * given, else promotion.yaml's protected environments, else production-like directory names.
 */
function protectionFor(globs, config, configFile) {
    if (globs.length > 0)
        return fromGlobs(globs);
    if (config)
        return fromConfig(config, configFile);
    return fromDirectoryNames();
}

;// CONCATENATED MODULE: ./src/commands/init-audit.ts
/**
 * Checks what `init` generates with the audit `digest-promote audit` runs, before anything is
 * written: the GitOps files are copied into a private temporary directory and audited with the
 * settings audit derives from the generated promotion.yaml (its protected environments and
 * allowed registries).
 */







const CONFIG = 'promotion.yaml';
/** Every audit finding on `files` (paths relative to the GitOps root), sorted. */
async function auditGenerated(files, now) {
    const root = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'dp-init-audit-'));
    try {
        for (const f of files) {
            const abs = external_node_path_default().join(root, ...f.path.split('/'));
            await (0,promises_.mkdir)(external_node_path_default().dirname(abs), { recursive: true });
            await (0,promises_.writeFile)(abs, f.content);
        }
        const config = await loadConfig(root, CONFIG, false);
        const allowed = config?.registries?.allowed ?? [];
        const { findings } = await auditRepository({
            root,
            protection: protectionFor([], config, CONFIG),
            allowed,
            pinAge: { maxAgeMs: 7 * 24 * 3600 * 1000, label: '7d', now }
        });
        return findings;
    }
    finally {
        await (0,promises_.rm)(root, { recursive: true, force: true });
    }
}
/** One line per finding: `clusters/dev/kustomization.yaml:4: DP001 error: … (fix: …)`. */
const findingLine = (shownRoot, f) => oneLine(`${shownRoot === '' ? '' : `${shownRoot}/`}${f.file}:${f.line}: ${f.rule} ${f.severity}: ${f.message} (fix: ${f.fix})`);

;// CONCATENATED MODULE: ./src/commands/select-tag.ts








/** The `select-tag` tool's name. */
const SELECT_TAG = 'select-tag';
const MAX_TAGS_FILE = 64 * 1024 * 1024;
function policyFromInputs(src, ctx) {
    const kinds = ['semver', 'numerical', 'alphabetical', 'policy-file'].filter(k => src.get(k) !== undefined);
    if (kinds.length !== 1)
        throw new errors/* InputError */.dz('semver', 'set exactly one of semver, numerical, alphabetical and policy-file');
    const pattern = src.get('pattern');
    const extract = src.get('extract');
    const filterTags = pattern !== undefined || extract !== undefined ? { pattern, extract } : undefined;
    if (src.get('policy-file') !== undefined) {
        if (filterTags)
            throw new errors/* InputError */.dz('pattern', 'comes from the policy file; do not set it with policy-file');
        return {
            policy: {},
            describe: resolveInside(ctx.workspace, src.get('policy-file'), 'policy-file')
        };
    }
    const orders = ['asc', 'desc'];
    let policy;
    if (src.get('semver') !== undefined)
        policy = { semver: { range: src.get('semver') } };
    else if (src.get('numerical') !== undefined)
        policy = { numerical: { order: getEnum(src, 'numerical', orders, 'asc') } };
    else
        policy = { alphabetical: { order: getEnum(src, 'alphabetical', orders, 'asc') } };
    const full = filterTags ? { ...policy, filterTags } : policy;
    // Compiles the pattern (and the range) now, so a bad one fails before any registry call.
    mapPatternError('pattern', () => selectTag([], full));
    return { policy: full, describe: kinds[0] };
}
/** Runs `fn`, reporting a filter pattern Go rejects as a problem of `input`. */
function mapPatternError(input, fn) {
    try {
        return fn();
    }
    catch (err) {
        if (!(err instanceof InvalidPatternError))
            throw err;
        const where = input === 'policy-file' ? 'filterTags.pattern: ' : '';
        throw new errors/* InputError */.dz(input, `${where}${err.message}`, 'write a Go RE2 pattern, as Flux does (no lookaround, no backreferences)');
    }
}
/**
 * Picks a tag the way Flux's image-reflector-controller does (semver,
 * numerical or alphabetical with filterTags), and with `--explain` says why
 * every other tag lost: the answer to "why did Flux not update?".
 */
const selectTagCommand = {
    name: SELECT_TAG,
    summary: 'Select a tag with Flux ImagePolicy semantics; --explain says why each tag lost.',
    usage: '(--tags-file FILE | --image REF) (--semver RANGE | --numerical asc|desc | --alphabetical asc|desc | --policy-file FILE) [--pattern RE] [--extract TPL] [--explain] [--json]',
    inputs: [
        { name: 'tags-file', description: 'File with one tag per line.' },
        { name: 'image', description: 'Image repository whose tags the registry lists.' },
        { name: 'semver', description: 'Masterminds semver range, e.g. ">=1.2.0 <2.0.0".' },
        { name: 'numerical', description: 'asc (highest wins) or desc.' },
        { name: 'alphabetical', description: 'asc (last wins) or desc.' },
        { name: 'policy-file', description: 'A Flux ImagePolicy YAML file (v1 or v1beta2).' },
        { name: 'pattern', description: 'filterTags.pattern, a Go RE2 regular expression.' },
        { name: 'extract', description: 'filterTags.extract, e.g. $ts.' },
        { name: 'explain', description: 'List every tag with its verdict and reason.', kind: 'flag' },
        ...REGISTRY_INPUTS
    ],
    parse(src, ctx) {
        const file = src.get('tags-file');
        const image = src.get('image');
        if ((file === undefined) === (image === undefined))
            throw new errors/* InputError */.dz('tags-file', 'set exactly one of tags-file and image');
        const { policy, describe } = policyFromInputs(src, ctx);
        return {
            source: file !== undefined
                ? { file: resolveInside(ctx.workspace, file, 'tags-file') }
                : { image: parseImageInput(image, 'image') },
            policy,
            describe,
            explain: getBoolean(src, 'explain', false),
            registry: parseRegistryOptions(src, ctx)
        };
    },
    async run(opts, ctx) {
        let policy = opts.policy;
        if (Object.keys(policy).length === 0) {
            const text = await (0,promises_.readFile)(opts.describe, 'utf8').catch(() => {
                throw new errors/* InputError */.dz('policy-file', `cannot read ${opts.describe}`);
            });
            policy = mapPatternError('policy-file', () => parseImagePolicyYaml(text));
        }
        const tags = await loadTags(opts, ctx);
        const selection = selectTag(tags, policy, { explain: opts.explain });
        const lines = opts.explain
            ? selection.verdicts.map(v => `${v.verdict.padEnd(9)} ${v.tag}${v.value !== undefined ? ` (${v.value})` : ''}: ${v.reason}`)
            : [];
        if (selection.warning)
            ctx.logger.warning(selection.warning);
        const json = {
            tag: selection.tag ?? null,
            considered: selection.considered,
            reason: selection.reason ?? null,
            warning: selection.warning ?? null,
            ...(opts.explain ? { verdicts: selection.verdicts } : {})
        };
        if (!selection.tag) {
            return {
                status: 'failed',
                exitCode: 1,
                outputs: {},
                text: [selection.reason ?? 'no tag selected', ...lines].join('\n'),
                json
            };
        }
        if (!reference/* TAG_REGEXP */.jt.test(selection.tag)) {
            // Tags files and registries are not trusted: only a tag a registry could hold is
            // printed alone on a line or becomes an output.
            return {
                status: 'failed',
                exitCode: 1,
                outputs: {},
                text: lines.join('\n'),
                error: notATag(selection.tag, opts),
                json: { ...json, tag: null }
            };
        }
        return {
            status: 'unchanged',
            outputs: { tag: selection.tag },
            text: [...lines, ...(lines.length ? [''] : []), selection.tag].join('\n'),
            json
        };
    }
};
/** Longest part of a hostile tag a message repeats. */
const select_tag_MAX_ECHO = 100;
function notATag(tag, opts) {
    const shown = JSON.stringify(tag.length > select_tag_MAX_ECHO ? `${tag.slice(0, select_tag_MAX_ECHO)}…` : tag);
    const where = 'file' in opts.source ? 'the tags file' : 'the registry';
    return (`the selected tag ${shown} from ${where} is not a valid OCI tag ` +
        '([A-Za-z0-9_][A-Za-z0-9._-]{0,127}); remove it, or narrow the policy with a pattern that leaves it out');
}
async function loadTags(opts, ctx) {
    if ('file' in opts.source) {
        const text = await (0,promises_.readFile)(opts.source.file, 'utf8').catch(() => {
            throw new errors/* InputError */.dz('tags-file', `cannot read ${opts.source.file}`);
        });
        if (text.length > MAX_TAGS_FILE)
            throw new errors/* PromoteError */.jG(`tags file is larger than ${MAX_TAGS_FILE} bytes`);
        return text
            .split(/\r?\n/)
            .map(t => t.trim())
            .filter(t => t !== '');
    }
    return createRegistryClient(opts.registry, ctx).listTags(opts.source.image);
}

;// CONCATENATED MODULE: ./src/commands/init-registry.ts
/**
 * `init --check-registry`: lists the image's live tags and shows what each generated
 * ImagePolicy would pick today, with the verdict on every tag, by running the same code as
 * `select-tag --image … --policy-file … --explain`. The check only informs: a registry that
 * cannot be reached or refuses the credentials gives one note line, never a failure.
 */






const indent = (text) => text
    .split('\n')
    .filter(l => l !== '')
    .map(l => `  ${l}`);
/** One policy against the live tags: a heading line and select-tag's explanation. */
async function init_registry_checkPolicy(opts, env, flux, registry, ctx) {
    const name = policyName(opts.image, env);
    const policy = parseImagePolicyYaml(flux.content, name);
    const source = { image: parseImageInput(opts.image, 'image') };
    const result = await selectTagCommand.run({ source, policy, describe: name, explain: true, registry }, ctx);
    const json = result.json;
    const head = `registry check: ImagePolicy ${name} (${env})`;
    const text = (result.text ?? '').split('\n');
    // With a pick, select-tag's text ends with a blank line and the tag; without, starts with why.
    const verdicts = json.tag !== null ? text.slice(0, -2) : text.slice(1);
    const of = `${json.considered} of ${verdicts.length} live tags pass its filter`;
    if (json.tag !== null)
        return [`${head} would pick ${json.tag} today (${of})`, ...indent(verdicts.join('\n'))];
    const why = oneLine(json.reason ?? result.error ?? 'no tag selected');
    return [`${head} picks no tag today (${of}): ${why}`, ...indent(verdicts.join('\n'))];
}
/** Lines to print for every automated environment's policy, or one note when the registry fails. */
async function init_registry_checkRegistry(opts, flux, registry, ctx) {
    if (!flux)
        return ['registry check: skipped, no ImagePolicy is generated without --flux'];
    const lines = [];
    for (const env of opts.automated) {
        try {
            lines.push(...(await init_registry_checkPolicy(opts, env, flux, registry, ctx)));
        }
        catch (err) {
            return [
                ...lines,
                oneLine(`registry check: could not list the tags of ${opts.image}: ${(0,errors/* errorMessage */.gJ)(err)}; ` +
                    'the policies were not tried against live tags (see "No update happened" in the README)')
            ];
        }
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/commands/init.ts









/** The `init` command's name. */
const INIT = 'init';
const ENV_NAME = /^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$/;
function parseEnvironments(src) {
    const envs = getList(src, 'environments');
    if (envs.length === 0)
        throw new errors/* InputError */.dz('environments', 'required but not set', 'e.g. dev,staging,production');
    for (const env of envs) {
        if (!ENV_NAME.test(env))
            throw new errors/* InputError */.dz('environments', `${(0,util_text/* echo */.W)(env)} is not an environment name`, 'use lower-case letters, digits and dashes, e.g. dev,staging,production');
    }
    const dup = envs.find((e, i) => envs.indexOf(e) !== i);
    if (dup !== undefined)
        throw new errors/* InputError */.dz('environments', `${(0,util_text/* echo */.W)(dup)} is listed twice`, 'list each environment once');
    return envs;
}
function parseAutomated(src, envs) {
    const automated = getList(src, 'automate');
    if (automated.length === 0)
        return envs.slice(0, 1);
    const unknown = automated.find(e => !envs.includes(e));
    if (unknown !== undefined)
        throw new errors/* InputError */.dz('automate', `${(0,util_text/* echo */.W)(unknown)} is not one of the environments (${envs.join(', ')})`, 'name environments listed in environments');
    return automated;
}
/** `owner/name` of the application repository: the image's last two path components. */
function appRepositoryOf(repositoryPath, needed) {
    const parts = repositoryPath.split('/');
    if (parts.length < 2 && needed)
        throw new errors/* InputError */.dz('image', `${(0,util_text/* echo */.W)(repositoryPath)} has no owner/name path to derive the build workflow's identity from`, 'name the image as registry/owner/name, e.g. ghcr.io/acme/app');
    return parts.slice(-2).join('/');
}
const relative = (workspace, abs) => external_node_path_default().relative(external_node_path_default().resolve(workspace), abs).split((external_node_path_default()).sep).join('/');
function parseOptions(src, ctx) {
    const ref = parseImageInput(getRequired(src, 'image', 'e.g. ghcr.io/acme/app'), 'image');
    if (ref.tag !== undefined || ref.digest !== undefined)
        throw new errors/* InputError */.dz('image', `${(0,util_text/* echo */.W)(ref.familiar)} has a tag or digest`, 'give the repository only, e.g. ghcr.io/acme/app');
    const environments = parseEnvironments(src);
    const workflows = src.get('workflows');
    const gitops = resolveInside(ctx.workspace, src.get('gitops-path') ?? '.', 'gitops-path');
    const workflowsPath = workflows === undefined
        ? undefined
        : relative(ctx.workspace, resolveInside(ctx.workspace, workflows, 'workflows'));
    const force = new Set(getList(src, 'force').map(f => relative(ctx.workspace, resolveInside(ctx.workspace, f, 'force'))));
    return {
        scaffold: {
            image: ref.repository,
            environments,
            automated: parseAutomated(src, environments),
            protectedEnvironments: environments.length > 1 ? environments.slice(-1) : [],
            flux: getBoolean(src, 'flux', false),
            registryProvider: getEnum(src, 'registry-provider', REGISTRY_PROVIDERS, 'generic'),
            tagScheme: getEnum(src, 'tag-scheme', TAG_SCHEMES, 'timestamp'),
            appRepository: appRepositoryOf(ref.path, workflows !== undefined)
        },
        gitopsPath: relative(ctx.workspace, gitops),
        ...(workflowsPath !== undefined ? { workflowsPath } : {}),
        branch: src.get('gitops-branch') ?? 'main',
        force,
        dryRun: getBoolean(src, 'dry-run', false),
        ...(getBoolean(src, 'check-registry', false)
            ? { checkRegistry: parseRegistryOptions(src, ctx) }
            : {})
    };
}
const VERB = {
    create: 'create',
    replace: 'replace',
    same: 'unchanged',
    conflict: 'exists, would change'
};
function report(planned, wrote) {
    const verb = (a) => !wrote && (a === 'create' || a === 'replace') ? `would ${VERB[a]}` : VERB[a];
    const lines = planned.map(f => `${verb(f.action)}: ${f.path}`);
    for (const f of planned)
        if (f.diff && f.action !== 'same')
            lines.push('', f.diff.trimEnd());
    lines.push('', wrote ? 'wrote the files above' : 'nothing was written');
    return lines.join('\n');
}
/** init stops before writing anything when audit finds a problem in what it generated. */
function auditFailure(lines) {
    const n = lines.length;
    return {
        status: 'failed',
        exitCode: 1,
        outputs: { changed: 'false', files: '' },
        text: lines.join('\n'),
        json: { changed: false, findings: lines },
        error: `init: audit found ${n} problem${n === 1 ? '' : 's'} in the generated files (listed above); ` +
            'nothing was written; report this as a bug in init, or write the files by hand'
    };
}
/**
 * Scaffolds a GitOps repository for promotion: promotion.yaml, a kustomization per
 * environment, Flux image automation with tight policies, and the application's workflows.
 * Writes new files only; an existing file is replaced only when `force` names it.
 */
const initCommand = {
    name: INIT,
    summary: 'Scaffold promotion.yaml, environments, Flux image automation and workflows.',
    usage: '--image <repo> --environments dev,staging,production [--flux] [--registry-provider generic|aws|gcp|azure] [--tag-scheme timestamp|semver|sha] [--workflows <dir>] [--force <file>...] [--dry-run] [--check-registry]',
    inputs: [
        {
            name: 'image',
            description: 'Repository of the image, without tag, e.g. ghcr.io/acme/app.',
            required: true
        },
        {
            name: 'environments',
            description: 'Environments in promotion order; the last is protected; a list.',
            required: true,
            kind: 'list'
        },
        { name: 'gitops-path', description: 'Checkout of the GitOps repository in the workspace.' },
        {
            name: 'gitops-branch',
            description: 'Branch Flux image automation checks out (default main).'
        },
        {
            name: 'flux',
            description: 'Also write Flux ImageRepository, ImagePolicy and ImageUpdateAutomation objects.',
            kind: 'flag'
        },
        {
            name: 'automate',
            description: 'Environments Flux image automation updates (default the first); a list.',
            kind: 'list'
        },
        {
            name: 'registry-provider',
            description: 'How Flux authenticates to the registry: generic (a secret), aws, gcp or azure.'
        },
        {
            name: 'tag-scheme',
            description: 'Tags the automated environment selects: timestamp (default), semver or sha.'
        },
        {
            name: 'workflows',
            description: 'Directory to write the build, promote and rollback workflows to, e.g. .github/workflows.'
        },
        {
            name: 'force',
            description: 'Existing files that may be replaced; a list.',
            kind: 'list'
        },
        { name: 'dry-run', description: 'Report the changes, write nothing.', kind: 'flag' },
        {
            name: 'check-registry',
            description: "List the image's tags and print what each generated ImagePolicy would pick today (a registry that cannot be reached is a note, not a failure).",
            kind: 'flag'
        },
        ...REGISTRY_INPUTS
    ],
    parse: parseOptions,
    async run(opts, ctx) {
        const roots = scaffoldFiles(opts.scaffold, { shown: opts.gitopsPath }, opts.branch, opts.workflowsPath !== undefined ? { shown: opts.workflowsPath } : undefined);
        const gitops = roots[0];
        if (gitops && opts.alterGenerated)
            gitops.files = opts.alterGenerated(gitops.files);
        const findings = await auditGenerated(gitops?.files ?? [], ctx.now());
        if (findings.length > 0)
            return auditFailure(findings.map(f => findingLine(opts.gitopsPath, f)));
        const planned = await planScaffold(ctx.workspace, roots, opts.force);
        const conflicts = planned.filter(f => f.action === 'conflict');
        const write = !opts.dryRun && conflicts.length === 0;
        if (write)
            await writeScaffold(planned);
        const changed = write && planned.some(f => f.action === 'create' || f.action === 'replace');
        const json = {
            changed,
            files: planned.map(f => ({ path: f.path, action: f.action, diff: f.diff }))
        };
        const outputs = {
            changed: String(changed),
            files: planned
                .filter(f => f.action !== 'same')
                .map(f => f.path)
                .join('\n')
        };
        const flux = gitops?.files.find(f => f.content.includes('kind: ImagePolicy'));
        const live = opts.checkRegistry
            ? await init_registry_checkRegistry(opts.scaffold, flux, opts.checkRegistry, ctx)
            : [];
        const text = [
            report(planned, write && changed),
            'audit: 0 findings in the generated GitOps files',
            ...live
        ].join('\n');
        if (conflicts.length > 0 && !opts.dryRun) {
            const names = conflicts.map(f => f.path);
            return {
                status: 'failed',
                exitCode: 1,
                outputs,
                text,
                json,
                error: `init: ${names.join(', ')} already exist${names.length === 1 ? 's' : ''} and would change; nothing was written; ` +
                    `review the diff above, then pass --force ${names.join(' --force ')} to replace, or edit by hand`
            };
        }
        return { status: changed ? 'changed' : 'unchanged', outputs, text, json };
    }
};

;// CONCATENATED MODULE: ./src/commands/promote.ts



/** The `promote` command's name. */
const PROMOTE = 'promote';
/** The `plan` command's name. */
const PLAN = 'plan';
const PROMOTE_INPUTS = [
    {
        name: 'from-environment',
        description: 'Environment the digest comes from (e.g. staging).',
        required: true
    },
    {
        name: 'to-environment',
        description: 'Environment to promote into (e.g. production).',
        required: true
    },
    {
        name: 'from-path',
        description: 'Directory of the from environment (default: promotion.yaml, else clusters/<name>).'
    },
    {
        name: 'to-path',
        description: 'Directory of the to environment (default: promotion.yaml, else clusters/<name>).'
    },
    {
        name: 'target-tag',
        description: 'Target tag (one image only); default: the source tag with its environment replaced.'
    },
    {
        name: 'allow-prerelease',
        description: 'Allow a pre-release version into a protected environment.',
        kind: 'flag'
    },
    ...GITOPS_INPUTS
];
const ENVIRONMENT_INPUTS = { to: 'to-environment', from: 'from-environment' };
function parsePromote(src, ctx) {
    const from = getEnvironmentName(src, 'from-environment');
    const to = getEnvironmentName(src, 'to-environment');
    if (from === to) {
        throw new errors/* InputError */.dz('to-environment', `'${to}' is also the from-environment`, 'promote from one environment into another, e.g. from-environment dev, to-environment staging');
    }
    return {
        kind: 'promotion',
        gitops: parseGitOpsOptions(src, ctx),
        from: { name: from, path: getRepositoryPath(src, 'from-path') },
        to: { name: to, path: getRepositoryPath(src, 'to-path') },
        targetTag: src.get('target-tag'),
        allowPrerelease: getBoolean(src, 'allow-prerelease', false)
    };
}
/**
 * Moves the digest the `from` environment runs into the `to` environment: gates,
 * then the immutable target tag on the same bytes, then the files and ledger
 * event in one commit, pushed or proposed as a pull request.
 */
const promoteCommand = {
    name: PROMOTE,
    summary: 'Promote the digest one environment runs into the next (tag, files, ledger, PR).',
    usage: '--from-environment staging --to-environment production [--image ghcr.io/acme/app] [--dry-run]',
    inputs: PROMOTE_INPUTS,
    parse: parsePromote,
    run(job, ctx) {
        return runPromotionJob(job, ctx, false, ENVIRONMENT_INPUTS);
    }
};
/** Everything `promote` would do, written nowhere. */
const planCommand = {
    name: PLAN,
    summary: 'Show what promote would do: gates, tags, file diffs, pull request; writes nothing.',
    usage: '--from-environment staging --to-environment production [--image ghcr.io/acme/app]',
    inputs: PROMOTE_INPUTS.filter(i => i.name !== 'dry-run'),
    // A plan is always dry: it has no dry-run input, so the shared parser must not ask for one.
    parse: (src, ctx) => parsePromote({ get: name => (name === 'dry-run' ? undefined : src.get(name)) }, ctx),
    run(job, ctx) {
        return runPromotionJob(job, ctx, true, ENVIRONMENT_INPUTS);
    }
};

;// CONCATENATED MODULE: ./src/commands/ref.ts


/** The `ref` tool's name, the CLI subcommand and the action `command`. */
const REF = 'ref';
/**
 * Parses and normalises an image reference with distribution's rules, so a
 * workflow can check or split a reference without string slicing.
 */
const refCommand = {
    name: REF,
    summary: 'Parse and normalise an image reference.',
    usage: '<reference> [--json]',
    inputs: [{ name: 'image', description: 'The image reference to parse.', required: true }],
    positionals: ['image'],
    parse(src) {
        return { image: getRequired(src, 'image') };
    },
    run(opts) {
        const json = (0,reference/* referenceToJson */.Zw)(opts.image);
        if (!json.valid) {
            return Promise.resolve({ status: 'failed', outputs: {}, text: json.error, json, exitCode: 2 });
        }
        const text = [
            `normalized: ${json.normalized}`,
            `familiar:   ${json.familiar}`,
            `domain:     ${json.domain}`,
            `path:       ${json.path}`,
            `tag:        ${json.tag ?? '-'}`,
            `digest:     ${json.digest ?? '-'}`
        ].join('\n');
        return Promise.resolve({
            status: 'unchanged',
            outputs: {
                'image-ref': json.normalized,
                ...(json.tag ? { tag: json.tag } : {}),
                ...(json.digest ? { digest: json.digest } : {})
            },
            text,
            json
        });
    }
};

;// CONCATENATED MODULE: ./src/commands/retag.ts







/** The `retag` tool's name. */
const RETAG = 'retag';
/**
 * Gives an image a new immutable tag on the same digest: no rebuild, the exact
 * manifest bytes, a no-op when the tag already names the digest, a refusal when it
 * names another, and a failure when the read-back finds a concurrent writer's digest.
 */
const retagCommand = {
    name: RETAG,
    summary: 'Tag the same digest under a new immutable tag (no rebuild), then read it back. It claims nothing in a GitOps repository: only registry-side tag immutability (ECR, Artifact Registry, Harbor) protects it against a concurrent writer.',
    usage: '<source-ref> (--tag <target-tag> | --to-environment <env>) [--target-image <repo>] [--json]',
    inputs: [
        { name: 'image', description: 'Source image, by tag or name@digest.', required: true },
        { name: 'tag', description: 'Target tag.' },
        {
            name: 'to-environment',
            description: 'Target environment: the tag is the source tag with its environment replaced.'
        },
        {
            name: 'target-image',
            description: 'Target repository when it differs from the source (copied with the digest kept).'
        },
        {
            name: 'tag-template',
            description: 'Environment tag template (default {env}-v{version}-{sha}-{ts}).'
        },
        { name: 'dry-run', description: 'Check everything and write nothing.', kind: 'flag' },
        ...REGISTRY_INPUTS
    ],
    positionals: ['image'],
    parse(src, ctx) {
        const source = parseImageInput(getRequired(src, 'image'), 'image');
        if (!source.tag && !source.digest)
            throw new errors/* InputError */.dz('image', `${(0,util_text/* echo */.W)(source.familiar)} has neither tag nor digest`);
        refuseFloating(source.digest ? undefined : source.tag, 'source');
        const tag = src.get('tag');
        const env = src.get('to-environment');
        if ((tag === undefined) === (env === undefined)) {
            throw new errors/* InputError */.dz('tag', 'set exactly one of tag and to-environment');
        }
        const targetRepo = src.get('target-image');
        const base = targetRepo ? parseImageInput(targetRepo, 'target-image') : source;
        let targetTag = tag;
        if (env !== undefined) {
            if (!source.tag)
                throw new errors/* InputError */.dz('to-environment', 'needs a source tag to derive the target tag from');
            targetTag = deriveTargetTag(source.tag, env, {
                template: src.get('tag-template'),
                now: ctx.now()
            });
        }
        refuseFloating(targetTag, 'target');
        let target;
        try {
            target = parseImageInput(base.repository, 'target-image').withTag(targetTag);
        }
        catch (err) {
            throw new errors/* InputError */.dz('tag', err.message);
        }
        return {
            source,
            target,
            dryRun: getBoolean(src, 'dry-run', false),
            registry: parseRegistryOptions(src, ctx)
        };
    },
    async run(opts, ctx) {
        const client = createRegistryClient(opts.registry, ctx);
        const r = await retag(client, opts.source, opts.target, { dryRun: opts.dryRun });
        const verb = !r.changed ? 'already tagged' : opts.dryRun ? 'would tag' : 'tagged';
        return {
            status: r.changed && !opts.dryRun ? 'changed' : 'unchanged',
            outputs: {
                digest: r.digest,
                'image-ref': r.source,
                'target-tag': opts.target.tag ?? '',
                changed: String(r.changed && !opts.dryRun)
            },
            text: `${verb} ${r.target} -> ${r.digest}`,
            json: {
                source: r.source,
                target: r.target,
                digest: r.digest,
                changed: r.changed && !opts.dryRun
            }
        };
    }
};

;// CONCATENATED MODULE: ./src/commands/rollback.ts





/** The `rollback` command's name. */
const ROLLBACK = 'rollback';
const ROLLBACK_INPUTS = [
    {
        name: 'environment',
        description: 'Environment to roll back (e.g. production).',
        required: true
    },
    {
        name: 'target',
        description: 'previous (default: the digest before the latest move), a digest, or a ledger event id.'
    },
    {
        name: 'strategy',
        description: 'promote (default: rewrite the files to the target digest) or revert (git revert of the promotion commit).'
    },
    {
        name: 'to-path',
        description: 'Directory of the environment (default: promotion.yaml, else clusters/<name>).'
    },
    { name: 'target-tag', description: 'Tag for a target digest the ledger has no tag for.' },
    ...GITOPS_INPUTS
];
/** Picks each image's rollback target from the ledger, or refuses with the reason. */
function rollbackTargets(target, strategy, runId, targetTag) {
    return (ledger, images, to) => {
        const map = new Map();
        for (const image of images) {
            const repo = image.repository;
            const latest = latestDeployment(ledger, to.name, repo);
            let digest;
            let tag;
            if (target === 'previous') {
                const t = previousTarget(ledger, to.name, repo, runId);
                if (!t) {
                    throw new errors/* GateError */.ue('source', `the ledger has no earlier digest of ${repo} in ${to.name}, so there is nothing to roll back to`, 'roll back to an explicit digest with target: sha256:...');
                }
                ;
                ({ digest, tag } = t);
            }
            else if ((0,reference/* isDigest */.Bc)(target)) {
                digest = target;
                tag =
                    [...ledger.events]
                        .reverse()
                        .find(e => e.environment === to.name && e.image === repo && e.digest === target)
                        ?.targetTag ?? undefined;
            }
            else {
                const event = ledger.events.find(e => e.id === target && e.environment === to.name);
                if (!event)
                    throw new errors/* InputError */.dz('target', `event '${target}' not found in .promotions/${to.name}/`, 'use previous, a digest, or an id from status');
                digest = event.digest;
                tag = event.targetTag ?? undefined;
            }
            tag = targetTag ?? tag;
            if (!tag)
                throw new errors/* InputError */.dz('target-tag', `the ledger has no ${to.name} tag for ${repo}@${digest}; set target-tag`);
            const revertOf = strategy === 'revert' && latest && latest.digest !== digest ? latest.id : undefined;
            map.set(repo, { digest, tag, ...(revertOf ? { revertOf } : {}) });
        }
        return map;
    };
}
/**
 * Rolls an environment back through the same governed path as a promotion:
 * gates, the registry tag, files and a ledger event of kind `rollback`, then a
 * commit or pull request per the environment's write mode.
 */
const rollbackCommand = {
    name: ROLLBACK,
    summary: 'Roll an environment back to an earlier digest (same gates, ledger and PR path).',
    usage: '--environment production [--target previous|sha256:...|<event-id>] [--strategy promote|revert]',
    inputs: ROLLBACK_INPUTS,
    parse(src, ctx) {
        const target = src.get('target') ?? 'previous';
        const strategy = getEnum(src, 'strategy', ['promote', 'revert'], 'promote');
        const targetTag = src.get('target-tag');
        return {
            kind: 'rollback',
            gitops: parseGitOpsOptions(src, ctx),
            to: { name: getEnvironmentName(src, 'environment'), path: getRepositoryPath(src, 'to-path') },
            allowPrerelease: true,
            strategy,
            targets: rollbackTargets(target, strategy, ctx.env.GITHUB_RUN_ID, targetTag)
        };
    },
    run(job, ctx) {
        return runPromotionJob(job, ctx, false, { to: 'environment' });
    }
};

;// CONCATENATED MODULE: ./src/commands/set-image.ts






/** The `set-image` tool's name. */
const SET_IMAGE = 'set-image';
/**
 * `kustomize edit set image` that keeps every untouched byte: comments, key
 * order, quoting and line endings stay as they were.
 */
const setImageCommand = {
    name: SET_IMAGE,
    summary: 'Edit a kustomization images: entry (kustomize semantics, bytes preserved).',
    usage: '<dir|kustomization.yaml> <name=newName:newTag@digest>... [--dry-run] [--json]',
    inputs: [
        {
            name: 'path',
            description: 'Directory with a kustomization.yaml, or the file itself.',
            required: true
        },
        {
            name: 'images',
            description: 'kustomize image arguments (name=newName:newTag@digest, name:tag, name@digest); a list.',
            required: true,
            kind: 'list'
        },
        { name: 'dry-run', description: 'Print the result, write nothing.', kind: 'flag' }
    ],
    positionals: ['path', 'images'],
    parse(src, ctx) {
        const target = resolveInside(ctx.workspace, getRequired(src, 'path'), 'path');
        const args = getList(src, 'images');
        if (args.length === 0)
            throw new errors/* InputError */.dz('images', 'required but not set', 'e.g. app=ghcr.io/acme/app:v1@sha256:...');
        return {
            file: target,
            display: external_node_path_default().relative(ctx.workspace, target) || '.',
            edits: args.map(a => parseImageArg(a)),
            dryRun: getBoolean(src, 'dry-run', false)
        };
    },
    async run(opts, ctx) {
        let file = opts.file;
        if ((await (0,promises_.stat)(file).catch(() => undefined))?.isDirectory()) {
            const found = await findKustomization(ctx.workspace, external_node_path_default().relative(ctx.workspace, file));
            if (!found)
                throw new errors/* InputError */.dz('path', `${opts.display} has no kustomization.yaml`);
            file = external_node_path_default().join(ctx.workspace, found);
        }
        const rel = external_node_path_default().relative(ctx.workspace, file);
        const before = await (0,promises_.readFile)(file, 'utf8').catch(() => {
            throw new errors/* InputError */.dz('path', `cannot read ${rel}`);
        });
        const result = setImages(before, opts.edits, { file: rel });
        const changed = result.content !== before;
        if (changed && !opts.dryRun)
            await (0,promises_.writeFile)(file, result.content);
        const lines = result.changes.map(c => `${c.file}:${c.line}: ${c.image} ${c.field}: ${c.old ?? '(none)'} -> ${c.new || '(removed)'}`);
        return {
            status: changed && !opts.dryRun ? 'changed' : 'unchanged',
            outputs: { changed: String(changed && !opts.dryRun) },
            text: opts.dryRun ? result.content : lines.join('\n') || `${rel}: no change`,
            json: { file: rel, changed, changes: result.changes }
        };
    }
};

;// CONCATENATED MODULE: ./src/commands/set-values.ts






/** The `set-values` tool's name. */
const SET_VALUES = 'set-values';
const FORM = 'e.g. image.tag=v1.2.3, images[0].tag=v1 or annotations.example\\.com/x=y';
/** Parses one `<path>=<value>` argument; the first unescaped `=` ends the path. */
function parseAssignment(arg) {
    const eq = arg.search(/(?<!\\)=/);
    if (eq <= 0)
        throw new errors/* InputError */.dz('values', `${(0,util_text/* echo */.W)(arg)} is not <path>=<value>`, FORM);
    const edit = { path: arg.slice(0, eq), value: arg.slice(eq + 1) };
    try {
        parseKeyPath(edit.path);
    }
    catch (err) {
        throw new errors/* InputError */.dz('values', err.message, FORM);
    }
    return edit;
}
/**
 * Writes values into a Helm values file by key path, keeping every untouched byte: comments,
 * key order, quoting and line endings stay as they were.
 */
const setValuesCommand = {
    name: SET_VALUES,
    summary: 'Edit values in a Helm values file by key path (bytes preserved).',
    usage: '<values.yaml> <path=value>... [--create-missing] [--dry-run] [--json]',
    inputs: [
        { name: 'file', description: 'The Helm values file.', required: true },
        {
            name: 'values',
            description: 'Assignments <path>=<value>: keys joined by ".", list items as [n], a dot in a key as "\\."; a list.',
            required: true,
            kind: 'list'
        },
        {
            name: 'create-missing',
            description: 'Add mapping keys the file lacks instead of refusing (list items are never added).',
            kind: 'flag'
        },
        { name: 'dry-run', description: 'Print the result, write nothing.', kind: 'flag' }
    ],
    positionals: ['file', 'values'],
    parse(src, ctx) {
        const file = resolveInside(ctx.workspace, getRequired(src, 'file'), 'file');
        const args = getList(src, 'values');
        if (args.length === 0)
            throw new errors/* InputError */.dz('values', 'required but not set', FORM);
        return {
            file,
            display: external_node_path_default().relative(ctx.workspace, file) || '.',
            edits: args.map(parseAssignment),
            createMissing: getBoolean(src, 'create-missing', false),
            dryRun: getBoolean(src, 'dry-run', false)
        };
    },
    async run(opts) {
        const rel = opts.display;
        const before = await (0,promises_.readFile)(opts.file, 'utf8').catch(() => {
            throw new errors/* InputError */.dz('file', `cannot read ${rel}`, 'give an existing values file');
        });
        let result;
        try {
            result = setValues(before, opts.edits, { file: rel, createMissing: opts.createMissing });
        }
        catch (err) {
            if (!(err instanceof ValuesPathError))
                throw err;
            throw new errors/* InputError */.dz('values', err.message, opts.createMissing ? undefined : 'add it to the file, or pass --create-missing');
        }
        const changed = result.content !== before;
        if (changed && !opts.dryRun)
            await (0,promises_.writeFile)(opts.file, result.content);
        const lines = result.changes.map(c => `${c.file}:${c.line}: ${c.path}: ${c.old ?? '(none)'} -> ${c.new}`);
        return {
            status: changed && !opts.dryRun ? 'changed' : 'unchanged',
            outputs: { changed: String(changed && !opts.dryRun) },
            text: opts.dryRun ? result.content : lines.join('\n') || `${rel}: no change`,
            json: { file: rel, changed, changes: result.changes }
        };
    }
};

;// CONCATENATED MODULE: ./src/commands/set-markers.ts







/** The `set-markers` tool's name. */
const SET_MARKERS = 'set-markers';
/**
 * Rewrites Flux `$imagepolicy` setter markers under a directory the way
 * image-automation-controller does, without the controller: whole references
 * and the `:name`, `:tag`, `:digest` parts.
 */
const setMarkersCommand = {
    name: SET_MARKERS,
    summary: 'Rewrite Flux $imagepolicy setter markers under a directory.',
    usage: '<dir> --policy <ns:name>=<image[:tag][@digest]>... [--dry-run] [--json]',
    inputs: [
        { name: 'path', description: 'Directory to scan (inside the workspace).', required: true },
        {
            name: 'policy',
            description: 'Policy values as <namespace>:<name>=<image[:tag][@digest]>; a list.',
            required: true,
            kind: 'list'
        },
        { name: 'dry-run', description: 'Report the changes, write nothing.', kind: 'flag' }
    ],
    positionals: ['path'],
    parse(src, ctx) {
        const dir = resolveInside(ctx.workspace, getRequired(src, 'path'), 'path');
        const policies = new Map();
        for (const item of getList(src, 'policy')) {
            const eq = item.indexOf('=');
            const key = item.slice(0, eq);
            if (eq < 0 || !/^[a-z0-9][a-z0-9.-]*:[a-z0-9][a-z0-9.-]*$/.test(key)) {
                throw new errors/* InputError */.dz('policy', `${(0,util_text/* echo */.W)(item)} is not <namespace>:<name>=<image[:tag][@digest]>`);
            }
            const ref = parseImageInput(item.slice(eq + 1), 'policy');
            if (!ref.tag && !ref.digest)
                throw new errors/* InputError */.dz('policy', `${(0,util_text/* echo */.W)(item)} needs a tag or a digest`);
            policies.set(key, {
                name: ref.name,
                ...(ref.tag ? { tag: ref.tag } : {}),
                ...(ref.digest ? { digest: ref.digest } : {})
            });
        }
        if (policies.size === 0)
            throw new errors/* InputError */.dz('policy', 'required but not set');
        return { dir, policies, dryRun: getBoolean(src, 'dry-run', false) };
    },
    async run(opts, ctx) {
        const result = await scanDirectory(ctx.workspace, opts.dir, opts.policies);
        if (!opts.dryRun) {
            for (const f of result.files) {
                const abs = external_node_path_default().join(ctx.workspace, f.path);
                await (0,promises_.mkdir)(external_node_path_default().dirname(abs), { recursive: true });
                await (0,promises_.writeFile)(abs, f.content);
            }
        }
        for (const e of result.errors)
            ctx.logger.warning(`${e.file}: ${e.message}`);
        for (const u of result.unknownPolicies)
            ctx.logger.warning(`${u.file}:${u.line}: marker names policy ${u.policy}, which was not given`);
        for (const s of result.skipped)
            ctx.logger.warning(`${s.file}:${s.line}: ${s.marker}: ${s.reason}`);
        const changes = result.files.flatMap(f => f.changes);
        const changed = changes.length > 0 && !opts.dryRun;
        return {
            status: changed ? 'changed' : 'unchanged',
            outputs: { changed: String(changed), files: result.files.map(f => f.path).join('\n') },
            text: changes.map(c => `${c.file}:${c.line}: ${c.marker}: ${c.old} -> ${c.new}`).join('\n') ||
                'no marker changed',
            json: {
                changed,
                files: result.files.map(f => ({ path: f.path, changes: f.changes })),
                errors: result.errors,
                unknownPolicies: result.unknownPolicies,
                skipped: result.skipped
            }
        };
    }
};

;// CONCATENATED MODULE: ./src/status/pins.ts


/** The rollback pins among an environment's pins of one image. */
function pinsOf(state, ledger) {
    return state.pins.flatMap(pin => {
        if (pin.pinnedBy === undefined || !pin.policy)
            return [];
        const event = ledger.events.find(e => e.id === pin.pinnedBy);
        const since = event?.timestamp ?? timeOfEventId(pin.pinnedBy)?.toISOString() ?? null;
        return [{ file: pin.file, policy: pin.policy, event: pin.pinnedBy, since, recorded: !!event }];
    });
}
/** One line per pin, as status prints it. */
function pinLine(pin) {
    const event = pin.event === '' ? '(no event id)' : pins_plain(pin.event);
    const since = pin.since ?? 'an unknown time';
    const unrecorded = pin.recorded ? '' : ' (no such event in the ledger)';
    return `pinned by rollback ${event} since ${since}${unrecorded} (${pin.file}, ${pins_plain(pin.policy)})`;
}
/** Pin text comes from repository files: anything but an id's characters is quoted. */
const pins_plain = (text) => (/^[A-Za-z0-9._:-]{1,200}$/.test(text) ? text : (0,util_text/* echo */.W)(text));

;// CONCATENATED MODULE: ./src/status/status.ts






/** How many environment tags a registry-only status reads events from. */
const MAX_REGISTRY_TAGS = 20;
/** Status from the GitOps repository's files and ledger, checked against the registry. */
async function statusFromGit(state, env, ledger, client, repo, github, ctx) {
    const image = state.image;
    const history = deployments(ledger, env, image.repository);
    const current = history.at(-1) ?? null;
    const drift = [];
    const registryDigest = state.tag
        ? ((await client.head(image.withoutTag().withTag(state.tag)))?.digest ?? null)
        : null;
    if (state.tag && registryDigest === null)
        drift.push(`registry has no tag ${state.tag}, which ${env} names`);
    if (state.tag && registryDigest && state.digest && registryDigest !== state.digest) {
        drift.push(`registry tag ${state.tag} points at ${registryDigest}, but Git pins ${state.digest}: the tag was moved behind Git's back`);
    }
    if (state.tag && registryDigest) {
        const claimed = await claimDrift(repo, image, state.tag, registryDigest, ctx);
        if (claimed)
            drift.push(claimed);
    }
    if (!current)
        drift.push(`no promotion of ${image.repository} into ${env} is recorded in the ledger`);
    else if (state.digest && current.digest !== state.digest) {
        drift.push(`${env} files pin ${state.digest}, but the last recorded ${current.kind} set ${current.digest}: the files changed outside a recorded promotion`);
    }
    if (current)
        drift.push(...(await missingRecord(client, image, current, ctx)));
    const rollbackTarget = await rollbackTargetOf(current, history, client, image);
    let reconciled = null;
    if (current && github) {
        try {
            reconciled = await fluxStatus(repo, current, github);
        }
        catch (err) {
            ctx.logger.warning(`could not read commit statuses: ${err.message}`);
        }
    }
    return {
        environment: env,
        image: image.repository,
        files: {
            digest: state.digest ?? null,
            tag: state.tag ?? null,
            paths: [...new Set(state.pins.map(p => p.file))]
        },
        registry: { tag: state.tag ?? null, digest: registryDigest },
        current,
        previousDigest: current?.previousDigest ?? null,
        rollbackTarget,
        drift,
        notes: [],
        reconciled,
        pins: pinsOf(state, ledger),
        source: 'git'
    };
}
/**
 * A tag whose registry digest differs from its claim was moved after a run claimed it
 * (a writer that did not claim it, such as a bare retag). A repository that cannot be
 * asked for claims only gets a warning: status still answers from the rest.
 */
async function claimDrift(repo, image, tag, registryDigest, ctx) {
    const ref = claimRef(image, tag);
    let claim;
    try {
        claim = (await readClaims(repo.git, [ref])).get(ref);
    }
    catch (err) {
        ctx.logger.warning(`could not read the claim of tag ${tag}: ${err.message}`);
        return undefined;
    }
    if (!claim || claim.digest === registryDigest)
        return undefined;
    if (!claim.digest)
        return `the claim of tag ${tag} (${ref}) names no digest`;
    return `registry tag ${tag} points at ${registryDigest}, but run ${claim.run ?? 'unknown'} claimed it for ${claim.digest}: the tag was moved after it was claimed`;
}
/** Drift when the registry lacks the record of the event Git holds (a failed attach). */
async function missingRecord(client, image, event, ctx) {
    try {
        if (await hasRecord(client, image, event))
            return [];
    }
    catch (err) {
        ctx.logger.warning(`could not read the registry's ledger records: ${err.message}`);
        return [];
    }
    const rerun = event.kind === 'rollback'
        ? 're-run the same rollback workflow run'
        : event.kind === 'adopted'
            ? 're-run adopt'
            : 're-run promote';
    return [
        `event ${event.id} is recorded in Git but missing from the registry; ${rerun} to repair it`
    ];
}
async function rollbackTargetOf(current, history, client, image) {
    if (!current?.previousDigest)
        return null;
    const digest = current.previousDigest;
    const tag = [...history].reverse().find(e => e.digest === digest)?.targetTag ?? null;
    const exists = (await client.head(image.withoutTag().withDigest(digest))) !== undefined;
    return { digest, tag, exists };
}
/** Flux's notification-controller posts `kustomization/<name>/…` statuses on the commit it applied. */
async function fluxStatus(repo, event, github) {
    const commit = await findEventCommit(repo, event);
    if (!commit)
        return null;
    const res = await github.octokit.rest.repos.listCommitStatusesForRef({
        owner: github.owner,
        repo: github.repo,
        ref: commit,
        per_page: 100
    });
    const flux = res.data.find(s => /^kustomization\/|flux/i.test(s.context));
    return flux
        ? { state: flux.state, context: flux.context, commit }
        : { state: 'unknown', context: 'no Flux status yet', commit };
}
/**
 * Status from the registry alone, for when the GitOps repository is out of
 * reach: the newest environment tag, and the ledger events attached to its digest.
 */
async function statusFromRegistry(image, env, client, template) {
    const parsed = parseTemplate(template ?? DEFAULT_TAG_TEMPLATE);
    const tags = (await client.listTags(image))
        .map(tag => ({ tag, fields: parseTag(parsed, tag) }))
        .filter(t => t.fields?.env === env)
        .sort((a, b) => Number(a.fields?.now ?? a.fields?.ts ?? 0) - Number(b.fields?.now ?? b.fields?.ts ?? 0) ||
        a.tag.localeCompare(b.tag));
    // A rollback makes an older tag current again, so read the events of the newest few tags
    // and trust the latest event, not the newest tag.
    const events = [];
    const seen = new Set();
    for (const { tag } of tags.slice(-MAX_REGISTRY_TAGS)) {
        const d = (await client.head(image.withoutTag().withTag(tag)))?.digest;
        if (!d || seen.has(d))
            continue;
        seen.add(d);
        events.push(...(await readDigestEvents(client, image, d)).filter(e => e.environment === env && e.kind !== 'capture'));
    }
    events.sort((a, b) => a.timestamp.localeCompare(b.timestamp));
    const current = events.at(-1) ?? null;
    const newest = current?.targetTag ?? tags.at(-1)?.tag ?? null;
    const digest = newest
        ? ((await client.head(image.withoutTag().withTag(newest)))?.digest ?? null)
        : null;
    const drift = current && digest !== current.digest
        ? [`${env} tag ${newest} points at ${digest}, but the last event recorded ${current.digest}`]
        : [];
    const notes = await unrecordedTag(client, image, env, tags.at(-1)?.tag, events);
    return {
        environment: env,
        image: image.repository,
        files: null,
        registry: { tag: newest, digest },
        current,
        previousDigest: current?.previousDigest ?? null,
        rollbackTarget: current?.previousDigest
            ? {
                digest: current.previousDigest,
                tag: null,
                exists: (await client.head(image.withoutTag().withDigest(current.previousDigest))) !== undefined
            }
            : null,
        drift,
        notes,
        reconciled: null,
        pins: [],
        source: 'registry'
    };
}
/**
 * A note when the newest environment tag's digest has no event of the environment attached:
 * a move whose record failed to attach (Git may have it), or a tag pushed by hand or by capture.
 */
async function unrecordedTag(client, image, env, tag, events) {
    if (!tag)
        return [];
    const digest = (await client.head(image.withoutTag().withTag(tag)))?.digest;
    if (!digest || events.some(e => e.digest === digest))
        return [];
    return [
        `${env} tag ${tag} (${digest}) has no ledger record in the registry; if the GitOps repository records this move, re-run promote to repair it`
    ];
}

;// CONCATENATED MODULE: ./src/commands/status.ts














/** The `status` command's name. */
const STATUS = 'status';
/**
 * What an environment runs now and how it got there: the files, the registry's
 * answer, the last recorded move (run, actor, time, source revision), the
 * rollback target, drift between Git, ledger and registry, and Flux's status.
 */
const statusCommand = {
    name: STATUS,
    summary: 'What an environment runs, who moved it, the rollback target, and any drift.',
    usage: '--environment production [--image ghcr.io/acme/app] [--ledger git|registry] [--json]',
    inputs: [
        { name: 'environment', description: 'Environment to describe.', required: true },
        {
            name: 'image',
            description: 'Image repositories (default: images in promotion.yaml); a list.',
            kind: 'list'
        },
        {
            name: 'ledger',
            description: 'git (default: files and .promotions in the GitOps repository) or registry (events attached to the digests).'
        },
        { name: 'config', description: 'Path of promotion.yaml in the GitOps repository.' },
        {
            name: 'to-path',
            description: 'Directory of the environment (default: promotion.yaml, else clusters/<name>).'
        },
        { name: 'gitops-repository', description: 'owner/name of the GitOps repository to clone.' },
        { name: 'gitops-token', description: 'Token to read gitops-repository.', secret: true },
        { name: 'gitops-path', description: 'Checkout of the GitOps repository in the workspace.' },
        { name: 'gitops-branch', description: 'Branch to read (default: the default branch).' },
        {
            name: 'tag-template',
            description: 'Environment tag template (default {env}-v{version}-{sha}-{ts}).'
        },
        ...REGISTRY_INPUTS
    ],
    parse(src, ctx) {
        const registry = parseRegistryOptions(src, ctx);
        const repository = parseRepositoryInputs(src, ctx);
        return {
            environment: getEnvironmentName(src, 'environment'),
            images: getList(src, 'image').map(i => parseImageInput(i, 'image')),
            ledger: getEnum(src, 'ledger', ['git', 'registry'], 'git'),
            configPath: getRepositoryPath(src, 'config') ?? 'promotion.yaml',
            envPath: getRepositoryPath(src, 'to-path'),
            ...repository,
            tagTemplate: src.get('tag-template'),
            registry,
            githubToken: repository.gitopsToken ?? registry.githubToken,
            serverUrl: ctx.env.GITHUB_SERVER_URL ?? 'https://github.com',
            apiUrl: ctx.env.GITHUB_API_URL ?? 'https://api.github.com'
        };
    },
    async run(opts, ctx) {
        const client = createRegistryClient(opts.registry, ctx);
        let statuses;
        if (opts.ledger === 'registry') {
            if (opts.images.length === 0)
                throw new errors/* InputError */.dz('image', 'required with ledger: registry');
            statuses = [];
            for (const image of opts.images)
                statuses.push(await statusFromRegistry(image, opts.environment, client, opts.tagTemplate));
        }
        else {
            statuses = await fromGit(opts, ctx, client);
        }
        return status_render(opts.environment, statuses);
    }
};
/** The environment `status` reports on; one promotion.yaml does not list names the input. */
function statusEnvironment(config, opts) {
    try {
        return environmentFor(config, opts.environment, opts.envPath);
    }
    catch (err) {
        if (err instanceof UnknownEnvironmentError)
            throw environmentInputError(err, 'environment');
        throw err;
    }
}
async function fromGit(opts, ctx, client) {
    const repo = await openRepository({
        repository: opts.gitopsRepository,
        path: opts.gitopsPath,
        token: opts.gitopsToken,
        branch: opts.gitopsBranch,
        serverUrl: opts.serverUrl
    }, ctx);
    try {
        const config = await loadConfig(repo.root, opts.configPath, false);
        const env = statusEnvironment(config, opts);
        const images = opts.images.length > 0 ? opts.images : configImages(config, opts.configPath);
        if (images.length === 0)
            throw new errors/* InputError */.dz('image', 'required but not set', 'name the image, or list images in promotion.yaml');
        const ledger = await readLedger(repo.root, env.name);
        for (const p of ledger.problems)
            ctx.logger.warning(`ledger file ${p.file} skipped: ${p.message}`);
        const [owner, name] = (opts.gitopsRepository ?? ctx.env.GITHUB_REPOSITORY ?? '').split('/');
        const github = opts.githubToken && owner && name
            ? {
                octokit: await createOctokit(opts.githubToken, {
                    baseUrl: opts.apiUrl,
                    logger: ctx.logger
                }),
                owner,
                repo: name
            }
            : undefined;
        const states = await readEnvironment(repo.root, env.path, images, env.values);
        const out = [];
        for (const state of states)
            out.push(await statusFromGit(state, env.name, ledger, client, repo, github, ctx));
        return out;
    }
    finally {
        await repo.close();
    }
}
function status_render(env, statuses) {
    const lines = [];
    for (const s of statuses) {
        const c = s.current;
        lines.push(`${s.image} in ${env} (from ${s.source === 'git' ? 'Git and the registry' : 'the registry alone'})`, `  runs:        ${s.files?.digest ?? s.registry.digest ?? 'unknown'}${s.files?.tag ? ` (${s.files.tag})` : s.registry.tag ? ` (${s.registry.tag})` : ''}`, `  registry:    ${s.registry.tag ? `${s.registry.tag} -> ${s.registry.digest ?? 'missing'}` : 'no tag'}`, `  moved by:    ${c ? `${c.kind} ${c.id} by ${c.actor ?? 'unknown'} at ${c.timestamp}${c.pipeline.url ? ` in ${c.pipeline.url}` : ''}` : 'no recorded promotion'}`, `  built from:  ${c?.sourceRevision ?? 'unknown'}`, `  before:      ${s.previousDigest ?? 'none'}`, `  rollback to: ${s.rollbackTarget ? `${s.rollbackTarget.digest}${s.rollbackTarget.tag ? ` (${s.rollbackTarget.tag})` : ''}${s.rollbackTarget.exists ? '' : ' (MISSING from the registry)'}` : 'none'}`, `  flux:        ${s.reconciled ? `${s.reconciled.state} (${s.reconciled.context})` : 'not asked'}`, ...s.pins.map(p => `  PINNED:      ${pinLine(p)}`), ...(s.drift.length > 0 ? s.drift.map(d => `  DRIFT:       ${d}`) : ['  drift:       none']), ...s.notes.map(n => `  NOTE:        ${n}`));
    }
    const first = statuses[0];
    const drift = statuses.some(s => s.drift.length > 0);
    const rows = statuses.map(s => `| ${cell(s.image)} | ${code(s.files?.digest ?? s.registry.digest ?? '-')} | ${s.current ? cell(`${s.current.actor ?? '-'} ${s.current.timestamp}`) : '-'} | ${s.previousDigest ? code(s.previousDigest) : '-'} | ${s.drift.length > 0 ? cell(s.drift.join('; ')) : 'none'} |`);
    return {
        status: 'unchanged',
        outputs: {
            digest: first?.files?.digest ?? first?.registry.digest ?? '',
            'image-ref': first
                ? `${first.image}@${first.files?.digest ?? first.registry.digest ?? ''}`
                : '',
            'previous-digest': first?.previousDigest ?? '',
            'rollback-target': first?.rollbackTarget?.digest ?? '',
            drift: String(drift),
            changed: 'false'
        },
        text: lines.join('\n'),
        json: { environment: env, images: statuses },
        summary: `### ${cell(env)}\n\n| image | runs | moved by | previous | drift |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`,
        annotations: statuses.flatMap(s => s.drift.map(d => ({
            level: 'warning',
            message: d,
            file: s.files?.paths[0] ?? '.',
            title: 'drift'
        })))
    };
}

;// CONCATENATED MODULE: ./src/audit/report.ts



// A job summary is capped at 1 MiB by GitHub; the full list is in the log and in SARIF.
const MAX_SUMMARY_ROWS = 300;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** `2 errors, 1 warning, 0 notes in 12 YAML files`. */
function countsLine(c) {
    const what = `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.note, 'note')}`;
    return `${what} in ${plural(c.files, 'YAML file')}`;
}
/** Findings grouped by file, each with its line, severity, rule, message and fix. */
function renderText(findings, counts) {
    if (findings.length === 0)
        return `audit: no findings in ${plural(counts.files, 'YAML file')}`;
    const out = [];
    let current;
    const lineWidth = Math.max(...findings.map(f => String(f.line).length));
    const indent = ' '.repeat(2 + lineWidth + 2 + 7 + 2 + 5 + 2);
    for (const f of findings) {
        if (f.file !== current) {
            if (current !== undefined)
                out.push('');
            out.push(oneLine(f.file));
            current = f.file;
        }
        out.push(`  ${String(f.line).padStart(lineWidth)}  ${f.severity.padEnd(7)}  ${f.rule}  ${f.message}`);
        out.push(`${indent}fix: ${f.fix}`);
    }
    out.push('', `audit: ${countsLine(counts)}`);
    return out.join('\n');
}
/** The `json` rendering. */
function renderJson(findings, counts) {
    return { findings: findings.map(f => ({ ...f })), counts };
}
/** A Markdown job summary: totals, then one table row per finding (capped). */
function renderSummary(findings, counts) {
    const lines = ['### digest-promote audit', '', `**${countsLine(counts)}**`];
    if (findings.length === 0)
        return `${lines.join('\n')}\n`;
    lines.push('', '| rule | severity | file:line | message |', '| --- | --- | --- | --- |');
    for (const f of findings.slice(0, MAX_SUMMARY_ROWS)) {
        const rule = `${f.rule} ${ruleOf(f.rule).name}`;
        lines.push(`| ${cell(rule)} | ${f.severity} | ${cell(`${f.file}:${f.line}`)} | ${cell(`${f.message}; fix: ${f.fix}`)} |`);
    }
    if (findings.length > MAX_SUMMARY_ROWS) {
        lines.push('', `… and ${findings.length - MAX_SUMMARY_ROWS} more; see the log or the SARIF file.`);
    }
    return `${lines.join('\n')}\n`;
}
/**
 * One annotation per finding. `prefix` is the audited root relative to the workspace (`''`
 * when they are the same), since GitHub places annotations by repository-relative path.
 */
function toAnnotations(findings, prefix) {
    return findings.map(f => ({
        level: f.severity === 'note' ? 'notice' : f.severity,
        message: `${f.message}; fix: ${f.fix}`,
        file: prefix + f.file,
        line: f.line,
        title: `${f.rule} ${ruleOf(f.rule).name}`
    }));
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(71013);
;// CONCATENATED MODULE: ./src/audit/sarif.ts
/**
 * SARIF 2.1.0 rendering of an audit, as `github/codeql-action/upload-sarif` reads it: one run,
 * every rule described in `tool.driver.rules`, every finding a result with a repository-
 * relative `artifactLocation.uri` and a 1-based `region.startLine`.
 */


/** The schema URI SARIF 2.1.0 logs name (the OASIS errata 01 location). */
const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
function pathToUri(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}
function driver() {
    return {
        name: 'digest-promote',
        version: version/* VERSION */.x,
        semanticVersion: version/* VERSION */.x,
        rules: RULES.map(r => ({
            id: r.id,
            name: r.name,
            shortDescription: { text: r.summary },
            fullDescription: { text: r.help },
            help: { text: `${r.help} Fix: ${r.fix}.`, markdown: `${r.help}\n\n**Fix:** ${r.fix}.` },
            defaultConfiguration: { level: r.severity },
            properties: { tags: ['gitops', 'supply-chain'] }
        }))
    };
}
/**
 * The SARIF log for `findings`. `prefix` is the audited root relative to the repository
 * checkout (`''` when it is the root), so URIs resolve against `%SRCROOT%` as code scanning
 * expects.
 */
function renderSarif(findings, prefix) {
    const index = new Map(RULES.map((r, i) => [r.id, i]));
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: { driver: driver() },
                columnKind: 'utf16CodeUnits',
                results: findings.map(f => ({
                    ruleId: f.rule,
                    ruleIndex: index.get(f.rule) ?? 0,
                    level: f.severity,
                    message: { text: `${f.message}. Fix: ${f.fix}.` },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: pathToUri(prefix + f.file), uriBaseId: '%SRCROOT%' },
                                region: { startLine: f.line }
                            }
                        }
                    ]
                }))
            }
        ]
    };
}

;// CONCATENATED MODULE: ./src/commands/audit.ts













/** The `audit` command's name, the CLI subcommand and the action `command`. */
const AUDIT = 'audit';
/** Output formats of {@link auditCommand}. */
const AUDIT_FORMATS = ['text', 'json', 'sarif'];
/**
 * Checks registry domains and writes Docker Hub the way parsed references do (`docker.io`), so
 * `index.docker.io` in a list still matches Hub images.
 */
function normaliseRegistries(list, input) {
    return list.map(entry => {
        if (!reference/* DOMAIN_REGEXP */.DW.test(entry)) {
            throw new errors/* InputError */.dz(input, `${(0,util_text/* echo */.W)(entry)} is not a registry domain`, 'use a host name with an optional port, e.g. ghcr.io or registry.example.com:5000');
        }
        return canonicalDomain(entry);
    });
}
const canonicalDomain = (domain) => domain === reference/* LEGACY_DEFAULT_DOMAIN */.VS ? reference/* DEFAULT_DOMAIN */.lV : domain;
async function assertDirectory(root) {
    const isDir = await (0,promises_.stat)(root).then(s => s.isDirectory(), () => false);
    if (!isDir)
        throw new errors/* InputError */.dz('path', `${root} is not a directory`);
}
/** The audited root relative to the workspace, as a `/`-terminated prefix (`''` when equal). */
function workspacePrefix(workspace, root) {
    const rel = external_node_path_default().relative(external_node_path_default().resolve(workspace), root);
    return rel === '' ? '' : `${rel.split((external_node_path_default()).sep).join('/')}/`;
}
async function writeSarif(file, content) {
    try {
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        await (0,promises_.writeFile)(file, content);
    }
    catch (err) {
        throw new errors/* PromoteError */.jG(`cannot write sarif-file ${file}: ${err.message}`);
    }
}
/**
 * Lints a GitOps repository against the promotion guardrails (rules DP000 to DP010 in
 * `src/audit/rules.ts`): tag-only or floating images in protected environments, registries
 * outside the allow-list, loose Flux ImagePolicies, dangling markers, image automation
 * that pushes to a protected branch without review, and old rollback pins.
 */
const auditCommand = {
    name: AUDIT,
    summary: 'Lint a GitOps repository against the promotion guardrails.',
    usage: '[path] [--format text|json|sarif] [--protected-paths <glob>] [--sarif-file <file>]',
    inputs: [
        {
            name: 'path',
            description: 'Root of the GitOps repository to audit, inside the workspace (default: the workspace).'
        },
        { name: 'format', description: 'Output format: text, json or sarif (default text).' },
        {
            name: 'protected-paths',
            description: 'Globs of protected environments relative to path, e.g. clusters/production/**; a list ' +
                '(default: protected environments in promotion.yaml, else directories named like prod or production).',
            kind: 'list'
        },
        {
            name: 'allowed-registries',
            description: 'Registries images may come from; a list (default: promotion.yaml, else any).',
            kind: 'list'
        },
        {
            name: 'config',
            description: 'Path of promotion.yaml in the GitOps repository (default promotion.yaml, optional).'
        },
        {
            name: 'sarif-file',
            description: 'Also write the findings as SARIF 2.1.0 to this file in the workspace (for upload-sarif).'
        },
        {
            name: 'pin-max-age',
            description: 'How long a rollback pin may keep Flux image automation off a field before DP010 reports it, e.g. 7d, 36h, 2w (default 7d).'
        }
    ],
    positionals: ['path'],
    parse(src, ctx) {
        const root = resolveInside(ctx.workspace, src.get('path') ?? '.', 'path');
        const config = src.get('config');
        const configPath = config ?? 'promotion.yaml';
        resolveInside(root, configPath, 'config');
        const sarif = src.get('sarif-file');
        const pinLabel = src.get('pin-max-age') ?? '7d';
        const pinMs = parseDuration(pinLabel);
        if (pinMs === undefined)
            throw new errors/* InputError */.dz('pin-max-age', `${(0,util_text/* echo */.W)(pinLabel)} is not a duration`, 'use whole numbers with units s, m, h, d or w, e.g. 7d or 36h');
        return {
            pinMaxAge: { ms: pinMs, label: pinLabel },
            root,
            format: getEnum(src, 'format', AUDIT_FORMATS, 'text'),
            protectedPaths: parseProtectedGlobs(getList(src, 'protected-paths')),
            allowedRegistries: normaliseRegistries(getList(src, 'allowed-registries'), 'allowed-registries'),
            configPath,
            configRequired: config !== undefined,
            ...(sarif === undefined
                ? {}
                : { sarifFile: resolveInside(ctx.workspace, sarif, 'sarif-file') })
        };
    },
    async run(opts, ctx) {
        await assertDirectory(opts.root);
        const config = await loadConfig(opts.root, opts.configPath, opts.configRequired);
        const allowed = opts.allowedRegistries.length > 0
            ? opts.allowedRegistries
            : (config?.registries?.allowed ?? []).map(canonicalDomain);
        const protection = protectionFor(opts.protectedPaths, config, opts.configPath);
        ctx.logger.info(protection.description);
        const registries = allowed.length > 0 ? allowed.join(', ') : 'any (DP003 is off)';
        ctx.logger.info(`allowed registries: ${registries}`);
        const limits = opts.limits ? { limits: opts.limits } : {};
        const pinAge = { maxAgeMs: opts.pinMaxAge.ms, label: opts.pinMaxAge.label, now: ctx.now() };
        const report = await auditRepository({
            root: opts.root,
            protection,
            allowed,
            pinAge,
            ...limits
        });
        const { findings } = report;
        const counts = countFindings(findings, report.files);
        const prefix = workspacePrefix(ctx.workspace, opts.root);
        const sarif = `${JSON.stringify(renderSarif(findings, prefix), null, 2)}\n`;
        const json = renderJson(findings, counts);
        const outputs = {
            findings: String(counts.findings),
            errors: String(counts.error)
        };
        if (opts.sarifFile) {
            await writeSarif(opts.sarifFile, sarif);
            outputs['sarif-file'] = opts.sarifFile;
        }
        const text = {
            sarif: () => sarif.trimEnd(),
            json: () => JSON.stringify(json, null, 2),
            text: () => renderText(findings, counts)
        }[opts.format]();
        const failed = counts.error > 0;
        return {
            status: failed ? 'failed' : 'unchanged',
            outputs,
            text,
            json,
            summary: renderSummary(findings, counts),
            annotations: toAnnotations(findings, prefix),
            ...(failed ? { exitCode: 1, error: `audit: ${countsLine(counts)}` } : {})
        };
    }
};

;// CONCATENATED MODULE: ./src/commands/verify.ts










/** The `verify` command's name. */
const VERIFY = 'verify';
const DIGEST = /^sha256:[0-9a-f]{64}$/;
/**
 * Runs the production signature gate on a digest (and the attestation gate when asked), or
 * verifies a Sigstore bundle for an artifact digest offline, and says what verified.
 */
const verifyCommand = {
    name: VERIFY,
    summary: 'Verify a digest as the signature gate does, or a Sigstore bundle offline.',
    usage: '(<image>@<digest> | --bundle <file> --digest sha256:<hex>) [signer inputs] [--json]',
    inputs: [
        { name: 'image', description: 'The image to verify, as name@sha256:<digest>.' },
        {
            name: 'bundle',
            description: 'A Sigstore bundle file to verify offline (needs digest), instead of an image.'
        },
        { name: 'digest', description: 'The artifact digest the bundle must be for (sha256:<hex>).' },
        {
            name: 'attested-in',
            description: 'Environments whose signed promotion attestation of the digest must verify too, comma or newline separated.',
            kind: 'list'
        },
        ...PROVENANCE_INPUTS,
        ...SIGNING_INPUTS,
        ...REGISTRY_INPUTS
    ],
    positionals: ['image'],
    parse(src, ctx) {
        const image = src.get('image');
        const bundle = src.get('bundle');
        if ((image === undefined) === (bundle === undefined)) {
            throw new errors/* InputError */.dz('image', 'set exactly one of image and bundle', `usage: ${this.usage}`);
        }
        const signing = parseSigningOptions(src, ctx);
        if (signing.sign)
            throw new errors/* InputError */.dz('sign', 'true, but verify never signs', 'drop it');
        const provenance = parseProvenanceOptions(src);
        if (bundle !== undefined) {
            if (provenance.require) {
                throw new errors/* InputError */.dz('require-provenance', 'only used with image', 'verify an image digest');
            }
            return parseBundleMode(src, ctx, bundle, signing);
        }
        const ref = parseImageInput(image ?? '', 'image');
        if (!ref.digest) {
            throw new errors/* InputError */.dz('image', `'${ref.familiar}' has no digest`, 'verify name@sha256:<digest>');
        }
        if (src.get('digest') !== undefined) {
            throw new errors/* InputError */.dz('digest', 'only used with bundle', 'put the digest in image');
        }
        return {
            mode: 'image',
            image: ref,
            attestedIn: getList(src, 'attested-in'),
            provenance,
            signing,
            registry: parseRegistryOptions(src, ctx)
        };
    },
    async run(opts, ctx) {
        return opts.mode === 'bundle' ? runBundle(opts, ctx) : runImage(opts, ctx);
    }
};
function parseBundleMode(src, ctx, bundle, signing) {
    const digest = src.get('digest');
    if (digest === undefined) {
        throw new errors/* InputError */.dz('digest', 'required with bundle', 'set it to the artifact digest');
    }
    if (!DIGEST.test(digest)) {
        throw new errors/* InputError */.dz('digest', `'${digest}' is not sha256:<64 lowercase hex>`);
    }
    if (src.get('attested-in') !== undefined) {
        throw new errors/* InputError */.dz('attested-in', 'only used with image', 'verify an image digest');
    }
    if (!signing.publicKey && !signing.certificateIdentity && !signing.certificateIdentityRegexp) {
        throw new errors/* InputError */.dz('certificate-identity', 'not set, and neither is public-key', 'name the signer to trust: certificate-identity (or certificate-identity-regexp), or public-key');
    }
    return { mode: 'bundle', bundle: resolveInside(ctx.workspace, bundle, 'bundle'), digest, signing };
}
async function runBundle(opts, ctx) {
    const policy = bundlePolicy(opts.signing, ctx);
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(opts.bundle);
    }
    catch (err) {
        throw new errors/* InputError */.dz('bundle', `cannot read ${opts.bundle} (${(0,errors/* errorMessage */.gJ)(err)})`);
    }
    // The sigstore stack is loaded only when a bundle is checked.
    const [{ verifyBundleForDigest }, { seededPublicGoodRoot }, { loadTrustedRootFile }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(505), __webpack_require__.e(42), __webpack_require__.e(589), __webpack_require__.e(140)]).then(__webpack_require__.bind(__webpack_require__, 81140)),
        Promise.all(/* import() */[__webpack_require__.e(505), __webpack_require__.e(383)]).then(__webpack_require__.bind(__webpack_require__, 38383)),
        Promise.all(/* import() */[__webpack_require__.e(505), __webpack_require__.e(42), __webpack_require__.e(465)]).then(__webpack_require__.bind(__webpack_require__, 34465))
    ]);
    const root = opts.signing.trustedRoot
        ? await loadTrustedRootFile(opts.signing.trustedRoot)
        : seededPublicGoodRoot();
    let verified;
    try {
        verified = verifyBundleForDigest(bytes, opts.digest, policy, root);
    }
    catch (err) {
        if (!(err instanceof types/* SigningError */.uJ))
            throw err;
        throw new errors/* GateError */.ue('signature', `${opts.bundle} does not verify for ${opts.digest}: ${err.message}`, 'verify the right bundle and digest, and trust its signer (certificate-identity, certificate-oidc-issuer or public-key, and trusted-root)');
    }
    const lines = [
        ['verified', `${opts.digest} (${verified.content})`],
        ['predicate', verified.predicateType],
        ['identity', verified.identity],
        ['issuer', verified.issuer],
        ['key', verified.keyFingerprint],
        ['rekor log index', verified.rekorLogIndex],
        ...verified.timestamps.map(t => [`signed at (${t.source})`, t.time])
    ];
    return result(lines, verified, opts.digest, verified);
}
async function runImage(opts, ctx) {
    const client = createRegistryClient(opts.registry, ctx);
    const gates = [];
    let verified;
    await ctx.logger.group('signature gate', async () => {
        const checked = await signatureCheck(client, opts.image, opts.signing, true, ctx.logger);
        gates.push(checked.gate);
        verified = checked.verified;
    });
    if (opts.attestedIn.length > 0) {
        await ctx.logger.group('attestation gate', async () => {
            gates.push(await attestationGate(client, opts.image, opts.attestedIn, opts.signing, ctx.logger));
        });
    }
    let built;
    if (opts.provenance.require) {
        await ctx.logger.group('provenance gate', async () => {
            const token = opts.registry.githubToken;
            const checked = await provenanceGate(client, opts.image, opts.provenance, opts.signing, true, ctx.logger, token
                ? { github: { token, apiUrl: ctx.env.GITHUB_API_URL ?? 'https://api.github.com' } }
                : {});
            gates.push(checked.gate);
            built = checked.provenance;
        });
    }
    const digest = opts.image.digest ?? '';
    const lines = [
        ['verified', `${opts.image.repository}@${digest} (${verified?.backend ?? 'signature'})`],
        ['identity', verified?.identity],
        ['issuer', verified?.issuer],
        ['key', verified?.keyFingerprint],
        ['rekor log index', verified?.rekorLogIndex],
        ['signed at (rekor)', verified?.integratedTime],
        ['built by', built?.builder],
        ['source repository', built?.repository],
        ['source ref', built?.ref],
        ['source commit', built?.commit],
        ['build workflow', built?.workflow],
        ...gates.map(g => [`${g.name} gate`, `${g.result}: ${g.detail ?? ''}`])
    ];
    return result(lines, { image: opts.image.normalized, ...verified, gates, ...(built ? { provenance: built } : {}) }, digest, verified);
}
/** The printed lines, the outputs and the JSON of a verification that passed. */
function result(lines, json, digest, who = {}) {
    const shown = lines.filter((l) => l[1] !== undefined);
    const width = Math.max(...shown.map(([k]) => k.length)) + 1;
    const outputs = { digest, verified: 'true' };
    if (who.identity)
        outputs['signer-identity'] = who.identity;
    if (who.issuer)
        outputs['signer-issuer'] = who.issuer;
    if (who.keyFingerprint)
        outputs['key-fingerprint'] = who.keyFingerprint;
    if (who.rekorLogIndex)
        outputs['rekor-log-index'] = who.rekorLogIndex;
    return {
        status: 'unchanged',
        outputs,
        text: shown.map(([k, v]) => `${`${k}:`.padEnd(width)} ${v}`).join('\n'),
        json
    };
}
/** The signer a bundle must have: the public key, else the keyless identity and issuer. */
function bundlePolicy(signing, ctx) {
    if (signing.publicKey) {
        let publicKey;
        try {
            publicKey = (0,keys/* loadPublicKey */.fg)((0,keys/* resolveKeyText */.rd)(signing.publicKey, signing.env, ctx.logger));
        }
        catch (err) {
            throw new errors/* InputError */.dz('public-key', (0,errors/* errorMessage */.gJ)(err), 'give a PEM public key (P-256)');
        }
        return { publicKey };
    }
    return {
        ...(signing.certificateIdentity ? { certificateIdentity: signing.certificateIdentity } : {}),
        ...(signing.certificateIdentityRegexp
            ? { certificateIdentityRegexp: signing.certificateIdentityRegexp }
            : {}),
        certificateOidcIssuer: signing.certificateOidcIssuer
    };
}

;// CONCATENATED MODULE: ./src/commands/index.ts














/**
 * The one command table both shells read: the action's `command` input and the
 * CLI's subcommands. A command is listed here only once it works end to end.
 */
const COMMANDS = [
    captureCommand,
    promoteCommand,
    planCommand,
    rollbackCommand,
    adoptCommand,
    statusCommand,
    auditCommand,
    verifyCommand,
    refCommand,
    retagCommand,
    selectTagCommand,
    setImageCommand,
    setValuesCommand,
    setMarkersCommand,
    initCommand
];
/** Finds a command by its kebab-case name. */
function findCommand(name) {
    return COMMANDS.find(c => c.name === name);
}
/** The names of every available command, for error messages. */
function commandNames() {
    return COMMANDS.map(c => c.name);
}

;// CONCATENATED MODULE: ./src/util/redact.ts
/** What a secret is replaced with in everything printed. */
const REDACTED = '***';
/** Derived forms shorter than this are not redacted: they would hide ordinary text. */
const MIN_DERIVED = 6;
/**
 * The forms a secret can leak in: as it is, URL-encoded (a query string, a clone URL), and
 * base64. A secret can sit at any byte offset of a base64 text (`Basic base64(user:pass)`, a
 * Docker `auth` entry), so each of the three alignments is given, cut to the characters that
 * depend on the secret's bytes alone, as GitHub's runner does for its own tokens.
 */
function secretForms(secret) {
    if (secret === '')
        return [];
    const forms = new Set([secret]);
    const derived = [encodeURIComponent(secret), ...base64Forms(Buffer.from(secret))];
    for (const form of derived)
        if (form.length >= MIN_DERIVED)
            forms.add(form);
    return [...forms];
}
function base64Forms(bytes) {
    const forms = [];
    for (let offset = 0; offset < 3; offset++) {
        const total = offset + bytes.length;
        const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
        const start = Math.ceil((offset * 4) / 3);
        const end = Math.floor(total / 3) * 4 + Math.floor(((total % 3) * 8) / 6);
        forms.push(encoded.slice(start, end), encoded.slice(start, end).replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return forms;
}
/**
 * Replaces every known secret, in every form of {@link secretForms}, with {@link REDACTED}.
 * The CLI sends everything it prints through one of these, so a registry that echoes an
 * `Authorization` header into an error body cannot put a credential on the terminal.
 */
class Redactor {
    forms = [];
    /** Adds a secret (a token, a password, a `user:pass` pair); an empty one is ignored. */
    add(secret) {
        if (!secret)
            return;
        const all = new Set([...this.forms, ...secretForms(secret)]);
        // Longest first, so a secret is never half-replaced by a shorter one inside it.
        this.forms = [...all].sort((a, b) => b.length - a.length);
    }
    /** `text` with every known secret replaced. */
    redact(text) {
        let out = text;
        for (const form of this.forms)
            if (out.includes(form))
                out = out.split(form).join(REDACTED);
        return out;
    }
}

;// CONCATENATED MODULE: ./src/util/workflow-commands.ts
/**
 * Keeps text we print from being read as a GitHub Actions workflow command. The runner
 * reads every line of a step's stdout and stderr: a line that starts (after blanks) with
 * `::name::` is a command, and so is the legacy `##[name]` anywhere in a line; `\r`
 * ends a line as `\n` does. Text from the GitOps repository, the registry or a file can
 * hold either, so it is printed inside `::stop-commands::<token>` … `::<token>::`, with a
 * token nobody can guess.
 */

/** 128 random bits in hex: a token the printed text cannot contain or guess. */
const randomToken = () => (0,external_node_crypto_.randomBytes)(16).toString('hex');
/**
 * Whether the runner could find a workflow command somewhere in `text`: a line (split at `\n`
 * or `\r`) whose first non-blank characters are `::`, or `##[` anywhere. A `::` inside a line,
 * as in OpenSSL's `routines::decode error`, is not one.
 */
function mayHoldCommand(text) {
    return /(?:^|[\r\n])[^\S\r\n]*::/.test(text) || text.includes('##[');
}
/**
 * Returns `text` unchanged when it cannot hold a workflow command, else wrapped so the
 * runner ignores every command in it: `::stop-commands::<token>`, the text, `::<token>::`.
 */
function neutralise(text, token = randomToken) {
    if (!mayHoldCommand(text))
        return text;
    const t = token();
    if (!/^[A-Za-z0-9_-]{16,}$/.test(t) || text.includes(t))
        throw new Error('stop token is too short, malformed or occurs in the text');
    return `::stop-commands::${t}\n${text}\n::${t}::`;
}
/**
 * Escapes `:` and `#` of `::` and `##[` in JSON text as `\u003a` and `\u0023`. In
 * `JSON.stringify` output they can only occur inside strings, so the JSON keeps its
 * meaning while no line holds a command and no wrapper lines break parsers.
 */
function escapeJsonCommands(json) {
    return json.replace(/::/g, ':\\u003a').replace(/##\[/g, '#\\u0023[');
}

;// CONCATENATED MODULE: ./src/logger.ts


/**
 * A logger for the CLI: progress to stderr, so stdout stays clean for results and `--json`.
 * Every line goes through `redactor`, which learns each secret handed to `setSecret`, and is
 * kept from running as a workflow command (the CLI may run in a workflow step, where the runner
 * reads stderr too), with stop tokens from `token`.
 */
function createStderrLogger(opts = {}) {
    const redactor = opts.redactor ?? new Redactor();
    const write = (line) => {
        process.stderr.write(`${neutralise(redactor.redact(line), opts.token ?? randomToken)}\n`);
    };
    return {
        info: m => {
            if (!opts.quiet)
                write(m);
        },
        warning: m => write(`warning: ${m}`),
        debug: m => {
            if (opts.debug)
                write(`debug: ${m}`);
        },
        group: async (name, fn) => {
            if (!opts.quiet)
                write(`== ${name}`);
            return fn();
        },
        setSecret: s => redactor.add(s)
    };
}

;// CONCATENATED MODULE: ./src/cli/secret-inputs.ts

/**
 * Secret inputs on the CLI. A `--gitops-token value` flag sits in `ps` (and shell history) for
 * the whole run, so tokens and passwords are also read, like `docker login --password-stdin`,
 * from standard input, or from the environment.
 */
/** The variable the CLI reads a secret input from: `gitops-token` → `DIGEST_PROMOTE_GITOPS_TOKEN`. */
function secretEnvName(input) {
    return `DIGEST_PROMOTE_${input.replace(/-/g, '_').toUpperCase()}`;
}
/** The flag that reads a secret input from standard input: `--gitops-token-stdin`. */
function stdinFlag(input) {
    return `${input}-stdin`;
}
/** The `--help` note of a secret input. */
function secretHelp(input) {
    return ` (secret: set ${secretEnvName(input.name)} or pipe it to --${stdinFlag(input.name)}; a flag value shows in ps)`;
}
/** The warning for a secret given as a flag value. */
function visibleSecretWarning(input) {
    return (`--${input} on the command line is visible to other users of this machine (ps, shell history); ` +
        `set ${secretEnvName(input)} or pipe it to --${stdinFlag(input)} instead`);
}
/** Finds the secret input that `flag` (without `--`) reads from standard input. */
function stdinInput(inputs, flag) {
    return inputs.find(i => i.secret === true && stdinFlag(i.name) === flag);
}
/**
 * Reads one secret from standard input, as `docker login --password-stdin` does: the whole
 * input, without its final line break.
 */
async function readSecret(stdin, input) {
    const chunks = [];
    for await (const chunk of stdin)
        chunks.push(Buffer.from(chunk));
    const value = Buffer.concat(chunks)
        .toString('utf8')
        .replace(/\r?\n$/, '');
    if (value.trim() === '') {
        throw new errors/* InputError */.dz(input, `--${stdinFlag(input)} read nothing from standard input`);
    }
    return value;
}
/**
 * The command's inputs with its secrets filled in: a flag first, then standard input, then
 * `DIGEST_PROMOTE_<NAME>`. Unset or empty is `undefined`, so the command's own default
 * (`GITHUB_TOKEN`, `COSIGN_PASSWORD`) still applies.
 */
function withSecrets(inputs, src, env, fromStdin) {
    const secret = new Set(inputs.filter(i => i.secret === true).map(i => i.name));
    return {
        get(name) {
            const given = src.get(name);
            if (given !== undefined || !secret.has(name))
                return given;
            if (fromStdin?.input === name)
                return fromStdin.value.trim() || undefined;
            return env[secretEnvName(name)]?.trim() || undefined;
        }
    };
}

;// CONCATENATED MODULE: ./src/util/suggest.ts
/** Names longer than this get no suggestion: the distance is quadratic in the length. */
const MAX_NAME = 64;
/** The Levenshtein distance between `a` and `b` (insertions, deletions, substitutions). */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
        }
        previous = current;
    }
    return previous[b.length];
}
/**
 * The known name closest to a mistyped one, for "did you mean": at most `maxDistance` edits
 * away, the first listed on a tie; `undefined` when none is that close.
 */
function closestName(given, known, maxDistance = 2) {
    if (given.length > MAX_NAME)
        return undefined;
    let best;
    for (const name of known) {
        if (Math.abs(name.length - given.length) > maxDistance)
            continue;
        const distance = editDistance(given, name);
        if (distance <= maxDistance && (best === undefined || distance < best.distance))
            best = { name, distance };
    }
    return best?.name;
}

;// CONCATENATED MODULE: ./src/cli/program.ts











const GLOBAL_FLAGS = ['json', 'debug', 'help'];
function usage() {
    const width = Math.max(...COMMANDS.map(c => c.name.length), 8);
    const lines = COMMANDS.map(c => `  ${c.name.padEnd(width)}  ${c.summary}`);
    return [
        `digest-promote ${version/* VERSION */.x}: promote one immutable, verified image digest through GitOps environments.`,
        '',
        'Usage: digest-promote <command> [arguments] [--input value ...] [--json]',
        '',
        'Commands:',
        ...(lines.length > 0 ? lines : ['  (none)']),
        '',
        'Options:',
        '  --json     print the result as JSON on stdout',
        '  --debug    print debug messages on stderr',
        '  --help     show help for a command',
        '  --version  print the version',
        '',
        'Every --flag is the action input of the same name (see action.yml).',
        'Secrets (tokens, passwords) are read from DIGEST_PROMOTE_<INPUT> (e.g. DIGEST_PROMOTE_GITOPS_TOKEN)',
        'or from standard input with --<input>-stdin (one per run); a --flag value shows in ps.'
    ].join('\n');
}
function commandUsage(cmd) {
    const width = Math.max(...cmd.inputs.map(i => i.name.length + 2), 8);
    const inputs = cmd.inputs.map(i => `  --${i.name.padEnd(width - 2)}  ${i.description}${i.required ? ' (required)' : ''}` +
        (i.secret ? secretHelp(i) : ''));
    return [
        `Usage: digest-promote ${cmd.name} ${cmd.usage}`,
        '',
        cmd.summary,
        '',
        'Inputs:',
        ...inputs
    ].join('\n');
}
/**
 * Turns argv into input values: `--name value`, `--name=value`, bare `--flag` for
 * flag inputs, repeated list flags joined by newlines, positionals mapped in order.
 */
function parseArgs(cmd, argv) {
    const values = new Map();
    const flags = { json: false, debug: false, help: false, visible: [] };
    const positionals = [];
    const spec = new Map(cmd.inputs.map(i => [i.name, i]));
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (!arg.startsWith('--') || arg === '--') {
            if (arg !== '--')
                positionals.push(arg);
            else
                positionals.push(...argv.slice(i + 1));
            if (arg === '--')
                break;
            continue;
        }
        const eq = arg.indexOf('=');
        const name = arg.slice(2, eq === -1 ? undefined : eq);
        if (GLOBAL_FLAGS.includes(name)) {
            flags[name] = true;
            continue;
        }
        const piped = stdinInput(cmd.inputs, name);
        if (piped && eq === -1) {
            if (flags.stdin !== undefined && flags.stdin !== piped.name) {
                throw new errors/* InputError */.dz(piped.name, 'only one secret can be read from standard input');
            }
            flags.stdin = piped.name;
            continue;
        }
        const input = spec.get(name);
        if (!input)
            throw unknownOption(cmd, name);
        let value;
        if (eq !== -1)
            value = arg.slice(eq + 1);
        else if (input.kind === 'flag')
            value = 'true';
        else {
            const next = argv[++i];
            if (next === undefined)
                throw new errors/* InputError */.dz(name, `--${name} needs a value`);
            value = next;
        }
        if (input.secret)
            flags.visible.push(name);
        values.set(name, [...(values.get(name) ?? []), value]);
    }
    if (flags.stdin !== undefined && values.has(flags.stdin)) {
        throw new errors/* InputError */.dz(flags.stdin, `set both as a flag and by --${flags.stdin}-stdin`);
    }
    const names = cmd.positionals ?? [];
    positionals.forEach((value, index) => {
        const name = names[Math.min(index, names.length - 1)];
        if (name === undefined || (index >= names.length && spec.get(name)?.kind !== 'list')) {
            throw new errors/* InputError */.dz(cmd.name, `unexpected argument ${(0,util_text/* echo */.W)(value)}`, `usage: digest-promote ${cmd.name} ${cmd.usage}`);
        }
        values.set(name, [...(values.get(name) ?? []), value]);
    });
    const source = {
        get(name) {
            const v = values.get(name);
            if (!v)
                return undefined;
            const joined = v.join('\n').trim();
            return joined === '' ? undefined : joined;
        }
    };
    return { source, flags };
}
/** An unknown `--name`, with the closest flag the command knows when one is close. */
function unknownOption(cmd, name) {
    const known = [
        ...cmd.inputs.map(i => i.name),
        ...GLOBAL_FLAGS,
        ...cmd.inputs.filter(i => i.secret).map(i => stdinFlag(i.name))
    ];
    const guess = closestName(name, known);
    return new errors/* InputError */.dz(name, `unknown option ${(0,util_text/* echo */.W)(`--${name}`)} for '${cmd.name}'`, `${guess ? `did you mean --${guess}? ` : ''}see: digest-promote ${cmd.name} --help`);
}
function redactingOutput(redactor) {
    return {
        out: line => void process.stdout.write(`${neutralise(redactor.redact(line))}\n`),
        err: line => void process.stderr.write(`${neutralise(redactor.redact(line))}\n`),
        json: text => void process.stdout.write(`${redactor.redact(text)}\n`)
    };
}
function print(result, flags, io) {
    if (flags.json)
        io.json(escapeJsonCommands(JSON.stringify(result.json, null, 2)));
    else if (result.status === 'failed' && result.error === undefined)
        io.err(`error: ${result.text}`);
    else if (result.text)
        io.out(result.text);
    if (result.error !== undefined)
        io.err(`error: ${result.error}`);
}
/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
async function main(argv) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write(`${usage()}\n`);
        return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-V') {
        process.stdout.write(`${version/* VERSION */.x}\n`);
        return 0;
    }
    const cmd = findCommand(name);
    if (!cmd) {
        const guess = closestName(name, COMMANDS.map(c => c.name));
        process.stderr.write(`error: unknown command ${(0,util_text/* echo */.W)(name)}; ${guess ? `did you mean ${guess}? ` : ''}` +
            `run 'digest-promote --help' for the list\n`);
        return 2;
    }
    const redactor = new Redactor();
    const io = redactingOutput(redactor);
    let debug = false;
    try {
        const { source: given, flags } = parseArgs(cmd, rest);
        debug = flags.debug;
        if (flags.help) {
            io.out(commandUsage(cmd));
            return 0;
        }
        const logger = createStderrLogger({ debug: flags.debug, quiet: flags.json, redactor });
        const piped = flags.stdin
            ? { input: flags.stdin, value: await readSecret(process.stdin, flags.stdin) }
            : undefined;
        const source = withSecrets(cmd.inputs, given, process.env, piped);
        for (const input of cmd.inputs.filter(i => i.secret))
            redactor.add(source.get(input.name) ?? '');
        for (const input of flags.visible)
            logger.warning(visibleSecretWarning(input));
        const ctx = {
            logger,
            env: process.env,
            workspace: process.cwd(),
            now: () => new Date()
        };
        const result = await cmd.run(parseDeclared(cmd, source, ctx), ctx);
        print(result, flags, io);
        // Like the action: in CI systems that read a summary file, append the job summary.
        const summaryFile = process.env.GITHUB_STEP_SUMMARY;
        if (result.summary && summaryFile)
            await (0,promises_.appendFile)(summaryFile, `${redactor.redact(result.summary)}\n`);
        return result.exitCode ?? (result.status === 'failed' ? 1 : 0);
    }
    catch (err) {
        const line = err instanceof errors/* PartialRunError */.ru
            ? err.line(next => `to ${next}, after fixing that, run: ${resumeCommand(cmd, rest)}`)
            : (0,errors/* errorMessage */.gJ)(err);
        io.err(`error: ${line}`);
        if (debug && err instanceof Error && !(err instanceof errors/* PromoteError */.jG))
            io.err(String(err.stack));
        return err instanceof errors/* PromoteError */.jG ? err.exitCode : 1;
    }
}
/** Inputs whose values never appear in a printed command line. */
const SECRET_INPUT = /(token|password|secret)$|^cosign-key$/;
/**
 * The command line that resumes a run: the same command and flags, shell-quoted,
 * with the value of every secret input replaced by `***`.
 */
function resumeCommand(cmd, argv) {
    const out = ['digest-promote', cmd.name];
    let maskNext = false;
    for (const arg of argv) {
        const name = /^--([^=]+)/.exec(arg)?.[1];
        const secret = name !== undefined && SECRET_INPUT.test(name);
        if (maskNext)
            out.push('***');
        else if (secret && arg.includes('='))
            out.push(`--${name}=***`);
        else
            out.push(shellQuote(arg));
        maskNext = !maskNext && secret && !arg.includes('=');
    }
    return out.join(' ');
}
function shellQuote(arg) {
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   jG: () => (/* binding */ PromoteError),
/* harmony export */   ru: () => (/* binding */ PartialRunError),
/* harmony export */   ue: () => (/* binding */ GateError)
/* harmony export */ });
/**
 * Errors that reach the edge of the action or the CLI as one line.
 *
 * Every error the tool raises on purpose is a {@link PromoteError}: its message is
 * already the line a user reads (what is wrong, which input, how to fix it). Any
 * other error is a bug and is reported with its message only, never a stack.
 */
class PromoteError extends Error {
    /** Exit code for the CLI: 1 for a refused or failed operation, 2 for bad usage. */
    exitCode;
    constructor(message, exitCode = 1) {
        super(message);
        this.name = new.target.name;
        this.exitCode = exitCode;
    }
}
/** A value given to an input (action `with:` key or CLI flag) is missing or malformed. */
class InputError extends PromoteError {
    /** Kebab-case name of the input, as in action.yml. */
    input;
    constructor(input, problem, hint) {
        super(`input '${input}': ${problem}${hint ? `; ${hint}` : ''}`, 2);
        this.input = input;
    }
}
/** A gate refused the operation before anything was written. Terminal: a retry will not help. */
class GateError extends PromoteError {
    /** Name of the gate (`source`, `tag-policy`, `signature`, `ordering`). */
    gate;
    constructor(gate, reason, fix) {
        super(`gate '${gate}' failed: ${reason}; fix: ${fix}`);
        this.gate = gate;
    }
}
/**
 * A failure after the run had already written something. The message says what is
 * done; the shell that ran the command adds how to resume ({@link PartialRunError.line}):
 * the CLI its own command line, the action "re-run the job". Every step is idempotent,
 * so the resumed run keeps what is done and finishes the rest.
 */
class PartialRunError extends PromoteError {
    /** The failure itself, as one line. */
    failure;
    /** What was already written, e.g. "registry tag r/app:staging-v1 names sha256:…". */
    done;
    /** What the resumed run does, e.g. "open the pull request for that branch". */
    next;
    constructor(failure, done, next) {
        super(`${failure}; done so far: ${done.join(', ')}; run the same command again to ${next}`);
        this.failure = failure;
        this.done = done;
        this.next = next;
    }
    /** The one line, with `resume(next)` saying how to resume, e.g. "re-run the job to <next>". */
    line(resume) {
        return `${this.failure}; done so far: ${this.done.join(', ')}; ${resume(this.next)}`;
    }
}
/** Returns the message of anything thrown, without a stack trace. */
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}


/***/ }),

/***/ 89711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* binding */ RegistryClient),
  LN: () => (/* binding */ referrersTag),
  sI: () => (/* binding */ sha256Digest)
});

// UNUSED EXPORTS: digestMatches

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/registry/errors.ts
var errors = __webpack_require__(6764);
;// CONCATENATED MODULE: ./src/registry/memory.ts
/**
 * What one client learned from the registries during its lifetime (one run), so it does not
 * ask twice: blobs and manifests a repository is known to hold, and the registries that answered
 * that they have no referrers API. Only what the registry itself answered is remembered.
 */
class RegistryMemory {
    blobs = new Set();
    manifests = new Map();
    withoutReferrersApi = new Set();
    /** Whether the repository of `repo` is known to hold the blob. */
    hasBlob(repo, digest) {
        return this.blobs.has(`${repoKey(repo)}@${digest}`);
    }
    rememberBlob(repo, digest) {
        this.blobs.add(`${repoKey(repo)}@${digest}`);
    }
    /** The descriptor of a manifest the repository of `repo` is known to hold by `digest`. */
    manifest(repo, digest) {
        return this.manifests.get(`${repoKey(repo)}@${digest}`);
    }
    rememberManifest(repo, descriptor) {
        const { mediaType, digest, size } = descriptor;
        if (mediaType && size > 0) {
            this.manifests.set(`${repoKey(repo)}@${digest}`, { mediaType, digest, size });
        }
    }
    /** Whether the registry of `repo` answered that it has no referrers API. */
    lacksReferrersApi(repo) {
        return this.withoutReferrersApi.has(repo.domain);
    }
    rememberNoReferrersApi(repo) {
        this.withoutReferrersApi.add(repo.domain);
    }
}
function repoKey(repo) {
    return `${repo.domain}/${repo.path}`;
}

// EXTERNAL MODULE: ./src/registry/media-types.ts
var media_types = __webpack_require__(99867);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
;// CONCATENATED MODULE: ./src/registry/bearer.ts


/**
 * Parses a `WWW-Authenticate` challenge (RFC 9110 §11.6.1), as registries send
 * it: `Bearer realm="https://auth/token",service="reg",scope="repository:a:pull"`.
 */
function parseChallenge(header) {
    const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
    if (!match)
        return undefined;
    const scheme = (match[1] ?? '').toLowerCase();
    const params = {};
    const re = /(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g;
    for (let m = re.exec(match[2] ?? ''); m; m = re.exec(match[2] ?? '')) {
        params[(m[1] ?? '').toLowerCase()] = (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1');
    }
    if (scheme === 'basic')
        return { scheme: 'basic', ...(params.realm ? { realm: params.realm } : {}) };
    if (scheme === 'bearer' && params.realm) {
        return {
            scheme: 'bearer',
            realm: params.realm,
            ...(params.service ? { service: params.service } : {}),
            ...(params.scope ? { scope: params.scope } : {})
        };
    }
    return undefined;
}
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/;
/**
 * Asks the token service named by the challenge for a token covering `scopes`
 * (the distribution token protocol: GET with Basic credentials, or the OAuth2
 * refresh-token POST when the credential is an identity token).
 */
async function fetchBearerToken(init) {
    const { challenge, credential, logger } = init;
    const realm = new URL(challenge.realm);
    // Credentials go to the token service only over TLS, or to a loopback or insecure-listed host.
    if (realm.protocol !== 'https:' && !LOOPBACK.test(realm.host) && !init.insecureAllowed) {
        throw new errors/* RegistryError */.gl({
            status: 0,
            method: 'GET',
            url: `${realm.host}${realm.pathname}`,
            detail: 'token service is not HTTPS',
            advice: 'add the registry to insecure-registries only if you trust the network',
            temporary: false
        });
    }
    const scopes = [
        ...new Set([...init.scopes, ...(challenge.scope ? challenge.scope.split(' ') : [])])
    ];
    const headers = { 'user-agent': 'digest-promote' };
    let method = 'GET';
    let body;
    if (credential && 'identityToken' in credential) {
        method = 'POST';
        headers['content-type'] = 'application/x-www-form-urlencoded';
        const form = new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: credential.identityToken,
            client_id: 'digest-promote'
        });
        if (challenge.service)
            form.set('service', challenge.service);
        form.set('scope', scopes.join(' '));
        body = form.toString();
    }
    else {
        if (challenge.service)
            realm.searchParams.set('service', challenge.service);
        for (const scope of scopes)
            realm.searchParams.append('scope', scope);
        if (credential && 'username' in credential) {
            realm.searchParams.set('account', credential.username);
            const encoded = Buffer.from(`${credential.username}:${credential.password}`).toString('base64');
            logger.setSecret(encoded);
            headers.authorization = `Basic ${encoded}`;
        }
    }
    const res = await (0,undici.request)(realm, { method, headers, body });
    const text = await res.body.text();
    const where = `${realm.host}${realm.pathname}`;
    if (res.statusCode !== 200) {
        const denied = res.statusCode === 401 || res.statusCode === 403;
        throw new errors/* RegistryError */.gl({
            status: res.statusCode,
            codes: (0,errors/* parseErrorBody */.kW)(text),
            method,
            url: where,
            detail: `token request for ${init.registry} refused`,
            // Anonymous and refused need different fixes: logging in at all, or other credentials.
            advice: !denied
                ? undefined
                : credential
                    ? `the credentials for ${init.registry} were refused: check the username and password (token), or log in again`
                    : `log in to ${init.registry} first (docker/login-action, or the registry-username and registry-password inputs)`
        });
    }
    const parsed = JSON.parse(text);
    const token = parsed.token ?? parsed.access_token;
    if (!token) {
        throw new errors/* RegistryError */.gl({
            status: 200,
            method,
            url: where,
            detail: 'token service sent no token',
            temporary: false
        });
    }
    logger.setSecret(token);
    // Renew a little early; the distribution spec's default lifetime is 60 s.
    const seconds = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : 60;
    return { token, expiresInMs: Math.max(10, seconds - 10) * 1000 };
}

;// CONCATENATED MODULE: ./src/registry/transport.ts



/** The default: 5 tries, 250 ms doubling, never more than 20 s in one wait. */
const DEFAULT_RETRY = { attempts: 5, baseDelayMs: 250, maxDelayMs: 20_000 };
const USER_AGENT = 'digest-promote';
const MAX_REDIRECTS = 5;
let sharedDispatcher;
/** One connection pool per process; honours HTTP(S)_PROXY and NO_PROXY when set. */
function dispatcher() {
    if (!sharedDispatcher) {
        const proxied = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some(k => process.env[k]);
        const opts = { headersTimeout: 60_000, bodyTimeout: 120_000, connections: 16 };
        sharedDispatcher = proxied ? new undici.EnvHttpProxyAgent(opts) : new undici.Agent(opts);
    }
    return sharedDispatcher;
}
/**
 * Talks to one registry: answers auth challenges (Basic, or Bearer tokens per
 * repository scope, cached), retries only temporary failures with backoff that
 * honours `Retry-After`, follows redirects without leaking credentials, and
 * turns unusable answers into {@link RegistryError}s with a redacted URL.
 */
class Transport {
    opts;
    retry;
    challenge;
    credentialLoaded = false;
    credentialValue;
    tokens = new Map();
    constructor(opts) {
        this.opts = opts;
        this.retry = opts.retry ?? DEFAULT_RETRY;
    }
    /** The base URL of the registry. */
    get baseUrl() {
        return `${this.opts.insecure ? 'http' : 'https'}://${this.opts.host}`;
    }
    /** Sends `req`, authenticating and retrying as needed; returns any final status. */
    async send(req) {
        // A streamed body is consumed by the first try: such a request is sent exactly once.
        const attempts = req.stream ? 1 : this.retry.attempts;
        let reauthenticated = req.stream !== undefined;
        for (let attempt = 1;; attempt++) {
            let res;
            try {
                res = await this.once(req);
            }
            catch (err) {
                if (err instanceof errors/* RegistryError */.gl && !err.temporary)
                    throw err;
                if (attempt >= attempts)
                    throw this.networkError(req, err, attempt);
                await this.backoff(attempt, undefined, req, err);
                continue;
            }
            if (res.status === 401 && !reauthenticated) {
                reauthenticated = true;
                this.learnChallenge(res, req);
                attempt--;
                continue;
            }
            if ((0,errors/* isTemporaryStatus */.wA)(res.status) && attempt < attempts) {
                await this.backoff(attempt, res.headers['retry-after'], req, res.status);
                continue;
            }
            return res;
        }
    }
    /**
     * Runs an exchange that cannot be re-sent piece by piece (a blob streamed from one registry
     * into another: its body is consumed) again from its start on a temporary failure, with the
     * backoff of {@link send}. A network error in it becomes a {@link RegistryError} for `req`.
     */
    async retrying(req, exchange) {
        for (let attempt = 1;; attempt++) {
            try {
                return await exchange();
            }
            catch (err) {
                if (err instanceof errors/* RegistryError */.gl && !err.temporary)
                    throw err;
                if (attempt >= this.retry.attempts) {
                    throw err instanceof errors/* RegistryError */.gl ? err : this.networkError(req, err, attempt);
                }
                await this.backoff(attempt, undefined, req, err);
            }
        }
    }
    /** Sends `req` and throws a {@link RegistryError} unless the status is one of `ok`. */
    async expect(req, ok) {
        const res = await this.send(req);
        if (!ok.includes(res.status))
            throw this.errorFor(req, res);
        return res;
    }
    /** Builds the error for an unexpected answer. */
    errorFor(req, res) {
        return new errors/* RegistryError */.gl({
            status: res.status,
            codes: (0,errors/* parseErrorBody */.kW)(res.body),
            method: req.method,
            url: this.redact(req.path),
            advice: this.advice(req, res)
        });
    }
    advice(req, res) {
        const authenticate = res.headers['www-authenticate'] ?? '';
        const login = `log in to ${this.opts.host} first (docker/login-action, or the registry-username and registry-password inputs)`;
        if (res.status === 401 && /insufficient_scope/.test(authenticate)) {
            return `the credentials for ${this.opts.host} lack the scope ${req.scopes.join(' ')}; use a token that may push (for ghcr.io: permissions packages: write)`;
        }
        if (res.status === 401)
            return this.credentialValue ? `the credentials for ${this.opts.host} were refused` : login;
        if (res.status === 403) {
            return `access denied by ${this.opts.host} for ${req.scopes.join(' ')}; check the token's permissions (for ghcr.io: packages: write)`;
        }
        return undefined;
    }
    async once(req) {
        let url = req.path.startsWith('http') ? req.path : `${this.baseUrl}${req.path}`;
        const headers = { 'user-agent': USER_AGENT, ...req.headers };
        // Only our own host gets credentials; an absolute URL (upload Location, Link) may point elsewhere.
        const authorization = new URL(url).host === this.opts.host ? await this.authorization(req.scopes) : undefined;
        if (authorization)
            headers.authorization = authorization;
        for (let hop = 0;; hop++) {
            const res = await (0,undici.request)(url, {
                method: req.method,
                headers,
                body: req.stream ?? req.body,
                dispatcher: dispatcher()
            });
            const location = res.headers.location;
            if (res.statusCode >= 300 &&
                res.statusCode < 400 &&
                typeof location === 'string' &&
                hop < MAX_REDIRECTS) {
                await res.body.dump();
                const next = new URL(location, url);
                // Storage back-ends (S3, GCS) get a signed URL and must not see our token.
                if (next.host !== new URL(url).host)
                    delete headers.authorization;
                url = next.toString();
                continue;
            }
            if (req.streamResponse && res.statusCode === 200) {
                return {
                    status: 200,
                    headers: flatten(res.headers),
                    body: Buffer.alloc(0),
                    url,
                    stream: res.body
                };
            }
            const body = Buffer.from(await res.body.arrayBuffer());
            return { status: res.statusCode, headers: flatten(res.headers), body, url };
        }
    }
    async authorization(scopes) {
        const challenge = this.challenge;
        if (!challenge)
            return undefined;
        const credential = await this.credential();
        if (challenge.scheme === 'basic') {
            if (!credential || !('username' in credential))
                return undefined;
            const encoded = Buffer.from(`${credential.username}:${credential.password}`).toString('base64');
            this.opts.logger.setSecret(encoded);
            return `Basic ${encoded}`;
        }
        const key = [...new Set(scopes)].sort().join(' ');
        const cached = this.tokens.get(key);
        if (cached && cached.expiresAt > Date.now())
            return `Bearer ${cached.token}`;
        const token = await fetchBearerToken({
            challenge,
            scopes,
            credential,
            insecureAllowed: this.opts.insecure,
            logger: this.opts.logger,
            registry: this.opts.host
        });
        this.tokens.set(key, { token: token.token, expiresAt: Date.now() + token.expiresInMs });
        return `Bearer ${token.token}`;
    }
    async credential() {
        if (!this.credentialLoaded) {
            this.credentialValue = await this.opts.credential();
            this.credentialLoaded = true;
        }
        return this.credentialValue;
    }
    learnChallenge(res, req) {
        const header = res.headers['www-authenticate'];
        const challenge = header ? parseChallenge(header) : undefined;
        if (!challenge)
            return;
        this.challenge = challenge;
        // A 401 with a token we held means the token lacks the scope or has expired.
        this.tokens.delete([...new Set(req.scopes)].sort().join(' '));
    }
    async backoff(attempt, retryAfter, req, why) {
        const exp = this.retry.baseDelayMs * 2 ** (attempt - 1);
        const jitter = 0.5 + (this.opts.random ?? Math.random)() / 2;
        const fromHeader = parseRetryAfter(retryAfter);
        const wait = Math.min(this.retry.maxDelayMs, fromHeader ?? Math.round(exp * jitter));
        const reason = typeof why === 'number' ? `status ${why}` : why instanceof Error ? why.message : String(why);
        this.opts.logger.debug(`${req.method} ${this.redact(req.path)}: ${reason}; retry ${attempt} in ${wait} ms`);
        await (this.opts.sleep ?? defaultSleep)(wait);
    }
    networkError(req, err, tries) {
        const cause = err instanceof Error
            ? (err.cause?.message ?? err.message)
            : String(err);
        return new errors/* RegistryError */.gl({
            status: 0,
            method: req.method,
            url: this.redact(req.path),
            detail: `${cause} (after ${tries} ${tries === 1 ? 'try' : 'tries'})`,
            temporary: true
        });
    }
    /** The URL for messages: host and path, never a query (upload state, signed URLs). */
    redact(p) {
        const url = new URL(p.startsWith('http') ? p : `${this.baseUrl}${p}`);
        return `${url.host}${url.pathname}`;
    }
}
function flatten(headers) {
    const out = {};
    for (const [k, v] of Object.entries(headers))
        out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    return out;
}
/** `Retry-After` as seconds or an HTTP date (RFC 9110 §10.2.3), in milliseconds. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function defaultSleep(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./src/registry/client.ts







const client_LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/;
/** Cap on `tags/list` pages, so a hostile registry cannot keep us paging forever. */
const MAX_TAG_PAGES = 1000;
/** Manifests larger than this are refused (the distribution spec suggests 4 MiB). */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Blobs up to this size are offered in the POST that opens the upload (distribution-spec "single POST"). */
const SINGLE_POST_BYTES = 64 * 1024;
/** Hashes `bytes` with the algorithm named by `digest` and says whether they match. */
function digestMatches(bytes, digest) {
    const { algorithm, hex } = (0,reference/* parseDigest */.m)(digest);
    return (0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex') === hex;
}
/** The sha256 digest of `bytes`. */
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/**
 * The OCI distribution API (distribution-spec v1.1) over {@link Transport}:
 * manifests, tags, blobs and referrers, with every fetched manifest checked
 * against the digest it is supposed to have.
 */
class RegistryClient {
    opts;
    transports = new Map();
    /** What this client learned from the registries so far, so it does not ask twice. */
    memory = new RegistryMemory();
    constructor(opts) {
        this.opts = opts;
    }
    /** The transport for the registry of `ref`, one per registry for the client's lifetime. */
    transport(ref) {
        const host = ref.registryHost();
        let t = this.transports.get(host);
        if (!t) {
            const insecure = client_LOOPBACK.test(ref.domain) || (this.opts.insecureRegistries ?? []).includes(ref.domain);
            t = new Transport({
                host,
                insecure,
                credential: async () => {
                    const found = await this.opts.keychain.resolve(ref.domain, ref.path);
                    if (found)
                        this.opts.logger.debug(`credentials for ${ref.domain} from ${found.source}`);
                    return found?.credential;
                },
                logger: this.opts.logger,
                retry: this.opts.retry,
                sleep: this.opts.sleep,
                random: this.opts.random
            });
            this.transports.set(host, t);
        }
        return t;
    }
    /**
     * Resolves a tag or digest with HEAD; `undefined` when the registry has no such
     * manifest. Falls back to GET when the registry omits `Docker-Content-Digest`.
     */
    async head(ref, opts = {}) {
        const res = await this.transport(ref).send({
            method: 'HEAD',
            path: manifestPath(ref),
            headers: { accept: media_types/* MANIFEST_ACCEPT */.dY },
            scopes: [scope(ref, opts.push)]
        });
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw this.transport(ref).errorFor({ method: 'HEAD', path: manifestPath(ref), scopes: [scope(ref, opts.push)] }, res);
        const digest = res.headers['docker-content-digest'];
        const mediaType = (res.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
        if (!digest) {
            const m = await this.get(ref, opts);
            return { mediaType: m.mediaType, digest: m.digest, size: m.bytes.length };
        }
        const found = { mediaType, digest, size: Number(res.headers['content-length'] ?? 0) };
        this.memory.rememberManifest(ref, found);
        return found;
    }
    /**
     * Fetches a manifest's raw bytes. By digest, the bytes must hash to it; by tag,
     * they must hash to the registry's `Docker-Content-Digest` answer.
     */
    async get(ref, opts = {}) {
        return (await this.fetchManifest(ref, opts, false));
    }
    /** Like {@link get}, but `undefined` when the registry has no such manifest (404), in one GET. */
    async find(ref, opts = {}) {
        return this.fetchManifest(ref, opts, true);
    }
    async fetchManifest(ref, opts, missingOk) {
        const req = {
            method: 'GET',
            path: manifestPath(ref),
            headers: { accept: media_types/* MANIFEST_ACCEPT */.dY },
            scopes: [scope(ref, opts.push)]
        };
        const res = await this.transport(ref).expect(req, missingOk ? [200, 404] : [200]);
        if (res.status === 404)
            return undefined;
        const url = this.transport(ref).redact(req.path);
        if (res.body.length > MAX_MANIFEST_BYTES) {
            throw new errors/* RegistryError */.gl({
                status: 200,
                method: 'GET',
                url,
                detail: `manifest is larger than ${MAX_MANIFEST_BYTES} bytes`,
                temporary: false
            });
        }
        const expected = ref.digest ?? res.headers['docker-content-digest'] ?? sha256Digest(res.body);
        if (!digestMatches(res.body, expected)) {
            throw new errors/* RegistryError */.gl({
                status: 200,
                method: 'GET',
                url,
                detail: `manifest bytes do not hash to ${expected}`,
                advice: 'the registry or a proxy altered the manifest; nothing was written',
                temporary: false
            });
        }
        const manifest = { bytes: res.body, mediaType: contentType(res, res.body), digest: expected };
        this.memory.rememberManifest(ref, describe(manifest));
        return manifest;
    }
    /**
     * PUTs `manifest` unchanged under `reference` (a tag or its digest) in the
     * repository of `repo`, and checks the registry's digest answer.
     */
    async put(repo, reference, manifest) {
        return (await this.push(repo, reference, manifest)).digest;
    }
    /**
     * {@link put}, also returning the registry's `OCI-Subject` answer: a registry with the
     * referrers API names the subject it indexed the manifest under (distribution-spec v1.1).
     */
    async push(repo, reference, manifest) {
        const path = `/v2/${repo.path}/manifests/${reference}`;
        const res = await this.transport(repo).expect({
            method: 'PUT',
            path,
            headers: { 'content-type': manifest.mediaType },
            body: manifest.bytes,
            scopes: [scope(repo, true)]
        }, [201, 200]);
        const answered = res.headers['docker-content-digest'];
        if (answered && answered !== manifest.digest) {
            throw new errors/* RegistryError */.gl({
                status: res.status,
                method: 'PUT',
                url: this.transport(repo).redact(path),
                detail: `registry answered digest ${answered}, expected ${manifest.digest}`,
                advice: 'the registry changed the manifest; check it for conversion features',
                temporary: false
            });
        }
        this.memory.rememberManifest(repo, describe(manifest));
        return { digest: manifest.digest, indexedSubject: res.headers['oci-subject'] };
    }
    /** Every tag of the repository, following `Link` pagination (bounded). */
    async listTags(repo) {
        const tags = [];
        let path = `/v2/${repo.path}/tags/list?n=1000`;
        for (let page = 0; path && page < MAX_TAG_PAGES; page++) {
            const res = await this.transport(repo).expect({ method: 'GET', path, scopes: [scope(repo)] }, [200]);
            const body = JSON.parse(res.body.toString());
            tags.push(...(body.tags ?? []));
            path = nextLink(res.headers.link);
        }
        return tags;
    }
    /** Whether the repository of `repo` holds the blob. */
    async hasBlob(repo, digest, push = false) {
        const path = `/v2/${repo.path}/blobs/${digest}`;
        const res = await this.transport(repo).send({
            method: 'HEAD',
            path,
            scopes: [scope(repo, push)]
        });
        if (res.status === 200)
            this.memory.rememberBlob(repo, digest);
        if (res.status === 200)
            return true;
        if (res.status === 404)
            return false;
        throw this.transport(repo).errorFor({ method: 'HEAD', path, scopes: [scope(repo, push)] }, res);
    }
    /** Mounts a blob from another repository of the same registry; false if the registry declined. */
    async mountBlob(to, from, digest) {
        const path = `/v2/${to.path}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from.path)}`;
        const scopes = [scope(to, true), scope(from)];
        const res = await this.transport(to).expect({ method: 'POST', path, scopes }, [201, 202]);
        if (res.status === 201) {
            this.memory.rememberBlob(to, digest);
            return true;
        }
        // 202 opened an upload session instead; close it rather than leave it dangling.
        const location = res.headers.location;
        if (location)
            await this.transport(to).send({
                method: 'DELETE',
                path: absolute(this.transport(to), location),
                scopes
            });
        return false;
    }
    /**
     * Opens an upload session and returns the URL to PUT the blob to, digest included. With
     * `offer`, the blob goes along in the POST itself; a registry that takes it that way answers
     * 201 and there is nothing left to PUT (`undefined`), one that does not opens a session.
     */
    async startUpload(repo, digest, offer) {
        const t = this.transport(repo);
        const path = `/v2/${repo.path}/blobs/uploads/`;
        const scopes = [scope(repo, true)];
        let started;
        if (offer) {
            const headers = { 'content-type': 'application/octet-stream' };
            const single = `${path}?digest=${encodeURIComponent(digest)}`;
            started = await t.send({ method: 'POST', path: single, headers, body: offer, scopes });
            if (started.status === 201)
                return undefined;
            if (started.status !== 202)
                started = undefined;
        }
        started ??= await t.expect({ method: 'POST', path, scopes }, [202]);
        const location = started.headers.location;
        if (!location) {
            throw new errors/* RegistryError */.gl({
                status: 202,
                method: 'POST',
                url: t.redact(path),
                detail: 'no upload Location',
                temporary: false
            });
        }
        const url = new URL(absolute(t, location));
        url.searchParams.set('digest', digest);
        return url;
    }
    /**
     * Uploads a blob: a small one in the POST that opens the upload where the registry takes it
     * so, otherwise (and for a large one) POST, then one PUT with the digest.
     */
    async uploadBlob(repo, digest, bytes) {
        const offer = bytes.length <= SINGLE_POST_BYTES ? bytes : undefined;
        const url = await this.startUpload(repo, digest, offer);
        if (url) {
            const headers = { 'content-type': 'application/octet-stream' };
            const req = { method: 'PUT', path: url.toString(), headers, body: bytes };
            await this.transport(repo).expect({ ...req, scopes: [scope(repo, true)] }, [201]);
        }
        this.memory.rememberBlob(repo, digest);
    }
    /** Downloads a blob and checks it hashes to its digest. */
    async getBlob(repo, digest) {
        const path = `/v2/${repo.path}/blobs/${digest}`;
        const res = await this.transport(repo).expect({ method: 'GET', path, scopes: [scope(repo)] }, [200]);
        if (!digestMatches(res.body, digest)) {
            throw new errors/* RegistryError */.gl({
                status: 200,
                method: 'GET',
                url: this.transport(repo).redact(path),
                detail: `blob does not hash to ${digest}`,
                temporary: false
            });
        }
        return res.body;
    }
    /**
     * Streams a blob from one registry into another without holding it in memory:
     * GET piped into a monolithic upload PUT, hashed on the way through so a blob
     * that does not match its digest is refused (the registry checks it as well).
     * A cut connection or a temporary failure restarts the copy with a fresh upload
     * session, since a streamed body cannot be re-sent.
     */
    async copyBlob(from, to, blob) {
        const get = { method: 'GET', path: `/v2/${from.path}/blobs/${blob.digest}` };
        await this.transport(from).retrying({ ...get, scopes: [scope(from)] }, () => this.copyBlobOnce(from, to, blob));
        this.memory.rememberBlob(to, blob.digest);
    }
    async copyBlobOnce(from, to, blob) {
        const getReq = { method: 'GET', path: `/v2/${from.path}/blobs/${blob.digest}` };
        const source = this.transport(from);
        const url = (await this.startUpload(to, blob.digest));
        const res = await source.send({ ...getReq, scopes: [scope(from)], streamResponse: true });
        if (res.status !== 200 || !res.stream)
            throw source.errorFor({ ...getReq, scopes: [scope(from)] }, res);
        const { algorithm, hex } = (0,reference/* parseDigest */.m)(blob.digest);
        const hash = (0,external_node_crypto_.createHash)(algorithm);
        const hashed = new external_node_stream_.Transform({
            transform(chunk, _encoding, done) {
                hash.update(chunk);
                done(null, chunk);
            }
        });
        // A reset of the source is reported as the GET's failure, not as the upload's echo of it;
        // when the upload fails first, the source is torn down with it and its error is ignored.
        let cut;
        res.stream.once('error', err => {
            if (!hashed.destroyed)
                cut ??= err;
        });
        (0,external_node_stream_.pipeline)(res.stream, hashed, () => undefined);
        const headers = {
            'content-type': 'application/octet-stream',
            'content-length': String(blob.size)
        };
        const scopes = [scope(to, true)];
        try {
            await this.transport(to).expect({ method: 'PUT', path: url.toString(), headers, stream: hashed, scopes }, [201]);
        }
        catch (err) {
            throw cut ?? err;
        }
        if (hash.digest('hex') !== hex) {
            throw new errors/* RegistryError */.gl({
                status: 201,
                method: 'GET',
                url: source.redact(getReq.path),
                detail: `blob does not hash to ${blob.digest}`,
                temporary: false
            });
        }
    }
    /**
     * Descriptors of manifests whose `subject` is `digest`: the referrers API, or
     * the referrers tag schema (`<alg>-<hex>`) where the registry lacks it.
     */
    async referrers(repo, digest) {
        if (!this.memory.lacksReferrersApi(repo)) {
            const path = `/v2/${repo.path}/referrers/${digest}`;
            const res = await this.transport(repo).send({
                method: 'GET',
                path,
                headers: { accept: media_types/* MediaType */.zu.ociIndex },
                scopes: [scope(repo)]
            });
            const type = res.headers['content-type'] ?? '';
            if (res.status === 200 && type.includes(media_types/* MediaType */.zu.ociIndex)) {
                return JSON.parse(res.body.toString()).manifests ?? [];
            }
            if (res.status !== 404 && res.status !== 200)
                throw this.transport(repo).errorFor({ method: 'GET', path, scopes: [scope(repo)] }, res);
            this.memory.rememberNoReferrersApi(repo);
        }
        const index = await this.find(repo.withoutTag().withTag(referrersTag(digest)));
        return index ? (JSON.parse(index.bytes.toString()).manifests ?? []) : [];
    }
}
/** The referrers tag schema's tag for a digest (distribution-spec §referrers-tag-schema). */
function referrersTag(digest) {
    return digest.replace(':', '-');
}
function scope(ref, push = false) {
    return `repository:${ref.path}:${push ? 'pull,push' : 'pull'}`;
}
function manifestPath(ref) {
    const reference = ref.digest ?? ref.tag;
    if (!reference)
        throw new Error(`reference ${ref.familiar} has neither tag nor digest`);
    return `/v2/${ref.path}/manifests/${reference}`;
}
function describe(manifest) {
    return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
}
function contentType(res, body) {
    const header = (res.headers['content-type'] ?? '').split(';')[0]?.trim();
    if (header && header !== 'application/json')
        return header;
    // Some registries answer application/json; the manifest's own mediaType is then the truth.
    const declared = JSON.parse(body.toString()).mediaType;
    return declared ?? media_types/* MediaType */.zu.ociManifest;
}
function nextLink(link) {
    const match = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link) : null;
    return match?.[1];
}
function absolute(t, location) {
    return new URL(location, t.baseUrl).toString();
}


/***/ }),

/***/ 6764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eQ: () => (/* binding */ withContext),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   kW: () => (/* binding */ parseErrorBody),
/* harmony export */   wA: () => (/* binding */ isTemporaryStatus)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * An HTTP answer from a registry that the operation cannot use. Carries what a
 * user needs to act on it; the URL never holds credentials or tokens.
 */
class RegistryError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG {
    /** HTTP status, or 0 when no answer came (network error). */
    status;
    /** The registry's error codes from the body, e.g. `MANIFEST_UNKNOWN`. */
    codes;
    /** HTTP method of the failed request. */
    method;
    /** URL of the failed request, without query secrets. */
    url;
    /** True for failures a retry may cure: 429, 5xx, resets, time-outs. */
    temporary;
    constructor(init) {
        const codes = init.codes ?? [];
        const described = codes.length > 0
            ? codes.map(c => `${c.code}${c.message ? `: ${c.message}` : ''}`).join('; ')
            : (init.detail ?? '');
        const status = init.status === 0 ? 'no answer' : String(init.status);
        const advice = init.advice ? `; ${init.advice}` : '';
        super(`${init.method} ${init.url}: ${status}${described ? ` ${described}` : ''}${advice}`);
        this.status = init.status;
        this.codes = codes;
        this.method = init.method;
        this.url = init.url;
        this.temporary = init.temporary ?? isTemporaryStatus(init.status);
    }
    /** True when the registry answered that the thing asked for does not exist. */
    get notFound() {
        return this.status === 404;
    }
}
/** Statuses worth a retry: rate limiting and server-side failures. */
function isTemporaryStatus(status) {
    return status === 429 || status === 408 || (status >= 500 && status <= 599 && status !== 501);
}
/** Parses a distribution error body; anything else yields no codes. */
function parseErrorBody(body) {
    try {
        const parsed = JSON.parse(body.toString());
        if (!Array.isArray(parsed.errors))
            return [];
        return parsed.errors
            .filter((e) => typeof e === 'object' && e !== null)
            .map(e => ({
            code: String(e.code),
            ...(typeof e.message === 'string' && e.message ? { message: e.message } : {})
        }));
    }
    catch {
        return [];
    }
}
/**
 * Wraps an error with what was being done, keeping its class so callers can
 * still tell a registry failure from a bad input: "resolving ghcr.io/x/y:tag: …".
 */
function withContext(doing, err) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG) {
        err.message = `${doing}: ${err.message}`;
        return err;
    }
    const message = err instanceof Error ? err.message : String(err);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG(`${doing}: ${message}`);
}


/***/ }),

/***/ 99867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   nw: () => (/* binding */ isIndex),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/**
 * Manifest media types the client accepts and re-sends unchanged
 * (OCI image-spec media-types.md; Docker image manifest v2 schema 2).
 */
const MediaType = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociEmpty: 'application/vnd.oci.empty.v1+json'
};
/**
 * Every manifest type at once: registries answer 404 for an OCI manifest when the
 * OCI type is missing from `Accept`, and try a schema 1 conversion for Docker ones.
 */
const MANIFEST_ACCEPT = [
    MediaType.ociManifest,
    MediaType.ociIndex,
    MediaType.dockerManifest,
    MediaType.dockerList
].join(', ');
/** True for the two index types (OCI index and Docker manifest list). */
function isIndex(mediaType) {
    return mediaType === MediaType.ociIndex || mediaType === MediaType.dockerList;
}


/***/ }),

/***/ 79310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   DW: () => (/* binding */ DOMAIN_REGEXP),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   VS: () => (/* binding */ LEGACY_DEFAULT_DOMAIN),
/* harmony export */   ZN: () => (/* binding */ ImageReference),
/* harmony export */   Zw: () => (/* binding */ referenceToJson),
/* harmony export */   jt: () => (/* binding */ TAG_REGEXP),
/* harmony export */   lV: () => (/* binding */ DEFAULT_DOMAIN),
/* harmony export */   m: () => (/* binding */ parseDigest),
/* harmony export */   r_: () => (/* binding */ isValidTag),
/* harmony export */   x_: () => (/* binding */ InvalidReferenceError)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB_REGISTRY_HOST, OFFICIAL_REPO_PREFIX, MAX_PATH_LENGTH, MAX_TAG_LENGTH, PATH_COMPONENT_REGEXP, REPOSITORY_PATH_REGEXP, DIGEST_REGEXP, IDENTIFIER_REGEXP, DIGEST_ALGORITHMS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49997);
/**
 * The one parser for container image references.
 *
 * Semantics follow github.com/distribution/reference (`ParseNormalizedNamed`, `WithTag`,
 * `WithDigest`, `FamiliarString`), which is what `docker pull` and most registries' clients use:
 *
 * ```
 * reference      := name [ ":" tag ] [ "@" digest ]
 * name           := [ domain "/" ] path
 * domain         := host [ ":" port ]
 * host           := domain-name | IPv4 | "[" IPv6 "]"
 * path           := path-component ( "/" path-component )*
 * path-component := [a-z0-9]+ ( separator [a-z0-9]+ )*
 * separator      := "." | "_" | "__" | "-"+
 * tag            := [\w][\w.-]{0,127}
 * ```
 *
 * Digests follow the OCI image-spec descriptor grammar and its registered algorithms
 * (image-spec `descriptor.md`, "Digests" and "Registered algorithms").
 *
 * Call sites never slice reference strings: they parse into an {@link ImageReference} and read
 * its fields, so every part of the product agrees on what a reference means.
 *
 * @module
 */


/** Domain that names Docker Hub in normalized references. */
const DEFAULT_DOMAIN = 'docker.io';
/** Docker Hub's legacy "Docker Index" domain; rewritten to {@link DEFAULT_DOMAIN}. */
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
/**
 * Host that actually serves Docker Hub's registry API: `docker.io` is only a naming convention
 * and does not answer `/v2/` itself.
 */
const DOCKER_HUB_REGISTRY_HOST = 'registry-1.docker.io';
/** Namespace of Docker Hub's official images, implied when a Hub path has a single component. */
const OFFICIAL_REPO_PREFIX = 'library/';
/**
 * Longest repository path accepted, in characters. distribution measures the path only, without
 * the domain (distribution/reference `RepositoryNameTotalLengthMax`, after "Exclude domain from
 * name length check").
 */
const MAX_PATH_LENGTH = 255;
/** Longest tag accepted, in characters: one leading character plus at most 127 more. */
const MAX_TAG_LENGTH = 128;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
// IPv6 literals are bracketed as in RFC 3986's Host; like distribution, only the character set
// is checked, and zone identifiers (RFC 6874) are left out.
const IPV6_ADDRESS = '\\[[a-fA-F0-9:]+\\]';
const DOMAIN_AND_PORT = `(?:${DOMAIN_NAME}|${IPV6_ADDRESS})(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
/**
 * A registry domain: a DNS-like name, IPv4 address or bracketed IPv6 address, with an optional
 * port. Uppercase is allowed here (distribution's `domainNameComponent`), unlike in paths.
 */
const DOMAIN_REGEXP = new RegExp(`^${DOMAIN_AND_PORT}$`);
/** One `/`-separated component of a repository path. */
const PATH_COMPONENT_REGEXP = new RegExp(`^${PATH_COMPONENT}$`);
/** A whole repository path (without domain), e.g. `library/nginx`. */
const REPOSITORY_PATH_REGEXP = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
/** A tag: a word character, then up to 127 word characters, dots or dashes. */
const TAG_REGEXP = /^\w[\w.-]{0,127}$/;
/**
 * The OCI image-spec digest grammar, `algorithm ":" encoded`. Matching it is necessary, not
 * sufficient: the algorithm must also be registered and its encoded part well formed, which
 * {@link parseDigest} checks.
 */
const DIGEST_REGEXP = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
/**
 * A bare 64-character lowercase hex string. Docker refuses it as a repository name because it
 * cannot be told apart from an image ID.
 */
const IDENTIFIER_REGEXP = /^[a-f0-9]{64}$/;
/**
 * Encoded-part grammar of each digest algorithm registered by the OCI image-spec
 * (`descriptor.md`, "Registered algorithms"): all three are lowercase hex of a fixed length.
 */
const DIGEST_ALGORITHMS = Object.freeze({
    sha256: /^[a-f0-9]{64}$/,
    sha512: /^[a-f0-9]{128}$/,
    blake3: /^[a-f0-9]{64}$/
});
/** Number of hex characters in the encoded part, per registered algorithm. */
const DIGEST_HEX_LENGTH = {
    sha256: 64,
    sha512: 128,
    blake3: 64
};
/**
 * A reference, tag or digest that does not follow the grammar. The message is one line:
 * `invalid reference "<input>": <reason>`.
 */
class InvalidReferenceError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG {
    /** The refused text, exactly as given. */
    input;
    /** Why it was refused, without the input (e.g. `repository name must be lowercase`). */
    reason;
    /** Whether a whole reference, a tag or a digest was refused. */
    subject;
    constructor(input, reason, subject = 'reference') {
        // JSON quoting escapes control characters, so a hostile input cannot break the line; reasons
        // quote the parts they name the same way.
        super(`invalid ${subject} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .echo */ .W)(input, { style: 'json' })}: ${reason}`);
        this.input = input;
        this.reason = reason;
        this.subject = subject;
    }
}
/** Returns why `digest` is not a valid, registered digest, or `undefined` if it is. */
function digestProblem(digest) {
    if (digest === '')
        return 'digest must not be empty';
    if (!DIGEST_REGEXP.test(digest))
        return 'digest must be "<algorithm>:<encoded>"';
    const algorithm = digest.slice(0, digest.indexOf(':'));
    if (!Object.hasOwn(DIGEST_ALGORITHMS, algorithm)) {
        // image-spec lets unregistered algorithms pass the grammar, but distribution refuses them
        // (go-digest ErrDigestUnsupported), and nothing here could verify content against them.
        const known = Object.keys(DIGEST_ALGORITHMS).join(', ');
        return `unsupported digest algorithm ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .echo */ .W)(algorithm, { style: 'json' })} (supported: ${known})`;
    }
    const alg = algorithm;
    if (!DIGEST_ALGORITHMS[alg].test(digest.slice(algorithm.length + 1))) {
        return `${alg} digest must be ${DIGEST_HEX_LENGTH[alg]} lowercase hexadecimal characters`;
    }
    return undefined;
}
/** Returns why `tag` is not a valid tag, or `undefined` if it is. */
function tagProblem(tag) {
    if (tag === '')
        return 'tag must not be empty';
    if (tag.length > MAX_TAG_LENGTH) {
        return `tag must not be more than ${MAX_TAG_LENGTH} characters (got ${tag.length})`;
    }
    if (!TAG_REGEXP.test(tag)) {
        return 'tag must contain only letters, digits, "_", "." and "-", and not start with "." or "-"';
    }
    return undefined;
}
/**
 * Splits a name into domain and path the way distribution's `splitDockerDomain` does: the
 * first component is a domain only if it could not be a Docker Hub namespace.
 */
function splitDomain(name) {
    const slash = name.indexOf('/');
    if (slash < 0) {
        // A single component is always a Hub official image, even `localhost` or `example.com`
        // (distribution keeps this for compatibility; see its FIXME in splitDockerDomain).
        return { domain: DEFAULT_DOMAIN, path: OFFICIAL_REPO_PREFIX + name, explicit: false };
    }
    const first = name.slice(0, slash);
    const rest = name.slice(slash + 1);
    let domain;
    let path;
    let explicit = true;
    if (first === LEGACY_DEFAULT_DOMAIN) {
        domain = DEFAULT_DOMAIN;
        path = rest;
    }
    else if (looksLikeDomain(first)) {
        domain = first;
        path = rest;
    }
    else {
        domain = DEFAULT_DOMAIN;
        path = name;
        explicit = false;
    }
    if (domain === DEFAULT_DOMAIN && !path.includes('/'))
        path = OFFICIAL_REPO_PREFIX + path;
    return { domain, path, explicit };
}
/**
 * distribution's domain test for a first path component: `localhost`, or anything with a `.`
 * (name, IPv4) or `:` (port, IPv6), or with uppercase letters, which a Hub namespace never has.
 */
function looksLikeDomain(component) {
    return (component === 'localhost' ||
        component.includes('.') ||
        component.includes(':') ||
        component.toLowerCase() !== component);
}
const PATH_COMPONENT_RULE = 'lowercase letters and digits, separated by ".", "_", "__" or dashes';
/** Returns why `path` is not a valid repository path, or `undefined` if it is. */
function pathProblem(path) {
    // Checked first, as distribution does, so `foo/Bar` gets the helpful message rather than a
    // generic format error.
    if (path.toLowerCase() !== path)
        return 'repository name must be lowercase';
    for (const component of path.split('/')) {
        if (component === '')
            return 'repository name must not have empty path components';
        if (!PATH_COMPONENT_REGEXP.test(component)) {
            const quoted = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .echo */ .W)(component, { style: 'json' });
            return `repository path component ${quoted} must be ${PATH_COMPONENT_RULE}`;
        }
    }
    if (path.length > MAX_PATH_LENGTH) {
        const got = path.length;
        return `repository name must not be more than ${MAX_PATH_LENGTH} characters (got ${got})`;
    }
    return undefined;
}
/**
 * An image reference, parsed and normalized. Immutable: the `with*` methods return new
 * instances. Create one with {@link parseReference}.
 */
class ImageReference {
    /** Registry domain, normalized (`docker.io` for Docker Hub), e.g. `ghcr.io`, `[::1]:5000`. */
    domain;
    /** Repository path without the domain, e.g. `library/nginx`, `acme/app`. */
    path;
    /** Tag, when the reference has one. */
    tag;
    /** Digest (`algorithm:hex`), when the reference has one. */
    digest;
    constructor(domain, path, tag, digest) {
        this.domain = domain;
        this.path = path;
        this.tag = tag;
        this.digest = digest;
        Object.freeze(this);
    }
    /**
     * Parses `input`; see {@link parseReference}.
     *
     * @throws {@link InvalidReferenceError} when `input` is not a valid reference.
     */
    static parse(input, opts = {}) {
        const fail = (reason) => {
            throw new InvalidReferenceError(input, reason);
        };
        if (input === '')
            fail('reference must not be empty');
        if (IDENTIFIER_REGEXP.test(input)) {
            // Same refusal as distribution's ParseNormalizedNamed: the string could be an image ID.
            fail('a 64-character hexadecimal string is ambiguous (it may be an image ID)');
        }
        // Neither a path, a tag nor a digest may contain `@`, so the first one starts the digest.
        let rest = input;
        let digest;
        const at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.slice(at + 1);
            rest = rest.slice(0, at);
        }
        // In a name, `:` only appears in the domain (port, IPv6 literal), before the first `/`; so a
        // colon after the last `/`, or in a single-component name, starts the tag.
        let tag;
        const colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.slice(colon + 1);
            rest = rest.slice(0, colon);
        }
        if (rest === '')
            fail('repository name must not be empty');
        const { domain, path, explicit } = splitDomain(rest);
        if (explicit && !DOMAIN_REGEXP.test(domain)) {
            const quoted = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .echo */ .W)(domain, { style: 'json' });
            fail(`registry domain ${quoted} must be a host name or IP address with optional port`);
        }
        const badPath = pathProblem(path);
        if (badPath !== undefined)
            fail(badPath);
        const badTag = tag === undefined ? undefined : tagProblem(tag);
        if (badTag !== undefined)
            fail(badTag);
        const badDigest = digest === undefined ? undefined : digestProblem(digest);
        if (badDigest !== undefined)
            fail(badDigest);
        if (opts.strict === true && tag === undefined && digest === undefined) {
            fail('a tag or a digest is required');
        }
        return new ImageReference(domain, path, tag, digest);
    }
    /** `domain/path`, e.g. `docker.io/library/nginx`. */
    get repository() {
        return `${this.domain}/${this.path}`;
    }
    /**
     * The repository in familiar form, as Docker prints it: `nginx`, `acme/app`,
     * `ghcr.io/acme/app`.
     */
    get name() {
        if (this.domain !== DEFAULT_DOMAIN)
            return this.repository;
        const slash = this.path.indexOf('/');
        // A Hub path whose first component would read back as a domain (`localhost/x`, `a.b/x`)
        // keeps `docker.io/`, so the familiar form always parses back to this reference.
        // distribution's familiarizeName drops it anyway; here round-tripping wins.
        if (slash >= 0 && looksLikeDomain(this.path.slice(0, slash)))
            return this.repository;
        if (this.path.startsWith(OFFICIAL_REPO_PREFIX)) {
            const official = this.path.slice(OFFICIAL_REPO_PREFIX.length);
            // Only a single-component remainder is an official image (distribution familiarizeName).
            // A bare 64-hex remainder keeps `library/`: alone it would be refused as an image ID.
            if (!official.includes('/') && !IDENTIFIER_REGEXP.test(official))
                return official;
        }
        return this.path;
    }
    /** Full form with domain, tag and digest: `docker.io/library/nginx:1.2`. */
    get normalized() {
        return this.repository + this.suffix();
    }
    /** Short form as Docker prints it: `nginx:1.2`, `acme/app@sha256:…`, `ghcr.io/acme/app:1`. */
    get familiar() {
        return this.name + this.suffix();
    }
    /** The normalized form. */
    toString() {
        return this.normalized;
    }
    /**
     * The host to send registry HTTP API requests to (with port, if any): `registry-1.docker.io`
     * for Docker Hub, the domain otherwise.
     */
    registryHost() {
        return this.domain === DEFAULT_DOMAIN ? DOCKER_HUB_REGISTRY_HOST : this.domain;
    }
    /**
     * This reference with `tag` as its tag; a digest is kept, as distribution's `WithTag` does.
     *
     * @throws {@link InvalidReferenceError} when `tag` is not a valid tag.
     */
    withTag(tag) {
        const problem = tagProblem(tag);
        if (problem !== undefined)
            throw new InvalidReferenceError(tag, problem, 'tag');
        return new ImageReference(this.domain, this.path, tag, this.digest);
    }
    /**
     * This reference pinned to `digest`; a tag is kept, as distribution's `WithDigest` does.
     *
     * @throws {@link InvalidReferenceError} when `digest` is not a valid, registered digest.
     */
    withDigest(digest) {
        const problem = digestProblem(digest);
        if (problem !== undefined)
            throw new InvalidReferenceError(digest, problem, 'digest');
        return new ImageReference(this.domain, this.path, this.tag, digest);
    }
    /** This reference without its tag; a digest is kept. */
    withoutTag() {
        return new ImageReference(this.domain, this.path, undefined, this.digest);
    }
    suffix() {
        return ((this.tag === undefined ? '' : `:${this.tag}`) +
            (this.digest === undefined ? '' : `@${this.digest}`));
    }
}
/**
 * Parses an image reference (`name[:tag][@digest]`) the way distribution's
 * `ParseNormalizedNamed` does: a missing domain means Docker Hub (`docker.io`), a single-
 * component Hub path gets `library/`, and `index.docker.io` becomes `docker.io`.
 *
 * @param input - the reference, untrimmed.
 * @param opts - `strict: true` requires a tag or a digest.
 * @throws {@link InvalidReferenceError} when `input` is not a valid reference.
 */
function parseReference(input, opts) {
    return ImageReference.parse(input, opts);
}
/**
 * Splits a digest into algorithm and hex.
 *
 * @throws {@link InvalidReferenceError} (subject `digest`) when `s` does not follow the OCI
 * grammar, names an unregistered algorithm or has a malformed encoded part.
 */
function parseDigest(s) {
    const problem = digestProblem(s);
    if (problem !== undefined)
        throw new InvalidReferenceError(s, problem, 'digest');
    const colon = s.indexOf(':');
    return Object.freeze({ algorithm: s.slice(0, colon), hex: s.slice(colon + 1) });
}
/** Whether `s` is a valid digest with a registered algorithm (e.g. `sha256:<64 hex>`). */
function isDigest(s) {
    return digestProblem(s) === undefined;
}
/** Whether `s` is a valid tag. */
function isValidTag(s) {
    return tagProblem(s) === undefined;
}
/**
 * Parses `input` into a JSON-ready object, for the CLI `ref` tool: never throws for an invalid
 * reference, and uses `null` (not a missing key) for an absent tag or digest so the output
 * shape is fixed.
 */
function referenceToJson(input, opts) {
    let ref;
    try {
        ref = parseReference(input, opts);
    }
    catch (err) {
        if (err instanceof InvalidReferenceError)
            return { valid: false, error: err.message };
        throw err;
    }
    return {
        valid: true,
        domain: ref.domain,
        path: ref.path,
        tag: ref.tag ?? null,
        digest: ref.digest ?? null,
        familiar: ref.familiar,
        normalized: ref.normalized
    };
}


/***/ }),

/***/ 9191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RI: () => (/* binding */ bareRepository),
/* harmony export */   fs: () => (/* binding */ readReferrerLayer),
/* harmony export */   kV: () => (/* binding */ copyReferrers),
/* harmony export */   vO: () => (/* binding */ attachReferrer),
/* harmony export */   xt: () => (/* binding */ listReferrers)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89711);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99867);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79310);
/**
 * OCI 1.1 referrers: artifacts (signatures, attestations) pushed as manifests whose `subject`
 * names an image digest, so they travel with the digest and never change it.
 *
 * Registries with the referrers API index them on their own. For the others (Debian's
 * distribution 2.8, older Harbor, ...) the distribution spec's fallback applies: an OCI index
 * tagged `<alg>-<hex>` that the client keeps up to date itself (distribution-spec
 * "Referrers Tag Schema").
 *
 * @module
 */




/** The empty JSON config every artifact manifest points at (image-spec "Guidance for an Empty Descriptor"). */
const EMPTY_CONFIG = Buffer.from('{}');
/**
 * How often the referrers tag index is re-read after writing it. Two writers updating the same
 * index can drop each other's entry (the tag schema has no compare-and-swap), so the write is
 * checked and retried a few times.
 */
const INDEX_WRITE_ATTEMPTS = 3;
/** `repo` without tag or digest, so `withTag` and `withDigest` address exactly what they say. */
function bareRepository(repo) {
    return _reference_js__WEBPACK_IMPORTED_MODULE_3__/* .ImageReference */ .ZN.parse(repo.repository);
}
/**
 * Pushes `artifact` as an OCI image manifest whose `subject` is `subject`, in the repository of
 * `repo`, by digest only (no tag), then makes sure it is listed among the subject's referrers.
 *
 * Idempotent: the manifest bytes are a pure function of the arguments, so pushing the same
 * artifact twice gives the same digest, and an index entry is only added when missing. The
 * subject itself is never written.
 *
 * @returns the descriptor of the artifact manifest, as listed in the referrers index.
 */
async function attachReferrer(client, repo, subject, artifact) {
    const bare = bareRepository(repo);
    const config = { mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.ociEmpty, digest: (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(EMPTY_CONFIG), size: 2 };
    // The empty config is shared by every artifact: asked for once per repository and run.
    if (!client.memory.hasBlob(bare, config.digest) &&
        !(await client.hasBlob(bare, config.digest, true)))
        await client.uploadBlob(bare, config.digest, EMPTY_CONFIG);
    const layers = [];
    for (const blob of artifact.blobs) {
        // Small and almost always new: uploaded without asking first (an upload of a blob the
        // registry has already is harmless).
        const digest = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(blob.bytes);
        if (!client.memory.hasBlob(bare, digest))
            await client.uploadBlob(bare, digest, blob.bytes);
        layers.push({ mediaType: blob.mediaType, digest, size: blob.bytes.length });
    }
    const annotations = artifact.annotations && Object.keys(artifact.annotations).length > 0
        ? sortedRecord(artifact.annotations)
        : undefined;
    const content = {
        schemaVersion: 2,
        mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.ociManifest,
        artifactType: artifact.artifactType,
        config,
        layers,
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        ...(annotations ? { annotations } : {})
    };
    const bytes = Buffer.from(JSON.stringify(content));
    const manifest = {
        bytes,
        mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.ociManifest,
        digest: (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(bytes)
    };
    const pushed = await client.push(bare, manifest.digest, manifest);
    const descriptor = {
        mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.ociManifest,
        digest: manifest.digest,
        size: bytes.length,
        artifactType: artifact.artifactType,
        ...(annotations ? { annotations } : {})
    };
    if (pushed.indexedSubject !== subject.digest) {
        await addToReferrersTag(client, bare, subject.digest, descriptor);
    }
    return descriptor;
}
/**
 * Descriptors of the artifacts that refer to `digest` in the repository of `repo`, optionally
 * only those of `artifactType`; from the referrers API or, where the registry lacks it, the
 * referrers tag index.
 */
async function listReferrers(client, repo, digest, artifactType) {
    const all = await client.referrers(bareRepository(repo), digest);
    return artifactType === undefined ? all : all.filter(d => d.artifactType === artifactType);
}
/**
 * Copies the referrers of `digest` (optionally only those of `artifactType`) from the repository
 * of `from` to that of `to`, manifest bytes unchanged, so signatures follow a digest promoted
 * into another repository or registry. The subject must already be in `to`. Idempotent.
 *
 * @returns the descriptors now listed in `to`.
 */
async function copyReferrers(client, from, to, digest, artifactType) {
    const source = bareRepository(from);
    const target = bareRepository(to);
    const copied = [];
    for (const referrer of await listReferrers(client, source, digest, artifactType)) {
        const m = await client.get(source.withDigest(referrer.digest));
        const content = JSON.parse(m.bytes.toString());
        if (content.subject?.digest !== digest)
            continue;
        for (const blob of [content.config, ...(content.layers ?? [])]) {
            if (!blob || client.memory.hasBlob(target, blob.digest))
                continue;
            if (!(await client.hasBlob(target, blob.digest, true))) {
                const bytes = await client.getBlob(source, blob.digest);
                await client.uploadBlob(target, blob.digest, bytes);
            }
        }
        const pushed = await client.push(target, m.digest, m);
        const entry = {
            mediaType: m.mediaType,
            digest: m.digest,
            size: m.bytes.length,
            ...(content.artifactType ? { artifactType: content.artifactType } : {}),
            ...(referrer.annotations ? { annotations: referrer.annotations } : {})
        };
        if (pushed.indexedSubject !== digest)
            await addToReferrersTag(client, target, digest, entry);
        copied.push(entry);
    }
    return copied;
}
/**
 * Reads an artifact manifest named by a referrer descriptor and returns it with the bytes of
 * its first layer of `mediaType`, or `undefined` when it has none. The manifest is fetched by
 * digest, so its bytes are checked against the descriptor.
 */
async function readReferrerLayer(client, repo, referrer, mediaType) {
    const bare = bareRepository(repo);
    const m = await client.get(bare.withDigest(referrer.digest));
    const manifest = JSON.parse(m.bytes.toString());
    const layer = manifest.layers?.find(l => l.mediaType === mediaType);
    if (!layer)
        return { manifest };
    return { manifest, layer: await client.getBlob(bare, layer.digest) };
}
/**
 * Adds `entry` to the referrers tag index of `subject` unless it is listed already: one GET, one
 * PUT and one GET reading the index back. The tag schema has no compare-and-swap, so a writer
 * whose PUT lands between our GET and PUT drops our entry; the read-back then finds it missing,
 * and the entry is merged again into what the other writer left (bounded).
 */
async function addToReferrersTag(client, repo, subject, entry) {
    const tagRef = repo.withTag((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .referrersTag */ .LN)(subject));
    let listed = indexEntries(await client.find(tagRef, { push: true }));
    for (let attempt = 1; !listed.some(d => d.digest === entry.digest); attempt++) {
        if (attempt > INDEX_WRITE_ATTEMPTS) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl({
                status: 200,
                method: 'PUT',
                url: `/v2/${repo.path}/manifests/${tagRef.tag}`,
                detail: `referrers index ${tagRef.tag} lost the entry ${entry.digest} ${attempt - 1} times`,
                advice: 'another client is rewriting the index concurrently; retry the run',
                temporary: true
            });
        }
        const index = { schemaVersion: 2, mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.ociIndex, manifests: [...listed, entry] };
        const bytes = Buffer.from(JSON.stringify(index));
        await client.put(repo, tagRef.tag, {
            bytes,
            mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.ociIndex,
            digest: (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(bytes)
        });
        listed = indexEntries(await client.find(tagRef, { push: true }));
    }
}
/** The entries of a referrers index, none when there is no index. */
function indexEntries(index) {
    if (!index)
        return [];
    return JSON.parse(index.bytes.toString()).manifests ?? [];
}
/** A copy of `record` with keys in sorted order, so equal annotations give equal bytes. */
function sortedRecord(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}


/***/ }),

/***/ 76281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zd: () => (/* binding */ issuerMatches),
/* harmony export */   aK: () => (/* binding */ identityMatches),
/* harmony export */   ax: () => (/* binding */ compileIdentityPattern)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Whether a Fulcio certificate's identity and issuer satisfy a keyless policy, with cosign's
 * semantics, so a pattern copied from cosign's, Kyverno's or `gh attestation verify`'s docs
 * accepts here exactly what it accepts there:
 *
 * - an exact identity or issuer is compared as a whole string;
 * - a regexp is Go RE2 syntax and *searched* for (Go's `regexp.MatchString`), not matched
 *   against the whole value: anchor it with `^…$` to pin it;
 * - an issuer regexp, when set, takes the place of the exact issuer.
 *
 * See cosign `pkg/cosign/verify.go` `CheckCertificatePolicy`, and sigstore-go
 * `pkg/verify/certificate_identity.go` (`SubjectAlternativeNameMatcher.Verify`,
 * `IssuerMatcher.Verify`).
 *
 * @module
 */


/**
 * Compiles a Go RE2 pattern for an unanchored search.
 *
 * @returns the pattern, or the parser's one-line reason it is not valid RE2.
 */
function compileIdentityPattern(pattern) {
    try {
        const re = re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.compile(pattern);
        return value => re.matcher(value).find();
    }
    catch (err) {
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err);
    }
}
/** Compiles `pattern`, which callers have already validated. */
function compiled(pattern) {
    const re = compileIdentityPattern(pattern);
    if (typeof re === 'string')
        throw new Error(`invalid identity pattern: ${re}`);
    return re;
}
/** True when `san` is the exact identity, or when the identity regexp occurs in it. */
function identityMatches(policy, san) {
    if (policy.certificateIdentity !== undefined && policy.certificateIdentity === san)
        return true;
    if (policy.certificateIdentityRegexp !== undefined) {
        return compiled(policy.certificateIdentityRegexp)(san);
    }
    return false;
}
/** True when the issuer regexp occurs in `issuer` or, without one, `issuer` is the exact issuer. */
function issuerMatches(policy, issuer) {
    if (policy.certificateOidcIssuerRegexp !== undefined) {
        return compiled(policy.certificateOidcIssuerRegexp)(issuer);
    }
    return policy.certificateOidcIssuer === issuer;
}


/***/ }),

/***/ 6663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ LocalKeySigner),
/* harmony export */   PM: () => (/* binding */ loadPrivateKey),
/* harmony export */   fg: () => (/* binding */ loadPublicKey),
/* harmony export */   p4: () => (/* binding */ keyHint),
/* harmony export */   rL: () => (/* binding */ maskPem),
/* harmony export */   rd: () => (/* binding */ resolveKeyText),
/* harmony export */   td: () => (/* binding */ isKmsReference),
/* harmony export */   yy: () => (/* binding */ keyFingerprint)
/* harmony export */ });
/* unused harmony exports KMS_SCHEMES, naclSecretboxOpen, decryptCosignKey */
/* harmony import */ var _noble_ciphers_salsa_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46382);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14410);

/**
 * Signing keys for the sigstore backend, kept in memory only: PEM texts, `env://VAR`
 * references and files, in the formats cosign reads.
 *
 * cosign's own `cosign.key` (`ENCRYPTED SIGSTORE PRIVATE KEY`) is scrypt + NaCl secretbox
 * (go-securesystemslib `encrypted`). node:crypto has scrypt but no XSalsa20-Poly1305, so opening
 * the box is a seam ({@link SecretboxOpen}) until a vetted implementation is a dependency;
 * unencrypted and OpenSSL-encrypted PKCS#8 keys work with node:crypto alone.
 *
 * @module
 */




/** URI schemes of KMS keys; only the cosign backend can sign with them. */
const KMS_SCHEMES = ['awskms://', 'gcpkms://', 'hashivault://', 'azurekms://'];
/** PEM types of cosign's encrypted key files (the old name and the current one). */
const COSIGN_KEY_TYPES = ['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY'];
/** scrypt parameters go-securesystemslib writes (legacy, standard, OWASP); others are refused. */
const SCRYPT_N = new Set([32768, 65536, 131072]);
/** NaCl secretbox (XSalsa20-Poly1305) as cosign.key uses it; undefined when the tag does not verify. */
const naclSecretboxOpen = (key, nonce, box) => {
    try {
        return Buffer.from((0,_noble_ciphers_salsa_js__WEBPACK_IMPORTED_MODULE_4__/* .secretbox */ .EY)(key, nonce).open(box));
    }
    catch {
        return undefined;
    }
};
/** True for `awskms://`, `gcpkms://`, `hashivault://` and `azurekms://` references. */
function isKmsReference(ref) {
    return KMS_SCHEMES.some(s => ref.startsWith(s));
}
/**
 * The PEM text a key reference names: the text itself, `env://VAR`, or a file path. Every line
 * of the text is masked in logs before it is returned.
 */
function resolveKeyText(ref, env, logger) {
    let text;
    if (ref.includes('-----BEGIN '))
        text = ref;
    else if (ref.startsWith('env://')) {
        const name = ref.slice('env://'.length);
        const value = env[name];
        if (!value)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ(`key ${ref}: environment variable ${name} is not set`);
        text = value;
    }
    else if (isKmsReference(ref)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ(`key ${ref}: KMS keys need the cosign backend; set signing: cosign and install cosign`);
    }
    else {
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(ref, 'utf8');
        }
        catch (err) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ(`key ${ref}: cannot read it (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)})`);
        }
    }
    if (/PRIVATE KEY-----/.test(text))
        maskPem(text, logger);
    return text;
}
/** Masks a PEM text and each of its base64 lines, since loggers mask line by line. */
function maskPem(text, logger) {
    logger.setSecret(text);
    for (const line of text.split(/\r?\n/)) {
        if (line.trim() && !line.startsWith('-----'))
            logger.setSecret(line.trim());
    }
}
/**
 * Loads a private key: cosign's encrypted format, OpenSSL-encrypted PKCS#8 (`ENCRYPTED PRIVATE
 * KEY`), or unencrypted PKCS#8 / SEC 1. Only ECDSA P-256 is accepted, the key type cosign
 * generates and the one sigstore verifiers check with SHA-256.
 */
function loadPrivateKey(pem, password, opts = {}) {
    const type = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(pem)?.[1];
    let key;
    if (type && COSIGN_KEY_TYPES.includes(type)) {
        const der = decryptCosignKey(pem, password, opts.openSecretbox);
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: der, format: 'der', type: 'pkcs8' });
    }
    else if (type === 'ENCRYPTED PRIVATE KEY') {
        if (password === undefined)
            throw missingPassword();
        try {
            key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem', passphrase: password });
        }
        catch {
            throw wrongPassword();
        }
    }
    else if (type === 'PRIVATE KEY' || type === 'EC PRIVATE KEY') {
        try {
            key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem' });
        }
        catch (err) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ(`private key: cannot parse the ${type} PEM (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)})`);
        }
    }
    else {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ(`private key: unsupported PEM type ${type ? `'${type}'` : '(none)'}; ` +
            'use a cosign.key, a PKCS#8 PEM (PRIVATE KEY / ENCRYPTED PRIVATE KEY) or an EC PRIVATE KEY');
    }
    assertP256(key, 'private key');
    return key;
}
/** Loads a public key PEM (SubjectPublicKeyInfo), ECDSA P-256 only. */
function loadPublicKey(pem) {
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: pem, format: 'pem' });
    }
    catch (err) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ(`public key: not a PEM public key (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)})`);
    }
    assertP256(key, 'public key');
    return key;
}
/** `sha256:<hex>` of the key's SubjectPublicKeyInfo DER: how messages name a key. */
function keyFingerprint(key) {
    const der = key.export({ format: 'der', type: 'spki' });
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest('hex')}`;
}
/** The bundle's public key hint, as sigstore-go writes it: base64 of the SPKI DER's sha256. */
function keyHint(key) {
    const der = key.export({ format: 'der', type: 'spki' });
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest('base64');
}
/** A sigstore-js signer over a local private key: ECDSA P-256 with SHA-256, DER signatures. */
class LocalKeySigner {
    privateKey;
    publicKeyPem;
    hint;
    constructor(privateKey) {
        this.privateKey = privateKey;
        const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey);
        this.publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
        this.hint = keyHint(publicKey);
    }
    /** Signs `data` (the DSSE pre-authentication encoding). */
    sign(data) {
        const signature = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', data, this.privateKey);
        return Promise.resolve({
            signature,
            key: { $case: 'publicKey', publicKey: this.publicKeyPem, hint: this.hint }
        });
    }
}
/**
 * Decrypts cosign's key envelope to PKCS#8 DER: scrypt(password, salt, N, r, p) gives the
 * 32-byte secretbox key, which opens the ciphertext with the envelope's nonce.
 */
function decryptCosignKey(pem, password, openSecretbox = naclSecretboxOpen) {
    const body = pem
        .replace(/-----(BEGIN|END) [A-Z ]+-----/g, '')
        .replace(/\s+/g, '')
        .trim();
    let envelope;
    try {
        envelope = JSON.parse(Buffer.from(body, 'base64').toString('utf8'));
    }
    catch {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ('cosign key: the PEM body is not the JSON envelope cosign writes');
    }
    const { kdf, cipher } = envelope;
    const params = kdf?.params;
    if (kdf?.name !== 'scrypt' || !params || !SCRYPT_N.has(params.N ?? 0) || params.r !== 8) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ('cosign key: unsupported key derivation (expected scrypt, r=8)');
    }
    if (params.p !== 1)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ('cosign key: unsupported scrypt parameter p');
    if (cipher?.name !== 'nacl/secretbox') {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ(`cosign key: unsupported cipher ${JSON.stringify(cipher?.name)}`);
    }
    const nonce = Buffer.from(cipher.nonce ?? '', 'base64');
    if (nonce.length !== 24)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ('cosign key: the nonce is not 24 bytes');
    if (!openSecretbox) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ('cosign key: ENCRYPTED SIGSTORE PRIVATE KEY files need NaCl secretbox, which this build ' +
            'lacks; export the key as PKCS#8 (openssl pkcs8 -topk8) or use signing: cosign');
    }
    if (password === undefined)
        throw missingPassword();
    const N = params.N;
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.scryptSync)(password, Buffer.from(kdf.salt ?? '', 'base64'), 32, {
        N,
        r: 8,
        p: 1,
        // 128 * N * r bytes, plus headroom: the default 32 MiB is too small for N >= 2^15.
        maxmem: 256 * N * 8 + 1024 * 1024
    });
    const plain = openSecretbox(key, nonce, Buffer.from(envelope.ciphertext ?? '', 'base64'));
    key.fill(0);
    if (!plain)
        throw wrongPassword();
    return plain;
}
function assertP256(key, what) {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (key.asymmetricKeyType !== 'ec' || curve !== 'prime256v1') {
        const found = key.asymmetricKeyType === 'ec' ? `EC ${curve}` : String(key.asymmetricKeyType);
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ(`${what}: ${found} is not supported; use an ECDSA P-256 key (cosign generate-key-pair)`);
    }
}
function missingPassword() {
    return new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ('private key is encrypted but no password was given; set cosign-password or COSIGN_PASSWORD');
}
function wrongPassword() {
    return new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .SigningError */ .uJ('private key: decryption failed; check cosign-password (or COSIGN_PASSWORD)');
}


/***/ }),

/***/ 69154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uk: () => (/* binding */ getIdentityToken),
/* harmony export */   eh: () => (/* binding */ policyFromClaims),
/* harmony export */   f: () => (/* binding */ tokenClaims),
/* harmony export */   hd: () => (/* binding */ identityTokenAvailable)
/* harmony export */ });
/* unused harmony exports SIGSTORE_AUDIENCE, escapeRegExp */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14410);
/**
 * OIDC identity tokens for keyless signing: GitHub Actions' token endpoint (audience
 * `sigstore`), or a token given in `SIGSTORE_ID_TOKEN` as cosign accepts it.
 *
 * @module
 */


/** The audience Fulcio expects. */
const SIGSTORE_AUDIENCE = 'sigstore';
/**
 * Whether {@link getIdentityToken} has somewhere to get a token from (`SIGSTORE_ID_TOKEN`, or
 * the GitHub Actions token endpoint), without asking it: so optional keyless signing can be
 * skipped up front instead of failing.
 */
function identityTokenAvailable(env) {
    return Boolean(env.SIGSTORE_ID_TOKEN ||
        (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN));
}
/**
 * Gets an identity token from the environment: `SIGSTORE_ID_TOKEN` first (an explicit choice
 * wins), then the GitHub Actions token endpoint. The token and the request token are masked.
 */
async function getIdentityToken(env, logger, fetchImpl = fetch) {
    const given = env.SIGSTORE_ID_TOKEN;
    if (given) {
        logger.setSecret(given);
        return given;
    }
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !requestToken) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SigningError */ .uJ('keyless signing needs an OIDC token: in GitHub Actions grant the job ' +
            '`permissions: id-token: write`; elsewhere set SIGSTORE_ID_TOKEN, or sign with cosign-key');
    }
    logger.setSecret(requestToken);
    const target = new URL(url);
    target.searchParams.set('audience', SIGSTORE_AUDIENCE);
    let body;
    try {
        const res = await fetchImpl(target, {
            headers: { accept: 'application/json', authorization: `bearer ${requestToken}` }
        });
        if (!res.ok)
            throw new Error(`HTTP ${res.status}`);
        body = (await res.json());
    }
    catch (err) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SigningError */ .uJ(`requesting the GitHub Actions OIDC token failed (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}); ` +
            'check the job has `permissions: id-token: write`');
    }
    if (typeof body.value !== 'string' || body.value === '') {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SigningError */ .uJ('the GitHub Actions OIDC token endpoint answered without a token');
    }
    logger.setSecret(body.value);
    return body.value;
}
/**
 * The claims of a JWT, unverified: only used to predict which identity our own token will be
 * certified as, never to trust anyone.
 */
function tokenClaims(token) {
    const part = token.split('.')[1];
    if (!part)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SigningError */ .uJ('the OIDC token is not a JWT');
    try {
        return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SigningError */ .uJ('the OIDC token is not a JWT (its payload is not JSON)');
    }
}
/**
 * The policy a certificate issued for `claims` satisfies. Fulcio takes the identity from a
 * different claim per issuer (GitHub: `https://github.com/` + `job_workflow_ref`; e-mail
 * issuers: `email`; others: `sub`), so every candidate is allowed, exactly.
 */
function policyFromClaims(claims) {
    if (!claims.iss)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SigningError */ .uJ('the OIDC token has no issuer (iss) claim');
    const candidates = [
        claims.job_workflow_ref ? `https://github.com/${claims.job_workflow_ref}` : undefined,
        claims.email,
        claims.sub
    ].filter((c) => typeof c === 'string' && c !== '');
    if (candidates.length === 0)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SigningError */ .uJ('the OIDC token names no subject');
    return {
        // Anchored: identity regexps are searched for, as in cosign.
        certificateIdentityRegexp: `^(?:${candidates.map(escapeRegExp).join('|')})$`,
        certificateOidcIssuer: claims.iss
    };
}
/** Escapes `s` for use as a literal inside a regular expression (JavaScript and Go RE2 alike). */
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}


/***/ }),

/***/ 14410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ DEFAULT_REKOR_URL),
/* harmony export */   GY: () => (/* binding */ BUNDLE_ANNOTATIONS),
/* harmony export */   Ib: () => (/* binding */ SIGSTORE_BUNDLE_MEDIA_TYPE),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   Z4: () => (/* binding */ COSIGN_SIGN_PREDICATE_TYPE),
/* harmony export */   cy: () => (/* binding */ isKeyPolicy),
/* harmony export */   jl: () => (/* binding */ DEFAULT_FULCIO_URL),
/* harmony export */   qQ: () => (/* binding */ GITHUB_ACTIONS_ISSUER),
/* harmony export */   tV: () => (/* binding */ IN_TOTO_STATEMENT_V1),
/* harmony export */   uJ: () => (/* binding */ SigningError),
/* harmony export */   wy: () => (/* binding */ describePolicy)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * One interface for both signing backends: sigstore-js in process, and the cosign CLI.
 *
 * "The digest gives immutability, signing gives authenticity, and signing without verifying is
 * theatre": every backend that signs can also verify, and a verification names who signed.
 *
 * @module
 */

/** True when `policy` trusts a key rather than a certificate identity. */
function isKeyPolicy(policy) {
    return 'key' in policy && typeof policy.key === 'string';
}
/** Signing could not be done or set up; the message says what and how to fix it. */
class SigningError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG {
}
/**
 * The payload both backends sign, after cosign's `sign --new-bundle-format`: an in-toto v1
 * statement whose only subject is the image digest, with cosign's signing predicate type.
 */
const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';
/** In-toto statement type, v1. */
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** DSSE payload type of in-toto statements. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** Media type (and referrer artifact type) of a Sigstore bundle v0.3. */
const SIGSTORE_BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** Annotations cosign sets on a bundle referrer, so cosign and others can filter them. */
const BUNDLE_ANNOTATIONS = Object.freeze({
    'dev.sigstore.bundle.content': 'dsse-envelope',
    'dev.sigstore.bundle.predicateType': COSIGN_SIGN_PREDICATE_TYPE
});
/** The public-good Fulcio. */
const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';
/** The public-good Rekor. */
const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';
/** The issuer of GitHub Actions OIDC tokens. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** A one-line description of the signer a policy expects, for messages. */
function describePolicy(policy, keyFingerprint) {
    if (isKeyPolicy(policy))
        return `key ${keyFingerprint ?? '(public-key)'}`;
    const who = policy.certificateIdentity
        ? policy.certificateIdentity
        : policy.certificateIdentityRegexp
            ? `an identity matching /${policy.certificateIdentityRegexp}/`
            : 'any identity';
    const issuer = policy.certificateOidcIssuerRegexp !== undefined
        ? `an issuer matching /${policy.certificateOidcIssuerRegexp}/`
        : policy.certificateOidcIssuer;
    return `${who} (issuer ${issuer})`;
}


/***/ }),

/***/ 49997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ echo),
/* harmony export */   d: () => (/* binding */ MAX_ECHO)
/* harmony export */ });
/** The most characters of an untrusted or user-given text that a message repeats. */
const MAX_ECHO = 100;
/** C0 and C1 control characters: newlines, escapes, anything that can break a line. */
const CONTROL = /\p{Cc}/u;
/**
 * Quotes text that came from a user or from an untrusted source (a reference, a tag list, a
 * repository file) for a one-line message. Text with control characters is JSON-quoted, so it
 * cannot end the line or start a workflow command; other text is put in single quotes, or in
 * JSON quotes with `style: 'json'`. Past `max` characters it is cut, with an ellipsis and the
 * full length, so a 10,000-character value cannot flood the log.
 *
 * @example echo('ghcr.io/acme/app') === "'ghcr.io/acme/app'"
 * @example echo('x'.repeat(500)) === "'xxx…' (500 characters)"
 */
function echo(text, opts = {}) {
    const max = opts.max ?? MAX_ECHO;
    const chars = Array.from(text);
    const cut = chars.length > max;
    const shown = cut ? `${chars.slice(0, max).join('')}…` : text;
    const quoted = opts.style === 'json' || CONTROL.test(shown) ? JSON.stringify(shown) : `'${shown}'`;
    return cut ? `${quoted} (${chars.length} characters)` : quoted;
}


/***/ })

};
