import { useTranslation } from 'react-i18next';
import { useFormat } from '../hooks/useFormat';

interface FigureProps {
  value: number | null | undefined;
  unit?: string | null;
  valueType?: string;
  rankOf?: number | null;
  maximumFractionDigits?: number;
  /** In a dense table: a dash that still reads (and hovers) as "no data". */
  compactBlank?: boolean;
}

/** One figure as a reader expects it: Vietnamese or English number format, its unit, and "no data" for a blank. */
export function Figure({ value, unit: unitAsWritten, valueType, rankOf, maximumFractionDigits, compactBlank = false }: FigureProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const unit = format.unit(unitAsWritten);
  if (value === null || value === undefined) return <NoData compact={compactBlank} />;
  if (valueType === 'RANK' && rankOf) return <span className="figure">{format.rank(value, rankOf)}</span>;
  const text = format.number(value, { maximumFractionDigits: maximumFractionDigits ?? 2 });
  const shownUnit = unit === '%' ? '%' : unit ? `\u00a0${unit}` : '';
  return (
    <span className="figure" title={unit ? `${text} ${unit}` : (text ?? '')} data-value={value}>
      {text}
      {shownUnit && <span className="figure-unit">{shownUnit}</span>}
      {valueType === 'RANK' && !rankOf ? ` ${t('common.rankSuffix')}` : null}
    </span>
  );
}

export function NoData({ label, compact = false }: { label?: string; compact?: boolean }) {
  const { t } = useTranslation();
  const text = label ?? t('common.noData');
  if (compact)
    return (
      <span className="no-data" title={text}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{text}</span>
      </span>
    );
  return <span className="no-data">{text}</span>;
}
