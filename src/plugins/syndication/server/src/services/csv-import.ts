/**
 * Imports a CSV file of mentions of any size: streamed, parsed by csv-parse, and stored in
 * batches through the one ingest path, so a second import of the same file adds nothing.
 */
import type { Core } from '@strapi/strapi';
import { parse } from 'csv-parse';
import { Transform, type Readable } from 'stream';
import { checkCsvHeader, csvRecordToMention } from '../domain/csv';
import { getService } from '../get-service';

export interface ImportProgress {
  bytes: number;
  rows: number;
  created: number;
  duplicates: number;
  rejected: number;
}

export interface ImportReport {
  rows: number;
  created: number;
  duplicates: number;
  /** Line numbers are the file's own, header included, so a spreadsheet shows the same row. */
  rejected: { line: number; error: string }[];
}

export class CsvFormatError extends Error {}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async importCsv(input: Readable, { onProgress }: { onProgress?: (progress: ImportProgress) => void } = {}) {
    const report: ImportReport = { rows: 0, created: 0, duplicates: 0, rejected: [] };
    let bytes = 0;

    const counter = new Transform({
      transform(chunk, _encoding, callback) {
        bytes += chunk.length;
        callback(null, chunk);
      },
    });
    let headerProblem: string | null = null;
    const parser = parse({
      bom: true,
      columns: (header: string[]) => {
        headerProblem = checkCsvHeader(header);
        return header.map((column) => column.trim().toLowerCase());
      },
      skip_empty_lines: true,
      info: true,
    });
    input.pipe(counter).pipe(parser);
    input.on('error', (error) => parser.destroy(error));

    // The file's line of each row read but not stored yet, to name the lines of rejected rows.
    const pendingLines: number[] = [];
    async function* mentions() {
      for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
        if (headerProblem) throw new CsvFormatError(`Line 1: ${headerProblem}`);
        report.rows += 1;
        pendingLines.push(info.lines);
        yield csvRecordToMention(record);
      }
      if (headerProblem) throw new CsvFormatError(`Line 1: ${headerProblem}`);
    }

    try {
      await getService(strapi, 'ingest').ingestAll(
        mentions(),
        { source: 'import' },
        {
          onBatch: ({ size, report: batch }) => {
            const lines = pendingLines.splice(0, size);
            for (const { index, error } of batch.rejected) report.rejected.push({ line: lines[index], error });
            report.created += batch.created;
            report.duplicates += batch.duplicates;
            onProgress?.({
              bytes,
              rows: report.rows,
              created: report.created,
              duplicates: report.duplicates,
              rejected: report.rejected.length,
            });
          },
        }
      );
    } catch (error: any) {
      if (error instanceof CsvFormatError) throw error;
      if (error?.code?.startsWith?.('CSV_')) throw new CsvFormatError(`The file is not valid CSV: ${error.message}`);
      throw error;
    } finally {
      input.unpipe?.(counter);
    }
    return report;
  },
});
