// The page's own listeners: record every input/change/blur per control name, and count submissions (must stay 0).
window.pageEvents = {};
window.submitCount = 0;
for (const type of ["input", "change", "blur"]) {
  document.addEventListener(
    type,
    (event) => {
      const target = event.target;
      if (!(target instanceof Element) || !target.getAttribute("name")) return;
      const name = target.getAttribute("name");
      (window.pageEvents[name] ??= []).push(type);
    },
    true,
  );
}
document.addEventListener("submit", () => window.submitCount++, true);
// Card-app replies, as the government sites receive them (docs/ref/site-protocol.md §1).
window.recordedReplies = [];
document.addEventListener("recvMsg", (event) => window.recordedReplies.push(JSON.parse(event.detail)));
