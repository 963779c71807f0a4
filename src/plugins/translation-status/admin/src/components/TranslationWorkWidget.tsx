/**
 * Homepage widget: what is missing and outdated in the user's own locale (every locale for
 * editors), per content type, each count leading to its work list.
 */
import { Flex, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { getTranslation, workListPath } from '../pluginId';
import { useTranslationSummary } from '../hooks/useTranslationSummary';
import { TableHeader } from './TableHeader';

const TO_DO = ['missing', 'outdated'] as const;

export const TranslationWorkWidget = () => {
  const { formatMessage, formatNumber } = useIntl();
  const { summary, failed } = useTranslationSummary();

  if (failed) return <Widget.Error />;
  if (!summary) return <Widget.Loading />;

  const several = summary.workLocales.length > 1;
  const rows = summary.contentTypes
    .flatMap((type) => summary.workLocales.map((locale) => ({ type, locale, counts: type.counts[locale] })))
    .filter(({ counts }) => TO_DO.some((status) => counts[status] > 0));
  const locales = summary.workLocales.join(', ');
  if (rows.length === 0) {
    return (
      <Widget.NoData>
        {formatMessage(
          { id: getTranslation('widget.none'), defaultMessage: 'Nothing to translate in {locales}: every translation is current.' },
          { locales }
        )}
      </Widget.NoData>
    );
  }

  const label = (status: string) => formatMessage({ id: getTranslation(`status.${status}`), defaultMessage: status });
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="translation-work-widget">
      <Typography variant="pi" textColor="neutral600">
        {formatMessage(
          { id: getTranslation(several ? 'widget.allLocales' : 'widget.ownLocale'), defaultMessage: 'In {locales}:' },
          { locales }
        )}
      </Typography>
      <Table colCount={several ? 4 : 3} rowCount={rows.length + 1}>
        <TableHeader
          columns={[
            { key: 'contentType', label: formatMessage({ id: getTranslation('matrix.contentType'), defaultMessage: 'Content type' }) },
            ...(several
              ? [{ key: 'locale', label: formatMessage({ id: getTranslation('widget.locale'), defaultMessage: 'Locale' }) }]
              : []),
            ...TO_DO.map((status) => ({ key: status, label: label(status) })),
          ]}
        />
        <Tbody>
          {rows.map(({ type, locale, counts }) => (
            <Tr key={`${type.uid}-${locale}`} data-testid={`widget-row-${type.uid}-${locale}`}>
              <Td>
                <Typography>{type.displayName}</Typography>
              </Td>
              {several && (
                <Td>
                  <Typography>{locale}</Typography>
                </Td>
              )}
              {TO_DO.map((status) => (
                <Td key={status}>
                  {counts[status] > 0 ? (
                    <Link
                      to={workListPath(type.uid, locale, status)}
                      aria-label={`${type.displayName}, ${locale}: ${label(status)} ${formatNumber(counts[status])}`}
                      data-testid={`widget-${type.uid}-${locale}-${status}`}
                    >
                      <Typography fontWeight="bold" textColor={status === 'missing' ? 'danger600' : 'warning600'}>
                        {formatNumber(counts[status])}
                      </Typography>
                    </Link>
                  ) : (
                    <Typography textColor="neutral600">{formatNumber(0)}</Typography>
                  )}
                </Td>
              ))}
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Flex>
  );
};
