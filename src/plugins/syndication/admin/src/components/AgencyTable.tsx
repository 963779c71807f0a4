/** Per-agency numbers of the chosen period: mentions, share, first and last mention, trend. */
import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { AgencyRow } from '../domain/report';
import { getTranslation } from '../pluginId';

export const AgencyTable = ({ rows, total, onOpen }: { rows: AgencyRow[]; total: number; onOpen: (row: AgencyRow) => void }) => {
  const { formatMessage, formatNumber, formatDate } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const day = (value: string | null) => (value ? formatDate(`${value}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' }) : '—');
  const trend = (row: AgencyRow) =>
    row.trend === null
      ? row.previous === null
        ? '—'
        : t('table.new', 'new')
      : formatNumber(row.trend, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 });

  return (
    <Table colCount={6} rowCount={rows.length + 2}>
      <Thead>
        <Tr>
          {[
            ['table.agency', 'Agency'],
            ['table.mentions', 'Mentions'],
            ['table.share', 'Share'],
            ['table.first', 'First mention'],
            ['table.last', 'Last mention'],
            ['table.trend', 'Trend'],
          ].map(([id, label]) => (
            <Th key={id}>
              <Typography variant="sigma">{t(id, label)}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.documentId} onClick={() => onOpen(row)} style={{ cursor: 'pointer' }} data-testid={`agency-row-${row.key}`}>
            <Td>
              <Typography fontWeight="bold">{row.name}</Typography>
            </Td>
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
