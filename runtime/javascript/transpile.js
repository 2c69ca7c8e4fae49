// Transpiles a TypeScript program (a program question's solution) to JavaScript with Debian's
// TypeScript compiler, inside the sandbox:
//
//     node transpile.js main.ts main.js
//
// Syntax errors are printed as tsc prints them, with the user's file and line, and a note naming
// the TypeScript version, and exit 1 (a compile error); types are not checked. Imports become CommonJS requires.
"use strict";
const fs = require("fs");
const ts = require("/usr/share/nodejs/typescript");

const [input, output] = process.argv.slice(2);
const result = ts.transpileModule(fs.readFileSync(input, "utf8"), {
    fileName: input, reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS },
});
const errors = (result.diagnostics || []).filter((d) => d.category === ts.DiagnosticCategory.Error);
if (errors.length) {
    for (const d of errors) {
        const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
        process.stderr.write(`${input}(${line + 1},${character + 1}): error TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}\n`);
    }
    process.stderr.write(`note: this judge transpiles TypeScript with TypeScript ${ts.version} (types are not checked); LeetCode compiles TypeScript 5.\n`);
    process.exit(1);
}
fs.writeFileSync(output, result.outputText);
