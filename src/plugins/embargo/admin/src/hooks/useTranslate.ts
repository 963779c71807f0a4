/** The plugin's UI strings and time formatting, the same way in every component. */
import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { usePluginTranslate, type Translate } from '../../../../admin-shared';
import { PLUGIN_ID } from '../pluginId';

export type { Translate };

/** A string of this plugin in the panel's language: `t(id, defaultMessage, values)`. */
export const useTranslate = (): Translate => usePluginTranslate(PLUGIN_ID);

/** The zone of the editor's browser. */
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

const INSTANT_FIELDS = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
} as const;

/** An instant as date and time in a zone, in the panel's language, with the zone's short name. */
export function useFormatInstant() {
  const { formatDate } = useIntl();
  return useCallback(
    (instant: string | null | undefined, timeZone: string = browserTimeZone()) =>
      // Explicit fields: Intl refuses timeZoneName together with dateStyle/timeStyle.
      instant ? formatDate(instant, { ...INSTANT_FIELDS, timeZone }) : '—',
    [formatDate]
  );
}
