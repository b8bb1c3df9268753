import { useQuery } from '@apollo/client/react';
import './communes.css';
import { NAME_SEARCH_LIMITS } from '@cchc/domain';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommuneSearchQuery } from '../../../gql/graphql';
import { useDebounced } from '../../ui/hooks/useDebounced';
import { COMMUNE_SEARCH, CURRENT_COMMUNE } from '../graphql/communes';

/** The pause in typing after which the server is asked (a search per word typed, not per key). */
export const SEARCH_DELAY_MS = 250;

type Commune = CommuneSearchQuery['orgUnitSearch']['units'][number];

/**
 * Picks the commune whose pages are shown: a combobox (WAI-ARIA 1.2, list autocomplete) that asks the server for the
 * communes whose name holds what is typed, diacritics optional, a page at a time, each with its district or province
 * to tell namesakes apart. Arrow keys move through the list, Enter opens the commune, Escape closes the list.
 */
export function CommuneSelector({ current, onSelect }: { current: string; onSelect: (code: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  // null while nobody types: the box shows the commune being shown.
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<{ code: string; name: string } | null>(null);
  const typed = useDebounced(text ?? '', SEARCH_DELAY_MS);
  const { data: currentData } = useQuery(CURRENT_COMMUNE, { variables: { code: current } });
  const { data, previousData, loading } = useQuery(COMMUNE_SEARCH, { variables: { text: typed }, skip: !open });
  const answer = (data ?? previousData)?.orgUnitSearch;
  const units = open ? (answer?.units ?? []) : [];
  const currentName = currentData?.orgUnit?.name ?? (chosen?.code === current ? chosen.name : '');

  const close = () => {
    setOpen(false);
    setActive(-1);
    setText(null);
  };
  const choose = (unit: Commune) => {
    setChosen({ code: unit.code, name: unit.name });
    close();
    if (unit.code !== current) onSelect(unit.code);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
      } else if (units.length > 0) {
        setActive((i) => (e.key === 'ArrowDown' ? Math.min(i + 1, units.length - 1) : Math.max(i - 1, 0)));
      }
    } else if (e.key === 'Enter' && open && units[active]) {
      e.preventDefault();
      choose(units[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close();
    }
  };
  const optionId = (i: number) => `${id}-option-${i}`;
  const settled = !loading && typed === (text ?? '');

  return (
    <div className="commune-selector">
      <label htmlFor={`${id}-input`}>{t('communes.label')}</label>
      <div className="commune-combobox">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && units[active] ? optionId(active) : undefined}
          maxLength={NAME_SEARCH_LIMITS.textMax}
          placeholder={t('communes.placeholder')}
          value={text ?? currentName}
          onFocus={(e) => e.currentTarget.select()}
          onClick={() => setOpen(true)}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        <div className="commune-popup" hidden={!open}>
          <ul id={listId} role="listbox" aria-label={t('communes.label')}>
            {units.map((unit, i) => (
              <li
                key={unit.code}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                // mousedown, not click: the box keeps its focus, so its blur does not close the list first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(unit);
                }}
              >
                <span className="commune-name">{unit.name}</span>
                {unit.parent && <span className="commune-parent">{`${unit.parent.kind} ${unit.parent.name}`}</span>}
              </li>
            ))}
          </ul>
          {settled && units.length === 0 && <p className="commune-hint">{t('communes.none')}</p>}
          {settled && answer?.hasMore && <p className="commune-hint">{t('communes.more', { count: units.length })}</p>}
        </div>
      </div>
      <span className="visually-hidden" role="status">
        {open && settled ? t('communes.found', { count: units.length }) : ''}
      </span>
    </div>
  );
}
