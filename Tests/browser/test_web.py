#!/usr/bin/python3
"""Browser tests of clonecode-web with Debian's chromium, chromium-driver and python3-selenium.

Usage: test_web.py BASE_URL OUTPUT_DIR
The fleet must be up with the bank loaded and a question `xss-probe` whose statement carries
script and onerror payloads. Screenshots of each state go to OUTPUT_DIR. Prints `N passed, N failed`.
"""

import json
import os
import sys
import time
import traceback
import urllib.error
import urllib.request

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE, OUT = sys.argv[1].rstrip("/"), sys.argv[2]
os.makedirs(OUT, exist_ok=True)

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
