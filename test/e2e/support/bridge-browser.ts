// SPDX-License-Identifier: MIT
/** The usual start of a page-bridge test: the test page's server, a browser with the extension, the origin allowed. */
import { startBridgeTestServer, type BridgeTestServer } from "./bridge-test-page";
import {
  allowOrigin,
  launchExtensionBrowser,
  type BrowserKind,
  type ExtensionBrowser,
  type LaunchOptions,
} from "./extension-browser";

export async function launchBridgeBrowser(
  kind: BrowserKind,
  options: LaunchOptions,
): Promise<{ server: BridgeTestServer; target: ExtensionBrowser }> {
  const server = await startBridgeTestServer();
  const target = await launchExtensionBrowser(kind, options);
  await allowOrigin(target, server.origin);
  return { server, target };
}
