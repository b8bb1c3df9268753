import { readerCode } from '@cchc/domain';
import { useTranslation } from 'react-i18next';

/**
 * The indicator's code as the report prints it ("3.2.1."), or nothing for an indicator the report prints no code for:
 * internal keys (N.STAFF.CAN_BO) are not shown to readers; the key stays in the tooltip for analysts.
 */
export function IndicatorCode({ indicator }: { indicator: { code: string; codeAsWritten?: string | null } }) {
  const { t } = useTranslation();
  const printed = readerCode(indicator);
  if (!printed) return null;
  return (
    <span className="code" title={t('reading.code', { code: indicator.code })}>
      {printed}
    </span>
  );
}
