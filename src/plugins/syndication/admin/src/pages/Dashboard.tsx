/** Mentions per agency for a period: table, chart, exports, the mentions behind any number. */
import { Box, Button, Flex, Tag, Typography } from '@strapi/design-system';
import { Cross, Download } from '@strapi/icons';
import { Page, useQueryParams } from '@strapi/strapi/admin';
import { useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { filterParams, useRemote } from '../api';
import { AddMention, type AgencyOption } from '../components/AddMention';
import { AgencyTable } from '../components/AgencyTable';
import { MentionList, type MentionSelection } from '../components/MentionList';
import { MentionsChart } from '../components/MentionsChart';
import { PeriodFilters, type Filters } from '../components/PeriodFilters';
import { downloadChart, downloadCsv } from '../domain/downloads';
import { clip, isoDay, periodDays, presetPeriod, suggestedInterval, type Interval, type Preset } from '../domain/periods';
import { agencyRows, chartRows, dataSpan, reportRows, type StatsData } from '../domain/report';
import { useFormatDay, useTranslate } from '../hooks/useTranslate';
import { namesLocale } from '../pluginId';

interface Query {
  preset?: Preset;
  from?: string;
  to?: string;
  language?: string;
  interval?: Interval;
  layout?: 'stacked' | 'grouped';
  agency?: string;
}

type AgencyDescription = AgencyOption & { since: string | null };

export const Dashboard = ({ canManageMentions }: { canManageMentions: boolean }) => {
  const { formatNumber, locale } = useIntl();
  const names = { locale: namesLocale(locale) };
  const t = useTranslate();
  const day = useFormatDay('…');
  const [{ query }, setQuery] = useQueryParams<Query>();
  const chart = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<MentionSelection | null>(null);

  const agencies = useRemote<{ data: AgencyDescription[] }>('/syndication/agencies', filterParams(names));
  const today = isoDay(new Date());
  const partnerSince = useMemo(() => {
    const list = (agencies.data?.data ?? []).filter(
      (agency) => !query.agency || agency.slug === query.agency || agency.documentId === query.agency
    );
    const days = list
      .map((agency) => agency.since)
      .filter((since): since is string => Boolean(since))
      .sort();
    return days[0] ?? null;
  }, [agencies.data, query.agency]);

  const preset: Preset = query.preset ?? 'sincePartnership';
  const period = presetPeriod(preset, today, { custom: { from: query.from ?? null, to: query.to ?? null }, partnerSince });
  // Wait for the agencies before asking "since partnership began", so it is asked once.
  const ready = preset !== 'sincePartnership' || agencies.data !== null || agencies.error !== null;
  const filter = filterParams({ from: period.from, to: period.to, language: query.language, agency: query.agency, ...names });
  // Until one is picked, the interval fits the days that have mentions, not the whole period:
  // ten years since partnership with mentions in two of them read best month by month.
  const bounds = useRemote<{ data: StatsData }>(ready && !query.interval ? '/syndication/stats' : null, { ...filter, interval: 'year' });
  const interval: Interval = query.interval ?? suggestedInterval((bounds.data && dataSpan(bounds.data.data)) || period);
  const filters: Filters = {
    preset,
    from: period.from,
    to: period.to,
    language: query.language ?? '',
    interval,
    stacked: query.layout !== 'grouped',
  };
  const setFilters = (change: Partial<Filters>) => {
    const next: Query = { ...query };
    if (change.preset) {
      next.preset = change.preset;
      next.interval = undefined; // follow the new period
      if (change.preset === 'custom') Object.assign(next, { from: period.from ?? undefined, to: period.to ?? undefined });
      else Object.assign(next, { from: undefined, to: undefined });
    }
    if ('from' in change) next.from = change.from ?? undefined;
    if ('to' in change) next.to = change.to ?? undefined;
    if ('language' in change) next.language = change.language || undefined;
    if (change.interval) next.interval = change.interval;
    if ('stacked' in change) next.layout = change.stacked ? 'stacked' : 'grouped';
    setQuery(next as any);
  };

  const intervalKnown = Boolean(query.interval) || bounds.data !== null || bounds.error !== null;
  const stats = useRemote<{ data: StatsData; meta: { from: string | null; to: string | null; interval: Interval } }>(
    ready && intervalKnown ? '/syndication/stats' : null,
    {
      ...filter,
      interval,
      ...(period.from && period.to ? { compare: 'previous' } : {}),
    }
  );

  const data = stats.data?.data;
  // Every agency gets a row, those without a mention in the period too (unless one is picked).
  const everyAgency = query.agency ? [] : (agencies.data?.data ?? []);
  const rows = data ? agencyRows(data, everyAgency) : [];
  const shown = stats.data?.meta ?? { ...period, interval };

  const open = (title: string, agency: string | null, days: { from: string | null; to: string | null }) =>
    setSelection({ title, agency, from: days.from, to: days.to, language: filters.language || null });
  const openPeriod = (agencyKey: string, chartPeriod: string) => {
    const row = rows.find((candidate) => candidate.key === agencyKey);
    const days = clip(periodDays(chartPeriod, shown.interval), shown);
    open(`${row?.name ?? agencyKey} · ${chartPeriod}`, row?.documentId ?? agencyKey, days);
  };

  const fileName = (extension: string) => `mentions-${shown.from ?? 'start'}-${shown.to ?? today}.${extension}`;
  const exportCsv = () =>
    data &&
    downloadCsv(
      reportRows(data, {
        period: t('csv.period', 'Period'),
        agency: t('table.agency', 'Agency'),
        mentions: t('table.mentions', 'Mentions'),
        total: t('table.total', 'Total'),
      }),
      fileName('csv')
    );

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <PeriodFilters filters={filters} onChange={setFilters} />
          <Flex gap={2} wrap="wrap">
            <Typography textColor="neutral600" data-testid="period-shown">
              {t('period.shown', '{from} – {to}', { from: day(shown.from), to: day(shown.to) })}
            </Typography>
            {query.agency && (
              <Tag icon={<Cross aria-hidden />} onClick={() => setQuery({ ...query, agency: undefined } as any)}>
                {t('filters.agency', 'Agency')}:{' '}
                {agencies.data?.data.find((agency) => agency.slug === query.agency || agency.documentId === query.agency)?.name ??
                  query.agency}
              </Tag>
            )}
          </Flex>
        </Flex>
      </Box>

      {stats.error ? (
        <Page.Error />
      ) : !data ? (
        <Page.Loading />
      ) : (
        <>
          <Flex justifyContent="space-between" wrap="wrap" gap={2}>
            <Typography variant="delta" tag="h2">
              {t('table.title', 'Mentions per agency')}
            </Typography>
            <Flex gap={2}>
              {canManageMentions && <AddMention agencies={agencies.data?.data ?? []} onAdded={stats.reload} />}
              <Button variant="secondary" startIcon={<Download />} onClick={exportCsv}>
                {t('export.csv', 'CSV')}
              </Button>
            </Flex>
          </Flex>
          <AgencyTable rows={rows} total={data.total} onOpen={(row) => open(row.name, row.documentId, shown)} />

          <Flex justifyContent="space-between" wrap="wrap" gap={2}>
            <Typography variant="delta" tag="h2">
              {t('chart.title', 'Mentions per {interval}', { interval: t(`interval.${interval}.one`, interval) })}
            </Typography>
            <Flex gap={2}>
              <Button
                variant="secondary"
                startIcon={<Download />}
                onClick={() => chart.current && downloadChart(chart.current, 'png', fileName('png'))}
              >
                {t('export.png', 'PNG')}
              </Button>
              <Button
                variant="secondary"
                startIcon={<Download />}
                onClick={() => chart.current && downloadChart(chart.current, 'svg', fileName('svg'))}
              >
                {t('export.svg', 'SVG')}
              </Button>
            </Flex>
          </Flex>
          <MentionsChart
            ref={chart}
            rows={chartRows(data)}
            agencies={rows.filter((row) => row.count > 0)}
            interval={shown.interval}
            stacked={filters.stacked}
            onOpen={openPeriod}
          />
          <Typography variant="pi" textColor="neutral600">
            {t('chart.hint', 'Click a row or a bar to see the mentions behind the number. Total: {total}.', {
              total: formatNumber(data.total),
            })}
          </Typography>
        </>
      )}

      {selection && (
        <MentionList selection={selection} canManage={canManageMentions} onClose={() => setSelection(null)} onChanged={stats.reload} />
      )}
    </Flex>
  );
};
