import { encode } from 'uqr';
import { useMemo } from 'preact/hooks';

const QUIET_ZONE = 4;

/** One SVG path for the dark modules, merging runs along each row. */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  let path = '';
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (row[x]) x++;
      path += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h${start - x}z`;
    }
  });
  return path;
}

/** A payment request of the usual length (a bech32 address and an amount). */
const WARM_UP_TEXT = 'bitcoin:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq?amount=0.00012345';

/**
 * Encodes a throwaway QR code. The first encode in a page runs the encoder's mask
 * search (eight masks scored) in unoptimized code, several times slower than later
 * ones: done at idle, it keeps that cost off the first order's QR.
 */
export function warmUpQr(): void {
  encode(WARM_UP_TEXT, { ecc: 'M', border: 0 });
}

interface QrCodeProps {
  text: string;
  /** Accessible name, e.g. "Payment QR code". */
  label: string;
  size?: number;
}

/**
 * A QR code as SVG: black on white with a quiet zone in every colour scheme,
 * so phones read it from the screen. `data-uri` holds the encoded text.
 */
export function QrCode({ text, label, size = 220 }: QrCodeProps) {
  const { path, extent } = useMemo(() => {
    const qr = encode(text, { ecc: 'M', border: 0 });
    return { path: qrPath(qr.data), extent: qr.size + QUIET_ZONE * 2 };
  }, [text]);
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      data-uri={text}
      width={size}
      height={size}
      viewBox={`0 0 ${extent} ${extent}`}
      shape-rendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect width={extent} height={extent} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
