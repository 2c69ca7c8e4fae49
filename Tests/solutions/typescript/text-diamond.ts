import * as fs from "fs";

const n: number = parseInt(fs.readFileSync(0, "utf8"), 10);
const top: string[] = [];
for (let i = 1; i <= n; i++) top.push(" ".repeat(n - i) + "*".repeat(2 * i - 1));
process.stdout.write([...top, ...top.slice(0, -1).reverse()].join("\n"));
