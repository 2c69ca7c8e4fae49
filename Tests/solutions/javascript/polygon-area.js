const v = require("fs").readFileSync(0, "utf8").trim().split(/\s+/).map(Number);
const n = v[0];
let twice = 0;
for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    twice += v[1 + 2 * i] * v[2 + 2 * j] - v[1 + 2 * j] * v[2 + 2 * i];
}
console.log(Math.abs(twice) / 2);
