/**
 * What changed in the source, field by field: the source's text then and now as one text, removed
 * words (Chinese: characters) struck through and added ones underlined, each also announced to
 * screen readers ("removed:", "added:"), so that colour is never the only sign.
 */
import { Box, Flex, Typography, VisuallyHidden } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import styled from 'styled-components';
import { abridge, diffText, type DiffPart } from '../../../server/src/domain/text-diff';
import { getTranslation } from '../pluginId';

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const DiffText = styled(Typography)`
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  line-height: 1.6;
`;

const Removed = styled.del`
  text-decoration: line-through;
  text-decoration-thickness: 2px;
  background: ${({ theme }) => theme.colors.danger100};
  color: ${({ theme }) => theme.colors.danger700};
`;

const Added = styled.ins`
  text-decoration: underline;
  text-decoration-thickness: 2px;
  background: ${({ theme }) => theme.colors.success100};
  color: ${({ theme }) => theme.colors.success700};
`;

const Part = ({ part }: { part: DiffPart }) => {
  const { formatMessage } = useIntl();
  if (part.kind === 'same') return <>{part.text}</>;
  const Mark = part.kind === 'added' ? Added : Removed;
  const label =
    part.kind === 'added'
      ? formatMessage({ id: getTranslation('changes.added'), defaultMessage: 'added:' })
      : formatMessage({ id: getTranslation('changes.removed'), defaultMessage: 'removed:' });
  // Spaces at either end stay outside the mark: only words are struck through or underlined.
  const [, before, words, after] = /^(\s*)([^]*?)(\s*)$/u.exec(part.text)!;
  if (words === '') return <>{part.text}</>;
  return (
    <>
      {before}
      <Mark data-kind={part.kind}>
        <VisuallyHidden>{`[${label} `}</VisuallyHidden>
        {words}
        <VisuallyHidden>]</VisuallyHidden>
      </Mark>
      {after}
    </>
  );
};

/** The changed fields of one source, in the source's language (`lang`, for screen readers and fonts). */
export const SourceDiff = ({ changes, sourceLocale }: { changes: FieldChange[]; sourceLocale: string }) => {
  const { formatMessage } = useIntl();
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="source-changes">
      <Typography variant="pi" textColor="neutral600">
        {formatMessage(
          {
            id: getTranslation('changes.legend'),
            defaultMessage:
              'The {locale} source then (when this translation was last updated or reviewed) and now: struck-through text was removed, underlined text was added.',
          },
          { locale: sourceLocale }
        )}
      </Typography>
      <Flex tag="dl" direction="column" alignItems="stretch" gap={3}>
        {changes.map((change) => (
          <Box key={change.field} data-testid={`source-change-${change.field}`}>
            <Typography variant="sigma" tag="dt" textColor="neutral700">
              {change.field}
            </Typography>
            <Box tag="dd" paddingTop={1} margin={0}>
              <DiffText lang={sourceLocale}>
                {abridge(diffText(change.before, change.after).parts).map((part, index) => (
                  <Part key={index} part={part} />
                ))}
              </DiffText>
            </Box>
          </Box>
        ))}
      </Flex>
    </Flex>
  );
};
