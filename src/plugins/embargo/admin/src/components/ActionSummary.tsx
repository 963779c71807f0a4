/** One embargo as staff read it: what, which locales, when in its zone and in theirs, who set it. */
import { Badge, Flex, Typography } from '@strapi/design-system';
import { browserTimeZone, useFormatInstant, useTranslate } from '../hooks/useTranslate';
import type { EmbargoAction } from '../pluginId';
import { Countdown } from './Countdown';

export const STATUS_VARIANT: Record<EmbargoAction['status'], 'secondary' | 'success' | 'warning' | 'danger' | 'neutral'> = {
  pending: 'secondary',
  done: 'success',
  late: 'warning',
  failed: 'danger',
  cancelled: 'neutral',
};

export const KindLabel = ({ action }: { action: EmbargoAction }) => {
  const t = useTranslate();
  return <>{action.kind === 'publish' ? t('kind.publish', 'Publish') : t('kind.unpublish', 'Unpublish')}</>;
};

export const LocalesLabel = ({ locales }: { locales: string[] | null }) => {
  const t = useTranslate();
  return <>{locales === null ? t('locales.all', 'all locales') : locales.join(', ')}</>;
};

export const StatusBadge = ({ status }: { status: EmbargoAction['status'] }) => {
  const t = useTranslate();
  return <Badge variant={STATUS_VARIANT[status]}>{t(`status.${status}`, status)}</Badge>;
};

export const ActionSummary = ({ action }: { action: EmbargoAction }) => {
  const t = useTranslate();
  const formatInstant = useFormatInstant();
  const ownZone = browserTimeZone();
  return (
    <Flex direction="column" alignItems="stretch" gap={1} data-testid={`embargo-action-${action.id}`}>
      <Flex justifyContent="space-between" gap={2}>
        <Typography fontWeight="semiBold">
          <KindLabel action={action} /> · <LocalesLabel locales={action.locales} />
        </Typography>
        <StatusBadge status={action.status} />
      </Flex>
      <Typography variant="pi">
        {formatInstant(action.dueAt, action.timeZone)} ({action.timeZone})
      </Typography>
      {ownZone !== action.timeZone && (
        <Typography variant="pi" textColor="neutral600">
          {t('summary.yourTime', 'Your time: {time}', { time: formatInstant(action.dueAt, ownZone) })}
        </Typography>
      )}
      {action.versions === 'as-scheduled' && (
        <Typography variant="pi" textColor="neutral600" data-testid="embargo-action-as-scheduled">
          {t('summary.asScheduled', 'Versions as they stood when the embargo was set')}
        </Typography>
      )}
      {action.status === 'pending' && <Countdown until={action.dueAt} />}
      {action.scheduledBy.name && (
        <Typography variant="pi" textColor="neutral600">
          {t('summary.setBy', 'Set by {name}', { name: action.scheduledBy.name })}
        </Typography>
      )}
    </Flex>
  );
};
