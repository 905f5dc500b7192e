// SPDX-License-Identifier: MIT
/** One modal window at a time, built with DOM calls (texts set as textContent, never parsed as HTML). */

export interface ModalButton {
  id: string;
  label: string;
  secondary?: boolean;
  onClick: () => void;
}

export interface ModalContent {
  /** Stable id of the modal's step, for tests and screenshots (e.g. "precautions", "sign"). */
  id: string;
  title?: string;
  /** Index (0–3) of the identity step to highlight in the STEP 01–04 bar. */
  step?: number;
  steps?: readonly string[];
  paragraphs?: readonly string[];
  /** Extra nodes after the paragraphs (a list of replaced items, the QR placeholder, …). */
  extra?: readonly Node[];
  /** A message shown in the error style (a refusal or a failed card read). */
  error?: string;
  buttons?: readonly ModalButton[];
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}) {
  return Object.assign(document.createElement(tag), props);
}

export function showModal(content: ModalContent): void {
  const root = document.getElementById("flow-root");
  if (!root) return;
  const modal = element("div", { className: "modal", id: `modal-${content.id}` });
  modal.setAttribute("role", "dialog");
  modal.dataset.step = content.id;
  if (content.steps && content.step !== undefined) {
    const bar = element("ol", { className: "steps" });
    content.steps.forEach((label, i) =>
      bar.append(element("li", { textContent: label, className: i === content.step ? "current" : "" })),
    );
    modal.append(bar);
  }
  if (content.title) modal.append(element("h2", { textContent: content.title }));
  for (const text of content.paragraphs ?? []) modal.append(element("p", { textContent: text }));
  for (const node of content.extra ?? []) modal.append(node);
  if (content.error) modal.append(element("p", { className: "error", id: "flow-error", textContent: content.error }));
  const buttons = element("div", { className: "buttons" });
  for (const button of content.buttons ?? []) {
    const node = element("button", { type: "button", id: button.id, textContent: button.label });
    if (button.secondary) node.className = "secondary";
    node.addEventListener("click", button.onClick, { once: true });
    buttons.append(node);
  }
  modal.append(buttons);
  const backdrop = element("div", { className: "modal-backdrop" });
  backdrop.append(modal);
  root.replaceChildren(backdrop);
}

export function closeModal(): void {
  document.getElementById("flow-root")?.replaceChildren();
}

/** A list node, e.g. the facts replaced at ③. */
export function listNode(items: readonly string[], id: string): HTMLElement {
  const list = element("ul", { id });
  for (const item of items) list.append(element("li", { textContent: item }));
  return list;
}
