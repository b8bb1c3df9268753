// A table of a section's narrative as the report lays it out: a header of one or more levels (years over
// "Cán bộ | Công chức"), every figure the report states linked to its indicator, blank cells left blank.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../ui/utils/paths';
import { ScrollTable } from '../../ui/components/ScrollTable';
import { tableCellIndicator, type NarrativeTable, type TableFigure } from '../utils/narrativeBlocks';

export function NarrativeTableView({
  table,
  figures,
  orgUnitCode,
  label,
}: {
  table: NarrativeTable;
  figures: readonly TableFigure[];
  orgUnitCode: string;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={`${t('layout.table')}: ${label}`}>
      <table className="table table-compact narrative-table">
        <thead>
          {table.header.map((row, h) => (
            <tr key={h}>
              {row.map((cell, j) => (
                <th key={j} scope={cell.span > 1 ? 'colgroup' : 'col'} colSpan={cell.span > 1 ? cell.span : undefined} className={cell.span > 1 ? 'group' : undefined}>
                  {cell.text}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => {
                const code = tableCellIndicator(table, r, c, figures);
                return (
                  <td key={c} className={table.numeric[c] ? 'num' : undefined}>
                    {code ? (
                      <Link className="figure-link" to={paths.indicator(orgUnitCode, code)}>
                        {cell}
                      </Link>
                    ) : (
                      cell
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
