"""Fixtures for the portal's browser tests: a Tribunal server with the demo court, and headless Chromium."""
import os
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("TRIBUNAL_BINARY", os.path.join(ROOT, ".build", "debug", "tribunal"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server():
    """Serves a fresh database with the demo court on a free loopback port, and stops it after: a new
    SQLite file, or the empty PostgreSQL database TRIBUNAL_BROWSER_DATABASE names."""
    workdir = tempfile.mkdtemp(prefix="tribunal-browser-")
    database = os.environ.get("TRIBUNAL_BROWSER_DATABASE") or os.path.join(workdir, "browser.sqlite")
    port = free_port()
    log = open(os.path.join(workdir, "server.log"), "w")
    process = subprocess.Popen(
        [BINARY, "serve", "--database", database, "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            urllib.request.urlopen(base + "/api/v1/health", timeout=1)
            break
        except Exception:
            if process.poll() is not None:
                raise RuntimeError("the server stopped; see " + log.name)
            time.sleep(0.5)
    else:
        process.terminate()
        raise RuntimeError("the server did not start in time")
    yield base
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600", "--lang=zh-CN"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()
