/**
 * An SVG image drawn on a canvas in the page, as a phone camera would see it, and
 * brought back to Node as grey levels (one byte a pixel, base64), small enough to
 * cross WebDriver BiDi quickly. `inPage` runs in the page: it must stay self-contained.
 */
import jsQR from 'jsqr';

export interface GreyImage {
  size: number;
  grey: string;
}

export async function inPage(svg: Element, size: number): Promise<GreyImage> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size, size);
  context.drawImage(img, 0, 0, size, size);
  const rgba = context.getImageData(0, 0, size, size).data;
  let grey = '';
  for (let i = 0; i < rgba.length; i += 4) grey += String.fromCharCode(Math.round(((rgba[i] ?? 0) + (rgba[i + 1] ?? 0) + (rgba[i + 2] ?? 0)) / 3));
  return { size, grey: btoa(grey) };
}

/** What a QR scanner reads from the image, or null. */
export function decodeQr({ size, grey }: GreyImage): string | null {
  const levels = Buffer.from(grey, 'base64');
  const rgba = new Uint8ClampedArray(size * size * 4);
  levels.forEach((level, i) => rgba.set([level, level, level, 255], i * 4));
  return jsQR(rgba, size, size)?.data ?? null;
}
