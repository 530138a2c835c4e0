/**
 * The request of `export:chart`: a picture the page drew of one of its charts. The bytes come
 * from the page, so they are checked to be what they claim (a PNG's signature, an SVG
 * document's root) before main writes them anywhere; the name becomes the file's name and may
 * not point elsewhere.
 */
import { z } from 'zod';
import { object, oneOf } from './common';
import { worded } from './request-words';

/** The largest chart picture: 32 MiB (a 4K-wide PNG at twice the pixel ratio is ~5 MiB). */
export const MAX_CHART_BYTES = 32 * 1024 * 1024;

/** A file name without its extension: letters, digits, `.`, `_` and `-`, as file stems are. */
const CHART_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Whether bytes start as a PNG file does. */
export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Whether bytes are UTF-8 text whose first element is `<svg` (after an XML prolog,
 * comments or a doctype). */
export function isSvg(bytes: Uint8Array): boolean {
  let textValue: string;
  try {
    textValue = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 4096));
  } catch {
    // a multi-byte character cut at 4096 bytes is still text: decode leniently then
    textValue = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
    if (textValue.slice(0, -1).includes('\uFFFD')) return false;
  }
  const start = textValue
    .replace(/^\uFEFF/, '')
    .replace(/^\s*(<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|\s)*/i, '');
  return /^<svg[\s/>]/.test(start);
}

const NOT_PNG = worded('expected a PNG picture', 'png');
const NOT_SVG = worded('expected an SVG document (<svg …>)', 'svg');

export const chartImage = () =>
  object({
    /** the file's name without extension, e.g. "loss" → loss.png */
    name: z.string({ error: worded('expected a chart name', 'chartName') }).regex(CHART_NAME, {
      error: worded(
        'expected a chart name of letters, digits, ".", "_" and "-" (at most 100)',
        'chartNameChars',
      ),
    }),
    format: oneOf(['png', 'svg']),
    bytes: z
      .instanceof(Uint8Array, { error: worded('expected bytes (a Uint8Array)', 'bytes') })
      .refine((b) => b.byteLength > 0 && b.byteLength <= MAX_CHART_BYTES, {
        error: worded(
          `expected a picture of 1 byte to ${MAX_CHART_BYTES / 1024 / 1024} MiB`,
          'pictureUpTo',
          { max: MAX_CHART_BYTES / 1024 / 1024 },
        ),
      }),
  }).superRefine((r, context) => {
    if (!(r.bytes instanceof Uint8Array) || r.bytes.byteLength === 0) return;
    const fits = r.format === 'png' ? isPng(r.bytes) : isSvg(r.bytes);
    if (!fits) {
      context.addIssue({
        code: 'custom',
        path: ['bytes'],
        message: r.format === 'png' ? NOT_PNG : NOT_SVG,
      });
    }
  });
