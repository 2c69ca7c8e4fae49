import { readFileSync } from "fs";

const data: number[] = readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const [n, q] = data;
const prefix: number[] = new Array(n + 1).fill(0);
for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + data[2 + i];
const out: number[] = [];
for (let k = 0, at = 2 + n; k < q; k++, at += 2) out.push(prefix[data[at + 1]] - prefix[data[at] - 1]);
console.log(out.join("\n"));
