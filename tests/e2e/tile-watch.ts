import type { Page } from 'playwright-core';

/** A change of a watched element's text, with the page's clock when it happened. */
export interface TileChange {
  at: number;
  text: string;
}

/**
 * Starts recording every change of the element with this test id (its text and when), in the page itself.
 * A script string: this project's Node types have no DOM.
 */
export async function watchTile(page: Page, testId: string): Promise<void> {
  await page.evaluate(`(() => {
    const target = document.querySelector('[data-testid="${testId}"]');
    if (!target) throw new Error('no element with data-testid ${testId}');
    const changes = (window.tileChanges = []);
    new MutationObserver(() => changes.push({ at: Date.now(), text: target.textContent })).observe(target, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  })()`);
}

/** The changes recorded since `watchTile`. */
export async function tileChanges(page: Page): Promise<TileChange[]> {
  return (await page.evaluate('window.tileChanges')) as TileChange[];
}

/** Rows of an RFC 4180 CSV (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
