#!/usr/bin/env python3
"""Headless-Chromium check of sitegen serve's live reload: an article edit reloads the open page,
a stylesheet edit is swapped in without a reload, and a broken edit shows the error overlay.

usage: browser_reload.py SITEGEN_BINARY SITE_DIR SHARED_TOOLS_LIB
Prints 'N passed, M failed'; exit 1 on any failure.
"""
import re, subprocess, sys, time

binary, site, lib = sys.argv[1:4]
sys.path.insert(0, lib)
import sitegen_tools  # noqa: E402  (the shared tools' Chromium set-up)

results = []


def check(name, ok):
    results.append(ok)
    print(("ok   " if ok else "FAIL ") + name)


def wait_for(predicate, seconds=10):
    end = time.time() + seconds
    while time.time() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return False


server = subprocess.Popen([binary, "serve", "--source", site, "--port", "0"], stdout=subprocess.PIPE, text=True)
driver = None
try:
    port = int(re.search(r":(\d+)/", server.stdout.readline()).group(1))
    driver = sitegen_tools.chrome_driver()
    driver.get(f"http://127.0.0.1:{port}/news/a/")
    check("page loads", "First version" in driver.page_source)
    time.sleep(0.5)
    article = site + "/content/news/a.md"
    text = open(article).read()
    open(article, "w").write(text.replace("First version", "Second version"))
    check("an edit reloads the page", wait_for(lambda: "Second version" in driver.page_source))

    driver.execute_script("window.__sitegenMarker = 42;")
    css = site + "/templates/assets/style.css"
    open(css, "w").write("body { color: rgb(200, 0, 0); }\n")
    swapped = wait_for(lambda: driver.execute_script("return getComputedStyle(document.body).color") == "rgb(200, 0, 0)")
    check("a stylesheet edit is applied", swapped)
    check("without reloading the page", driver.execute_script("return window.__sitegenMarker") == 42)

    open(article, "w").write("---\ntitle: [broken\n---\n")
    check("a broken edit shows the overlay", wait_for(lambda: driver.execute_script(
        "const o=document.getElementById('sitegen-overlay');return o?o.textContent:''").find("malformed YAML") >= 0))
    open(article, "w").write(text.replace("First version", "Third version"))
    check("fixing it clears the overlay and reloads", wait_for(lambda: "Third version" in driver.page_source
                                                              and driver.execute_script("return document.getElementById('sitegen-overlay') === null")))
finally:
    if driver:
        driver.quit()
    server.terminate()
    server.wait()

passed = sum(results)
print(f"{passed} passed, {len(results) - passed} failed")
sys.exit(0 if passed == len(results) else 1)
