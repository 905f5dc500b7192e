// SPDX-License-Identifier: MIT
/**
 * Keeps the extension build independent of the folder it runs in. @crxjs names each `?script` import with a hash
 * of its absolute path (`bridge.ts?scriptId=K4Ygr`), and the unminified output keeps module ids as comments, so two
 * checkouts of one commit gave different bytes. Dropping the query from those comments (before file names are
 * hashed) makes the output depend on the sources only.
 */
import type { Plugin } from "vite";

const SCRIPT_ID_COMMENT = /^(\s*\/\/ \S+?)\?scriptId=[A-Za-z0-9]+$/gm;

export function pathIndependentOutput(): Plugin {
  return {
    name: "dips-companion:path-independent-output",
    renderChunk(code) {
      if (!SCRIPT_ID_COMMENT.test(code)) return null;
      SCRIPT_ID_COMMENT.lastIndex = 0;
      return { code: code.replace(SCRIPT_ID_COMMENT, "$1"), map: null };
    },
  };
}
