// The CloneCode judge's driver for JavaScript (and, transpiled first, TypeScript) solutions, run
// inside the sandbox:
//
//     node driver.js solution.js tests.json
//
// tests.json holds the signature and the inputs, never the expected outputs. The driver compiles
// the solution as a script (a syntax error is a compile error), finds the function the signature
// names, calls it on every input and writes one JSON line per test on file descriptor 3, the same
// protocol as the Python driver:
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
            }).join("\n") });
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

    leetcode.install(globalThis);
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

    let fn;
    try {
        script.runInThisContext();
        fn = vm.runInThisContext(`typeof ${spec.function} === "function" ? ${spec.function} : undefined`);
        if (fn === undefined) throw new ReferenceError(`${spec.function} is not defined`);
    } catch (error) {
        if (error instanceof OutputLimit) { send({ i: 0, output_limit: true }); return; }
        send({ i: 0, error: describe(error, file), stdout: text() });
        return;
    }

    for (let i = 0; i < spec.inputs.length; i++) {
        const args = spec.inputs[i].map((v, k) => leetcode.decode(v, spec.params[k]));
        captured = []; kept = 0;
        try {
            const started = process.hrtime.bigint();
            const value = fn(...args);
            const ms = Number(process.hrtime.bigint() - started) / 1e6;
            const out = leetcode.canonical(leetcode.encode(value, spec.returns));
            send({ i, ms: Math.round(ms * 1000) / 1000, out, stdout: text() });
        } catch (error) {
            if (error instanceof OutputLimit) send({ i, output_limit: true });
            else send({ i, error: describe(error, file), stdout: text() });
            return;
        }
    }
}

main();
