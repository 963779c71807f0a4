/**
 * Content Manager side panel of a partner agency: its mentions, total and twelve months (the
 * last twelve, or, when it had none in them, the twelve up to its latest mention, named).
 */
import { Flex, Link, Loader, Typography } from '@strapi/design-system';
import { Suspense, lazy } from 'react';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { useRemote } from '../api';
import { isoDay, latestTwelveMonths } from '../domain/periods';
import type { StatsData } from '../domain/report';
import { useTranslate } from '../hooks/useTranslate';
import { PAGE_PATH } from '../pluginId';

interface PanelProps {
  model: string;
  documentId?: string;
}

type StatsAnswer = { data: StatsData; meta: { from: string | null; to: string | null } };

// The charting library stays out of the panel's main bundle until a partner is open.
const Sparkline = lazy(() => import('./Sparkline'));

const PanelContent = ({
  documentId,
  agencyParam,
  total,
  months,
  current,
}: {
  documentId: string;
  agencyParam: string;
  total: number;
  months: StatsAnswer;
  current: boolean;
}) => {
  const { formatNumber, formatDate } = useIntl();
  const t = useTranslate();
  const month = (day: string | null) => (day ? formatDate(`${day}T00:00:00Z`, { month: 'short', year: 'numeric', timeZone: 'UTC' }) : '…');
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%" data-testid="partner-mentions-panel">
      <Flex justifyContent="space-between" gap={2}>
        <Typography>{t('panel.total', 'All time')}</Typography>
        <Typography fontWeight="bold" data-testid="partner-mentions-total">
          {formatNumber(total)}
        </Typography>
      </Flex>
      <Flex justifyContent="space-between" gap={2} alignItems="flex-start">
        {current ? (
          <Typography data-testid="partner-mentions-12-label">{t('panel.last12', 'Last 12 months')}</Typography>
        ) : (
          <Flex direction="column" alignItems="flex-start">
            <Typography data-testid="partner-mentions-12-label">
              {t('panel.months', '{from} – {to}', { from: month(months.meta.from), to: month(months.meta.to) })}
            </Typography>
            <Typography variant="pi" textColor="neutral600">
              {t('panel.latest', 'Latest twelve months with mentions')}
            </Typography>
          </Flex>
        )}
        <Typography fontWeight="bold" data-testid="partner-mentions-12">
          {formatNumber(months.data.total)}
        </Typography>
      </Flex>
      <div style={{ width: '100%', height: 48 }} data-testid={`sparkline-${documentId}`}>
        <Suspense fallback={<Loader small />}>
          <Sparkline series={months.data.series} />
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
  const t = useTranslate();
  const agencies = useRemote<{ meta: { contentType: string } }>('/syndication/agencies');
  const isAgency = Boolean(documentId) && agencies.data?.meta.contentType === model;
  const total = useRemote<StatsAnswer>(isAgency ? '/syndication/stats' : null, { agency: documentId, interval: 'year' });
  // The all-time answer ends at the partner's latest mention (meta.to): the window follows it.
  const twelve = total.data ? latestTwelveMonths(isoDay(new Date()), total.data.meta.to) : null;
  const months = useRemote<StatsAnswer>(twelve ? '/syndication/stats' : null, { agency: documentId, interval: 'month', ...twelve?.period });

  if (!isAgency || !total.data || !twelve || !months.data) return null;
  return {
    title: t('panel.title', 'Mentions'),
    content: (
      <PanelContent
        documentId={documentId!}
        agencyParam={documentId!}
        total={total.data.data.total}
        months={months.data}
        current={twelve.current}
      />
    ),
  };
};
