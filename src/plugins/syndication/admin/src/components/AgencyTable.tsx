/** Per-agency numbers of the chosen period: mentions, share, first and last mention, trend. */
import { Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { AgencyRow } from '../domain/report';
import { useFormatDay, useTranslate } from '../hooks/useTranslate';
import { TableHeader, WrappingTd, columnCount } from './DataTable';

const COLUMNS = [
  { id: 'table.agency', defaultMessage: 'Agency' },
  { id: 'table.mentions', defaultMessage: 'Mentions' },
  { id: 'table.share', defaultMessage: 'Share' },
  { id: 'table.first', defaultMessage: 'First mention' },
  { id: 'table.last', defaultMessage: 'Last mention' },
  { id: 'table.trend', defaultMessage: 'Trend' },
];

export const AgencyTable = ({ rows, total, onOpen }: { rows: AgencyRow[]; total: number; onOpen: (row: AgencyRow) => void }) => {
  const { formatNumber } = useIntl();
  const t = useTranslate();
  const day = useFormatDay();
  const trend = (row: AgencyRow) =>
    row.trend === null
      ? row.previous === null || row.count === 0
        ? '—'
        : t('table.new', 'new')
      : formatNumber(row.trend, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 });

  return (
    <Table colCount={columnCount(COLUMNS)} rowCount={rows.length + 2}>
      <TableHeader columns={COLUMNS} />
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.documentId} onClick={() => onOpen(row)} style={{ cursor: 'pointer' }} data-testid={`agency-row-${row.key}`}>
            <WrappingTd $minWidth="16rem">
              <Typography fontWeight="bold">{row.name}</Typography>
            </WrappingTd>
            <Td>
              <Typography data-testid={`agency-count-${row.key}`}>{formatNumber(row.count)}</Typography>
            </Td>
            <Td>
              <Typography>{formatNumber(row.share, { style: 'percent', maximumFractionDigits: 1 })}</Typography>
            </Td>
            <Td>
              <Typography>{day(row.firstDay)}</Typography>
            </Td>
            <Td>
              <Typography>{day(row.lastDay)}</Typography>
            </Td>
            <Td>
              <Typography
                textColor={row.trend === null ? 'neutral800' : row.trend >= 0 ? 'success600' : 'danger600'}
                title={row.previous === null ? undefined : `${t('table.previous', 'Previous period')}: ${formatNumber(row.previous)}`}
              >
                {trend(row)}
              </Typography>
            </Td>
          </Tr>
        ))}
        <Tr>
          <Td>
            <Typography fontWeight="bold">{t('table.total', 'Total')}</Typography>
          </Td>
          <Td>
            <Typography fontWeight="bold" data-testid="total-count">
              {formatNumber(total)}
            </Typography>
          </Td>
          <Td colSpan={4} />
        </Tr>
      </Tbody>
    </Table>
  );
};
