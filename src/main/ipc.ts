import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { CHANNELS } from '../shared/channels'
import { fail } from '../shared/result'
import type { Registry } from './registry'

/** True when the call comes from our window's main frame, loaded from our own page. */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  window: { webContents: WebContents } | undefined,
): boolean {
  const frame = event.senderFrame
  if (!window || !frame || event.sender !== window.webContents) return false
  if (frame !== window.webContents.mainFrame) return false
  return frame.url.startsWith('file://')
}

/** Serves every channel of the registry over IPC; calls from any other sender are refused. */
export function registerIpc(
  ipcMain: IpcMain,
  registry: Registry,
  trusted: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) =>
      trusted(event)
        ? registry.dispatch(channel, input)
        : fail('FORBIDDEN', 'This sender may not call the app.'),
    )
  }
}
