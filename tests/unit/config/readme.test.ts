import { readFileSync } from 'node:fs';
import { environmentVariablesMarkdown } from '../../../src/config';

describe('the README', () => {
  it('documents every environment variable exactly as the configuration defines it', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(environmentVariablesMarkdown().trim());
  });
});
