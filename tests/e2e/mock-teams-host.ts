/**
 * A stand-in for the Teams client hosting a tab, for browser tests (Microsoft ships none). It frames the tab
 * and answers teams-js's messages as Teams does (`initialize` with the frame context, host client type and
 * runtime; `getContext` with a legacy context object), records every request it gets, and can push a
 * `themeChange` event. Served from the tab's own origin, which teams-js trusts without a list.
 */
export function mockTeamsHostPage(options: {
  tabPath: string;
  theme: 'default' | 'dark' | 'contrast';
  userObjectId: string;
  tenantId: string;
  userPrincipalName: string;
}): string {
  const context = {
    locale: 'en-gb',
    theme: options.theme,
    entityId: 'agent',
    frameContext: 'content',
    hostClientType: 'web',
    hostName: 'Teams',
    appSessionId: '9f0e1d2c-3b4a-4596-8877-665544332211',
    sessionId: 'mock-session',
    userObjectId: options.userObjectId,
    tid: options.tenantId,
    userPrincipalName: options.userPrincipalName,
    loginHint: options.userPrincipalName,
  };
  const runtime = {
    apiVersion: 4,
    supports: {
      appInstallDialog: {},
      pages: { appButton: {}, tabs: {}, config: {}, backStack: {} },
      teamsCore: {},
    },
  };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Mock Teams</title>
<style>body{margin:0}iframe{border:0;width:100vw;height:100vh}</style></head>
<body><iframe title="Agent tab" src="${options.tabPath}"></iframe>
<script>
  const frame = document.querySelector('iframe');
  const context = ${JSON.stringify(context)};
  const runtime = ${JSON.stringify(JSON.stringify(runtime))};
  window.received = [];
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (event.source !== frame.contentWindow || !message || typeof message.func !== 'string') return;
    window.received.push(message.func);
    const reply = (args) =>
      frame.contentWindow.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args }, '*');
    if (message.func === 'initialize') reply(['content', 'web', runtime, '2.58.0']);
    else if (message.func === 'getContext') reply([context]);
  });
  window.changeTheme = (theme) => frame.contentWindow.postMessage({ func: 'themeChange', args: [theme] }, '*');
</script></body></html>`;
}
