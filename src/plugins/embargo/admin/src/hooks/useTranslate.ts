/** The plugin's UI strings and time formatting, the same way in every component. */
import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { getTranslation } from '../pluginId';

export type Translate = (id: string, defaultMessage: string, values?: Record<string, unknown>) => string;

/** `t('panel.title', 'Embargo')`: a string of this plugin in the panel's language. */
export function useTranslate(): Translate {
  const { formatMessage } = useIntl();
  return useCallback<Translate>(
    (id, defaultMessage, values) => formatMessage({ id: getTranslation(id), defaultMessage }, values as Record<string, string | number>),
    [formatMessage]
  );
}

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
