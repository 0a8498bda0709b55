export const id = 1974;
export const ids = [1974];
export const modules = {

/***/ 43005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xL: () => (/* reexport */ config_error/* ConfigError */.x),
  jt: () => (/* binding */ directoryOf),
  Z9: () => (/* binding */ loadConfig),
  Ov: () => (/* binding */ writeModeOf)
});

// UNUSED EXPORTS: parseConfig

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./schemas/promotion.schema.json
const promotion_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://digest-promote.dev/schemas/promotion.schema.json","title":"digest-promote promotion.yaml","description":"Environments in promotion order, the images that move through them, and the guardrails that apply.","type":"object","additionalProperties":false,"required":["environments"],"properties":{"version":{"const":1,"description":"Schema version of this file."},"environments":{"type":"array","minItems":1,"maxItems":64,"description":"Environments, first to last.","items":{"$ref":"#/definitions/environment"}},"images":{"type":"array","maxItems":256,"items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1,"maxLength":512,"description":"Repository, e.g. ghcr.io/acme/app."}}}},"registries":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","maxItems":64,"items":{"type":"string","minLength":1,"maxLength":255},"description":"Registries (domains) images may come from; empty allows any."}}},"tagTemplate":{"$ref":"#/definitions/tagTemplate"},"commit":{"type":"object","additionalProperties":false,"properties":{"authorName":{"type":"string","minLength":1,"maxLength":256},"authorEmail":{"type":"string","minLength":3,"maxLength":256},"messageTemplate":{"type":"string","minLength":1,"maxLength":4096}}}},"definitions":{"tagTemplate":{"type":"string","minLength":1,"maxLength":128,"description":"Environment tag template with {env}, {version}, {sha}, {ts}, {now}."},"name":{"type":"string","pattern":"^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$"},"keyPath":{"type":"string","minLength":1,"maxLength":512,"description":"Key path in a values file: keys joined by \'.\', list items as [n], a dot inside a key escaped as \'\\\\.\' (images[0].tag, podAnnotations.example\\\\.com/rev)."},"environment":{"type":"object","additionalProperties":false,"required":["name"],"if":{"not":{"required":["alias"]}},"then":{"required":["path"]},"properties":{"name":{"$ref":"#/definitions/name"},"alias":{"type":"object","additionalProperties":false,"required":["repository","tag"],"description":"A floating OCI tag this environment is: its current digest is what the tag resolves to; Git holds its history.","properties":{"repository":{"type":"string","minLength":1,"maxLength":512},"tag":{"type":"string","minLength":1,"maxLength":128}}},"path":{"type":"string","minLength":1,"maxLength":1024,"description":"Directory of the environment, relative to the repository root."},"write":{"enum":["commit","pull-request"],"description":"How promotions land: commit to the base branch, or a pull request."},"protected":{"type":"boolean","description":"Production-like: pull requests by default, digests required, signatures required."},"requires":{"type":"array","maxItems":16,"items":{"$ref":"#/definitions/name"},"description":"Environments the digest must have been promoted to first."},"tag":{"$ref":"#/definitions/tagTemplate"},"allowPrerelease":{"type":"boolean"},"branch":{"type":"string","minLength":1,"maxLength":255,"description":"Base branch for this environment\'s commits and pull requests."},"labels":{"type":"array","maxItems":32,"items":{"type":"string","minLength":1,"maxLength":100}},"reviewers":{"type":"array","maxItems":32,"items":{"type":"string","minLength":1,"maxLength":100}},"teamReviewers":{"type":"array","maxItems":32,"items":{"type":"string","minLength":1,"maxLength":100}},"draft":{"type":"boolean"},"requireProvenance":{"type":"boolean","description":"Require verified SLSA provenance from the build repository (provenance-repository, provenance-ref, provenance-workflow)."},"values":{"type":"object","additionalProperties":false,"required":["file"],"description":"A Helm values file that pins the image, written by key path with its bytes kept.","if":{"required":["kind"],"properties":{"kind":{"enum":["helmrelease","application","application-parameters"]}}},"then":{"required":["name"]},"properties":{"file":{"type":"string","minLength":1,"maxLength":1024,"description":"The values file, relative to the repository root."},"kind":{"enum":["file","helmrelease","application","application-parameters","argocd-source"],"description":"Where the values are: a values file (default), a Flux HelmRelease\'s spec.values, an Argo CD Application\'s spec.source.helm.valuesObject or spec.source.helm.parameters, or argocd-image-updater\'s .argocd-source-<app>.yaml (helm.parameters)."},"name":{"type":"string","minLength":1,"maxLength":253,"description":"metadata.name of the HelmRelease or Application in the file."},"repository":{"$ref":"#/definitions/keyPath","description":"Key path of the repository, which says which image the file pins (default image.repository)."},"tag":{"$ref":"#/definitions/keyPath","description":"Key path of the tag, written for readers (default image.tag)."},"digest":{"$ref":"#/definitions/keyPath","description":"Key path of the digest, the binding (default image.digest)."}}}}}}}');
// EXTERNAL MODULE: ./src/config/config-error.ts
var config_error = __webpack_require__(85877);
// EXTERNAL MODULE: ./src/util/confine.ts
var confine = __webpack_require__(29576);
;// CONCATENATED MODULE: ./src/config/promotion-config.ts






// In its own module so that modules that only look environments up do not load the parser.

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
        throw new config_error/* ConfigError */.x(`${file}: not valid YAML: ${err.message.split('\n')[0] ?? ''}`);
    }
    const validate = validator();
    if (!validate(data)) {
        const problems = (validate.errors ?? []).map(e => {
            const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(root)';
            const extra = e.keyword === 'additionalProperties' ? ` '${String(e.params.additionalProperty)}'` : '';
            return `${where} ${e.message ?? 'is invalid'}${extra}`;
        });
        throw new config_error/* ConfigError */.x(`${file}: ${problems.join('; ')}`);
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
        throw new config_error/* ConfigError */.x(`${file}: ${problems.join('; ')}`);
    return data;
}
/**
 * Reads promotion.yaml from the repository root; undefined when absent (inputs then say it all).
 * The path is confined to the repository: a symlink out of it is refused, never read.
 */
async function loadConfig(root, relative, required) {
    const file = (await (0,confine/* confine */.W)(root, relative)).abs;
    let size;
    try {
        size = (await (0,promises_.stat)(file)).size;
    }
    catch {
        if (required)
            throw new config_error/* ConfigError */.x(`input 'config': ${relative} not found in the GitOps repository`);
        return undefined;
    }
    if (size > MAX_CONFIG_BYTES)
        throw new config_error/* ConfigError */.x(`${relative}: larger than ${MAX_CONFIG_BYTES} bytes`);
    return parseConfig(await (0,promises_.readFile)(file, 'utf8'), relative);
}
/** The write mode of an environment: explicit, else pull requests for protected ones. */
function writeModeOf(env) {
    return env.write ?? (env.protected ? 'pull-request' : 'commit');
}
/**
 * The directory of an environment; an alias environment has none, so a command that reads files
 * is refused for it with the alias it is.
 */
function directoryOf(env, action = 'read its files') {
    if (env.path !== undefined)
        return env.path;
    const alias = env.alias ? ` (the alias ${env.alias.repository}:${env.alias.tag})` : '';
    throw new config_error/* ConfigError */.x(`environment '${env.name}' is an alias environment${alias} with no directory, so this command cannot ${action}; use apply or status for it`);
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
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88393);





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
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88393);
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

/***/ 88393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ eventProblem),
  x: () => (/* binding */ isEvent)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
;// CONCATENATED MODULE: ./schemas/promotion-event.schema.json
const promotion_event_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://digest-promote.dev/schemas/promotion-event.schema.json","title":"digest-promote promotion event (ledger entry)","description":"One capture, promotion, rollback or adoption of an image digest into an environment. Stored as .promotions/<environment>/<id>.json in the GitOps repository, in the same commit as the change it records. Every field is present (null when unknown); readers skip an event that does not match this schema and ignore unknown fields.","type":"object","required":["schemaVersion","id","kind","environment","alias","image","digest","previousDigest","fromEnvironment","sourceTag","targetTag","sourceRevision","pipeline","actor","timestamp","releaseLabel","gates","pullRequest","revertOf"],"properties":{"schemaVersion":{"const":1},"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$"},"kind":{"enum":["capture","promotion","rollback","adopted","unpinned"],"description":"adopted: what an environment already ran when digest-promote was adopted (no files changed). unpinned: the Flux markers a rollback pinned were restored; the digest did not move."},"environment":{"type":"string","minLength":1},"alias":{"type":"object","properties":{"tag":{"type":["string","null"],"description":"The immutable environment tag."},"floating":{"type":["object","string","null"],"description":"The floating alias of an alias environment this event moves: repository, tag, and the digest it resolved to before (null when the tag did not exist).","required":["repository","tag","previousDigest"],"properties":{"repository":{"type":"string","minLength":1,"maxLength":512},"tag":{"type":"string","minLength":1,"maxLength":128},"previousDigest":{"type":["string","null"],"pattern":"^[a-z0-9]+:[a-f0-9]{32,}$"}}}}},"image":{"type":"string","minLength":1,"description":"Repository, e.g. ghcr.io/acme/app."},"digest":{"type":"string","pattern":"^[a-z0-9]+:[a-f0-9]{32,}$"},"previousDigest":{"type":["string","null"]},"fromEnvironment":{"type":["string","null"]},"sourceTag":{"type":["string","null"]},"targetTag":{"type":["string","null"]},"sourceRevision":{"type":["string","null"],"description":"The application commit that built the artifact."},"pipeline":{"type":"object","properties":{"repository":{"type":["string","null"]},"workflow":{"type":["string","null"]},"runId":{"type":["string","null"]},"runAttempt":{"type":["string","null"]},"url":{"type":["string","null"]},"eventName":{"type":["string","null"]}}},"actor":{"type":["string","null"]},"timestamp":{"type":"string","format":"date-time"},"releaseLabel":{"type":["string","null"]},"gates":{"type":"array","items":{"type":"object","required":["name","result"],"properties":{"name":{"type":"string"},"result":{"enum":["passed","skipped","failed"]},"detail":{"type":"string"}}}},"pullRequest":{"type":["object","null"],"properties":{"number":{"type":"integer"},"url":{"type":"string"}}},"revertOf":{"type":["string","null"],"description":"For a rollback by revert: the id of the event it undoes."}}}');
;// CONCATENATED MODULE: ./src/ledger/validate.ts


/** At most this many schema problems are named for one event. */
const MAX_PROBLEMS = 3;
let compiled;
/**
 * The event schema's validator, compiled on first use: most commands never read a ledger,
 * and compiling at import would slow every start.
 */
function validator() {
    // Formats are not checked by the validator (`date-time` would need ajv-formats, and an unknown
    // format makes Ajv warn on the console); the timestamp is checked below instead.
    compiled ??= new ajv.Ajv({
        allErrors: true,
        strict: false,
        formats: { 'date-time': true }
    }).compile(promotion_event_schema_namespaceObject);
    return compiled;
}
/**
 * Why `value` is not a ledger event (schemas/promotion-event.schema.json and a parseable
 * timestamp), or `undefined`. Ledger files and registry records are untrusted: every reader
 * checks them here before using a field.
 */
function eventProblem(value) {
    const validate = validator();
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


/***/ })

};
