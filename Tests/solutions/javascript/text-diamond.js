const n = parseInt(require("fs").readFileSync(0, "utf8"), 10);
const top = [];
for (let i = 1; i <= n; i++) top.push(" ".repeat(n - i) + "*".repeat(2 * i - 1));
console.log([...top, ...top.slice(0, -1).reverse()].join("\n"));
