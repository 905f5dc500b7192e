#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// The store screenshots (1280×800, the size the Chrome Web Store and Edge Add-ons ask for; addons.mozilla.org takes
// it too): each is a screenshot the e2e tests left in docs/screenshots/, centred on a plain background with a
// one-line caption, rendered by headless Chromium. `node release/store/make-screenshots.mjs` rewrites
// release/store/screenshots/; release/store/screenshots.test.ts holds the files to the store's size.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "puppeteer-core";

const root = fileURLToPath(new URL("../..", import.meta.url));
const outDir = join(root, "release/store/screenshots");

/** Store screenshot name → source screenshot and caption. */
const SHOTS = {
  "1-pin-window-ja": ["pin-window-sign-ja.png", "署名する内容と要求元を確かめてから、PIN を入力します"],
  "2-from-card-ja": ["from-card-confirm-ja.png", "カードの券面事項を確かめて、申請画面に入力します"],
  "3-first-run-ja": ["first-run-guide-no-host-ja.png", "初回ガイドが、足りないものと次の手順を示します"],
  "4-register-ja": ["register-popup-ja.png", "登録した機体の有効期限を一覧し、更新を知らせます"],
  "1-from-card-en": ["from-card-confirm-en.png", "Check the facts read from your card, then fill them into the form"],
  "2-first-run-en": [
    "first-run-guide-no-reader-en.png",
    "The first-run guide shows what is missing and what to do next",
  ],
  "3-register-en": ["register-popup-en.png", "See your registered aircraft's expiry dates, with reminders"],
};

const page = (image, caption) => `<!doctype html><meta charset="utf-8">
<style>
  html, body { margin: 0; width: 1280px; height: 800px; overflow: hidden; }
  body { display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 24px;
         background: #eef2f7; font: 28px "Noto Sans CJK JP", "Noto Sans JP", sans-serif; color: #1f2933; }
  img { max-width: 1160px; max-height: 660px; object-fit: contain; box-shadow: 0 4px 24px rgba(0,0,0,.18);
        background: #fff; }
</style>
<img src="data:image/png;base64,${image.toString("base64")}"><div>${caption}</div>`;

mkdirSync(outDir, { recursive: true });
const browser = await launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox"] });
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 800, deviceScaleFactor: 1 });
  for (const [name, [source, caption]] of Object.entries(SHOTS)) {
    await tab.setContent(page(readFileSync(join(root, "docs/screenshots", source)), caption), { waitUntil: "load" });
    await tab.screenshot({ path: join(outDir, `${name}.png`), type: "png" });
    process.stdout.write(`${name}.png\n`);
  }
} finally {
  await browser.close();
}
