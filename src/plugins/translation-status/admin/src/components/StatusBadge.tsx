import { Badge } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { STATUS_VARIANT, getTranslation, type TranslationStatus } from '../pluginId';

/** One status, coloured like the rest of the panel: red missing, orange outdated, green current. */
export const StatusBadge = ({ status, count }: { status: TranslationStatus; count?: number }) => {
  const { formatMessage, formatNumber } = useIntl();
  const label = formatMessage({ id: getTranslation(`status.${status}`), defaultMessage: status });
  return <Badge variant={STATUS_VARIANT[status]}>{count === undefined ? label : `${label}: ${formatNumber(count)}`}</Badge>;
};
