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
import { launcherScript } from "./launcher";

/** What the browsers are to start. */
export type HostProgram =
  /** The single executable (release/src/executable/): copied into the install folder and started as it is. */
  | { kind: "executable"; path: string }
  /** The .cjs bundle (development, the repository): started by a launcher script that runs it with this Node. */
  | { kind: "bundle"; nodePath: string; bundlePath: string };

/** File name of what the manifests point at in the install folder. */
export function installedFileName(platform: NodeJS.Platform, program: HostProgram): string {
  if (platform !== "win32") return "dips-companion-host";
  return program.kind === "executable" ? "dips-companion-host.exe" : "dips-companion-host.cmd";
}

/** Everything the install command decides from its arguments and the machine. */
export interface InstallOptions {
  verb: "install" | "uninstall";
  platform: NodeJS.Platform;
  scope: Scope;
  browsers: readonly Browser[];
  hostName: string;
  ids: ExtensionIds;
  /** The running host: an executable, or a bundle on a Node. */
  program: HostProgram;
  home: string;
  /** Install folder: the executable or the launcher (and, on Windows, the manifests) go there. */
  launcherDir: string;
  /** Prefix for every Linux/macOS path written (a test or package staging root); "" for the real file system. */
  root: string;
  /** Write the manifests into this one folder instead of the browsers' folders (throwaway profiles). */
  manifestDir?: string | undefined;
}

/** One action of an install or uninstall. */
export type InstallStep =
  | { kind: "write"; path: string; content: string; mode: number }
  | { kind: "copy"; from: string; path: string; mode: number }
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
  const launcherPath = posix.join(options.launcherDir, installedFileName(options.platform, options.program));
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
  const program = programStep(options, rooted(launcherPath));
  return program ? [program, ...steps] : steps;
}

/**
 * Installs or removes the program the manifests point at: the executable copied there (nothing to do when it
 * already runs from there, as from the .deb, or when Windows would refuse to delete the running file), or a launcher.
 */
function programStep(options: InstallOptions, path: string): InstallStep | undefined {
  const { program } = options;
  if (program.kind === "executable" && program.path === path) {
    if (options.verb === "install" || options.platform === "win32") return undefined;
  }
  if (options.verb === "uninstall") return { kind: "remove", path };
  if (program.kind === "executable") return { kind: "copy", from: program.path, path, mode: 0o755 };
  const content = launcherScript(options.platform, program.nodePath, program.bundlePath);
  return { kind: "write", path, content, mode: 0o755 };
}

function windowsPlan(options: InstallOptions): InstallStep[] {
  const launcherPath = win32.join(options.launcherDir, installedFileName("win32", options.program));
  const program = programStep(options, launcherPath);
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
      ...(program ? [program] : []),
    ];
  }
  return [
    ...(program ? [program] : []),
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
