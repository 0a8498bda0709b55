export const id = 6343;
export const ids = [6343];
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

/***/ 82956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAudit: () => (/* binding */ runAudit)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/audit/audit.ts + 9 modules
var audit = __webpack_require__(30981);
// EXTERNAL MODULE: ./src/audit/findings.ts
var audit_findings = __webpack_require__(48293);
// EXTERNAL MODULE: ./src/audit/protection.ts
var audit_protection = __webpack_require__(75580);
// EXTERNAL MODULE: ./src/util/markdown.ts
var markdown = __webpack_require__(17183);
// EXTERNAL MODULE: ./src/audit/rules.ts
var rules = __webpack_require__(69440);
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
            out.push((0,audit_findings/* oneLine */.TN)(f.file));
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
    // The object is the SARIF fingerprint's business; the JSON names it in the message already.
    const plain = findings.map(f => {
        const copy = { ...f };
        delete copy.object;
        return copy;
    });
    return { findings: plain, counts };
}
/** A Markdown job summary: totals, then one table row per finding (capped). */
function renderSummary(findings, counts) {
    const lines = ['### digest-promote audit', '', `**${countsLine(counts)}**`];
    if (findings.length === 0)
        return `${lines.join('\n')}\n`;
    lines.push('', '| rule | severity | file:line | message |', '| --- | --- | --- | --- |');
    for (const f of findings.slice(0, MAX_SUMMARY_ROWS)) {
        const rule = `${f.rule} ${(0,rules/* ruleOf */.Y)(f.rule).name}`;
        lines.push(`| ${(0,markdown/* cell */.H)(rule)} | ${f.severity} | ${(0,markdown/* cell */.H)(`${f.file}:${f.line}`)} | ${(0,markdown/* cell */.H)(`${f.message}; fix: ${f.fix}`)} |`);
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
        title: `${f.rule} ${(0,rules/* ruleOf */.Y)(f.rule).name}`
    }));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(71013);
;// CONCATENATED MODULE: ./src/audit/sarif.ts
/**
 * SARIF 2.1.0 rendering of an audit, as `github/codeql-action/upload-sarif` reads it: one run,
 * every rule described in `tool.driver.rules`, every finding a result with a repository-
 * relative `artifactLocation.uri` and a 1-based `region.startLine`.
 */



/**
 * The `partialFingerprints` key of a finding's identity. Code scanning matches alerts across
 * runs by it instead of by line, so an edit above a finding does not close and reopen it.
 */
const FINGERPRINT_KEY = 'digestPromoteFinding/v1';
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
        rules: rules/* RULES */.y0.map(r => ({
            id: r.id,
            name: r.name,
            shortDescription: { text: r.summary },
            fullDescription: { text: r.help },
            help: { text: `${r.help} Fix: ${r.fix}.`, markdown: `${r.help}\n\n**Fix:** ${r.fix}.` },
            helpUri: (0,rules/* ruleHelpUri */.S7)(r),
            defaultConfiguration: { level: r.severity },
            properties: { tags: ['gitops', 'supply-chain'] }
        }))
    };
}
/**
 * One fingerprint per finding: the rule, the file and the object, never the line, tag or
 * digest, so it survives edits around the finding and the promotions that change the pin. Two
 * findings with the same identity in one file are told apart by their order.
 */
function fingerprints(findings, prefix) {
    const seen = new Map();
    return findings.map(f => {
        const identity = [f.rule, prefix + f.file, f.object ?? ''].join('\0');
        const n = (seen.get(identity) ?? 0) + 1;
        seen.set(identity, n);
        return (0,external_node_crypto_.createHash)('sha256').update(`${identity}\0${n}`).digest('hex');
    });
}
/**
 * The SARIF log for `findings`. `prefix` is the audited root relative to the repository
 * checkout (`''` when it is the root), so URIs resolve against `%SRCROOT%` as code scanning
 * expects.
 */
function renderSarif(findings, prefix) {
    const index = new Map(rules/* RULES */.y0.map((r, i) => [r.id, i]));
    const prints = fingerprints(findings, prefix);
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: { driver: driver() },
                columnKind: 'utf16CodeUnits',
                results: findings.map((f, i) => ({
                    ruleId: f.rule,
                    ruleIndex: index.get(f.rule) ?? 0,
                    level: f.severity,
                    message: { text: `${f.message}. Fix: ${f.fix}.` },
                    partialFingerprints: { [FINGERPRINT_KEY]: prints[i] ?? '' },
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

// EXTERNAL MODULE: ./src/config/promotion-config.ts + 1 modules
var promotion_config = __webpack_require__(64844);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/commands/audit.ts
var commands_audit = __webpack_require__(56689);
;// CONCATENATED MODULE: ./src/commands/audit-run.ts
/**
 * What `audit` does once its inputs are parsed, loaded with `import()` only when it runs.
 *
 * @module
 */










/** Runs {@link auditCommand} with parsed options. */
async function runAudit(opts, ctx) {
    await assertDirectory(opts.root);
    const config = await (0,promotion_config/* loadConfig */.Z9)(opts.root, opts.configPath, opts.configRequired);
    const allowed = opts.allowedRegistries.length > 0
        ? opts.allowedRegistries
        : (config?.registries?.allowed ?? []).map(commands_audit/* canonicalDomain */.T5);
    const protection = (0,audit_protection/* protectionFor */.Ry)(opts.protectedPaths, config, opts.configPath);
    ctx.logger.info(protection.description);
    const registries = allowed.length > 0 ? allowed.join(', ') : 'any (DP003 is off)';
    ctx.logger.info(`allowed registries: ${registries}`);
    const limits = opts.limits ? { limits: opts.limits } : {};
    const pinAge = { maxAgeMs: opts.pinMaxAge.ms, label: opts.pinMaxAge.label, now: ctx.now() };
    const aliases = (config?.environments ?? []).flatMap(e => e.alias ? [{ name: e.name, ...e.alias, protected: e.protected === true }] : []);
    const report = await (0,audit/* auditRepository */.Q)({
        root: opts.root,
        protection,
        allowed,
        pinAge,
        aliases,
        ...limits
    });
    const { findings } = report;
    const counts = (0,audit_findings/* countFindings */.Gt)(findings, report.files);
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


/***/ })

};
