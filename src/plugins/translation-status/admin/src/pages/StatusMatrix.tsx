/** The content type × locale matrix: how many documents are missing, outdated or current. */
import { Box, Flex, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { StatusBadge } from '../components/StatusBadge';
import { TableHeader } from '../components/TableHeader';
import { STATUSES, getTranslation } from '../pluginId';
import { useTranslationSummary } from '../hooks/useTranslationSummary';

export const StatusMatrix = () => {
  const { formatMessage, formatNumber } = useIntl();
  const { summary, failed } = useTranslationSummary();

  const title = formatMessage({ id: getTranslation('plugin.name'), defaultMessage: 'Translation status' });
  if (failed) return <Page.Error />;
  if (!summary) return <Page.Loading />;

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage({
          id: getTranslation('matrix.subtitle'),
          defaultMessage: 'What is missing or outdated in each locale. Click a number to see the documents.',
        })}
      />
      <Layouts.Content>
        <Table colCount={summary.locales.length + 2} rowCount={summary.contentTypes.length + 1}>
          <TableHeader
            columns={[
              { key: 'contentType', label: formatMessage({ id: getTranslation('matrix.contentType'), defaultMessage: 'Content type' }) },
              { key: 'documents', label: formatMessage({ id: getTranslation('matrix.documents'), defaultMessage: 'Documents' }) },
              ...summary.locales.map((locale) => ({ key: `locale-${locale}`, label: locale })),
            ]}
          />
          <Tbody>
            {summary.contentTypes.map((type) => (
              <Tr key={type.uid}>
                <Td>
                  <Typography fontWeight="bold">{type.displayName}</Typography>
                </Td>
                <Td>
                  <Typography>{formatNumber(type.documents)}</Typography>
                </Td>
                {summary.locales.map((locale) => (
                  <Td key={locale}>
                    <Flex gap={1} wrap="wrap">
                      {STATUSES.filter((status) => type.counts[locale][status] > 0).map((status) => (
                        <Link
                          key={status}
                          to={`documents?contentType=${encodeURIComponent(type.uid)}&locale=${locale}&status=${status}`}
                          aria-label={`${type.displayName} ${locale} ${status}`}
                          data-testid={`cell-${type.uid}-${locale}-${status}`}
                        >
                          <StatusBadge status={status} count={type.counts[locale][status]} />
                        </Link>
                      ))}
                    </Flex>
                  </Td>
                ))}
              </Tr>
            ))}
          </Tbody>
        </Table>
        <Box paddingTop={4}>
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({
              id: getTranslation('matrix.legend'),
              defaultMessage:
                'Outdated: the source changed in its translated fields after this translation was last updated or marked reviewed.',
            })}
          </Typography>
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
};
