/**
 * The preload runs sandboxed with contextIsolation: it exposes only the bridge, never ipcRenderer.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, IPC_CHANNELS, type DesktopBridge } from '../../shared/api/bridge';

const bridge: DesktopBridge = {
  shell: 'electron',
  invoke: (method, input) => ipcRenderer.invoke(IPC_CHANNELS.invoke, method, input),
  saveFile: (fileName, contentBase64) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, fileName, contentBase64),
  printToPdf: (request) => ipcRenderer.invoke(IPC_CHANNELS.printToPdf, request),
  print: (request) => ipcRenderer.invoke(IPC_CHANNELS.print, request),
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
