// The search parameters of the URL as a page's state, with updates that build on each other.
import { useCallback, useRef } from 'react';
import { useSearchParams } from 'react-router';

export type ParamChanges = Record<string, string | null>;
/** Changes, or a function giving them from the latest parameters (for a toggle of a list: read the list there). */
export type ParamUpdate = ParamChanges | ((latest: URLSearchParams) => ParamChanges);

/**
 * Like useSearchParams, but `update` applies its changes to the latest parameters asked for, not to those of the last
 * render: react-router's setter (even its function form) starts from the parameters of the render it was created in,
 * so two changes made before the page re-renders (two clicks within ~100 ms) would each start from the same URL and
 * the second would undo the first. A change that depends on the current value (a toggle in a list) must be given as a
 * function of the latest parameters, not computed from the render's values. A null value removes the parameter. URL changes from elsewhere (a link, Back)
 * reset the state to the URL.
 */
export function useUrlParams(): [URLSearchParams, (update: ParamUpdate) => void] {
  const [params, setParams] = useSearchParams();
  const latest = useRef(params);
  const pending = useRef<string[]>([]);
  const rendered = useRef(params);
  if (rendered.current !== params) {
    rendered.current = params;
    const at = pending.current.indexOf(params.toString());
    if (at === -1) {
      // A navigation this hook did not make: the URL wins.
      pending.current = [];
      latest.current = params;
    } else {
      pending.current = pending.current.slice(at + 1);
      if (pending.current.length === 0) latest.current = params;
    }
  }
  const update = useCallback(
    (update: ParamUpdate) => {
      const changes = typeof update === 'function' ? update(new URLSearchParams(latest.current)) : update;
      const next = new URLSearchParams(latest.current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      latest.current = next;
      pending.current.push(next.toString());
      setParams(next, { replace: true });
    },
    [setParams],
  );
  return [params, update];
}
