/**
 * The parts every table of the plugin shares: the header row of translated column names, and a
 * cell whose text wraps. The design system's table keeps every cell on one line; long titles,
 * agency names and feed errors would otherwise widen the table past the page.
 */
import { Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import styled from 'styled-components';
import { useTranslate } from '../hooks/useTranslate';

export interface Column {
  /** The UI string's id, without the plugin prefix (or a key, when `label` is given). */
  id: string;
  defaultMessage?: string;
  /** A heading already worded (a month, a year): shown as it is. */
  label?: string;
}

/** Column headers; `false` entries (columns the user may not see) are left out. */
export const TableHeader = ({ columns }: { columns: (Column | false)[] }) => {
  const t = useTranslate();
  return (
    <Thead>
      <Tr>
        {columns
          .filter((column): column is Column => Boolean(column))
          .map(({ id, defaultMessage, label }) => (
            <WrappingTh key={id}>
              <Typography variant="sigma">{label ?? t(id, defaultMessage ?? id)}</Typography>
            </WrappingTh>
          ))}
      </Tr>
    </Thead>
  );
};

/** The number of columns a header shows, for the table's `colCount`. */
export const columnCount = (columns: (Column | false)[]) => columns.filter(Boolean).length;

// Russian column names are long: they take two lines rather than widen the table. Chinese ones
// break only where a space or punctuation allows, not after every character.
const WrappingTh = styled(Th)`
  white-space: normal;
  word-break: keep-all;
`;

/** A cell whose text wraps at `minWidth` and beyond (titles, names, error messages). */
export const WrappingTd = styled(Td)<{ $minWidth?: string }>`
  white-space: normal;
  overflow-wrap: break-word;
  min-width: ${({ $minWidth }) => $minWidth ?? '12rem'};
`;
