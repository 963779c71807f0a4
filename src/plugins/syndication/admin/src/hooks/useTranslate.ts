/** The plugin's UI strings and day formatting, the same way in every component. */
import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { getTranslation } from '../pluginId';

export type Translate = (id: string, defaultMessage: string, values?: Record<string, unknown>) => string;

/** `t('table.agency', 'Agency')`: a string of this plugin in the panel's language. */
export function useTranslate(): Translate {
  const { formatMessage } = useIntl();
  return useCallback<Translate>(
    (id, defaultMessage, values) => formatMessage({ id: getTranslation(id), defaultMessage }, values as Record<string, string | number>),
    [formatMessage]
  );
}

/** A UTC calendar day (YYYY-MM-DD) in the panel's language; `missing` when there is none. */
export function useFormatDay(missing = '—') {
  const { formatDate } = useIntl();
  return useCallback(
    (day: string | null | undefined) => (day ? formatDate(`${day}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' }) : missing),
    [formatDate, missing]
  );
}
