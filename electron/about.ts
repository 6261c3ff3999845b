/**
 * The text of the About ListenFirst dialog, kept pure so it can be checked without Electron.
 */

export interface AboutFacts {
  version: string;
  electron: string | undefined;
  chrome: string | undefined;
  node: string | undefined;
  licence: string;
}

/** Options for `dialog.showMessageBox`. */
export function aboutDialogOptions(facts: AboutFacts): { type: 'info'; title: string; message: string; detail: string; buttons: string[] } {
  const unknown = 'unknown';
  return {
    type: 'info',
    title: 'About ListenFirst',
    message: `ListenFirst ${facts.version}`,
    detail: [
      'Practise discovery conversations with scripted customers and get scored on listening versus pitching.',
      '',
      `Electron ${facts.electron ?? unknown}`,
      `Chrome ${facts.chrome ?? unknown}`,
      `Node.js ${facts.node ?? unknown}`,
      '',
      `Licence: ${facts.licence}`,
    ].join('\n'),
    buttons: ['OK'],
  };
}
