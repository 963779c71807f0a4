/**
 * The feed corpus (tests/fixtures/feeds-corpus): each document's bytes as a server sends them
 * and what reading it must give, from manifest.json (built by build-manifest.js).
 */
import fs from 'fs';
import path from 'path';
import iconv from 'iconv-lite';

export const CORPUS_DIR = path.join(__dirname, '..', 'fixtures', 'feeds-corpus');

export interface ExpectedEntry {
  index: number;
  title?: string;
  link?: string;
  guid?: string;
  date?: string;
  /** Generated samples: whether the entry names the organisation. */
  mentions?: boolean;
}

export interface CorpusRecord {
  file: string;
  source: { repo: string | null; path?: string; commit?: string; license: string; note?: string };
  kind: string;
  serve: { contentType: string; contentLocation?: string; encodeAs?: string };
  expect:
    | { outcome: 'refused'; code: string; why: string }
    | { outcome: 'read'; items: number; entries: ExpectedEntry[]; title?: string; encoding?: string; encodingSource?: string };
}

export interface CorpusDocument extends CorpusRecord {
  body: Buffer;
}

export function loadCorpus(): CorpusDocument[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'manifest.json'), 'utf8')) as { records: CorpusRecord[] };
  return manifest.records.map((record) => {
    const raw = fs.readFileSync(path.join(CORPUS_DIR, record.file));
    // The index keeps text: documents of an encoding suite are written back in their encoding.
    const body = record.serve.encodeAs ? iconv.encode(raw.toString('utf8'), record.serve.encodeAs) : raw;
    return { ...record, body };
  });
}
