import { Th, Thead, Tr, Typography } from '@strapi/design-system';

/** The header row of the plugin's tables: one label per column, in the design system's small caps. */
export const TableHeader = ({ columns }: { columns: { key: string; label: string }[] }) => (
  <Thead>
    <Tr>
      {columns.map(({ key, label }) => (
        <Th key={key}>
          <Typography variant="sigma">{label}</Typography>
        </Th>
      ))}
    </Tr>
  </Thead>
);
