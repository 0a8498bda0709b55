export const id = 3441;
export const ids = [3441];
export const modules = {

/***/ 16887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ listDeployments),
/* harmony export */   YX: () => (/* binding */ isOwnDeployment),
/* harmony export */   Yy: () => (/* binding */ createDeployment),
/* harmony export */   fT: () => (/* binding */ setDeploymentState),
/* harmony export */   n$: () => (/* binding */ DEPLOYMENT_TOOL)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** The `tool` a deployment's payload names when digest-promote created it. */
const DEPLOYMENT_TOOL = 'digest-promote';
/** Whether a deployment's payload says digest-promote created it (a record of a landing). */
function isOwnDeployment(payload) {
    return (typeof payload === 'object' &&
        payload !== null &&
        payload.tool === DEPLOYMENT_TOOL);
}
const MAX_DESCRIPTION = 140;
function httpStatus(err) {
    const status = err?.status;
    return typeof status === 'number' ? status : undefined;
}
/** GitHub's refusal as one line, with the permission a 403/404 usually lacks. */
function deploymentError(doing, err) {
    const status = httpStatus(err);
    if (status === undefined)
        return err instanceof Error ? err : new Error(String(err));
    const first = (err.message ?? '').split('\n')[0];
    const advice = status === 403 || status === 404
        ? "; the token may not write deployments: give the workflow 'permissions: deployments: write', or pass a token that may"
        : '';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG(`${doing}: ${status} ${first}${advice}`);
}
/**
 * Creates a deployment of a commit. `auto_merge: false` and `required_contexts: []`: the commit
 * already landed (or is proposed), so GitHub must neither merge the default branch into it nor
 * refuse it for commit checks still running.
 */
async function createDeployment(octokit, spec) {
    let res;
    try {
        res = await octokit.rest.repos.createDeployment({
            owner: spec.owner,
            repo: spec.repo,
            ref: spec.ref,
            environment: spec.environment,
            description: spec.description.slice(0, MAX_DESCRIPTION),
            payload: spec.payload,
            auto_merge: false,
            required_contexts: []
        });
    }
    catch (err) {
        throw deploymentError(`creating a deployment of ${spec.environment}`, err);
    }
    const id = res.data.id;
    if (typeof id !== 'number') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG(`creating a deployment of ${spec.environment}: GitHub answered ${res.status} without a deployment`);
    }
    return id;
}
/** Posts a deployment status; `environmentUrl` and `logUrl` are sent only when known. */
async function setDeploymentState(octokit, where, status) {
    try {
        await octokit.rest.repos.createDeploymentStatus({
            owner: where.owner,
            repo: where.repo,
            deployment_id: where.id,
            state: status.state,
            description: status.description.slice(0, MAX_DESCRIPTION),
            ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
            ...(status.logUrl ? { log_url: status.logUrl } : {})
        });
    }
    catch (err) {
        throw deploymentError(`setting deployment ${where.id} to ${status.state}`, err);
    }
}
/** Deployments (newest first, at most `limit`), each with its latest status; filters optional. */
async function listDeployments(octokit, where) {
    const list = await octokit.rest.repos.listDeployments({
        owner: where.owner,
        repo: where.repo,
        ...(where.sha ? { sha: where.sha } : {}),
        ...(where.environment ? { environment: where.environment } : {}),
        per_page: where.limit ?? 100
    });
    const out = [];
    for (const d of list.data) {
        const statuses = await octokit.rest.repos.listDeploymentStatuses({
            owner: where.owner,
            repo: where.repo,
            deployment_id: d.id,
            per_page: 1
        });
        const latest = statuses.data[0];
        out.push({
            id: d.id,
            sha: d.sha,
            environment: d.environment,
            payload: d.payload,
            state: latest?.state ?? 'pending',
            description: latest?.description ?? ''
        });
    }
    return out;
}


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

/***/ 19037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kz: () => (/* binding */ checkClaims),
  k1: () => (/* binding */ claimInRepository),
  Qz: () => (/* binding */ claimRef),
  pA: () => (/* binding */ claimRequests),
  kY: () => (/* binding */ claimTags),
  Ip: () => (/* binding */ readClaims)
});

// UNUSED EXPORTS: TagClaimedError, claimMessage

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/ledger/event.ts
var ledger_event = __webpack_require__(52237);
// EXTERNAL MODULE: ./src/registry/copy.ts
var copy = __webpack_require__(39190);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(79310);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(43731);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/git/root-commits.ts



/** What git would refuse or rewrite in an identity written into a commit object by hand. */
const UNSAFE_IDENTITY = /[<>\n\r\0]/;
/**
 * Writes one commit with no parent and an empty tree per message, all in two git processes
 * whatever their number (the empty tree, then every commit object through
 * `git hash-object -t commit -w --stdin-paths`, which checks each object's format); returns
 * their ids in the order of `messages`. An identity git would have to clean up is written
 * with `git commit-tree`, one process per commit, as before.
 */
async function createRootCommits(git, messages, identity, now = new Date()) {
    if (messages.length === 0)
        return [];
    if (UNSAFE_IDENTITY.test(identity.name) || UNSAFE_IDENTITY.test(identity.email)) {
        const ids = [];
        for (const m of messages)
            ids.push(await git.createRootCommit(m, identity));
        return ids;
    }
    const tree = (await git.exec(['mktree'], { input: '' })).stdout.trim();
    const who = `${identity.name.trim()} <${identity.email.trim()}> ${Math.floor(now.getTime() / 1000)} +0000`;
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'digest-promote-claims-'));
    try {
        const files = messages.map((_, i) => external_node_path_default().join(dir, `${i}.commit`));
        await Promise.all(messages.map((m, i) => (0,promises_.writeFile)(files[i], `tree ${tree}\nauthor ${who}\ncommitter ${who}\n\n${m}`)));
        const out = await git.exec(['hash-object', '-t', 'commit', '-w', '--stdin-paths'], {
            input: `${files.join('\n')}\n`
        });
        const ids = out.stdout.split('\n').filter(Boolean);
        if (ids.length !== messages.length) {
            throw new Error(`git hash-object wrote ${ids.length} of ${messages.length} commits`);
        }
        return ids;
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/promote/repository.ts + 1 modules
var repository = __webpack_require__(50675);
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
    const run = (0,ledger_event/* pipelineFromEnv */.iv)(env).url;
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
    const candidates = wanted.filter(r => !claims.has(claimRef(r.image, r.tag)));
    if (candidates.length === 0)
        return;
    // The claim commits are written into the run's clone while the registry is asked about each
    // tag (a tag the registry has for this digest already leaves its commit unused); both end
    // before anything is decided, so a refusal never leaves Git writing into the clone.
    const [[written], checked] = await Promise.all([
        Promise.allSettled([createRootCommits(git, candidates.map(claimMessage), identity)]),
        (0,concurrency/* mapSettled */.A)(candidates, opts.concurrency ?? 1, async (r) => {
            const target = r.image.withoutTag().withTag(r.tag);
            const existing = (await client.head(target, { push: true }))?.digest;
            if (existing === r.digest)
                return false;
            if (existing)
                throw new copy.ImmutableTagError(target, existing, r.digest);
            return true;
        })
    ]);
    const needed = (0,concurrency/* settledOrThrow */.Z)(checked);
    const [commits] = (0,concurrency/* settledOrThrow */.Z)([written]);
    // Pushed at once, atomically.
    const updates = candidates.flatMap((r, i) => needed[i] ? [{ ref: claimRef(r.image, r.tag), commit: commits[i] }] : []);
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
    const repo = await (0,repository/* openRepository */.h)(site.source, ctx);
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


/***/ }),

/***/ 33372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LG: () => (/* binding */ commitOfEvent),
/* harmony export */   ln: () => (/* binding */ findEventCommit),
/* harmony export */   wj: () => (/* binding */ revertEdits)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _ledger_event_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52237);




/**
 * The commit on the base branch that added an event's ledger file (the promotion
 * commit, or its squash merge); undefined when none did.
 */
async function findEventCommit(repo, event) {
    // A shallow clone has no history to search; fetch it (once) before asking.
    if ((await repo.git.exec(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true') {
        await repo.git.exec(['fetch', '--no-tags', '--unshallow', 'origin', repo.baseBranch]);
    }
    const args = ['log', '--format=%H', '-n', '1', '--diff-filter=A', 'HEAD', '--', (0,_ledger_event_js__WEBPACK_IMPORTED_MODULE_3__/* .eventPath */ .Qv)(event)];
    return (await repo.git.exec(args)).stdout.trim() || undefined;
}
/** The commit that added an event's ledger file, or a gate failure saying revert cannot work. */
async function commitOfEvent(repo, event) {
    const sha = await findEventCommit(repo, event);
    if (!sha) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .ue('source', `no commit on ${repo.baseBranch} added ${(0,_ledger_event_js__WEBPACK_IMPORTED_MODULE_3__/* .eventPath */ .Qv)(event)}`, 'use strategy promote, which rewrites the files instead of reverting');
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PromoteError */ .jG(`reverting ${commit.slice(0, 12)} conflicts with later changes to the same files; use strategy promote, which rewrites the files to the earlier digest`);
        }
        const names = (await repo.git.exec(['diff', '--cached', '--name-only', '--diff-filter=M', 'HEAD'])).stdout
            .split('\n')
            .filter(f => f !== '' && !f.startsWith(`${_ledger_event_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER_DIR */ .EN}/`));
        const removed = (await repo.git.exec(['diff', '--cached', '--name-only', '--diff-filter=DA', 'HEAD'])).stdout
            .split('\n')
            .filter(f => f !== '' && !f.startsWith(`${_ledger_event_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER_DIR */ .EN}/`));
        if (removed.length > 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PromoteError */ .jG(`reverting ${commit.slice(0, 12)} would add or delete ${removed.join(', ')}; use strategy promote`);
        }
        const edits = [];
        for (const f of names) {
            const after = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(repo.root, f), 'utf8');
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
