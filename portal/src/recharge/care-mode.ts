/**
 * 关怀版: larger type and targets for older customers, switched from the bar and remembered in
 * localStorage (the inline script in PublicLayout.astro applies it before the first paint).
 */
const KEY = "pc-care";
const root = document.documentElement;
const toggle = document.getElementById("care-toggle") as HTMLButtonElement | null;

/** A toggle button keeps its name (关怀版); aria-pressed says whether it is on. */
function render() {
  toggle?.setAttribute("aria-pressed", String(root.classList.contains("care")));
}

toggle?.addEventListener("click", () => {
  const on = root.classList.toggle("care");
  try {
    localStorage.setItem(KEY, on ? "1" : "0");
  } catch {
    // Private mode: the switch still works for this page.
  }
  render();
});
render();
