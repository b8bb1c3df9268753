import { describe, expect, it } from 'vitest';
import {
  isServerRendered,
  readRenderedState,
  STATE_ELEMENT_ID,
  stateJson,
  type RenderedState,
} from './server-rendering';

const STATE: RenderedState = {
  locale: 'vi',
  apollo: { ROOT_QUERY: { title: 'a </script><script>alert(1)</script> <!-- \u2028 b' } },
};

/** A document as the server sends it: the state block among other markup. */
function documentWith(blockText: string): Document {
  document.body.innerHTML = `<div id="root"><p>page</p></div><script type="application/json" id="${STATE_ELEMENT_ID}">${blockText}</script>`;
  return document;
}

describe('stateJson', () => {
  it('writes no "<" at all, so nothing in the data can close the block or open a comment', () => {
    const json = stateJson(STATE);
    expect(json).not.toContain('<');
    expect(json).not.toContain('\u2028');
    expect(JSON.parse(json)).toEqual(STATE);
  });
});

describe('readRenderedState', () => {
  it('reads back exactly the state written into the HTML', () => {
    expect(readRenderedState(documentWith(stateJson(STATE)))).toEqual(STATE);
  });

  it('is null without a block, or with a block that is not the state', () => {
    document.body.innerHTML = '<div id="root"></div>';
    expect(readRenderedState(document)).toBeNull();
    expect(readRenderedState(documentWith('{not json'))).toBeNull();
    expect(readRenderedState(documentWith('{"locale":"vi"}'))).toBeNull();
  });
});

describe('isServerRendered', () => {
  it('is true for the overview and the indicator page, false for other pages and for /', () => {
    expect(isServerRendered('/units/binh-thanh/reports/2021-2025')).toBe(true);
    expect(isServerRendered('/units/binh-thanh/indicators/N.TTHC.ONLINE_FILE_RATE')).toBe(true);
    expect(isServerRendered('/units/binh-thanh/findings')).toBe(false);
    expect(isServerRendered('/units/binh-thanh/reports/2021-2025/sections')).toBe(false);
    expect(isServerRendered('/')).toBe(false);
  });
});
