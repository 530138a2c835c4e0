// The Electron fuses of the packaged app, flipped in its binary by the afterPack hook
// (after-pack.mjs) before electron-builder signs it. Each closes a way to run other code
// with the app's identity (and its access to the lab's files).
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/** @type {import('@electron/fuses').FuseV1Config} */
export const FUSES = {
  version: FuseVersion.V1,
  // the binary cannot be started as plain Node (ELECTRON_RUN_AS_NODE)
  [FuseV1Options.RunAsNode]: false,
  // cookies (and other session data) encrypted with the OS's key store
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS cannot inject code or flags
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends cannot attach a debugger to the main process
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash built into the binary
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // the app runs only from app.asar, never from a folder placed beside it
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // file:// gets no more than a web page would (the lab is served on app://)
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};
