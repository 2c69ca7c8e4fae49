#!/usr/bin/python3
"""Browser tests of clonecode-web with Debian's chromium, chromium-driver and python3-selenium.

Usage: test_web.py BASE_URL OUTPUT_DIR
The fleet must be up with the bank loaded and a question `xss-probe` whose statement carries
script and onerror payloads, its API refusing submissions from people not signed in (the default).
Screenshots of each state go to OUTPUT_DIR. Prints `N passed, N failed`.
"""

import json
import os
import sys
import time
import traceback
import urllib.error
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE, OUT = sys.argv[1].rstrip("/"), sys.argv[2]
os.makedirs(OUT, exist_ok=True)
# Two accounts of this run: A signs up in the page, B through the JSON API.
SUFFIX = str(int(time.time() * 1000))[-7:]
USER_A, USER_B = "ada" + SUFFIX, "bob" + SUFFIX
PASSWORD_A, PASSWORD_B = "correct horse battery", "another staple 42"

CORRECT = """class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, v in enumerate(nums):
            if target - v in seen:
                return [seen[target - v], i]
            seen[v] = i
"""
WRONG = """class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        print("looking at", nums)
        return [0, 0]
"""
PRINTS_HTML = """class Solution:
    def twoSum(self, nums, target):
        print('<img src=x onerror="window.__xss=3"><script>window.__xss=4</script>')
        return [0, 0]
"""


def make_driver(width=1280, height=900):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--window-size={width},{height}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


driver = make_driver()
wait = WebDriverWait(driver, 30)
results = []


def test(function):
    name = function.__name__
    try:
        function()
        results.append((name, None))
        print(f"ok   {name}", flush=True)
    except Exception:
        results.append((name, traceback.format_exc()))
        print(f"FAIL {name}\n{traceback.format_exc()}", flush=True)
        driver.save_screenshot(os.path.join(OUT, f"failed-{name}.png"))
    return function


def shot(name):
    driver.save_screenshot(os.path.join(OUT, name))


def set_code(source):
    driver.execute_script("window.ccEditor.setValue(arguments[0])", source)


def verdict_text():
    wait.until(lambda d: d.find_elements(By.ID, "verdict"))
    return driver.find_element(By.ID, "verdict").text


def open_two_sum():
    driver.get(BASE + "/")
    link = wait.until(lambda d: d.find_element(By.CSS_SELECTOR, 'a[data-slug="two-sum"]'))
    link.click()
    wait.until(lambda d: d.execute_script("return !!window.ccEditor"))


def editor_text(d):
    return d.execute_script("return window.ccEditor ? window.ccEditor.getValue() : ''")


def page_fetch_status(d, path):
    """The status of a GET the page itself makes (with its cookie)."""
    return d.execute_async_script(
        "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then((r) => done(r.status), (e) => done(String(e)));", path)


def sign_in_page(d, username, password, kind="signin"):
    """Signs in (or up, kind="signup") through the page's dialog; waits for the header to name the account."""
    WebDriverWait(d, 30).until(lambda d: d.find_elements(By.ID, "signin-open"))[0].click()
    d.find_element(By.ID, "auth-username").send_keys(username)
    d.find_element(By.ID, "auth-password").send_keys(password)
    d.find_element(By.ID, "auth-signup" if kind == "signup" else "auth-signin").click()
    WebDriverWait(d, 30).until(lambda d: d.find_elements(By.ID, "whoami") and d.find_element(By.ID, "whoami").text == username)


def call(method, path, body=None, cookie=None, headers=None, raw=None):
    """One request to the gateway: (status, headers, parsed JSON body)."""
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(BASE + path, data=data, method=method)
    if data is not None and raw is None:
        request.add_header("Content-Type", "application/json")
    if cookie:
        request.add_header("Cookie", cookie)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.headers, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, json.loads(error.read() or b"null")


def session_cookie(headers):
    """The `cc_session=...` pair a Set-Cookie sets, and the cookie's attributes."""
    values = headers.get_all("Set-Cookie") or []
    assert len(values) == 1, values
    pair = values[0].split(";")[0]
    assert pair.startswith("cc_session="), values
    return pair, values[0]


@test
def the_list_shows_questions_and_filters_them():
    driver.get(BASE + "/")
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "table.list tbody tr")) >= 20)
    shot("01-list.png")
    Select(driver.find_element(By.ID, "difficulty")).select_by_value("hard")
    rows = driver.find_elements(By.CSS_SELECTOR, "table.list tbody tr")
    assert rows and all("Hard" in r.text for r in rows), [r.text for r in rows]
    Select(driver.find_element(By.ID, "difficulty")).select_by_value("")
    driver.find_element(By.ID, "search").send_keys("roman")
    titles = [r.find_element(By.TAG_NAME, "a").text for r in driver.find_elements(By.CSS_SELECTOR, "table.list tbody tr")]
    assert titles == ["Integer to Roman", "Roman to Integer"], titles
    total = len(driver.execute_script("return state.questions"))
    assert driver.find_element(By.ID, "count").text == f"2 of {total} questions"
    driver.find_element(By.ID, "search").clear()
    driver.find_element(By.ID, "search").send_keys("7")  # LeetCode's number
    titles = [r.find_element(By.TAG_NAME, "a").text for r in driver.find_elements(By.CSS_SELECTOR, "table.list tbody tr")]
    assert titles == ["Reverse Integer"], titles
    driver.find_element(By.ID, "search").clear()
    Select(driver.find_element(By.ID, "tag")).select_by_value("linked-list")
    titles = [r.find_element(By.TAG_NAME, "a").text for r in driver.find_elements(By.CSS_SELECTOR, "table.list tbody tr")]
    assert "Add Two Numbers" in titles and "Two Sum" not in titles, titles


@test
def a_question_shows_its_statement_examples_and_stub():
    open_two_sum()
    page = driver.find_element(By.ID, "app").text
    assert "1. Two Sum" in page and "Example 1" in page and "nums = [3,8,12,5], target = 17" in page
    assert "def twoSum(self, nums: List[int], target: int) -> List[int]:" in driver.execute_script("return window.ccEditor.getValue()")
    options = [o.get_attribute("value") for o in Select(driver.find_element(By.ID, "language")).options]
    assert options[:2] == ["python3", "cpp"], options
    # The picker names each language as people read it, and says which toolchain judges it.
    names = [o.text for o in Select(driver.find_element(By.ID, "language")).options]
    assert names[:2] == ["Python 3", "C++"], names
    assert "CPython 3." in driver.find_element(By.ID, "toolchain").text
    shot("02-question.png")


@test
def not_signed_in_browsing_works_and_submit_says_sign_in():
    open_two_sum()
    assert driver.find_element(By.ID, "signin-open").is_displayed()
    set_code(CORRECT)
    driver.find_element(By.ID, "submit").click()
    wait.until(lambda d: d.find_elements(By.ID, "judge-error"))
    assert "sign in to" in driver.find_element(By.ID, "judge-error").text, driver.find_element(By.ID, "judge-error").text
    assert page_fetch_status(driver, "/api/me") == 401


@test
def signing_up_out_and_in_keeps_the_session_in_a_cookie_the_page_cannot_read():
    driver.get(BASE + "/")
    sign_in_page(driver, USER_A, PASSWORD_A, kind="signup")
    shot("08-signed-up.png")
    cookie = driver.get_cookie("cc_session")
    assert cookie and cookie["httpOnly"] and cookie.get("sameSite") == "Strict" and cookie["path"] == "/", cookie
    assert "cc_session" not in driver.execute_script("return document.cookie")
    assert page_fetch_status(driver, "/api/me") == 200
    driver.find_element(By.ID, "signout").click()
    wait.until(lambda d: d.find_elements(By.ID, "signin-open"))
    assert driver.get_cookie("cc_session") is None
    assert page_fetch_status(driver, "/api/me") == 401
    # A wrong password is refused and says so.
    driver.find_element(By.ID, "signin-open").click()
    driver.find_element(By.ID, "auth-username").send_keys(USER_A)
    driver.find_element(By.ID, "auth-password").send_keys("not the password")
    driver.find_element(By.ID, "auth-signin").click()
    wait.until(lambda d: d.find_element(By.ID, "auth-error").text)
    driver.find_element(By.ID, "auth-cancel").click()
    sign_in_page(driver, USER_A, PASSWORD_A)
    assert driver.get_cookie("cc_session")["httpOnly"]


@test
def a_correct_solution_submitted_with_the_keyboard_is_accepted():
    open_two_sum()
    set_code(CORRECT)
    driver.find_element(By.CSS_SELECTOR, ".CodeMirror textarea").send_keys(Keys.CONTROL, Keys.SHIFT, Keys.ENTER)
    wait.until(lambda d: verdict_text() == "Accepted")
    runtime = driver.find_element(By.ID, "runtime").text
    assert "Runtime" in runtime and "beats" in runtime and "Memory" in runtime, runtime
    shot("03-accepted.png")


CPP_CORRECT = """class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        unordered_map<int, int> seen;
        for (int i = 0; i < (int)nums.size(); i++) {
            auto it = seen.find(target - nums[i]);
            if (it != seen.end()) return {it->second, i};
            seen[nums[i]] = i;
        }
        return {};
    }
};
"""


@test
def picking_cpp_loads_its_stub_and_a_cpp_solution_is_accepted():
    open_two_sum()
    Select(driver.find_element(By.ID, "language")).select_by_value("cpp")
    wait.until(lambda d: "vector<int> twoSum(vector<int>& nums, int target)" in d.execute_script("return window.ccEditor ? window.ccEditor.getValue() : ''"))
    assert "Clang 19" in driver.find_element(By.ID, "toolchain").text
    set_code(CPP_CORRECT)
    driver.find_element(By.ID, "submit").click()
    wait.until(lambda d: verdict_text() == "Accepted")
    shot("03b-accepted-cpp.png")
    # Back to python3: its own code comes back from this browser's storage.
    Select(driver.find_element(By.ID, "language")).select_by_value("python3")
    wait.until(lambda d: "def twoSum" in d.execute_script("return window.ccEditor ? window.ccEditor.getValue() : ''"))


@test
def a_wrong_answer_shows_the_failing_input_expected_output_and_stdout():
    open_two_sum()
    set_code(WRONG)
    driver.find_element(By.ID, "submit").click()
    wait.until(lambda d: verdict_text() == "Wrong Answer")
    assert driver.find_element(By.ID, "failed-input").text == "nums = [3,8,12,5], target = 17"
    assert driver.find_element(By.ID, "failed-expected").text == "[2,3]"
    assert driver.find_element(By.ID, "failed-actual").text == "[0,0]"
    assert "looking at [3, 8, 12, 5]" in driver.find_element(By.ID, "failed-stdout").text
    shot("04-wrong-answer.png")


@test
def run_on_a_custom_input_shows_outputs_beside_the_reference():
    open_two_sum()
    set_code(CORRECT)
    driver.find_element(By.ID, "use-custom").click()
    driver.find_element(By.ID, "custom-input").send_keys("[[1,2,3],5]")
    driver.find_element(By.CSS_SELECTOR, ".CodeMirror textarea").send_keys(Keys.CONTROL, Keys.ENTER)
    wait.until(lambda d: d.find_elements(By.CLASS_NAME, "case-output"))
    assert [e.text for e in driver.find_elements(By.CLASS_NAME, "case-output")] == ["[1,2]"]
    assert [e.text for e in driver.find_elements(By.CLASS_NAME, "case-expected")] == ["[1,2]"]
    shot("05-run-custom-input.png")


@test
def submissions_and_code_are_kept_in_this_browser():
    open_two_sum()
    wait.until(lambda d: any("Accepted" in li.text for li in d.find_elements(By.CSS_SELECTOR, "#history li")))
    entries = [li.text for li in driver.find_elements(By.CSS_SELECTOR, "#history li")]
    assert len(entries) >= 2 and any("Accepted" in e for e in entries) and any("Wrong Answer" in e for e in entries), entries
    assert "return [seen[target - v], i]" in driver.execute_script("return window.ccEditor.getValue()")
    driver.find_elements(By.CSS_SELECTOR, "#history li")[0].click()
    wait.until(lambda d: verdict_text() in ("Accepted", "Wrong Answer"))


@test
def statements_and_outputs_are_shown_as_text_never_as_markup():
    driver.get(BASE + "/q/xss-probe")
    wait.until(lambda d: d.execute_script("return !!window.ccEditor"))
    statement = driver.find_element(By.CLASS_NAME, "statement")
    assert "<script>" in statement.text and "onerror" in statement.text, statement.text
    assert not statement.find_elements(By.TAG_NAME, "img") and not statement.find_elements(By.TAG_NAME, "script")
    set_code(PRINTS_HTML)
    driver.find_element(By.ID, "submit").click()
    wait.until(lambda d: verdict_text() == "Wrong Answer")
    assert "<img src=x" in driver.find_element(By.ID, "failed-stdout").text
    assert not driver.find_elements(By.CSS_SELECTOR, "#result img")
    assert driver.execute_script("return window.__xss === undefined"), "a payload ran"
    shot("06-xss-as-text.png")


@test
def the_page_is_readable_on_a_narrow_screen():
    driver.set_window_size(420, 900)
    open_two_sum()
    columns = driver.execute_script("return getComputedStyle(document.querySelector('.split')).gridTemplateColumns.split(' ').length")
    assert columns == 1, columns
    shot("07-narrow.png")
    driver.set_window_size(1280, 900)


@test
def the_list_marks_progress_and_a_question_offers_the_last_accepted_code():
    driver.get(BASE + "/")
    row = wait.until(lambda d: d.find_element(By.XPATH, '//a[@data-slug="two-sum"]/ancestor::tr'))
    assert row.get_attribute("data-progress") == "solved", row.get_attribute("data-progress")
    assert row.find_element(By.CSS_SELECTOR, "td.progress").text == "✓"
    probe = driver.find_element(By.XPATH, '//a[@data-slug="xss-probe"]/ancestor::tr')
    assert probe.get_attribute("data-progress") == "attempted", probe.get_attribute("data-progress")
    other = driver.find_element(By.XPATH, '//a[@data-slug="reverse-integer"]/ancestor::tr')
    assert other.get_attribute("data-progress") == "" and other.find_element(By.CSS_SELECTOR, "td.progress").text == ""
    shot("09-list-progress.png")
    open_two_sum()
    set_code("# scratch")
    wait.until(lambda d: d.find_elements(By.ID, "load-accepted"))[0].click()
    wait.until(lambda d: "unordered_map" in editor_text(d) or "seen[target - v]" in editor_text(d))
    wait.until(lambda d: verdict_text() == "Accepted")


second = None


def shot_second(name):
    second.save_screenshot(os.path.join(OUT, name))


@test
def a_second_browser_signs_in_and_reopens_a_submission():
    global second
    second = make_driver()
    try:
        w = WebDriverWait(second, 30)
        second.get(BASE + "/")
        # A username with markup is refused by the page, and shown as text.
        w.until(lambda d: d.find_elements(By.ID, "signin-open"))[0].click()
        second.find_element(By.ID, "auth-username").send_keys('<img src=x onerror="window.__xss=5">')
        second.find_element(By.ID, "auth-password").send_keys(PASSWORD_A)
        second.find_element(By.ID, "auth-signup").click()
        w.until(lambda d: "A username is 3 to 32" in d.find_element(By.ID, "auth-error").text)
        assert not second.find_elements(By.CSS_SELECTOR, "#auth img") and second.execute_script("return window.__xss === undefined")
        second.find_element(By.ID, "auth-cancel").click()

        sign_in_page(second, USER_A, PASSWORD_A)
        second.find_element(By.ID, "my-submissions").click()
        w.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#submissions tbody tr"))
        rows = second.find_elements(By.CSS_SELECTOR, "#submissions tbody tr")
        texts = [r.text for r in rows]
        assert any("Two Sum" in t and "Accepted" in t and "cpp" in t for t in texts), texts
        assert any("XSS probe" in t and "Wrong Answer" in t for t in texts), texts
        shot_second("10-my-submissions.png")
        target = next(r for r in rows if "Two Sum" in r.text and "Wrong Answer" in r.text)
        target.click()
        w.until(lambda d: d.current_url.endswith("/q/two-sum"))
        w.until(lambda d: 'print("looking at", nums)' in editor_text(d))
        w.until(lambda d: d.find_elements(By.ID, "verdict") and d.find_element(By.ID, "verdict").text == "Wrong Answer")
        assert second.find_element(By.ID, "failed-expected").text == "[2,3]"
        shot_second("11-reopened.png")

        # The profile: solved by difficulty, submissions by language, the acceptance rate.
        second.find_element(By.ID, "whoami").click()
        w.until(lambda d: d.find_elements(By.ID, "acceptance"))
        assert second.find_element(By.ID, "profile-name").text == USER_A
        assert second.find_element(By.ID, "solved-easy").text.startswith("Easy 1 /"), second.find_element(By.ID, "solved-easy").text
        languages = second.find_element(By.ID, "languages").text
        assert "python3" in languages and "cpp" in languages, languages
        rate = second.find_element(By.ID, "acceptance").text
        assert rate.endswith("%") and 0 < float(rate[:-1]) < 100, rate
        shot_second("12-profile.png")

        # Signing out here ends this session only.
        second.find_element(By.ID, "signout").click()
        w.until(lambda d: d.find_elements(By.ID, "signin-open"))
        assert second.get_cookie("cc_session") is None
        assert page_fetch_status(second, "/api/me") == 401
        assert page_fetch_status(driver, "/api/me") == 200
    finally:
        second.quit()


@test
def a_cross_site_form_post_is_refused():
    form = b"username=" + USER_A.encode() + b"&password=x"
    for path in ("/api/signin", "/api/signout", "/api/submit", "/api/password"):
        status, _, body = call("POST", path, raw=form, headers={"Origin": "http://evil.example",
                                                               "Content-Type": "application/x-www-form-urlencoded"})
        assert status == 403 and body == {"code": "PERMISSION_DENIED", "error": "cross-site request refused"}, (path, status, body)
    # JSON is not enough from another origin or site.
    status, _, body = call("POST", "/api/signin", {"username": USER_A, "password": PASSWORD_A}, headers={"Origin": "http://evil.example"})
    assert status == 403, (status, body)
    status, headers, body = call("POST", "/api/signin", {"username": USER_A, "password": PASSWORD_A}, headers={"Sec-Fetch-Site": "cross-site"})
    assert status == 403 and not headers.get_all("Set-Cookie"), (status, body)


@test
def a_username_with_markup_is_refused():
    for name in ("<script>x</script>", '<img src=x onerror="1">', "Ada", "1ada", "ab", "a" * 33):
        status, headers, body = call("POST", "/api/signup", {"username": name, "password": PASSWORD_B})
        assert status == 400 and body["code"] == "INVALID_ARGUMENT" and not headers.get_all("Set-Cookie"), (name, status, body)
    status, _, body = call("GET", "/api/profile/" + urllib.parse.quote("<b>x</b>", safe=""))
    assert status in (400, 404), (status, body)


@test
def another_accounts_runs_are_not_found():
    status, headers, _ = call("POST", "/api/signin", {"username": USER_A, "password": PASSWORD_A})
    assert status == 200
    a, _ = session_cookie(headers)
    status, headers, _ = call("POST", "/api/signup", {"username": USER_B, "password": PASSWORD_B})
    assert status == 200
    b, _ = session_cookie(headers)
    status, _, page = call("GET", "/api/submissions?limit=3", cookie=a)
    assert status == 200 and len(page["runs"]) == 3 and page["more"] is True, page
    assert all(run["author"] == USER_A for run in page["runs"])
    status, _, older = call("GET", "/api/submissions?limit=3&offset=3", cookie=a)
    assert status == 200 and not {r["run_id"] for r in older["runs"]} & {r["run_id"] for r in page["runs"]}, older
    run_id = page["runs"][0]["run_id"]
    status, _, source = call("GET", f"/api/runs/{run_id}/source", cookie=a)
    assert status == 200 and source["source"], source
    for path in (f"/api/runs/{run_id}", f"/api/runs/{run_id}/source", f"/api/runs/{run_id}/events"):
        status, _, body = call("GET", path, cookie=b)
        assert status == 404 and body["code"] == "NOT_FOUND", (path, status, body)
        status, _, body = call("GET", path)
        assert status in (401, 404), (path, status, body)
    status, _, mine = call("GET", "/api/submissions", cookie=b)
    assert status == 200 and mine["runs"] == [] and mine["more"] is False, mine


@test
def the_session_cookie_is_http_only_and_strict_and_no_answer_carries_a_token():
    status, headers, signed_in = call("POST", "/api/signin", {"username": USER_B, "password": PASSWORD_B})
    assert status == 200 and signed_in == {"username": USER_B, "role": "user"}, signed_in
    pair, whole = session_cookie(headers)
    attributes = [part.strip() for part in whole.split(";")[1:]]
    assert "HttpOnly" in attributes and "SameSite=Strict" in attributes and "Path=/" in attributes, whole
    assert "Secure" not in attributes, "the page is served over plain HTTP here"
    max_age = next(int(a.split("=")[1]) for a in attributes if a.startswith("Max-Age="))
    assert max_age > 3600, whole
    token = pair.split("=", 1)[1]
    assert len(token) >= 20
    # Behind a TLS proxy the cookie is Secure.
    status, headers, _ = call("POST", "/api/signin", {"username": USER_B, "password": PASSWORD_B}, headers={"X-Forwarded-Proto": "https"})
    assert status == 200 and "Secure" in session_cookie(headers)[1], headers.get_all("Set-Cookie")

    answers = [signed_in]
    for path in ("/api/me", "/api/profile", "/api/profile/" + USER_A, "/api/submissions", "/api/questions", "/api/questions/two-sum"):
        status, _, body = call("GET", path, cookie=pair)
        assert status == 200, (path, status, body)
        answers.append(body)
    status, headers, changed = call("POST", "/api/password", {"old_password": PASSWORD_B, "new_password": PASSWORD_B + "!"}, cookie=pair)
    assert status == 200, (status, changed)
    renewed, _ = session_cookie(headers)
    answers.append(changed)
    for answer in answers:
        text = json.dumps(answer)
        assert token not in text and renewed.split("=", 1)[1] not in text, text[:300]
    # Signing out clears the cookie; the ended session is refused and its cookie cleared again.
    status, headers, _ = call("POST", "/api/signout", {}, cookie=renewed)
    assert status == 200 and "Max-Age=0" in session_cookie(headers)[1]
    status, headers, body = call("GET", "/api/me", cookie=renewed)
    assert status == 401 and "Max-Age=0" in session_cookie(headers)[1], (status, body)
    # Signing out everywhere ends the account's other sessions too.
    sessions = []
    for _ in range(2):
        status, headers, _ = call("POST", "/api/signin", {"username": USER_B, "password": PASSWORD_B + "!"})
        assert status == 200
        sessions.append(session_cookie(headers)[0])
    status, _, _ = call("POST", "/api/signout", {"everywhere": True}, cookie=sessions[0])
    assert status == 200 and call("GET", "/api/me", cookie=sessions[1])[0] == 401


@test
def the_page_forbids_inline_scripts_and_limits_requests():
    with urllib.request.urlopen(BASE + "/") as response:
        policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy, policy

    def post(body):
        request = urllib.request.Request(BASE + "/api/submit", data=body, headers={"Content-Type": "application/json"}, method="POST")
        try:
            with urllib.request.urlopen(request) as response:
                return response.status, json.load(response)
        except urllib.error.HTTPError as error:
            return error.code, json.load(error)

    status, body = post(b"x" * (300 * 1024))
    assert status == 413 and "over" in body["error"], (status, body)
    status, body = post(b"{not json")
    assert status in (400, 429), (status, body)
    statuses = [post(json.dumps({"slug": "two-sum", "language": "python3", "source": CORRECT}).encode()) for _ in range(15)]
    limited = [b for s, b in statuses if s == 429]
    assert limited and "too many submissions" in limited[0]["error"], statuses


driver.quit()
failed = [name for name, error in results if error]
print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
