// The mark of a generated figure: real and synthetic figures are never shown alike.
import { useTranslation } from 'react-i18next';

/** "Synthetic" beside one figure, or "Includes synthetic figures" on a card or chart that mixes them in. */
export function SyntheticMark({ some = false }: { some?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="synthetic-mark" title={t('dataKind.syntheticHint')} data-testid="synthetic-mark">
      {some ? t('dataKind.someSynthetic') : t('dataKind.synthetic')}
    </span>
  );
}
