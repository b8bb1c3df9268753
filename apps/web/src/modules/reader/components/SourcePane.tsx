// The document's text, numbered line by line, with the lines of the chosen proposal highlighted and scrolled to.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function SourcePane({ lines, highlighted }: { lines: readonly string[]; highlighted: readonly number[] }) {
  const { t } = useTranslation();
  const container = useRef<HTMLOListElement>(null);
  const first = highlighted[0];
  useEffect(() => {
    if (first === undefined) return;
    const element = container.current?.querySelector<HTMLElement>(`[data-line="${first}"]`);
    element?.scrollIntoView?.({ block: 'center' });
  }, [first]);
  const marked = new Set(highlighted);
  return (
    <section className="reader-source card" aria-labelledby="reader-source-title">
      <h2 id="reader-source-title">{t('reader.sourceTitle')}</h2>
      {highlighted.length === 0 && <p className="muted">{t('reader.sourceHint')}</p>}
      <ol ref={container} className="reader-lines" data-testid="reader-source">
        {lines.map((line, index) => {
          const number = index + 1;
          const on = marked.has(number);
          return (
            <li key={number} data-line={number} className={on ? 'reader-line is-marked' : 'reader-line'} aria-current={on ? 'true' : undefined}>
              <span className="reader-line-number" aria-hidden="true">
                {number}
              </span>
              <span className="reader-line-text">{line || '\u00a0'}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
