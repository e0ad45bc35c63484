#!/usr/bin/env python3
"""Loads the portal in headless Chromium and drives it over the DevTools protocol (standard
library only: a minimal WebSocket client). Checks that the page loads with no console error,
no exception and no request other than the file itself, that every row is there, that the
search box and the province filter hide and show the right rows, and that sorting by a number
column and by the name orders the rows both ways. Saves a screenshot. Prints one line per check
and the load time; exits 1 on the first failed check.

Usage: scripts/browser-check.py PAGE.html [--rows N] [--screenshot FILE.png] [--chromium PATH]
"""
import argparse, base64, json, os, re, shutil, socket, struct, subprocess, sys, tempfile, time
import urllib.parse, urllib.request


class WebSocket:
    def __init__(self, url):
        parts = urllib.parse.urlparse(url)
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((
            f"GET {parts.path} HTTP/1.1\r\nHost: {parts.hostname}:{parts.port}\r\n"
            "Upgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        response = b""
        while b"\r\n\r\n" not in response:
            response += self.sock.recv(4096)
        head, self.buffer = response.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError("WebSocket handshake refused: " + head.decode(errors="replace"))

    def _read(self, count):
        while len(self.buffer) < count:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise RuntimeError("DevTools connection closed")
            self.buffer += chunk
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def send(self, text):
        data = text.encode()
        header = bytes([0x81])
        if len(data) < 126:
            header += bytes([0x80 | len(data)])
        elif len(data) < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", len(data))
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", len(data))
        mask = os.urandom(4)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def receive(self):
        message = b""
        while True:
            first, second = self._read(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._read(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._read(8))[0]
            payload = self._read(length)
            opcode = first & 0x0F
            if opcode == 0x8:
                raise RuntimeError("DevTools connection closed")
            if opcode in (0x9, 0xA):
                continue
            message += payload
            if first & 0x80:
                return message.decode()


class DevTools:
    def __init__(self, url):
        self.ws = WebSocket(url)
        self.next_id = 0
        self.events = []

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.receive())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method, timeout=60):
        deadline = time.time() + timeout
        for event in self.events:
            if event.get("method") == method:
                return event
        while time.time() < deadline:
            message = json.loads(self.ws.receive())
            self.events.append(message)
            if message.get("method") == method:
                return message
        raise RuntimeError(f"no {method} within {timeout} s")

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")


def find_chromium(given):
    for name in [given, "chromium", "chromium-browser", "google-chrome"]:
        if name and shutil.which(name):
            return shutil.which(name)
    return None


# Page-side helpers: visible rows, the cells of a column, a click on a heading's sort button.
HELPERS = """
window.__check = {
  rows: () => Array.from(document.querySelectorAll('#portal-table tbody tr')),
  visible: () => __check.rows().filter(r => !r.hidden),
  column: name => Array.from(document.querySelectorAll('#portal-table thead th')).findIndex(h => h.textContent.trim().replace(/ [▲▼]$/, '') === name),
  number: text => { const it = document.documentElement.lang === 'it';
    const n = parseFloat(it ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '')); return isNaN(n) ? null : n; },
  values: (index, numeric) => __check.visible().map(r => { const c = r.cells[index]; const v = c.dataset.v;
    if (!numeric) return v !== undefined ? v : c.textContent;
    return v !== undefined ? (v === '' ? null : Number(v)) : __check.number(c.textContent); }),
  sort: index => document.querySelectorAll('#portal-table thead th')[index].querySelector('button').click(),
  search: text => { const s = document.getElementById('portal-search'); s.value = text; s.dispatchEvent(new Event('input')); },
  province: value => { const p = document.getElementById('portal-province'); p.value = value; p.dispatchEvent(new Event('change')); },
};
true
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("page")
    parser.add_argument("--rows", type=int)
    parser.add_argument("--screenshot")
    parser.add_argument("--charts-screenshot", help="a screenshot of the provinces' charts too")
    parser.add_argument("--chromium")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=1000)
    options = parser.parse_args()
    chromium = find_chromium(options.chromium)
    if not chromium:
        print("chromium not found: install it (apt-get install chromium) or pass --chromium PATH")
        return 2
    page_url = "file://" + os.path.abspath(options.page)
    profile = tempfile.mkdtemp(prefix="nuvola-chromium-")
    browser = subprocess.Popen(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-extensions", "--remote-debugging-port=0", f"--user-data-dir={profile}",
         f"--window-size={options.width},{options.height}", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    failures = []

    def check(ok, what):
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            failures.append(what)

    try:
        port = None
        deadline = time.time() + 30
        while time.time() < deadline and port is None:
            line = browser.stderr.readline()
            found = re.search(r"DevTools listening on ws://[^:]+:(\d+)/", line)
            if found:
                port = int(found.group(1))
        if port is None:
            print("chromium did not open its DevTools port")
            return 2
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
        target = next(t for t in targets if t.get("type") == "page")
        tools = DevTools(target["webSocketDebuggerUrl"])
        for domain in ["Page", "Runtime", "Log", "Network"]:
            tools.call(domain + ".enable")
        tools.call("Emulation.setDeviceMetricsOverride", width=options.width, height=options.height,
                   deviceScaleFactor=1, mobile=False)
        start = time.time()
        tools.call("Page.navigate", url=page_url)
        tools.wait_for("Page.loadEventFired")
        wall = time.time() - start
        timing = tools.evaluate("performance.timing.loadEventEnd - performance.timing.navigationStart")
        print(f"load: {wall:.2f} s wall, {timing / 1000:.2f} s navigation to load event")
        check(wall < 2.0, "page loads in under 2 s")
        tools.evaluate(HELPERS)
        rows = tools.evaluate("__check.rows().length")
        check(rows > 0 and (options.rows is None or rows == options.rows),
              f"every row is in the page ({rows}" + (f", expected {options.rows})" if options.rows else ")"))
        check(tools.evaluate("!document.getElementById('portal-filter').hidden"), "the script shows the search form")
        check(tools.evaluate("document.querySelectorAll('#portal-table thead th button').length") >= 10,
              "the script turns the headings into sort buttons")

        # Search: a comune's code leaves its row (codes are unique), then clearing shows every row.
        code = tools.evaluate("__check.rows()[Math.floor(__check.rows().length / 2)].cells[0].textContent")
        tools.evaluate(f"__check.search({json.dumps(code)})")
        shown = tools.evaluate("__check.visible().map(r => r.cells[0].textContent)")
        check(shown == [code], f"searching {code} leaves its row only ({len(shown)} shown)")
        check(tools.evaluate("document.getElementById('portal-shown').textContent") == "1", "the count says 1")
        name = tools.evaluate("__check.rows()[0].cells[1].textContent")
        tools.evaluate(f"__check.search({json.dumps(name.upper())})")
        check(all(name.lower() in t.lower() for t in tools.evaluate("__check.visible().map(r => r.textContent)"))
              and tools.evaluate("__check.visible().length") >= 1, f"searching {name.upper()} ignores case")
        tools.evaluate("__check.search('')")
        check(tools.evaluate("__check.visible().length") == rows, "clearing the search shows every row")

        # Province: only that province's rows.
        provinces = tools.evaluate(
            "Array.from(document.querySelectorAll('#portal-province option')).map(o => o.value).filter(v => v)")
        chosen = provinces[-1]
        tools.evaluate(f"__check.province({json.dumps(chosen)})")
        expected = tools.evaluate(f"__check.rows().filter(r => r.dataset.province === {json.dumps(chosen)}).length")
        visible = tools.evaluate("__check.visible().map(r => r.dataset.province)")
        check(len(visible) == expected and set(visible) == {chosen},
              f"province {chosen} shows its {expected} rows only")
        tools.evaluate("__check.province('')")

        # Sorting: the plan cost up and down, then the names in Italian order.
        language = tools.evaluate("document.documentElement.lang")
        cost = tools.evaluate("__check.column(%s)" % json.dumps("Costo piano" if language == "it" else "Plan cost"))
        check(cost >= 0, "the plan cost column is there")
        tools.evaluate(f"__check.sort({cost})")
        unknown_first = lambda v: float("-inf") if v is None else v  # -Infinity arrives as null
        up = [unknown_first(v) for v in tools.evaluate(f"__check.values({cost}, true)")]
        check(up == sorted(up), "sorting by plan cost puts the rows in ascending order")
        tools.evaluate(f"__check.sort({cost})")
        down = [unknown_first(v) for v in tools.evaluate(f"__check.values({cost}, true)")]
        check(down == sorted(down, reverse=True) and len(down) == rows, "a second click sorts them descending")
        check(tools.evaluate(f"document.querySelectorAll('#portal-table thead th')[{cost}].getAttribute('aria-sort')")
              == "descending", "the heading says how the table is sorted (aria-sort)")
        by_name = tools.evaluate(
            "(() => { const i = __check.column(%s); __check.sort(i); const v = __check.values(i, false);"
            " return v.every((x, k) => k === 0 || v[k - 1].localeCompare(x, document.documentElement.lang) <= 0); })()"
            % json.dumps("Comune"))
        check(by_name, "sorting by name follows the language's order")
        # Back to the order the screenshot shows: the comuni with a plan first.
        tools.evaluate(f"__check.sort({cost}); __check.sort({cost}); window.scrollTo(0, 0)")

        errors = []
        for event in tools.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                errors.append(params["exceptionDetails"].get("text", "exception"))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                errors.append("console." + params["type"])
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                errors.append(params["entry"].get("text", "error"))
        check(not errors, "no console error or exception" + (f": {errors}" if errors else ""))
        requests = sorted({e["params"]["request"]["url"] for e in tools.events
                           if e.get("method") == "Network.requestWillBeSent"})
        check(requests == [page_url], "nothing is fetched but the page itself" + (f": {requests}" if requests != [page_url] else ""))

        if options.screenshot:
            shot = tools.call("Page.captureScreenshot", format="png")
            with open(options.screenshot, "wb") as file:
                file.write(base64.b64decode(shot["data"]))
            print(f"screenshot: {options.screenshot}")
        if options.charts_screenshot:
            tools.evaluate("document.getElementById('province').scrollIntoView()")
            shot = tools.call("Page.captureScreenshot", format="png")
            with open(options.charts_screenshot, "wb") as file:
                file.write(base64.b64decode(shot["data"]))
            print(f"screenshot: {options.charts_screenshot}")
    finally:
        browser.terminate()
        try:
            browser.wait(timeout=10)
        except subprocess.TimeoutExpired:
            browser.kill()
        shutil.rmtree(profile, ignore_errors=True)
    print("browser check: " + ("passed" if not failures else f"{len(failures)} failed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
