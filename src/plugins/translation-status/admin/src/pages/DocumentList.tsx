/**
 * A work list: the documents of one content type in one locale, with their status; for an outdated
 * translation, what changed in its source, on demand below its row.
 */
import { Box, Button, Flex, LinkButton, SingleSelect, SingleSelectOption, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { ArrowLeft, ChevronDown, ChevronUp, Pencil } from '@strapi/icons';
import { Layouts, Page, Pagination, useFetchClient, useQueryParams } from '@strapi/strapi/admin';
import { Fragment, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, NavLink } from 'react-router-dom';
import { SourceChanges } from '../components/SourceChanges';
import { StatusBadge } from '../components/StatusBadge';
import { TableHeader } from '../components/TableHeader';
import { editViewPath } from '../../../../admin-shared';
import { ROUTES, STATUSES, getTranslation, type TranslationStatus } from '../pluginId';

interface Row {
  documentId: string;
  title: string | null;
  locale: string;
  status: TranslationStatus;
  sourceLocale: string;
  sourceUpdatedAt: string | null;
  translationUpdatedAt: string | null;
}

interface DocumentsAnswer {
  data: Row[];
  meta: {
    contentType: { uid: string; displayName: string };
    pagination: { page: number; pageSize: number; pageCount: number; total: number };
  };
}

interface Query {
  contentType?: string;
  locale?: string;
  status?: string;
  page?: string;
  pageSize?: string;
}

export const DocumentList = () => {
  const { formatMessage, formatDate } = useIntl();
  const { get } = useFetchClient();
  const [{ query }, setQuery] = useQueryParams<Query>();
  const [answer, setAnswer] = useState<{ request: string; data: DocumentsAnswer } | null>(null);
  const [failed, setFailed] = useState(false);
  const [opened, setOpened] = useState<Set<string>>(new Set());
  const toggle = (documentId: string) =>
    setOpened((current) => {
      const next = new Set(current);
      if (!next.delete(documentId)) next.add(documentId);
      return next;
    });
  const { contentType, locale, status, page, pageSize } = query;
  const request = JSON.stringify({ contentType, locale, status, page, pageSize });
  // Until the current request's answer arrives, there is none to show.
  const result = answer?.request === request ? answer.data : null;

  useEffect(() => {
    let cancelled = false;
    get<DocumentsAnswer>(ROUTES.documents, { params: JSON.parse(request) })
      .then(({ data }) => !cancelled && setAnswer({ request, data }))
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [get, request]);

  const columns = ['title', 'status', 'source', 'sourceUpdatedAt', 'translationUpdatedAt', 'actions'].map((column) => ({
    key: column,
    label: formatMessage({ id: getTranslation(`list.${column}`), defaultMessage: column === 'actions' ? 'Actions' : column }),
  }));
  const date = (value: string | null) => (value ? formatDate(value, { dateStyle: 'medium', timeStyle: 'short' }) : '—');
  if (failed) return <Page.Error />;

  return (
    <Page.Main>
      <Page.Title>{formatMessage({ id: getTranslation('plugin.name'), defaultMessage: 'Translation status' })}</Page.Title>
      <Layouts.Header
        navigationAction={
          <Link to=".." relative="path">
            <Flex gap={2}>
              <ArrowLeft />
              <Typography>{formatMessage({ id: getTranslation('list.back'), defaultMessage: 'All content types' })}</Typography>
            </Flex>
          </Link>
        }
        title={`${result?.meta.contentType.displayName ?? ''} · ${query.locale ?? ''}`}
        subtitle={formatMessage(
          { id: getTranslation('list.subtitle'), defaultMessage: '{total, plural, one {# document} other {# documents}}' },
          { total: result?.meta.pagination.total ?? 0 }
        )}
      />
      <Layouts.Action
        startActions={
          <SingleSelect
            aria-label={formatMessage({ id: getTranslation('list.status'), defaultMessage: 'Status' })}
            value={query.status ?? ''}
            onChange={(status: string | number) => setQuery({ status: status === '' ? undefined : String(status), page: '1' } as Query)}
          >
            <SingleSelectOption value="">
              {formatMessage({ id: getTranslation('status.all'), defaultMessage: 'All statuses' })}
            </SingleSelectOption>
            {STATUSES.map((status) => (
              <SingleSelectOption key={status} value={status}>
                {formatMessage({ id: getTranslation(`status.${status}`), defaultMessage: status })}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        }
      />
      <Layouts.Content>
        {!result ? (
          <Page.Loading />
        ) : result.data.length === 0 ? (
          <Page.NoData content={formatMessage({ id: getTranslation('list.empty'), defaultMessage: 'Nothing to do here.' })} />
        ) : (
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Table colCount={5} rowCount={result.data.length + 1}>
              <TableHeader columns={columns} />
              <Tbody>
                {result.data.map((row) => (
                  <Fragment key={row.documentId}>
                    <Tr data-testid="translation-row">
                      <Td>
                        <Typography ellipsis>{row.title ?? row.documentId}</Typography>
                      </Td>
                      <Td>
                        <StatusBadge status={row.status} />
                      </Td>
                      <Td>
                        <Typography>{row.sourceLocale}</Typography>
                      </Td>
                      <Td>
                        <Typography>{date(row.sourceUpdatedAt)}</Typography>
                      </Td>
                      <Td>
                        <Typography>{date(row.translationUpdatedAt)}</Typography>
                      </Td>
                      <Td>
                        <Flex gap={2}>
                          <LinkButton
                            tag={NavLink}
                            to={editViewPath(query.contentType!, row.documentId, row.locale)}
                            variant="secondary"
                            startIcon={<Pencil />}
                          >
                            {formatMessage({
                              id: getTranslation(row.status === 'missing' ? 'list.translate' : 'list.open'),
                              defaultMessage: row.status === 'missing' ? 'Translate' : 'Open',
                            })}
                          </LinkButton>
                          {row.status === 'outdated' && (
                            <Button
                              variant="tertiary"
                              aria-expanded={opened.has(row.documentId)}
                              aria-controls={`changes-${row.documentId}`}
                              endIcon={opened.has(row.documentId) ? <ChevronUp /> : <ChevronDown />}
                              onClick={() => toggle(row.documentId)}
                            >
                              {formatMessage({ id: getTranslation('list.changes'), defaultMessage: 'What changed' })}
                            </Button>
                          )}
                        </Flex>
                      </Td>
                    </Tr>
                    {row.status === 'outdated' && opened.has(row.documentId) && (
                      <Tr id={`changes-${row.documentId}`} data-testid="translation-row-changes">
                        <Td colSpan={columns.length} style={{ whiteSpace: 'normal' }}>
                          <Box paddingTop={3} paddingBottom={3} maxWidth="80ch">
                            <SourceChanges model={query.contentType!} documentId={row.documentId} locale={row.locale} />
                          </Box>
                        </Td>
                      </Tr>
                    )}
                  </Fragment>
                ))}
              </Tbody>
            </Table>
            <Pagination.Root {...result.meta.pagination}>
              <Pagination.PageSize />
              <Pagination.Links />
            </Pagination.Root>
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
