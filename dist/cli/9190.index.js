export const id = 9190;
export const ids = [9190];
export const modules = {

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
