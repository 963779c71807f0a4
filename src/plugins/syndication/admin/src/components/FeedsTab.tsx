/** The agencies' feeds with their health: enable or disable them, poll one now. */
import { Badge, Flex, IconButton, Loader, Switch, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { errorOf, filterParams, useRemote } from '../api';
import type { FeedHealth, PollResult } from '../../../server/src/domain/feeds/health';
import { getTranslation, namesLocale } from '../pluginId';

const STATUS_VARIANT = { ok: 'success', 'not-modified': 'secondary', error: 'danger' } as const;

export const FeedsTab = ({ canManage }: { canManage: boolean }) => {
  const { formatMessage, formatNumber, formatDate, locale } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, unknown>) => formatMessage({ id: getTranslation(id), defaultMessage }, values as any);
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
        content={t('feeds.none', 'No feed yet. Add one in the Content Manager (Feed) with its address and agency; it is polled every 15 minutes.')}
      />
    );
  }

  return (
    <Table colCount={canManage ? 8 : 6} rowCount={feeds.data.data.length + 1}>
      <Thead>
        <Tr>
          {[
            ['feeds.feed', 'Feed'],
            ['table.agency', 'Agency'],
            ['feeds.lastPoll', 'Last poll'],
            ['feeds.status', 'Status'],
            ['feeds.itemsSeen', 'Items seen'],
            ['feeds.mentionsFound', 'Mentions found'],
          ].map(([id, label]) => (
            <Th key={id}>
              <Typography variant="sigma">{t(id, label)}</Typography>
            </Th>
          ))}
          {canManage && (
            <>
              <Th>
                <Typography variant="sigma">{t('feeds.enabled', 'Enabled')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('mentions.actions', 'Actions')}</Typography>
              </Th>
            </>
          )}
        </Tr>
      </Thead>
      <Tbody>
        {feeds.data.data.map((feed) => {
          const result = results[feed.documentId];
          return (
            <Tr key={feed.documentId} data-testid="feed-row">
              <Td style={{ maxWidth: 320 }}>
                <Flex direction="column" alignItems="flex-start">
                  <Typography fontWeight="bold">{feed.name}</Typography>
                  <Typography variant="pi" textColor="neutral600" ellipsis>
                    {feed.url}
                  </Typography>
                </Flex>
              </Td>
              <Td>
                <Typography>{feed.agency?.name ?? '—'}</Typography>
              </Td>
              <Td>
                <Typography>{feed.lastPolledAt ? formatDate(feed.lastPolledAt, { dateStyle: 'medium', timeStyle: 'short' }) : t('feeds.never', 'never')}</Typography>
              </Td>
              <Td style={{ maxWidth: 300 }}>
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  {feed.lastStatus ? <Badge variant={STATUS_VARIANT[feed.lastStatus]}>{t(`feeds.status.${feed.lastStatus}`, feed.lastStatus)}</Badge> : '—'}
                  {feed.lastError && (
                    <Typography variant="pi" textColor="danger600">
                      {feed.lastError}
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
              </Td>
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
