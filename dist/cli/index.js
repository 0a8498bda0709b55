#!/usr/bin/env node
/******/ var __webpack_modules__ = ({

/***/ 581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_program_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(359);

process.exitCode = await (0,_cli_program_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 359:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: parseArgs

;// CONCATENATED MODULE: ./src/commands/index.ts
/**
 * The one command table both shells read: the action's `command` input and the
 * CLI's subcommands. A command is listed here only once it works end to end.
 */
const COMMANDS = [];
/** Finds a command by its kebab-case name. */
function findCommand(name) {
    return COMMANDS.find(c => c.name === name);
}
/** The names of every available command, for error messages. */
function commandNames() {
    return COMMANDS.map(c => c.name);
}

;// CONCATENATED MODULE: ./src/errors.ts
/**
 * Errors that reach the edge of the action or the CLI as one line.
 *
 * Every error the tool raises on purpose is a {@link PromoteError}: its message is
 * already the line a user reads (what is wrong, which input, how to fix it). Any
 * other error is a bug and is reported with its message only, never a stack.
 */
class PromoteError extends Error {
    /** Exit code for the CLI: 1 for a refused or failed operation, 2 for bad usage. */
    exitCode;
    constructor(message, exitCode = 1) {
        super(message);
        this.name = new.target.name;
        this.exitCode = exitCode;
    }
}
/** A value given to an input (action `with:` key or CLI flag) is missing or malformed. */
class InputError extends PromoteError {
    /** Kebab-case name of the input, as in action.yml. */
    input;
    constructor(input, problem, hint) {
        super(`input '${input}': ${problem}${hint ? `; ${hint}` : ''}`, 2);
        this.input = input;
    }
}
/** A gate refused the operation before anything was written. Terminal: a retry will not help. */
class GateError extends PromoteError {
    /** Name of the gate (`source`, `tag-policy`, `signature`, `ordering`). */
    gate;
    constructor(gate, reason, fix) {
        super(`gate '${gate}' failed: ${reason}; fix: ${fix}`);
        this.gate = gate;
    }
}
/** Returns the message of anything thrown, without a stack trace. */
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}

;// CONCATENATED MODULE: ./src/logger.ts
/** A logger for the CLI: progress to stderr, so stdout stays clean for results and `--json`. */
function createStderrLogger(opts = {}) {
    const secrets = new Set();
    const mask = (text) => {
        let out = text;
        for (const s of secrets)
            out = out.split(s).join('***');
        return out;
    };
    const write = (line) => {
        process.stderr.write(`${mask(line)}\n`);
    };
    return {
        info: m => {
            if (!opts.quiet)
                write(m);
        },
        warning: m => write(`warning: ${m}`),
        debug: m => {
            if (opts.debug)
                write(`debug: ${m}`);
        },
        group: async (name, fn) => {
            if (!opts.quiet)
                write(`== ${name}`);
            return fn();
        },
        setSecret: s => {
            if (s)
                secrets.add(s);
        }
    };
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

/** The package version; the CLI and the action ship under the same tag. */
const VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/cli/program.ts




const GLOBAL_FLAGS = ['json', 'debug', 'help'];
function usage() {
    const width = Math.max(...COMMANDS.map(c => c.name.length), 8);
    const lines = COMMANDS.map(c => `  ${c.name.padEnd(width)}  ${c.summary}`);
    return [
        `digest-promote ${VERSION}: promote one immutable, verified image digest through GitOps environments.`,
        '',
        'Usage: digest-promote <command> [arguments] [--input value ...] [--json]',
        '',
        'Commands:',
        ...(lines.length > 0 ? lines : ['  (none)']),
        '',
        'Options:',
        '  --json     print the result as JSON on stdout',
        '  --debug    print debug messages on stderr',
        '  --help     show help for a command',
        '  --version  print the version',
        '',
        'Every --flag is the action input of the same name (see action.yml).'
    ].join('\n');
}
function commandUsage(cmd) {
    const width = Math.max(...cmd.inputs.map(i => i.name.length + 2), 8);
    const inputs = cmd.inputs.map(i => `  --${i.name.padEnd(width - 2)}  ${i.description}${i.required ? ' (required)' : ''}`);
    return [
        `Usage: digest-promote ${cmd.name} ${cmd.usage}`,
        '',
        cmd.summary,
        '',
        'Inputs:',
        ...inputs
    ].join('\n');
}
/**
 * Turns argv into input values: `--name value`, `--name=value`, bare `--flag` for
 * flag inputs, repeated list flags joined by newlines, positionals mapped in order.
 */
function parseArgs(cmd, argv) {
    const values = new Map();
    const flags = { json: false, debug: false, help: false };
    const positionals = [];
    const spec = new Map(cmd.inputs.map(i => [i.name, i]));
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (!arg.startsWith('--') || arg === '--') {
            if (arg !== '--')
                positionals.push(arg);
            else
                positionals.push(...argv.slice(i + 1));
            if (arg === '--')
                break;
            continue;
        }
        const eq = arg.indexOf('=');
        const name = arg.slice(2, eq === -1 ? undefined : eq);
        if (GLOBAL_FLAGS.includes(name)) {
            flags[name] = true;
            continue;
        }
        const input = spec.get(name);
        if (!input)
            throw new InputError(name, `unknown option --${name} for '${cmd.name}'`, `see: digest-promote ${cmd.name} --help`);
        let value;
        if (eq !== -1)
            value = arg.slice(eq + 1);
        else if (input.kind === 'flag')
            value = 'true';
        else {
            const next = argv[++i];
            if (next === undefined)
                throw new InputError(name, `--${name} needs a value`);
            value = next;
        }
        values.set(name, [...(values.get(name) ?? []), value]);
    }
    const names = cmd.positionals ?? [];
    positionals.forEach((value, index) => {
        const name = names[Math.min(index, names.length - 1)];
        if (name === undefined || (index >= names.length && spec.get(name)?.kind !== 'list')) {
            throw new InputError(cmd.name, `unexpected argument '${value}'`, `usage: digest-promote ${cmd.name} ${cmd.usage}`);
        }
        values.set(name, [...(values.get(name) ?? []), value]);
    });
    const source = {
        get(name) {
            const v = values.get(name);
            if (!v)
                return undefined;
            const joined = v.join('\n').trim();
            return joined === '' ? undefined : joined;
        }
    };
    return { source, flags };
}
function print(result, flags) {
    if (flags.json)
        process.stdout.write(`${JSON.stringify(result.json, null, 2)}\n`);
    else if (result.text)
        process.stdout.write(`${result.text}\n`);
}
/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
async function main(argv) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write(`${usage()}\n`);
        return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-V') {
        process.stdout.write(`${VERSION}\n`);
        return 0;
    }
    const cmd = findCommand(name);
    if (!cmd) {
        process.stderr.write(`error: unknown command '${name}'; run 'digest-promote --help' for the list\n`);
        return 2;
    }
    let debug = false;
    try {
        const { source, flags } = parseArgs(cmd, rest);
        debug = flags.debug;
        if (flags.help) {
            process.stdout.write(`${commandUsage(cmd)}\n`);
            return 0;
        }
        const ctx = {
            logger: createStderrLogger({ debug: flags.debug, quiet: flags.json }),
            env: process.env,
            workspace: process.cwd(),
            now: () => new Date()
        };
        const result = await cmd.run(cmd.parse(source, ctx), ctx);
        print(result, flags);
        return result.exitCode ?? (result.status === 'failed' ? 1 : 0);
    }
    catch (err) {
        process.stderr.write(`error: ${errorMessage(err)}\n`);
        if (debug && err instanceof Error && !(err instanceof PromoteError))
            process.stderr.write(`${err.stack}\n`);
        return err instanceof PromoteError ? err.exitCode : 1;
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
