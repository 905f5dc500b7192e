// SPDX-License-Identifier: MIT
/**
 * The page side of the card-app protocol (docs/ref/site-protocol.md §1): detection inputs, `launchApp` with a JSON
 * string detail, and the `recvMsg` reply, parsed with the shared schema. One request at a time, as on DIPS-REG.
 */
import {
  DETECTION_INPUT_IDS,
  LAUNCH_EVENT,
  PageReplySchema,
  REPLY_EVENT,
  type PageReply,
} from "../../../extension/protocol/page";

/** Whether a card app announced itself with both hidden detection inputs. */
export function cardAppDetected(): boolean {
  return (
    document.getElementById(DETECTION_INPUT_IDS.extension) !== null &&
    document.getElementById(DETECTION_INPUT_IDS.app) !== null
  );
}

interface UserAgentData {
  platform?: string;
}

/** Like the real sites: the reader path is offered on Windows and macOS only. */
export function supportedPlatform(): boolean {
  const data = (navigator as Navigator & { userAgentData?: UserAgentData }).userAgentData;
  const platform = data?.platform ?? "";
  if (/^(Windows|macOS)$/.test(platform)) return true;
  return /Windows NT|Macintosh|Mac OS X/.test(navigator.userAgent) && !/Linux|X11/.test(platform || "");
}

/** Sends a request to the card app and resolves with its (parsed) reply; a reply that does not parse rejects. */
export function launchApp(request: { mode: "01" | "02"; digest: string | string[] }): Promise<PageReply> {
  return new Promise((resolve, reject) => {
    const onReply = (event: Event) => {
      document.removeEventListener(REPLY_EVENT, onReply);
      const detail = (event as CustomEvent<unknown>).detail;
      try {
        resolve(PageReplySchema.parse(JSON.parse(typeof detail === "string" ? detail : "null")));
      } catch (error) {
        reject(error instanceof Error ? error : new Error("unreadable reply"));
      }
    };
    document.addEventListener(REPLY_EVENT, onReply);
    const detail = JSON.stringify({ ...request, service_id: "01" });
    document.dispatchEvent(new CustomEvent(LAUNCH_EVENT, { detail }));
  });
}
