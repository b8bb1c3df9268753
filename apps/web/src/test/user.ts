// user-event set up for jsdom. The pointer-events check walks every ancestor through getComputedStyle on each pointer
// action — the slowest thing in a click or an upload (an upload spent 360 of its 410 ms there). With `css: false`
// no stylesheet is loaded, so the check can never find `pointer-events: none` from CSS: pure cost, skipped.
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';

export function setupUser() {
  return userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never, delay: null });
}
