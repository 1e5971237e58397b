import { toCsv } from '../../../bot/api/supervisor/csv';

describe('CSV exports (RFC 4180)', () => {
  it('writes a header row and CRLF-ended rows, numbers as numbers and nothing for null', () => {
    expect(
      toCsv(
        ['queue', 'offered', 'serviceLevel'],
        [
          ['sales', 2, 0.5],
          ['support', 0, null],
        ],
      ),
    ).toBe('queue,offered,serviceLevel\r\nsales,2,0.5\r\nsupport,0,\r\n');
  });

  it('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
    expect(toCsv(['note'], [['a, b'], ['say "hi"'], ['two\nlines']])).toBe(
      'note\r\n"a, b"\r\n"say ""hi"""\r\n"two\nlines"\r\n',
    );
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+14255550123', "'+14255550123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
  ])('keeps %j from running as a formula', (text, written) => {
    expect(toCsv(['x'], [[text]])).toBe(`x\r\n${written}\r\n`);
  });

  it('writes negative numbers as numbers, not as guarded text', () => {
    expect(toCsv(['x'], [[-2]])).toBe('x\r\n-2\r\n');
  });
});
