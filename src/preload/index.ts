import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS } from '../shared/channels'
import { OPEN_INTERVIEW_EVENT } from '../shared/events'

/** One function per channel and nothing else: the renderer never sees ipcRenderer itself. */
export const api = Object.freeze(
  Object.fromEntries(
    CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
  ),
)

/** The one event main sends: open an interview (a desktop reminder was clicked). Only its id crosses. */
export const appEvents = Object.freeze({
  onOpenInterview: (listener: (interviewId: string) => void) => {
    const relay = (_event: unknown, interviewId: unknown) => {
      if (typeof interviewId === 'string') listener(interviewId)
    }
    ipcRenderer.on(OPEN_INTERVIEW_EVENT, relay)
    return () => {
      ipcRenderer.removeListener(OPEN_INTERVIEW_EVENT, relay)
    }
  },
})

contextBridge.exposeInMainWorld('api', api)
contextBridge.exposeInMainWorld('appEvents', appEvents)
