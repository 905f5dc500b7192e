// SPDX-License-Identifier: MIT
/**
 * The smartphone path shows a 2D code the Mynaportal app would read. The practice site only draws a QR-like
 * 21 × 21 pattern derived from the session code (no real QR encoding) and prints the code.
 */
export function qrPlaceholder(sessionCode: string, label: string): HTMLElement {
  const wrapper = document.createElement("div");
  wrapper.id = "smartphone-qr";
  const grid = document.createElement("div");
  grid.className = "qr";
  grid.setAttribute("aria-hidden", "true");
  let seed = [...sessionCode].reduce((hash, c) => (hash * 31 + c.charCodeAt(0)) >>> 0, 7);
  for (let row = 0; row < 21; row++) {
    for (let col = 0; col < 21; col++) {
      const finder = (row < 7 || row > 13) && (col < 7 || col > 13) && !(row > 13 && col > 13);
      seed = (seed * 1103515245 + 12345) >>> 0;
      const on = finder ? ring(row % 14, col % 14) : (seed >>> 16) % 2 === 1;
      const cell = document.createElement("span");
      if (on) cell.className = "on";
      grid.append(cell);
    }
  }
  const code = document.createElement("p");
  code.textContent = `${label}: `;
  const value = document.createElement("strong");
  value.id = "session-code";
  value.textContent = sessionCode;
  code.append(value);
  wrapper.append(grid, code);
  return wrapper;
}

/** The finder pattern of a QR corner: dark outer ring, light ring, dark 3 × 3 centre. */
function ring(row: number, col: number): boolean {
  const distance = Math.max(Math.abs(row - 3), Math.abs(col - 3));
  return distance !== 2 && distance <= 3;
}
