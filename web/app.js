// The CloneCode page. Every text that comes from the server or the user is put into the page with
// textContent (never innerHTML), so a statement or a program's output cannot inject markup.
"use strict";

const app = document.getElementById("app");
const state = { questions: [], editor: null, question: null, language: null, source: null };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}

/** A <pre> of `text`; a long text shows its start and end, its size, and a "show all" button. */
function long(text, attrs) {
  const limit = 600;
  const lines = text.split("\n");
  if (text.length <= limit && lines.length <= 30) return el("pre", { ...attrs, text });
  const size = `${new TextEncoder().encode(text).length} bytes${lines.length > 1 ? ` in ${lines.length} lines` : ""}`;
  const short = lines.length > 30
    ? [...lines.slice(0, 20), `… (${size}) …`, ...lines.slice(-5)].join("\n")
    : `${text.slice(0, limit / 2)} … (${size}) … ${text.slice(-limit / 4)}`;
  const pre = el("pre", { ...attrs, text: short, "data-shortened": "true" });
  const button = el("button", { class: "show-all", type: "button", text: "Show all", onclick: () => {
    pre.textContent = text;
    pre.removeAttribute("data-shortened");
    button.remove();
  } });
  return el("div", {}, pre, button);
}

/** A value after its label: on the same line, or below it when it has several lines (a program's input). */
function shown(text) {
  const body = String(text).replace(/\n$/, "");
  return body.includes("\n") ? `\n${body}` : ` ${body}`;
}

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw Object.assign(new Error(body.error || response.statusText), { status: response.status });
  return body;
}

// A submission carries an id of its own, so that sending it again after a network failure or a
// gateway error (502, 503, 504) answers the run it made instead of queueing a second one.
async function postSubmission(path, body) {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const payload = JSON.stringify({ ...body, request_id: Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("") });
  for (let attempt = 0; ; attempt++) {
    try {
      return await api(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: payload });
    } catch (error) {
      const transient = error instanceof TypeError || [502, 503, 504].includes(error.status);
      if (!transient || attempt >= 2) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * (attempt + 1)));
    }
  }
}

// ---------------------------------------------------------------- Markdown, safely

function inline(text) {
  // `code`, **bold**, *emphasis*; everything else as text.
  const out = document.createDocumentFragment();
  const pattern = /(`[^`]+`|\*\*[^*]+\*\*|\*[^*]+\*)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    out.append(text.slice(last, match.index));
    const token = match[0];
    if (token.startsWith("`")) out.append(el("code", { text: token.slice(1, -1) }));
    else if (token.startsWith("**")) out.append(el("strong", { text: token.slice(2, -2) }));
    else out.append(el("em", { text: token.slice(1, -1) }));
    last = match.index + token.length;
  }
  out.append(text.slice(last));
  return out;
}

function markdown(source) {
  const root = el("div", { class: "statement" });
  const lines = source.split("\n");
  for (let i = 0; i < lines.length; ) {
    const line = lines[i];
    if (line.startsWith("```")) {
      const code = [];
      for (i++; i < lines.length && !lines[i].startsWith("```"); i++) code.push(lines[i]);
      root.append(el("pre", { text: code.join("\n") }));
      i++;
    } else if (/^\s*(- |\d+\. )/.test(line)) {
      const ordered = /^\s*\d+\. /.test(line);
      const list = el(ordered ? "ol" : "ul");
      while (i < lines.length && /^\s*(- |\d+\. )/.test(lines[i])) {
        let item = lines[i].replace(/^\s*(- |\d+\. )/, "");
        for (i++; i < lines.length && /^\s{2,}\S/.test(lines[i]) && !/^\s*(- |\d+\. )/.test(lines[i]); i++) item += " " + lines[i].trim();
        list.append(el("li", {}, inline(item)));
      }
      root.append(list);
    } else if (line.trim() === "") {
      i++;
    } else {
      const paragraph = [];
      while (i < lines.length && lines[i].trim() !== "" && !lines[i].startsWith("```") && !/^\s*(- |\d+\. )/.test(lines[i])) paragraph.push(lines[i++]);
      root.append(el("p", {}, inline(paragraph.join(" "))));
    }
  }
  return root;
}

// ---------------------------------------------------------------- the list

async function showList() {
  document.title = "CloneCode";
  app.replaceChildren(el("p", { class: "muted", text: "Loading questions…" }));
  try {
    state.questions = await api("/api/questions");
  } catch (error) {
    app.replaceChildren(el("p", { class: "error", text: "Cannot load the questions: " + error.message }));
    return;
  }
  const search = el("input", { type: "search", placeholder: "Search titles or numbers", "aria-label": "Search titles or numbers", id: "search" });
  const difficulty = el("select", { "aria-label": "Difficulty", id: "difficulty" },
    el("option", { value: "", text: "All difficulties" }), el("option", { value: "easy", text: "Easy" }),
    el("option", { value: "medium", text: "Medium" }), el("option", { value: "hard", text: "Hard" }));
  const tags = [...new Set(state.questions.flatMap((q) => q.tags))].sort();
  const tag = el("select", { "aria-label": "Tag", id: "tag" }, el("option", { value: "", text: "All tags" }),
    ...tags.map((t) => el("option", { value: t, text: t })));
  const body = el("tbody");
  const count = el("span", { class: "count", id: "count" });
  const render = () => {
    const text = search.value.trim().toLowerCase();
    const shown = state.questions
      .filter((q) => (!difficulty.value || q.difficulty === difficulty.value) && (!tag.value || q.tags.includes(tag.value))
        && (!text || q.title.toLowerCase().includes(text) || String(q.number) === text));
    count.textContent = shown.length === state.questions.length ? `${shown.length} questions` : `${shown.length} of ${state.questions.length} questions`;
    body.replaceChildren(...shown
      .map((q) => el("tr", {},
        el("td", { text: String(q.number) }),
        el("td", {}, el("a", { href: "/q/" + encodeURIComponent(q.slug), "data-slug": q.slug, onclick: navigate }, q.title)),
        el("td", { class: q.difficulty, text: q.difficulty[0].toUpperCase() + q.difficulty.slice(1) }),
        el("td", {}, ...q.tags.map((t) => el("span", { class: "tag", text: t }))),
        el("td", { text: q.submitted ? (100 * q.accepted / q.submitted).toFixed(1) + "%" : "–" }))));
  };
  for (const control of [search, difficulty, tag]) for (const kind of ["input", "change"]) control.addEventListener(kind, render);
  render();
  app.replaceChildren(el("div", { class: "filters" }, search, difficulty, tag, count),
    el("table", { class: "list" }, el("thead", {}, el("tr", {}, el("th", { text: "#" }), el("th", { text: "Title" }),
      el("th", { text: "Difficulty" }), el("th", { text: "Tags" }), el("th", { text: "Acceptance" }))), body));
}

// ---------------------------------------------------------------- a question

const modes = { python3: "python", cpp: "text/x-c++src", c: "text/x-csrc", java: "text/x-java", csharp: "text/x-csharp",
  kotlin: "text/x-kotlin", scala: "text/x-scala", javascript: "text/javascript", typescript: "text/typescript",
  go: "text/x-go", rust: "text/x-rustsrc", ruby: "text/x-ruby", php: "text/x-java", swift: "text/x-swift" };
const codeKey = (slug, language) => `cc:code:${slug}:${language}`;
const historyKey = (slug) => `cc:runs:${slug}`;

async function showQuestion(slug, language) {
  app.replaceChildren(el("p", { class: "muted", text: "Loading…" }));
  let detail;
  try {
    detail = await api(`/api/questions/${encodeURIComponent(slug)}?language=${encodeURIComponent(language || "")}`);
  } catch (error) {
    app.replaceChildren(el("p", { class: "error", text: error.message }));
    return;
  }
  const q = detail.question;
  state.question = detail;
  state.language = detail.stub_language;
  document.title = `${q.number}. ${q.title} – CloneCode`;
  const left = el("section", { class: "panel" },
    el("h1", { text: `${q.number}. ${q.title}` }),
    el("div", {}, el("span", { class: q.difficulty, text: q.difficulty[0].toUpperCase() + q.difficulty.slice(1) }), " ",
      ...q.tags.map((t) => el("span", { class: "tag", text: t }))),
    markdown(q.statement),
    ...(q.signature ? [] : [el("p", { class: "program", text: "A program: it reads standard input and prints the answer." })]),
    ...q.examples.map((example, index) => el("div", { class: "example" },
      el("strong", { text: `Example ${index + 1}` }),
      el("pre", { text: `Input:${shown(example.input)}\nOutput:${shown(example.output)}` + (example.explanation ? `\nExplanation: ${example.explanation}` : "") }))),
    el("strong", { text: "Constraints" }),
    el("ul", {}, ...q.constraints.map((c) => el("li", {}, el("code", { text: c })))));

  const picker = el("select", { "aria-label": "Language", id: "language" },
    ...detail.languages.map((l) => el("option", { value: l, text: (detail.language_names || {})[l] || l })));
  picker.value = detail.stub_language;
  // Which compiler or interpreter judges the chosen language, and its version.
  const toolchain = el("span", { class: "toolchain", id: "toolchain", text: (detail.toolchains || {})[detail.stub_language] || "" });
  const textarea = el("textarea", { id: "code" });
  const useCustom = el("input", { type: "checkbox", id: "use-custom" });
  const program = !q.signature;
  const custom = el("textarea", { class: "custom", id: "custom-input", hidden: "",
    placeholder: program ? "The program's standard input" : "One JSON array of arguments per line, e.g. [[2,7,11,15],9]" });
  useCustom.addEventListener("change", () => { custom.hidden = !useCustom.checked; });
  const runButton = el("button", { id: "run", text: "Run", onclick: () => judge("run") });
  const submitButton = el("button", { id: "submit", class: "primary", text: "Submit", onclick: () => judge("submit") });
  const result = el("div", { class: "result", id: "result" });
  const history = el("ul", { class: "history", id: "history" });
  const right = el("section", { class: "panel" },
    el("div", { class: "toolbar" }, picker, toolchain, el("span", { class: "grow" }), runButton, submitButton),
    textarea,
    el("label", {}, useCustom, " Run on my own input"), custom,
    result,
    el("h3", { text: "Your submissions" }), history);
  app.replaceChildren(el("div", { class: "split" }, left, right));

  const editor = CodeMirror.fromTextArea(textarea, { lineNumbers: true, indentUnit: 4, matchBrackets: true, autoCloseBrackets: true,
    mode: modes[state.language] || "python" });
  state.editor = editor;
  window.ccEditor = editor;  // for tests and the keyboard
  editor.setValue(localStorage.getItem(codeKey(slug, state.language)) ?? detail.stub);
  editor.on("change", () => localStorage.setItem(codeKey(slug, state.language), editor.getValue()));
  picker.addEventListener("change", () => showQuestion(slug, picker.value));
  renderHistory(slug, history, result);

  async function judge(kind) {
    runButton.disabled = submitButton.disabled = true;
    result.replaceChildren(el("div", { class: "verdict", text: "Submitting…" }));
    try {
      const body = { slug, language: state.language, source: editor.getValue() };
      if (kind === "run" && useCustom.checked) {
        if (program) body.inputs = [custom.value]; else body.input = custom.value;
      }
      const { run_id } = await postSubmission(`/api/${kind}`, body);
      if (kind === "submit") remember(slug, { run_id, language: state.language, at: Date.now(), verdict: "Queued" }, editor.getValue());
      await follow(run_id, result, (run) => {
        if (kind === "submit" && run.status === "Finished") {
          remember(slug, { run_id, language: run.language, at: Date.now(), verdict: run.verdict }, null);
          renderHistory(slug, history, result);
        }
      });
    } catch (error) {
      result.replaceChildren(el("p", { class: "error", text: error.message }));
    } finally {
      runButton.disabled = submitButton.disabled = false;
    }
  }
  state.judge = judge;
}

function follow(runID, target, onUpdate) {
  return new Promise((resolve) => {
    const events = new EventSource(`/api/runs/${encodeURIComponent(runID)}/events`);
    events.addEventListener("run", (message) => {
      const run = JSON.parse(message.data);
      showRun(run, target);
      onUpdate?.(run);
      if (run.status === "Finished") { events.close(); resolve(run); }
    });
    events.addEventListener("error", () => {
      events.close();
      api(`/api/runs/${encodeURIComponent(runID)}`).then((run) => { showRun(run, target); onUpdate?.(run); resolve(run); },
        () => resolve(null));
    });
  });
}

function showRun(run, target) {
  if (run.status !== "Finished") {
    const text = run.status === "Running" && run.total ? `Running test ${run.current_test || 1} of ${run.total}` : run.status;
    target.replaceChildren(el("div", { class: "verdict", text }));
    return;
  }
  const accepted = run.verdict === "Accepted";
  const parts = [el("div", { class: "verdict " + (accepted ? "accepted" : "rejected"), id: "verdict", text: run.verdict }),
    el("div", { class: "muted", text: `${run.passed} / ${run.total} test cases passed` })];
  if (accepted && run.mode === "submit") {
    parts.push(el("div", { id: "runtime", text: `Runtime ${run.runtime_ms} ms, beats ${run.percentile.toFixed(1)}% · Memory ${(run.memory_kb / 1024).toFixed(1)} MB` }));
  }
  if (run.compile_output) parts.push(el("div", { class: "label", text: "Compiler" }), el("pre", { text: run.compile_output }));
  if (run.message) parts.push(el("div", { class: "label", text: "Message" }), el("pre", { text: run.message }));
  const failed = run.failed_test;
  if (failed && failed.input && run.mode === "submit") {
    parts.push(el("div", { class: "label", text: "Input" }), long(failed.input, { id: "failed-input" }),
      el("div", { class: "side" },
        el("div", {}, el("div", { class: "label", text: "Output" }), long(failed.actual || "–", { id: "failed-actual" })),
        el("div", {}, el("div", { class: "label", text: "Expected" }), long(failed.expected, { id: "failed-expected" }))));
    if (failed.stdout) parts.push(el("div", { class: "label", text: "Stdout" }), long(failed.stdout, { id: "failed-stdout" }));
  }
  for (const [index, output] of (run.outputs || []).entries()) {
    parts.push(el("div", { class: "label", text: `Case ${index + 1} ${output.passed ? "✓" : "✗"}` }),
      long(`Input:${shown(output.input)}`, {}),
      el("div", { class: "side" },
        el("div", {}, el("div", { class: "label", text: "Output" }), long(output.actual || "–", { class: "case-output" })),
        el("div", {}, el("div", { class: "label", text: "Expected (reference)" }), long(output.expected || "unknown", { class: "case-expected" }))));
    if (output.stdout) parts.push(el("div", { class: "label", text: "Stdout" }), long(output.stdout, {}));
  }
  target.replaceChildren(...parts);
}

function remember(slug, entry, source) {
  const list = JSON.parse(localStorage.getItem(historyKey(slug)) || "[]").filter((e) => e.run_id !== entry.run_id);
  const previous = JSON.parse(localStorage.getItem(historyKey(slug)) || "[]").find((e) => e.run_id === entry.run_id);
  list.unshift({ ...previous, ...entry });
  localStorage.setItem(historyKey(slug), JSON.stringify(list.slice(0, 50)));
  if (source != null) localStorage.setItem(`cc:source:${entry.run_id}`, source);
}

function renderHistory(slug, list, result) {
  const entries = JSON.parse(localStorage.getItem(historyKey(slug)) || "[]");
  list.replaceChildren(...entries.map((e) => el("li", {
    onclick: async () => {
      const source = localStorage.getItem(`cc:source:${e.run_id}`);
      if (source != null && e.language === state.language) state.editor.setValue(source);
      showRun(await api(`/api/runs/${encodeURIComponent(e.run_id)}`), result);
    } }, `${new Date(e.at).toLocaleString()} · ${e.language} · ${e.verdict}`)));
  if (!entries.length) list.append(el("li", { class: "muted", text: "None yet from this browser." }));
}

// ---------------------------------------------------------------- navigation and keys

function navigate(event) {
  event.preventDefault();
  const href = event.currentTarget.getAttribute("href");
  history.pushState({}, "", href);
  route();
}

function route() {
  const match = location.pathname.match(/^\/q\/([^/]+)$/);
  if (match) showQuestion(decodeURIComponent(match[1]), null);
  else showList();
}

document.getElementById("home").addEventListener("click", navigate);
window.addEventListener("popstate", route);
document.addEventListener("keydown", (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key === "Enter" && state.judge && location.pathname.startsWith("/q/")) {
    event.preventDefault();
    state.judge(event.shiftKey ? "submit" : "run");
  }
});
route();
