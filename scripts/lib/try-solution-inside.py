"""scripts/try-solution's part inside the runner image: installs the runtime folder's languages over
/opt/clonecode, runs the language's setup.sh (and Java's before Scala's), then the job's compile and
run steps (argument arrays, as the runner runs them) in /work/box, the driver's report on
descriptor 3 going to /work/progress."""
import json
import os
import shutil
import subprocess
import sys

language = os.environ["LANGUAGE"]
order = ["java", language] if language in ("scala", "kotlin") else ["javascript", language] if language == "typescript" else [language]
for lang in order:
    src, dst = f"/runtime/{lang}", f"/opt/clonecode/{lang}"
    for name in os.listdir(src):
        if name in ("language.json", "templates", "stubs") or name.endswith("setup.sh"):
            continue
        path = os.path.join(src, name)
        if os.path.isdir(path):
            shutil.copytree(path, os.path.join(dst, name), dirs_exist_ok=True)
        else:
            shutil.copy(path, dst)
    if os.path.exists(f"{src}/setup.sh"):
        with open(f"{src}/language.json") as f:
            flags = {k: " ".join(v) for k, v in (json.load(f).get("flags") or {}).items()}
        done = subprocess.run(["sh", "-e", f"{src}/setup.sh"], env={**os.environ, **flags, "HOME": "/tmp"},
                              capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"try-solution: {lang}/setup.sh failed:\n{done.stdout}{done.stderr}")

with open("/work/job/job.json") as f:
    job = json.load(f)
box = "/work/box"
shutil.copytree("/work/job", box)
os.environ["HOME"] = "/tmp"
result = {}
if job["compile"]:
    done = subprocess.run(job["compile"], cwd=box, capture_output=True, timeout=120)
    result["compile"] = {"exit": done.returncode, "output": (done.stderr + done.stdout).decode(errors="replace")[-20000:]}
    if done.returncode != 0:
        json.dump(result, open("/work/result.json", "w"))
        sys.exit(0)
if job["program"]:
    # A program question: the program once per test, the test's input on standard input.
    outputs = []
    for test in job["tests"]:
        try:
            done = subprocess.run(job["run"], cwd=box, input=test["input"].encode(), capture_output=True, timeout=60)
            outputs.append({"exit": done.returncode, "stdout": done.stdout.decode(errors="replace"),
                            "stderr": done.stderr.decode(errors="replace")[-4000:]})
        except subprocess.TimeoutExpired:
            outputs.append({"exit": -1, "stdout": "", "stderr": "timed out after 60 s"})
    result["outputs"] = outputs
    json.dump(result, open("/work/result.json", "w"))
    sys.exit(0)
with open("/work/progress", "wb") as progress:
    os.set_inheritable(progress.fileno(), True)
    fd = progress.fileno()
    try:
        done = subprocess.run(job["run"], cwd=box, capture_output=True, timeout=120, pass_fds=(fd,),
                              preexec_fn=lambda: os.dup2(fd, 3))
        result["run"] = {"exit": done.returncode, "stderr": done.stderr.decode(errors="replace")[-20000:],
                         "stdout": done.stdout.decode(errors="replace")[-4000:]}
    except subprocess.TimeoutExpired:
        result["run"] = {"exit": -1, "stderr": "timed out after 120 s", "stdout": ""}
json.dump(result, open("/work/result.json", "w"))
