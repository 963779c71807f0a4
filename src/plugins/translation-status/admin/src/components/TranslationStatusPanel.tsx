/**
 * Content Manager edit view side panel: the status of each locale of the open document and, when
 * the locale open is outdated, why: the pictures that lack their alternative text in its language,
 * and what changed in its source since it was last brought up to date.
 */
import { Box, Button, Divider, Flex, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification, useQueryParams } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { ROUTES, getTranslation, type TranslationStatus } from '../pluginId';
import { SourceChanges } from './SourceChanges';
import { StatusBadge } from './StatusBadge';

interface LocaleStatus {
  locale: string;
  status: TranslationStatus;
  updatedAt: string | null;
  canReview: boolean;
  /** Pictures of this version without their alternative text in its language (`coverText.alternativeText`). */
  missingAltTexts?: string[];
}

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { updatedAt?: string; locale?: string };
}

const PanelContent = ({
  model,
  documentId,
  locales,
  sourceLocale,
  openLocale,
  version,
  onReviewed,
}: {
  model: string;
  documentId: string;
  locales: LocaleStatus[];
  sourceLocale: string | null;
  openLocale: string | undefined;
  version: string | undefined;
  onReviewed: () => void;
}) => {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();

  const review = async (locale: string) => {
    try {
      await post(ROUTES.review(model, documentId, locale), {});
      toggleNotification({
        type: 'success',
        message: formatMessage({ id: getTranslation('panel.reviewed'), defaultMessage: 'Marked as reviewed' }),
      });
      onReviewed();
    } catch (error: any) {
      toggleNotification({ type: 'danger', message: error?.response?.data?.error?.message ?? String(error) });
    }
  };

  const openEntry = locales.find((entry) => entry.locale === openLocale);

  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%" data-testid="translation-status-panel">
      {locales.map((entry) => (
        <Flex key={entry.locale} justifyContent="space-between" gap={2} data-testid={`translation-status-${entry.locale}`}>
          <Typography fontWeight="semiBold">
            {entry.locale}
            {entry.locale === sourceLocale ? ` (${formatMessage({ id: getTranslation('panel.source'), defaultMessage: 'source' })})` : ''}
          </Typography>
          <Flex gap={2}>
            <StatusBadge status={entry.status} />
            {entry.status === 'outdated' && entry.canReview && (
              <Button size="S" variant="tertiary" onClick={() => review(entry.locale)}>
                {formatMessage({ id: getTranslation('panel.markReviewed'), defaultMessage: 'Mark reviewed' })}
              </Button>
            )}
          </Flex>
        </Flex>
      ))}
      {(openEntry?.missingAltTexts?.length ?? 0) > 0 && (
        <Box paddingTop={2} data-testid="translation-status-missing-alt-texts">
          <Typography variant="pi" textColor="neutral700">
            {formatMessage(
              {
                id: getTranslation('panel.missingAltTexts'),
                defaultMessage: 'Pictures without alternative text in this language: {fields}',
              },
              { fields: openEntry!.missingAltTexts!.join(', ') }
            )}
          </Typography>
        </Box>
      )}
      {openEntry?.status === 'outdated' && (
        <Box paddingTop={2} data-testid="translation-status-changes">
          <Divider />
          <Box paddingTop={3} paddingBottom={2}>
            <Typography variant="delta" tag="h3">
              {formatMessage({ id: getTranslation('changes.title'), defaultMessage: 'What changed in the source' })}
            </Typography>
          </Box>
          <SourceChanges model={model} documentId={documentId} locale={openLocale!} version={version} />
        </Box>
      )}
    </Flex>
  );
};

/** A description component: Strapi renders it and shows the panel when it returns one. */
export const TranslationStatusPanel = ({ model, documentId, document }: PanelProps) => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  const openLocale = query.plugins?.i18n?.locale ?? document?.locale;
  const [state, setState] = useState<{ locales: LocaleStatus[]; sourceLocale: string | null } | null>(null);

  const load = useCallback(() => {
    if (!documentId) return;
    get<{ data: { locales: LocaleStatus[]; sourceLocale: string | null } }>(ROUTES.document(model, documentId))
      .then(({ data }) => setState({ locales: data.data.locales, sourceLocale: data.data.sourceLocale }))
      .catch(() => setState(null)); // not followed, or no permission: no panel
  }, [get, model, documentId]);

  // Reload after every save of the document (its updatedAt changes).
  useEffect(load, [load, document?.updatedAt]);

  if (!documentId || !state) return null;
  return {
    title: formatMessage({ id: getTranslation('plugin.name'), defaultMessage: 'Translation status' }),
    content: (
      <PanelContent
        model={model}
        documentId={documentId}
        {...state}
        openLocale={openLocale}
        version={document?.updatedAt}
        onReviewed={load}
      />
    ),
  };
};
