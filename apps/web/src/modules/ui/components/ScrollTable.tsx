// A wide table scrolls inside its own box, never the page: when it is wider than the screen the box says so, can be
// reached and scrolled with the keyboard, and shows a shadow on the side that has more.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="scroll-table">
      {overflows && (
        <p className="scroll-hint" aria-hidden="true">
          {t('layout.scrollHint')}
        </p>
      )}
      <div
        ref={box}
        className="table-wrap"
        role="region"
        aria-label={overflows ? t('layout.scrollLabel', { label }) : label}
        tabIndex={overflows ? 0 : undefined}
      >
        {children}
      </div>
    </div>
  );
}
