export const id = 1597;
export const ids = [1597];
export const modules = {

/***/ 36214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 23820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ aliasReference),
/* harmony export */   Kh: () => (/* binding */ desiredStateEdit),
/* harmony export */   a5: () => (/* binding */ artifactRevision),
/* harmony export */   gQ: () => (/* binding */ readDesiredState),
/* harmony export */   rd: () => (/* binding */ aliasStates)
/* harmony export */ });
/* unused harmony exports DESIRED_STATE_SUFFIX, desiredStatePath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_promotion_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64844);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _ledger_event_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52237);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79310);
/* harmony import */ var _util_confine_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29576);






/** How the desired-state file of an alias environment ends; the ledger reader skips it. */
const DESIRED_STATE_SUFFIX = '.current.json';
const DIGEST = /^[a-z0-9]+:[a-f0-9]{32,}$/;
const MAX_STATE_BYTES = 64 * 1024;
/** The alias an environment floats, as a tagged reference. */
function aliasReference(env) {
    if (!env.alias)
        return undefined;
    try {
        const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReference */ .F2)(`${env.alias.repository}:${env.alias.tag}`);
        if (ref.digest)
            throw new Error('a digest is not an alias');
        return ref;
    }
    catch (err) {
        throw new _config_promotion_config_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`promotion.yaml: environments.${env.name}.alias: ${env.alias.repository}:${env.alias.tag} is not a repository and tag (${err.message})`);
    }
}
/** The repository path of an alias environment's desired-state file for `image`. */
function desiredStatePath(environment, image) {
    return `${_ledger_event_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER_DIR */ .EN}/${environment}/${(0,_ledger_event_js__WEBPACK_IMPORTED_MODULE_3__/* .imageSlug */ .fx)(image)}${DESIRED_STATE_SUFFIX}`;
}
/**
 * Reads what Git says an alias should name; undefined when Git records no move yet. The file is
 * untrusted: a malformed one is refused with its path, never used.
 */
async function readDesiredState(root, environment, image) {
    const rel = desiredStatePath(environment, image);
    const at = await (0,_util_confine_js__WEBPACK_IMPORTED_MODULE_5__/* .confine */ .W)(root, rel);
    let size;
    try {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(at.abs);
        if (!st.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PromoteError */ .jG(`${rel}: not a regular file; restore it from history`);
        size = st.size;
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PromoteError */ .jG)
            throw err;
        return undefined;
    }
    if (size > MAX_STATE_BYTES)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PromoteError */ .jG(`${rel}: larger than ${MAX_STATE_BYTES} bytes`);
    let data;
    try {
        data = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(at.abs, 'utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PromoteError */ .jG(`${rel}: not valid JSON; restore it from the Git history`);
    }
    const ok = typeof data === 'object' &&
        data !== null &&
        typeof data.digest === 'string' &&
        DIGEST.test(data.digest) &&
        (data.previous === null || (typeof data.previous === 'string' && DIGEST.test(data.previous))) &&
        typeof data.event === 'string' &&
        data.event.length <= 200;
    if (!ok || data.environment !== environment || data.image !== image) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PromoteError */ .jG(`${rel}: not a desired state of ${environment} for ${image} (digest, previous, event); restore it from the Git history`);
    }
    return data;
}
/**
 * What an alias environment runs for each image, in the shape the planner reads from files:
 * Git's desired digest, or what the alias resolves to when Git records no move yet.
 */
async function aliasStates(root, env, images, client) {
    const ref = aliasReference(env);
    return Promise.all(images.map(async (image) => {
        if (image.repository !== ref.repository) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PromoteError */ .jG(`environment '${env.name}' is the alias ${ref.familiar}, which ${image.repository} cannot move; promote ${ref.repository} into it`);
        }
        const desired = await readDesiredState(root, env.name, image.repository);
        const digest = desired ? desired.digest : (await client.head(ref))?.digest;
        return { image, pins: [], ...(digest ? { digest } : {}) };
    }));
}
/** The desired-state file a planned move into an alias environment writes. */
async function desiredStateEdit(root, env, event) {
    const rel = desiredStatePath(env.name, event.image);
    const state = {
        environment: env.name,
        image: event.image,
        alias: env.alias,
        digest: event.digest,
        previous: event.previousDigest,
        event: event.id
    };
    let before = '';
    try {
        before = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((await (0,_util_confine_js__WEBPACK_IMPORTED_MODULE_5__/* .confine */ .W)(root, rel)).abs, 'utf8');
    }
    catch {
        // First move recorded in Git.
    }
    return { path: rel, before, after: `${JSON.stringify(state, null, 2)}\n`, created: !before };
}
/** The annotation `flux push artifact` (and OCI image builds) put the source revision in. */
const REVISION_ANNOTATION = 'org.opencontainers.image.revision';
const PRINTABLE = /^[\x21-\x7e]{1,200}$/;
/**
 * The source revision a bundle's manifest states (`main@sha1:<commit>` for `flux push
 * artifact`), or undefined. The manifest is untrusted: anything but a short printable string is
 * ignored. The plan has read these bytes already, so this asks the registry nothing more.
 */
async function artifactRevision(client, pinned) {
    let manifest;
    try {
        manifest = JSON.parse((await client.get(pinned)).bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
    const revision = manifest?.annotations?.[REVISION_ANNOTATION];
    return typeof revision === 'string' && PRINTABLE.test(revision) ? revision : undefined;
}


/***/ }),

/***/ 25076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ applyAll),
  runApply: () => (/* binding */ runApply)
});

// EXTERNAL MODULE: ./src/config/lookup.ts
var lookup = __webpack_require__(40422);
// EXTERNAL MODULE: ./src/config/promotion-config.ts + 1 modules
var promotion_config = __webpack_require__(64844);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/ledger/event.ts
var ledger_event = __webpack_require__(52237);
// EXTERNAL MODULE: ./src/ledger/registry-ledger.ts
var registry_ledger = __webpack_require__(62818);
// EXTERNAL MODULE: ./src/ledger/read.ts
var read = __webpack_require__(89257);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
// EXTERNAL MODULE: ./src/registry/client-options.ts + 1 modules
var client_options = __webpack_require__(24992);
// EXTERNAL MODULE: ./src/promote/alias.ts
var alias = __webpack_require__(23820);
// EXTERNAL MODULE: ./src/registry/copy.ts
var copy = __webpack_require__(39190);
;// CONCATENATED MODULE: ./src/promote/apply.ts



/**
 * Moves one alias environment's alias to the digest Git says, as a compare-and-swap: the alias
 * must still name the previous digest Git recorded (or already the desired one: nothing to do).
 * Anything else is drift: nothing moves unless `forceDrift` gives a reason. The same manifest
 * bytes are PUT, then read back; another digest there means another run moved it at once.
 */
async function applyAlias(root, env, opts) {
    const ref = (0,alias/* aliasReference */.C)(env);
    const base = {
        environment: env.name,
        alias: ref.familiar,
        tag: ref.tag ?? '',
        image: ref.repository
    };
    const state = await (0,alias/* readDesiredState */.gQ)(root, env.name, ref.repository);
    if (!state) {
        return {
            ...base,
            desired: null,
            previous: null,
            before: null,
            event: null,
            outcome: 'unchanged',
            message: `${ref.familiar}: Git records no move of this alias yet; nothing to apply`
        };
    }
    const before = (await opts.client.head(ref, { push: true }))?.digest ?? null;
    const facts = { desired: state.digest, previous: state.previous, before, event: state.event };
    if (before === state.digest) {
        return {
            ...base,
            ...facts,
            outcome: 'unchanged',
            message: `${ref.familiar} already names ${state.digest}, as Git says (event ${state.event})`
        };
    }
    const drifted = before !== state.previous;
    if (drifted && !opts.forceDrift) {
        return {
            ...base,
            ...facts,
            outcome: 'drift',
            message: `${ref.familiar} names ${before ?? 'nothing'}, but Git recorded ${state.previous ?? 'no digest'} before its move to ${state.digest}: it was moved outside digest-promote, and who moved it is unknown. Nothing was moved; investigate, then re-run apply with force-drift: <reason> to move it to ${state.digest}`
        };
    }
    const pinned = ref.withoutTag().withDigest(state.digest);
    try {
        await (0,copy.retag)(opts.client, pinned, ref, { expectedDigest: state.digest, replaces: before });
    }
    catch (err) {
        if (!(err instanceof copy.ConcurrentTagWriteError) && !(err instanceof copy.MovedTagError))
            throw err;
        return {
            ...base,
            ...facts,
            outcome: 'lost',
            message: `lost a race: ${ref.familiar} names ${err.found ?? 'nothing'} right after this run moved it from ${before ?? 'nothing'} to ${state.digest}; another run moved it at the same time. Re-run apply: it moves the alias to what Git says then`
        };
    }
    const event = opts.ledger.events.find(e => e.id === state.event);
    if (event)
        await (0,registry_ledger/* attachEvents */.PL)(opts.client, [ref.withoutTag()], [event], opts.logger);
    return {
        ...base,
        ...facts,
        outcome: drifted ? 'forced' : 'moved',
        message: drifted
            ? `${ref.familiar} moved from ${before ?? 'nothing'} (drift, forced: ${opts.forceDrift}) to ${state.digest}`
            : `${ref.familiar} moved from ${before ?? 'nothing'} to ${state.digest} (event ${state.event})`
    };
}

// EXTERNAL MODULE: ./src/promote/land.ts
var land = __webpack_require__(38015);
// EXTERNAL MODULE: ./src/promote/options.ts
var options = __webpack_require__(7062);
// EXTERNAL MODULE: ./src/promote/repository.ts + 1 modules
var repository = __webpack_require__(50675);
;// CONCATENATED MODULE: ./src/promote/apply-run.ts













/** Opens the GitOps repository and moves each alias environment's alias to what Git says. */
async function runApply(job, ctx) {
    const repo = await ctx.logger.group('Open the GitOps repository', () => (0,repository/* openRepository */.h)({
        repository: job.gitopsRepository,
        path: job.gitopsPath,
        token: job.gitopsToken,
        branch: job.gitopsBranch,
        serverUrl: job.serverUrl
    }, ctx));
    try {
        const config = await (0,promotion_config/* loadConfig */.Z9)(repo.root, job.configPath, true);
        const envs = job.environments.length > 0
            ? job.environments.map(name => (0,lookup/* environmentFor */.DD)(config, name, undefined))
            : (config?.environments ?? []).filter(e => e.alias);
        for (const env of envs) {
            if (!env.alias)
                throw new errors/* PromoteError */.jG(`environment '${env.name}' has no alias in promotion.yaml, so apply has nothing to move; name an alias environment`);
            (0,alias/* aliasReference */.C)(env);
        }
        if (envs.length === 0)
            ctx.logger.info(`${job.configPath} has no alias environment to apply`);
        const client = (0,client_options.createRegistryClient)(job.registry, ctx);
        return await ctx.logger.group('Move the aliases to what Git says', () => applyAll(repo, envs, client, ctx, job.forceDrift));
    }
    finally {
        await repo.close();
    }
}
/** Applies the alias environments of an open checkout; `promote` calls it in commit mode. */
async function applyAll(repo, envs, client, ctx, forceDrift) {
    const ledger = await (0,read/* readLedger */.S)(repo.root);
    const out = [];
    for (const env of envs) {
        let r = await applyAlias(repo.root, env, { client, ledger, logger: ctx.logger, forceDrift });
        if (r.outcome === 'moved')
            r = await followGit(repo, env, r, client, ctx);
        if (r.outcome === 'forced')
            await recordForced(repo, r, ledger.events, client, ctx, forceDrift);
        if (r.outcome === 'drift' || r.outcome === 'lost')
            ctx.logger.warning(r.message);
        else
            ctx.logger.info(r.message);
        out.push(r);
    }
    return out;
}
/**
 * After a move, asks Git again: a run that read Git before a newer move was merged may have put
 * the alias on a digest Git no longer wants, after a fresh run found nothing to do. The registry
 * has no conditional write to stop that, so the stale run says it lost and applies what Git says
 * now (the same compare-and-swap, from the digest it just wrote).
 */
async function followGit(repo, env, r, client, ctx) {
    if (!(await repo.git.tryFetch(repo.baseBranch)))
        return r;
    await repo.git.checkoutFresh(repo.baseBranch, `refs/remotes/origin/${repo.baseBranch}`);
    const now = await (0,alias/* readDesiredState */.gQ)(repo.root, env.name, r.image);
    if (!now || now.digest === r.desired)
        return r;
    const ledger = await (0,read/* readLedger */.S)(repo.root);
    const again = await applyAlias(repo.root, env, { client, ledger, logger: ctx.logger });
    return {
        ...again,
        outcome: 'lost',
        message: `lost a race: this run moved ${r.alias} to ${r.desired} from a Git state that was already superseded (Git now says ${now.digest}, event ${now.event}); then: ${again.message}`
    };
}
/**
 * Records a forced move over drift as its own ledger event (the reason, and what the alias
 * named), committed to the base branch and attached to the digest.
 */
async function recordForced(repo, r, events, client, ctx, reason) {
    const moved = events.find(e => e.id === r.event);
    const now = ctx.now();
    const event = {
        ...(moved ?? emptyEvent(r)),
        id: `${(0,ledger_event/* eventId */.Q6)(now, r.environment, r.image, r.desired)}-forced`,
        environment: r.environment,
        image: r.image,
        digest: r.desired,
        previousDigest: r.before,
        alias: {
            tag: moved?.alias.tag ?? null,
            floating: { repository: r.image, tag: r.tag, previousDigest: r.before }
        },
        pipeline: (0,ledger_event/* pipelineFromEnv */.iv)(ctx.env),
        actor: ctx.env.GITHUB_ACTOR ?? null,
        timestamp: now.toISOString(),
        gates: [
            {
                name: 'alias-drift',
                result: 'skipped',
                detail: `forced over drift: the alias named ${r.before ?? 'nothing'}, not ${r.previous ?? 'nothing'} as Git recorded; reason: ${reason}`
            }
        ],
        pullRequest: null
    };
    await (0,land/* landOnBase */.cX)(repo, options/* DEFAULT_IDENTITY */.F, ctx.logger, () => Promise.resolve({
        files: [{ path: (0,ledger_event/* eventPath */.Qv)(event), content: (0,ledger_event/* serializeEvent */.rG)(event) }],
        message: `apply: ${r.alias} forced over drift to ${r.desired}\n\nReason: ${reason}`
    }));
    await (0,registry_ledger/* attachEvents */.PL)(client, [(0,reference/* parseReference */.F2)(r.image)], [event], ctx.logger);
}
function emptyEvent(r) {
    return {
        schemaVersion: 1,
        id: '',
        kind: 'promotion',
        environment: r.environment,
        alias: { tag: null, floating: null },
        image: r.image,
        digest: r.desired,
        previousDigest: null,
        fromEnvironment: null,
        sourceTag: null,
        targetTag: null,
        sourceRevision: null,
        pipeline: (0,ledger_event/* pipelineFromEnv */.iv)({}),
        actor: null,
        timestamp: '',
        releaseLabel: null,
        gates: [],
        pullRequest: null,
        revertOf: null
    };
}


/***/ }),

/***/ 38015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ amendBranch),
/* harmony export */   cX: () => (/* binding */ landOnBase),
/* harmony export */   eJ: () => (/* binding */ confineFiles),
/* harmony export */   t6: () => (/* binding */ landOnBranch)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _util_confine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29576);




const MAX_PUSH_ATTEMPTS = 3;
/**
 * Writes files at their confined paths and returns those paths as Git knows them: a file under
 * a symlink that stays inside the repository is written, and committed, where the link leads.
 * The plan phase checked the same paths ({@link confineFiles}); this checks again at the write.
 */
async function writeFiles(root, files) {
    const written = [];
    for (const f of files) {
        const at = await (0,_util_confine_js__WEBPACK_IMPORTED_MODULE_3__/* .confine */ .W)(root, f.path);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(at.abs), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(at.abs, f.content);
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
        await (0,_util_confine_js__WEBPACK_IMPORTED_MODULE_3__/* .confine */ .W)(root, f.path);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PromoteError */ .jG(`branch ${repo.baseBranch} disappeared from the remote`);
        await repo.git.checkoutFresh(repo.baseBranch, `refs/remotes/origin/${repo.baseBranch}`);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PromoteError */ .jG(`push to ${repo.baseBranch} was refused ${MAX_PUSH_ATTEMPTS} times (last: ${lastReason})`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PromoteError */ .jG(`push of ${branch} was refused (${pushed.reason}); another run may be promoting the same images: re-run to update the pull request`);
    }
}
/** A push the server refused for its credentials: no retry cures it, the token must change. */
function credentialsRefused(branch, reason) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PromoteError */ .jG(`push to ${branch} was refused: the GitOps repository's server did not accept the credentials (${reason}); use a token that may push to it (contents: write)`);
}


/***/ }),

/***/ 39190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ConcurrentTagWriteError: () => (/* binding */ ConcurrentTagWriteError),
/* harmony export */   ImmutableTagError: () => (/* binding */ ImmutableTagError),
/* harmony export */   MovedTagError: () => (/* binding */ MovedTagError),
/* harmony export */   retag: () => (/* binding */ retag)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89711);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6764);
/* harmony import */ var _referrers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9191);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99867);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43731);






/** Requests one retag keeps in flight at once (blob mounts, child manifests, attached lookups). */
const REQUESTS_AT_ONCE = 8;
/** An environment tag already names another digest; tags are never moved. */
class ImmutableTagError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG {
    constructor(target, existing, wanted) {
        super(`tag ${target.familiar} already points at ${existing}, not ${wanted}; environment tags are immutable, ` +
            'so nothing was written: promote under a new tag (a new version or timestamp) or roll back explicitly');
    }
}
/**
 * The tag named another digest right after this run wrote it: a concurrent writer
 * pushed the same tag name between our check and our read-back.
 */
class ConcurrentTagWriteError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG {
    /** What the tag named when read back. */
    found;
    constructor(target, wrote, found) {
        super(`tag ${target.familiar} names ${found ?? 'nothing'} right after this run wrote ${wrote} to it: ` +
            'another writer pushed the same tag at the same time, so this run stopped before writing anything to Git; ' +
            'find the other run, decide which digest the tag should name, and turn on tag immutability in the registry');
        this.found = found;
    }
}
/** A floating tag no longer names the digest its move was to replace: someone else moved it. */
class MovedTagError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG {
    /** What the tag names now. */
    found;
    constructor(target, found) {
        super(`tag ${target.familiar} was moved to ${found ?? 'nothing'} just before this run's write`);
        this.found = found;
    }
}
/**
 * Gives the manifest of `source` the tag of `target` without rebuilding: GET the
 * raw bytes and, at the same time, HEAD the target tag (same digest: no-op; another
 * digest: refuse), then PUT the same bytes, check the registry's digest answer and read the tag
 * back (another digest there means a concurrent writer), like
 * go-containerregistry's `crane tag`. Across repositories or registries the
 * referenced blobs and child manifests are copied first, children before the index.
 */
async function retag(client, source, target, opts = {}) {
    if (!target.tag)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG(`target ${target.familiar} has no tag`);
    const sameRepo = source.repository === target.repository;
    const targetTag = target.withoutTag().withTag(target.tag);
    // The source and the target tag are read at once; a failure to read the source is the one
    // reported when both fail.
    const [read, check] = await Promise.allSettled([
        client.get(source, { push: sameRepo }),
        client.head(targetTag, { push: true })
    ]);
    if (read.status === 'rejected')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .withContext */ .eQ)(`reading ${source.familiar}`, read.reason);
    const manifest = read.value;
    if (opts.expectedDigest && manifest.digest !== opts.expectedDigest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG(`${source.familiar} resolves to ${manifest.digest}, not the expected ${opts.expectedDigest}; nothing was written`);
    }
    const result = {
        source: source.withoutTag().withDigest(manifest.digest).familiar,
        target: target.withoutTag().withTag(target.tag).familiar,
        digest: manifest.digest,
        mediaType: manifest.mediaType,
        changed: true
    };
    if (check.status === 'rejected')
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .withContext */ .eQ)(`checking ${targetTag.familiar}`, check.reason);
    const existing = check.value?.digest;
    if (existing === manifest.digest)
        return { ...result, changed: false };
    if (opts.replaces !== undefined) {
        if ((existing ?? null) !== opts.replaces)
            throw new MovedTagError(targetTag, existing);
    }
    else if (existing)
        throw new ImmutableTagError(targetTag, existing, manifest.digest);
    if (opts.dryRun)
        return result;
    try {
        if (!sameRepo)
            await copyReferenced(client, source, target, manifest);
        await client.put(target, target.tag, manifest);
    }
    catch (err) {
        const wrapped = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .withContext */ .eQ)(`pushing tag ${targetTag.familiar}`, err);
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl && err.temporary)
            wrapped.message += RESUME;
        throw wrapped;
    }
    await readBack(client, targetTag, manifest.digest);
    try {
        if (!sameRepo)
            await copyAttached(client, source, target, manifest.digest);
    }
    catch (err) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .withContext */ .eQ)(`pushing tag ${targetTag.familiar}`, err);
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
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .withContext */ .eQ)(`reading back ${tag.familiar}`, err);
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
    if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .isIndex */ .nw)(manifest.mediaType)) {
        const children = (content.manifests ?? []).filter(c => !client.memory.manifest(to, c.digest));
        const copied = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .mapSettled */ .A)(children, REQUESTS_AT_ONCE, async (child) => {
            const childManifest = await client.get(from.withoutTag().withDigest(child.digest));
            await copyReferenced(client, from, to, childManifest);
            await client.put(to, child.digest, childManifest);
        });
        (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .settledOrThrow */ .Z)(copied);
        return;
    }
    const blobs = [...(content.config ? [content.config] : []), ...(content.layers ?? [])];
    const copied = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .mapSettled */ .A)(blobs.filter(b => !client.memory.hasBlob(to, b.digest)), REQUESTS_AT_ONCE, async (blob) => {
        if (from.domain === to.domain) {
            if (await client.mountBlob(to, from, blob.digest))
                return;
        }
        else if (await client.hasBlob(to, blob.digest, true))
            return;
        await client.copyBlob(from, to, blob);
    });
    (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .settledOrThrow */ .Z)(copied);
}
/** cosign's legacy tag suffixes for things attached to a digest (`sha256-<hex>.sig`). */
const LEGACY_SUFFIXES = ['sig', 'att', 'sbom'];
/**
 * Signatures, attestations and ledger records travel with the digest into another
 * repository: its referrers (API or tag schema) and cosign's legacy `.sig`/`.att`/`.sbom`
 * tags, bytes unchanged. A legacy tag the target already has is left alone.
 */
async function copyAttached(client, from, to, digest) {
    const [source, target] = [(0,_referrers_js__WEBPACK_IMPORTED_MODULE_3__/* .bareRepository */ .RI)(from), (0,_referrers_js__WEBPACK_IMPORTED_MODULE_3__/* .bareRepository */ .RI)(to)];
    // The referrers and each legacy tag are looked up at once.
    const copied = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .mapSettled */ .A)([undefined, ...LEGACY_SUFFIXES], REQUESTS_AT_ONCE, async (suffix) => {
        if (suffix === undefined)
            return void (await (0,_referrers_js__WEBPACK_IMPORTED_MODULE_3__/* .copyReferrers */ .kV)(client, from, to, digest));
        const tag = `${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .referrersTag */ .LN)(digest)}.${suffix}`;
        const found = await client.head(source.withTag(tag));
        if (!found || (await client.head(target.withTag(tag), { push: true })))
            return;
        const m = await client.get(source.withDigest(found.digest));
        await copyReferenced(client, source, target, m);
        await client.put(target, tag, m);
    });
    (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .settledOrThrow */ .Z)(copied);
}


/***/ })

};
