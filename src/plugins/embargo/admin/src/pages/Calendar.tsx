/** The embargo calendar: upcoming embargoes (soonest first) and recent ones, filtered by type and locale. */
import {
  Box,
  Flex,
  Link,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tabs,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { NavLink } from 'react-router-dom';
import { editViewPath } from '../../../../admin-shared';
import { KindLabel, LocalesLabel, StatusBadge } from '../components/ActionSummary';
import { Countdown } from '../components/Countdown';
import { browserTimeZone, useFormatInstant, useTranslate } from '../hooks/useTranslate';
import { messageOf, PERMISSIONS, ROUTES, type EmbargoAction, type EmbargoSettings } from '../pluginId';

type When = 'upcoming' | 'past';
const ANY = '';

const ActionTable = ({ when, kind, locale }: { when: When; kind: string; locale: string }) => {
  const t = useTranslate();
  const formatInstant = useFormatInstant();
  const { get } = useFetchClient();
  const [actions, setActions] = useState<EmbargoAction[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const query = new URLSearchParams({ when, pageSize: '100' });
    if (kind) query.set('kind', kind);
    if (locale) query.set('locale', locale);
    get<{ data: EmbargoAction[] }>(`${ROUTES.actions}?${query}`)
      .then(({ data }) => setActions(data.data))
      .catch((failure) => setError(messageOf(failure)));
  }, [get, when, kind, locale]);

  if (error) return <Typography textColor="danger600">{error}</Typography>;
  if (actions === null) return null;
  if (actions.length === 0) {
    return (
      <Box padding={4}>
        <Typography textColor="neutral600">
          {when === 'upcoming' ? t('calendar.noneUpcoming', 'No embargo ahead.') : t('calendar.noneRecent', 'No embargo has lifted yet.')}
        </Typography>
      </Box>
    );
  }
  return (
    <Table colCount={6} rowCount={actions.length + 1} data-testid={`embargo-calendar-${when}`}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('calendar.document', 'Document')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('form.kind', 'Action')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('form.locales', 'Locales')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('calendar.when', 'When')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('calendar.status', 'Status')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('calendar.setBy', 'Set by')}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {actions.map((action) => (
          <Tr key={action.id} data-testid={`embargo-row-${action.id}`}>
            <Td>
              <Link tag={NavLink} to={editViewPath(action.contentType, action.documentId, action.locales?.[0] ?? '')}>
                {action.title ?? action.documentId}
              </Link>
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography>
                  <KindLabel action={action} />
                </Typography>
                {action.versions === 'as-scheduled' && (
                  <Typography variant="pi" textColor="neutral600">
                    {t('calendar.asScheduled', 'versions as scheduled')}
                  </Typography>
                )}
              </Flex>
            </Td>
            <Td>
              <Typography>
                <LocalesLabel locales={action.locales} />
              </Typography>
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography>
                  {formatInstant(action.dueAt, action.timeZone)} ({action.timeZone})
                </Typography>
                {action.timeZone !== browserTimeZone() && (
                  <Typography variant="pi" textColor="neutral600">
                    {formatInstant(action.dueAt)}
                  </Typography>
                )}
                {action.status === 'pending' && <Countdown until={action.dueAt} />}
              </Flex>
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <StatusBadge status={action.status} />
                {action.lateByMs !== null && action.status !== 'failed' && (
                  <Typography variant="pi" textColor="neutral600">
                    {t('calendar.lateBy', '{seconds} s after the time', { seconds: (action.lateByMs / 1000).toFixed(1) })}
                  </Typography>
                )}
                {action.error && (
                  <Typography variant="pi" textColor="danger600">
                    {action.error}
                  </Typography>
                )}
              </Flex>
            </Td>
            <Td>
              <Typography>{action.scheduledBy.name ?? '—'}</Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

const Calendar = () => {
  const t = useTranslate();
  const { get } = useFetchClient();
  const [settings, setSettings] = useState<EmbargoSettings | null>(null);
  const [kind, setKind] = useState(ANY);
  const [locale, setLocale] = useState(ANY);

  useEffect(() => {
    get<{ data: EmbargoSettings }>(ROUTES.settings)
      .then(({ data }) => setSettings(data.data))
      .catch(() => setSettings({ timeZone: 'UTC', locales: [], contentTypes: [] }));
  }, [get]);

  return (
    <Page.Main>
      <Page.Title>{t('plugin.name', 'Embargo')}</Page.Title>
      <Layouts.Header
        title={t('calendar.title', 'Embargo calendar')}
        subtitle={t('calendar.subtitle', 'Scheduled publications and withdrawals; default zone {zone}', {
          zone: settings?.timeZone ?? '…',
        })}
      />
      <Layouts.Content>
        <Flex gap={4} paddingBottom={4}>
          <SingleSelect
            aria-label={t('calendar.filterKind', 'Type')}
            value={kind}
            onChange={(value: string | number) => setKind(String(value))}
            data-testid="embargo-filter-kind"
          >
            <SingleSelectOption value={ANY}>{t('calendar.anyKind', 'Publish and unpublish')}</SingleSelectOption>
            <SingleSelectOption value="publish">{t('kind.publish', 'Publish')}</SingleSelectOption>
            <SingleSelectOption value="unpublish">{t('kind.unpublish', 'Unpublish')}</SingleSelectOption>
          </SingleSelect>
          <SingleSelect
            aria-label={t('calendar.filterLocale', 'Locale')}
            value={locale}
            onChange={(value: string | number) => setLocale(String(value))}
            data-testid="embargo-filter-locale"
          >
            <SingleSelectOption value={ANY}>{t('calendar.anyLocale', 'Every locale')}</SingleSelectOption>
            {(settings?.locales ?? []).map((code) => (
              <SingleSelectOption key={code} value={code}>
                {code}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Flex>
        <Tabs.Root defaultValue="upcoming">
          <Tabs.List aria-label={t('calendar.title', 'Embargo calendar')}>
            <Tabs.Trigger value="upcoming">{t('calendar.upcoming', 'Upcoming')}</Tabs.Trigger>
            <Tabs.Trigger value="past">{t('calendar.recent', 'Recent')}</Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content value="upcoming">
            <ActionTable when="upcoming" kind={kind} locale={locale} />
          </Tabs.Content>
          <Tabs.Content value="past">
            <ActionTable when="past" kind={kind} locale={locale} />
          </Tabs.Content>
        </Tabs.Root>
      </Layouts.Content>
    </Page.Main>
  );
};

const App = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <Calendar />
  </Page.Protect>
);

export default App;
