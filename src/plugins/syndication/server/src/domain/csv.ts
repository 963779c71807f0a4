/** The CSV import format: `agency,url,title,date,language[,guid,excerpt]`, one mention per row. */
export const REQUIRED_COLUMNS = ['agency', 'url', 'title', 'date', 'language'];
export const OPTIONAL_COLUMNS = ['guid', 'excerpt'];

/** Problems with a header row, or null when it is usable. */
export function checkCsvHeader(columns: string[]): string | null {
  const names = columns.map((column) => column.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    return `the header row lacks ${missing.join(', ')}: expected ${[...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].join(',')}`;
  }
  const unknown = names.filter((name) => !REQUIRED_COLUMNS.includes(name) && !OPTIONAL_COLUMNS.includes(name));
  if (unknown.length > 0) {
    return `the header row has unknown columns ${unknown.join(', ')}: expected ${[...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].join(',')}`;
  }
  return null;
}

/** A parsed row as the ingest service takes it. Empty optional cells are left out. */
export function csvRecordToMention(record: Record<string, string>) {
  const mention: Record<string, string> = {};
  for (const [column, value] of Object.entries(record)) {
    const name = column.trim().toLowerCase();
    if (OPTIONAL_COLUMNS.includes(name) && value.trim() === '') continue;
    mention[name] = value;
  }
  return mention;
}
