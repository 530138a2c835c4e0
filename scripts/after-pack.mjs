// electron-builder's afterPack hook (electron-builder.json): flips the fuses (fuses.mjs) in
// the packed Electron binary with @electron/fuses, before electron-builder signs it.
// electron-builder finds the binary for the platform and calls @electron/fuses' flipFuses.
import { FUSES } from './fuses.mjs';

/** @param {import('app-builder-lib').AfterPackContext} context */
export default async function afterPack(context) {
  const darwin = ['darwin', 'mas'].includes(context.electronPlatformName);
  await context.packager.addElectronFuses(context, {
    ...FUSES,
    // flipping fuses breaks a macOS binary's ad-hoc signature (arm64 needs one): reset it
    resetAdHocDarwinSignature: darwin,
  });
}
