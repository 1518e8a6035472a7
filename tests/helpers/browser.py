"""Headless Chromium (Debian's ``chromium`` + ``chromedriver``) in a phone-sized viewport.

Installed by ``.ci/test`` (``packaging/ensure-system.sh chromium:chromium
chromium-driver:chromedriver``); browser builds cannot be downloaded here, and selenium
is given the driver's path so it never tries to.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

PHONE = (390, 844)
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)


def phone_browser(profile: Path) -> webdriver.Chrome:
    """A fresh headless Chromium with its own profile, the size of a 390×844 phone."""
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    assert binary and driver, "install Debian's chromium and chromium-driver (.ci/test does)"
    options = Options()
    options.binary_location = binary
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={PHONE[0]},{PHONE[1]}")
    options.add_experimental_option(
        "mobileEmulation",
        {"deviceMetrics": {"width": PHONE[0], "height": PHONE[1], "pixelRatio": 2.0}},
    )
    browser = webdriver.Chrome(options=options, service=Service(driver))
    browser.set_page_load_timeout(30)
    browser.set_script_timeout(30)
    return browser
