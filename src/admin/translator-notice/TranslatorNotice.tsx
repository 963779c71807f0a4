/**
 * Content Manager edit view side panel: on a locale the user may not edit (a translator on the
 * Russian original), say why the fields are read-only and which locale is theirs, instead of
 * leaving them with disabled buttons.
 */
import { Typography } from '@strapi/design-system';
import { useAuth, useQueryParams } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { noticeFor } from './editable-locales';

interface PanelProps {
  model: string;
  document?: { locale?: string } | null;
}

export const TranslatorNotice = ({ model, document }: PanelProps) => {
  const { formatMessage } = useIntl();
  const permissions = useAuth('TranslatorNotice', (state) => state.permissions);
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  const locale = query.plugins?.i18n?.locale ?? document?.locale;
  const own = noticeFor(permissions, model, locale);
  if (!own) return null;

  const values = { locale, own: own.join(', ') };
  return {
    title: formatMessage({ id: 'pressroom.translatorNotice.title', defaultMessage: 'Not your locale' }),
    content: (
      <Typography variant="pi" data-testid="translator-notice">
        {formatMessage(
          {
            id: 'pressroom.translatorNotice.body',
            defaultMessage:
              'You translate into {own}. The {locale} version is edited by editors and authors, so it is read-only for you: switch to {own} to translate.',
          },
          values
        )}
      </Typography>
    ),
  };
};
