// The CloneCode page. Every text that comes from the server or the user is put into the page with
// textContent (never innerHTML), so a statement or a program's output cannot inject markup.
"use strict";

const app = document.getElementById("app");
const state = { questions: [], editor: null, question: null, language: null, source: null, user: null };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
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
  if (!response.ok) {
    // 401: the session is gone (signed out elsewhere, expired): the header says so.
    if (response.status === 401 && state.user) { state.user = null; renderAccount(); }
    throw Object.assign(new Error(body.error || response.statusText), { status: response.status });
  }
  return body;
}

/** POSTs `body` as JSON (the only kind of POST the server takes). */
function post(path, body) {
  return api(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body || {}) });
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

// ---------------------------------------------------------------- accounts

const usernamePattern = /^[a-z][a-z0-9_-]{2,31}$/;
const usernameRule = "A username is 3 to 32 of a-z, 0-9, _ and -, starting with a letter.";

/** Who is signed in, as the server says (the session cookie itself is out of the page's reach). */
async function loadMe() {
  try {
    state.user = await api("/api/me");
  } catch {
    state.user = null;
  }
  renderAccount();
}

function renderAccount() {
  const nav = document.getElementById("account");
  if (state.user) {
    nav.replaceChildren(
      el("a", { href: "/submissions", id: "my-submissions", onclick: navigate, text: "My submissions" }),
      el("a", { href: "/u/" + encodeURIComponent(state.user.username), id: "whoami", onclick: navigate, title: "Your profile", text: state.user.username }),
      el("button", { type: "button", id: "signout", text: "Sign out", onclick: () => signOut(false) }));
  } else {
    nav.replaceChildren(el("span", { class: "muted", id: "signed-out", text: "Not signed in" }),
      el("button", { type: "button", id: "signin-open", text: "Sign in", onclick: openSignIn }));
  }
}

function openSignIn() {
  document.getElementById("auth")?.remove();
  const username = el("input", { id: "auth-username", name: "username", autocomplete: "username", required: "", maxlength: "32",
    autocapitalize: "none", spellcheck: "false" });
  const password = el("input", { id: "auth-password", name: "password", type: "password", autocomplete: "current-password", required: "" });
  const error = el("p", { class: "error", id: "auth-error", role: "alert" });
  const buttons = [];
  const dialog = el("dialog", { id: "auth", class: "auth" });
  const go = async (kind) => {
    error.textContent = "";
    if (!usernamePattern.test(username.value)) { error.textContent = usernameRule; return; }
    if (kind === "signup" && password.value.length < 8) { error.textContent = "A password is at least 8 characters."; return; }
    for (const button of buttons) button.disabled = true;
    try {
      state.user = await post(`/api/${kind}`, { username: username.value, password: password.value });
      dialog.close();
      dialog.remove();
      renderAccount();
      route();
    } catch (failure) {
      error.textContent = failure.message;
    } finally {
      for (const button of buttons) button.disabled = false;
    }
  };
  buttons.push(el("button", { type: "submit", class: "primary", id: "auth-signin", text: "Sign in" }),
    el("button", { type: "button", id: "auth-signup", text: "Sign up", onclick: () => go("signup") }),
    el("button", { type: "button", id: "auth-cancel", text: "Cancel", onclick: () => { dialog.close(); dialog.remove(); } }));
  const form = el("form", { id: "auth-form", novalidate: "" },
    el("h2", { text: "Sign in or sign up" }),
    el("label", {}, "Username", username),
    el("label", {}, "Password", password),
    el("p", { class: "muted", text: usernameRule + " A password is at least 8 characters." }),
    error,
    el("div", { class: "toolbar" }, ...buttons));
  form.addEventListener("submit", (event) => { event.preventDefault(); go("signin"); });
  dialog.append(form);
  document.body.append(dialog);
  dialog.showModal();
  username.focus();
}

/** Ends this session, or with `everywhere` every session of the account. */
async function signOut(everywhere) {
  try {
    await post("/api/signout", { everywhere: everywhere === true });
  } catch (error) {
    alert("Cannot sign out: " + error.message);
    return;
  }
  state.user = null;
  renderAccount();
  route();
}

/** A run's source back in the editor, for its question and language, with its result beside it. */
async function reopen(runID) {
  const [run, { source }] = await Promise.all([api(`/api/runs/${encodeURIComponent(runID)}`),
    api(`/api/runs/${encodeURIComponent(runID)}/source`)]);
  if (!state.editor || !location.pathname.startsWith("/q/") || state.question?.question.slug !== run.question || state.language !== run.language) {
    history.pushState({}, "", "/q/" + encodeURIComponent(run.question));
    await showQuestion(run.question, run.language);
  }
  state.editor.setValue(source);
  showRun(run, document.getElementById("result"));
}

const verdictOf = (run) => run.verdict || run.status;
const when = (ms) => new Date(ms).toLocaleString();

// ---------------------------------------------------------------- my submissions

async function showSubmissions() {
  document.title = "My submissions – CloneCode";
  if (!state.user) {
    app.replaceChildren(el("p", {}, "Sign in to see your submissions. ",
      el("button", { type: "button", text: "Sign in", onclick: openSignIn })));
    return;
  }
  const limit = 20;
  const offset = Math.max(0, parseInt(new URLSearchParams(location.search).get("offset") || "0", 10) || 0);
  app.replaceChildren(el("p", { class: "muted", text: "Loading your submissions…" }));
  let page;
  try {
    if (!state.questions.length) state.questions = await api("/api/questions");
    page = await api(`/api/submissions?offset=${offset}&limit=${limit}`);
  } catch (error) {
    app.replaceChildren(el("p", { class: "error", text: "Cannot load your submissions: " + error.message }));
    return;
  }
  const titles = new Map(state.questions.map((q) => [q.slug, `${q.number}. ${q.title}`]));
  const rows = page.runs.map((run) => {
    const accepted = run.verdict === "Accepted";
    const judged = run.status === "Finished";
    return el("tr", { class: "submission", "data-run": run.run_id, tabindex: "0", title: "Open this submission",
      onclick: () => reopen(run.run_id).catch((error) => alert(error.message)),
      onkeydown: (event) => { if (event.key === "Enter") reopen(run.run_id).catch((error) => alert(error.message)); } },
      el("td", { text: titles.get(run.question) || run.question }),
      el("td", { class: judged ? (accepted ? "accepted" : "rejected") : "", text: verdictOf(run) + (run.mode === "submit" ? "" : " (run)") }),
      el("td", { text: run.language }),
      el("td", { text: judged && accepted ? `${run.runtime_ms} ms` : "–" }),
      el("td", { text: judged && accepted ? `${(run.memory_kb / 1024).toFixed(1)} MB` : "–" }),
      el("td", { text: when(run.created_at_ms) }));
  });
  const go = (to) => { history.pushState({}, "", to ? `/submissions?offset=${to}` : "/submissions"); route(); };
  app.replaceChildren(el("h1", { class: "page-title", text: "My submissions" }),
    rows.length
      ? el("table", { class: "list", id: "submissions" }, el("thead", {}, el("tr", {}, ...["Question", "Verdict", "Language", "Runtime", "Memory", "Submitted"]
        .map((name) => el("th", { text: name })))), el("tbody", {}, ...rows))
      : el("p", { class: "muted", text: offset ? "No older submissions." : "No submissions yet." }),
    el("div", { class: "pager" },
      el("button", { type: "button", id: "newer", text: "← Newer", disabled: offset ? null : "", onclick: () => go(Math.max(0, offset - limit)) }),
      el("span", { class: "muted", text: rows.length ? `${offset + 1}–${offset + rows.length}` : "" }),
      el("button", { type: "button", id: "older", text: "Older →", disabled: page.more ? null : "", onclick: () => go(offset + limit) })));
}

// ---------------------------------------------------------------- a profile

async function showProfile(name) {
  document.title = `${name} – CloneCode`;
  app.replaceChildren(el("p", { class: "muted", text: "Loading…" }));
  let profile;
  try {
    if (!state.questions.length) state.questions = await api("/api/questions");
    profile = await api("/api/profile/" + encodeURIComponent(name));
  } catch (error) {
    app.replaceChildren(el("p", { class: "error", text: error.message }));
    return;
  }
  const solved = new Map(profile.solved.map((c) => [c.name, c.count]));
  const rate = profile.submitted ? (100 * profile.accepted / profile.submitted).toFixed(1) + "%" : "–";
  const difficulties = ["easy", "medium", "hard"].map((level) => {
    const total = state.questions.filter((q) => q.difficulty === level).length;
    return el("li", { id: `solved-${level}` }, el("span", { class: level, text: level[0].toUpperCase() + level.slice(1) }),
      ` ${solved.get(level) || 0} / ${total}`);
  });
  const own = state.user && state.user.username === profile.account.username;
  const panel = el("section", { class: "panel profile", id: "profile" },
    el("h1", { id: "profile-name", text: profile.account.username }),
    el("p", { class: "muted", text: (profile.account.role === "ADMIN" ? "Admin · " : "") + "Joined " + new Date(profile.account.created_at_ms).toLocaleDateString() }),
    el("div", { class: "stats" },
      el("div", {}, el("div", { class: "label", text: "Solved" }),
        el("div", { class: "big", id: "solved-total", text: String([...solved.values()].reduce((a, b) => a + b, 0)) }),
        el("ul", { class: "plain" }, ...difficulties)),
      el("div", {}, el("div", { class: "label", text: "Acceptance" }), el("div", { class: "big", id: "acceptance", text: rate }),
        el("div", { class: "muted", id: "acceptance-counts", text: `${profile.accepted} of ${profile.submitted} submissions accepted · ${profile.attempted} attempted, not solved` })),
      el("div", {}, el("div", { class: "label", text: "Submissions by language" }),
        profile.languages.length
          ? el("ul", { class: "plain", id: "languages" }, ...profile.languages.map((c) => el("li", { text: `${c.name}: ${c.count}` })))
          : el("p", { class: "muted", id: "languages", text: "None yet." }))));
  app.replaceChildren(panel);
  if (own) {
    panel.append(passwordForm(), el("p", {}, el("button", { type: "button", id: "signout-everywhere", text: "Sign out everywhere",
      title: "End every session of this account, in every browser", onclick: () => signOut(true) })));
  }
}

function passwordForm() {
  const old = el("input", { type: "password", id: "old-password", autocomplete: "current-password" });
  const fresh = el("input", { type: "password", id: "new-password", autocomplete: "new-password" });
  const message = el("p", { id: "password-message", role: "status" });
  const form = el("form", { class: "password", id: "password-form" },
    el("h3", { text: "Change the password" }),
    el("label", {}, "Current password", old), el("label", {}, "New password", fresh),
    el("button", { type: "submit", text: "Change the password" }), message);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    message.className = "";
    try {
      await post("/api/password", { old_password: old.value, new_password: fresh.value });
      old.value = fresh.value = "";
      message.textContent = "Changed. Your other sessions are signed out.";
    } catch (error) {
      message.className = "error";
      message.textContent = error.message;
    }
  });
  return form;
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
      .map((q) => el("tr", { "data-progress": q.progress || "" },
        el("td", { class: "progress " + (q.progress || ""), title: { solved: "Solved", attempted: "Attempted" }[q.progress] || "",
          text: { solved: "✓", attempted: "•" }[q.progress] || "" }),
        el("td", { text: String(q.number) }),
        el("td", {}, el("a", { href: "/q/" + encodeURIComponent(q.slug), "data-slug": q.slug, onclick: navigate }, q.title)),
        el("td", { class: q.difficulty, text: q.difficulty[0].toUpperCase() + q.difficulty.slice(1) }),
        el("td", {}, ...q.tags.map((t) => el("span", { class: "tag", text: t }))),
        el("td", { text: q.submitted ? (100 * q.accepted / q.submitted).toFixed(1) + "%" : "–" }))));
  };
  for (const control of [search, difficulty, tag]) for (const kind of ["input", "change"]) control.addEventListener(kind, render);
  render();
  app.replaceChildren(el("div", { class: "filters" }, search, difficulty, tag, count),
    el("table", { class: "list" }, el("thead", {}, el("tr", {}, el("th", { class: "progress", "aria-label": "Status" }), el("th", { text: "#" }), el("th", { text: "Title" }),
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
  // Signed in, with an accepted run of this question: its code is a click away.
  const lastAccepted = state.user && detail.last_accepted_run
    ? el("div", { class: "toolbar" }, el("button", { type: "button", id: "load-accepted", text: "Load my last accepted solution",
      onclick: () => reopen(detail.last_accepted_run).catch((error) => result.replaceChildren(el("p", { class: "error", text: error.message }))) }))
    : null;
  const right = el("section", { class: "panel" },
    el("div", { class: "toolbar" }, picker, toolchain, el("span", { class: "grow" }), runButton, submitButton),
    lastAccepted,
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
      result.replaceChildren(el("p", { class: "error", id: "judge-error", text: error.message }));
      if (error.status === 401) result.append(el("button", { type: "button", text: "Sign in", onclick: openSignIn }));
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

async function renderHistory(slug, list, result) {
  if (state.user) {
    // Signed in: the account's submissions of this question, wherever they were made.
    let page;
    try {
      page = await api(`/api/submissions?question=${encodeURIComponent(slug)}&limit=20`);
    } catch (error) {
      list.replaceChildren(el("li", { class: "error", text: error.message }));
      return;
    }
    const runs = page.runs.filter((run) => run.mode === "submit");
    list.replaceChildren(...runs.map((run) => el("li", { "data-run": run.run_id,
      onclick: () => reopen(run.run_id).catch((error) => result.replaceChildren(el("p", { class: "error", text: error.message }))) },
    `${when(run.created_at_ms)} · ${run.language} · ${verdictOf(run)}`)));
    if (!runs.length) list.append(el("li", { class: "muted", text: "None yet." }));
    return;
  }
  const entries = JSON.parse(localStorage.getItem(historyKey(slug)) || "[]");
  list.replaceChildren(...entries.map((e) => el("li", {
    onclick: async () => {
      const source = localStorage.getItem(`cc:source:${e.run_id}`);
      if (source != null && e.language === state.language) state.editor.setValue(source);
      showRun(await api(`/api/runs/${encodeURIComponent(e.run_id)}`), result);
    } }, `${new Date(e.at).toLocaleString()} · ${e.language} · ${e.verdict}`)));
  if (!entries.length) list.append(el("li", { class: "muted", text: "None yet from this browser. Sign in to keep your submissions." }));
}

// ---------------------------------------------------------------- navigation and keys

function navigate(event) {
  event.preventDefault();
  const href = event.currentTarget.getAttribute("href");
  history.pushState({}, "", href);
  route();
}

function route() {
  const question = location.pathname.match(/^\/q\/([^/]+)$/);
  const profile = location.pathname.match(/^\/u\/([^/]+)$/);
  if (question) showQuestion(decodeURIComponent(question[1]), null);
  else if (profile) showProfile(decodeURIComponent(profile[1]));
  else if (location.pathname === "/profile" && state.user) showProfile(state.user.username);
  else if (location.pathname === "/submissions") showSubmissions();
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
loadMe().then(route);
