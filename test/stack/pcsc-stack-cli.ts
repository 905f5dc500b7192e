// SPDX-License-Identifier: MIT
/**
 * `pcsc-stack.sh start|restart|stop|status|measure` for humans and .ci/run: the shared pcscd with the 8 vpcd readers.
 * Bundled by pcsc-stack.sh with esbuild (Node 20 cannot run TypeScript).
 */
import { measureRoundTrip } from "./measure-round-trip";
import { pcscdStatus, restartPcscd, startPcscStack, stopPcscd } from "./pcscd-process";
import { otherLivePortHolders } from "./reader-ports";
import { PCSCD_LOG_FILE, STACK_READER_NAMES, VPCD_PORTS } from "./stack-layout";

function printStatus(): void {
  const status = pcscdStatus();
  const lines = status.running
    ? [
        `pcscd: running, pid ${status.pid}, ${status.ours ? "started by the test stack" : "NOT started by the test stack"}`,
      ]
    : ["pcscd: not running"];
  lines.push(`log: ${PCSCD_LOG_FILE}`, `runs holding reader ports: ${otherLivePortHolders().join(", ") || "none"}`);
  lines.push(...VPCD_PORTS.map((port, index) => `  port ${port} -> "${STACK_READER_NAMES[index] ?? ""}"`));
  process.stdout.write(`${lines.join("\n")}\n`);
}

async function main(command: string | undefined): Promise<number> {
  switch (command) {
    case "start": {
      const status = await startPcscStack();
      process.stdout.write(`pcscd ready (pid ${status.pid})\n`);
      return 0;
    }
    case "restart": {
      const status = await restartPcscd({ waitForOthersMs: 0 });
      process.stdout.write(`pcscd restarted (pid ${status.pid})\n`);
      return 0;
    }
    case "measure": {
      const figures = await measureRoundTrip(Number(process.argv[3] ?? 200));
      process.stdout.write(`${JSON.stringify(figures)}\n`);
      return 0;
    }
    case "stop":
      process.stdout.write(
        (await stopPcscd({ force: true })) ? "pcscd stopped\n" : "no pcscd of the test stack was running\n",
      );
      return 0;
    case "status":
      printStatus();
      return 0;
    default:
      process.stderr.write("usage: pcsc-stack.sh start | restart | stop | status | measure [count]\n");
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
