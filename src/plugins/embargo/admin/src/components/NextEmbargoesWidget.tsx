/** Homepage widget: the next three embargoes, with their countdowns. */
import { Flex, Link, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { NavLink } from 'react-router-dom';
import { editViewPath } from '../../../../admin-shared';
import { useTranslate } from '../hooks/useTranslate';
import { ROUTES, type EmbargoAction } from '../pluginId';
import { ActionSummary } from './ActionSummary';

export const NextEmbargoesWidget = () => {
  const t = useTranslate();
  const { get } = useFetchClient();
  const [actions, setActions] = useState<EmbargoAction[] | null>(null);

  useEffect(() => {
    get<{ data: EmbargoAction[] }>(`${ROUTES.actions}?when=upcoming&pageSize=3`)
      .then(({ data }) => setActions(data.data))
      .catch(() => setActions([]));
  }, [get]);

  if (actions === null) return null;
  if (actions.length === 0) return <Typography textColor="neutral600">{t('widget.none', 'No embargo ahead.')}</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="embargo-widget">
      {actions.map((action) => (
        <Flex key={action.id} direction="column" alignItems="stretch" gap={1}>
          <Link tag={NavLink} to={editViewPath(action.contentType, action.documentId, action.locales?.[0] ?? '')}>
            {action.title ?? action.documentId}
          </Link>
          <ActionSummary action={action} />
        </Flex>
      ))}
    </Flex>
  );
};
