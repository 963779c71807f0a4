/**
 * Homepage widget: mentions per agency this month and this year, or, when this year has none
 * yet, in the month and year of the latest mention, saying so.
 */
import { Flex, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { filterParams, useRemote } from '../api';
import { isoDay, latestYear } from '../domain/periods';
import { agencyRows, type AgencySummary, type StatsData } from '../domain/report';
import { useTranslate } from '../hooks/useTranslate';
import { namesLocale } from '../pluginId';
import { TableHeader, WrappingTd } from './DataTable';

type StatsAnswer = { data: StatsData; meta: { from: string | null; to: string | null } };

export const MentionsWidget = () => {
  const { formatNumber, formatDate, locale } = useIntl();
  const t = useTranslate();
  const names = filterParams({ locale: namesLocale(locale) });
  const today = isoDay(new Date());
  // All time, to learn the day of the latest mention (meta.to), then that year month by month.
  const allTime = useRemote<StatsAnswer>('/syndication/stats', { ...names, interval: 'year' });
  const latest = allTime.data ? latestYear(today, allTime.data.meta.to) : null;
  const year = useRemote<StatsAnswer>(latest ? '/syndication/stats' : null, { ...names, ...latest?.period, interval: 'month' });
  const agencies = useRemote<{ data: AgencySummary[] }>('/syndication/agencies', names);

  if (allTime.error || year.error) return <Widget.Error />;
  if (!allTime.data || (latest && !year.data)) return <Widget.Loading />;
  if (!latest || !year.data) return <Widget.NoData>{t('widget.none', 'No mention yet.')}</Widget.NoData>;

  const rows = agencyRows(year.data.data, agencies.data?.data ?? []);
  const month = year.data.data.series.find((entry) => entry.period === latest.month)?.byAgency ?? {};
  const monthName = formatDate(`${latest.month}-01T00:00:00Z`, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const columns = [
    { id: 'table.agency', defaultMessage: 'Agency' },
    latest.current ? { id: 'widget.month', defaultMessage: 'This month' } : { id: 'month', label: monthName },
    latest.current ? { id: 'widget.year', defaultMessage: 'This year' } : { id: 'year', label: latest.year },
  ];

  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="mentions-widget">
      {!latest.current && (
        <Typography variant="pi" textColor="neutral600" data-testid="widget-latest">
          {t('widget.latest', 'No mention in {thisYear} yet; the latest are from {year}.', {
            thisYear: today.slice(0, 4),
            year: latest.year,
          })}
        </Typography>
      )}
      <Table colCount={3} rowCount={rows.length + 1}>
        <TableHeader columns={columns} />
        <Tbody>
          {rows.map((row) => (
            <Tr key={row.documentId}>
              <WrappingTd $minWidth="10rem">
                <Typography>{row.name}</Typography>
              </WrappingTd>
              <Td>
                <Typography data-testid={`widget-month-${row.key}`}>{formatNumber(month[row.key] ?? 0)}</Typography>
              </Td>
              <Td>
                <Typography fontWeight="bold" data-testid={`widget-year-${row.key}`}>
                  {formatNumber(row.count)}
                </Typography>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Flex>
  );
};
