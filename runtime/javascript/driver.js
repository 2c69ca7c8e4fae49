// The CloneCode judge's driver for JavaScript (and, transpiled first, TypeScript) solutions, run
// inside the sandbox:
//
//     node driver.js solution.js tests.json
//
// tests.json holds the signature and the inputs, never the expected outputs. The driver compiles
// the solution as a script (a syntax error is a compile error), finds the function the signature
// names, calls it on every input and writes one JSON line per test on file descriptor 3, the same
// protocol as the Python driver (an empty line first, once the solution is loaded: "ready"):
//
//     {"compile_error": "..."}
//     {"i": 0, "ms": 0.12, "out": "[0,1]", "stdout": "..."}
//     {"i": 3, "error": "TypeError: ...", "stdout": "..."}
//     {"i": 5, "output_limit": true}
"use strict";
const fs = require("fs");
const path = require("path");
const util = require("util");
const vm = require("vm");
const leetcode = require(path.join(__dirname, "leetcode.js"));

const STDOUT_KEPT = 64 * 1024;
const STDOUT_TOTAL = 8 * 1024 * 1024;

class OutputLimit extends Error {}

function send(record) { fs.writeSync(3, JSON.stringify(record) + "\n"); }

/** The error as LeetCode shows it: the message and the frames in the user's file. */
function describe(error, file) {
    if (error instanceof leetcode.TypeMismatch) return `TypeError: ${error.message}`;
    if (error instanceof SolutionError) return `Error: ${error.message}`;
    if (!(error instanceof Error)) return `Uncaught ${util.inspect(error)}`;
    if (error instanceof RangeError && /call stack/.test(error.message)) return "RangeError: Maximum call stack size exceeded";
    const frames = String(error.stack || "").split("\n").slice(1).filter((l) => l.includes(file));
    return [`${error.name}: ${error.message}`, ...frames.map((l) => l.replace(/\(?[^ ()]*\//, "(").replace(/^\s*at /, "    at "))].join("\n");
}

function main() {
    const [solutionPath, testsPath, shownAs] = process.argv.slice(2);
    const file = shownAs || path.basename(solutionPath);
    const spec = JSON.parse(fs.readFileSync(testsPath, "utf8"));
    let source = fs.readFileSync(solutionPath, "utf8");
    if (file.endsWith(".ts")) {
        // TypeScript: transpiled here (Debian's compiler; syntax errors are compile errors, types
        // are not checked), keeping the user's line numbers where the output allows.
        const ts = require("/usr/share/nodejs/typescript");
        const result = ts.transpileModule(source, {
            fileName: file, reportDiagnostics: true,
            compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None, removeComments: false },
        });
        const errors = (result.diagnostics || []).filter((d) => d.category === ts.DiagnosticCategory.Error);
        if (errors.length) {
            send({ compile_error: errors.map((d) => {
                const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
                return `${file}(${line + 1},${character + 1}): error TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
            }).concat([`note: this judge transpiles TypeScript with TypeScript ${ts.version} (types are not checked); LeetCode compiles TypeScript 5.`]).join("\n") });
            return;
        }
        source = result.outputText;
    }

    let script;
    try {
        script = new vm.Script(source, { filename: file });
    } catch (error) {
        // "solution.js:3\n<the line>\n   ^\n\nSyntaxError: Unexpected token ..."
        const where = String(error.stack || "").split("\n\n")[0];
        send({ compile_error: `${where}\n\n${error.name}: ${error.message}`.trim() });
        return;
    }

    leetcode.install(globalThis, spec);
    let captured = [], size = 0, kept = 0;
    const capture = (...args) => {
        const text = util.format(...args) + "\n";
        size += text.length;
        if (size > STDOUT_TOTAL) throw new OutputLimit();
        if (kept < STDOUT_KEPT) { captured.push(text); kept += text.length; }
    };
    for (const name of ["log", "info", "warn", "error", "debug"]) console[name] = capture;
    process.stdout.write = (chunk) => { capture(String(chunk).replace(/\n$/, "")); return true; };
    const text = () => captured.join("").slice(0, STDOUT_KEPT);

    const name = spec.class === undefined ? spec.function : spec.class;
    let fn;
    try {
        script.runInThisContext();
        fn = vm.runInThisContext(`typeof ${name} === "function" ? ${name} : undefined`);
        if (fn === undefined) throw new ReferenceError(`${name} is not defined`);
    } catch (error) {
        if (error instanceof OutputLimit) { send({ i: 0, output_limit: true }); return; }
        send({ i: 0, error: describe(error, file), stdout: text() });
        return;
    }

    const run = spec.class === undefined ? (input) => callFunction(spec, fn, input) : (input) => callDesign(spec, fn, input);
    fs.writeSync(3, "\n");  // ready: the solution is loaded, the tests begin (the runner's clock)
    for (let i = 0; i < spec.inputs.length; i++) {
        captured = []; kept = 0;
        try {
            const { ms, out, wrong } = run(spec.inputs[i]);
            const record = { i, ms: Math.round(ms * 1000) / 1000, out };
            if (wrong) record.wrong = wrong;
            record.stdout = text();
            send(record);
        } catch (error) {
            if (error instanceof OutputLimit) send({ i, output_limit: true });
            else send({ i, error: describe(error, file), stdout: text() });
            return;
        }
    }
}

class SolutionError extends Error {}

/** One test of a function question: the arguments decoded (or built), the call, the judged answer
 *  (the return value, the in-place parameter, the prefix, or a returned node's position). */
function callFunction(spec, fn, input) {
    const check = { made: new Set(), wrong: null };
    let args, nodes = null;
    if (spec.build !== undefined) ({ args, nodes } = leetcode.build(spec.build, input));
    else args = input.map((v, k) => leetcode.decode(v, spec.params[k], check.made));
    const started = process.hrtime.bigint();
    const value = fn(...args);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    let answer;
    if (spec.inplace !== undefined) {
        answer = leetcode.encode(args[spec.inplace], spec.params[spec.inplace], check);
    } else if (spec.prefix !== undefined) {
        const array = args[spec.prefix];
        if (typeof value !== "number" || !Number.isInteger(value)) {
            throw new leetcode.TypeMismatch(`returned ${value === null ? "null" : typeof value} ${JSON.stringify(value)} where the length (integer) was expected`);
        }
        if (value < 0 || value > array.length) {
            throw new SolutionError(`returned k = ${value}, but the array has ${array.length} elements`);
        }
        answer = leetcode.encode(array.slice(0, value), spec.params[spec.prefix], check);
    } else if (nodes !== null && spec.returns === "ListNode") {
        if (value !== null && value !== undefined && !(typeof value === "object" && "val" in value)) {
            throw new leetcode.TypeMismatch(`returned ${typeof value} ${JSON.stringify(value)} where ListNode was expected`);
        }
        answer = leetcode.position(value, nodes);
    } else {
        answer = leetcode.encode(value, spec.returns, check);
    }
    return { ms, out: leetcode.canonical(answer), wrong: check.wrong };
}

/** One test of a design question: the constructor, then every call; one value per call. */
function callDesign(spec, cls, input) {
    const [calls, argLists] = input;
    const out = [];
    let ms = 0, object;
    for (let j = 0; j < calls.length; j++) {
        const check = { made: new Set(), wrong: null };
        if (j === 0) {
            const args = (argLists[0] || []).map((v, k) => leetcode.decode(v, spec.params[k], check.made));
            const begin = process.hrtime.bigint();
            object = new cls(...args);
            ms += Number(process.hrtime.bigint() - begin) / 1e6;
            out.push(null);
            continue;
        }
        const method = spec.methods[calls[j]];
        if (method === undefined) throw new SolutionError(`call ${j}: ${calls[j]} is not a method of ${spec.class}`);
        if (typeof object[calls[j]] !== "function") {
            throw new TypeError(`${spec.class}.prototype.${calls[j]} is not a function (call ${j}: ${calls[j]})`);
        }
        const args = (argLists[j] || []).map((v, k) => leetcode.decode(v, method.params[k], check.made));
        const begin = process.hrtime.bigint();
        const value = object[calls[j]](...args);
        ms += Number(process.hrtime.bigint() - begin) / 1e6;
        try {
            out.push(leetcode.encode(value, method.returns, check));
        } catch (error) {
            if (error instanceof leetcode.TypeMismatch) throw new leetcode.TypeMismatch(`${calls[j]} (call ${j}) ${error.message}`);
            throw error;
        }
    }
    return { ms, out: leetcode.canonical(out), wrong: null };
}

main();
