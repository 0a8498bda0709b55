export const id = 9372;
export const ids = [9372];
export const modules = {

/***/ 52237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ LEDGER_DIR),
/* harmony export */   Q6: () => (/* binding */ eventId),
/* harmony export */   Qv: () => (/* binding */ eventPath),
/* harmony export */   T9: () => (/* binding */ eventIdOfKind),
/* harmony export */   fx: () => (/* binding */ imageSlug),
/* harmony export */   iv: () => (/* binding */ pipelineFromEnv),
/* harmony export */   rG: () => (/* binding */ serializeEvent)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

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
    const hex = digest.split(':')[1] ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(digest).digest('hex');
    return `${stamp}-${environment}-${imageSlug(image)}-${hex.slice(0, 12)}`;
}
/**
 * The id of an event of `kind`. An unpin records the digest the environment already runs, as
 * the rollback before it did: within the same second the two would share an id (and a file),
 * so an unpin's id says what it is.
 */
function eventIdOfKind(kind, timestamp, environment, image, digest) {
    const id = eventId(timestamp, environment, image, digest);
    return kind === 'unpinned' ? `${id}-unpinned` : id;
}
/** The repository path of an event's file. */
function eventPath(event) {
    return `${LEDGER_DIR}/${event.environment}/${event.id}.json`;
}
/** Serialises an event the one way the ledger stores it (stable key order, trailing newline). */
function serializeEvent(event) {
    return `${JSON.stringify(event, null, 2)}\n`;
}


/***/ }),

/***/ 89257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ readLedger)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_confine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29576);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52237);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69664);





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
    const base = (await (0,_util_confine_js__WEBPACK_IMPORTED_MODULE_2__/* .confine */ .W)(root, _event_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER_DIR */ .EN)).abs;
    const ledger = { events: [], problems: [] };
    let envs;
    try {
        envs = environment
            ? [environment]
            : (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(base, { withFileTypes: true })).filter(d => d.isDirectory()).map(d => d.name);
    }
    catch {
        return ledger;
    }
    for (const env of envs) {
        // Listed subdirectories are real directories already; a named one may be a link.
        const dir = environment
            ? (await (0,_util_confine_js__WEBPACK_IMPORTED_MODULE_2__/* .confine */ .W)(root, `${_event_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER_DIR */ .EN}/${env}`)).abs
            : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, env);
        let files;
        try {
            // `<image>.current.json` is an alias environment's desired state, not an event.
            files = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir))
                .filter(f => f.endsWith('.json') && !f.endsWith('.current.json'))
                .sort();
        }
        catch {
            continue;
        }
        for (const f of files) {
            const rel = `${_event_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER_DIR */ .EN}/${env}/${f}`;
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, f);
            const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs);
            if (!stat.isFile())
                continue;
            if (stat.size > MAX_EVENT_BYTES) {
                ledger.problems.push({ file: rel, message: `larger than ${MAX_EVENT_BYTES} bytes` });
                continue;
            }
            let parsed;
            try {
                parsed = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(abs, 'utf8'));
            }
            catch (err) {
                ledger.problems.push({ file: rel, message: `not valid JSON${jsonErrorPlace(err)}` });
                continue;
            }
            const problem = (0,_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .eventProblem */ .I)(parsed);
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


/***/ }),

/***/ 62818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ok: () => (/* binding */ uploadEventBlobs),
/* harmony export */   PL: () => (/* binding */ attachEvents),
/* harmony export */   e4: () => (/* binding */ readDigestEvents),
/* harmony export */   ow: () => (/* binding */ repairMissingRecords),
/* harmony export */   qb: () => (/* binding */ hasRecord)
/* harmony export */ });
/* unused harmony exports EVENT_ARTIFACT_TYPE, attachEvent */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89711);
/* harmony import */ var _registry_referrers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9191);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52237);
/* harmony import */ var _query_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31745);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69664);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43731);







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
    const descriptor = await (0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_2__/* .attachReferrer */ .vO)(client, image, subject, {
        artifactType: EVENT_ARTIFACT_TYPE,
        blobs: [{ mediaType: EVENT_ARTIFACT_TYPE, bytes: eventBlob(event) }],
        // One blob upload per record: the event is the artifact's config and its layer.
        config: 'first-blob',
        annotations: {
            'dev.digest-promote.event.id': event.id,
            'dev.digest-promote.event.environment': event.environment,
            'org.opencontainers.image.created': event.timestamp
        }
    });
    return descriptor.digest;
}
/** The bytes of an event's record: the artifact's one blob. */
function eventBlob(event) {
    return Buffer.from((0,_event_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeEvent */ .rG)(event));
}
/** Each event with the image it moved; an event of an image not in `images` has no record. */
function withImages(images, events) {
    return events.flatMap(event => {
        const image = images.find(i => i.repository === event.image);
        return image ? [{ event, image }] : [];
    });
}
/**
 * Uploads the record blobs of `events`, `concurrency` at a time, ahead of {@link attachEvents}:
 * for a caller with something slower to overlap them with (Git landing the commit). A blob no
 * manifest refers to is invisible, and attaching uploads any blob still missing, so a failure
 * here is ignored.
 */
async function uploadEventBlobs(client, images, events, concurrency = 1) {
    await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .mapSettled */ .A)(withImages(images, events), concurrency, async ({ event, image }) => {
        const [bare, bytes] = [(0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_2__/* .bareRepository */ .RI)(image), eventBlob(event)];
        const digest = (0,_registry_client_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .sI)(bytes);
        if (!client.memory.hasBlob(bare, digest))
            await client.uploadBlob(bare, digest, bytes);
    });
}
/**
 * Attaches every event, `concurrency` at a time; a failure is a warning, since the Git ledger is
 * the record of truth. Warnings come in the order of `events`, whichever attach ends first.
 */
async function attachEvents(client, images, events, logger, concurrency = 1) {
    const attachable = withImages(images, events);
    const results = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .mapSettled */ .A)(attachable, concurrency, ({ event, image }) => attachEvent(client, image, event));
    for (const [i, r] of results.entries()) {
        if (r.status === 'fulfilled')
            continue;
        const { event } = attachable[i];
        logger.warning(`could not attach ledger event ${event.id} to ${event.image}@${event.digest}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(r.reason)}`);
    }
}
/**
 * Whether the registry holds `event`'s record next to its digest: a referrer of the event
 * artifact type whose annotation names the event and whose content is that event.
 */
async function hasRecord(client, image, event) {
    const referrers = (await (0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_2__/* .listReferrers */ .xt)(client, image, event.digest, EVENT_ARTIFACT_TYPE))
        .filter(r => r.annotations?.['dev.digest-promote.event.id'] === event.id)
        .slice(0, MAX_EVENTS_PER_DIGEST);
    for (const r of referrers) {
        try {
            const { layer } = await (0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_2__/* .readReferrerLayer */ .fs)(client, image, r, EVENT_ARTIFACT_TYPE);
            const parsed = layer ? JSON.parse(layer.toString()) : undefined;
            if ((0,_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .isEvent */ .x)(parsed) && parsed.id === event.id && parsed.digest === event.digest)
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
        const event = (0,_query_js__WEBPACK_IMPORTED_MODULE_6__/* .latestDeployment */ .zf)(ledger, environment, image.repository);
        return event ? [{ event, image }] : [];
    });
    const results = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .mapSettled */ .A)(missing, concurrency, async ({ event, image }) => {
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
        logger.warning(`ledger event ${event.id} is missing from the registry and could not be attached to ${event.image}@${event.digest}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(r.reason)}`);
    }
}
/**
 * The events attached to one digest, oldest first. Registry records are untrusted: one that
 * is unreadable, breaks the event schema or names another digest is skipped.
 */
async function readDigestEvents(client, image, digest) {
    const referrers = (await (0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_2__/* .listReferrers */ .xt)(client, image, digest, EVENT_ARTIFACT_TYPE)).slice(0, MAX_EVENTS_PER_DIGEST);
    const events = [];
    for (const r of referrers) {
        try {
            const { layer } = await (0,_registry_referrers_js__WEBPACK_IMPORTED_MODULE_2__/* .readReferrerLayer */ .fs)(client, image, r, EVENT_ARTIFACT_TYPE);
            const parsed = layer ? JSON.parse(layer.toString()) : undefined;
            if ((0,_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .isEvent */ .x)(parsed) && parsed.digest === digest)
                events.push(parsed);
        }
        catch {
            // A damaged record is not a reason to fail a status query.
        }
    }
    return events.sort((a, b) => a.timestamp.localeCompare(b.timestamp));
}


/***/ }),

/***/ 50675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ openRepository)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
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


/***/ })

};
