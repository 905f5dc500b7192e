// SPDX-License-Identifier: MIT
/** The practice site's look: plain, close enough to DIPS 2.0 for screenshots to read like the real flow. */
import { Html } from "./html";

export const SITE_CSS = new Html(`
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans CJK JP", "Noto Sans JP", sans-serif; color: #1a1a1a; background: #f4f6f9; }
.site-header { display: flex; justify-content: space-between; align-items: center; padding: 10px 24px;
  background: #0b3d91; color: #fff; }
.site-header a { color: #fff; text-decoration: none; margin-left: 16px; }
.site-header .brand { font-weight: bold; margin-left: 0; }
.site-header .brand span { font-weight: normal; margin-left: 8px; }
.practice { margin: 0; padding: 4px 24px; background: #fff4ce; font-size: 13px; }
main { max-width: 960px; margin: 0 auto; padding: 16px 24px 48px; }
h1 { font-size: 22px; border-left: 6px solid #0b3d91; padding-left: 10px; }
.steps { display: flex; list-style: none; padding: 0; gap: 4px; font-size: 12px; }
.steps li { flex: 1; padding: 8px; background: #dde3ec; text-align: center; }
.steps li.current { background: #0b3d91; color: #fff; font-weight: bold; }
fieldset { background: #fff; border: 1px solid #c8d0dc; margin: 0 0 16px; padding: 12px 16px; }
legend { font-weight: bold; padding: 0 6px; }
.field { display: grid; grid-template-columns: 260px 1fr; gap: 8px; align-items: center; margin: 6px 0; }
.field input[type=text], .field input[type=email], .field input[type=tel], .field input[type=date], .field select {
  padding: 6px; border: 1px solid #9aa7b8; width: 100%; max-width: 420px; }
.field .parts { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 6px; }
.field .parts input[type=text], .field .parts input[type=tel], .field .parts select { width: auto; }
.req { color: #c00; font-size: 11px; margin-left: 6px; }
.error { color: #c00; font-weight: bold; }
.buttons { display: flex; gap: 12px; margin-top: 16px; }
button, .button { padding: 10px 22px; border: 0; background: #0b3d91; color: #fff; font-size: 15px; cursor: pointer;
  text-decoration: none; display: inline-block; }
button.secondary, .button.secondary { background: #6b7785; }
dl.summary { display: grid; grid-template-columns: 300px 1fr; background: #fff; margin: 0 0 8px; padding: 8px 16px;
  border: 1px solid #c8d0dc; }
dl.summary dt { font-weight: bold; padding: 4px 0; } dl.summary dd { margin: 0; padding: 4px 0; }
section.block { margin-bottom: 20px; }
.modal-backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.45); display: flex; align-items: center;
  justify-content: center; }
.modal { background: #fff; width: min(760px, 94vw); max-height: 92vh; overflow: auto; padding: 20px 24px; }
.modal h2 { font-size: 18px; margin-top: 0; }
.modal .steps li { font-size: 11px; }
.notice { background: #fff4ce; padding: 8px 12px; }
.qr { display: grid; grid-template-columns: repeat(21, 8px); width: max-content; border: 8px solid #fff; }
.qr span { width: 8px; height: 8px; } .qr span.on { background: #000; }
table.status { border-collapse: collapse; background: #fff; width: 100%; }
table.status td, table.status th { border: 1px solid #c8d0dc; padding: 6px 8px; text-align: left; }
.mail { background: #fff; border: 1px solid #c8d0dc; padding: 10px 16px; margin-bottom: 12px; white-space: pre-wrap; }
`);
