/** The plugin's UI strings and day formatting, the same way in every component. */
import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { usePluginTranslate, type Translate } from '../../../../admin-shared';
import { PLUGIN_ID } from '../pluginId';

export type { Translate };

/** A string of this plugin in the panel's language: `t(id, defaultMessage, values)`. */
export const useTranslate = (): Translate => usePluginTranslate(PLUGIN_ID);

/** A UTC calendar day (YYYY-MM-DD) in the panel's language; `missing` when there is none. */
export function useFormatDay(missing = '—') {
  const { formatDate } = useIntl();
  return useCallback(
    (day: string | null | undefined) => (day ? formatDate(`${day}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' }) : missing),
    [formatDate, missing]
  );
}
