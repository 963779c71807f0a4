import { Box, Tabs } from '@strapi/design-system';
import { Layouts, Page, useQueryParams, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { FeedsTab } from '../components/FeedsTab';
import { PERMISSIONS, getTranslation } from '../pluginId';
import { Dashboard } from './Dashboard';

const SyndicationPage = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const [{ query }, setQuery] = useQueryParams<{ tab?: string }>();
  // One check per action: useRBAC names results after the action's last word (both "manage").
  const mentions = useRBAC(PERMISSIONS.manageMentions as any);
  const feeds = useRBAC(PERMISSIONS.manageFeeds as any);
  const tab = query.tab === 'feeds' ? 'feeds' : 'mentions';

  return (
    <Page.Main>
      <Page.Title>{t('plugin.name', 'Syndication')}</Page.Title>
      <Layouts.Header
        title={t('plugin.name', 'Syndication')}
        subtitle={t('page.subtitle', 'Materials mentioning the organisation, distributed by partner agencies')}
      />
      <Layouts.Content>
        <Tabs.Root value={tab} onValueChange={(value: string) => setQuery({ tab: value === 'mentions' ? undefined : value } as any)}>
          <Tabs.List aria-label={t('plugin.name', 'Syndication')}>
            <Tabs.Trigger value="mentions">{t('tab.mentions', 'Mentions')}</Tabs.Trigger>
            <Tabs.Trigger value="feeds">{t('tab.feeds', 'Feeds')}</Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content value="mentions">
            <Box paddingTop={6}>
              <Dashboard canManageMentions={Boolean(mentions.allowedActions.canManage)} />
            </Box>
          </Tabs.Content>
          <Tabs.Content value="feeds">
            <Box paddingTop={6}>
              <FeedsTab canManage={Boolean(feeds.allowedActions.canManage)} />
            </Box>
          </Tabs.Content>
        </Tabs.Root>
      </Layouts.Content>
    </Page.Main>
  );
};

const App = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <SyndicationPage />
  </Page.Protect>
);

export default App;
