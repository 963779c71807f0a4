/** The mentions behind a number: searchable, paginated, each deletable by those who manage them. */
import {
  Badge,
  Box,
  Button,
  Dialog,
  Flex,
  IconButton,
  Link,
  Modal,
  Searchbar,
  Table,
  Tbody,
  Td,
  Tr,
  Typography,
} from '@strapi/design-system';
import { ChevronLeft, ChevronRight, Trash } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { errorOf, filterParams, useRemote } from '../api';
import type { MentionView } from '../../../server/src/domain/mention-list';
import { useTranslate } from '../hooks/useTranslate';
import { namesLocale } from '../pluginId';
import { TableHeader, WrappingTd, columnCount } from './DataTable';

export interface MentionSelection {
  title: string;
  agency: string | null;
  from: string | null;
  to: string | null;
  language: string | null;
}

interface Answer {
  data: MentionView[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

const PAGE_SIZE = 20;

const columns = (canManage: boolean) => [
  { id: 'mentions.title', defaultMessage: 'Title' },
  { id: 'table.agency', defaultMessage: 'Agency' },
  { id: 'mentions.date', defaultMessage: 'Date' },
  { id: 'filters.language', defaultMessage: 'Language' },
  { id: 'mentions.source', defaultMessage: 'Source' },
  canManage && { id: 'mentions.actions', defaultMessage: 'Actions' },
];

export const MentionList = ({
  selection,
  canManage,
  onClose,
  onChanged,
}: {
  selection: MentionSelection;
  canManage: boolean;
  onClose: () => void;
  onChanged: () => void;
}) => {
  const { formatNumber, formatDate, locale } = useIntl();
  const t = useTranslate();
  const { del } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [doomed, setDoomed] = useState<MentionView | null>(null);

  // Search after a short pause in typing, from the first page.
  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(search);
      setPage(1);
    }, 300);
    return () => clearTimeout(timer);
  }, [search]);

  const mentions = useRemote<Answer>('/syndication/mentions', {
    ...filterParams({
      agency: selection.agency,
      from: selection.from,
      to: selection.to,
      language: selection.language,
      locale: namesLocale(locale),
    }),
    ...(q ? { q } : {}),
    page,
    pageSize: PAGE_SIZE,
  });
  const pagination = mentions.data?.meta.pagination;

  const remove = async (mention: MentionView) => {
    try {
      await del(`/syndication/mentions/${mention.documentId}`);
      toggleNotification({ type: 'success', message: t('mentions.deleted', 'Mention deleted; the counts follow.') });
      mentions.reload();
      onChanged();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorOf(error).message });
    }
    setDoomed(null);
  };

  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content style={{ width: 'min(1100px, 95vw)', maxWidth: '95vw' }}>
        <Modal.Header>
          <Modal.Title>{selection.title}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Flex justifyContent="space-between" alignItems="center" gap={4} wrap="wrap">
              {/* As wide as the placeholder needs, up to half the dialog. */}
              <Box flex="1" minWidth="32rem" maxWidth="56rem">
                <Searchbar
                  name="q"
                  value={search}
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) => setSearch(event.target.value)}
                  onClear={() => setSearch('')}
                  clearLabel={t('mentions.clearSearch', 'Clear the search')}
                  placeholder={t('mentions.search', 'Search in titles and addresses')}
                >
                  {t('mentions.search', 'Search in titles and addresses')}
                </Searchbar>
              </Box>
              <Typography data-testid="mention-total" textColor="neutral600">
                {t('mentions.total', '{total, plural, one {# mention} other {# mentions}}', { total: pagination?.total ?? 0 })}
              </Typography>
            </Flex>
            {mentions.error ? (
              <Typography textColor="danger600">{mentions.error.message}</Typography>
            ) : (
              <Table colCount={columnCount(columns(canManage))} rowCount={(mentions.data?.data.length ?? 0) + 1}>
                <TableHeader columns={columns(canManage)} />
                <Tbody>
                  {(mentions.data?.data ?? []).map((mention) => (
                    <Tr key={mention.documentId} data-testid="mention-row">
                      <WrappingTd $minWidth="24rem">
                        {/* Titles wrap: a long Russian headline stays readable and inside its column. */}
                        <Link href={mention.url} isExternal>
                          {mention.title}
                        </Link>
                      </WrappingTd>
                      <WrappingTd $minWidth="14rem">
                        <Typography>{mention.agency.name ?? mention.agency.slug ?? '—'}</Typography>
                      </WrappingTd>
                      <Td>
                        <Typography
                          title={mention.dateEstimated ? t('mentions.estimated', 'Date estimated: when the material was found') : undefined}
                        >
                          {formatDate(mention.publishedAt, { dateStyle: 'medium', timeZone: 'UTC' })}
                          {mention.dateEstimated ? ' *' : ''}
                        </Typography>
                      </Td>
                      <Td>
                        <Badge>{mention.language}</Badge>
                      </Td>
                      <WrappingTd $minWidth="10rem">
                        <Typography>
                          {t(`source.${mention.source}`, mention.source)}
                          {mention.feed?.name ? ` · ${mention.feed.name}` : ''}
                        </Typography>
                      </WrappingTd>
                      {canManage && (
                        <Td>
                          <IconButton
                            label={t('mentions.delete', 'Delete this mention')}
                            variant="ghost"
                            onClick={() => setDoomed(mention)}
                          >
                            <Trash />
                          </IconButton>
                        </Td>
                      )}
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            )}
            {pagination && pagination.pageCount > 1 && (
              <Flex justifyContent="flex-end" gap={2}>
                <IconButton label={t('mentions.previousPage', 'Previous page')} disabled={page <= 1} onClick={() => setPage(page - 1)}>
                  <ChevronLeft />
                </IconButton>
                <Typography>
                  {t('mentions.page', 'Page {page} of {pageCount}', {
                    page: formatNumber(page),
                    pageCount: formatNumber(pagination.pageCount),
                  })}
                </Typography>
                <IconButton
                  label={t('mentions.nextPage', 'Next page')}
                  disabled={page >= pagination.pageCount}
                  onClick={() => setPage(page + 1)}
                >
                  <ChevronRight />
                </IconButton>
              </Flex>
            )}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('action.close', 'Close')}</Button>
          </Modal.Close>
        </Modal.Footer>
      </Modal.Content>
      <Dialog.Root open={doomed !== null} onOpenChange={(open: boolean) => !open && setDoomed(null)}>
        <Dialog.Content>
          <Dialog.Header>{t('mentions.delete', 'Delete this mention')}</Dialog.Header>
          <Dialog.Body>
            <Typography>
              {t('mentions.deleteConfirm', 'Delete “{title}”? It will no longer be counted.', { title: doomed?.title ?? '' })}
            </Typography>
          </Dialog.Body>
          <Dialog.Footer>
            <Dialog.Cancel>
              <Button variant="tertiary">{t('action.cancel', 'Cancel')}</Button>
            </Dialog.Cancel>
            <Button variant="danger-light" onClick={() => doomed && remove(doomed)}>
              {t('action.delete', 'Delete')}
            </Button>
          </Dialog.Footer>
        </Dialog.Content>
      </Dialog.Root>
    </Modal.Root>
  );
};
