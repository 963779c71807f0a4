/** Content Manager side panel of a partner agency: its mentions, total and last 12 months. */
import { Flex, Link, Loader, Typography } from '@strapi/design-system';
import { Suspense, lazy } from 'react';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { useRemote } from '../api';
import { isoDay } from '../domain/periods';
import type { StatsData } from '../domain/report';
import { PAGE_PATH, getTranslation } from '../pluginId';

interface PanelProps {
  model: string;
  documentId?: string;
}

type StatsAnswer = { data: StatsData };

// The charting library stays out of the panel's main bundle until a partner is open.
const Sparkline = lazy(() => import('./Sparkline'));

/** The first day of the month eleven months ago: twelve calendar months up to today. */
const twelveMonthsAgo = (today: Date) => isoDay(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1)));

const PanelContent = ({ documentId, agencyParam, total, months }: { documentId: string; agencyParam: string; total: number; months: StatsData }) => {
  const { formatMessage, formatNumber } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%" data-testid="partner-mentions-panel">
      <Flex justifyContent="space-between">
        <Typography>{t('panel.total', 'All time')}</Typography>
        <Typography fontWeight="bold" data-testid="partner-mentions-total">
          {formatNumber(total)}
        </Typography>
      </Flex>
      <Flex justifyContent="space-between">
        <Typography>{t('panel.last12', 'Last 12 months')}</Typography>
        <Typography fontWeight="bold" data-testid="partner-mentions-12">
          {formatNumber(months.total)}
        </Typography>
      </Flex>
      <div style={{ width: '100%', height: 48 }} data-testid={`sparkline-${documentId}`}>
        <Suspense fallback={<Loader small />}>
          <Sparkline series={months.series} />
        </Suspense>
      </div>
      <Link tag={NavLink} to={`${PAGE_PATH}?agency=${encodeURIComponent(agencyParam)}`}>
        {t('panel.open', 'Open in Syndication')}
      </Link>
    </Flex>
  );
};

/** A description component: Strapi shows the panel when it returns one. */
export const PartnerPanel = ({ model, documentId }: PanelProps) => {
  const { formatMessage } = useIntl();
  const agencies = useRemote<{ meta: { contentType: string } }>('/syndication/agencies');
  const isAgency = Boolean(documentId) && agencies.data?.meta.contentType === model;
  const total = useRemote<StatsAnswer>(isAgency ? '/syndication/stats' : null, { agency: documentId, interval: 'year' });
  const months = useRemote<StatsAnswer>(isAgency ? '/syndication/stats' : null, {
    agency: documentId,
    interval: 'month',
    from: twelveMonthsAgo(new Date()),
    to: isoDay(new Date()),
  });

  if (!isAgency || !total.data || !months.data) return null;
  return {
    title: formatMessage({ id: getTranslation('panel.title'), defaultMessage: 'Mentions' }),
    content: <PanelContent documentId={documentId!} agencyParam={documentId!} total={total.data.data.total} months={months.data.data} />,
  };
};
