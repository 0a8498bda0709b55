export const id = 3233;
export const ids = [3233,4992,9190];
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
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(27187);
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


/***/ }),

/***/ 24992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createRegistryClient: () => (/* binding */ createRegistryClient)
});

// EXTERNAL MODULE: ./src/registry/client.ts + 3 modules
var client = __webpack_require__(89711);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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
    return new client/* RegistryClient */.bP({
        keychain,
        logger: ctx.logger,
        insecureRegistries: opts.insecureRegistries
    });
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
    // A registry that did not index an earlier artifact's subject will not index this one: its
    // referrers tag index is read while the artifact is uploaded rather than after.
    const early = client.memory.indexesNoSubjects(bare)
        ? client.find(bare.withTag((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .referrersTag */ .LN)(subject.digest)), { push: true })
        : undefined;
    early?.catch(() => undefined);
    const empty = artifact.config === 'first-blob' ? undefined : await emptyConfig(client, bare);
    const layers = [];
    for (const blob of artifact.blobs) {
        // Small and almost always new: uploaded without asking first (an upload of a blob the
        // registry has already is harmless).
        const digest = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(blob.bytes);
        if (!client.memory.hasBlob(bare, digest))
            await client.uploadBlob(bare, digest, blob.bytes);
        layers.push({ mediaType: blob.mediaType, digest, size: blob.bytes.length });
    }
    const config = empty ?? layers[0] ?? (await emptyConfig(client, bare));
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
        client.memory.rememberNoSubjectIndexing(bare);
        await addToReferrersTag(client, bare, subject.digest, descriptor, early);
    }
    return descriptor;
}
/**
 * The empty JSON config every artifact manifest may point at, made present in the repository of
 * `bare`: asked for once per repository and run, uploaded when missing.
 */
async function emptyConfig(client, bare) {
    const config = { mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.ociEmpty, digest: (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(EMPTY_CONFIG), size: 2 };
    if (!client.memory.hasBlob(bare, config.digest) &&
        !(await client.hasBlob(bare, config.digest, true)))
        await client.uploadBlob(bare, config.digest, EMPTY_CONFIG);
    return config;
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
 * Adds `entry` to the referrers tag index of `subject` unless it is listed already: one GET
 * (`read`, when the caller started it already), one PUT and one GET reading the index back. The tag schema has no compare-and-swap, so a writer
 * whose PUT lands between our GET and PUT drops our entry; the read-back then finds it missing,
 * and the entry is merged again into what the other writer left (bounded).
 */
async function addToReferrersTag(client, repo, subject, entry, read) {
    const tagRef = repo.withTag((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .referrersTag */ .LN)(subject));
    let listed = indexEntries(await (read ?? client.find(tagRef, { push: true })));
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


/***/ })

};
