/**
 * Imports a CSV file of mentions of any size: streamed, parsed by csv-parse, and stored in
 * batches through the one ingest path, so a second import of the same file adds nothing.
 */
import type { Core } from '@strapi/strapi';
import { parse } from 'csv-parse';
import { Transform, type Readable } from 'stream';
import { getConfig } from '../config';
import { checkCsvHeader, csvRecordToMention } from '../domain/csv';

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
    const batchSize = getConfig(strapi).maxBatchSize;
    const ingest = strapi.plugin('syndication').service('ingest');
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

    let batch: { line: number; mention: Record<string, string> }[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const result = await ingest.ingest(batch.map(({ mention }) => mention), { source: 'import' });
      report.created += result.created;
      report.duplicates += result.duplicates;
      for (const { index, error } of result.rejected) report.rejected.push({ line: batch[index].line, error });
      batch = [];
      onProgress?.({ bytes, rows: report.rows, created: report.created, duplicates: report.duplicates, rejected: report.rejected.length });
    };

    try {
      for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
        if (headerProblem) throw new CsvFormatError(`Line 1: ${headerProblem}`);
        report.rows += 1;
        batch.push({ line: info.lines, mention: csvRecordToMention(record) });
        if (batch.length >= batchSize) await flush();
      }
      if (headerProblem) throw new CsvFormatError(`Line 1: ${headerProblem}`);
      await flush();
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
