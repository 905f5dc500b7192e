// SPDX-License-Identifier: MIT
import { posix, win32 } from "node:path";
import {
  flavourOf,
  manifestFolders,
  registryKey,
  type Browser,
  type ManifestFlavour,
  type Scope,
} from "./browser-targets";
import { hostManifest, type ExtensionIds } from "./host-manifest";
import { launcherFileName, launcherScript } from "./launcher";

/** Everything the install command decides from its arguments and the machine. */
export interface InstallOptions {
  verb: "install" | "uninstall";
  platform: NodeJS.Platform;
  scope: Scope;
  browsers: readonly Browser[];
  hostName: string;
  ids: ExtensionIds;
  /** Absolute path of the node binary the launcher runs (`process.execPath`). */
  nodePath: string;
  /** Absolute path of dips-companion-host.cjs. */
  bundlePath: string;
  home: string;
  /** Folder for the launcher (and, on Windows, the manifests). */
  launcherDir: string;
  /** Prefix for every Linux/macOS path written (a test or package staging root); "" for the real file system. */
  root: string;
  /** Write the manifests into this one folder instead of the browsers' folders (throwaway profiles). */
  manifestDir?: string | undefined;
}

/** One action of an install or uninstall. */
export type InstallStep =
  | { kind: "write"; path: string; content: string; mode: number }
  | { kind: "remove"; path: string }
  | { kind: "registry-set"; key: string; manifestPath: string }
  | { kind: "registry-delete"; key: string };

/** The steps for the options, in order; pure, so tests can check it without touching the machine. */
export function installPlan(options: InstallOptions): InstallStep[] {
  return options.platform === "win32" ? windowsPlan(options) : unixPlan(options);
}

function unixPlan(options: InstallOptions): InstallStep[] {
  const platform = options.platform === "darwin" ? "darwin" : "linux";
  const rooted = (path: string): string => (options.root ? posix.join(options.root, path) : path);
  const launcherPath = posix.join(options.launcherDir, launcherFileName(options.platform));
  const manifestFile = `${options.hostName}.json`;
  const steps: InstallStep[] = [];
  const seen = new Set<string>();
  for (const browser of options.browsers) {
    const folders = options.manifestDir
      ? [options.manifestDir]
      : manifestFolders(platform, browser, options.scope).map((folder) => posix.resolve(options.home, folder));
    for (const folder of folders) {
      const path = rooted(posix.join(folder, manifestFile));
      if (seen.has(path)) continue;
      seen.add(path);
      steps.push(
        options.verb === "install"
          ? { kind: "write", path, content: manifestJson(options, flavourOf(browser), launcherPath), mode: 0o644 }
          : { kind: "remove", path },
      );
    }
  }
  const launcher = rooted(launcherPath);
  steps.unshift(
    options.verb === "install"
      ? {
          kind: "write",
          path: launcher,
          content: launcherScript(options.platform, options.nodePath, options.bundlePath),
          mode: 0o755,
        }
      : { kind: "remove", path: launcher },
  );
  return steps;
}

function windowsPlan(options: InstallOptions): InstallStep[] {
  const launcherPath = win32.join(options.launcherDir, launcherFileName("win32"));
  const manifestPath = (flavour: ManifestFlavour): string =>
    win32.join(options.manifestDir ?? options.launcherDir, `${options.hostName}.${flavour}.json`);
  const flavours = [...new Set(options.browsers.map(flavourOf))];
  if (options.verb === "uninstall") {
    return [
      ...options.browsers.map((browser): InstallStep => ({
        kind: "registry-delete",
        key: registryKey(browser, options.scope, options.hostName),
      })),
      ...flavours.map((flavour): InstallStep => ({ kind: "remove", path: manifestPath(flavour) })),
      { kind: "remove", path: launcherPath },
    ];
  }
  return [
    {
      kind: "write",
      path: launcherPath,
      content: launcherScript("win32", options.nodePath, options.bundlePath),
      mode: 0o755,
    },
    ...flavours.map((flavour): InstallStep => ({
      kind: "write",
      path: manifestPath(flavour),
      content: manifestJson(options, flavour, launcherPath),
      mode: 0o644,
    })),
    ...options.browsers.map((browser): InstallStep => ({
      kind: "registry-set",
      key: registryKey(browser, options.scope, options.hostName),
      manifestPath: manifestPath(flavourOf(browser)),
    })),
  ];
}

function manifestJson(options: InstallOptions, flavour: ManifestFlavour, launcherPath: string): string {
  return `${JSON.stringify(hostManifest(flavour, options.hostName, launcherPath, options.ids), null, 2)}\n`;
}
