// Any table box (`.table-wrap`) inside the view that is wider than the screen can be reached and scrolled with the
// keyboard (WCAG 2.1.1): it gets tabindex="0" while it overflows. Views that wrap their tables in `ScrollTable` label
// and manage the box themselves; this covers every other table of the app from one place.
import { useEffect, type RefObject } from 'react';

const MARK = 'scrollFocus';

function update(root: HTMLElement) {
  for (const box of root.querySelectorAll<HTMLElement>('.table-wrap:not([role="region"])')) {
    const overflows = box.scrollWidth > box.clientWidth + 1;
    if (overflows && !box.hasAttribute('tabindex')) {
      box.tabIndex = 0;
      box.dataset[MARK] = '';
    } else if (!overflows && MARK in box.dataset) {
      box.removeAttribute('tabindex');
      delete box.dataset[MARK];
    }
  }
}

export function useScrollableTables(root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = root.current;
    if (!element || typeof ResizeObserver === 'undefined' || typeof MutationObserver === 'undefined') return;
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => update(element));
    };
    const resized = new ResizeObserver(schedule);
    resized.observe(element);
    const changed = new MutationObserver(schedule);
    changed.observe(element, { childList: true, subtree: true });
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      changed.disconnect();
    };
  }, [root]);
}
