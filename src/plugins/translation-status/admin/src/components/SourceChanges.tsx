/** What changed in the source of one translation (GET …/changes?locale=), shown as a diff. */
import { Loader, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { ROUTES, getTranslation, type TranslationStatus } from '../pluginId';
import { SourceDiff, type FieldChange } from './SourceDiff';

interface ChangesAnswer {
  locale: string;
  sourceLocale: string;
  status: TranslationStatus;
  sourceTextKept: boolean;
  changes: FieldChange[];
}

/** `version`: anything that changes when the document does (its updatedAt), to ask again. */
export const SourceChanges = ({
  model,
  documentId,
  locale,
  version,
}: {
  model: string;
  documentId: string;
  locale: string;
  version?: string;
}) => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const request = JSON.stringify([model, documentId, locale, version]);
  const [result, setResult] = useState<{ request: string; answer?: ChangesAnswer; failed?: boolean } | null>(null);
  // Until the current request's answer arrives, there is none to show.
  const answer = result?.request === request ? result.answer : undefined;
  const failed = result?.request === request && result.failed;

  useEffect(() => {
    let cancelled = false;
    get<{ data: ChangesAnswer }>(ROUTES.changes(model, documentId), { params: { locale } })
      .then(({ data }) => !cancelled && setResult({ request, answer: data.data }))
      .catch(() => !cancelled && setResult({ request, failed: true }));
    return () => {
      cancelled = true;
    };
  }, [get, model, documentId, locale, request]);

  if (failed) {
    return (
      <Typography variant="pi" textColor="danger600">
        {formatMessage({ id: getTranslation('changes.failed'), defaultMessage: 'What changed could not be loaded.' })}
      </Typography>
    );
  }
  if (!answer) return <Loader small>{formatMessage({ id: getTranslation('changes.loading'), defaultMessage: 'Loading changes' })}</Loader>;
  if (!answer.sourceTextKept) {
    return (
      <Typography variant="pi" textColor="neutral600" data-testid="source-changes-unknown">
        {formatMessage({
          id: getTranslation('changes.unknown'),
          defaultMessage:
            'What changed is not known: this translation was already outdated before the source texts were kept. Compare it with the source.',
        })}
      </Typography>
    );
  }
  if (answer.changes.length === 0) return null;
  return <SourceDiff changes={answer.changes} sourceLocale={answer.sourceLocale} />;
};
