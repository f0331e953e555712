import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS } from '../shared/channels'

/** One function per channel and nothing else: the renderer never sees ipcRenderer itself. */
export const api = Object.freeze(
  Object.fromEntries(
    CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
  ),
)

contextBridge.exposeInMainWorld('api', api)
