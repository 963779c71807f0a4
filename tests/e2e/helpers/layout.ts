/**
 * Layout measured in the browser, the way a reader would notice a defect: cells of a table row
 * that overlap, text that spills out of its cell or is cut without a way to read it, a page or
 * a table wider than its room. Each finding names the element, so a failure says what to fix.
 */
import type { Locator, Page } from 'playwright-core';

export interface LayoutReport {
  /** Two cells of one row whose boxes intersect. */
  overlaps: string[];
  /** An element inside a cell that reaches past the cell's edge. */
  spills: string[];
  /** Text cut short (its own box narrower than its text) with no title to read it whole. */
  clipped: string[];
  /** The page's scroll width beyond its client width, or null. */
  pageOverflow: string | null;
  /** A table wider than the box that holds it (a sideways scroll bar). */
  tableOverflow: string[];
}

/** Measures the tables under `scope` (a CSS selector) and the page. */
export function measureLayout(page: Page, scope = 'body'): Promise<LayoutReport> {
  return page.evaluate((selector) => {
    const SLACK = 1; // sub-pixel rounding
    const name = (element: Element) => `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 40)}”`;
    const report = {
      overlaps: [] as string[],
      spills: [] as string[],
      clipped: [] as string[],
      pageOverflow: null as string | null,
      tableOverflow: [] as string[],
    };
    const root = document.querySelector(selector) ?? document.body;

    for (const table of Array.from(root.querySelectorAll('table'))) {
      const holder = table.parentElement!;
      if (holder.scrollWidth > holder.clientWidth + SLACK) {
        report.tableOverflow.push(
          `${name(table.querySelector('th') ?? table)}: table ${holder.scrollWidth} px in ${holder.clientWidth} px`
        );
      }
      for (const row of Array.from(table.querySelectorAll('tr'))) {
        const cells = Array.from(row.children).filter((cell) => cell.getBoundingClientRect().width > 0);
        for (let index = 1; index < cells.length; index += 1) {
          const left = cells[index - 1].getBoundingClientRect();
          const right = cells[index].getBoundingClientRect();
          if (left.right > right.left + SLACK) report.overlaps.push(`${name(cells[index - 1])} overlaps ${name(cells[index])}`);
        }
        for (const cell of cells) {
          const box = cell.getBoundingClientRect();
          for (const inner of Array.from(cell.querySelectorAll('*'))) {
            const rect = inner.getBoundingClientRect();
            // Visually hidden labels (1 px, for screen readers) are meant to be invisible.
            if (rect.width <= 1 || rect.height <= 1 || inner.closest('svg')) continue;
            if (rect.left < box.left - SLACK || rect.right > box.right + SLACK) {
              report.spills.push(
                `${name(inner)} reaches ${Math.round(rect.left)}–${Math.round(rect.right)} in a cell at ${Math.round(box.left)}–${Math.round(box.right)}`
              );
            }
            const style = getComputedStyle(inner);
            const leaf = inner.children.length === 0 && (inner.textContent ?? '').trim() !== '';
            const cut = inner.scrollWidth > inner.clientWidth + SLACK && style.overflowX !== 'visible';
            if (leaf && cut && !inner.closest('[title]'))
              report.clipped.push(`${name(inner)}: ${inner.scrollWidth} px of text in ${inner.clientWidth} px`);
          }
        }
      }
    }

    const scroller = document.scrollingElement ?? document.documentElement;
    if (scroller.scrollWidth > scroller.clientWidth + SLACK)
      report.pageOverflow = `page ${scroller.scrollWidth} px in ${scroller.clientWidth} px`;
    // The admin panel scrolls its main column itself: it must not scroll sideways either.
    for (const main of Array.from(document.querySelectorAll('main'))) {
      if (main.scrollWidth > main.clientWidth + SLACK) report.pageOverflow = `main ${main.scrollWidth} px in ${main.clientWidth} px`;
    }
    return report;
  }, scope);
}

/** The value a select shows is not cut: every text element in it is as wide as its text. */
export function valueFits(select: Locator): Promise<boolean> {
  return select.evaluate((element) =>
    Array.from(element.querySelectorAll('*'))
      .filter((inner) => inner.children.length === 0 && (inner.textContent ?? '').trim() !== '')
      .every((inner) => inner.scrollWidth <= inner.clientWidth + 1)
  );
}

/** An input's placeholder fits in its box, measured in the input's own font. */
export function placeholderFits(input: Locator): Promise<boolean> {
  return input.evaluate((element: HTMLInputElement) => {
    const style = getComputedStyle(element);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return context.measureText(element.placeholder).width <= room;
  });
}
