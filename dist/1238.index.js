export const id = 1238;
export const ids = [1238];
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

/***/ 79999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runStatus: () => (/* binding */ runStatus)
});

// EXTERNAL MODULE: ./src/config/lookup.ts
var lookup = __webpack_require__(40422);
// EXTERNAL MODULE: ./src/config/promotion-config.ts + 1 modules
var promotion_config = __webpack_require__(64844);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/github/octokit.ts
var octokit = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/ledger/read.ts
var read = __webpack_require__(89257);
// EXTERNAL MODULE: ./src/promote/environment.ts + 2 modules
var environment = __webpack_require__(42140);
// EXTERNAL MODULE: ./src/promote/alias.ts
var alias = __webpack_require__(23820);
;// CONCATENATED MODULE: ./src/status/alias-status.ts

/**
 * Adds what the alias of an alias environment names now to a status read from Git: the alias is
 * what runs; Git's desired state is what should. A move Git records but `apply` has not made yet
 * is a note; any other difference is drift, and nobody knows who made it.
 */
async function withAlias(root, env, status, client) {
    const ref = (0,alias/* aliasReference */.C)(env);
    const now = (await client.head(ref))?.digest ?? null;
    const desired = await (0,alias/* readDesiredState */.gQ)(root, env.name, ref.repository);
    const drift = [...status.drift];
    const notes = [...status.notes];
    if (desired && now !== desired.digest) {
        if (now === desired.previous)
            notes.push(`Git moves ${ref.familiar} from ${now ?? 'nothing'} to ${desired.digest} (event ${desired.event}), not applied yet: run apply`);
        else
            drift.push(`alias ${ref.familiar} names ${now ?? 'nothing'}, but Git says ${desired.digest}: it was moved outside digest-promote, and who moved it is unknown`);
    }
    return {
        ...status,
        files: status.files ? { ...status.files, paths: [ref.familiar] } : null,
        registry: { tag: ref.familiar, digest: now },
        drift,
        notes
    };
}

// EXTERNAL MODULE: ./src/promote/repository.ts + 1 modules
var repository = __webpack_require__(50675);
// EXTERNAL MODULE: ./src/registry/client-options.ts + 1 modules
var client_options = __webpack_require__(24992);
// EXTERNAL MODULE: ./src/ledger/event-time.ts
var event_time = __webpack_require__(15987);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
;// CONCATENATED MODULE: ./src/status/pins.ts


/** The rollback pins among an environment's pins of one image. */
function pinsOf(state, ledger) {
    return state.pins.flatMap(pin => {
        if (pin.pinnedBy === undefined || !pin.policy)
            return [];
        const event = ledger.events.find(e => e.id === pin.pinnedBy);
        const since = event?.timestamp ?? (0,event_time/* timeOfEventId */.Y)(pin.pinnedBy)?.toISOString() ?? null;
        return [{ file: pin.file, policy: pin.policy, event: pin.pinnedBy, since, recorded: !!event }];
    });
}
/** One line per pin, as status prints it. */
function pinLine(pin) {
    const event = pin.event === '' ? '(no event id)' : plain(pin.event);
    const since = pin.since ?? 'an unknown time';
    const unrecorded = pin.recorded ? '' : ' (no such event in the ledger)';
    return `pinned by rollback ${event} since ${since}${unrecorded} (${pin.file}, ${plain(pin.policy)})`;
}
/** Pin text comes from repository files: anything but an id's characters is quoted. */
const plain = (text) => (/^[A-Za-z0-9._:-]{1,200}$/.test(text) ? text : (0,util_text/* echo */.W)(text));

// EXTERNAL MODULE: ./src/ledger/query.ts
var query = __webpack_require__(31745);
// EXTERNAL MODULE: ./src/ledger/registry-ledger.ts
var registry_ledger = __webpack_require__(62818);
// EXTERNAL MODULE: ./src/tags/template.ts
var tags_template = __webpack_require__(78159);
// EXTERNAL MODULE: ./src/promote/claims.ts + 1 modules
var claims = __webpack_require__(19037);
// EXTERNAL MODULE: ./src/promote/revert.ts
var revert = __webpack_require__(33372);
;// CONCATENATED MODULE: ./src/status/status.ts






/** How many environment tags a registry-only status reads events from. */
const MAX_REGISTRY_TAGS = 20;
/** Status from the GitOps repository's files and ledger, checked against the registry. */
async function statusFromGit(state, env, ledger, client, repo, github, ctx) {
    const image = state.image;
    const history = (0,query/* deployments */.bg)(ledger, env, image.repository);
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
    const ref = (0,claims/* claimRef */.Qz)(image, tag);
    let claim;
    try {
        claim = (await (0,claims/* readClaims */.Ip)(repo.git, [ref])).get(ref);
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
        if (await (0,registry_ledger/* hasRecord */.qb)(client, image, event))
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
            : event.kind === 'unpinned'
                ? 're-run unpin'
                : 're-run promote';
    return [
        `event ${event.id} is recorded in Git but missing from the registry; ${rerun} to repair it`
    ];
}
async function rollbackTargetOf(current, history, client, image) {
    // Where `rollback --target previous` goes: a move forced over drift is not a step back to.
    const governed = history.filter(e => !(0,query/* forcedOverDrift */.Px)(e)).at(-1) ?? current;
    if (!governed?.previousDigest)
        return null;
    const digest = governed.previousDigest;
    const tag = [...history].reverse().find(e => e.digest === digest)?.targetTag ?? null;
    const exists = (await client.head(image.withoutTag().withDigest(digest))) !== undefined;
    return { digest, tag, exists };
}
/** Flux's notification-controller posts `kustomization/<name>/…` statuses on the commit it applied. */
async function fluxStatus(repo, event, github) {
    const commit = await (0,revert/* findEventCommit */.ln)(repo, event);
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
    const parsed = (0,tags_template/* parseTemplate */.QC)(template ?? tags_template/* DEFAULT_TAG_TEMPLATE */.y6);
    const tags = (await client.listTags(image))
        .map(tag => ({ tag, fields: (0,tags_template/* parseTag */.ED)(parsed, tag) }))
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
        events.push(...(await (0,registry_ledger/* readDigestEvents */.e4)(client, image, d)).filter(e => e.environment === env && e.kind !== 'capture'));
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

// EXTERNAL MODULE: ./src/commands/promote-inputs.ts
var promote_inputs = __webpack_require__(35694);
// EXTERNAL MODULE: ./src/github/deployments.ts
var github_deployments = __webpack_require__(16887);
;// CONCATENATED MODULE: ./src/status/wait.ts

/** The real clock. */
const REAL_CLOCK = {
    now: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms))
};
/** The first pause between polls; each later one doubles, up to {@link MAX_DELAY_MS}. */
const FIRST_DELAY_MS = 2_000;
/** The longest pause between polls. */
const MAX_DELAY_MS = 30_000;
/**
 * Polls `check` until it reports success or failure, or `timeoutMs` has passed: at once, then
 * after 2 s, 4 s, 8 s, … (at most 30 s, and never past the deadline, where it checks once more).
 */
async function waitFor(check, timeoutMs, clock = REAL_CLOCK) {
    const deadline = clock.now() + timeoutMs;
    let delay = FIRST_DELAY_MS;
    for (let polls = 1;; polls++) {
        const last = await check();
        if (last.state !== 'pending')
            return { outcome: last.state, last, polls };
        const remaining = deadline - clock.now();
        if (remaining <= 0)
            return { outcome: 'timeout', last, polls };
        await clock.sleep(Math.min(delay, remaining));
        delay = Math.min(delay * 2, MAX_DELAY_MS);
    }
}
const FLUX_CONTEXT = /^kustomization\/|flux/i;
function stateOf(state) {
    if (state === 'success')
        return 'success';
    if (state === 'failure' || state === 'error')
        return 'failure';
    return 'pending';
}
/**
 * What Flux (a `kustomization/…` commit status, as notification-controller posts) or another
 * deployer (a deployment of the commit that digest-promote did not create, such as Argo CD
 * notifications') reports for `commit`. digest-promote's own deployments only say the change
 * landed, so they never count as reconciled.
 */
async function reconciliationOf(github, commit, environment) {
    const where = { owner: github.owner, repo: github.repo };
    const statuses = await github.octokit.rest.repos.listCommitStatusesForRef({
        ...where,
        ref: commit,
        per_page: 100
    });
    // Newest first: the first status of a Flux context is its current state.
    const flux = statuses.data.find(s => FLUX_CONTEXT.test(s.context));
    if (flux && stateOf(flux.state) !== 'pending') {
        return {
            state: stateOf(flux.state),
            source: `commit status ${flux.context}`,
            description: flux.description ?? undefined
        };
    }
    const deployments = (await (0,github_deployments/* listDeployments */.Jn)(github.octokit, { ...where, sha: commit })).filter(d => d.environment === environment && !(0,github_deployments/* isOwnDeployment */.YX)(d.payload));
    const decided = deployments.find(d => stateOf(d.state) !== 'pending');
    if (decided) {
        return {
            state: stateOf(decided.state),
            source: `deployment ${decided.id}`,
            description: decided.description || undefined
        };
    }
    return {
        state: 'pending',
        source: flux ? `commit status ${flux.context} is ${flux.state}` : 'no Flux or deployment status'
    };
}

;// CONCATENATED MODULE: ./src/commands/status-wait.ts


/**
 * Waits until every promotion commit the statuses name is reported reconciled, within one
 * shared `waitMs`; throws one line on a failure report or at the deadline. On success the
 * statuses' `reconciled` say who reported it.
 */
async function waitReconciled(env, statuses, github, wait, ctx, clock = REAL_CLOCK) {
    if (!github) {
        throw new errors/* InputError */.dz('wait', 'needs GitHub to read the statuses of the promotion commit', 'set github-token (or gitops-token) and gitops-repository');
    }
    const deadline = clock.now() + wait.ms;
    const commits = new Map();
    for (const s of statuses) {
        const commit = s.reconciled?.commit;
        if (!commit) {
            throw new errors/* PromoteError */.jG(`cannot wait for ${s.image} in ${env}: no commit on the branch records its last promotion; promote it (or merge its pull request) first`);
        }
        commits.set(commit, [...(commits.get(commit) ?? []), s]);
    }
    for (const [commit, waiting] of commits) {
        ctx.logger.info(`waiting up to ${wait.text} for ${env} to reconcile ${commit.slice(0, 12)}`);
        const result = await waitFor(() => reconciliationOf(github, commit, env), Math.max(0, deadline - clock.now()), clock);
        const { last } = result;
        const detail = last.description ? ` (${last.description})` : '';
        if (result.outcome === 'failure') {
            throw new errors/* PromoteError */.jG(`${env} failed to reconcile commit ${commit.slice(0, 12)}: ${last.source} reports failure${detail}; check the cluster (flux get kustomizations), then roll back or fix forward`);
        }
        if (result.outcome === 'timeout') {
            throw new errors/* PromoteError */.jG(`${env} did not report commit ${commit.slice(0, 12)} reconciled within ${wait.text}: ${last.source}; check that Flux posts commit statuses (a notification-controller Provider of type github) or raise wait`);
        }
        for (const s of waiting)
            s.reconciled = { state: 'success', context: last.source, commit };
    }
}

// EXTERNAL MODULE: ./src/commands/summary.ts
var summary = __webpack_require__(6226);
;// CONCATENATED MODULE: ./src/commands/status-run.ts
/**
 * What `status` does once its inputs are parsed, loaded with `import()` only when it runs.
 *
 * @module
 */















/** Runs {@link statusCommand} with parsed options. */
async function runStatus(opts, ctx) {
    const client = (0,client_options.createRegistryClient)(opts.registry, ctx);
    let statuses;
    if (opts.ledger === 'registry') {
        if (opts.images.length === 0)
            throw new errors/* InputError */.dz('image', 'required with ledger: registry');
        statuses = [];
        for (const image of opts.images)
            statuses.push(await statusFromRegistry(image, opts.environment, client, opts.tagTemplate));
    }
    else {
        let github;
        ({ statuses, github } = await fromGit(opts, ctx, client));
        if (opts.wait)
            await waitReconciled(opts.environment, statuses, github, opts.wait, ctx);
    }
    return render(opts.environment, statuses);
}
/** The environment `status` reports on; one promotion.yaml does not list names the input. */
function statusEnvironment(config, opts) {
    try {
        const env = (0,lookup/* environmentFor */.DD)(config, opts.environment, opts.envPath);
        return opts.values ? { ...env, values: opts.values } : env;
    }
    catch (err) {
        if (err instanceof lookup/* UnknownEnvironmentError */.i4)
            throw (0,promote_inputs/* environmentInputError */.Ex)(err, 'environment');
        throw err;
    }
}
async function fromGit(opts, ctx, client) {
    const repo = await (0,repository/* openRepository */.h)({
        repository: opts.gitopsRepository,
        path: opts.gitopsPath,
        token: opts.gitopsToken,
        branch: opts.gitopsBranch,
        serverUrl: opts.serverUrl
    }, ctx);
    try {
        const config = await (0,promotion_config/* loadConfig */.Z9)(repo.root, opts.configPath, false);
        const env = statusEnvironment(config, opts);
        const images = opts.images.length > 0 ? opts.images : (0,lookup/* configImages */.rz)(config, opts.configPath);
        if (images.length === 0)
            throw new errors/* InputError */.dz('image', 'required but not set', 'name the image, or list images in promotion.yaml');
        const ledger = await (0,read/* readLedger */.S)(repo.root, env.name);
        for (const p of ledger.problems)
            ctx.logger.warning(`ledger file ${p.file} skipped: ${p.message}`);
        const [owner, name] = (opts.gitopsRepository ?? ctx.env.GITHUB_REPOSITORY ?? '').split('/');
        const github = opts.githubToken && owner && name
            ? {
                octokit: await (0,octokit/* createOctokit */.Q)(opts.githubToken, {
                    baseUrl: opts.apiUrl,
                    logger: ctx.logger
                }),
                owner,
                repo: name
            }
            : undefined;
        const states = env.alias
            ? await (0,alias/* aliasStates */.rd)(repo.root, env, images, client)
            : await (0,environment.readEnvironment)(repo.root, (0,promotion_config/* directoryOf */.jt)(env), images, env.values);
        const out = [];
        for (const state of states) {
            const s = await statusFromGit(state, env.name, ledger, client, repo, github, ctx);
            out.push(env.alias ? await withAlias(repo.root, env, s, client) : s);
        }
        return { statuses: out, github };
    }
    finally {
        await repo.close();
    }
}
/** The floating alias the latest move went through, as its event records it. */
function aliasLine(event) {
    const f = event?.alias.floating;
    if (!f || typeof f !== 'object')
        return [];
    return [`  alias:       ${f.repository}:${f.tag} moved from ${f.previousDigest ?? 'nothing'}`];
}
function render(env, statuses) {
    const lines = [];
    for (const s of statuses) {
        const c = s.current;
        lines.push(`${s.image} in ${env} (from ${s.source === 'git' ? 'Git and the registry' : 'the registry alone'})`, `  runs:        ${s.files?.digest ?? s.registry.digest ?? 'unknown'}${s.files?.tag ? ` (${s.files.tag})` : s.registry.tag ? ` (${s.registry.tag})` : ''}`, `  registry:    ${s.registry.tag ? `${s.registry.tag} -> ${s.registry.digest ?? 'missing'}` : 'no tag'}`, `  moved by:    ${c ? `${c.kind} ${c.id} by ${c.actor ?? 'unknown'} at ${c.timestamp}${c.pipeline.url ? ` in ${c.pipeline.url}` : ''}` : 'no recorded promotion'}`, `  built from:  ${c?.sourceRevision ?? 'unknown'}`, ...aliasLine(c), `  before:      ${s.previousDigest ?? 'none'}`, `  rollback to: ${s.rollbackTarget ? `${s.rollbackTarget.digest}${s.rollbackTarget.tag ? ` (${s.rollbackTarget.tag})` : ''}${s.rollbackTarget.exists ? '' : ' (MISSING from the registry)'}` : 'none'}`, `  flux:        ${s.reconciled ? `${s.reconciled.state} (${s.reconciled.context})` : 'not asked'}`, ...s.pins.map(p => `  PINNED:      ${pinLine(p)}`), ...(s.drift.length > 0 ? s.drift.map(d => `  DRIFT:       ${d}`) : ['  drift:       none']), ...s.notes.map(n => `  NOTE:        ${n}`));
    }
    const first = statuses[0];
    const drift = statuses.some(s => s.drift.length > 0);
    const rows = statuses.map(s => `| ${(0,summary/* cell */.Hn)(s.image)} | ${(0,summary/* code */.aY)(s.files?.digest ?? s.registry.digest ?? '-')} | ${s.current ? (0,summary/* cell */.Hn)(`${s.current.actor ?? '-'} ${s.current.timestamp}`) : '-'} | ${s.previousDigest ? (0,summary/* code */.aY)(s.previousDigest) : '-'} | ${s.drift.length > 0 ? (0,summary/* cell */.Hn)(s.drift.join('; ')) : 'none'} |`);
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
        summary: `### ${(0,summary/* cell */.Hn)(env)}\n\n| image | runs | moved by | previous | drift |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`,
        annotations: statuses.flatMap(s => s.drift.map(d => ({
            level: 'warning',
            message: d,
            file: s.files?.paths[0] ?? '.',
            title: 'drift'
        })))
    };
}


/***/ }),

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ createOctokit)
/* harmony export */ });
/**
 * One Octokit for the run, with retries on server errors and rate-limit
 * throttling (one retry, then fail with GitHub's message), like
 * create-pull-request's octokit client. Proxies come from @actions/http-client.
 * Octokit and its plugins are loaded here, on first use: most commands never call GitHub.
 */
async function createOctokit(token, opts) {
    opts.logger.setSecret(token);
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        __webpack_require__.e(/* import() */ 1758).then(__webpack_require__.bind(__webpack_require__, 11758)),
        Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(9735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
        Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(6856)]).then(__webpack_require__.bind(__webpack_require__, 86856))
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


/***/ }),

/***/ 15987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ timeOfEventId)
/* harmony export */ });
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


/***/ })

};
