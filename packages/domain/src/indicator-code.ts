// Which code of an indicator a reader sees: the one printed in the report, never the dataset's internal key.

/**
 * The code as the report prints it ("3.2.1."), or null when the report prints none: a narrative series, a target
 * measure or a "Trong đó" component row has only an internal key (N.STAFF.CAN_BO, 3.2.1.a), which readers are not shown
 * (it stays available to analysts, e.g. in a tooltip or the explorer).
 */
export function readerCode(indicator: { codeAsWritten?: string | null }): string | null {
  const printed = indicator.codeAsWritten?.trim() ?? '';
  return printed === '' ? null : printed;
}
