export const id = 3233;
export const ids = [3233];
export const modules = {

/***/ 73233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCapture: () => (/* binding */ runCapture)
});

// EXTERNAL MODULE: ./src/ledger/event.ts
var ledger_event = __webpack_require__(52237);
// EXTERNAL MODULE: ./src/promote/claims.ts + 1 modules
var claims = __webpack_require__(19037);
// EXTERNAL MODULE: ./src/registry/client-options.ts + 1 modules
var client_options = __webpack_require__(24992);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(43731);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/registry/copy.ts
var copy = __webpack_require__(39190);
// EXTERNAL MODULE: ./src/registry/errors.ts
var registry_errors = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/registry/media-types.ts
var media_types = __webpack_require__(99867);
// EXTERNAL MODULE: ./src/tags/template.ts
var tags_template = __webpack_require__(78159);
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
const MAX_CONFIG_BYTES = 1024 * 1024;
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
        return { tag: (0,tags_template/* renderTag */.vY)(template, fields), stampedFrom: 'unstamped' };
    const built = await buildTime(client, pinned);
    if (built !== undefined) {
        const ts = String(Math.floor(built / 1000));
        return { tag: (0,tags_template/* renderTag */.vY)(template, { ...fields, ts, now: ts }), stampedFrom: 'build' };
    }
    const existing = await existingTag(client, pinned, template, fields);
    if (existing)
        return { tag: existing, stampedFrom: 'existing' };
    const ts = String(Math.floor(now.getTime() / 1000));
    return { tag: (0,tags_template/* renderTag */.vY)(template, { ...fields, ts, now: ts }), stampedFrom: 'clock' };
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
    if (typeof config?.digest !== 'string' || !(config.size <= MAX_CONFIG_BYTES))
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
        .map(tag => ({ tag, parsed: (0,tags_template/* parseTag */.ED)(template, tag) }))
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

// EXTERNAL MODULE: ./src/tags/floating.ts
var floating = __webpack_require__(24139);
// EXTERNAL MODULE: ./src/signing/signature-gate.ts + 1 modules
var signature_gate = __webpack_require__(62959);
// EXTERNAL MODULE: ./src/commands/summary.ts
var summary = __webpack_require__(6226);
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
        summary: `### Captured\n\n${(0,summary/* imageTable */.iB)(results.map(r => ({ image: r.image, digest: r.digest, tag: r.tag, changed: r.changed })))}`
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
    (0,floating/* refuseFloating */.n)(tag, 'target');
    logger.info(`${image.repository}: ${tag} (${STAMPED_FROM[stampedFrom]})`);
    return { image, digest, tag };
}
/** Signs the digest when asked, and gives it its environment tag (read back). */
async function tagOne(client, { image, digest, tag }, opts, logger) {
    const pinned = image.withoutTag().withDigest(digest);
    if (!opts.dryRun)
        await (0,signature_gate/* signDigest */._i)(client, pinned, opts.signing, logger);
    const result = {
        image: image.name,
        digest,
        imageRef: `${image.repository}@${digest}`,
        changed: false
    };
    if (!tag)
        return result;
    const r = await (0,copy.retag)(client, pinned, image.withoutTag().withTag(tag), {
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

// EXTERNAL MODULE: ./src/commands/pattern-inputs.ts
var pattern_inputs = __webpack_require__(25816);
// EXTERNAL MODULE: ./src/commands/promote-inputs.ts
var promote_inputs = __webpack_require__(35694);
;// CONCATENATED MODULE: ./src/commands/capture-run.ts
/**
 * What `capture` does once its inputs are parsed; loaded with `import()` only when it runs, so
 * the registry client, signing and the GitOps claims stay out of the always-loaded chunk.
 *
 * @module
 */








/** What to do when another build of the same version and revision holds the tag name. */
const CLAIMED_FIX = 'give this build its own tag (a new version or source-revision, or a tag-template that tells the builds apart)';
/** Runs {@link captureCommand}: resolve, claim, tag. */
async function runCapture(opts, ctx) {
    await (0,pattern_inputs/* checkPatternInputs */.O)(opts);
    const client = (0,client_options.createRegistryClient)(opts.registry, ctx);
    const names = opts.images.map(i => i.familiar);
    const resolved = await ctx.logger.group('Resolve the built digest', async () => fulfilled(await (0,concurrency/* mapSettled */.A)(opts.images, opts.concurrency, image => resolveOne(client, image, opts, ctx.logger, ctx.now())), names));
    if (opts.gitops)
        await claimTags(resolved, opts, opts.gitops, client, ctx);
    const results = await ctx.logger.group('Tag the digest', async () => fulfilled(await (0,concurrency/* mapSettled */.A)(resolved, opts.concurrency, r => tagOne(client, r, opts, ctx.logger)), names));
    return captureResult(results, opts.dryRun);
}
/** The values of `settled`, or one error naming every image that failed. */
function fulfilled(settled, names) {
    const failure = (0,summary/* summarizeFailures */.hk)(settled, names);
    if (failure)
        throw failure;
    return settled.map(s => s.value);
}
/**
 * Claims the environment tags about to be pushed in the GitOps repository, as promote does,
 * so that of two captures rendering one tag name for different digests only one pushes it.
 */
async function claimTags(resolved, opts, gitops, client, ctx) {
    const run = (0,ledger_event/* pipelineFromEnv */.iv)(ctx.env).url;
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
        identity: promote_inputs/* DEFAULT_IDENTITY */.FK,
        dryRun: opts.dryRun,
        fix: CLAIMED_FIX
    };
    await ctx.logger.group('Claim the environment tags in the GitOps repository', () => (0,claims/* claimInRepository */.k1)(site, client, requests, ctx));
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
    // tag; a tag the registry has for this digest already leaves its commit unused.
    const written = createRootCommits(git, candidates.map(claimMessage), identity);
    written.catch(() => undefined);
    const checked = await (0,concurrency/* mapSettled */.A)(candidates, opts.concurrency ?? 1, async (r) => {
        const target = r.image.withoutTag().withTag(r.tag);
        const existing = (await client.head(target, { push: true }))?.digest;
        if (existing === r.digest)
            return false;
        if (existing)
            throw new copy.ImmutableTagError(target, existing, r.digest);
        return true;
    });
    const needed = (0,concurrency/* settledOrThrow */.Z)(checked);
    const commits = await written;
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
 * raw bytes, HEAD the target tag (same digest: no-op; another digest: refuse),
 * then PUT the same bytes, check the registry's digest answer and read the tag
 * back (another digest there means a concurrent writer), like
 * go-containerregistry's `crane tag`. Across repositories or registries the
 * referenced blobs and child manifests are copied first, children before the index.
 */
async function retag(client, source, target, opts = {}) {
    if (!target.tag)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG(`target ${target.familiar} has no tag`);
    const sameRepo = source.repository === target.repository;
    let manifest;
    try {
        manifest = await client.get(source, { push: sameRepo });
    }
    catch (err) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .withContext */ .eQ)(`reading ${source.familiar}`, err);
    }
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
    const targetTag = target.withoutTag().withTag(target.tag);
    let existing;
    try {
        existing = (await client.head(targetTag, { push: true }))?.digest;
    }
    catch (err) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .withContext */ .eQ)(`checking ${targetTag.familiar}`, err);
    }
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
    await (0,_referrers_js__WEBPACK_IMPORTED_MODULE_3__/* .copyReferrers */ .kV)(client, from, to, digest);
    const [source, target] = [(0,_referrers_js__WEBPACK_IMPORTED_MODULE_3__/* .bareRepository */ .RI)(from), (0,_referrers_js__WEBPACK_IMPORTED_MODULE_3__/* .bareRepository */ .RI)(to)];
    for (const suffix of LEGACY_SUFFIXES) {
        const tag = `${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .referrersTag */ .LN)(digest)}.${suffix}`;
        const found = await client.head(source.withTag(tag));
        if (!found || (await client.head(target.withTag(tag), { push: true })))
            continue;
        const m = await client.get(source.withDigest(found.digest));
        await copyReferenced(client, source, target, m);
        await client.put(target, tag, m);
    }
}


/***/ })

};
