/** Files the Syndication page offers: the CSV of the current view, the chart as PNG or SVG. */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { toPng, toSvg } from 'html-to-image';

const save = (href: string, filename: string) => {
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
};

/** CSV in UTF-8 with a byte order mark, so spreadsheets read Cyrillic and Chinese right. */
export function downloadCsv(rows: string[][], filename: string) {
  const blob = new Blob([`\uFEFF${stringify(rows)}`], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  save(url, filename);
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export async function downloadChart(node: HTMLElement, format: 'png' | 'svg', filename: string) {
  const options = { backgroundColor: '#ffffff', pixelRatio: 2 };
  save(format === 'png' ? await toPng(node, options) : await toSvg(node, options), filename);
}
