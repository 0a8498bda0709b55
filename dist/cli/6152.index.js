export const id = 6152;
export const ids = [6152];
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

/***/ 21171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAdopt: () => (/* binding */ runAdopt)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/config/promotion-config.ts + 1 modules
var promotion_config = __webpack_require__(64844);
// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/github/pull-request.ts
var pull_request = __webpack_require__(52524);
// EXTERNAL MODULE: ./src/ledger/event.ts
var ledger_event = __webpack_require__(52237);
// EXTERNAL MODULE: ./src/ledger/read.ts
var read = __webpack_require__(89257);
// EXTERNAL MODULE: ./src/ledger/registry-ledger.ts
var registry_ledger = __webpack_require__(62818);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/ledger/query.ts
var query = __webpack_require__(31745);
// EXTERNAL MODULE: ./src/promote/environment.ts + 2 modules
var promote_environment = __webpack_require__(42140);
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
        const states = await (0,promote_environment.readEnvironment)(root, (0,promotion_config/* directoryOf */.jt)(environment, 'adopt'), images, environment.values);
        const events = [];
        const recorded = [];
        for (const state of states) {
            const digest = await runningDigest(state, environment, client);
            const latest = (0,query/* latestDeployment */.zf)(ledger, environment.name, state.image.repository);
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
        id: (0,ledger_event/* eventId */.Q6)(run.now, environment.name, state.image.repository, digest),
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
        pipeline: (0,ledger_event/* pipelineFromEnv */.iv)(run.env),
        actor: run.env.GITHUB_ACTOR ?? null,
        timestamp: run.now.toISOString(),
        releaseLabel: run.releaseLabel ?? null,
        gates: [{ name: 'registry-digest', result: 'passed', detail }],
        pullRequest: null,
        revertOf: null
    };
}

// EXTERNAL MODULE: ./src/promote/deployment.ts
var deployment = __webpack_require__(94741);
;// CONCATENATED MODULE: ./src/promote/adopt-deployment.ts
/**
 * GitHub deployments for `adopt`: each adopted environment gets a deployment of the commit that
 * records what it runs, as promotions and rollbacks get one of theirs.
 *
 * @module
 */

/**
 * Records a GitHub deployment per landing, right after Git: the environment runs the adopted
 * digests already, so a commit-mode record is `in_progress` then `success` on the commit that
 * records it, and a pull request's is `queued` on its head until someone merges. Re-runs reuse
 * the deployment of the same commit, and a landing with nothing to record creates none.
 */
async function recordAdoptionDeployments(request, landings, ctx) {
    if (!request)
        return [];
    const recorded = [];
    for (const landing of landings) {
        const change = { kind: 'adoption', ...landing };
        const { deploymentId } = await (0,deployment/* recordDeployment */.d)(request, change, ctx, () => Promise.resolve());
        if (deploymentId !== undefined)
            recorded.push({ environment: landing.environment, id: deploymentId });
    }
    return recorded;
}

// EXTERNAL MODULE: ./src/promote/land.ts
var land = __webpack_require__(38015);
// EXTERNAL MODULE: ./src/promote/repository.ts + 1 modules
var repository = __webpack_require__(50675);
// EXTERNAL MODULE: ./src/promote/reuse.ts
var reuse = __webpack_require__(14212);
;// CONCATENATED MODULE: ./src/promote/adopt.ts












/**
 * Records what each environment runs today as `adopted` ledger events, after checking every
 * digest against the registry: the environments that write by commit in one commit on the base
 * branch, each one that writes by pull request on its own `adopt/<env>/<image>` branch. It works
 * in a temporary clone, as promotions do; an environment that fails its check gets nothing.
 */
async function runAdoption(job, client, ctx) {
    const repo = await ctx.logger.group('Open the GitOps repository', () => (0,repository/* openRepository */.h)(job.repository, ctx));
    try {
        const config = await (0,promotion_config/* loadConfig */.Z9)(repo.root, job.configPath, job.configRequired);
        const environments = job.environments(config);
        const images = job.images(config);
        const ledger = await (0,read/* readLedger */.S)(repo.root);
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
            branches: [],
            deployments: []
        };
        const landings = [];
        const mode = (e) => job.writeMode ?? (0,promotion_config/* writeModeOf */.Ov)(e);
        const toWrite = checks.flatMap(c => ('events' in c && c.events.length > 0 ? [c] : []));
        for (const c of toWrite)
            await (0,land/* confineFiles */.eJ)(repo.root, eventFiles(c.events));
        const byCommit = toWrite.filter(c => mode(c.environment) === 'commit');
        if (byCommit.length > 0)
            await ctx.logger.group('Record by commit', () => commitEvents(repo, job, byCommit, result, ctx, landings));
        for (const c of toWrite.filter(c => mode(c.environment) === 'pull-request')) {
            await ctx.logger.group(`Propose ${c.environment.name}'s record`, () => proposeEvents(repo, job, c.environment, c.events, images, result, ctx, landings));
        }
        if (job.deployment)
            await ctx.logger.group('Record GitHub deployments', async () => {
                result.deployments = await recordAdoptionDeployments(job.deployment, landings, ctx);
            });
        await ctx.logger.group('Record the events next to the digest', async () => {
            await (0,registry_ledger/* attachEvents */.PL)(client, images, result.events, ctx.logger);
            // A re-run finishes what an earlier run's failed attach left undone.
            for (const c of checks)
                if ('recorded' in c && c.recorded.length > 0)
                    await (0,registry_ledger/* repairMissingRecords */.ow)(client, images, ledger, c.environment.name, ctx.logger);
        });
        return result;
    }
    finally {
        await repo.close();
    }
}
function eventFiles(events) {
    return events.map(e => ({ path: (0,ledger_event/* eventPath */.Qv)(e), content: (0,ledger_event/* serializeEvent */.rG)(e) }));
}
function commitMessage(environments, events) {
    const lines = events.map(e => `- ${e.environment}: ${e.image}@${e.digest}${e.targetTag ? ` as ${e.targetTag}` : ''}`);
    const trailers = events.map(e => `Promotion-Event: ${e.id}`);
    return `adopt(${environments.join(', ')}): record what runs today\n\n${lines.join('\n')}\n\n${trailers.join('\n')}\n`;
}
async function commitEvents(repo, job, checks, result, ctx, landings) {
    const events = checks.flatMap(c => c.events);
    const message = commitMessage(checks.map(c => c.environment.name), events);
    const landed = await (0,land/* landOnBase */.cX)(repo, job.identity, ctx.logger, () => Promise.resolve({ files: eventFiles(events), message }));
    result.events.push(...events);
    result.changed ||= landed.changed;
    result.commitSha = landed.commitSha;
    for (const c of checks)
        landings.push({
            environment: c.environment.name,
            mode: 'commit',
            changed: landed.changed,
            commitSha: landed.commitSha,
            events: c.events
        });
    // Pull request branches start from the commit that records the other environments.
    repo.baseSha = landed.commitSha;
}
async function proposeEvents(repo, job, environment, planned, images, result, ctx, landings) {
    const branch = `adopt/${environment.name}/${branchSlug(images)}`;
    let events = (0,reuse/* reuseEvents */.E)(planned, await (0,reuse/* existingBranchEvents */.Z)(repo, branch, environment.name));
    const message = commitMessage([environment.name], events);
    const landed = await (0,land/* landOnBranch */.t6)(repo, branch, job.identity, eventFiles(events), message);
    result.changed ||= landed.changed;
    if (!job.github) {
        ctx.logger.warning(`no GitHub token: pushed ${branch}, but opened no pull request; set github-token or gitops-token`);
        result.branches.push(branch);
        result.events.push(...events);
        return;
    }
    const octokit = await (0,github_octokit/* createOctokit */.Q)(job.github.token, {
        baseUrl: job.github.apiUrl,
        logger: ctx.logger
    });
    const pr = await (0,pull_request/* upsertPullRequest */._)(octokit, {
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
    let head = landed.commitSha;
    if (events.some(e => e.pullRequest?.number !== pr.number)) {
        events = events.map(e => ({ ...e, pullRequest: { number: pr.number, url: pr.url } }));
        head = await (0,land/* amendBranch */.Aj)(repo, branch, job.identity, eventFiles(events), message, head);
        result.changed = true;
    }
    landings.push({
        environment: environment.name,
        mode: 'pull-request',
        changed: landed.changed || pr.created,
        commitSha: head,
        events,
        pullRequest: { number: pr.number, url: pr.url }
    });
    result.changed ||= pr.created;
    result.events.push(...events);
    result.pullRequests.push({ environment: environment.name, ...pr });
}
function branchSlug(images) {
    const names = images.map(i => i.repository).sort();
    return names.length === 1
        ? (0,ledger_event/* imageSlug */.fx)(names[0])
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

// EXTERNAL MODULE: ./src/registry/client-options.ts + 1 modules
var client_options = __webpack_require__(24992);
;// CONCATENATED MODULE: ./src/commands/adopt-run.ts
/**
 * What `adopt` does once its inputs are parsed, loaded with `import()` only when it runs.
 *
 * @module
 */


/** Runs {@link adoptCommand} with parsed options. */
async function runAdopt(opts, ctx) {
    const client = (0,client_options.createRegistryClient)(opts.registry, ctx);
    return render(await runAdoption(opts.job, client, ctx));
}
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
        ...result.branches.map(b => `branch ${b} (no pull request)`),
        ...result.deployments.map(d => `${d.environment}: GitHub deployment ${d.id}`)
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
            file: c.environment.path ?? 'promotion.yaml',
            title: 'adopt'
        })),
        error: `adopt refused ${refused.length} of ${result.checks.length} environments (${refused.map(c => c.environment.name).join(', ')}); fix what each line says, then adopt again`
    };
}


/***/ }),

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

/***/ 52524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ upsertPullRequest)
/* harmony export */ });
/* unused harmony export adviseGitHubError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

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
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG(`${doing}: ${err.status} ${first}; the token may not write pull requests: give the workflow ` +
            "'permissions: pull-requests: write' and 'contents: write' (and allow GitHub Actions to create pull requests in the repository settings), or pass a token that may");
    }
    if (err.status === 401)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG(`${doing}: 401 ${first}; the GitHub token is invalid or expired`);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG(`${doing}: ${err.status} ${first}`);
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


/***/ }),

/***/ 94741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ recordDeployment)
/* harmony export */ });
/* unused harmony export runUrl */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _github_deployments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16887);
/* harmony import */ var _github_octokit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6702);



/** The run's URL, the deployment statuses' `log_url`, when the runner says where it is. */
function runUrl(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}
function payloadOf(change) {
    return {
        tool: _github_deployments_js__WEBPACK_IMPORTED_MODULE_1__/* .DEPLOYMENT_TOOL */ .n$,
        kind: change.kind,
        events: change.events.map(e => e.id),
        images: change.events.map(e => ({ image: e.image, digest: e.digest, tag: e.targetTag })),
        ...(change.pullRequest ? { pullRequest: change.pullRequest.number } : {})
    };
}
function describe(change) {
    const what = change.events
        .map(e => `${e.image.split('/').pop() ?? e.image}@${e.digest.slice(7, 19)}`)
        .join(', ');
    return `${change.kind} of ${what || 'images'} into ${change.environment}`;
}
/** What a run leaves in a deployment it finds already there for the same commit. */
function settledState(change) {
    return change.mode === 'pull-request' && change.pullRequest ? 'queued' : 'success';
}
/**
 * Records the change as a GitHub deployment of `environment` while `rest` (the phases after Git)
 * runs. Commit mode: `in_progress`, then `success` once the run finished, or `failure` when it
 * failed after the deployment existed. Pull-request mode: `queued` until someone merges (the
 * change is proposed, not running), or `failure`. Re-runs create no second deployment of the same
 * commit: one already `success` (or `queued`) is left as it is, one that failed is resumed; a run
 * that landed nothing records nothing, except resuming a failed deployment of the base commit.
 */
async function recordDeployment(request, change, ctx, rest) {
    if (!request)
        return { result: await rest() };
    const octokit = await (0,_github_octokit_js__WEBPACK_IMPORTED_MODULE_2__/* .createOctokit */ .Q)(request.token, {
        baseUrl: request.apiUrl,
        logger: ctx.logger
    });
    const where = { owner: request.owner, repo: request.repo };
    const existing = (await (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_1__/* .listDeployments */ .Jn)(octokit, {
        ...where,
        sha: change.commitSha,
        environment: change.environment,
        limit: 10
    })).find(d => (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_1__/* .isOwnDeployment */ .YX)(d.payload));
    const nothingLanded = !change.changed && change.events.length === 0;
    if (nothingLanded && existing?.state !== 'failure')
        return { result: await rest() };
    const description = describe(change);
    const id = existing?.id ??
        (await (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_1__/* .createDeployment */ .Yy)(octokit, {
            ...where,
            ref: change.commitSha,
            environment: change.environment,
            description,
            payload: payloadOf(change)
        }));
    const post = (state, text) => (0,_github_deployments_js__WEBPACK_IMPORTED_MODULE_1__/* .setDeploymentState */ .fT)(octokit, { ...where, id }, { state, description: text, environmentUrl: request.environmentUrl, logUrl: runUrl(ctx.env) });
    const proposed = change.mode === 'pull-request' && change.pullRequest;
    const settled = existing?.state === settledState(change);
    if (!settled) {
        await post(proposed ? 'queued' : 'in_progress', proposed ? `waiting for pull request #${change.pullRequest?.number} to merge` : description);
    }
    ctx.logger.info(`GitHub deployment ${id} of ${change.environment} (${change.commitSha})`);
    let result;
    try {
        result = await rest();
    }
    catch (err) {
        try {
            await post('failure', `the run failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
        }
        catch (statusErr) {
            ctx.logger.warning(`could not mark deployment ${id} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(statusErr)}`);
        }
        throw err;
    }
    if (!proposed && !settled)
        await post('success', `landed in ${change.commitSha.slice(0, 12)}`);
    return { result, deploymentId: id };
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

/***/ 14212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ reuseEvents),
/* harmony export */   Z: () => (/* binding */ existingBranchEvents)
/* harmony export */ });
/* harmony import */ var _ledger_event_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52237);
/* harmony import */ var _ledger_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69664);


/**
 * Events already committed on the promotion branch (and not on the base), so a
 * re-run reuses them instead of minting new ids: the branch then stays as it is.
 */
async function existingBranchEvents(repo, branch, environment) {
    if (!(await repo.git.tryFetch(branch, 2)))
        return [];
    const ref = `refs/remotes/origin/${branch}`;
    const dir = `${_ledger_event_js__WEBPACK_IMPORTED_MODULE_0__/* .LEDGER_DIR */ .EN}/${environment}/`;
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
            if ((0,_ledger_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .isEvent */ .x)(parsed))
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


/***/ })

};
