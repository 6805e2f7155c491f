// Looks at a page of the web edition in headless Chromium (the system's, over the DevTools protocol on a pipe:
// no browser is downloaded, nothing but the page is loaded).
//   node page-check.mjs screenshot PAGE.html OUT.png [WIDTH HEIGHT [ELEMENT-ID [SCRIPT]]]
//   node page-check.mjs axe PAGE.html            prints axe-core's violations as JSON (needs npm install in this folder)
// Exit code 0 when it could look; the caller judges what it saw.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";

const [mode, page, ...rest] = process.argv.slice(2);
if (!mode || !page) {
  console.error("usage: node page-check.mjs screenshot|axe PAGE.html [...]");
  process.exit(2);
}
const chromium = process.env.CHROMIUM || "/usr/bin/chromium";
const profile = mkdtempSync(join(tmpdir(), "mrs-chromium-"));
const browser = spawn(chromium, [
  "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
  "--hide-scrollbars", `--user-data-dir=${profile}`, "about:blank",
], { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] });

let id = 0;
const pending = new Map();
const listeners = [];
let buffer = "";
browser.stdio[4].on("data", (chunk) => {
  buffer += chunk.toString("utf8");
  let end;
  while ((end = buffer.indexOf("\0")) >= 0) {
    const message = JSON.parse(buffer.slice(0, end));
    buffer = buffer.slice(end + 1);
    if (message.id && pending.has(message.id)) {
      const { resolve: ok, reject } = pending.get(message.id);
      pending.delete(message.id);
      message.error ? reject(new Error(JSON.stringify(message.error))) : ok(message.result);
    } else {
      listeners.forEach((l) => l(message));
    }
  }
});
function send(method, params = {}, sessionId) {
  const message = { id: ++id, method, params };
  if (sessionId) { message.sessionId = sessionId; }
  browser.stdio[3].write(JSON.stringify(message) + "\0");
  return new Promise((ok, reject) => pending.set(message.id, { resolve: ok, reject }));
}
function once(method, sessionId) {
  return new Promise((ok) => listeners.push(function l(m) {
    if (m.method === method && m.sessionId === sessionId) { listeners.splice(listeners.indexOf(l), 1); ok(m.params); }
  }));
}
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

async function open(width, height, bypassCsp) {
  const { targetId } = await send("Target.createTarget", { url: "about:blank" });
  const { sessionId } = await send("Target.attachToTarget", { targetId, flatten: true });
  await send("Page.enable", {}, sessionId);
  await send("Runtime.enable", {}, sessionId);
  if (bypassCsp) { await send("Page.setBypassCSP", { enabled: true }, sessionId); }
  await send("Emulation.setDeviceMetricsOverride", { width, height, deviceScaleFactor: 1, mobile: false }, sessionId);
  const loaded = once("Page.loadEventFired", sessionId);
  await send("Page.navigate", { url: pathToFileURL(resolve(page)).href }, sessionId);
  await loaded;
  await sleep(300);
  return sessionId;
}
async function evaluate(sessionId, expression) {
  const result = await send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true }, sessionId);
  if (result.exceptionDetails) { throw new Error(JSON.stringify(result.exceptionDetails)); }
  return result.result.value;
}

let code = 0;
try {
  if (mode === "screenshot") {
    const [out, width = "1400", height = "1800", element = "", script = ""] = rest;
    const session = await open(Number(width), Number(height), false);
    if (element) { await evaluate(session, `document.getElementById(${JSON.stringify(element)}).scrollIntoView({block: "start"})`); }
    if (script) { await evaluate(session, script); }
    await sleep(300);
    const { data } = await send("Page.captureScreenshot", { format: "png" }, session);
    writeFileSync(out, Buffer.from(data, "base64"));
  } else if (mode === "axe") {
    const here = dirname(fileURLToPath(import.meta.url));
    const axe = readFileSync(join(here, "node_modules", "axe-core", "axe.min.js"), "utf8");
    const session = await open(1280, 1000, true);
    await evaluate(session, axe);
    const result = await evaluate(session, `axe.run(document, { resultTypes: ["violations"] }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 5).map(n => n.target.join(" ")) })))`);
    process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  } else {
    console.error(`unknown mode ${mode}`);
    code = 2;
  }
} catch (err) {
  console.error(String(err && err.stack || err));
  code = 1;
} finally {
  // Chromium writes its profile until it has exited: wait for that (2 s at most), then remove the profile.
  const exited = browser.exitCode !== null ? Promise.resolve() : new Promise((ok) => browser.once("exit", ok));
  browser.kill();
  await Promise.race([exited, sleep(2000)]);
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch {
    // a temporary profile left behind is no reason to fail the check
  }
}
process.exit(code);
