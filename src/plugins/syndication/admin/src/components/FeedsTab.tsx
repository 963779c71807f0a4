/** The agencies' feeds with their health: enable or disable them, poll one now. */
import { Badge, Box, Flex, IconButton, Loader, Switch, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { errorOf, filterParams, useRemote } from '../api';
import type { FeedHealth, PollResult } from '../../../server/src/domain/feeds/health';
import { feedProblemMessage } from '../domain/feed-problems';
import { datesEstimatedSummary, encodingSummary, skippedSummary } from '../domain/feed-reading';
import { useTranslate } from '../hooks/useTranslate';
import { namesLocale } from '../pluginId';
import { TableHeader, WrappingTd, columnCount } from './DataTable';

const STATUS_VARIANT = { ok: 'success', 'not-modified': 'secondary', error: 'danger' } as const;

const columns = (canManage: boolean) => [
  { id: 'feeds.feed', defaultMessage: 'Feed' },
  { id: 'table.agency', defaultMessage: 'Agency' },
  { id: 'feeds.lastPoll', defaultMessage: 'Last poll' },
  { id: 'feeds.status', defaultMessage: 'Status' },
  { id: 'feeds.itemsSeen', defaultMessage: 'Items seen' },
  { id: 'feeds.mentionsFound', defaultMessage: 'Mentions found' },
  canManage && { id: 'feeds.enabled', defaultMessage: 'Enabled' },
  canManage && { id: 'mentions.actions', defaultMessage: 'Actions' },
];

export const FeedsTab = ({ canManage }: { canManage: boolean }) => {
  const { formatNumber, formatDate, locale } = useIntl();
  const t = useTranslate();
  const { put, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const feeds = useRemote<{ data: FeedHealth[] }>('/syndication/feeds', filterParams({ locale: namesLocale(locale) }));
  const [polling, setPolling] = useState<string | null>(null);
  const [results, setResults] = useState<Record<string, PollResult>>({});

  const toggle = async (feed: FeedHealth, enabled: boolean) => {
    try {
      await put(`/syndication/feeds/${feed.documentId}`, { data: { enabled } });
      feeds.reload();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorOf(error).message });
    }
  };

  const poll = async (feed: FeedHealth) => {
    setPolling(feed.documentId);
    try {
      const { data } = await post<{ data: PollResult }>(`/syndication/feeds/${feed.documentId}/poll`, {});
      setResults((previous) => ({ ...previous, [feed.documentId]: data.data }));
      feeds.reload();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorOf(error).message });
    } finally {
      setPolling(null);
    }
  };

  if (feeds.error) return <Page.Error />;
  if (!feeds.data) return <Page.Loading />;
  if (feeds.data.data.length === 0) {
    return (
      <Page.NoData
        content={t(
          'feeds.none',
          'No feed yet. Add one in the Content Manager (Feed) with its address and agency; it is polled every 15 minutes.'
        )}
      />
    );
  }

  return (
    <Table colCount={columnCount(columns(canManage))} rowCount={feeds.data.data.length + 1}>
      <TableHeader columns={columns(canManage)} />
      <Tbody>
        {feeds.data.data.map((feed) => {
          const result = results[feed.documentId];
          return (
            <Tr key={feed.documentId} data-testid="feed-row">
              <WrappingTd $minWidth="14rem">
                <Flex direction="column" alignItems="stretch">
                  <Typography fontWeight="bold">{feed.name}</Typography>
                  {/* The address on one line, cut at the cell's width; the whole of it on hover. Its
                      width is the column's least width (a cut line's is its box's): 14rem leaves the
                      table room at 1280 px in Russian, where the 18rem it had overflowed by 20 px. */}
                  <Box maxWidth="14rem">
                    <Typography variant="pi" textColor="neutral600" ellipsis title={feed.url}>
                      {feed.url}
                    </Typography>
                  </Box>
                </Flex>
              </WrappingTd>
              <WrappingTd $minWidth="12rem">
                <Typography>{feed.agency?.name ?? '—'}</Typography>
              </WrappingTd>
              <WrappingTd $minWidth="9rem">
                <Typography>
                  {feed.lastPolledAt
                    ? formatDate(feed.lastPolledAt, { dateStyle: 'medium', timeStyle: 'short' })
                    : t('feeds.never', 'never')}
                </Typography>
              </WrappingTd>
              <WrappingTd $minWidth="16rem">
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  {feed.lastStatus ? (
                    <Badge variant={STATUS_VARIANT[feed.lastStatus]}>{t(`feeds.status.${feed.lastStatus}`, feed.lastStatus)}</Badge>
                  ) : (
                    '—'
                  )}
                  {feed.lastError && (
                    <Typography variant="pi" textColor="danger600" title={feed.lastError} data-testid="feed-error">
                      {feedProblemMessage(feed, t)}
                    </Typography>
                  )}
                  {[skippedSummary(feed, t), datesEstimatedSummary(feed, t)].map(
                    (line) =>
                      line && (
                        <Typography key={line} variant="pi" textColor="warning600" data-testid="feed-skipped">
                          {line}
                        </Typography>
                      )
                  )}
                  {encodingSummary(feed, t) && (
                    <Typography variant="pi" textColor="neutral600" data-testid="feed-encoding">
                      {encodingSummary(feed, t)}
                    </Typography>
                  )}
                  {result && (
                    <Typography variant="pi" textColor="neutral600" data-testid="poll-result">
                      {t('feeds.pollResult', 'Polled now: {itemsSeen} items, {mentionsFound} mentions, {mentionsCreated} new', {
                        itemsSeen: result.itemsSeen,
                        mentionsFound: result.mentionsFound,
                        mentionsCreated: result.mentionsCreated,
                      })}
                    </Typography>
                  )}
                </Flex>
              </WrappingTd>
              <Td>
                <Typography>{formatNumber(feed.itemsSeen)}</Typography>
              </Td>
              <Td>
                <Typography>{formatNumber(feed.mentionsFound)}</Typography>
              </Td>
              {canManage && (
                <>
                  <Td>
                    <Switch
                      aria-label={t('feeds.enabled', 'Enabled')}
                      checked={feed.enabled}
                      onCheckedChange={(enabled: boolean) => toggle(feed, enabled)}
                      onLabel={t('feeds.on', 'On')}
                      offLabel={t('feeds.off', 'Off')}
                    />
                  </Td>
                  <Td>
                    {polling === feed.documentId ? (
                      <Loader small>{t('feeds.pollNow', 'Poll now')}</Loader>
                    ) : (
                      <IconButton label={t('feeds.pollNow', 'Poll now')} variant="secondary" onClick={() => poll(feed)}>
                        <ArrowClockwise />
                      </IconButton>
                    )}
                  </Td>
                </>
              )}
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
