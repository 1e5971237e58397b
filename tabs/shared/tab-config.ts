import type { TabConfig } from '../../bot/tabs/tab-config';

export type { TabConfig };

/** Reads the sign-in settings; throws with the server's answer when it has none to give. */
export async function loadTabConfig(url = '/tabs/config.json'): Promise<TabConfig> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`the tab's settings could not be read (${response.status} from ${url})`);
  return (await response.json()) as TabConfig;
}
