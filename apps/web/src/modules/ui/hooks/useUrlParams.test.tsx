import { act, fireEvent, screen } from '@testing-library/react';
import { useSearchParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../test/render';
import { useUrlParams } from './useUrlParams';

// Two checkboxes whose state lives in the URL, as the compare page keeps its controls.
function Controls({ useParams }: { useParams: () => [URLSearchParams, (changes: Record<string, string | null>) => void] }) {
  const [params, update] = useParams();
  return (
    <div>
      <button type="button" onClick={() => update({ a: '1' })}>
        a
      </button>
      <button type="button" onClick={() => update({ b: '1' })}>
        b
      </button>
      <button type="button" onClick={() => update({ a: null })}>
        clear a
      </button>
      <output>{params.toString()}</output>
    </div>
  );
}

function useRouterSetter(): [URLSearchParams, (changes: Record<string, string | null>) => void] {
  const [params, setParams] = useSearchParams();
  return [
    params,
    (changes) => {
      const next = new URLSearchParams(params);
      for (const [k, v] of Object.entries(changes)) {
        if (v === null) next.delete(k);
        else next.set(k, v);
      }
      setParams(next, { replace: true });
    },
  ];
}

/** Two changes before the page re-renders, as two clicks within ~100 ms. */
function clickBothAtOnce() {
  act(() => {
    fireEvent.click(screen.getByRole('button', { name: 'a' }));
    fireEvent.click(screen.getByRole('button', { name: 'b' }));
  });
}

// Two year boxes whose list lives in one parameter: each toggle reads the list from the latest parameters.
function YearBoxes() {
  const [params, update] = useUrlParams();
  const toggle = (year: string) =>
    update((latest) => {
      const years = (latest.get('years') ?? '2021,2022,2023').split(',');
      return { years: (years.includes(year) ? years.filter((y) => y !== year) : [...years, year]).join(',') };
    });
  return (
    <div>
      <button type="button" onClick={() => toggle('2021')}>
        2021
      </button>
      <button type="button" onClick={() => toggle('2022')}>
        2022
      </button>
      <output>{params.get('years') ?? ''}</output>
    </div>
  );
}

describe('useUrlParams', () => {
  it('keeps both of two quick toggles of one list parameter when each reads the latest list', () => {
    renderWithApp(<YearBoxes />);
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: '2021' }));
      fireEvent.click(screen.getByRole('button', { name: '2022' }));
    });
    expect(screen.getByRole('status').textContent).toBe('2023');
  });

  it('keeps both of two changes made before the page re-renders', () => {
    renderWithApp(<Controls useParams={useUrlParams} />);
    clickBothAtOnce();
    expect(screen.getByRole('status').textContent).toBe('a=1&b=1');
  });

  it('is needed: the router setter made from the last render loses the first of two quick changes', () => {
    renderWithApp(<Controls useParams={useRouterSetter} />);
    clickBothAtOnce();
    expect(screen.getByRole('status').textContent).toBe('b=1');
  });

  it('removes a parameter given null, after earlier changes', () => {
    renderWithApp(<Controls useParams={useUrlParams} />);
    clickBothAtOnce();
    fireEvent.click(screen.getByRole('button', { name: 'clear a' }));
    expect(screen.getByRole('status').textContent).toBe('b=1');
  });
});
