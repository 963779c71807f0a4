/** Homepage widget: mentions this month and this year, per agency. */
import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { filterParams, useRemote } from '../api';
import { isoDay } from '../domain/periods';
import { agencyKey, type StatsData } from '../domain/report';
import { getTranslation, namesLocale } from '../pluginId';

export const MentionsWidget = () => {
  const { formatMessage, formatNumber, locale } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const today = isoDay(new Date());
  const thisMonth = today.slice(0, 7);
  const year = useRemote<{ data: StatsData }>('/syndication/stats', filterParams({ from: `${today.slice(0, 4)}-01-01`, to: today, interval: 'month', locale: namesLocale(locale) }));

  if (year.error) return <Widget.Error />;
  if (!year.data) return <Widget.Loading />;
  const { byAgency, series } = year.data.data;
  if (byAgency.length === 0) return <Widget.NoData>{t('widget.none', 'No mention this year yet.')}</Widget.NoData>;
  const month = series.find((entry) => entry.period === thisMonth)?.byAgency ?? {};

  return (
    <Table colCount={3} rowCount={byAgency.length + 1} data-testid="mentions-widget">
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('table.agency', 'Agency')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('widget.month', 'This month')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('widget.year', 'This year')}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {byAgency.map((entry) => (
          <Tr key={entry.agency.documentId}>
            <Td>
              <Typography>{entry.agency.name ?? entry.agency.slug}</Typography>
            </Td>
            <Td>
              <Typography data-testid={`widget-month-${agencyKey(entry.agency)}`}>{formatNumber(month[agencyKey(entry.agency)] ?? 0)}</Typography>
            </Td>
            <Td>
              <Typography fontWeight="bold" data-testid={`widget-year-${agencyKey(entry.agency)}`}>
                {formatNumber(entry.count)}
              </Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
